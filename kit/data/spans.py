"""Which months a dataset and each of its buurten span: the dataset's months, a buurt's start,
its first month with data and the month of its recognition.

Above the dataset, whose frames it reads (and whose ``cache`` keeps what it
computed); how a month is written is :mod:`kit.data.months`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import pandas as pd

from .contract import FILES
from .lookup import MonthOutsideData, check_buurt
from .months import month_text, near_pilot

if TYPE_CHECKING:
    from .dataset import Dataset


def dataset_months(dataset: Dataset) -> list[pd.Period]:
    """Every month from the earliest to the latest month named by any date of the dataset near the pilot.

    Dates are those of every date and month column of the contract:
    ``start``, ``vanaf``, ``tot``, ``datum``, ``gepland``, ``deadline``,
    ``afgerond`` and ``maand`` (``docs/figures.md``, "The months"), and since
    version 2 ``gevraagd``, ``antwoord`` and ``nagekomen``.  A date far from
    the pilot (:func:`~kit.data.months.near_pilot`; validation warns about it) is left out:
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
        ("resultaten", "gemeld"),
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

    The month of the earliest ``vanaf`` of the buurt's ``erkenning`` rows; ``None`` without rows: only a
    recognition row says a platform was recognised (version 3), not ``buurten.platform``.  Reports mark this
    month on the trend.  Never before the dataset's first month (:func:`not_before_data`).
    """
    rows = _of_buurt(dataset, "erkenning", buurt)["vanaf"].dropna()
    return None if rows.empty else not_before_data(dataset, rows.min().to_period("M"))


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


def _span(months: list[pd.Period]) -> str:
    return f"{month_text(months[0])} tot en met {month_text(months[-1])}" if months else "geen maanden"


def check_month(dataset: Dataset, month: pd.Period) -> pd.Period:
    """Return ``month`` if the dataset names it (:func:`dataset_months`), else raise
    :class:`~kit.data.lookup.MonthOutsideData` naming the months it spans."""
    months = dataset_months(dataset)
    if month not in months:
        raise MonthOutsideData(f"maand {month_text(month)} valt buiten de gegevens ({_span(months)})")
    return month


def check_period(dataset: Dataset, first: pd.Period, last: pd.Period) -> tuple[pd.Period, pd.Period]:
    """Return the period if both its months are in the data, else raise :class:`~kit.data.lookup.MonthOutsideData`."""
    months = dataset_months(dataset)
    if first not in months or last not in months:
        raise MonthOutsideData(
            f"periode {month_text(first)}:{month_text(last)} valt buiten de gegevens ({_span(months)})"
        )
    return first, last
