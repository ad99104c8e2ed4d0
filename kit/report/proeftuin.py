"""What the two pilot-wide reports, the overview and the synthesis, show across buurten in the same words.

What stood in the way of actions and the intervision agreements: computed
by :mod:`kit.analysis.pilot`, laid out here as tables (how institutions
answered is the mirror's, :mod:`kit.report.overzicht.spiegel`).  Both reports cover the whole pilot: buurten and
organisations are named, persons only as :func:`kit.privacy.display_names`
(without a buurt) shows them; free text passes through the report's
:meth:`~kit.report.context.Rapport.schoon`.
"""

from __future__ import annotations

import pandas as pd

from kit.dutch import geheel, leeg
from kit.report.context import Rapport
from kit.report.html import e, tabel
from kit.report.kengetallen import BELEMMERING_TEKST
from kit.report.words import datum_tekst, meervoud

#: Where an action or agreement stands (:data:`kit.analysis.pilot.ACTION_STATES`).
STAND_TEKST = {
    "gedaan": "gedaan",
    "niet_gedaan": "niet gelukt",
    "vervallen": "vervallen",
    "open": "loopt nog",
    "te_laat": "loopt nog, over de deadline",
}


def van(deel, geheel_) -> str:
    """``2 van 3``; ``–`` when there is nothing to count."""
    return "–" if not geheel_ else f"{deel} van {geheel_}"


def belemmeringen_tabel(counts: list[tuple[str, pd.DataFrame]]) -> str:
    """Barriers counted across the pilot, one column per span (``(heading, barrier_counts frame)``).

    A barrier that occurs in any span is a row, the most named first (in
    the last span).
    """
    order = list(dict.fromkeys([code for _, frame in reversed(counts) for code in frame["belemmering"]]))
    rows = []
    for code in order:
        cells = [e(BELEMMERING_TEKST.get(code, code))]
        for _, frame in counts:
            found = frame[frame["belemmering"] == code]
            cells.append(
                "–"
                if found.empty
                else f"{geheel(found['acties'].iloc[0])} "
                f"<small>({meervoud(found['buurten'].iloc[0], 'buurt', 'buurten')})</small>"
            )
        rows.append(cells)
    return tabel(["Wat zat in de weg", *[e(kop) for kop, _ in counts]], rows, getallen=set(range(1, len(counts) + 1)))


def afspraken_tabel(frame: pd.DataFrame, rapport: Rapport) -> str:
    """Intervision agreements (:func:`kit.analysis.pilot.agreements`): session, buurt, agreement, carrier, stand."""
    rows = []
    for _, r in frame.iterrows():
        eigenaar = "niemand genoemd" if leeg(r["eigenaar"]) else rapport.naam_van(r["eigenaar"])
        if r["stand"] == "te_laat":
            stand = f"loopt nog<br><small>over de deadline van {e(datum_tekst(r['deadline']))}</small>"
        else:
            stand = e(STAND_TEKST.get(r["stand"], r["stand"])) + (
                "" if leeg(r["deadline"]) else f"<br><small>deadline {e(datum_tekst(r['deadline']))}</small>"
            )
        rows.append(
            [
                e(datum_tekst(r["datum"])),
                e(rapport.buurtnaam(r["buurt"])),
                e(rapport.schoon(r["omschrijving"])),
                e(eigenaar),
                stand,
            ]
        )
    return tabel(["Intervisie van", "Buurt", "Afspraak", "Wie draagt het", "Stand"], rows)
