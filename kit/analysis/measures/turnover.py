"""How much the network changed since last month."""

from __future__ import annotations

from collections.abc import Iterable


def edge_set(edges: Iterable[tuple]) -> frozenset[frozenset]:
    """Edges as a set of unordered pairs, comparable across months."""
    return frozenset(frozenset(e) for e in edges)


def turnover(previous: frozenset, current: frozenset) -> float | None:
    """1 − |E₁ ∩ E₂| / |E₁ ∪ E₂|: the share of ties that came or went (Jaccard distance).

    0 is a stable network, 1 a completely new one.  ``None`` when both
    months have no ties.

    >>> turnover(edge_set([(1, 2), (2, 3)]), edge_set([(2, 1), (3, 4)]))
    0.6666666666666667
    """
    union = previous | current
    if not union:
        return None
    return 1 - len(previous & current) / len(union)
