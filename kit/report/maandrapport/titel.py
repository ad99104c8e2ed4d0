"""The title: the buurt and the month, the banner of fictional data, what the report is, and whether the buurt
takes part this month."""

from __future__ import annotations

from kit.report.html import Html, e
from kit.report.maandrapport.rapport import Maandrapport
from kit.report.sectie import Sectie
from kit.report.titel import titel
from kit.report.words import maand_lang


def render(rapport: Maandrapport) -> Html:
    """Title, the fictitious-data note, and what the report is."""
    parts = [
        titel(rapport, f"Maandrapport {rapport.naam}", maand_lang(rapport.month).capitalize(), "in dit rapport"),
        "<p>Hoe staat het netwerk rond het buurtplatform ervoor: wie werkt met wie samen, waar zit dubbel "
        "werk of spanning, wat kwam er van de actielijst terecht? Om samen te bespreken in de "
        "platformvergadering: de cijfers zijn een begin van het gesprek, geen oordeel.</p>",
    ]
    if not rapport.doet_mee:
        parts.append(
            f'<p class="nog-niet"><strong>{e(rapport.naam)} {e(rapport.niet_mee)}.</strong> Dit rapport '
            "heeft daarom geen cijfers; in het overzicht van alle buurten staat de buurt deze maand "
            "als “nog niet”.</p>"
        )
    return Html("".join(parts))


SECTIE = Sectie(render, altijd=True)
