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


def _between(days: np.ndarray, first: pd.Timestamp, last: pd.Timestamp) -> np.ndarray:
    return (days >= np.datetime64(first, "ns")) & (days <= np.datetime64(last, "ns"))


def achieved(results: T, first: pd.Timestamp, last: pd.Timestamp) -> T:
    """The results achieved from ``first`` to ``last``: their ``datum`` in the month (what ``resultaten`` counts).

    >>> frame = pd.DataFrame({"id": ["a", "b", "c"], "datum": pd.to_datetime(["2024-03-20", "2024-04-10", None]),
    ...                       "gemeld": pd.to_datetime([None, "2024-04-12", "2024-04-15"])})
    >>> achieved(frame, pd.Timestamp("2024-04-01"), pd.Timestamp("2024-04-30"))["id"].tolist()
    ['b']
    """
    return rows(results, _between(column(results, "datum", "datetime64[ns]"), first, last))


def recorded_after(results: T, first: pd.Timestamp, last: pd.Timestamp) -> T:
    """The results recorded after the fact from ``first`` to ``last``: ``gemeld`` in the month, and ``datum``
    unknown or before ``first`` (what ``resultaten_gemeld`` counts).

    >>> frame = pd.DataFrame({"id": ["a", "b", "c"], "datum": pd.to_datetime(["2023-11-01", "2024-04-10", None]),
    ...                       "gemeld": pd.to_datetime(["2024-04-20", "2024-04-12", "2024-04-15"])})
    >>> recorded_after(frame, pd.Timestamp("2024-04-01"), pd.Timestamp("2024-04-30"))["id"].tolist()
    ['a', 'c']
    """
    achieved = column(results, "datum", "datetime64[ns]")
    before = np.isnat(achieved) | (achieved < np.datetime64(first, "ns"))
    return rows(results, _between(column(results, "gemeld", "datetime64[ns]"), first, last) & before)


def result_counts(results: Table, first: pd.Timestamp, last: pd.Timestamp) -> tuple[int, int, int]:
    """The buurt's results achieved in the month from ``first`` to ``last``, recorded in it after the fact, and
    counted up to ``last``: the figures ``resultaten``, ``resultaten_gemeld`` and ``resultaten_totaal``.

    - achieved: ``datum`` in the month (:func:`achieved`);
    - recorded after the fact: ``gemeld`` in the month, and ``datum`` unknown or before ``first``
      (:func:`recorded_after`);
    - so far: the result's date (:func:`result_dates`) on or before ``last``.

    >>> frame = pd.DataFrame({"datum": pd.to_datetime(["2024-03-20", "2024-04-10", None, "2023-11-01"]),
    ...                       "gemeld": pd.to_datetime([None, None, "2024-04-15", "2024-04-20"])})
    >>> result_counts(frame, pd.Timestamp("2024-04-01"), pd.Timestamp("2024-04-30"))
    (1, 2, 4)
    """
    so_far = int((result_dates(results) <= np.datetime64(last, "ns")).sum())
    return len(achieved(results, first, last)), len(recorded_after(results, first, last)), so_far


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
    dated = result_dates(results) <= np.datetime64(last, "ns")
    amounts = column(results, "omvang", "float64")
    for amount, unit in zip(amounts[dated], column(results, "eenheid", object)[dated], strict=True):
        if not np.isnan(amount):
            sums[unit] = sums.get(unit, 0.0) + float(amount)
    return {unit: sums[unit] for unit in EENHEID if unit in sums}
