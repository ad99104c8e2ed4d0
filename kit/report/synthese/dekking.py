"""Welke gegevens er zijn: per buurt whether it took part in the period, which registers it keeps, and how fresh
each is at the period's end.

The one rule behind every "niet vastgelegd" (:mod:`kit.analysis.registers`):
a register the buurt does not keep is "niet bijgehouden", never 0; one kept
shows the latest month a date of its rows names (the figure ``vastgelegd``),
marked "verouderd" when that lies :data:`~kit.analysis.registers.STALE_MONTHS`
months or more before the period's end.  Months are written out (``januari 2025``): ``jan 25`` could be a
name the privacy rule may not print.  The reader sees how much every other
table of the synthesis can say about each buurt.  Two tables (:data:`TABELLEN`),
so that each fits the printed page's width.
"""

from __future__ import annotations

from kit.analysis.registers import STALE_MONTHS, gaps, kept, recorded
from kit.data.spans import buurt_months
from kit.report.html import Html, e, tabel
from kit.report.sectie import Sectie
from kit.report.synthese.rapport import Synthese
from kit.report.words import maand_lang

#: The registers in the table's columns, and their short headings (the table must fit the page's width).  The
#: carriers' load (``draaglast``) is not among them: the synthesis shows the pulse only across buurten
#: (``docs/privacy.md``), so not even which buurt has it taken.
KOLOMMEN = {
    "actoren": "Actoren",
    "relaties": "Relaties",
    "acties": "Actielijst",
    "maatlat": "Maatlat",
    "resultaten": "Resultaten",
    "verzoeken": "Verzoeken",
    "activiteiten": "Activiteiten",
    "erkenning": "Erkenning",
    "tafels": "Aan tafel",
    "dialogen": "Gesprekken",
}


#: The registers of each of the two tables, so that each fits the page's width: the first with whether the buurt took
#: part, the network and its own work; the second what went on between the buurt and institutions.
TABELLEN = (
    ("actoren", "relaties", "acties", "maatlat", "resultaten"),
    ("verzoeken", "activiteiten", "erkenning", "tafels", "dialogen"),
)


def render(rapport: Synthese) -> Html:
    """Two tables with a row per buurt: taking part, and per register "niet bijgehouden" or its latest month."""
    cellen = {b: dict(zip(KOLOMMEN, _cellen(rapport, b), strict=True)) for b in rapport.buurten}
    tabellen = []
    for i, registers in enumerate(TABELLEN):
        eerst = ["Buurt", "Doet mee"] if i == 0 else ["Buurt"]
        rows = [
            [
                e(rapport.buurtnaam(b)),
                *([e(deelname(rapport, b))] if i == 0 else []),
                *(cellen[b][k] for k in registers),
            ]
            for b in rapport.buurten
        ]
        tabellen.append(tabel([*eerst, *(KOLOMMEN[k] for k in registers)], rows, klasse="dekking"))
    return Html(
        "<p>Niet elke buurt houdt elk register bij. Per buurt: of ze in deze periode meedeed (de hele periode, "
        "vanaf een maand, of niet), en per register de "
        f"laatste maand waarover iets is vastgelegd, tot en met {e(maand_lang(rapport.last))}. “Niet bijgehouden” "
        "betekent dat er niets over bekend is, niet dat er niets gebeurde; “verouderd”: de laatste vermelding "
        f"is {STALE_MONTHS} maanden of meer oud.</p>" + "".join(tabellen)
    )


def deelname(rapport: Synthese, b: str) -> str:
    """Whether ``b`` took part in the period: the whole period (``heel``), from a month on, or not."""
    start = buurt_months(rapport.data, b).start
    if b not in rapport.deelnemers:
        return "niet in deze periode"
    if start is not None and start > rapport.first:
        return f"vanaf {maand_lang(start)}"
    return "heel"


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
            cellen.append(e(maand_lang(laatst[k])) + (" <em>verouderd</em>" if oud.get(k) == "verouderd" else ""))
    return cellen


SECTIE = Sectie(render, kop="Welke gegevens er zijn")
