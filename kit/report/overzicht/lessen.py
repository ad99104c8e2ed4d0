"""Lessen en afspraken van deze maand: this month's intervision session(s), with who was present."""

from __future__ import annotations

from kit.report.html import Html
from kit.report.intervisie import sessies
from kit.report.overzicht.rapport import Overzicht
from kit.report.sectie import BIJLAGE, Sectie


def render(rapport: Overzicht) -> Html:
    """Lessons and agreements of this month's session(s)."""
    return sessies(rapport, lambda s: f"Aanwezig: {', '.join(rapport.buurtnaam(b) for b in s['aanwezig']) or '–'}.")


SECTIE = Sectie(render, kop="Lessen en afspraken van deze maand", deel=BIJLAGE)
