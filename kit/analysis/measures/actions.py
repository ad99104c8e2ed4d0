"""The action list: what was planned, done, not done, what is still open or overdue, and what stood in the way.

Each rule is one function that returns the rows it selects (as the table
it is given: a DataFrame or :class:`~kit.analysis.columns.Columns`): the
figures count them, the report lists them.  The same counts over the
actions agreed in an intervision session (``sessie`` filled) are the
pilot's own agreements (``afspraken``).
"""

from __future__ import annotations

from collections import Counter

import numpy as np
import pandas as pd

from kit.data.contract import BELEMMERING

from ..columns import T, Table, column, rows


def _days(actions: Table, name: str) -> np.ndarray:
    return column(actions, name, "datetime64[ns]")


def planned(actions: T, first: pd.Timestamp, last: pd.Timestamp) -> T:
    """The actions put on the list (``gepland``) from ``first`` to ``last``."""
    days = _days(actions, "gepland")
    return rows(actions, (days >= np.datetime64(first, "ns")) & (days <= np.datetime64(last, "ns")))


def closed(actions: T, first: pd.Timestamp, last: pd.Timestamp, status: str) -> T:
    """The actions of ``status`` (``gedaan``, ``niet_gedaan``, ``vervallen``) closed (``afgerond``) from ``first``
    to ``last``."""
    days = _days(actions, "afgerond")
    in_span = (days >= np.datetime64(first, "ns")) & (days <= np.datetime64(last, "ns"))
    return rows(actions, in_span & (column(actions, "status", object) == status))


def _is_open(actions: Table, day: np.datetime64) -> np.ndarray:
    closing = _days(actions, "afgerond")
    return (_days(actions, "gepland") <= day) & (np.isnat(closing) | (closing > day))


def open_actions(actions: T, day: pd.Timestamp) -> T:
    """The actions open on ``day``: on the list by then (``gepland``) and not closed by then (``afgerond`` empty
    or later), whatever their final status.

    >>> frame = pd.DataFrame({"gepland": pd.to_datetime(["2024-03-01", "2024-03-01", "2024-05-01"]),
    ...                       "afgerond": pd.to_datetime([None, "2024-04-10", None]),
    ...                       "deadline": pd.to_datetime(["2024-04-15", None, None])})
    >>> len(open_actions(frame, pd.Timestamp("2024-04-30"))), len(open_actions(frame, pd.Timestamp("2024-04-09")))
    (1, 2)
    """
    return rows(actions, _is_open(actions, np.datetime64(day, "ns")))


def overdue_actions(actions: T, day: pd.Timestamp) -> T:
    """The actions open on ``day`` (:func:`open_actions`) whose ``deadline`` lies before it.

    >>> frame = pd.DataFrame({"gepland": pd.to_datetime(["2024-03-01", "2024-03-01"]),
    ...                       "afgerond": pd.to_datetime([None, None]),
    ...                       "deadline": pd.to_datetime(["2024-04-15", None])})
    >>> len(overdue_actions(frame, pd.Timestamp("2024-04-30"))), len(overdue_actions(frame, pd.Timestamp("2024-04-15")))
    (1, 0)
    """
    day = np.datetime64(day, "ns")
    return rows(actions, _is_open(actions, day) & (_days(actions, "deadline") < day))


def action_counts(actions: Table, first: pd.Timestamp, last: pd.Timestamp) -> dict[str, int]:
    """Counts of one buurt's action list for the month from ``first`` to ``last`` (days): ``acties``.

    - ``gepland``: put on the list in the month (:func:`planned`);
    - ``gedaan`` / ``niet_gedaan``: with that status and ``afgerond`` in the month (:func:`closed`);
    - ``open``: on the list by the end of the month and not closed by then (:func:`open_actions`);
    - ``te_laat``: open with a ``deadline`` before the month's last day (:func:`overdue_actions`).
    """
    return {
        "gepland": len(planned(actions, first, last)),
        "gedaan": len(closed(actions, first, last, "gedaan")),
        "niet_gedaan": len(closed(actions, first, last, "niet_gedaan")),
        "open": len(open_actions(actions, last)),
        "te_laat": len(overdue_actions(actions, last)),
    }


def barriers(actions: Table, first: pd.Timestamp, last: pd.Timestamp) -> dict[str, int]:
    """``belemmering`` → number of actions not done (``niet_gedaan``, ``afgerond`` in the month) that name it.

    What stood in the way of the actions that failed this month; only the
    barriers named appear, in the contract's order.

    >>> frame = pd.DataFrame({"status": ["niet_gedaan", "niet_gedaan", "gedaan"],
    ...                       "afgerond": pd.to_datetime(["2024-04-02", "2024-04-20", "2024-04-05"]),
    ...                       "belemmering": [("ruimte", "tijd"), ("tijd",), ("geld",)]})
    >>> barriers(frame, pd.Timestamp("2024-04-01"), pd.Timestamp("2024-04-30"))
    {'tijd': 2, 'ruimte': 1}
    """
    failed = closed(actions, first, last, "niet_gedaan")
    named = Counter(code for codes in column(failed, "belemmering", object) for code in set(codes))
    return {code: named[code] for code in BELEMMERING if code in named}
