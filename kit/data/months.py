"""Months: how they are written and read, and which dates lie near the pilot.

A month the user names (``--maand``, a report's parameter, a period
``JJJJ-MM:JJJJ-MM``) is written ``JJJJ-MM`` with a two-digit month: one
rule, :data:`MONTH`, read once where it enters (:func:`as_month`,
:func:`as_period`) and passed on as a :class:`pandas.Period`.  (A ``maand``
cell of the data may be written ``2024-3``: that is the data contract's
cell format, :func:`kit.data.cells.parse_month`.)

A month and a period are written in Dutch words here too (:func:`maand_label`,
:func:`periode_label`), on the same rule, for the reports and the render
factory's messages and index.

Below the dataset, so that validation can use them; which months a dataset
and each of its buurten span is :mod:`kit.data.spans`.
"""

from __future__ import annotations

import re
from functools import lru_cache

import numpy as np
import pandas as pd

from kit.dutch import MAANDEN

from .contract import PILOT_YEARS

#: A month as the user writes it: ``JJJJ-MM``, the month with two digits.
MONTH = re.compile(r"\d{4}-(?:0[1-9]|1[0-2])")


def as_month(value: object) -> pd.Period:
    """Return ``value`` (``"2024-03"``, a date or a Period) as a monthly :class:`pandas.Period`.

    Raises ValueError, with a message for the user, for text that is not
    ``JJJJ-MM`` (:data:`MONTH`).

    >>> as_month("2024-03")
    Period('2024-03', 'M')
    >>> as_month("2024-3")
    Traceback (most recent call last):
    ...
    ValueError: '2024-3' is geen maand; schrijf JJJJ-MM
    """
    if isinstance(value, pd.Period):
        return value.asfreq("M")
    if isinstance(value, str):
        if not MONTH.fullmatch(value):
            raise ValueError(f"'{value}' is geen maand; schrijf JJJJ-MM")
        return pd.Period(year=int(value[:4]), month=int(value[5:]), freq="M")
    return pd.Period(value, freq="M")


def as_period(text: str) -> tuple[pd.Period, pd.Period]:
    """Return the first and last month of a period written ``JJJJ-MM:JJJJ-MM``; raise ValueError otherwise.

    >>> as_period("2025-01:2025-12")
    (Period('2025-01', 'M'), Period('2025-12', 'M'))
    >>> as_period("2025-12:2025-01")
    Traceback (most recent call last):
    ...
    ValueError: de periode 2025-12:2025-01 begint na haar einde
    """
    first, sep, last = text.partition(":")
    if not (sep and MONTH.fullmatch(first) and MONTH.fullmatch(last)):
        raise ValueError(f"'{text}' is geen periode; schrijf JJJJ-MM:JJJJ-MM, bijvoorbeeld 2025-01:2025-12")
    if first > last:
        raise ValueError(f"de periode {text} begint na haar einde")
    return as_month(first), as_month(last)


def month_text(month: pd.Period) -> str:
    """``JJJJ-MM``, as the figures and file names write a month."""
    return f"{month.year:04d}-{month.month:02d}"


def maand_label(maand: object) -> str:
    """The Dutch name of a month (``JJJJ-MM``, a date or a Period).

    >>> maand_label("2024-04")
    'april 2024'
    """
    month = as_month(maand)
    return f"{MAANDEN[month.month - 1]} {month.year}"


def periode_label(van: object, tot: object) -> str:
    """A period of months in Dutch words.

    >>> periode_label("2025-01", "2025-12"), periode_label("2024-11", "2025-02"), periode_label("2025-06", "2025-06")
    ('januari tot en met december 2025', 'november 2024 tot en met februari 2025', 'juni 2025')
    """
    first, last = as_month(van), as_month(tot)
    if first == last:
        return maand_label(first)
    begin = MAANDEN[first.month - 1] if first.year == last.year else maand_label(first)
    return f"{begin} tot en met {maand_label(last)}"


@lru_cache(maxsize=4096)
def month_bounds(month: pd.Period) -> tuple[np.datetime64, np.datetime64]:
    """The first and the last day of ``month``, as the analysis holds dates in arrays (``datetime64[ns]``).

    Kept once asked: a Period takes longer to give them than a month's masks take.

    >>> month_bounds(pd.Period("2024-02", "M"))
    (np.datetime64('2024-02-01T00:00:00.000000000'), np.datetime64('2024-02-29T00:00:00.000000000'))
    """
    return np.datetime64(month.start_time.normalize(), "ns"), np.datetime64(month.end_time.normalize(), "ns")


def near_pilot(dates: pd.Series) -> pd.Series:
    """Whether each date (or month) of ``dates`` lies near the pilot: its year within :data:`PILOT_YEARS`.

    One rule for validation, which warns about a date far from the pilot,
    and for the months of a dataset, which leave such a date out.  An empty
    cell is not near the pilot.

    >>> near_pilot(pd.Series(pd.to_datetime(["2024-03-10", "2204-03-10", "1900-01-01", None]))).tolist()
    [True, False, False, False]
    """
    return dates.dt.year.between(*PILOT_YEARS).fillna(False).astype(bool)
