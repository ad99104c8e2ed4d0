"""The buurtplatform's place in the network: reach and backbone.

Its brokerage, ``platform_betweenness``, is its value of
:func:`kit.analysis.measures.connectors.betweenness`, computed for every
actor at once because the figure ``verbinders`` needs them all.
"""

from __future__ import annotations

import networkx as nx


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
