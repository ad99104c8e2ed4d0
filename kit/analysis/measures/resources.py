"""Resources: money, support and places that reach the residents' own networks, and where they do not.

Relations of ``soort`` ``ondersteuning``, ``financiering`` and ``ruimte``
bring something to their ``naar``; ``werving`` takes people from it.  All
functions take the snapshot's active relations as parallel sequences
``(id, van, naar, soort)`` and a mapping ``lijn`` of the actors whose
``lijn`` is known: an actor of unknown ``lijn`` takes part in no figure
about lijnen.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from typing import Any

import numpy as np
import pandas as pd

from kit.data.months import month_bounds

#: Relations that bring resources to their ``naar``.
RESOURCES = ("ondersteuning", "financiering", "ruimte")
#: How many months ahead an ending resource counts as about to end.
ENDING_MONTHS = 3


def resources(relations: Iterable[tuple[Any, ...]], own: Collection[Any], lijn: Mapping[Any, Any]) -> list[str]:
    """Ids of the resource relations whose ``naar`` is an own actor of ``lijn`` 0 (the figure ``middelen`` counts them).

    ``relations`` are ``(id, van, naar, soort)``; ``own`` the buurt's own actors.

    >>> resources([("r1", "x", "a", "ruimte"), ("r2", "x", "p", "financiering"), ("r3", "x", "a", "werving")],
    ...           {"a", "p"}, {"a": 0, "p": 1})
    ['r1']
    """
    return [rid for rid, _, naar, soort in relations if soort in RESOURCES and naar in own and lijn.get(naar) == 0]


def ending(ids: Iterable[str], ends: Mapping[Any, Any], month: pd.Period, months: int = ENDING_MONTHS) -> list[str]:
    """The sorted ``ids`` whose end (``ends[id]``, ``tot``) falls in the ``months`` months after ``month``.

    From the first day of the next month to the last day of the third:
    money, support or a place that is about to end (``middelen_aflopend``).

    >>> ends = {"r1": pd.Timestamp("2024-07-31"), "r2": pd.Timestamp("2024-08-01"), "r3": pd.NaT}
    >>> ending(["r2", "r1", "r3"], ends, pd.Period("2024-04", "M"))
    ['r1']
    """
    first, last = month_bounds(month + 1)[0], month_bounds(month + months)[1]
    return sorted(i for i in ids if not pd.isna(ends[i]) and first <= np.datetime64(ends[i], "ns") <= last)


def recruiting_grounds(
    relations: Iterable[tuple[Any, ...]], own: Collection[Any], lijn: Mapping[Any, Any]
) -> list[str]:
    """Own actors of ``lijn`` 0 where others recruit and bring nothing back (``vindplaats``).

    The sorted ids of own actors of lijn 0 that are ``naar`` of a ``werving``
    relation from an actor of known lijn 1 or 2, and ``naar`` of no
    ``ondersteuning``, ``financiering`` or ``ruimte`` from anyone.

    >>> rows = [("r1", "p", "a", "werving"), ("r2", "p", "b", "werving"), ("r3", "q", "b", "ruimte"),
    ...         ("r4", "c", "d", "werving"), ("r5", "u", "e", "werving")]
    >>> recruiting_grounds(rows, {"a", "b", "c", "d", "e"}, {"a": 0, "b": 0, "c": 0, "d": 0, "e": 0, "p": 1, "q": 2})
    ['a']
    """
    recruited, supported = set(), set()
    for _, van, naar, soort in relations:
        if soort == "werving" and lijn.get(van, 0) >= 1:
            recruited.add(naar)
        elif soort in RESOURCES:
            supported.add(naar)
    return sorted(a for a in recruited - supported if a in own and lijn.get(a) == 0)
