"""What the two pilot-wide reports, the overview and the synthesis, show across buurten in the same words.

How institutions answered, what stood in the way of actions, and the
intervision agreements: computed by :mod:`kit.analysis.pilot`, laid out
here as tables.  Both reports cover the whole pilot: buurten and
organisations are named, persons only as :func:`kit.privacy.display_names`
(without a buurt) shows them; free text passes through the report's
:meth:`~kit.report.context.Rapport.schoon`.
"""

from __future__ import annotations

import pandas as pd

from kit.analysis.measures.requests import OVERDUE_DAYS
from kit.dutch import geheel, getal, leeg
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


def instellingen_tabel(frame: pd.DataFrame, rapport: Rapport) -> str:
    """The table of :func:`kit.analysis.pilot.institutions`, one institution a row, by name."""
    rows = [
        [
            e(rapport.naam_van(r["aan"])),
            geheel(r["verzoeken"]),
            geheel(r["buurten"]),
            geheel(r["beantwoord"]),
            "–" if leeg(r["antwoordtijd"]) else getal(r["antwoordtijd"], 1, strip=True),
            van(r["lang_wachten"], r["lang_wachten_van"]),
            van(r["nagekomen"], r["toezeggingen"]),
        ]
        for _, r in frame.iterrows()
    ]
    return tabel(
        [
            "Instelling",
            "Verzoeken",
            "Uit buurten",
            "Beantwoord",
            "Dagen tot antwoord (mediaan)",
            f"Langer dan {OVERDUE_DAYS} dagen zonder antwoord",
            "Toezeggingen nagekomen",
        ],
        rows,
        getallen={1, 2, 3, 4, 5, 6},
        klasse="instellingen",
    )


INSTELLINGEN_UITLEG = (
    "Per instelling: hoeveel verzoeken de platforms deden, uit hoeveel buurten, hoeveel er een antwoord kregen "
    f"en hoe snel (de helft van de antwoorden kwam binnen het genoemde aantal dagen). “Langer dan {OVERDUE_DAYS} "
    f"dagen zonder antwoord” telt de verzoeken die al meer dan {OVERDUE_DAYS} dagen oud zijn en binnen "
    f"{OVERDUE_DAYS} dagen geen antwoord kregen: later "
    "beantwoord, nooit beantwoord of nog open. “Toezeggingen nagekomen”: van wat de instelling (gedeeltelijk) "
    "toezegde, wat ook echt gebeurde. Een spiegel voor de instellingen, geen oordeel: alleen cijfers."
)


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
