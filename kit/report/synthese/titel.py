"""The title: the period, for whom the synthesis is, and how to read it."""

from __future__ import annotations

from kit.report.html import Html, e
from kit.report.sectie import Sectie
from kit.report.synthese.rapport import Synthese
from kit.report.titel import titel


def render(rapport: Synthese) -> Html:
    """Title, the fictitious-data note, what the synthesis is and how to read it."""
    parts = [
        titel(
            rapport,
            "Wat leerden we in de proeftuin?",
            f"Synthese van de proeftuin buurtplatformrecht, {rapport.periode}",
            "in deze synthese",
        )
    ]
    parts.append(
        "<p>Elke maand krijgt ieder buurtplatform een rapport: hoe staan we ervoor? Deze synthese kijkt over "
        f"een langere periode ({e(rapport.periode)}) naar alle proeftuinbuurten samen, voor wie met de "
        "platforms verder wil: de stadsdeelcommissies en de gemeenteraad die een verordening schrijft. Wat "
        "kregen de platforms voor elkaar en wat hadden ze daarvoor nodig? Hoe antwoordden instellingen op hun "
        "vragen? Veranderde er iets toen een platform erkend werd? Waar zetten instellingen iets naast wat "
        "bewoners al hadden, en hoe liep dat af? En wat leerden de buurten van elkaar?</p>"
        "<p>Eerst de hele proeftuin, daarna één bladzijde per buurt. Alle cijfers komen uit de gegevens die "
        "de begeleiders maand na maand bijhielden, met dezelfde rekenregels als in de maandrapporten; achteraan "
        "staat hoe er gerekend is. Cijfers zijn een begin van het gesprek, geen oordeel.</p>"
    )
    return Html("".join(parts))


SECTIE = Sectie(render, altijd=True)
