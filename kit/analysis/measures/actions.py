"""The action list: what was planned, done, not done, and what is still open."""

from __future__ import annotations

import numpy as np
import pandas as pd


def action_counts(actions: pd.DataFrame, first: pd.Timestamp, last: pd.Timestamp) -> dict[str, int]:
    """Counts of one buurt's action list for the month from ``first`` to ``last`` (days).

    - ``gepland``: put on the list in the month;
    - ``gedaan`` / ``niet_gedaan``: with that status and ``afgerond`` in the month;
    - ``open``: on the list by the end of the month and not closed by then;
    - ``te_laat``: open with a ``deadline`` before the month's last day.
    """
    first, last = np.datetime64(first, "ns"), np.datetime64(last, "ns")
    planned = actions["gepland"].to_numpy("datetime64[ns]")
    closed = actions["afgerond"].to_numpy("datetime64[ns]")
    status = actions["status"].to_numpy(object)
    in_month = (closed >= first) & (closed <= last)
    is_open = (planned <= last) & (np.isnat(closed) | (closed > last))
    return {
        "gepland": int(((planned >= first) & (planned <= last)).sum()),
        "gedaan": int(((status == "gedaan") & in_month).sum()),
        "niet_gedaan": int(((status == "niet_gedaan") & in_month).sum()),
        "open": int(is_open.sum()),
        "te_laat": int((is_open & (actions["deadline"].to_numpy("datetime64[ns]") < last)).sum()),
    }
