"""All figures of one buurt in one month, as ``docs/figures.md`` defines them.

:func:`figures` is what ``proeftuin metrics --json`` prints.  Each figure is
computed by a measure of :mod:`kit.analysis.measures` from one snapshot and its
network, computed once (:func:`month_figures`).  The panel computes every
buurt's months on arrays instead (:func:`months_figures`,
:mod:`kit.analysis.array_figures`), to the same values; both keep what they
computed in the dataset's cache, where the other finds it.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

import networkx as nx
import pandas as pd
from threadpoolctl import threadpool_limits

from kit.collector import collector_paused
from kit.data.months import as_month, month_text
from kit.data.spans import buurt_months

from .array_figures import months_of_buurt
from .measures.actions import action_counts, barriers
from .measures.activities import bundling, fragmented
from .measures.assessment import assessment_gap, mean_score, self_assessment
from .measures.connection_map import connection_map
from .measures.connectors import betweenness, connectors
from .measures.infrastructure import (
    collaboration_views,
    duplicated_functions,
    parallel_infrastructures,
    perception_gaps,
)
from .measures.mixing import ei_index, lijn_groups, one_way_share
from .measures.platform import backbone, reach
from .measures.recognition import months_recognised, recognised
from .measures.requests import answer_time, promises_kept, request_counts
from .measures.resources import ending, recruiting_grounds, resources
from .measures.results import result_counts, result_sizes
from .measures.structure import components, density, largest_component_share
from .measures.turnover import edge_set, turnover
from .snapshot import Snapshot, history, network, snapshot

if TYPE_CHECKING:
    from kit.data.dataset import Dataset

#: The keys of :func:`figures`, in the order of ``docs/figures.md``.
FIGURE_KEYS = (
    "buurt",
    "maand",
    "actoren",
    "relaties",
    "spanningen",
    "dichtheid",
    "componenten",
    "grootste_component",
    "gem_intensiteit",
    "platform_betweenness",
    "platform_bereik",
    "ruggengraat",
    "ei_index",
    "eenrichtingsverkeer",
    "dubbele_functies",
    "parallelle_infrastructuren",
    "belevingsverschillen",
    "verloop",
    "activiteiten",
    "bundelingsgraad",
    "versnipperde_activiteiten",
    "acties",
    "maatlat",
    "maatlat_gemiddelde",
    # version 2
    "platform",
    "erkend",
    "erkend_maanden",
    "resultaten",
    "resultaten_totaal",
    "resultaten_omvang",
    "verzoeken",
    "antwoordtijd",
    "nagekomen",
    "middelen",
    "middelen_platform",
    "middelen_aflopend",
    "belemmeringen",
    "afspraken",
    "maatlat_verschil",
    "ei_index_eerste",
    "ei_index_tweede",
    "verbinders",
    "verbindingskaart",
    "vindplaats",
)


_ONE_BLAS_THREAD: list[bool] = []


@contextmanager
def single_blas_thread() -> Iterator[None]:
    """Context in which numpy's BLAS uses one thread.

    The measures multiply many small matrices; BLAS threads started for them
    spin between calls and slow the rest of the computation down several
    times.  Entering costs about a millisecond, and leaving more, so wrap
    loops, not calls; within another such context it costs nothing (the
    panel enters once, each buurt's months again).
    """
    if _ONE_BLAS_THREAD:
        yield
        return
    with threadpool_limits(1, user_api="blas"):
        _ONE_BLAS_THREAD.append(True)
        try:
            yield
        finally:
            _ONE_BLAS_THREAD.pop()


def figures(dataset: Dataset, buurt: str, maand: str | pd.Period) -> dict[str, Any]:
    """Every figure of ``buurt`` in ``maand`` (``"JJJJ-MM"``), keyed as in ``docs/figures.md``.

    Computed once per dataset (:func:`computed`), from the month's snapshot
    and its network (:func:`month_figures`) unless the panel computed it
    before; each call returns a copy the caller may change.  Raises
    IndexError for an unknown buurt.

    Examples
    --------
    >>> f = figures(load("examples/lindenhof"), "lindenhof", "2024-04")  # doctest: +SKIP
    >>> f["dichtheid"], f["verloop"]                                              # doctest: +SKIP
    (0.25, 0.25)
    """
    month = as_month(maand)
    known = computed(dataset)
    if (buurt, month) not in known:
        start = buurt_months(dataset, buurt).start
        snap = snapshot(dataset, buurt, month)
        first = start is None or month <= start
        with single_blas_thread():
            previous = None if first else edge_set(network(snapshot(dataset, buurt, month - 1)).edges)
            known[buurt, month] = month_figures(dataset, snap, network(snap), previous)
    return copy.deepcopy(known[buurt, month])


def months_figures(dataset: Dataset, buurt: str, months: list[pd.Period]) -> list[dict[str, Any]]:
    """The figures of ``buurt`` in consecutive ``months`` (periods), each computed once per dataset.

    Figures not computed before are computed on arrays
    (:func:`kit.analysis.array_figures.months_of_buurt`), equal to those of
    :func:`month_figures` and many times faster: the panel's path.  The
    dicts returned are the kept ones: read them, do not change them.
    """
    known = computed(dataset)
    missing = [month for month in months if (buurt, month) not in known]
    if missing:
        with single_blas_thread(), collector_paused():
            known.update(months_of_buurt(dataset, buurt, missing))
    return [known[buurt, month] for month in months]


def computed(dataset: Dataset) -> dict[tuple[str, pd.Period], dict[str, Any]]:
    """The figures computed so far for ``dataset``, by ``(buurt, month)``; kept in ``dataset.cache``.

    A report needs every buurt's figures of its month and its own over all
    months, and a report kernel keeps the dataset from one report to the
    next (:func:`kit.report.common.load_dataset`): what one report computed,
    the next one reads.
    """
    return dataset.cache.setdefault("figures", {})


def month_figures(
    dataset: Dataset, snap: Snapshot, graph: nx.Graph, previous_edges: frozenset[Any] | None
) -> dict[str, Any]:
    """The figures of a snapshot whose network is ``graph``.

    ``previous_edges`` is the :func:`~kit.analysis.measures.turnover.edge_set` of last
    month's network, or ``None`` when the month is the buurt's first (or
    earlier): then ``verloop`` is ``None``.

    An actor of unknown ``lijn`` takes part in no figure about lijnen (it is
    left out of ``lijn``); ``herkomst`` ``onbekend`` never counts as
    ``bovenaf``.
    """
    rows = history(dataset, snap.buurt)
    months = buurt_months(dataset, snap.buurt)
    first, last = snap.first_day, snap.last_day
    relations = snap.relaties
    ids, vans, naars, kinds = (relations[c].tolist() for c in ("id", "van", "naar", "soort"))
    tension = relations["soort"] == "spanning"
    collaboration = relations[relations["soort"] == "samenwerking"]
    views = collaboration_views(
        zip(
            collaboration["van"],
            collaboration["naar"],
            collaboration["gemeld_door"],
            collaboration["intensiteit"],
            strict=True,
        )
    )
    platform = snap.platform
    actors = snap.actoren
    lijn = {a: int(level) for a, level in zip(actors.index, actors["lijn"], strict=True) if not pd.isna(level)}
    own = snap.own_actors
    own_ids = set(own.index)
    # Candidates for duplicated functions: the buurt's own organisations, and top-down ones without a buurt.
    top_down = (actors["herkomst"] == "bovenaf").to_numpy()
    city_wide = actors["buurt"].isna().to_numpy()
    candidates = actors[~actors["persoon"].to_numpy() & (actors.index.isin(own_ids) | (city_wide & top_down))]
    duplicates = duplicated_functions(
        dict(zip(candidates.index, candidates["functies"], strict=True)), views, own=own_ids
    )
    information = relations[relations["soort"] == "informatie"]
    scores = rows.scores[rows.scores["maand"] == snap.maand]
    assessment = self_assessment(scores)
    edges = edge_set(graph.edges)
    centrality = betweenness(graph)
    resident = lijn_groups(lijn)
    provided = resources(zip(ids, vans, naars, kinds, strict=True), own_ids, lijn)
    receiver = dict(zip(ids, naars, strict=True))
    counted, total = result_counts(rows.results, first, last)
    return {
        "buurt": snap.buurt,
        "maand": month_text(snap.maand),
        "actoren": graph.number_of_nodes(),
        "relaties": int((~tension).sum()),
        "spanningen": int(tension.sum()),
        "dichtheid": density(graph),
        "componenten": components(graph),
        "grootste_component": largest_component_share(graph),
        "gem_intensiteit": float(collaboration["intensiteit"].mean()) if len(collaboration) else None,
        "platform_betweenness": centrality[platform] if platform else None,
        "platform_bereik": reach(graph, platform) if platform else None,
        "ruggengraat": backbone(graph, platform, own.index[own["soort"] == "bewonerscommissie"]) if platform else None,
        "ei_index": ei_index(graph, resident),
        "eenrichtingsverkeer": one_way_share(zip(information["van"], information["naar"], strict=True), resident),
        "dubbele_functies": duplicates,
        "parallelle_infrastructuren": parallel_infrastructures(
            duplicates, dict(zip(candidates.index, candidates["herkomst"] == "bovenaf", strict=True))
        ),
        "belevingsverschillen": perception_gaps(views),
        "verloop": turnover(previous_edges, edges) if previous_edges is not None else None,
        "activiteiten": len(snap.activiteiten),
        "bundelingsgraad": bundling(list(snap.activiteiten["organisatoren"])),
        "versnipperde_activiteiten": fragmented(snap.activiteiten),
        "acties": action_counts(rows.actions, first, last),
        "maatlat": assessment,
        "maatlat_gemiddelde": mean_score(assessment),
        "platform": snap.designated_platform,
        "erkend": recognised(rows.recognitions, rows.platform, months.start, snap.maand),
        "erkend_maanden": months_recognised(months.recognised, snap.maand),
        "resultaten": counted,
        "resultaten_totaal": total,
        "resultaten_omvang": result_sizes(rows.results, last),
        "verzoeken": request_counts(rows.requests, first, last),
        "antwoordtijd": answer_time(rows.requests, last),
        "nagekomen": promises_kept(rows.requests, last),
        "middelen": len(provided),
        "middelen_platform": sum(receiver[r] == platform for r in provided) if platform else None,
        "middelen_aflopend": ending(provided, dict(zip(ids, relations["tot"].to_numpy(), strict=True)), snap.maand),
        "belemmeringen": barriers(rows.actions, first, last),
        "afspraken": action_counts(rows.agreements, first, last),
        "maatlat_verschil": assessment_gap(scores),
        "ei_index_eerste": ei_index(graph, lijn_groups(lijn, (0, 1))),
        "ei_index_tweede": ei_index(graph, lijn_groups(lijn, (0, 2))),
        "verbinders": connectors(graph, centrality),
        "verbindingskaart": connection_map(
            zip(vans, naars, kinds, strict=True), dict(zip(own.index, own["soort"], strict=True))
        ),
        "vindplaats": recruiting_grounds(zip(ids, vans, naars, kinds, strict=True), own_ids, lijn),
    }
