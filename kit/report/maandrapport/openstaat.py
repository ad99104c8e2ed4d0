"""Wat openstaat bij instellingen: open requests and promises not (yet) kept, per institution, with day counters.

The items are :func:`kit.analysis.open_items.wachtend` (the rules the figures
``verzoeken_open``, ``verzoeken_open_30`` and ``nagekomen`` count with),
grouped by the institution they wait at, the longest wait first
(:func:`kit.analysis.open_items.per_institution`).
"""

from __future__ import annotations

from kit.analysis.open_items import per_institution, wachtend
from kit.report.gebeurtenissen import open_zin
from kit.report.html import Html, e, lijst
from kit.report.maandrapport.rapport import Maandrapport
from kit.report.sectie import Sectie
from kit.report.words import datum_tekst


def render(rapport: Maandrapport) -> Html:
    """Per institution, what waits there at the month's end; or that nothing does."""
    groups = per_institution(wachtend(rapport.data, rapport.buurt, rapport.month))
    if not groups:
        return Html(
            f"<p>Op {e(datum_tekst(rapport.month.end_time))} wacht er niets bij instellingen: geen verzoek zonder "
            "antwoord en geen toezegging die nog niet is nagekomen.</p>"
        )
    parts = [
        f'<p class="groep"><strong>{e(rapport.naam_van(who))}</strong></p>'
        + lijst(e(open_zin(item, rapport.woorden)) for item in items)
        for who, items in groups.items()
    ]
    return Html(f"<p>Zo stond het op {e(datum_tekst(rapport.month.end_time))}.</p>" + "".join(parts))


SECTIE = Sectie(render, kop="Wat openstaat bij instellingen", altijd=True, register="verzoeken")
