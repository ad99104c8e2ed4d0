"""Seats at tables and dialogues (version 4): where the platform sits, on which rung, and what comes of its talks.

Each rule is one function that returns the rows it selects (as the table it
is given: a DataFrame or :class:`~kit.analysis.columns.Columns`): the figures
count them, the report sections list them, the events compare them from one
month to the next.

- a **seat** (a row of ``tafels``) is active in a month as an actor is:
  ``vanaf`` on or before its last day, ``tot`` empty or on or after its first
  day (:func:`active_seats`);
- a seat that ends is **continued** when the same actor holds a seat at the
  same table (``tafel`` and ``eigenaar``) on the day after its ``tot``: the
  contract closes a seat whose role changes and starts a new row, so that is
  a change of role, not a seat lost (:func:`successor`);
- its **rung** is the position of its ``rol`` on the participation ladder,
  1 (``geinformeerd``) … 6 (``zelfbeherend``) (:func:`rung`);
- an **agreement** of a dialogue (a row of ``dialoogafspraken``, with
  ``gemaakt``: its dialogue's day) is *open* on a day when it was made by then
  and neither kept (``nagekomen``) nor dropped (``vervallen``) by then, and
  *late* when open with a ``deadline`` before that day, as an action of the
  action list is (:func:`open_agreements`, :func:`late_agreements`).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import numpy as np
import pandas as pd

from kit.data.contract import ROL

from ..columns import T, Table, column, rows

#: The keys of :func:`agreement_counts`, in the order of ``docs/figures.md``.
AGREEMENT_COUNTS = ("gemaakt", "nagekomen", "vervallen", "open", "te_laat")


def _days(table: Table, name: str) -> np.ndarray:
    return column(table, name, "datetime64[ns]")


def _between(days: np.ndarray, first: pd.Timestamp, last: pd.Timestamp) -> np.ndarray:
    return (days >= np.datetime64(first, "ns")) & (days <= np.datetime64(last, "ns"))


def active_seats(seats: T, first: pd.Timestamp, last: pd.Timestamp) -> T:
    """The seats active in the month from ``first`` to ``last``.

    >>> frame = pd.DataFrame({"vanaf": pd.to_datetime(["2023-10-01", "2024-04-15"]),
    ...                       "tot": pd.to_datetime(["2024-03-31", None])})
    >>> len(active_seats(frame, pd.Timestamp("2024-03-01"), pd.Timestamp("2024-03-31")))
    1
    """
    ends = _days(seats, "tot")
    active = (_days(seats, "vanaf") <= np.datetime64(last, "ns")) & (
        np.isnat(ends) | (ends >= np.datetime64(first, "ns"))
    )
    return rows(seats, active)


def successor(seats: pd.DataFrame, seat: Mapping[str, Any]) -> str | None:
    """The id of the seat that continues ``seat`` (a row of ``seats``, the buurt's ``tafels``): of the same actor at
    the same table (``tafel`` and ``eigenaar``), active on the day after ``seat``'s ``tot``; ``None`` when ``seat``
    has not ended or nobody continues it (the seat was lost).

    >>> frame = pd.DataFrame({"id": ["t1", "t2"], "actor": ["p", "p"], "tafel": ["Overleg", "Overleg"],
    ...                       "eigenaar": ["sd", "sd"], "vanaf": pd.to_datetime(["2023-10-01", "2024-04-01"]),
    ...                       "tot": pd.to_datetime(["2024-03-31", None])})
    >>> successor(frame, frame.iloc[0]), successor(frame, frame.iloc[1])
    ('t2', None)
    """
    if pd.isna(seat["tot"]):
        return None
    day = pd.Timestamp(seat["tot"]) + pd.Timedelta(days=1)
    owner = "" if pd.isna(seat["eigenaar"]) else seat["eigenaar"]
    same = seats[
        (seats["id"] != seat["id"])
        & (seats["actor"] == seat["actor"])
        & (seats["tafel"] == seat["tafel"])
        & (seats["eigenaar"].fillna("") == owner)
    ]
    found = active_seats(same, day, day)
    return str(found["id"].iloc[0]) if len(found) else None


def rung(rol: str) -> int:
    """The rung of ``rol`` on the participation ladder, 1 … 6.

    >>> rung("geinformeerd"), rung("zelfbeherend")
    (1, 6)
    """
    return ROL.index(rol) + 1


def rung_counts(seats: Table) -> dict[str, int]:
    """``rol`` → how many of ``seats`` hold it, for every rung of the ladder in order (0 where none)."""
    held = column(seats, "rol", object)
    return {rol: int((held == rol).sum()) for rol in ROL}


def highest_rung(seats: Table) -> int | None:
    """The highest rung (1 … 6) any of ``seats`` holds; ``None`` without a seat."""
    held = column(seats, "rol", object)
    return max((rung(rol) for rol in held), default=None)


def offered(seats: T) -> T:
    """The seats the platform was invited to (``toegang`` ``uitgenodigd``), not had to ask for."""
    return rows(seats, column(seats, "toegang", object) == "uitgenodigd")


def dialogues_held(dialogues: T, first: pd.Timestamp, last: pd.Timestamp) -> T:
    """The dialogues dated (``datum``) from ``first`` to ``last``."""
    return rows(dialogues, _between(_days(dialogues, "datum"), first, last))


def _is_open(agreements: Table, day: np.datetime64) -> np.ndarray:
    kept, dropped = _days(agreements, "nagekomen"), _days(agreements, "vervallen")
    return (
        (_days(agreements, "gemaakt") <= day) & (np.isnat(kept) | (kept > day)) & (np.isnat(dropped) | (dropped > day))
    )


def open_agreements(agreements: T, day: pd.Timestamp) -> T:
    """The agreements open on ``day``: made by then, neither kept nor dropped by then.

    >>> frame = pd.DataFrame({"gemaakt": pd.to_datetime(["2024-03-12", "2024-03-12", "2024-04-18"]),
    ...                       "nagekomen": pd.to_datetime([None, "2024-04-10", None]),
    ...                       "vervallen": pd.to_datetime([None, None, "2024-04-28"])})
    >>> len(open_agreements(frame, pd.Timestamp("2024-03-31"))), len(open_agreements(frame, pd.Timestamp("2024-04-30")))
    (2, 1)
    """
    return rows(agreements, _is_open(agreements, np.datetime64(day, "ns")))


def late_agreements(agreements: T, day: pd.Timestamp) -> T:
    """The agreements open on ``day`` (:func:`open_agreements`) whose ``deadline`` lies before it."""
    day = np.datetime64(day, "ns")
    return rows(agreements, _is_open(agreements, day) & (_days(agreements, "deadline") < day))


def kept_agreements(agreements: T, first: pd.Timestamp, last: pd.Timestamp) -> T:
    """The agreements kept (``nagekomen``) from ``first`` to ``last``."""
    return rows(agreements, _between(_days(agreements, "nagekomen"), first, last))


def dropped_agreements(agreements: T, first: pd.Timestamp, last: pd.Timestamp) -> T:
    """The agreements dropped (``vervallen``) from ``first`` to ``last``."""
    return rows(agreements, _between(_days(agreements, "vervallen"), first, last))


def institutions_agreements(agreements: pd.DataFrame, dialogues: pd.DataFrame) -> pd.DataFrame:
    """The agreements an institution made: by (``door``) a party the dialogue was held with (its ``met``).

    The platform's own agreements, and those of anyone not a party to the dialogue, are nobody's to answer for
    at an institution: the mirror counts and the sheet's "Wacht bij instellingen" lists only these.

    >>> dialogues = pd.DataFrame({"id": ["d1"], "met": [("west",)]})
    >>> agreements = pd.DataFrame({"id": ["a1", "a2"], "dialoog": ["d1", "d1"], "door": ["west", "plat"]})
    >>> institutions_agreements(agreements, dialogues)["id"].tolist()
    ['a1']
    """
    parties = dict(zip(dialogues["id"], dialogues["met"], strict=True))
    theirs = [
        door in (parties.get(dialoog) or ())
        for door, dialoog in zip(agreements["door"], agreements["dialoog"], strict=True)
    ]
    return agreements[pd.Series(theirs, index=agreements.index, dtype=bool)]


def agreement_counts(agreements: Table, first: pd.Timestamp, last: pd.Timestamp) -> dict[str, int]:
    """Counts of one buurt's dialogue agreements for the month from ``first`` to ``last``: ``dialoogafspraken``.

    - ``gemaakt``: made in a dialogue of the month;
    - ``nagekomen`` / ``vervallen``: kept / dropped in the month;
    - ``open``: open on the month's last day (:func:`open_agreements`);
    - ``te_laat``: open with a ``deadline`` before the month's last day (:func:`late_agreements`).
    """
    return {
        "gemaakt": int(_between(_days(agreements, "gemaakt"), first, last).sum()),
        "nagekomen": len(kept_agreements(agreements, first, last)),
        "vervallen": len(dropped_agreements(agreements, first, last)),
        "open": len(open_agreements(agreements, last)),
        "te_laat": len(late_agreements(agreements, last)),
    }
