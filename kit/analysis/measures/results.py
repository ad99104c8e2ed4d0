"""What the buurt achieved: its results, counted in the month and so far."""

from __future__ import annotations

import numpy as np
import pandas as pd

from kit.data.contract import EENHEID

from ..columns import Table, column


def result_counts(results: Table, first: pd.Timestamp, last: pd.Timestamp) -> tuple[int, int]:
    """The buurt's results dated in the month from ``first`` to ``last``, and dated up to ``last``.

    ``resultaten`` and ``resultaten_totaal``: what was achieved this month,
    and everything achieved since the data starts.

    >>> frame = pd.DataFrame({"datum": pd.to_datetime(["2024-03-20", "2024-04-10", "2024-05-01"])})
    >>> result_counts(frame, pd.Timestamp("2024-04-01"), pd.Timestamp("2024-04-30"))
    (1, 2)
    """
    dates = column(results, "datum", "datetime64[ns]")
    last = np.datetime64(last, "ns")
    return int(((dates >= np.datetime64(first, "ns")) & (dates <= last)).sum()), int((dates <= last).sum())


def result_sizes(results: Table, last: pd.Timestamp) -> dict[str, float]:
    """``eenheid`` → the sum of ``omvang`` of the results dated up to ``last`` (``resultaten_omvang``).

    Only units of results with ``omvang`` filled appear, in the contract's
    order of units: amounts in different units are never added up.

    >>> frame = pd.DataFrame({"datum": pd.to_datetime(["2024-03-01", "2024-03-02", "2024-03-03", "2024-05-01"]),
    ...                       "omvang": pd.array([4, 12000, None, 7], dtype="Float64"),
    ...                       "eenheid": ["stuks", "euro", "woningen", "stuks"]})
    >>> result_sizes(frame, pd.Timestamp("2024-04-30"))
    {'euro': 12000.0, 'stuks': 4.0}
    """
    sums: dict[str, float] = {}
    dated = column(results, "datum", "datetime64[ns]") <= np.datetime64(last, "ns")
    amounts = column(results, "omvang", "float64")
    for amount, unit in zip(amounts[dated], column(results, "eenheid", object)[dated], strict=True):
        if not np.isnan(amount):
            sums[unit] = sums.get(unit, 0.0) + float(amount)
    return {unit: sums[unit] for unit in EENHEID if unit in sums}
