"""Months: how they are written, and which months a dataset and a buurt span.

A month the user names (``--maand``, a report's parameter, a period
``JJJJ-MM:JJJJ-MM``) is written ``JJJJ-MM`` with a two-digit month: one
rule, :data:`MONTH`, read once where it enters (:func:`as_month`,
:func:`as_period`) and passed on as a :class:`pandas.Period`.  (A ``maand``
cell of the data may be written ``2024-3``: that is the data contract's
cell format, :func:`kit.data.cells.parse_month`.)
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from .contract import FILES, PILOT_YEARS
from .lookup import check_buurt

if TYPE_CHECKING:
    from .dataset import Dataset


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


def dataset_months(dataset: Dataset) -> list[pd.Period]:
    """Every month from the earliest to the latest month named by any date of the dataset near the pilot.

    Dates are those of every date and month column of the contract:
    ``start``, ``vanaf``, ``tot``, ``datum``, ``gepland``, ``deadline``,
    ``afgerond`` and ``maand`` (``docs/figures.md``, "The months"), and since
    version 2 ``gevraagd``, ``antwoord`` and ``nagekomen``.  A date far from
    the pilot (:func:`near_pilot`; validation warns about it) is left out:
    a typed 2204 for 2024 would otherwise make every trend two centuries long
    and the latest month, which ``render`` takes by default, one in 2204.
    An empty dataset spans no months.  Computed once per dataset (kept in
    ``dataset.cache``).
    """
    if "months" not in dataset.cache:
        dataset.cache["months"] = _named_months(dataset)
    return list(dataset.cache["months"])


def _named_months(dataset: Dataset) -> list[pd.Period]:
    named = []
    for stem, spec in FILES.items():
        frame = getattr(dataset, stem)
        for column in spec.columns:
            dates = frame[column.name]
            if column.kind in ("date", "date_end", "day"):
                named.append(dates[near_pilot(dates)].dt.to_period("M"))
            elif column.kind == "month":
                named.append(dates[near_pilot(dates)])
    months = pd.concat(named) if named else pd.Series([], dtype="period[M]")
    if months.empty:
        return []
    return list(pd.period_range(months.min(), months.max(), freq="M"))


def not_before_data(dataset: Dataset, month: pd.Period) -> pd.Period:
    """``month``, or the dataset's first month when ``month`` is earlier.

    Only a date far from the pilot lies before the months of the dataset
    (:func:`dataset_months` leaves it out): it counts as "before the data
    begin", as an empty ``vanaf`` does, so that no buurt's months, trend or
    chart start centuries early.
    """
    months = dataset_months(dataset)
    return max(month, months[0]) if months else month


def _of_buurt(dataset: Dataset, stem: str, buurt: str) -> pd.DataFrame:
    """The rows of ``stem`` whose ``buurt`` is ``buurt``, from a split of the table computed once per dataset.

    A panel asks for every buurt's months; filtering the whole table for each
    would make it grow with the square of the number of buurten.
    """
    groups = dataset.cache.setdefault("rows_by_buurt", {})
    if stem not in groups:
        frame = getattr(dataset, stem)
        groups[stem] = frame["buurt"].reset_index(drop=True).groupby(frame["buurt"].to_numpy(), sort=False).indices
    frame = getattr(dataset, stem)
    return frame.iloc[groups[stem].get(buurt, [])]


def first_month(dataset: Dataset, buurt: str) -> pd.Period | None:
    """The buurt's first month: its ``start``, or else the first month it has an active actor.

    Actors without ``vanaf`` existed before the data starts, so a buurt with
    such an actor begins in the dataset's first month.  ``None`` when the
    buurt has neither a start nor any actor.  Never before the dataset's
    first month (:func:`not_before_data`).
    """
    row = dataset.buurten.loc[dataset.buurten["id"] == buurt].iloc[0]
    if not pd.isna(row["start"]):
        return not_before_data(dataset, row["start"].to_period("M"))
    actors = _of_buurt(dataset, "actoren", buurt)
    if actors.empty:
        return None
    months = dataset_months(dataset)
    if actors["vanaf"].isna().any():
        return months[0] if months else None
    return not_before_data(dataset, actors["vanaf"].min().to_period("M"))


def first_data_month(dataset: Dataset, buurt: str) -> pd.Period | None:
    """The buurt's first month with data: where its trend starts (``docs/figures.md``, "Trend").

    The earliest of its ``start``, the months its own actors are active from
    (an empty ``vanaf`` means the dataset's first month), and the dates of
    its own activities, actions, scores, results, requests and recognitions.
    This can be before its ``start`` and before its recognition, so that a
    reader sees before and after, but not before the dataset's first month
    (:func:`not_before_data`).  ``None`` when the buurt has no data.
    """
    months = []
    row = dataset.buurten.loc[dataset.buurten["id"] == buurt].iloc[0]
    if not pd.isna(row["start"]):
        months.append(row["start"].to_period("M"))
    actors = _of_buurt(dataset, "actoren", buurt)
    if actors["vanaf"].isna().any():
        every = dataset_months(dataset)
        months.extend(every[:1])
    dated = [actors["vanaf"]]
    for stem, column in (
        ("activiteiten", "datum"),
        ("acties", "gepland"),
        ("resultaten", "datum"),
        ("verzoeken", "gevraagd"),
        ("erkenning", "vanaf"),
    ):
        dated.append(_of_buurt(dataset, stem, buurt)[column])
    for dates in dated:
        if dates.notna().any():
            months.append(dates.min().to_period("M"))
    scores = _of_buurt(dataset, "maatlat", buurt)["maand"].dropna()
    if not scores.empty:
        months.append(scores.min())
    return not_before_data(dataset, min(months)) if months else None


def recognition_month(dataset: Dataset, buurt: str) -> pd.Period | None:
    """The first month with a recognised platform: the month ``erkend_maanden`` is 0.

    With ``erkenning`` rows for the buurt, the month of the earliest ``vanaf``;
    without, the buurt's :func:`first_month` when ``buurten.platform`` is
    filled (version 1 data: recognised from the start), else ``None``.
    Reports mark this month on the trend.  Never before the dataset's first
    month (:func:`not_before_data`).
    """
    rows = _of_buurt(dataset, "erkenning", buurt)["vanaf"].dropna()
    if not rows.empty:
        return not_before_data(dataset, rows.min().to_period("M"))
    platform = dataset.buurten.loc[dataset.buurten["id"] == buurt, "platform"].iloc[0]
    return first_month(dataset, buurt) if isinstance(platform, str) else None


@dataclass(frozen=True)
class BuurtMonths:
    """The months that mark a buurt's course, for figures and reports.

    Attributes
    ----------
    start : pandas.Period or None
        :func:`first_month`, the start of the proeftuin: the panel's
        ``in_proeftuin``, comparisons among buurten, ``verloop``.
    first_data : pandas.Period or None
        :func:`first_data_month`: where a trend starts (the panel's ``met_gegevens``).
    recognised : pandas.Period or None
        :func:`recognition_month`: the month to mark on a trend.
    """

    start: pd.Period | None
    first_data: pd.Period | None
    recognised: pd.Period | None


def buurt_months(dataset: Dataset, buurt: str) -> BuurtMonths:
    """The :class:`BuurtMonths` of ``buurt``, computed once per dataset (kept in ``dataset.cache``).

    Raises :class:`~kit.data.lookup.UnknownBuurt` for an unknown buurt.
    """
    known: dict[str, BuurtMonths] = dataset.cache.setdefault("buurt_months", {})
    if buurt not in known:
        check_buurt(dataset, buurt)
        known[buurt] = BuurtMonths(
            first_month(dataset, buurt), first_data_month(dataset, buurt), recognition_month(dataset, buurt)
        )
    return known[buurt]
