"""Connectors (verbinders): the actors through whom the buurt's network hangs together.

Betweenness centrality says how many shortest paths between others run
through an actor (:attr:`Network.centrality
<kit.analysis.measures.network.Network.centrality>`); Burt's effective size
how many non-redundant contacts it has.  An actor high on both brokers
between groups that would otherwise not meet.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from .network import Network

#: How many connectors the figure ``verbinders`` lists at most.
CONNECTORS = 5
#: Betweenness values closer than this are ties, ordered by actor id.
TIE = 1e-12


def connectors(net: Network, limit: int = CONNECTORS) -> list[dict[str, Any]]:
    """The (at most) ``limit`` actors with the highest betweenness above 0, each with its effective size.

    Values closer than :data:`TIE` count as equal and are ordered by id, so
    the list does not depend on the order of the rows.  Each entry is
    ``{"actor", "betweenness", "effectieve_omvang"}``, the last
    :func:`effective_size`.

    >>> connectors(Network.from_edges(range(4), [(0, 1), (0, 2), (0, 3)]))
    [{'actor': 0, 'betweenness': 1.0, 'effectieve_omvang': 3.0}]

    References
    ----------
    Burt, R. S. (1992). *Structural Holes: The Social Structure of Competition.* Harvard University Press.
    """
    top = highest(net.centrality, limit)
    return [
        {"actor": actor, "betweenness": value, "effectieve_omvang": effective_size(net, actor)}
        for actor, value in zip(net.ids[top].tolist(), net.centrality[top].tolist(), strict=True)
    ]


def highest(values: np.ndarray, limit: int = CONNECTORS) -> np.ndarray:
    """The positions of the (at most) ``limit`` highest ``values`` above 0, highest first.

    ``values`` are in the order of the actors' ids.  Sorted from high to
    low, values fall into groups where each is within :data:`TIE` of the one
    before; within a group actors follow their ids.

    >>> highest(np.array([0.5 + 1e-13, 0.5, 0.25, 0.0]), 2).tolist()  # actors a, b, c, d
    [0, 1]
    >>> highest(np.array([0.5, 0.5 + 1e-11, 0.25, 0.0])).tolist()
    [1, 0, 2]
    """
    positive = np.flatnonzero(values > 0)
    order = positive[np.argsort(-values[positive], kind="stable")]  # high to low; equal values in id order
    descending = values[order]
    group = np.cumsum(np.r_[True, descending[:-1] - descending[1:] >= TIE][: len(order)])
    return order[np.lexsort((order, group))][:limit]  # by group, then by id


def effective_size(net: Network, node: Any) -> float:
    """Burt's effective size of ``node``: its n contacts minus their redundancy, n − 2t/n (t the ties among them).

    Borgatti's (1997) form for undirected graphs without weights, as
    ``nx.effective_size`` computes it there (the tests check they are
    equal).  NaN for an actor without ties.

    >>> effective_size(Network.from_edges("vabc", [("v", "a"), ("v", "b"), ("v", "c"), ("a", "b")]), "v")
    2.3333333333333335

    References
    ----------
    Borgatti, S. P. (1997). Structural holes: unpacking Burt's redundancy measures. *Connections* 20(1), 35–38.
    """
    at = net.among_tied[net.index[node]]
    if at < 0:
        return float("nan")
    adjacency = net.adjacency
    contacts = np.flatnonzero(adjacency[at])
    ties = int(adjacency[np.ix_(contacts, contacts)].sum()) / 2
    return len(contacts) - 2 * ties / len(contacts)
