"""Density and connectedness of the network N, and the shortest paths between its actors.

Each measure takes the ``nx.Graph`` of a snapshot; the panel, which computes
them for every buurt and month, uses the siblings that take the graph as
arrays (:func:`density_of`, :func:`component_sizes`) and the distances of
:func:`shortest_paths`, which betweenness and reach share.
"""

from __future__ import annotations

import networkx as nx
import numpy as np


def density(graph: nx.Graph) -> float | None:
    """Share of the possible ties that exist: 2·edges / (n·(n−1)).

    A dense buurt network means most actors know each other directly; a sparse
    one leans on a few connectors.  ``None`` when n < 2 (no tie is possible).

    >>> density(nx.path_graph(3))
    0.6666666666666666
    """
    if graph.number_of_nodes() < 2:
        return None
    return nx.density(graph)


def density_of(nodes: int, edges: int) -> float | int | None:
    """:func:`density` of a graph of ``nodes`` nodes and ``edges`` edges, computed as ``nx.density`` does.

    Also its 0 (an int) for a graph without edges, so that both give the same number in the same type.

    >>> density_of(3, 2), density_of(3, 0), density_of(1, 0)
    (0.6666666666666666, 0, None)
    """
    if nodes < 2:
        return None
    if edges == 0:
        return 0
    return edges / (nodes * (nodes - 1)) * 2


def components(graph: nx.Graph) -> int:
    """Number of connected components: groups of actors with no path between them."""
    return nx.number_connected_components(graph)


def largest_component_share(graph: nx.Graph) -> float | None:
    """Share of the actors in the largest connected component; ``None`` for an empty graph.

    1.0 means everybody can reach everybody through the network; a low share
    means the buurt falls apart into islands.

    >>> largest_component_share(nx.Graph([(1, 2), (3, 4), (4, 5)]))
    0.6
    """
    n = graph.number_of_nodes()
    if n == 0:
        return None
    return max(len(c) for c in nx.connected_components(graph)) / n


def component_sizes(distance: np.ndarray, isolated: int) -> list[int]:
    """Sizes of the connected components of a graph, from the :func:`shortest_paths` of its tied nodes.

    ``distance`` holds the distances between the nodes with at least one
    tie (−1 between components); ``isolated`` counts the nodes without, each
    a component of its own.  :func:`components` is the length of the list,
    :func:`largest_component_share` its maximum over the number of nodes.

    >>> distance, _ = shortest_paths(np.array([[0.0, 1], [1, 0]]))
    >>> component_sizes(distance, isolated=1)
    [2, 1]
    """
    first_reached = (distance >= 0).argmax(axis=1) if len(distance) else np.zeros(0, dtype=np.intp)
    sizes = np.bincount(first_reached, minlength=len(distance))
    return sizes[sizes > 0].tolist() + [1] * isolated


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
    reach it.  Returns the distances as integers, −1 between nodes without a
    path, and the path counts as floats, 0 without a path.

    >>> distance, paths = shortest_paths(np.array([[0.0, 1, 1, 0], [1, 0, 0, 1], [1, 0, 0, 1], [0, 1, 1, 0]]))
    >>> distance[0].tolist(), paths[0].tolist()
    ([0, 1, 1, 2], [1.0, 1.0, 1.0, 2.0])
    """
    n = len(adjacency)
    distance = np.full((n, n), -1, dtype=np.int16 if n < 2**15 else np.int32)
    np.fill_diagonal(distance, 0)
    unreached = distance < 0
    paths = np.eye(n)
    frontier = np.eye(n, dtype=np.float32)
    single = adjacency.astype(np.float32)
    for length in range(1, n):
        step = frontier @ (single if frontier.dtype == np.float32 else adjacency)
        if step.dtype == np.float32 and step.max(initial=0) >= _EXACT_SINGLE:
            frontier = frontier.astype(np.float64)
            step = frontier @ adjacency
        reached = (step > 0) & unreached
        if not reached.any():
            break
        distance[reached] = length
        unreached &= ~reached
        frontier = np.where(reached, step, step.dtype.type(0))
        paths += frontier
    return distance, paths
