"""Intervision sessions as the reports show them: date and theme, chair, who was there, lessons, agreements.

The monthly report shows the sessions of its month with whether the buurt
was there, the overview with who was there; both from :func:`sessies`.
"""

from __future__ import annotations

from collections.abc import Callable

import pandas as pd

from kit.data.dataset import Dataset
from kit.report.context import Rapport
from kit.report.html import Html, e
from kit.report.words import datum_tekst


def sessies_in(data: Dataset, first: pd.Period, last: pd.Period | None = None) -> pd.DataFrame:
    """The intervision sessions held from the first day of ``first`` to the last day of ``last`` (or ``first``)."""
    iv = data.intervisie
    last = first if last is None else last
    return iv[iv["datum"].between(first.start_time, last.end_time.normalize())].sort_values(["datum", "id"])


def sessies(rapport: Rapport, aanwezig: Callable[[pd.Series], str]) -> Html:
    """The sessions of the report's month, each with ``aanwezig(session)``: a sentence on who was there."""
    found = sessies_in(rapport.data, rapport.last)
    if found.empty:
        return Html(f"<p>Voor {e(rapport.periode)} is geen intervisiebijeenkomst vastgelegd.</p>")
    return Html(
        "".join(
            f"<h3>{e(datum_tekst(s['datum']))}: {e(rapport.schoon(s['thema']))}</h3>"
            f"<p>Voorzitter: {e(rapport.buurtnaam(s['voorzitter']))}. {e(aanwezig(s))}</p>"
            f"<p><strong>Lessen:</strong> {e(rapport.schoon(s['lessen'])) or '–'}</p>"
            f"<p><strong>Afspraken:</strong> {e(rapport.schoon(s['afspraken'])) or '–'}</p>"
            for _, s in found.iterrows()
        )
    )
