"""Ties across the line between residents' own networks and professionals."""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from typing import Any

import numpy as np

from .network import Network


def ei_index(net: Network, group: np.ndarray) -> float | None:
    """Krackhardt's E-I index: (E − I)/(E + I) over the edges of ``net`` between actors of a group.

    ``group`` holds a code per actor of ``net`` (:func:`lijn_codes`); E
    counts edges between two actors of different codes, I edges within one
    code, and an edge with an end of a negative code (outside every group)
    is left out, so the index is that of the subgraph induced by the
    groups' actors.  −1: the groups live apart; +1: every tie crosses.  For
    the proeftuin the groups are ``lijn`` 0 (residents' own networks)
    against ``lijn`` 1 and 2 (professionals), over the actors whose lijn is
    known (``ei_index``), or lijn 0 against one of the other lijnen only
    (``ei_index_eerste``, ``ei_index_tweede``).  ``None`` without such edges.

    References
    ----------
    Krackhardt, D. & Stern, R. N. (1988). Informal networks and organizational
    crises: an experimental simulation. *Social Psychology Quarterly* 51(2), 123–140.

    >>> path = Network.from_edges(range(3), [(0, 1), (1, 2)])
    >>> ei_index(path, np.array([1, 1, 0])), ei_index(path, np.array([1, 0, -1]))
    (0.0, 1.0)
    """
    group_a, group_b = group[net.low], group[net.high]
    both = (group_a >= 0) & (group_b >= 0)
    internal = int((both & (group_a == group_b)).sum())
    external = int(both.sum()) - internal
    if external + internal == 0:
        return None
    return (external - internal) / (external + internal)


def lijn_codes(lijn: np.ndarray, lijnen: Collection[int] = (0, 1, 2)) -> np.ndarray:
    """Residents or not as codes, one per actor: 1 for lijn 0, 0 for another of ``lijnen``, −1 for the rest.

    ``lijn`` holds each actor's lijn, −1 where it is unknown.

    >>> lijn_codes(np.array([0, 1, 2, -1]), (0, 2)).tolist()
    [1, -1, 0, -1]
    """
    return np.where(np.isin(lijn, list(lijnen)), (lijn == 0).astype(np.int8), np.int8(-1))


def lijn_groups(lijn: Mapping[Any, Any], lijnen: Collection[int] = (0, 1, 2)) -> dict[str, Any]:
    """Residents or not — ``lijn`` 0 or another — for the actors whose ``lijn`` is one of ``lijnen``.

    ``lijn`` maps the actors of known lijn to it (an actor of unknown lijn
    takes part in no figure about lijnen, so it is not in the mapping).

    >>> lijn_groups({"a": 0, "b": 1, "c": 2}, (0, 2))
    {'a': True, 'c': False}
    """
    return {actor: level == 0 for actor, level in lijn.items() if level in lijnen}


def one_way_pairs(flows: Iterable[tuple[Any, ...]], resident: Mapping[Any, Any]) -> dict[tuple[Any, Any], bool]:
    """Resident–professional pairs with information flowing between them → whether it only flows to the professional.

    ``flows`` are the ``(van, naar)`` of the active ``informatie`` relations;
    ``resident[a]`` tells whether ``a`` is of ``lijn`` 0 (:func:`lijn_groups`);
    a flow with an actor that is not in ``resident`` (unknown lijn), or
    between two residents or two professionals, is left out.  Keys are
    ``(resident, professional)``; the value is ``True`` when every flow of the
    pair goes from the resident to the professional: collecting information
    without bringing it back (the institutions' mirror names who collects).

    >>> one_way_pairs([("r", "p"), ("q", "p"), ("p", "q")], {"r": True, "q": True, "p": False})
    {('r', 'p'): True, ('q', 'p'): False}
    """
    directions: dict[tuple[Any, Any], set[bool]] = {}
    for van, naar in flows:
        if van not in resident or naar not in resident or resident[van] == resident[naar]:
            continue
        res, pro = (van, naar) if resident[van] else (naar, van)
        directions.setdefault((res, pro), set()).add(van == res)
    return {pair: d == {True} for pair, d in directions.items()}


def one_way_share(flows: Iterable[tuple[Any, ...]], resident: Mapping[Any, Any]) -> float | None:
    """Share of resident–professional pairs where information only flows to the professional (:func:`one_way_pairs`).

    ``None`` when there is no such pair.

    >>> one_way_share([("r", "p"), ("q", "p"), ("p", "q")], {"r": True, "q": True, "p": False})
    0.5
    """
    pairs = one_way_pairs(flows, resident)
    if not pairs:
        return None
    return sum(pairs.values()) / len(pairs)
