"""Belevingsverschillen: partnerships that the two sides rate far apart (the figure ``belevingsverschillen``)."""

from __future__ import annotations

from kit.analysis.measures.infrastructure import PERCEPTION_GAP
from kit.report.html import Html, e, lijst
from kit.report.kengetallen import INTENSITEIT_KORT
from kit.report.maandrapport.rapport import Maandrapport
from kit.report.sectie import BIJLAGE, Sectie


def render(rapport: Maandrapport) -> Html:
    """Partnerships that the two sides see differently."""
    gaps = rapport.figuren["belevingsverschillen"]
    if not gaps:
        return Html(
            "<p>Geen <strong>belevingsverschillen</strong> deze maand: waar beide kanten van een "
            "samenwerking hun kijk gaven, lagen die dicht bij elkaar (of is maar één kant gevraagd).</p>"
        )
    parts = [
        "<p>Een <strong>belevingsverschil</strong>: de twee partners beoordelen hun samenwerking heel "
        f"verschillend ({PERCEPTION_GAP} of meer punten verschil op de schaal van 1, elkaar kennen, tot 5, één "
        "team). "
        "De één denkt dat het goed gaat, de ander niet. Dat is de moeite van een gesprek waard.</p>"
    ]
    items = []
    for gap in gaps:
        a, b = gap["actoren"]
        ia, ib = gap["intensiteit"][a], gap["intensiteit"][b]
        items.append(
            f"<strong>{e(rapport.naam_van(a))}</strong> noemt de samenwerking met "
            f"<strong>{e(rapport.naam_van(b))}</strong> {ia} van 5 ({e(INTENSITEIT_KORT[ia])}); "
            f"{e(rapport.naam_van(b))} noemt het {ib} van 5 ({e(INTENSITEIT_KORT[ib])})."
        )
    parts.append(lijst(items))
    return Html("".join(parts))


SECTIE = Sectie(render, deel=BIJLAGE, kop="Belevingsverschillen")
