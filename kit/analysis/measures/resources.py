"""Resources: money, support and places that reach the residents' own networks, and where they do not.

Relations of ``soort`` ``ondersteuning``, ``financiering`` and ``ruimte``
bring something to their ``naar``; ``werving`` takes people from it.  All
functions take the snapshot's active relations as parallel sequences
``(id, van, naar, soort)`` and a mapping ``lijn`` of the actors whose
``lijn`` is known: an actor of unknown ``lijn`` takes part in no figure
about lijnen.  What an institution gives to a structure set up from the top
down (``herkomst`` ``bovenaf``), or to a rival of the platform, is no
resource for residents but support beside the platform (version 3,
:func:`support_beside`).
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd

from kit.data.months import month_bounds

if TYPE_CHECKING:
    from kit.analysis.snapshot import Snapshot

#: Relations that bring resources to their ``naar``.
RESOURCES = ("ondersteuning", "financiering", "ruimte")
#: How many months ahead an ending resource counts as about to end.
ENDING_MONTHS = 3


def resources(
    relations: Iterable[tuple[Any, ...]],
    own: Collection[Any],
    lijn: Mapping[Any, Any],
    top_down: Collection[Any],
) -> list[str]:
    """Ids of the resource relations whose ``naar`` is an own actor of ``lijn`` 0 not set up from the top down (the
    figure ``middelen`` counts them).

    ``relations`` are ``(id, van, naar, soort)``; ``own`` the buurt's own actors; ``top_down`` the actors whose
    ``herkomst`` is ``bovenaf``: what an institution gives them is support beside the platform
    (:func:`support_beside`), not a resource for residents.

    >>> resources([("r1", "x", "a", "ruimte"), ("r2", "x", "p", "financiering"), ("r3", "x", "a", "werving"),
    ...            ("r4", "x", "n", "financiering")], {"a", "p", "n"}, {"a": 0, "p": 1, "n": 0}, {"n"})
    ['r1']
    """
    return [
        rid
        for rid, _, naar, soort in relations
        if soort in RESOURCES and naar in own and lijn.get(naar) == 0 and naar not in top_down
    ]


def support_beside(
    relations: Iterable[tuple[Any, ...]],
    own: Collection[Any],
    lijn: Mapping[Any, Any],
    platform: Any,
    top_down: Collection[Any],
    rivals: Collection[Any],
) -> list[str]:
    """Sorted ids of the resource relations from an actor of known ``lijn`` 1 or 2 to an own actor other than the
    ``platform`` that was set up from the top down (``top_down``) or duplicates a function of the platform
    (``rivals``, its partners in ``dubbele_functies``): the figure ``middelen_naast``.

    Support given beside the platform: an institution that funds a structure it set up next to the residents'
    own, or a rival of the platform, strengthens what competes with the platform rather than the residents.

    >>> rows = [("r1", "s", "n", "financiering"), ("r2", "s", "w", "ondersteuning"), ("r3", "s", "p", "ruimte"),
    ...         ("r4", "u", "n", "ruimte"), ("r5", "s", "a", "financiering"), ("r6", "s", "n", "werving")]
    >>> support_beside(rows, {"n", "w", "p", "a"}, {"s": 2, "n": 0, "w": 1, "p": 0, "a": 0}, "p", {"n"}, {"w"})
    ['r1', 'r2']
    """
    beside = (set(top_down) | set(rivals)) - {platform}
    return sorted(
        rid
        for rid, van, naar, soort in relations
        if soort in RESOURCES and naar in own and naar in beside and lijn.get(van, 0) >= 1
    )


def snapshot_resources(snap: Snapshot) -> list[str]:
    """The ids :func:`resources` gives for a snapshot's frames: what the figure ``middelen`` counts in its month.

    For the code that lists the relations a figure counts (a report's section, the synthesis over a period).
    """
    actors, relations, own = snap.actoren, snap.relaties, snap.own_actors
    lijn = {a: int(level) for a, level in zip(actors.index, actors["lijn"], strict=True) if not pd.isna(level)}
    return resources(
        zip(relations["id"], relations["van"], relations["naar"], relations["soort"], strict=True),
        set(own.index),
        lijn,
        set(own.index[own["herkomst"] == "bovenaf"]),
    )


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
