"""Months: how they are written and read, and which dates lie near the pilot.

Below the dataset, so that validation can use them; which months a dataset
and each of its buurten span is :mod:`kit.data.spans`.
"""

from __future__ import annotations

import pandas as pd

from .cells import parse_month
from .contract import PILOT_YEARS


def as_month(value: object) -> pd.Period:
    """Return ``value`` (``"2024-03"``, a date or a Period) as a monthly :class:`pandas.Period`.

    Raises ValueError for text that is not ``JJJJ-MM``.

    >>> as_month("2024-03")
    Period('2024-03', 'M')
    """
    if isinstance(value, pd.Period):
        return value.asfreq("M")
    if isinstance(value, str):
        return pd.Period(parse_month(value.strip()), freq="M")
    return pd.Period(value, freq="M")


def month_text(month: pd.Period) -> str:
    """``JJJJ-MM``, as the figures and file names write a month."""
    return f"{month.year:04d}-{month.month:02d}"


def near_pilot(dates: pd.Series) -> pd.Series:
    """Whether each date (or month) of ``dates`` lies near the pilot: its year within :data:`PILOT_YEARS`.

    One rule for validation, which warns about a date far from the pilot,
    and for the months of a dataset, which leave such a date out.  An empty
    cell is not near the pilot.

    >>> near_pilot(pd.Series(pd.to_datetime(["2024-03-10", "2204-03-10", "1900-01-01", None]))).tolist()
    [True, False, False, False]
    """
    return dates.dt.year.between(*PILOT_YEARS).fillna(False).astype(bool)
