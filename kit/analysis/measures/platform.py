"""The buurtplatform's place in the network: reach and backbone.

Its brokerage, ``platform_betweenness``, is its value of
:func:`kit.analysis.measures.connectors.betweenness`, computed for every
actor at once because the figure ``verbinders`` needs them all.  The
panel uses the siblings on arrays, :func:`reach_of` and :func:`backbone_of`.
"""

from __future__ import annotations

from collections.abc import Iterable

import networkx as nx
import numpy as np


def reach(graph: nx.Graph, node: str, radius: int = 2) -> float | None:
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


def reach_of(distances: np.ndarray | None, n: int, radius: int = 2) -> float | None:
    """:func:`reach` from the node's distances to the tied nodes in a graph of ``n`` nodes.

    ``distances`` is the node's row of
    :func:`~kit.analysis.measures.structure.shortest_paths` (−1 where there
    is no path), ``None`` for a node without ties.

    >>> reach_of(np.array([0, 1, 2, 3, 4, -1]), 6), reach_of(None, 3), reach_of(None, 1)
    (0.4, 0.0, None)
    """
    others = n - 1
    if others == 0:
        return None
    near = 1 if distances is None else int(((distances >= 0) & (distances <= radius)).sum())
    return (near - 1) / others


def backbone(graph: nx.Graph, node: str, committees: Iterable[str]) -> float | None:
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


def backbone_of(tied: np.ndarray) -> float | None:
    """:func:`backbone` from whether each committee is tied to the node (``tied``, one boolean per committee).

    >>> backbone_of(np.array([True, False])), backbone_of(np.array([], dtype=bool))
    (0.5, None)
    """
    if not len(tied):
        return None
    return int(tied.sum()) / len(tied)
