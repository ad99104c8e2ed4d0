"""How much the network changed since last month."""

from __future__ import annotations

import numpy as np


def turnover(previous: np.ndarray, current: np.ndarray) -> float | None:
    """1 − |E₁ ∩ E₂| / |E₁ ∪ E₂|: the share of ties that came or went (Jaccard distance).

    The edge sets of two months are given as sorted arrays of distinct
    codes, one per unordered pair of actors, numbered alike in both months
    (a buurt's actors in id order: ``low · actors + high``).  0 is a stable
    network, 1 a completely new one.  ``None`` when both months have no ties.

    >>> turnover(np.array([1, 2]), np.array([1, 3]))
    0.6666666666666667
    """
    union = len(np.union1d(previous, current))
    if not union:
        return None
    return 1 - len(np.intersect1d(previous, current, assume_unique=True)) / union
