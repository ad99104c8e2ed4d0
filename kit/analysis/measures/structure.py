"""Density and connectedness of the network N.

Each measure takes the month's :class:`~kit.analysis.measures.network.Network`;
the components come from its shortest paths, which betweenness and reach
share.
"""

from __future__ import annotations

from .network import Network


def density(net: Network) -> float | int | None:
    """Share of the possible ties that exist: 2·edges / (n·(n−1)), computed as ``nx.density`` does.

    A dense buurt network means most actors know each other directly; a sparse
    one leans on a few connectors.  ``None`` when n < 2 (no tie is possible);
    0 (an int, as networkx gives it) without edges.

    >>> density(Network.from_edges(range(3), [(0, 1), (1, 2)])), density(Network.from_edges(range(3), []))
    (0.6666666666666666, 0)
    """
    if net.n < 2:
        return None
    if net.edges == 0:
        return 0
    return net.edges / (net.n * (net.n - 1)) * 2


def components(net: Network) -> int:
    """Number of connected components: groups of actors with no path between them (an actor alone is one).

    >>> components(Network.from_edges(range(5), [(0, 1), (2, 3)]))
    3
    """
    return len(net.component_sizes)


def largest_component_share(net: Network) -> float | None:
    """Share of the actors in the largest connected component; ``None`` for an empty network.

    1.0 means everybody can reach everybody through the network; a low share
    means the buurt falls apart into islands.

    >>> largest_component_share(Network.from_edges(range(1, 6), [(1, 2), (3, 4), (4, 5)]))
    0.6
    """
    if net.n == 0:
        return None
    return max(net.component_sizes) / net.n
