"""How much the network changed since last month."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import numpy as np


def edge_set(edges: Iterable[tuple[Any, ...]]) -> frozenset[frozenset[Any]]:
    """Edges as a set of unordered pairs, comparable across months."""
    return frozenset(frozenset(e) for e in edges)


def turnover(previous: frozenset[Any], current: frozenset[Any]) -> float | None:
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


def turnover_of(previous: np.ndarray, current: np.ndarray) -> float | None:
    """:func:`turnover` of two edge sets given as sorted arrays of distinct codes, one per unordered pair.

    >>> turnover_of(np.array([1, 2]), np.array([1, 3]))
    0.6666666666666667
    """
    union = len(np.union1d(previous, current))
    if not union:
        return None
    return 1 - len(np.intersect1d(previous, current, assume_unique=True)) / union
