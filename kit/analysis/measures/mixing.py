"""Ties across the line between residents' own networks and professionals."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

import networkx as nx


def ei_index(graph: nx.Graph, group: Mapping) -> float | None:
    """Krackhardt's E-I index: (E − I)/(E + I) over the edges of ``graph``.

    E counts edges between two nodes of different ``group``, I edges within
    one group.  −1: the groups live apart; +1: every tie crosses.  For the
    proeftuin the groups are ``lijn`` 0 (residents' own networks) against
    ``lijn`` 1 and 2 (professionals).  ``None`` for a graph without edges.

    References
    ----------
    Krackhardt, D. & Stern, R. N. (1988). Informal networks and organizational
    crises: an experimental simulation. *Social Psychology Quarterly* 51(2), 123–140.

    >>> ei_index(nx.path_graph(3), {0: "a", 1: "a", 2: "b"})
    0.0
    """
    if graph.number_of_edges() == 0:
        return None
    external = sum(1 for a, b in graph.edges if group[a] != group[b])
    internal = graph.number_of_edges() - external
    return (external - internal) / (external + internal)


def one_way_share(flows: Iterable[tuple], resident: Mapping) -> float | None:
    """Share of resident–professional pairs where information only flows to the professional.

    ``flows`` are the ``(van, naar)`` of the active ``informatie`` relations;
    ``resident[a]`` tells whether ``a`` is of ``lijn`` 0.  Among unordered
    pairs of a resident and a professional with at least one flow between
    them, the share where every flow goes from the resident to the
    professional: collecting information without bringing it back.  ``None``
    when there is no such pair.

    >>> one_way_share([("r", "p"), ("q", "p"), ("p", "q")], {"r": True, "q": True, "p": False})
    0.5
    """
    directions: dict[tuple, set[bool]] = {}
    for van, naar in flows:
        if resident[van] == resident[naar]:
            continue
        res, pro = (van, naar) if resident[van] else (naar, van)
        directions.setdefault((res, pro), set()).add(van == res)
    if not directions:
        return None
    return sum(1 for d in directions.values() if d == {True}) / len(directions)
