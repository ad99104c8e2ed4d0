"""Wat acties in de weg zat: the barriers of the actions that failed, across all buurten, this month and so far."""

from __future__ import annotations

from kit.analysis.pilot import barrier_counts
from kit.report.html import Html, e
from kit.report.overzicht.rapport import Overzicht
from kit.report.proeftuin import belemmeringen_tabel
from kit.report.sectie import BIJLAGE, Sectie
from kit.report.words import maand_lang


def render(rapport: Overzicht) -> Html:
    """What stood in the way of the actions that failed, counted across all buurten: this month and so far."""
    last = rapport.month.end_time.normalize()
    maand = barrier_counts(rapport.data.acties, last, first=rapport.month.start_time)
    totaal = barrier_counts(rapport.data.acties, last)
    if totaal.empty:
        return Html(
            f"<p>Tot en met {e(maand_lang(rapport.month))} is bij geen enkele niet gelukte actie genoemd wat "
            "er in de weg zat.</p>"
        )
    return Html(
        "<p>Wat zat in de weg bij de acties die niet lukten, in alle buurten samen? Een actie kan meer "
        "dan één belemmering noemen. Tussen haakjes: in hoeveel buurten.</p>"
        + belemmeringen_tabel(
            [(maand_lang(rapport.month).capitalize(), maand), (f"Tot en met {maand_lang(rapport.month)}", totaal)]
        )
    )


SECTIE = Sectie(render, kop="Wat acties in de weg zat", deel=BIJLAGE)
