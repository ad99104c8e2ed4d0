"""The connection map (verbindingskaart): which kinds of own actors bundle, give and recruit.

Rows are kinds of actor, columns the three functions of a tie: ``bundeling``
(working together), ``sociaal_kapitaal`` (support, money, a place) and
``werven`` (recruiting people).  An empty cell shows which kind of actor the
platform does not yet reach in which way.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

#: Type of the map → the ``soort_actor`` values it holds; ``instellingen`` holds every other soort.
TYPES = {
    "lotgenoten": ("lotgenotengroep",),
    "buren_en_sleutelfiguren": ("sleutelfiguur",),
    "bewonersinitiatieven": ("bewonersinitiatief", "bewonerscommissie", "buurtplatform"),
    "verenigingen": ("vereniging",),
    "bedrijven": ("ondernemer",),
    "instellingen": (),
}
#: Function of the map → the ``soort_relatie`` values it counts (``informatie`` and ``spanning`` count in none).
FUNCTIONS = {
    "bundeling": ("samenwerking",),
    "sociaal_kapitaal": ("ondersteuning", "financiering", "ruimte"),
    "werven": ("werving",),
}
_TYPE_OF = {soort: kind for kind, soorten in TYPES.items() for soort in soorten}
_FUNCTION_OF = {soort: function for function, soorten in FUNCTIONS.items() for soort in soorten}


def actor_type(soort: str) -> str:
    """The map's type of an actor of ``soort``.

    >>> actor_type("buurtplatform"), actor_type("woningcorporatie")
    ('bewonersinitiatieven', 'instellingen')
    """
    return _TYPE_OF.get(soort, "instellingen")


def connection_map(relations: Iterable[tuple[Any, ...]], own_soort: Mapping[str, str]) -> dict[str, dict[str, int]]:
    """Type → function → number of relations with at least one own actor of that type.

    ``relations`` are ``(van, naar, soort)`` of the snapshot's active
    relations; ``own_soort`` maps each own actor of the buurt to its
    ``soort``.  A relation between own actors of two types counts in both
    rows, between two of one type once; an actor from elsewhere adds no row.
    Every cell is present, zeros included.

    >>> cells = connection_map([("p", "c", "samenwerking"), ("p", "q", "samenwerking"), ("x", "c", "ruimte")],
    ...                        {"p": "buurtplatform", "q": "bewonerscommissie", "c": "wijkcentrum"})
    >>> cells["bewonersinitiatieven"], cells["instellingen"]
    ({'bundeling': 2, 'sociaal_kapitaal': 0, 'werven': 0}, {'bundeling': 1, 'sociaal_kapitaal': 1, 'werven': 0})
    """
    cells = {kind: dict.fromkeys(FUNCTIONS, 0) for kind in TYPES}
    for van, naar, soort in relations:
        function = _FUNCTION_OF.get(soort)
        if function is None:
            continue
        for kind in {actor_type(own_soort[a]) for a in (van, naar) if a in own_soort}:
            cells[kind][function] += 1
    return cells
