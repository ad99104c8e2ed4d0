"""The title: the month, how many buurten take part, and what a dash means."""

from __future__ import annotations

from kit.report.html import Html, e
from kit.report.overzicht.rapport import Overzicht
from kit.report.sectie import Sectie
from kit.report.titel import titel
from kit.report.words import maand_lang


def render(rapport: Overzicht) -> Html:
    """The title, the fictitious-data note, and how many buurten take part."""
    gestart = [b for b in rapport.buurten if rapport.doet_mee(b)]
    return Html(
        titel(rapport, "Overzicht proeftuinbuurten", maand_lang(rapport.month).capitalize(), "in dit overzicht")
        + f"<p>Alle {len(rapport.buurten)} proeftuinbuurten naast elkaar, voor de intervisie van "
        f"{e(maand_lang(rapport.month))}. {len(gestart)} buurten doen deze maand mee. Een streepje (–) "
        "betekent: niet te berekenen (bijvoorbeeld geen platform of geen activiteiten); “niet vastgelegd”: "
        "de buurt houdt dat deel van de gegevens (zoals de actielijst of de verzoeken) niet bij.</p>"
    )


SECTIE = Sectie(render, altijd=True)
