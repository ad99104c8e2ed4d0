"""A network map that stays put from month to month.

Readers compare this month's map with last month's by eye, so an actor must
stay where it was.  :func:`positions` walks the buurt's months from its first
month up to the report month:

- the first month gets a seeded spring layout of the whole network;
- every later month places only the actors that are new (or never placed
  before): networkx's spring layout with ``pos`` = the known positions and
  ``fixed`` = the actors already placed, seeded, so the rest does not move;
- an actor that leaves keeps its position in memory and gets it back when it
  returns.

Same data in, same picture out: the seed is fixed and the node order is the
snapshot's (sorted ids).  The walk is cached on the dataset per buurt
(``dataset.cache["layout"]``), so one report asks for it once whatever the
number of charts, and a later month continues from where the cache stopped.
"""

from __future__ import annotations

import math

import networkx as nx
import numpy as np
import pandas as pd

from kit.analysis.snapshot import network, snapshot
from kit.data.months import as_month
from kit.data.spans import first_month

#: Seed of every spring layout: the same data gives the same map.
SEED = 20240301
#: Spring-layout iterations; enough for a few dozen actors, and fast.
ITERATIONS = 100


class _Walk:
    """The layout state of one buurt: the last month laid out and every position seen."""

    def __init__(self) -> None:
        self.month: pd.Period | None = None
        self.known: dict[str, tuple[float, float]] = {}
        self.by_month: dict[pd.Period, dict[str, tuple[float, float]]] = {}


def _cache(dataset) -> dict[str, _Walk]:
    return dataset.cache.setdefault("layout", {})


def _spread(graph: nx.Graph) -> float:
    """Spring constant k that keeps maps of different sizes equally airy."""
    return 1.6 / math.sqrt(max(graph.number_of_nodes(), 1))


#: The golden angle: successive points on a ring never bunch up.
_GOLDEN = math.pi * (3 - math.sqrt(5))


def _extent(points) -> tuple[np.ndarray, float]:
    """Centre and radius (largest distance from the centre, at least 0.5) of ``points``."""
    array = np.asarray(list(points), dtype=float)
    centre = array.mean(axis=0)
    radius = float(np.max(np.linalg.norm(array - centre, axis=1))) if len(array) else 0.0
    return centre, max(radius, 0.5)


def _ring(centre: np.ndarray, radius: float, index: int) -> np.ndarray:
    """The ``index``-th point on a ring around the map: where loose actors go."""
    angle = 0.6 + index * _GOLDEN
    return centre + radius * np.array([math.cos(angle), math.sin(angle)])


def _first_layout(graph: nx.Graph) -> dict[str, tuple[float, float]]:
    """The first month: a seeded spring layout of the largest connected part, the rest around it.

    A spring layout of a graph with loose parts pushes them far out and
    squeezes the main part into a corner; so the largest part is laid out on
    its own and every other part is put, small, on a ring around it.
    """
    if graph.number_of_nodes() == 0:
        return {}
    parts = sorted(nx.connected_components(graph), key=lambda c: (-len(c), min(c)))
    main = graph.subgraph(parts[0])
    if main.number_of_nodes() == 1:
        pos = {next(iter(main.nodes)): np.zeros(2)}
    else:
        pos = nx.spring_layout(main, k=_spread(main), iterations=ITERATIONS, seed=SEED)
    result = {node: (float(x), float(y)) for node, (x, y) in pos.items()}
    centre, radius = _extent(result.values())
    for index, part in enumerate(parts[1:]):
        anchor = _ring(centre, radius * 1.2, index)
        sub = graph.subgraph(part)
        if sub.number_of_nodes() == 1:
            local = {next(iter(sub.nodes)): np.zeros(2)}
        else:
            local = nx.spring_layout(sub, seed=SEED, scale=0.12 * radius * math.sqrt(sub.number_of_nodes()))
        result.update({node: (float(anchor[0] + x), float(anchor[1] + y)) for node, (x, y) in local.items()})
    return result


def _place_new(graph: nx.Graph, known: dict[str, tuple[float, float]]) -> dict[str, tuple[float, float]]:
    """Positions for every node of ``graph``: known nodes fixed, new nodes placed by springs.

    A new actor starts next to the neighbours it already has and the springs
    fine-tune it among the fixed actors; it is kept within the map (a little
    outside the actors already placed).  A new actor without placed
    neighbours goes on a ring around the map.
    """
    placed = [node for node in graph.nodes if node in known]
    new = [node for node in graph.nodes if node not in known]
    if not new:
        return {node: known[node] for node in graph.nodes}
    if not placed:
        return _first_layout(graph)
    centre, radius = _extent(known.values())
    start = {node: np.asarray(known[node], dtype=float) for node in placed}
    rng = np.random.default_rng(SEED + len(known))
    # New actors tied (possibly via other new actors) to placed ones start near those;
    # the others go on the ring.
    pending = list(new)
    for _ in range(len(new)):
        still = []
        for node in pending:
            anchors = [start[n] for n in graph.neighbors(node) if n in start]
            if anchors:
                start[node] = np.mean(anchors, axis=0) + rng.uniform(-0.12, 0.12, size=2) * radius
            else:
                still.append(node)
        if len(still) == len(pending):
            break
        pending = still
    ringed = set(pending)
    for loose, node in enumerate(pending):
        start[node] = _ring(centre, radius * 1.15, len(known) + loose)
    pos = nx.spring_layout(
        graph, k=_spread(graph), pos=start, fixed=placed + sorted(ringed), iterations=ITERATIONS // 2, seed=SEED
    )
    result = {node: known[node] for node in placed}
    for node in new:
        point = np.asarray(pos[node], dtype=float)
        offset = point - centre
        distance = float(np.linalg.norm(offset))
        if distance > radius * 1.15:
            point = centre + offset * (radius * 1.15 / distance)
        result[node] = (float(point[0]), float(point[1]))
    return result


def positions(dataset, buurt: str, maand) -> dict[str, tuple[float, float]]:
    """Stable positions of the actors in the buurt's network map of ``maand``.

    Returns ``{actor id: (x, y)}`` for every node of that month's network
    (:func:`kit.analysis.snapshot.network`).  An actor present in two months has the
    same coordinates in both; see the module docstring for how.

    Examples
    --------
    >>> pos = positions(load("examples/lindenhof"), "lindenhof", "2024-04")  # doctest: +SKIP
    >>> sorted(pos)[:2]                                                              # doctest: +SKIP
    ['lh-bc1', 'lh-bc2']
    """
    month = as_month(maand)
    walks = _cache(dataset)
    walk = walks.setdefault(buurt, _Walk())
    if month in walk.by_month:
        return dict(walk.by_month[month])
    start = first_month(dataset, buurt)
    if start is None or start > month:
        start = month
    if walk.month is not None and start <= walk.month < month:
        start = walk.month + 1
    elif walk.month is not None and walk.month >= month:
        # An earlier month that was never laid out (before the buurt's start):
        # lay it out on its own, without disturbing the walk.
        graph = network(snapshot(dataset, buurt, month))
        return _place_new(graph, dict(walk.known))
    current = start
    while current <= month:
        graph = network(snapshot(dataset, buurt, current))
        pos = _place_new(graph, walk.known)
        walk.known.update(pos)
        walk.by_month[current] = pos
        walk.month = current
        current += 1
    return dict(walk.by_month[month])


def extent(dataset, buurt: str) -> tuple[float, float, float, float] | None:
    """``(xmin, xmax, ymin, ymax)`` of every position the buurt's walk has placed so far.

    Maps drawn within this frame share one scale from month to month, so an
    actor is not only at the same coordinates but also at the same spot on
    the page.  ``None`` before any month was laid out.
    """
    walk = _cache(dataset).get(buurt)
    if walk is None or not walk.known:
        return None
    xs, ys = zip(*walk.known.values(), strict=True)
    return (min(xs), max(xs), min(ys), max(ys))
