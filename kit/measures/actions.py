"""The action list: what was planned, done, not done, and what is still open."""

from __future__ import annotations

import pandas as pd


def action_counts(actions: pd.DataFrame, first: pd.Timestamp, last: pd.Timestamp) -> dict[str, int]:
    """Counts of one buurt's action list for the month from ``first`` to ``last`` (days).

    - ``gepland``: put on the list in the month;
    - ``gedaan`` / ``niet_gedaan``: with that status and ``afgerond`` in the month;
    - ``open``: on the list by the end of the month and not closed by then;
    - ``te_laat``: open with a ``deadline`` before the month's last day.
    """
    closed = actions["afgerond"]
    in_month = closed.between(first, last)
    is_open = (actions["gepland"] <= last) & (closed.isna() | (closed > last))
    return {
        "gepland": int(actions["gepland"].between(first, last).sum()),
        "gedaan": int(((actions["status"] == "gedaan") & in_month).sum()),
        "niet_gedaan": int(((actions["status"] == "niet_gedaan") & in_month).sum()),
        "open": int(is_open.sum()),
        "te_laat": int((is_open & (actions["deadline"] < last)).sum()),
    }
