"""Welke gegevens er zijn: per buurt whether it took part in the period, which registers it keeps, and how fresh
each is at the period's end.

The one rule behind every "niet vastgelegd" (:mod:`kit.analysis.registers`):
a register the buurt does not keep is "niet bijgehouden", never 0; one kept
shows the latest month a date of its rows names (the figure ``vastgelegd``),
marked "verouderd" when that lies :data:`~kit.analysis.registers.STALE_MONTHS`
months or more before the period's end.  The reader sees how much every other
table of the synthesis can say about each buurt.
"""

from __future__ import annotations

from kit.analysis.registers import NAMEN, STALE_MONTHS, gaps, kept, recorded
from kit.data.spans import buurt_months
from kit.report.html import Html, e, tabel
from kit.report.sectie import Sectie
from kit.report.synthese.rapport import Synthese
from kit.report.words import hoofdletter, maand_kort, maand_lang

#: The registers in the table's columns, in the order of :data:`kit.analysis.registers.RECORDED`.
KOLOMMEN = ("actoren", "relaties", "acties", "maatlat", "resultaten", "verzoeken", "activiteiten", "erkenning")


def render(rapport: Synthese) -> Html:
    """A row per buurt: taking part, and per register "niet bijgehouden" or its latest month."""
    rows = [[e(rapport.buurtnaam(b)), e(deelname(rapport, b)), *_cellen(rapport, b)] for b in rapport.buurten]
    kop = ["Buurt", "Doet mee", *(hoofdletter(NAMEN[k].removeprefix("de ")) for k in KOLOMMEN)]
    return Html(
        "<p>Niet elke buurt houdt elk register bij. Per buurt: of ze in deze periode meedeed, en per register de "
        f"laatste maand waarover iets is vastgelegd, tot en met {e(maand_lang(rapport.last))}. “Niet bijgehouden” "
        "betekent dat er niets over bekend is, niet dat er niets gebeurde; “verouderd”: de laatste vermelding "
        f"is {STALE_MONTHS} maanden of meer oud.</p>" + tabel(kop, rows, klasse="dekking")
    )


def deelname(rapport: Synthese, b: str) -> str:
    """Whether ``b`` took part in the period: the whole period, from a month on, or not."""
    start = buurt_months(rapport.data, b).start
    if b not in rapport.deelnemers:
        return "niet in deze periode"
    if start is not None and start > rapport.first:
        return f"vanaf {maand_lang(start)}"
    return "hele periode"


def _cellen(rapport: Synthese, b: str) -> list[str]:
    registers = kept(rapport.data, b)
    laatst = recorded(rapport.data, b, rapport.last)
    oud = gaps(registers, laatst, rapport.last)
    cellen = []
    for k in KOLOMMEN:
        if not registers.get(k, True):
            cellen.append("<em>niet bijgehouden</em>")
        elif laatst[k] is None:
            cellen.append("nog niets")
        else:
            cellen.append(e(maand_kort(laatst[k])) + (" <em>verouderd</em>" if oud.get(k) == "verouderd" else ""))
    return cellen


SECTIE = Sectie(render, kop="Welke gegevens er zijn")
