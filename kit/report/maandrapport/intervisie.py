"""Intervisie: lessen en afspraken: this month's intervision session(s), and whether the buurt was there."""

from __future__ import annotations

from kit.report.html import Html
from kit.report.intervisie import sessies
from kit.report.maandrapport.rapport import Maandrapport
from kit.report.sectie import BIJLAGE, Sectie


def render(rapport: Maandrapport) -> Html:
    """Lessons and agreements of this month's intervision session(s)."""
    return sessies(
        rapport,
        lambda s: (
            f"{len(tuple(s['aanwezig']))} buurten aanwezig; {rapport.naam} was "
            f"{'erbij' if rapport.buurt in tuple(s['aanwezig']) else 'er niet bij'}."
        ),
    )


SECTIE = Sectie(render, deel=BIJLAGE, kop="Intervisie: lessen en afspraken")
