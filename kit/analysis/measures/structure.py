"""Density and connectedness of the network N."""

from __future__ import annotations

import networkx as nx


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
