"""Wat openstaat bij instellingen: open requests and promises not (yet) kept, per institution, with day counters.

The items are :func:`kit.analysis.open_items.wachtend` (the rules the figures
``verzoeken_open``, ``verzoeken_open_30`` and ``nagekomen`` count with),
grouped by the institution they wait at, the longest wait first
(:func:`kit.analysis.open_items.per_institution`).  The brief shows the
longest waits, at most :data:`.grenzen.OPEN` of them, and counts the rest,
which the appendix lists (:func:`alles`).
"""

from __future__ import annotations

from kit.analysis.open_items import OpenItem, per_institution, wachtend
from kit.report.gebeurtenissen import open_zin
from kit.report.html import Html, e, lijst
from kit.report.maandrapport.grenzen import OPEN
from kit.report.maandrapport.rapport import Maandrapport
from kit.report.sectie import Sectie
from kit.report.words import datum_tekst


def render(rapport: Maandrapport) -> Html:
    """Per institution, what waits there at the month's end, at most :data:`~.grenzen.OPEN` items and the rest
    counted; or that nothing does."""
    items = wachtend(rapport.data, rapport.buurt, rapport.month)
    if not items:
        return Html(
            f"<p>Op {e(datum_tekst(rapport.month.end_time))} wacht er niets bij instellingen: geen verzoek zonder "
            "antwoord en geen toezegging die nog niet is nagekomen.</p>"
        )
    shown = getoond(items)
    rest = OPEN.en_nog(len(items) - len(shown))
    return Html(per_instelling(rapport, shown) + (f"<p>{e(rest)}</p>" if rest else ""))


def getoond(items: list[OpenItem]) -> list[OpenItem]:
    """The items the brief shows: the longest waits (:func:`~kit.analysis.open_items.wachtend` puts them first), at
    most :data:`~.grenzen.OPEN`."""
    return OPEN.kies(items)


def per_instelling(rapport: Maandrapport, items: list[OpenItem]) -> str:
    """The date, then ``items`` grouped by the institution they wait at, the longest wait first."""
    parts = [
        f'<p class="groep"><strong>{e(rapport.naam_van(who))}</strong></p>'
        + lijst(e(open_zin(item, rapport.woorden)) for item in found)
        for who, found in per_institution(items).items()
    ]
    return f"<p>Zo stond het op {e(datum_tekst(rapport.month.end_time))}.</p>" + "".join(parts)


def weggelaten(rapport: Maandrapport) -> int:
    """How many open items the brief leaves out (they stand in the appendix, :func:`alles`)."""
    items = wachtend(rapport.data, rapport.buurt, rapport.month)
    return len(items) - len(getoond(items))


def alles(rapport: Maandrapport) -> Html:
    """Everything that waits at institutions, none left out: the appendix's list."""
    return Html(per_instelling(rapport, wachtend(rapport.data, rapport.buurt, rapport.month)))


SECTIE = Sectie(render, kop="Wat openstaat bij instellingen", altijd=True, register="verzoeken")
