"""What the buurt achieved: its results, achieved in the month, recorded after the fact, and so far.

A result has its ``datum``, when it was achieved, and since version 3 may
have ``gemeld``, when it was reported or recorded: often later, when a
platform lists what it did over the years; then ``datum`` may be unknown.
A result counts as achieved in the month of its ``datum`` only: one
recorded now but achieved earlier, or at an unknown date, is no result of
this month but one recorded after the fact.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from kit.data.contract import EENHEID

from ..columns import T, Table, column, rows


def result_dates(results: Table) -> np.ndarray:
    """Each result's date for counting it so far: its ``datum``, or its ``gemeld`` where ``datum`` is unknown.

    >>> frame = pd.DataFrame({"datum": pd.to_datetime(["2024-03-20", None]),
    ...                       "gemeld": pd.to_datetime([None, "2024-04-15"])})
    >>> [str(day)[:10] for day in result_dates(frame)]
    ['2024-03-20', '2024-04-15']
    """
    achieved = column(results, "datum", "datetime64[ns]")
    return np.where(np.isnat(achieved), column(results, "gemeld", "datetime64[ns]"), achieved)


def achieved(results: T, first: pd.Timestamp, last: pd.Timestamp) -> T:
    """The results achieved in the month from ``first`` to ``last``: ``datum`` in the month (``resultaten``)."""
    dates = column(results, "datum", "datetime64[ns]")
    return rows(results, (dates >= np.datetime64(first, "ns")) & (dates <= np.datetime64(last, "ns")))


def recorded_later(results: T, first: pd.Timestamp, last: pd.Timestamp) -> T:
    """The results recorded in the month after the fact: ``gemeld`` in the month, and ``datum`` unknown or before
    ``first`` (``resultaten_gemeld``)."""
    first, last = np.datetime64(first, "ns"), np.datetime64(last, "ns")
    dates = column(results, "datum", "datetime64[ns]")
    reported = column(results, "gemeld", "datetime64[ns]")
    return rows(results, (reported >= first) & (reported <= last) & (np.isnat(dates) | (dates < first)))


def so_far(results: T, last: pd.Timestamp) -> T:
    """The results up to ``last`` by their date (:func:`result_dates`): ``resultaten_totaal``."""
    return rows(results, result_dates(results) <= np.datetime64(last, "ns"))


def result_counts(results: Table, first: pd.Timestamp, last: pd.Timestamp) -> tuple[int, int, int]:
    """The buurt's results achieved in the month from ``first`` to ``last``, recorded in it after the fact, and
    counted up to ``last``: the figures ``resultaten``, ``resultaten_gemeld`` and ``resultaten_totaal``
    (:func:`achieved`, :func:`recorded_later`, :func:`so_far`).

    >>> frame = pd.DataFrame({"datum": pd.to_datetime(["2024-03-20", "2024-04-10", None, "2023-11-01"]),
    ...                       "gemeld": pd.to_datetime([None, None, "2024-04-15", "2024-04-20"])})
    >>> result_counts(frame, pd.Timestamp("2024-04-01"), pd.Timestamp("2024-04-30"))
    (1, 2, 4)
    """
    return len(achieved(results, first, last)), len(recorded_later(results, first, last)), len(so_far(results, last))


def result_sizes(results: Table, last: pd.Timestamp) -> dict[str, float]:
    """``eenheid`` → the sum of ``omvang`` of the results counted up to ``last`` (``resultaten_omvang``).

    The results are those ``resultaten_totaal`` counts (:func:`result_dates`).
    Only units of results with ``omvang`` filled appear, in the contract's
    order of units: amounts in different units are never added up.

    >>> frame = pd.DataFrame({"datum": pd.to_datetime(["2024-03-01", "2024-03-02", "2024-03-03", "2024-05-01", None]),
    ...                       "gemeld": pd.to_datetime([None, None, None, None, "2024-04-02"]),
    ...                       "omvang": pd.array([4, 12000, None, 7, 3], dtype="Float64"),
    ...                       "eenheid": ["stuks", "euro", "woningen", "stuks", "stuks"]})
    >>> result_sizes(frame, pd.Timestamp("2024-04-30"))
    {'euro': 12000.0, 'stuks': 7.0}
    """
    sums: dict[str, float] = {}
    counted = so_far(results, last)
    for amount, unit in zip(column(counted, "omvang", "float64"), column(counted, "eenheid", object), strict=True):
        if not np.isnan(amount):
            sums[unit] = sums.get(unit, 0.0) + float(amount)
    return {unit: sums[unit] for unit in EENHEID if unit in sums}
