"""Where the rest is: one line at the end of the buurtbrief pointing to the HTML report and the appendix PDF."""

from __future__ import annotations

from kit.report.html import Html
from kit.report.maandrapport.rapport import Maandrapport
from kit.report.sectie import Sectie

#: The appendix PDF's file name beside the brief (:data:`kit.render.batch.BIJLAGE`).
BIJLAGE_PDF = "maandrapport.bijlage.pdf"


def render(rapport: Maandrapport) -> Html:
    """The one line."""
    return Html(
        '<p class="waar-de-rest">Alle cijfers, de vergelijking met andere buurten, de ontwikkeling door de maanden, '
        "de maatlat, de actielijst en de verantwoording staan in het volledige rapport (maandrapport.html) en in "
        f"de bijlage ({BIJLAGE_PDF}); de facilitator maakt die op verzoek.</p>"
    )


SECTIE = Sectie(render, altijd=True)
