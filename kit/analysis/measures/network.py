"""The network N of a month as arrays, and what several measures of it share: shortest paths and betweenness.

:class:`Network` holds N as its actors (sorted ids) and its edges (pairs of
positions).  The measures of :mod:`.structure`, :mod:`.platform`,
:mod:`.connectors` and :mod:`.mixing` take it; what more than one of them
needs — the adjacency of the tied actors, the distances and numbers of
shortest paths between them, every actor's betweenness — is computed once
per network, when first asked.  The figures keep a buurt's networks by their
edges, so that a month whose network equals an earlier month's reuses its
paths and betweenness (:mod:`kit.analysis.array_figures`).

``Network.from_edges`` makes one from a few named edges, for examples
computed by hand; ``tests/reference/figures.py`` holds the same measures
written with networkx, and the tests hold both equal.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property
from typing import Any

import numpy as np


@dataclass(frozen=True, eq=False)
class Network:
    """An undirected simple graph: actors ``ids`` (sorted) and the edges between positions ``low`` < ``high``.

    Every edge appears once.  An actor without edges is a node too.

    Attributes
    ----------
    ids : numpy.ndarray
        The actors' ids, sorted: positions 0 … n − 1.
    low, high : numpy.ndarray
        The positions of each edge's ends, ``low < high``.

    Examples
    --------
    >>> net = Network.from_edges(["a", "b", "c", "d"], [("a", "b"), ("c", "b")])
    >>> net.n, len(net.low), net.tied.tolist()
    (4, 2, [0, 1, 2])
    """

    ids: np.ndarray
    low: np.ndarray
    high: np.ndarray

    @classmethod
    def from_edges(cls, nodes: Iterable[Any], edges: Iterable[tuple[Any, Any]]) -> Network:
        """The network of ``nodes`` with ``edges`` between them (pairs of ids; loops and repeats are dropped)."""
        ids = np.array(sorted(set(nodes)), dtype=object)
        index = {actor: i for i, actor in enumerate(ids.tolist())}
        pairs = sorted({(min(index[a], index[b]), max(index[a], index[b])) for a, b in edges if a != b})
        ends = np.array(pairs, dtype=np.intp).reshape(-1, 2)
        return cls(ids, ends[:, 0], ends[:, 1])

    @property
    def n(self) -> int:
        """The number of actors."""
        return len(self.ids)

    @property
    def edges(self) -> int:
        """The number of edges."""
        return len(self.low)

    @cached_property
    def index(self) -> dict[Any, int]:
        """Actor id → position."""
        return {actor: i for i, actor in enumerate(self.ids.tolist())}

    @cached_property
    def tied(self) -> np.ndarray:
        """The positions of the actors with at least one edge, in order."""
        touched = np.zeros(self.n, dtype=bool)
        touched[self.low] = touched[self.high] = True
        return np.flatnonzero(touched)

    @cached_property
    def among_tied(self) -> np.ndarray:
        """Each actor's position among :attr:`tied`, −1 for an actor without edges."""
        position = np.full(self.n, -1)
        position[self.tied] = np.arange(len(self.tied))
        return position

    @cached_property
    def adjacency(self) -> np.ndarray:
        """The 0/1 adjacency matrix of the tied actors (in the order of :attr:`tied`)."""
        k = len(self.tied)
        adjacency = np.zeros((k, k))
        low, high = self.among_tied[self.low], self.among_tied[self.high]
        adjacency[low, high] = adjacency[high, low] = 1.0
        return adjacency

    @cached_property
    def paths(self) -> tuple[np.ndarray, np.ndarray]:
        """:func:`shortest_paths` between the tied actors: distances and numbers of shortest paths."""
        return shortest_paths(self.adjacency)

    @cached_property
    def component_sizes(self) -> list[int]:
        """The sizes of the connected components: those of the tied actors, then a 1 for each actor without edges.

        >>> Network.from_edges(range(5), [(0, 1), (2, 3), (3, 4)]).component_sizes
        [2, 3]
        """
        distance = self.paths[0]
        first_reached = (distance >= 0).argmax(axis=1) if len(distance) else np.zeros(0, dtype=np.intp)
        sizes = np.bincount(first_reached, minlength=len(distance))
        return sizes[sizes > 0].tolist() + [1] * (self.n - len(self.tied))

    @cached_property
    def centrality(self) -> np.ndarray:
        """Every actor's normalised betweenness centrality, as ``nx.betweenness_centrality`` defines it, in the
        order of :attr:`ids`.

        The share of the shortest paths between pairs of other actors that
        run through an actor, normalised for undirected graphs by
        2/((n−1)(n−2)) (0 when n ≤ 2).  Actors without edges have 0.
        Computed by :func:`betweenness_of` from :attr:`paths`.

        >>> Network.from_edges(range(3), [(0, 1), (1, 2)]).centrality.tolist()
        [0.0, 1.0, 0.0]
        """
        values = np.zeros(self.n)
        if self.n > 2 and len(self.tied) > 2:
            values[self.tied] = betweenness_of(self.adjacency, self.paths, self.n)
        return values

    @cached_property
    def betweenness(self) -> dict[Any, float]:
        """Actor id → :attr:`centrality`.

        >>> Network.from_edges(range(3), [(0, 1), (1, 2)]).betweenness
        {0: 0.0, 1: 1.0, 2: 0.0}
        """
        return dict(zip(self.ids.tolist(), self.centrality.tolist(), strict=True))


#: Path counts below this are whole numbers in float32: counted in single precision, exactly, twice as fast.
_EXACT_SINGLE = 2**24


def shortest_paths(adjacency: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Distances and numbers of shortest paths between all pairs of nodes of a 0/1 ``adjacency``, breadth first.

    Level by level: ``frontier`` holds the path counts of the pairs at the
    current distance, and one step along the adjacency gives the counts at
    the next distance for the pairs not reached before.  Only shortest paths
    are ever counted, so the counts are whole numbers, and exact: they are
    summed in single precision while every count stays below
    :data:`_EXACT_SINGLE`, and in double precision from the step that would
    reach it.  A pair's distance is the number of levels it stayed
    unreached.  Returns the distances as integers, −1 between nodes without
    a path, and the path counts as floats, 0 without a path.

    >>> distance, paths = shortest_paths(np.array([[0.0, 1, 1, 0], [1, 0, 0, 1], [1, 0, 0, 1], [0, 1, 1, 0]]))
    >>> distance[0].tolist(), paths[0].tolist()
    ([0, 1, 1, 2], [1.0, 1.0, 1.0, 2.0])
    """
    n = len(adjacency)
    unreached = ~np.eye(n, dtype=bool)
    distance = np.zeros((n, n), dtype=np.int16 if n < 2**15 else np.int32)
    paths = np.eye(n, dtype=np.float32)
    frontier, step_by = paths.copy(), adjacency.astype(np.float32)
    reached = np.empty((n, n), dtype=bool)
    for _ in range(1, n):
        distance += unreached
        step = frontier @ step_by
        if step.dtype == np.float32 and step.max(initial=0) >= _EXACT_SINGLE:
            step_by, paths = adjacency, paths.astype(np.float64)
            step = frontier.astype(np.float64) @ step_by
        np.greater(step, 0, out=reached)
        reached &= unreached
        if not reached.any():
            break
        unreached ^= reached
        step *= reached
        paths += step
        frontier = step
    distance[unreached] = -1
    return distance, paths.astype(np.float64, copy=False)


def betweenness_of(adjacency: np.ndarray, paths: tuple[np.ndarray, np.ndarray], n: int) -> np.ndarray:
    """The normalised betweenness of the tied nodes of a graph of ``n`` nodes, from their 0/1 ``adjacency``.

    ``paths`` are the :func:`shortest_paths` of ``adjacency``; there are
    more than two tied nodes.  Computed as Brandes (2001) does, but for all
    sources at once with matrices: the dependencies δ accumulated from the
    farthest level back, δ(s,v) = Σ over w one step further from s than v
    and tied to v of σ(s,v)/σ(s,w)·(1 + δ(s,w)).  Callers that loop should
    run with one BLAS thread (:func:`kit.analysis.figures.single_blas_thread`):
    the matrices are small.

    References
    ----------
    Brandes, U. (2001). A faster algorithm for betweenness centrality.
    *Journal of Mathematical Sociology* 25(2), 163–177.
    """
    distance, counts = paths
    k = len(adjacency)
    levels = distance.ravel()
    # the pairs at each distance, as flat positions: at[bounds[d] : bounds[d + 1]] lie d apart
    at = np.argsort(levels, kind="stable")
    bounds = np.searchsorted(levels[at], np.arange(levels.max() + 2))
    counts = counts.ravel()
    inverse = np.divide(1.0, counts, out=np.zeros_like(counts), where=counts > 0)
    dependency = np.zeros(k * k)
    for level in range(levels.max(), 1, -1):
        far, near = at[bounds[level] : bounds[level + 1]], at[bounds[level - 1] : bounds[level]]
        weight = np.zeros(k * k)
        weight[far] = (1.0 + dependency[far]) * inverse[far]
        dependency[near] += counts[near] * (weight.reshape(k, k) @ adjacency).ravel()[near]
    return dependency.reshape(k, k).sum(axis=0) / ((n - 1) * (n - 2))
