"""Connectors (verbinders): the actors through whom the buurt's network hangs together.

Betweenness centrality says how many shortest paths between others run
through an actor; Burt's effective size how many non-redundant contacts it
has.  An actor high on both brokers between groups that would otherwise not
meet.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import networkx as nx
import numpy as np

from .structure import shortest_paths

#: How many connectors the figure ``verbinders`` lists at most.
CONNECTORS = 5
#: Betweenness values closer than this are ties, ordered by actor id.
TIE = 1e-12


def betweenness(graph: nx.Graph) -> dict[str, Any]:
    """Normalised betweenness centrality of every node, exactly as ``nx.betweenness_centrality`` defines it.

    The share of the shortest paths between pairs of other actors that run
    through a node, normalised for undirected graphs by 2/((n−1)(n−2)) (0
    when n ≤ 2).  The platform's value is ``platform_betweenness``.

    Computed as Brandes (2001) does, but for all sources at once with
    matrices: shortest-path counts σ level by level from the adjacency matrix
    (σ at distance L+1 is σ at distance L times the adjacency, on pairs not
    reached before), then the dependencies δ accumulated from the farthest
    level back, δ(s,v) = Σ over w one step further from s than v and tied to v
    of σ(s,v)/σ(s,w)·(1 + δ(s,w)).  Isolated nodes take no part.  About
    three times faster than networkx on the buurten's networks; the tests
    check it equals networkx's values on random graphs.  Nodes are taken in
    sorted order, so the result does not depend on the order of the rows.
    Callers that loop should run with one BLAS thread
    (:func:`kit.analysis.figures.single_blas_thread`): the matrices are small.

    >>> betweenness(nx.path_graph(3))
    {0: 0.0, 1: 1.0, 2: 0.0}

    References
    ----------
    Brandes, U. (2001). A faster algorithm for betweenness centrality.
    *Journal of Mathematical Sociology* 25(2), 163–177.
    """
    result = dict.fromkeys(graph, 0.0)
    n = graph.number_of_nodes()
    nodes = sorted(node for node, degree in graph.degree if degree > 0)
    if n <= 2 or len(nodes) <= 2:
        return result
    adjacency = _adjacency(graph, nodes)
    result.update(zip(nodes, betweenness_of(adjacency, shortest_paths(adjacency), n).tolist(), strict=True))
    return result


def betweenness_of(adjacency: np.ndarray, paths: tuple[np.ndarray, np.ndarray], n: int) -> np.ndarray:
    """:func:`betweenness` of the tied nodes of a graph of ``n`` nodes, from their 0/1 ``adjacency``.

    ``paths`` are the :func:`~kit.analysis.measures.structure.shortest_paths`
    of ``adjacency``; the nodes are those with at least one tie, in sorted
    order, and there are more than two of them.  The array sibling the panel
    uses: :func:`betweenness` is this function on the graph's adjacency.
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


def _adjacency(graph: nx.Graph, nodes: list[Any]) -> np.ndarray:
    """The 0/1 adjacency matrix of ``graph`` over ``nodes`` (``nx.to_numpy_array`` is several times slower)."""
    index = {node: i for i, node in enumerate(nodes)}
    ends = np.array([(index[a], index[b]) for a, b in graph.edges if a != b], dtype=np.intp).reshape(-1, 2)
    adjacency = np.zeros((len(nodes), len(nodes)))
    adjacency[ends[:, 0], ends[:, 1]] = adjacency[ends[:, 1], ends[:, 0]] = 1.0
    return adjacency


def connectors(graph: nx.Graph, centrality: dict[str, Any], limit: int = CONNECTORS) -> list[dict[str, Any]]:
    """The (at most) ``limit`` actors with the highest betweenness above 0, each with its effective size.

    ``centrality`` is :func:`betweenness` of ``graph``.  Values closer than
    :data:`TIE` count as equal and are ordered by id, so the list does not
    depend on the order of the rows.  Each entry is ``{"actor",
    "betweenness", "effectieve_omvang"}``, the last Burt's effective size
    (``nx.effective_size``): the number of the actor's contacts minus their
    redundancy (the ties among them).

    >>> star = nx.star_graph(3)
    >>> connectors(star, betweenness(star))
    [{'actor': 0, 'betweenness': 1.0, 'effectieve_omvang': 3.0}]

    References
    ----------
    Burt, R. S. (1992). *Structural Holes: The Social Structure of Competition.* Harvard University Press.
    """
    return ranked_connectors(centrality, lambda node: effective_size(graph, node), limit)


def ranked_connectors(
    centrality: dict[str, Any], effective: Callable[..., Any], limit: int = CONNECTORS
) -> list[dict[str, Any]]:
    """:func:`connectors` from the betweenness of every actor and a function giving an actor's effective size.

    The ranking without the graph, for the panel, which gives the effective
    size from the adjacency matrix (:func:`effective_size_of`).
    """
    ranked = sorted(((value, node) for node, value in centrality.items() if value > 0), key=lambda vn: -vn[0])
    groups: list[list[Any]] = []
    for value, node in ranked:
        if groups and groups[-1][-1][0] - value < TIE:
            groups[-1].append((value, node))
        else:
            groups.append([(value, node)])
    top = [node for group in groups for _, node in sorted(group, key=lambda vn: vn[1])][:limit]
    return [{"actor": node, "betweenness": centrality[node], "effectieve_omvang": effective(node)} for node in top]


def effective_size(graph: nx.Graph, node: str) -> float:
    """Burt's effective size of ``node``: its n contacts minus their redundancy, n − 2t/n (t the ties among them).

    Borgatti's (1997) form for undirected graphs without weights, as
    ``nx.effective_size`` computes it there (the tests check they are equal);
    that function tries to import scipy on every call, which costs some 50 ms
    where scipy is not installed, more than all other figures of a month.
    NaN for an isolated node.

    >>> effective_size(nx.Graph([("v", "a"), ("v", "b"), ("v", "c"), ("a", "b")]), "v")
    2.3333333333333335

    References
    ----------
    Borgatti, S. P. (1997). Structural holes: unpacking Burt's redundancy measures. *Connections* 20(1), 35–38.
    """
    contacts = set(graph[node]) - {node}
    if not contacts:
        return float("nan")
    ties = sum(1 for a in contacts for b in graph[a] if b in contacts and b != a) / 2
    return len(contacts) - 2 * ties / len(contacts)


def effective_size_of(adjacency: np.ndarray, node: int) -> float:
    """:func:`effective_size` of the node at position ``node`` of a 0/1 ``adjacency`` without self-loops.

    >>> effective_size_of(np.array([[0.0, 1, 1, 1], [1, 0, 1, 0], [1, 1, 0, 0], [1, 0, 0, 0]]), 0)
    2.3333333333333335
    """
    contacts = np.flatnonzero(adjacency[node])
    if not len(contacts):
        return float("nan")
    ties = int(adjacency[np.ix_(contacts, contacts)].sum()) / 2
    return len(contacts) - 2 * ties / len(contacts)
