"""The carriers' load across buurten on the intervision sheet: one short sentence of the title, only aggregated.

The pulse (``draaglast``) is the kit's most sensitive data: the sheet shows it
only as :func:`kit.analysis.measures.load.pulse_across` counts it — in how many
buurten it was taken, in how many of them the load was high, in how many an
incident of intimidation or threat occurred — a count below
:data:`~kit.analysis.measures.load.FEWEST_SHOWN` as "minder dan 3", never which
buurten (``docs/privacy.md``, "The carriers' load: who may see what").  This
module reads nothing else of the pulse, so no per-buurt value can reach the
sheet.
"""

from __future__ import annotations

from kit.analysis.measures.load import FEWEST_SHOWN, HIGH_LOAD, pulse_across, pulses
from kit.analysis.registers import kept
from kit.analysis.snapshot import history
from kit.report.html import e
from kit.report.overzicht.rapport import Overzicht


def _aantal(n: int | None) -> str:
    return f"minder dan {FEWEST_SHOWN}" if n is None else str(n)


def zin(rapport: Overzicht) -> str:
    """The sentence (HTML): "niet vastgelegd" when no buurt keeps the pulse; below :data:`FEWEST_SHOWN` buurten
    measured, only that (a count of high loads among fewer would point at a buurt); otherwise the three counts."""
    if not any(kept(rapport.data, b)["draaglast"] for b in rapport.buurten):
        return "De draaglast van de dragers is in geen buurt vastgelegd."
    across = pulse_across({b: pulses(history(rapport.data, b).pulse).get(rapport.month) for b in rapport.buurten})
    kop = "<strong>Draaglast van de dragers</strong> (alleen samengeteld, nooit per buurt): "
    if across["gemeten"] is None:
        tekst = f"in minder dan {FEWEST_SHOWN} buurten gemeten; over zo weinig buurten zegt dit blad niets."
    else:
        tekst = (
            f"gemeten in {across['gemeten']} van de {len(rapport.buurten)} buurten; hoog ({HIGH_LOAD} of 5) in "
            f"{_aantal(across['hoog'])}, een incident van intimidatie of bedreiging in {_aantal(across['incident'])}."
        )
    return f"{kop}{e(tekst)}"
