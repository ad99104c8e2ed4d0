"""Recognition: whether the buurt's platform is recognised in a month, and since how long."""

from __future__ import annotations

import numpy as np
import pandas as pd

from kit.data.months import month_bounds

from ..columns import Table, column


def recognised(recognitions: Table, platform: str | None, start: pd.Period | None, month: pd.Period) -> bool:
    """Whether the buurt has a recognised platform in ``month`` (the figure ``erkend``).

    With ``erkenning`` rows (``recognitions``, the buurt's): a recognition is
    active in the month (``vanaf`` ≤ its last day, ``tot`` empty or ≥ its
    first day).  Without (version 1 data): the buurt has a ``platform`` in
    ``buurten`` and the month is not before its first month ``start``.

    >>> rows = pd.DataFrame({"vanaf": pd.to_datetime(["2024-04-15"]), "tot": pd.to_datetime(["2024-06-30"])})
    >>> [recognised(rows, "p", None, pd.Period(m, "M")) for m in ("2024-03", "2024-04", "2024-07")]
    [False, True, False]
    >>> recognised(rows.iloc[:0], "p", pd.Period("2024-03", "M"), pd.Period("2024-02", "M"))
    False
    """
    if recognitions.empty:
        return platform is not None and start is not None and month >= start
    first, last = month_bounds(month)
    starts = column(recognitions, "vanaf", "datetime64[ns]")
    ends = column(recognitions, "tot", "datetime64[ns]")
    return bool(((starts <= last) & (np.isnat(ends) | (ends >= first))).any())


def months_recognised(since: pd.Period | None, month: pd.Period) -> int | None:
    """Whole months from ``since``, the first month with a recognised platform, to ``month``.

    0 in that month itself, and counting on after a recognition ends (it
    measures how long ago the platform was first recognised); ``None``
    before it or when the buurt never had one
    (:func:`kit.data.spans.recognition_month` gives ``since``).

    >>> months_recognised(pd.Period("2024-04", "M"), pd.Period("2025-01", "M"))
    9
    >>> months_recognised(pd.Period("2024-04", "M"), pd.Period("2024-03", "M")) is None
    True
    """
    if since is None or month < since:
        return None
    return (month - since).n
