"""Months: how they are written, and which months a dataset and a buurt span."""

from __future__ import annotations

import pandas as pd

from .contract import FILES


def as_month(value) -> pd.Period:
    """Return ``value`` (``"2024-03"``, a date or a Period) as a monthly :class:`pandas.Period`.

    Raises ValueError for text that is not ``JJJJ-MM``.

    >>> as_month("2024-03")
    Period('2024-03', 'M')
    """
    if isinstance(value, pd.Period):
        return value.asfreq("M")
    if isinstance(value, str):
        from .cells import parse_month

        return pd.Period(parse_month(value.strip()), freq="M")
    return pd.Period(value, freq="M")


def month_text(month: pd.Period) -> str:
    """``JJJJ-MM``, as the figures and file names write a month."""
    return f"{month.year:04d}-{month.month:02d}"


def dataset_months(dataset) -> list[pd.Period]:
    """Every month from the earliest to the latest month named by any date of the dataset.

    Dates are those of every date and month column of the contract:
    ``start``, ``vanaf``, ``tot``, ``datum``, ``gepland``, ``deadline``,
    ``afgerond`` and ``maand`` (analysis spec, "Beyond one month"), and since
    version 2 ``gevraagd``, ``antwoord`` and ``nagekomen``.  An empty dataset
    spans no months.
    """
    named = []
    for stem, spec in FILES.items():
        frame = getattr(dataset, stem)
        for column in spec.columns:
            if column.kind in ("date", "date_end", "day"):
                named.append(frame[column.name].dropna().dt.to_period("M"))
            elif column.kind == "month":
                named.append(frame[column.name].dropna())
    months = pd.concat(named) if named else pd.Series([], dtype="period[M]")
    if months.empty:
        return []
    return list(pd.period_range(months.min(), months.max(), freq="M"))


def first_month(dataset, buurt: str) -> pd.Period | None:
    """The buurt's first month: its ``start``, or else the first month it has an active actor.

    Actors without ``vanaf`` existed before the data starts, so a buurt with
    such an actor begins in the dataset's first month.  ``None`` when the
    buurt has neither a start nor any actor.
    """
    row = dataset.buurten.loc[dataset.buurten["id"] == buurt].iloc[0]
    if not pd.isna(row["start"]):
        return row["start"].to_period("M")
    actors = dataset.actoren.loc[dataset.actoren["buurt"] == buurt]
    if actors.empty:
        return None
    months = dataset_months(dataset)
    if actors["vanaf"].isna().any():
        return months[0] if months else None
    return actors["vanaf"].min().to_period("M")
