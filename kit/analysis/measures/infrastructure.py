"""Duplicated functions, parallel infrastructures and perception gaps.

A buurt needs each coordinating (infrastructure) function once.  Two actors
holding the same one without a real partnership split the buurt's energy;
when one of them was put there from the top down it is a *parallel
infrastructure* — also when it is a stadsdeel or a city-wide institution
active in the buurt (``docs/figures.md``, version 2).  Whether a partnership is real is judged from the
``samenwerking`` rows, and where both sides gave their view, both must see it.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from functools import lru_cache
from typing import Any

import numpy as np

from kit.data.contract import INFRASTRUCTURE_FUNCTIONS

#: Intensity from which two actors count as working together (3 = coördineren).
PARTNERSHIP = 3
#: Levels apart from which the two sides of a partnership see it differently.
PERCEPTION_GAP = 2
#: The infrastructure functions in order, each as a bit of a number: which a candidate holds, in one number.
_SORTED = sorted(INFRASTRUCTURE_FUNCTIONS)
_BIT = {function: 1 << i for i, function in enumerate(_SORTED)}


def pair(a: str, b: str) -> tuple[str, str]:
    """The unordered pair {a, b} as a sorted tuple."""
    return (a, b) if a < b else (b, a)


def collaboration_views(rows: Iterable[tuple[Any, ...]]) -> dict[tuple[str, str], list[tuple[Any, ...]]]:
    """Group ``(van, naar, gemeld_door, intensiteit)`` samenwerking rows by unordered pair."""
    views: dict[tuple[str, str], list[tuple[Any, ...]]] = {}
    for van, naar, reporter, intensity in rows:
        views.setdefault(pair(van, naar), []).append((reporter, int(intensity)))
    return views


def mean_intensity(levels: np.ndarray) -> float | None:
    """The mean ``intensiteit`` of the month's ``samenwerking`` rows (``gem_intensiteit``); ``None`` without any.

    Every row counts: a partnership both sides reported counts with both views.

    >>> mean_intensity(np.array([2, 3, 3])), mean_intensity(np.array([], dtype=int))
    (2.6666666666666665, None)
    """
    return int(levels.sum()) / len(levels) if len(levels) else None


def side_maxima(views: list[tuple[Any, ...]], a: str, b: str) -> tuple[int, int] | None:
    """The highest intensity reported by ``a`` and by ``b``, or ``None`` unless both reported."""
    by_a = [i for reporter, i in views if reporter == a]
    by_b = [i for reporter, i in views if reporter == b]
    if by_a and by_b:
        return max(by_a), max(by_b)
    return None


def agreed_intensity(views: list[tuple[Any, ...]], a: str, b: str) -> int:
    """The intensity of the partnership of a and b that both sides stand behind.

    The highest ``intensiteit`` of the pair's rows; but where both actors
    reported their own view, the lower of the two sides' highest (rows
    without ``gemeld_door`` then do not count: the two parties' own words
    outweigh a third view).  0 when there are no rows.

    Only a row reported by ``a`` or ``b`` is a side's own view.  A row
    reported by a third party (contract version 2) counts exactly like a row
    without ``gemeld_door``: in the highest of all rows while at most one
    side gave its view, and not at all once both did.

    >>> agreed_intensity([("a", 2), ("b", 4)], "a", "b")
    2
    >>> agreed_intensity([(None, 3), ("a", 2)], "a", "b")
    3
    >>> agreed_intensity([("c", 5), ("a", 2), ("b", 4)], "a", "b")
    2
    """
    sides = side_maxima(views, a, b)
    if sides:
        return min(sides)
    return max((i for _, i in views), default=0)


def agreed_intensities(views: Mapping[tuple[str, str], list[tuple[Any, ...]]]) -> dict[tuple[str, str], int]:
    """The :func:`agreed_intensity` of every pair in ``views``: what the figures, the map and the text use.

    >>> agreed_intensities({("a", "b"): [("a", 2), ("b", 4)], ("a", "c"): [(None, 3)]})
    {('a', 'b'): 2, ('a', 'c'): 3}
    """
    return {(a, b): agreed_intensity(rows, a, b) for (a, b), rows in views.items()}


def duplicated_functions(
    functions: Mapping[str, Iterable[str]],
    views: Mapping[tuple[str, str], list[tuple[Any, ...]]],
    own: Collection[str] | None = None,
) -> list[dict[str, Any]]:
    """Pairs of actors that share an infrastructure function without a partnership.

    ``functions`` maps each candidate actor to its functions: the buurt's own
    active non-person actors and, since version 2 of the figures, the
    snapshot's top-down actors without a buurt (a stadsdeel running its own
    buurtbudget process beside the platform's).  ``own`` are the buurt's own
    candidates (default: all of them): a pair needs at least one, so two
    city-wide actors never form a pair of the buurt.  ``views`` are
    :func:`collaboration_views` of the active samenwerking rows.  A pair
    counts when it shares at least one infrastructure function and its
    :func:`agreed_intensity` is below :data:`PARTNERSHIP`.

    Returns ``[{"actoren": [a, b], "functies": [...]}]`` with a < b, functions
    and pairs sorted.

    >>> duplicated_functions({"a": ["informatievoorziening"], "b": ["informatievoorziening", "jongeren"]}, {})
    [{'actoren': ['a', 'b'], 'functies': ['informatievoorziening']}]
    >>> duplicated_functions({"a": ["buurtbudget"], "s": ["buurtbudget"], "g": ["buurtbudget"]}, {}, own={"a"})
    [{'actoren': ['a', 'g'], 'functies': ['buurtbudget']}, {'actoren': ['a', 's'], 'functies': ['buurtbudget']}]

    The pairs are found as a matrix: each candidate's infrastructure
    functions as the bits of a number (:data:`_BIT`), a pair sharing one
    when the two numbers have a bit in common.
    """
    actors = sorted(functions)
    bits = np.array([_bits(tuple(functions[a])) for a in actors], dtype=np.int64)
    chosen = np.triu((bits[:, None] & bits[None, :]) != 0, 1)
    if own is not None:
        mine = np.array([a in own for a in actors], dtype=bool)
        chosen &= mine[:, None] | mine[None, :]
    partners = {pair for pair, rows in views.items() if agreed_intensity(rows, *pair) >= PARTNERSHIP}
    first, second = np.nonzero(chosen)
    shared = (bits[first] & bits[second]).tolist()
    named = {number: [f for f in _SORTED if number & _BIT[f]] for number in set(shared)}
    return [
        {"actoren": [actors[i], actors[j]], "functies": named[number]}
        for i, j, number in zip(first.tolist(), second.tolist(), shared, strict=True)
        if (actors[i], actors[j]) not in partners
    ]


@lru_cache(maxsize=1024)
def _bits(functions: tuple[str, ...]) -> int:
    """The infrastructure functions among ``functions`` as the bits of one number (:data:`_BIT`)."""
    return sum(_BIT.get(f, 0) for f in set(functions))


def parallel_infrastructures(duplicates: list[dict[str, Any]], top_down: Mapping[str, bool]) -> list[dict[str, Any]]:
    """The duplicated pairs in which at least one actor was started top-down (``bovenaf``).

    ``top_down`` maps every candidate to whether its ``herkomst`` is
    ``bovenaf``; ``onbekend`` (not known yet) never counts as top-down.
    """
    return [d for d in duplicates if top_down[d["actoren"][0]] or top_down[d["actoren"][1]]]


def perception_gaps(
    views: Mapping[tuple[str, str], list[tuple[Any, ...]]], threshold: int = PERCEPTION_GAP
) -> list[dict[str, Any]]:
    """Partnerships the two sides see differently: their highest intensities differ by ``threshold`` or more.

    One side believes the partnership goes well, the other does not; worth a
    conversation before it turns into a tension.  Only the two sides' own
    rows count: a third party's account is no side's view.

    >>> perception_gaps({("a", "b"): [("a", 2), ("b", 4)]})
    [{'actoren': ['a', 'b'], 'intensiteit': {'a': 2, 'b': 4}}]
    """
    gaps = []
    for (a, b), rows in sorted(views.items()):
        sides = side_maxima(rows, a, b)
        if sides and abs(sides[0] - sides[1]) >= threshold:
            gaps.append({"actoren": [a, b], "intensiteit": {a: sides[0], b: sides[1]}})
    return gaps
