"""Working together on activities, or side by side."""

from __future__ import annotations

import bisect
from typing import Any

import numpy as np

from ..columns import Table, column

#: Two activities of one kind at most this many days apart could have been one.
FRAGMENT_DAYS = 14


def bundling(organisers: list[tuple[Any, ...]]) -> float | None:
    """Share of activities with two or more organisers; ``None`` when there are none.

    >>> bundling([("a",), ("a", "b")])
    0.5
    """
    if not organisers:
        return None
    return sum(1 for o in organisers if len(o) >= 2) / len(organisers)


def fragmented(activities: Table, days: int = FRAGMENT_DAYS) -> list[list[str]]:
    """Groups of activities that could have been one.

    Within one ``soort``, two activities are linked when their dates are at
    most ``days`` apart and their organisers share no actor; every connected
    group of two or more is returned as a sorted list of ids, the groups
    sorted by their first id.  Two residents' meetings a week apart by
    different organisers split the buurt's attendance and energy.

    The groups are found without listing the links (a busy month can have
    millions): a search from each activity asks :class:`_Ungrouped` for the
    activities not yet grouped that lie within ``days`` and share no organiser.
    """
    ids = column(activities, "id", object).tolist()
    day = column(activities, "datum", "datetime64[ns]").astype("datetime64[D]").astype(np.int64).tolist()
    organisers = [frozenset(o) for o in column(activities, "organisatoren", object)]
    kinds: dict[str, list[int]] = {}
    for row, kind in enumerate(column(activities, "soort", object).tolist()):
        kinds.setdefault(kind, []).append(row)
    groups = []
    for rows in kinds.values():
        rows.sort(key=day.__getitem__)
        for group in _linked_groups([day[r] for r in rows], [organisers[r] for r in rows], days):
            if len(group) >= 2:
                groups.append(sorted(ids[rows[position]] for position in group))
    return sorted(groups)


def _linked_groups(days: list[int], organisers: list[frozenset[Any]], window: int) -> list[list[int]]:
    """Connected groups of positions in ``days`` (sorted) linked within ``window`` days without shared organisers."""
    ungrouped = _Ungrouped(organisers)
    groups = []
    for start in range(len(days)):
        if not ungrouped.holds(start):
            continue
        ungrouped.remove(start)
        group, queue = [start], [start]
        while queue:
            position = queue.pop()
            low = bisect.bisect_left(days, days[position] - window)
            high = bisect.bisect_right(days, days[position] + window)
            found = ungrouped.partners(low, high, organisers[position])
            for other in found:
                ungrouped.remove(other)
            group += found
            queue += found
        groups.append(group)
    return groups


class _Ungrouped:
    """The activities of one kind not yet in a group, by position in day order.

    A binary tree over the positions in which every node keeps the organisers
    shared by *all* ungrouped activities below it (``None`` when none is left).
    A subtree whose shared organisers meet a searcher's holds no partner for
    it and is skipped whole, so that a day of 20,000 activities by one
    organiser costs a few steps per search, not 20,000; and a day of 20,000
    by different organisers costs a few steps per partner found.  (Where
    every activity below a node meets the searcher through a different
    organiser, the search still walks down to them.)
    """

    def __init__(self, organisers: list[frozenset[Any]]):
        self.size = 1 << max(0, len(organisers) - 1).bit_length()
        self.shared: list[frozenset[Any] | None] = [None] * (2 * self.size)
        self.shared[self.size : self.size + len(organisers)] = organisers
        for node in range(self.size - 1, 0, -1):
            self.shared[node] = _common(self.shared[2 * node], self.shared[2 * node + 1])

    def holds(self, position: int) -> bool:
        return self.shared[self.size + position] is not None

    def remove(self, position: int) -> None:
        node = self.size + position
        self.shared[node] = None
        while node > 1:
            node //= 2
            self.shared[node] = _common(self.shared[2 * node], self.shared[2 * node + 1])

    def partners(self, low: int, high: int, organisers: frozenset[Any]) -> list[int]:
        """Positions in ``low`` … ``high - 1`` of ungrouped activities that share none of ``organisers``."""
        found = []
        stack = [(1, 0, self.size)]
        while stack:
            node, start, end = stack.pop()
            shared = self.shared[node]
            if end <= low or high <= start or shared is None or not shared.isdisjoint(organisers):
                continue
            if end - start == 1:
                found.append(start)
            else:
                middle = (start + end) // 2
                stack += [(2 * node + 1, middle, end), (2 * node, start, middle)]
        return found


def _common(left: frozenset[Any] | None, right: frozenset[Any] | None) -> frozenset[Any] | None:
    """The organisers shared by two subtrees; ``None`` stands for an empty subtree."""
    if left is None:
        return right
    if right is None:
        return left
    return left & right
