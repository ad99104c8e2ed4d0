"""What the buurt asked of institutions, and what came of it."""

from __future__ import annotations

import statistics

import numpy as np
import pandas as pd

from kit.data.contract import PROMISED

from ..columns import T, Table, column, rows

#: A request open longer than this many days (on the month's last day) waits too long.
OVERDUE_DAYS = 30
#: The keys of :func:`request_counts`, in the order of ``docs/figures.md``.
REQUEST_COUNTS = ("gedaan", "beantwoord", "open", "open_30", "toegezegd", "afgewezen")


def _dates(requests: Table, name: str) -> np.ndarray:
    return column(requests, name, "datetime64[ns]")


def _promised(outcome: np.ndarray) -> np.ndarray:
    """Which outcomes are a promise (``toegezegd``, ``deels``)."""
    return np.logical_or.reduce([outcome == promise for promise in PROMISED])


def _between(days: np.ndarray, first: pd.Timestamp, last: pd.Timestamp) -> np.ndarray:
    return (days >= np.datetime64(first, "ns")) & (days <= np.datetime64(last, "ns"))


def asked(requests: T, first: pd.Timestamp, last: pd.Timestamp) -> T:
    """The requests asked (``gevraagd``) from ``first`` to ``last``."""
    return rows(requests, _between(_dates(requests, "gevraagd"), first, last))


def answered(requests: T, first: pd.Timestamp, last: pd.Timestamp) -> T:
    """The requests answered or closed (``antwoord``) from ``first`` to ``last``, whatever their outcome."""
    return rows(requests, _between(_dates(requests, "antwoord"), first, last))


def _is_open(requests: Table, day: np.datetime64) -> np.ndarray:
    answer = _dates(requests, "antwoord")
    return (_dates(requests, "gevraagd") <= day) & (np.isnat(answer) | (answer > day))


def open_requests(requests: T, day: pd.Timestamp) -> T:
    """The requests open on ``day``: asked by then and without an ``antwoord`` by then, whatever their final
    ``uitkomst``.

    >>> frame = pd.DataFrame({"gevraagd": pd.to_datetime(["2024-03-01", "2024-04-20", "2024-03-05"]),
    ...                       "antwoord": pd.to_datetime([None, None, "2024-04-10"])})
    >>> open_requests(frame, pd.Timestamp("2024-04-30"))["gevraagd"].dt.day.tolist()
    [1, 20]
    """
    return rows(requests, _is_open(requests, np.datetime64(day, "ns")))


def overdue_requests(requests: T, day: pd.Timestamp) -> T:
    """The requests open on ``day`` (:func:`open_requests`) that were asked more than :data:`OVERDUE_DAYS` days
    before it.

    >>> frame = pd.DataFrame({"gevraagd": pd.to_datetime(["2024-03-01", "2024-03-31", "2024-04-20"]),
    ...                       "antwoord": pd.to_datetime([None, None, None])})
    >>> overdue_requests(frame, pd.Timestamp("2024-04-30"))["gevraagd"].dt.day.tolist()  # 60, 30 and 10 days
    [1]
    """
    day = np.datetime64(day, "ns")
    waited = day - _dates(requests, "gevraagd")
    return rows(requests, _is_open(requests, day) & (waited > np.timedelta64(OVERDUE_DAYS, "D")))


def promises(requests: T, day: pd.Timestamp) -> T:
    """The promises made by ``day``: requests answered ``toegezegd`` or ``deels`` on or before it."""
    made = _promised(column(requests, "uitkomst", object)) & (_dates(requests, "antwoord") <= np.datetime64(day, "ns"))
    return rows(requests, made)


def kept_promises(requests: T, day: pd.Timestamp) -> T:
    """The :func:`promises` made by ``day`` that were delivered (``nagekomen``) by then."""
    made = promises(requests, day)
    return rows(made, _dates(made, "nagekomen") <= np.datetime64(day, "ns"))


def request_counts(requests: Table, first: pd.Timestamp, last: pd.Timestamp) -> dict[str, int]:
    """Counts of the buurt's requests for the month from ``first`` to ``last`` (``verzoeken``).

    - ``gedaan``: asked (``gevraagd``) in the month (:func:`asked`);
    - ``beantwoord``: answered in the month (:func:`answered`), closing
      without an answer (``geen_reactie``) not counted;
    - ``open``: asked by the month's last day and not answered by then (:func:`open_requests`);
    - ``open_30``: open, and asked more than :data:`OVERDUE_DAYS` days before the last day
      (:func:`overdue_requests`);
    - ``toegezegd``: promised, wholly or partly (``toegezegd``, ``deels``), answered in the month;
    - ``afgewezen``: refused, answered in the month.

    An ``uitkomst`` is what finally happened; a request counts as open until
    the date of its ``antwoord``, whatever its outcome.
    """
    outcome = column(answered(requests, first, last), "uitkomst", object)
    return {
        "gedaan": len(asked(requests, first, last)),
        "beantwoord": int((outcome != "geen_reactie").sum()),
        "open": len(open_requests(requests, last)),
        "open_30": len(overdue_requests(requests, last)),
        "toegezegd": int(_promised(outcome).sum()),
        "afgewezen": int((outcome == "afgewezen").sum()),
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
    ``last`` (:func:`promises`); it is kept when its ``nagekomen`` date is on
    or before ``last`` (:func:`kept_promises`).  ``None`` when nothing was
    promised yet.

    >>> frame = pd.DataFrame({"uitkomst": ["toegezegd", "deels", "afgewezen"],
    ...                       "antwoord": pd.to_datetime(["2024-03-12", "2024-03-20", "2024-03-01"]),
    ...                       "nagekomen": pd.to_datetime(["2024-04-10", None, None])})
    >>> promises_kept(frame, pd.Timestamp("2024-04-30"))
    0.5
    """
    made = len(promises(requests, last))
    if not made:
        return None
    return float(len(kept_promises(requests, last)) / made)
