"""Every figure of a buurt's months computed on arrays: the panel's path.

:func:`kit.analysis.figures.month_figures` computes the figures of one
month from its snapshot's frames and its ``nx.Graph``, as ``docs/figures.md`` defines them.
The panel computes them for every buurt and month, and there the frames and
graphs cost more than the figures: so :func:`months_of_buurt` prepares each
buurt's rows once (:class:`BuurtArrays`: actors numbered in id order,
relations as pairs of those numbers, the other tables as
:class:`~kit.analysis.columns.Columns`) and computes each month from the
masks of the one rule (:func:`kit.analysis.snapshot.masks`), the network as
a sorted array of edge codes and an adjacency matrix, and the measures'
array siblings.  The figures are the same, to the last bit (the tests hold
both paths equal on the examples, the demo and random buurten).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd

from kit.data.contract import SOORT_RELATIE
from kit.data.months import month_text
from kit.data.spans import BuurtMonths, buurt_months

from .columns import Columns
from .measures.actions import action_counts, barriers
from .measures.activities import bundling, fragmented
from .measures.assessment import assessment_gap, mean_score, self_assessment
from .measures.connection_map import FUNCTIONS, connection_map
from .measures.connectors import betweenness_of, effective_size_of, ranked_connectors
from .measures.infrastructure import (
    collaboration_views,
    duplicated_functions,
    parallel_infrastructures,
    perception_gaps,
)
from .measures.mixing import ei_index_of, lijn_codes, one_way_share
from .measures.platform import backbone_of, reach_of
from .measures.recognition import months_recognised, recognised
from .measures.requests import answer_time, promises_kept, request_counts
from .measures.resources import RESOURCES, ending, recruiting_grounds, resources
from .measures.results import result_counts, result_sizes
from .measures.structure import component_sizes, density_of, shortest_paths
from .measures.turnover import turnover_of
from .snapshot import BuurtHistory, Masks, history, masks, month_bounds, platform_of

if TYPE_CHECKING:
    from kit.data.dataset import Dataset

#: Relations by the position of their ``soort`` in the contract's vocabulary: the code, the name, and the
#: kinds that bring resources and that count in the connection map.
_KIND = {soort: code for code, soort in enumerate(SOORT_RELATIE)}
_SOORTEN = np.array(SOORT_RELATIE, dtype=object)
_RESOURCE = np.isin(_SOORTEN, RESOURCES)
_MAPPED = np.isin(_SOORTEN, [soort for soorten in FUNCTIONS.values() for soort in soorten])
_SPANNING, _SAMENWERKING, _INFORMATIE, _WERVING = (
    _KIND[soort] for soort in ("spanning", "samenwerking", "informatie", "werving")
)

#: Columns of the tables the measures read, with their dtypes.
_ACTIONS = {
    "gepland": "datetime64[ns]",
    "afgerond": "datetime64[ns]",
    "deadline": "datetime64[ns]",
    "status": object,
    "belemmering": object,
}
_ACTIVITIES = {"id": object, "soort": object, "datum": "datetime64[ns]", "organisatoren": object}
_SCORES = {"criterium": object, "score": "int64", "beoordeeld_door": object}
_RESULTS = {"datum": "datetime64[ns]", "omvang": "float64", "eenheid": object}
_REQUESTS = {
    "gevraagd": "datetime64[ns]",
    "antwoord": "datetime64[ns]",
    "nagekomen": "datetime64[ns]",
    "uitkomst": object,
}
_RECOGNITIONS = {"platform": object, "vanaf": "datetime64[ns]", "tot": "datetime64[ns]"}


@dataclass(frozen=True)
class BuurtArrays:
    """A buurt's rows (:func:`kit.analysis.snapshot.history`) as the arrays its figures are computed from.

    Actors are numbered as the history sorts them, by id: each array about
    actors has one entry per actor, each about relations one per relation
    of the history, in its order; ``number`` maps an actor's id to its
    number.  ``scores`` holds the ``maatlat`` rows of each month.
    """

    buurt: str
    rows: BuurtHistory
    months: BuurtMonths
    ids: np.ndarray
    number: dict[str, int]
    lijn: np.ndarray
    groups: tuple[Any, ...]
    candidate: np.ndarray
    top_down: np.ndarray
    committee: np.ndarray
    functions: np.ndarray
    soort: np.ndarray
    relation_ids: np.ndarray
    kind: np.ndarray
    intensity: np.ndarray
    reporter: np.ndarray
    relation_tot: np.ndarray
    activity_days: np.ndarray
    activities: Columns
    actions: Columns
    agreements: Columns
    results: Columns
    requests: Columns
    recognitions: Columns
    scores: dict[str, Any]
    no_scores: Columns


def buurt_arrays(dataset: Dataset, buurt: str) -> BuurtArrays:
    """The :class:`BuurtArrays` of ``buurt``, made once per dataset (kept in ``dataset.cache``)."""
    known = dataset.cache.setdefault("buurt_arrays", {})
    if buurt not in known:
        known[buurt] = _prepare(dataset, buurt)
    return known[buurt]


def _prepare(dataset: Dataset, buurt: str) -> BuurtArrays:
    rows = history(dataset, buurt)
    actors, relations = rows.actors, rows.relations
    ids = actors.index.to_numpy(object)
    person = actors["persoon"].to_numpy(bool)
    top_down = (actors["herkomst"] == "bovenaf").to_numpy()
    city_wide = actors["buurt"].isna().to_numpy()
    lijn = actors["lijn"].to_numpy("int64", na_value=-1)
    activities = rows.activities.sort_values("datum", kind="stable")
    scores = rows.scores.reset_index(drop=True)
    by_month = scores.groupby("maand", sort=False).indices if len(scores) else {}
    score_columns = Columns(scores, _SCORES)
    return BuurtArrays(
        buurt=buurt,
        rows=rows,
        months=buurt_months(dataset, buurt),
        ids=ids,
        number={actor: i for i, actor in enumerate(ids)},
        lijn=lijn,
        # residents against the others for ei_index, ei_index_eerste and ei_index_tweede
        groups=tuple(lijn_codes(lijn, lijnen) for lijnen in ((0, 1, 2), (0, 1), (0, 2))),
        # candidates for duplicated functions when in the snapshot (figures.month_figures says why)
        candidate=~person & (rows.own | (city_wide & top_down)),
        top_down=top_down,
        committee=rows.own & (actors["soort"] == "bewonerscommissie").to_numpy(),
        functions=actors["functies"].to_numpy(object),
        soort=actors["soort"].to_numpy(object),
        relation_ids=relations["id"].to_numpy(object),
        kind=relations["soort"].map(_KIND).to_numpy(np.intp),
        intensity=relations["intensiteit"].to_numpy("int64", na_value=0),
        reporter=relations["gemeld_door"].to_numpy(object),
        relation_tot=relations["tot"].to_numpy("datetime64[ns]"),
        activity_days=activities["datum"].to_numpy("datetime64[ns]"),
        activities=Columns(activities, _ACTIVITIES),
        actions=Columns(rows.actions, _ACTIONS),
        agreements=Columns(rows.agreements, _ACTIONS),
        results=Columns(rows.results, _RESULTS),
        requests=Columns(rows.requests, _REQUESTS),
        recognitions=Columns(rows.recognitions, _RECOGNITIONS),
        scores={month: score_columns.take(positions) for month, positions in by_month.items()},
        no_scores=score_columns.take(slice(0, 0)),
    )


def months_of_buurt(
    dataset: Dataset, buurt: str, months: list[pd.Period]
) -> dict[tuple[str, pd.Period], dict[str, Any]]:
    """The figures of ``buurt`` in each of ``months``, by ``(buurt, month)``, as
    :func:`~kit.analysis.figures.month_figures` computes them.

    ``verloop`` compares a month with the one before; when that month is not
    among ``months`` its network is computed too.
    """
    arrays = buurt_arrays(dataset, buurt)
    start = arrays.months.start
    result: dict[tuple[str, pd.Period], dict[str, Any]] = {}
    before, previous = None, None
    for month in months:
        first = start is None or month <= start
        if not first and before != month - 1:
            previous = _network(arrays, *month_bounds(month - 1))[0]
        result[buurt, month], previous = _month(arrays, month, None if first else previous)
        before = month
    return result


def _network(arrays: BuurtArrays, first: pd.Timestamp, last: pd.Timestamp) -> tuple[np.ndarray, Masks]:
    """The month's network N as sorted edge codes (``low · actors + high`` of the actors' numbers), and its masks."""
    selected = masks(arrays.rows, first, last)
    ties = selected.relations & (arrays.kind != _SPANNING)
    van, naar = arrays.rows.van[ties], arrays.rows.naar[ties]
    return np.unique(np.minimum(van, naar) * len(arrays.ids) + np.maximum(van, naar)), selected


def _month(arrays: BuurtArrays, month: pd.Period, previous: np.ndarray | None) -> tuple[dict[str, Any], np.ndarray]:
    """The figures of one month and its edge codes; ``previous`` are last month's (``None``: no ``verloop``)."""
    rows, ids, lijn = arrays.rows, arrays.ids, arrays.lijn
    first, last = month_bounds(month)
    codes, selected = _network(arrays, first, last)
    nodes = np.flatnonzero(selected.actors)
    n = len(nodes)
    rel = np.flatnonzero(selected.relations)
    kind, van, naar = arrays.kind[rel], rows.van[rel], rows.naar[rel]
    van_ids, naar_ids, relation_ids = ids[van], ids[naar], arrays.relation_ids[rel]
    tension = kind == _SPANNING

    # N over its tied actors (in id order, as the graph measures take them): adjacency, distances, path counts
    low, high = np.divmod(codes, len(ids))
    position = np.full(len(ids), -1)
    position[low] = position[high] = 0
    tied = np.flatnonzero(position == 0)
    position[tied] = np.arange(len(tied))
    adjacency = np.zeros((len(tied), len(tied)))
    adjacency[position[low], position[high]] = adjacency[position[high], position[low]] = 1.0
    paths = shortest_paths(adjacency)
    centrality = dict.fromkeys(ids[nodes].tolist(), 0.0)
    if n > 2 and len(tied) > 2:
        centrality.update(zip(ids[tied].tolist(), betweenness_of(adjacency, paths, n).tolist(), strict=True))
    sizes = component_sizes(paths[0], n - len(tied))

    designated = platform_of(arrays.recognitions, rows.platform, first, last)
    number = arrays.number.get(designated) if designated is not None else None
    platform = designated if number is not None and selected.actors[number] else None
    if platform is not None:
        at = position[number]
        reach = reach_of(paths[0][at] if at >= 0 else None, n)
        committees = position[selected.own & arrays.committee]
        backbone = backbone_of(
            (committees >= 0) & (adjacency[at, committees] > 0) if at >= 0 else np.zeros(len(committees), dtype=bool)
        )
    groups = arrays.groups

    own = set(ids[selected.own].tolist())
    ends = np.zeros(len(ids), dtype=bool)
    ends[van] = ends[naar] = True
    lijn_known = np.flatnonzero(ends & (lijn >= 0))
    known = dict(zip(ids[lijn_known].tolist(), lijn[lijn_known].tolist(), strict=True))
    collaboration = kind == _SAMENWERKING
    views = collaboration_views(
        zip(
            van_ids[collaboration],
            naar_ids[collaboration],
            arrays.reporter[rel[collaboration]],
            arrays.intensity[rel[collaboration]],
            strict=True,
        )
    )
    candidates = nodes[arrays.candidate[nodes]]
    duplicates = duplicated_functions(
        dict(zip(ids[candidates], arrays.functions[candidates], strict=True)), views, own=own
    )
    information = kind == _INFORMATIE
    soorten = _SOORTEN[kind]
    giving = _RESOURCE[kind]
    provided = resources(
        zip(relation_ids[giving], van_ids[giving], naar_ids[giving], soorten[giving], strict=True), own, known
    )
    receiver = dict(zip(relation_ids[giving], naar_ids[giving], strict=True))
    recruiting = giving | (kind == _WERVING)
    mapped = _MAPPED[kind] & (selected.own[van] | selected.own[naar])
    mapped_own = np.zeros(len(ids), dtype=bool)
    mapped_own[van[mapped]] = mapped_own[naar[mapped]] = True
    mapped_own &= selected.own

    activities = arrays.activities.take(
        slice(
            np.searchsorted(arrays.activity_days, first, side="left"),
            np.searchsorted(arrays.activity_days, last, side="right"),
        )
    )
    scores = arrays.scores.get(month, arrays.no_scores)
    assessment = self_assessment(scores)
    counted, total = result_counts(arrays.results, first, last)
    figures = {
        "buurt": arrays.buurt,
        "maand": month_text(month),
        "actoren": n,
        "relaties": int((~tension).sum()),
        "spanningen": int(tension.sum()),
        "dichtheid": density_of(n, len(codes)),
        "componenten": len(sizes),
        "grootste_component": max(sizes) / n if n else None,
        "gem_intensiteit": int(arrays.intensity[rel[collaboration]].sum()) / int(collaboration.sum())
        if collaboration.any()
        else None,
        "platform_betweenness": centrality[platform] if platform else None,
        "platform_bereik": reach if platform else None,
        "ruggengraat": backbone if platform else None,
        "ei_index": ei_index_of(groups[0][low], groups[0][high]),
        "eenrichtingsverkeer": one_way_share(
            zip(van_ids[information], naar_ids[information], strict=True),
            {actor: level == 0 for actor, level in known.items()},
        ),
        "dubbele_functies": duplicates,
        "parallelle_infrastructuren": parallel_infrastructures(
            duplicates, dict(zip(ids[candidates], arrays.top_down[candidates], strict=True))
        ),
        "belevingsverschillen": perception_gaps(views),
        "verloop": turnover_of(previous, codes) if previous is not None else None,
        "activiteiten": len(activities),
        "bundelingsgraad": bundling(list(activities["organisatoren"])),
        "versnipperde_activiteiten": fragmented(activities),
        "acties": action_counts(arrays.actions, first, last),
        "maatlat": assessment,
        "maatlat_gemiddelde": mean_score(assessment),
        "platform": designated,
        "erkend": recognised(arrays.recognitions, rows.platform, arrays.months.start, month),
        "erkend_maanden": months_recognised(arrays.months.recognised, month),
        "resultaten": counted,
        "resultaten_totaal": total,
        "resultaten_omvang": result_sizes(arrays.results, last),
        "verzoeken": request_counts(arrays.requests, first, last),
        "antwoordtijd": answer_time(arrays.requests, last),
        "nagekomen": promises_kept(arrays.requests, last),
        "middelen": len(provided),
        "middelen_platform": sum(receiver[r] == platform for r in provided) if platform else None,
        "middelen_aflopend": ending(
            provided, dict(zip(relation_ids[giving], arrays.relation_tot[rel[giving]], strict=True)), month
        ),
        "belemmeringen": barriers(arrays.actions, first, last),
        "afspraken": action_counts(arrays.agreements, first, last),
        "maatlat_verschil": assessment_gap(scores),
        "ei_index_eerste": ei_index_of(groups[1][low], groups[1][high]),
        "ei_index_tweede": ei_index_of(groups[2][low], groups[2][high]),
        "verbinders": ranked_connectors(
            centrality, lambda actor: effective_size_of(adjacency, position[arrays.number[actor]])
        ),
        "verbindingskaart": connection_map(
            zip(van_ids[mapped], naar_ids[mapped], soorten[mapped], strict=True),
            dict(zip(ids[mapped_own], arrays.soort[mapped_own], strict=True)),
        ),
        "vindplaats": recruiting_grounds(
            zip(relation_ids[recruiting], van_ids[recruiting], naar_ids[recruiting], soorten[recruiting], strict=True),
            own,
            known,
        ),
    }
    return figures, codes
