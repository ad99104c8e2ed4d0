"""What the buurt asked of institutions, and what came of it."""

from __future__ import annotations

import statistics

import numpy as np
import pandas as pd

from kit.data.contract import PROMISED

from ..columns import Table, column

#: A request open longer than this many days (on the month's last day) waits too long.
OVERDUE_DAYS = 30
#: The keys of :func:`request_counts`, in the order of ``docs/figures.md``.
REQUEST_COUNTS = ("gedaan", "beantwoord", "open", "open_30", "toegezegd", "afgewezen")


def _dates(requests: Table, name: str) -> np.ndarray:
    return column(requests, name, "datetime64[ns]")


def request_counts(requests: Table, first: pd.Timestamp, last: pd.Timestamp) -> dict[str, int]:
    """Counts of the buurt's requests for the month from ``first`` to ``last`` (``verzoeken``).

    - ``gedaan``: asked (``gevraagd``) in the month;
    - ``beantwoord``: answered in the month (``antwoord`` in it), closing
      without an answer (``geen_reactie``) not counted;
    - ``open``: asked by the month's last day and not answered by then;
    - ``open_30``: open, and asked more than :data:`OVERDUE_DAYS` days before the last day;
    - ``toegezegd``: promised, wholly or partly (``toegezegd``, ``deels``), answered in the month;
    - ``afgewezen``: refused, answered in the month.

    An ``uitkomst`` is what finally happened; a request counts as open until
    the date of its ``antwoord``, whatever its outcome.
    """
    first, last = np.datetime64(first, "ns"), np.datetime64(last, "ns")
    asked, answered = _dates(requests, "gevraagd"), _dates(requests, "antwoord")
    outcome = column(requests, "uitkomst", object)
    answered_in_month = (answered >= first) & (answered <= last)
    is_open = (asked <= last) & (np.isnat(answered) | (answered > last))
    return {
        "gedaan": int(((asked >= first) & (asked <= last)).sum()),
        "beantwoord": int((answered_in_month & (outcome != "geen_reactie")).sum()),
        "open": int(is_open.sum()),
        "open_30": int((is_open & (last - asked > np.timedelta64(OVERDUE_DAYS, "D"))).sum()),
        "toegezegd": int((answered_in_month & np.isin(outcome, PROMISED)).sum()),
        "afgewezen": int((answered_in_month & (outcome == "afgewezen")).sum()),
    }


def answer_time(requests: Table, last: pd.Timestamp) -> float | int | None:
    """Median days from ``gevraagd`` to ``antwoord`` of the requests answered by ``last`` (``antwoordtijd``).

    Requests closed without an answer (``geen_reactie``) have no answer time
    and are left out.  The median of whole days: a whole number, or halfway
    between two.  ``None`` when nothing was answered yet.

    >>> frame = pd.DataFrame({"gevraagd": pd.to_datetime(["2024-02-01", "2024-03-10", "2024-01-01"]),
    ...                       "antwoord": pd.to_datetime(["2024-03-12", "2024-04-02", "2024-02-01"]),
    ...                       "uitkomst": ["toegezegd", "afgewezen", "geen_reactie"]})
    >>> answer_time(frame, pd.Timestamp("2024-03-31")), answer_time(frame, pd.Timestamp("2024-04-30"))
    (40, 31.5)
    """
    answered = _dates(requests, "antwoord")
    done = (answered <= np.datetime64(last, "ns")) & (column(requests, "uitkomst", object) != "geen_reactie")
    days = (answered[done] - _dates(requests, "gevraagd")[done]) // np.timedelta64(1, "D")
    return statistics.median(days.tolist()) if len(days) else None


def promises_kept(requests: Table, last: pd.Timestamp) -> float | None:
    """Share of the promises made by ``last`` that were kept by ``last`` (``nagekomen``).

    A promise is a request answered ``toegezegd`` or ``deels`` on or before
    ``last``; it is kept when its ``nagekomen`` date is on or before ``last``.
    ``None`` when nothing was promised yet.

    >>> frame = pd.DataFrame({"uitkomst": ["toegezegd", "deels", "afgewezen"],
    ...                       "antwoord": pd.to_datetime(["2024-03-12", "2024-03-20", "2024-03-01"]),
    ...                       "nagekomen": pd.to_datetime(["2024-04-10", None, None])})
    >>> promises_kept(frame, pd.Timestamp("2024-04-30"))
    0.5
    """
    last = np.datetime64(last, "ns")
    promised = np.isin(column(requests, "uitkomst", object), PROMISED) & (_dates(requests, "antwoord") <= last)
    if not promised.any():
        return None
    return float((_dates(requests, "nagekomen")[promised] <= last).sum() / promised.sum())
