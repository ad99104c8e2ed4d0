"""The carriers' load (version 4): the facilitator's monthly pulse, and how open actions pile up on a few owners.

The pulse (``draaglast``) is the most sensitive data of the kit: it holds no
name and no text, and who may see it is ``docs/privacy.md``'s "Who may see
what".  A month without a row of the buurt is a month the pulse was not
taken: its figures are ``None`` then, never 0 (a load is measured, not
counted).  The owners of open actions are persons as often as not: these
measures count them and never name them.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping

import pandas as pd

from ..columns import Table, column
from .actions import open_actions


def pulses(rows: pd.DataFrame) -> dict[pd.Period, tuple[int, int, bool]]:
    """Month → ``(belasting, dragers, incident)`` of the buurt's ``draaglast`` rows (at most one per month, by the
    contract); a month missing from it has no pulse.

    >>> frame = pd.DataFrame({"maand": pd.PeriodIndex(["2024-03"], freq="M"), "belasting": [3], "dragers": [5],
    ...                       "incident": [False]})
    >>> pulses(frame)
    {Period('2024-03', 'M'): (3, 5, False)}
    """
    return {
        month: (int(load), int(carriers), bool(incident))
        for month, load, carriers, incident in zip(
            rows["maand"], rows["belasting"], rows["dragers"], rows["incident"], strict=True
        )
    }


def open_action_owners(actions: Table, day: pd.Timestamp) -> tuple[int, float | None]:
    """How the actions open on ``day`` (:func:`~kit.analysis.measures.actions.open_actions`) lie on their owners:
    the number of owners (``eigenaar``) carrying at least one, and the share of all open actions held by the owner
    with most (an action without owner counts among all, not for an owner); ``None`` for the share without open
    actions.

    >>> frame = pd.DataFrame({"gepland": pd.to_datetime(["2024-03-01"] * 4), "afgerond": pd.to_datetime([None] * 4),
    ...                       "eigenaar": ["a", "a", "b", None]})
    >>> open_action_owners(frame, pd.Timestamp("2024-04-30"))
    (2, 0.5)
    """
    owners = column(open_actions(actions, day), "eigenaar", object)
    carried = Counter(owner for owner in owners if isinstance(owner, str))
    share = max(carried.values(), default=0) / len(owners) if len(owners) else None
    return len(carried), share


#: A count of buurten below this is never shown across buurten: "minder dan 3" (``docs/privacy.md``).
FEWEST_SHOWN = 3
#: A load of this or more is high: 4 or 5 of 5.
HIGH_LOAD = 4


def pulse_across(month_pulses: Mapping[str, tuple[int, int, bool] | None]) -> dict[str, int | None]:
    """The pulse of a month across buurten, as the intervision sheet, the overview and the synthesis may show it:
    the number of buurten whose pulse was taken (``gemeten``), of those with a high load (``hoog``, 4 or 5) and of
    those with an incident (``incident``), each ``None`` ("minder dan 3") when below :data:`FEWEST_SHOWN`.  Never
    which buurten: ``month_pulses`` maps buurt → its pulse (:func:`pulses`) or ``None``.

    >>> pulse_across({"a": (4, 3, True), "b": (5, 2, False), "c": (4, 6, False), "d": (2, 5, False), "e": None})
    {'gemeten': 4, 'hoog': 3, 'incident': None}
    """
    taken = [pulse for pulse in month_pulses.values() if pulse is not None]
    counts = {
        "gemeten": len(taken),
        "hoog": sum(load >= HIGH_LOAD for load, _, _ in taken),
        "incident": sum(incident for _, _, incident in taken),
    }
    return {key: n if n >= FEWEST_SHOWN else None for key, n in counts.items()}
