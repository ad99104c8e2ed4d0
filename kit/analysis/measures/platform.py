"""The buurtplatform's place in the network: reach and backbone.

Its brokerage, ``platform_betweenness``, is its value of
:attr:`Network.betweenness <kit.analysis.measures.network.Network.betweenness>`,
computed for every actor at once because the figure ``verbinders`` needs
them all.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from .network import Network


def reach(net: Network, node: Any, radius: int = 2) -> float | None:
    """Share of the other actors within ``radius`` steps of ``node``.

    How far the platform's word carries: directly or through one intermediary.
    ``None`` when ``node`` is the only actor.

    >>> reach(Network.from_edges(range(5), [(0, 1), (1, 2), (2, 3), (3, 4)]), 0)
    0.5
    """
    others = net.n - 1
    if others == 0:
        return None
    at = net.among_tied[net.index[node]]
    if at < 0:
        return 0.0
    distances = net.paths[0][at]
    return (int(((distances >= 0) & (distances <= radius)).sum()) - 1) / others


def backbone(net: Network, node: Any, committees: Iterable[Any]) -> float | None:
    """Share of the residents' committees (``committees``, actors of ``net``) tied directly to ``node``.

    Bewonerscommissies, VvE's and huurdersverenigingen are the backbone a
    platform stands on; a platform without ties to them speaks for few.
    ``None`` when there are no committees.

    >>> backbone(Network.from_edges(["p", "a", "b"], [("p", "a")]), "p", ["a", "b"])
    0.5
    """
    committees = list(committees)
    if not committees:
        return None
    at = net.among_tied[net.index[node]]
    if at < 0:
        return 0 / len(committees)
    row = net.adjacency[at]
    tied = sum(1 for c in committees if (position := net.among_tied[net.index[c]]) >= 0 and row[position] > 0)
    return tied / len(committees)
