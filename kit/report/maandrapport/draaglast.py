"""Wat het dragen kost: the carriers' load, the buurt's own pulse over the last year, and how open actions pile up.

The pulse (``draaglast``: ``belasting`` 1–5, ``dragers``, ``incident``) is
the most sensitive data of the kit (``docs/privacy.md``, "The carriers' load:
who may see what"): this section shows the report's own buurt's pulse and
nothing of another buurt, and it is part of the appendix (:data:`BIJLAGE`),
the facilitator's, never of the brief that is handed around in the buurt.
The months are those of :func:`kit.analysis.measures.load.pulses`, the rule
the figures ``belasting``, ``dragers`` and ``incident`` read; a month
without a pulse is "niet gepeild", never 0.

How open actions pile up on a few owners are the figures ``acties_eigenaren``
and ``acties_concentratie``, in their sentences: owners are counted, never
named.
"""

from __future__ import annotations

import pandas as pd

from kit.analysis.measures.load import pulses
from kit.analysis.snapshot import history
from kit.dutch import geheel
from kit.report.html import Html, e, kop_tabel
from kit.report.kengetallen import uitleg
from kit.report.maandrapport.rapport import Maandrapport
from kit.report.sectie import BIJLAGE, Sectie
from kit.report.words import hoofdletter, maand_lang

#: How many months the table shows, this month included: the last year.
MAANDEN = 12
#: A month without a pulse in the table.
NIET_GEPEILD = "niet gepeild"


def render(rapport: Maandrapport) -> Html:
    """This month's pulse in words and the last year's in a table; then the open actions on their owners."""
    return Html(puls(rapport) + acties(rapport))


def puls(rapport: Maandrapport) -> str:
    """The pulse of the month in sentences and a table of the months of the last year since the first pulse; the
    line "niet vastgelegd" for a buurt that keeps no pulse."""
    niet = rapport.niet_vastgelegd("draaglast")
    if niet is not None:
        return str(niet)
    found = pulses(history(rapport.data, rapport.buurt).pulse)
    first = max(rapport.month - (MAANDEN - 1), min(found))
    months = list(pd.period_range(first, rapport.month, freq="M")) if first <= rapport.month else []
    if rapport.month in found:
        f = rapport.figuren
        nu = " ".join(hoofdletter(uitleg(key, f[key])) for key in ("belasting", "dragers", "incident"))
    else:
        nu = f"In {maand_lang(rapport.month)} is de draaglast niet gepeild."
    rows = [_rij(month, found.get(month)) for month in reversed(months)]
    tabel = kop_tabel(
        "Het afgelopen jaar",
        ["Maand", "Belasting (1–5)", "Dragers", "Intimidatie of bedreiging"],
        rows,
        getallen={1, 2},
    )
    return f"<p>{e(nu)}</p>" + tabel


def _rij(month: pd.Period, pulse: tuple[int, int, bool] | None) -> list[str]:
    """One month of the table, newest first: its load, carriers and incident, or "niet gepeild" across."""
    if pulse is None:
        return [e(maand_lang(month)), NIET_GEPEILD, NIET_GEPEILD, NIET_GEPEILD]
    load, carriers, incident = pulse
    return [e(maand_lang(month)), geheel(load), geheel(carriers), "ja" if incident else "nee"]


def acties(rapport: Maandrapport) -> str:
    """How the actions open at the month's end lie on their owners, in the figures' sentences; "niet vastgelegd"
    for a buurt without an action list."""
    niet = rapport.niet_vastgelegd("acties")
    if niet is not None:
        return '<p class="groep"><strong>Open acties</strong></p>' + str(niet)
    f = rapport.figuren
    zinnen = " ".join(hoofdletter(uitleg(key, f[key])) for key in ("acties_eigenaren", "acties_concentratie"))
    return f'<p class="groep"><strong>Open acties</strong></p><p>{e(zinnen)}</p>'


SECTIE = Sectie(
    render,
    kop="Wat het dragen kost",
    inleiding="Vertrouwelijk, voor de facilitator: hoe zwaar de vaste vrijwilligers die het platform dragen belast "
    "zijn, volgens de maandelijkse peiling, en of de open acties op een paar mensen neerkomen.",
    deel=BIJLAGE,
)
