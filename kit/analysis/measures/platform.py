"""The buurtplatform's place in the network: brokerage, reach and backbone."""

from __future__ import annotations

import networkx as nx
import numpy as np


def node_betweenness(graph: nx.Graph, node) -> float:
    """Normalised betweenness centrality of one node, exactly as networkx defines it.

    The share of shortest paths between other actors that run through
    ``node``: a platform with high betweenness brokers between parts of the
    buurt that would otherwise not meet.  Normalised for undirected graphs by
    2/((n−1)(n−2)) (0 when n ≤ 2), as ``nx.betweenness_centrality``.

    Why not call ``nx.betweenness_centrality``: it computes every node's
    value with one Brandes pass per node, where the figures need only the
    platform's.  Here the identity σ_st(v) = σ_sv·σ_vt when d(s,v)+d(v,t) =
    d(s,t) is evaluated on path counts σ taken from powers of the adjacency
    matrix (walks of length d(s,t) from s to t are exactly the shortest paths),
    which is about twenty times faster; the tests check it equals networkx's
    value on random graphs.  The matrices are small: callers that loop
    should run with one BLAS thread (:func:`kit.analysis.figures.single_blas_thread`),
    or BLAS's idle threads spin and slow everything else down (measured: 6×
    on the panel).

    >>> node_betweenness(nx.path_graph(3), 1)
    1.0
    """
    n = graph.number_of_nodes()
    if n <= 2:
        return 0.0
    nodes = list(graph)
    v = nodes.index(node)
    adjacency = nx.to_numpy_array(graph, nodelist=nodes, dtype=float, weight=None)
    distance, paths = _path_counts(adjacency)
    dv = distance[v]
    on_path = np.isfinite(dv)[:, None] & np.isfinite(dv)[None, :] & (dv[:, None] + dv[None, :] == distance)
    on_path[v, :] = on_path[:, v] = False
    np.fill_diagonal(on_path, False)
    through = np.outer(paths[v], paths[v])
    ordered_pairs = np.divide(through, paths, out=np.zeros_like(paths), where=on_path).sum()
    return float(ordered_pairs / ((n - 1) * (n - 2)))


def _path_counts(adjacency: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Distances and numbers of shortest paths between all pairs, from adjacency powers."""
    n = len(adjacency)
    distance = np.full((n, n), np.inf)
    np.fill_diagonal(distance, 0)
    paths = np.eye(n)
    walks = np.eye(n)
    for length in range(1, n):
        walks = walks @ adjacency
        reached = (walks > 0) & np.isinf(distance)
        if not reached.any():
            break
        distance[reached] = length
        paths[reached] = walks[reached]
    return distance, paths


def reach(graph: nx.Graph, node, radius: int = 2) -> float | None:
    """Share of the other actors within ``radius`` steps of ``node``.

    How far the platform's word carries: directly or through one intermediary.
    ``None`` when ``node`` is the only actor.

    >>> reach(nx.path_graph(5), 0)
    0.5
    """
    others = graph.number_of_nodes() - 1
    if others == 0:
        return None
    near = nx.single_source_shortest_path_length(graph, node, cutoff=radius)
    return (len(near) - 1) / others


def backbone(graph: nx.Graph, node, committees) -> float | None:
    """Share of the residents' committees (``committees``) tied directly to ``node``.

    Bewonerscommissies, VvE's and huurdersverenigingen are the backbone a
    platform stands on; a platform without ties to them speaks for few.
    ``None`` when there are no committees.

    >>> backbone(nx.Graph([("p", "a")]), "p", ["a", "b"])
    0.5
    """
    committees = list(committees)
    if not committees:
        return None
    tied = sum(1 for c in committees if graph.has_edge(node, c))
    return tied / len(committees)
