"""Recognition: whether the buurt's platform is recognised in a month, and since how long."""

from __future__ import annotations

import numpy as np
import pandas as pd

from kit.data.months import month_bounds

from ..columns import Table, column


def recognised(recognitions: Table, month: pd.Period) -> bool:
    """Whether a recognition of the buurt (``recognitions``, its ``erkenning`` rows) is active in ``month``
    (``vanaf`` ≤ its last day, ``tot`` empty or ≥ its first day): the figure ``erkend``.

    Only a recognition row says a platform is recognised (version 3): a buurt without rows keeps no
    ``erkenning`` register, and its ``erkend`` is ``null``, not recognised because ``buurten.platform`` is filled.

    >>> rows = pd.DataFrame({"vanaf": pd.to_datetime(["2024-04-15"]), "tot": pd.to_datetime(["2024-06-30"])})
    >>> [recognised(rows, pd.Period(m, "M")) for m in ("2024-03", "2024-04", "2024-07")]
    [False, True, False]
    """
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
