"""The action list: what was planned, done, not done, what is still open, and what stood in the way.

The same counts over the actions agreed in an intervision session
(``sessie`` filled) are the pilot's own agreements (``afspraken``).
"""

from __future__ import annotations

from collections import Counter

import numpy as np
import pandas as pd

from kit.data.contract import BELEMMERING

from ..columns import Table, column


def action_counts(actions: Table, first: pd.Timestamp, last: pd.Timestamp) -> dict[str, int]:
    """Counts of one buurt's action list for the month from ``first`` to ``last`` (days).

    - ``gepland``: put on the list in the month;
    - ``gedaan`` / ``niet_gedaan``: with that status and ``afgerond`` in the month;
    - ``open``: on the list by the end of the month and not closed by then;
    - ``te_laat``: open with a ``deadline`` before the month's last day.
    """
    first, last = np.datetime64(first, "ns"), np.datetime64(last, "ns")
    planned = column(actions, "gepland", "datetime64[ns]")
    closed = column(actions, "afgerond", "datetime64[ns]")
    status = column(actions, "status", object)
    in_month = (closed >= first) & (closed <= last)
    is_open = (planned <= last) & (np.isnat(closed) | (closed > last))
    return {
        "gepland": int(((planned >= first) & (planned <= last)).sum()),
        "gedaan": int(((status == "gedaan") & in_month).sum()),
        "niet_gedaan": int(((status == "niet_gedaan") & in_month).sum()),
        "open": int(is_open.sum()),
        "te_laat": int((is_open & (column(actions, "deadline", "datetime64[ns]") < last)).sum()),
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
    closed = column(actions, "afgerond", "datetime64[ns]")
    failed = (
        (column(actions, "status", object) == "niet_gedaan")
        & (closed >= np.datetime64(first, "ns"))
        & (closed <= np.datetime64(last, "ns"))
    )
    named = Counter(code for codes in column(actions, "belemmering", object)[failed] for code in set(codes))
    return {code: named[code] for code in BELEMMERING if code in named}
