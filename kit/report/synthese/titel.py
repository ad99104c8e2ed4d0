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
        "<p>Elke maand krijgt ieder buurtplatform een brief: wat gebeurde er? Deze synthese kijkt over "
        f"{e(rapport.periode)} naar alle proeftuinbuurten samen, voor wie over de platforms besluit: de "
        "stadsdeelcommissies en de gemeenteraad. Eerst een bestuurlijke samenvatting: per vraag van de proeftuin "
        "wat de gegevens zeggen, waar het vandaan komt en wat ze niet zeggen. Dan per buurt een tijdlijn, de "
        "erkenningsbesluiten en welke gegevens er zijn; daarna de uitwerking en een bladzijde per buurt. Alles "
        "komt uit de gegevens die de begeleiders maand na maand bijhielden, met de rekenregels van de "
        "maandrapporten. Wat niet is vastgelegd, is niet nul; cijfers zijn een begin van het gesprek, geen "
        "oordeel.</p>"
    )
    return Html("".join(parts))


SECTIE = Sectie(render, altijd=True)
