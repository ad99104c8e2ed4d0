"""The buurtbrief's title: the buurt and the month, the banner of fictional data, what the brief is, and whether
the buurt takes part this month."""

from __future__ import annotations

from kit.report.html import Html, e
from kit.report.maandrapport.rapport import Maandrapport
from kit.report.sectie import Sectie
from kit.report.titel import titel
from kit.report.words import maand_lang


def render(rapport: Maandrapport) -> Html:
    """Title, the fictitious-data note, what the brief is, and in a month the buurt does not take part in, why."""
    parts = [
        titel(rapport, f"Buurtbrief {rapport.naam}", maand_lang(rapport.month).capitalize(), "in deze brief"),
        "<p>Wat gebeurde er deze maand rond het buurtplatform, wat wacht nog bij instellingen, waar schuurt het, "
        "en wat kunt u samen bespreken? Alles wat hier staat, komt uit de gegevens die de buurt bijhoudt; wat "
        "niet is vastgelegd, staat er niet.</p>",
    ]
    if not rapport.doet_mee:
        parts.append(
            f'<p class="nog-niet"><strong>{e(rapport.naam)} {e(rapport.niet_mee)}.</strong> Deze brief zegt wat '
            "er toch al in de gegevens staat; cijfers over het netwerk zijn er deze maand niet.</p>"
        )
    return Html("".join(parts))


SECTIE = Sectie(render, altijd=True)
