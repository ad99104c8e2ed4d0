"""The appendix's opening: what follows the buurtbrief, for whom, and in a month the buurt does not take part in,
once, why it holds no figures."""

from __future__ import annotations

from kit.report.html import Html
from kit.report.maandrapport.rapport import Maandrapport
from kit.report.sectie import BIJLAGE, Sectie
from kit.report.words import maand_lang


def render(rapport: Maandrapport) -> Html:
    """What the appendix is; the reason it is empty, when it is."""
    intro = (
        f"<p>Voor de facilitator en wie verder wil lezen: alle kengetallen van {rapport.naam} in "
        f"{maand_lang(rapport.month)}, de ontwikkeling door de maanden, de vergelijking met andere buurten, de "
        "actielijst, de maatlat en de verantwoording van de gegevens.</p>"
    )
    niets = rapport.niets_te_tonen()
    return Html(intro + (str(niets) if niets is not None else ""))


SECTIE = Sectie(render, kop="Bijlage: cijfers en achtergrond", deel=BIJLAGE, altijd=True)
