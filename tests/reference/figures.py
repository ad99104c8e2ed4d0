"""The figures of a buurt's month as readably as they can be computed: the reference the kit is held against.

:func:`reference_figures` computes every figure of ``docs/figures.md`` from
the month's snapshot (:func:`kit.analysis.snapshot.snapshot`, its frames)
and its network N as an ``nx.Graph`` (:func:`kit.analysis.snapshot.network`),
with networkx's own algorithms for the network measures, written out below.
It is slow and plain on purpose: the kit computes the same figures on
arrays (:mod:`kit.analysis.array_figures`), and ``tests/analysis/test_reference.py``
holds both equal on every example's expected figures, the demo and random
cities.  The measures of a buurt's rows (action list, requests, results …)
are the kit's own: they take the snapshot's frames here and the month's
arrays there, and have hand-computed tests of their own.  What version 3
adds or changes — the registers a buurt keeps and the figures that are then
``null``, results recorded after the fact, resources and support beside the
platform, recognition without the fallback, ``vastgelegd`` — is written out
here again, plainly, from the data contract's text; so is everything of version 4 (seats at tables, dialogues and
their agreements, the carriers' load, the owners of open actions).
"""

from __future__ import annotations

from collections import Counter
from typing import Any

import networkx as nx
import pandas as pd

from kit.analysis.measures.actions import action_counts, barriers
from kit.analysis.measures.activities import bundling, fragmented
from kit.analysis.measures.assessment import assessment_gap, mean_score, self_assessment
from kit.analysis.measures.connection_map import connection_map
from kit.analysis.measures.connectors import CONNECTORS, TIE
from kit.analysis.measures.infrastructure import (
    collaboration_views,
    duplicated_functions,
    parallel_infrastructures,
    perception_gaps,
)
from kit.analysis.measures.mixing import lijn_groups, one_way_share
from kit.analysis.measures.recognition import months_recognised
from kit.analysis.measures.requests import answer_time, promises_kept, request_counts
from kit.analysis.measures.resources import ending, recruiting_grounds
from kit.analysis.snapshot import history, network, snapshot
from kit.data.contract import ROL
from kit.data.months import as_month, month_text
from kit.data.spans import buurt_months

# --------------------------------------------------------------------------- the network measures, with networkx


def density(graph: nx.Graph) -> float | None:
    """2·edges / (n·(n−1)); ``None`` below two actors."""
    return nx.density(graph) if graph.number_of_nodes() >= 2 else None


def largest_component_share(graph: nx.Graph) -> float | None:
    n = graph.number_of_nodes()
    return max(len(c) for c in nx.connected_components(graph)) / n if n else None


def reach(graph: nx.Graph, node: str, radius: int = 2) -> float | None:
    """Share of the other actors within ``radius`` steps of ``node``."""
    others = graph.number_of_nodes() - 1
    if others == 0:
        return None
    return (len(nx.single_source_shortest_path_length(graph, node, cutoff=radius)) - 1) / others


def backbone(graph: nx.Graph, node: str, committees: list[str]) -> float | None:
    """Share of ``committees`` with an edge to ``node``."""
    if not committees:
        return None
    return sum(1 for c in committees if graph.has_edge(node, c)) / len(committees)


def ei_index(graph: nx.Graph, group: dict[str, Any]) -> float | None:
    """(E − I)/(E + I) over the edges whose two ends are in ``group``."""
    external = internal = 0
    for a, b in graph.edges:
        if a in group and b in group:
            if group[a] == group[b]:
                internal += 1
            else:
                external += 1
    return (external - internal) / (external + internal) if external + internal else None


def turnover(previous: set[frozenset[str]], current: set[frozenset[str]]) -> float | None:
    """The Jaccard distance of two edge sets."""
    union = previous | current
    return 1 - len(previous & current) / len(union) if union else None


def effective_size(graph: nx.Graph, node: str) -> float:
    """Burt's effective size in Borgatti's form, n − 2t/n (``nx.effective_size``, without its import of scipy)."""
    contacts = set(graph[node]) - {node}
    if not contacts:
        return float("nan")
    ties = sum(1 for a in contacts for b in graph[a] if b in contacts and b != a) / 2
    return len(contacts) - 2 * ties / len(contacts)


def connectors(graph: nx.Graph, centrality: dict[str, float]) -> list[dict[str, Any]]:
    """The five highest betweenness values above 0, values within 1e-12 ordered by id."""
    ranked = sorted(((value, node) for node, value in centrality.items() if value > 0), key=lambda vn: -vn[0])
    groups: list[list[tuple[float, str]]] = []
    for value, node in ranked:
        if groups and groups[-1][-1][0] - value < TIE:
            groups[-1].append((value, node))
        else:
            groups.append([(value, node)])
    top = [node for group in groups for _, node in sorted(group, key=lambda vn: vn[1])][:CONNECTORS]
    return [{"actor": a, "betweenness": centrality[a], "effectieve_omvang": effective_size(graph, a)} for a in top]


# --------------------------------------------------------------------------- version 3, written out plainly

#: The data contract's table: a register not kept for B (or a column not in use) → the figures that are then null.
NULL_WHEN_NOT_KEPT = {
    "activiteiten": ("activiteiten", "bundelingsgraad", "versnipperde_activiteiten"),
    "acties": ("acties", "afspraken", "belemmeringen", "acties_eigenaren", "acties_concentratie"),
    "acties.sessie": ("afspraken",),
    "acties.belemmering": ("belemmeringen",),
    "maatlat": ("maatlat", "maatlat_gemiddelde", "maatlat_verschil"),
    "resultaten": ("resultaten", "resultaten_gemeld", "resultaten_totaal", "resultaten_omvang"),
    "verzoeken": ("verzoeken", "antwoordtijd", "nagekomen"),
    "erkenning": ("erkend", "erkend_maanden"),
    "tafels": ("tafels", "tafels_rol", "tafel_hoogste_rol", "tafels_uitgenodigd"),
    "dialogen": ("dialogen", "dialoogafspraken"),
    "draaglast": ("belasting", "dragers", "incident"),
}
RESOURCE_KINDS = ("ondersteuning", "financiering", "ruimte")


def registers_kept(dataset, buurt: str) -> dict[str, bool]:
    """A register is kept when its file has a row of the buurt; a column is in use when a row of its file fills it."""
    found = {
        stem: bool((getattr(dataset, stem)["buurt"] == buurt).any())
        for stem in (
            "activiteiten",
            "acties",
            "maatlat",
            "resultaten",
            "verzoeken",
            "erkenning",
            "tafels",
            "dialogen",
            "draaglast",
        )
    }
    found["acties.sessie"] = bool(dataset.acties["sessie"].notna().any())
    found["acties.belemmering"] = any(len(cell) > 0 for cell in dataset.acties["belemmering"])
    return found


def results_of_month(results: pd.DataFrame, first, last) -> dict[str, Any]:
    """resultaten, resultaten_gemeld, resultaten_totaal and resultaten_omvang, row by row."""
    achieved = recorded_later = 0
    sizes: dict[str, float] = {}
    total = 0
    for _, row in results.iterrows():
        datum, gemeld = row["datum"], row["gemeld"]
        if not pd.isna(datum) and first <= datum <= last:
            achieved += 1
        if not pd.isna(gemeld) and first <= gemeld <= last and (pd.isna(datum) or datum < first):
            recorded_later += 1
        day = gemeld if pd.isna(datum) else datum
        if day <= last:
            total += 1
            if not pd.isna(row["omvang"]):
                sizes[row["eenheid"]] = sizes.get(row["eenheid"], 0.0) + float(row["omvang"])
    order = ("euro", "woningen", "personen", "m2", "stuks")
    return {
        "resultaten": achieved,
        "resultaten_gemeld": recorded_later,
        "resultaten_totaal": total,
        "resultaten_omvang": {unit: sizes[unit] for unit in order if unit in sizes},
    }


def is_recognised(recognitions: pd.DataFrame, first, last) -> bool:
    return any(
        row["vanaf"] <= last and (pd.isna(row["tot"]) or row["tot"] >= first) for _, row in recognitions.iterrows()
    )


def resources_and_support_beside(snap, lijn: dict[str, int], duplicates: list[dict[str, Any]]) -> tuple[list, list]:
    """middelen's relations, and middelen_naast: resources to own lijn-0 actors not started top-down; support
    from lijn 1 or 2 to an own top-down actor or a duplicate of the platform, other than the platform."""
    own = snap.own_actors
    top_down = set(own.index[own["herkomst"] == "bovenaf"])
    platform = snap.platform
    rivals = {a for pair in duplicates if platform in pair["actoren"] for a in pair["actoren"]} - {platform}
    provided, beside = [], []
    for _, row in snap.relaties.iterrows():
        if row["soort"] not in RESOURCE_KINDS or row["naar"] not in own.index:
            continue
        if lijn.get(row["naar"]) == 0 and row["naar"] not in top_down:
            provided.append(row["id"])
        if (
            row["naar"] != platform
            and (row["naar"] in top_down or row["naar"] in rivals)
            and lijn.get(row["van"], 0) >= 1
        ):
            beside.append(row["id"])
    return provided, sorted(beside)


def recorded(dataset, buurt: str, month: pd.Period) -> dict[str, str | None]:
    """vastgelegd: per register, the latest month up to ``month`` named by a date of one of the buurt's rows."""
    actors = dataset.actoren[dataset.actoren["buurt"] == buurt]
    ids = set(actors["id"])
    relations = dataset.relaties[dataset.relaties["van"].isin(ids) | dataset.relaties["naar"].isin(ids)]

    def own(stem):
        frame = getattr(dataset, stem)
        return frame[frame["buurt"] == buurt]

    sources = {
        "actoren": [actors["vanaf"], actors["tot"]],
        "relaties": [relations["vanaf"], relations["tot"]],
        "activiteiten": [own("activiteiten")["datum"]],
        "acties": [own("acties")["gepland"], own("acties")["afgerond"]],
        "maatlat": [own("maatlat")["maand"]],
        "resultaten": [own("resultaten")["datum"], own("resultaten")["gemeld"]],
        "verzoeken": [own("verzoeken")[c] for c in ("gevraagd", "antwoord", "nagekomen")],
        "erkenning": [own("erkenning")["vanaf"], own("erkenning")["tot"]],
        "tafels": [own("tafels")["vanaf"], own("tafels")["tot"]],
        "dialogen": [own("dialogen")["datum"]],
        "draaglast": [own("draaglast")["maand"]],
    }
    found = {}
    for register, columns in sources.items():
        months = [pd.Period(value, freq="M") for values in columns for value in values.dropna()]
        months = [m for m in months if m <= month]
        found[register] = month_text(max(months)) if months else None
    return found


# --------------------------------------------------------------------------- version 4, written out plainly


def seats_and_dialogues(dataset, buurt: str, first, last) -> dict[str, Any]:
    """The figures of tafels, dialogen and dialoogafspraken, from the contract's text."""
    seats = dataset.tafels[dataset.tafels["buurt"] == buurt]
    active = seats[(seats["vanaf"] <= last) & (seats["tot"].isna() | (seats["tot"] >= first))]
    dialogues = dataset.dialogen[dataset.dialogen["buurt"] == buurt]
    made_on = dict(zip(dialogues["id"], dialogues["datum"], strict=False))
    counts = dict.fromkeys(("gemaakt", "nagekomen", "vervallen", "open", "te_laat"), 0)
    for row in dataset.dialoogafspraken.itertuples():
        if row.dialoog not in made_on:
            continue
        made = made_on[row.dialoog]
        counts["gemaakt"] += first <= made <= last
        counts["nagekomen"] += not pd.isna(row.nagekomen) and first <= row.nagekomen <= last
        counts["vervallen"] += not pd.isna(row.vervallen) and first <= row.vervallen <= last
        still_open = (
            made <= last
            and (pd.isna(row.nagekomen) or row.nagekomen > last)
            and (pd.isna(row.vervallen) or row.vervallen > last)
        )
        counts["open"] += still_open
        counts["te_laat"] += still_open and not pd.isna(row.deadline) and row.deadline < last
    rungs = [ROL.index(rol) + 1 for rol in active["rol"]]
    return {
        "tafels": len(active),
        "tafels_rol": {rol: int((active["rol"] == rol).sum()) for rol in ROL},
        "tafel_hoogste_rol": max(rungs) if rungs else None,
        "tafels_uitgenodigd": int((active["toegang"] == "uitgenodigd").sum()),
        "dialogen": int(((dialogues["datum"] >= first) & (dialogues["datum"] <= last)).sum()),
        "dialoogafspraken": {key: int(n) for key, n in counts.items()},
    }


def carriers_load(dataset, buurt: str, month: pd.Period, first, last) -> dict[str, Any]:
    """The pulse of the month (null without a row), and the owners of the actions open on its last day."""
    pulse = dataset.draaglast[(dataset.draaglast["buurt"] == buurt) & (dataset.draaglast["maand"] == month)]
    row = pulse.iloc[0] if len(pulse) else None
    actions = dataset.acties[dataset.acties["buurt"] == buurt]
    open_ = actions[(actions["gepland"] <= last) & (actions["afgerond"].isna() | (actions["afgerond"] > last))]
    owners = Counter(owner for owner in open_["eigenaar"] if isinstance(owner, str))
    return {
        "belasting": None if row is None else int(row["belasting"]),
        "dragers": None if row is None else int(row["dragers"]),
        "incident": None if row is None else bool(row["incident"]),
        "acties_eigenaren": len(owners),
        "acties_concentratie": max(owners.values(), default=0) / len(open_) if len(open_) else None,
    }


# --------------------------------------------------------------------------- every figure of a month


def reference_figures(dataset, buurt: str, maand) -> dict[str, Any]:
    """Every figure of ``buurt`` in ``maand``, keyed as ``metrics --json`` prints them."""
    month = as_month(maand)
    marks = buurt_months(dataset, buurt)
    snap = snapshot(dataset, buurt, month)
    graph = network(snap)
    previous = None
    if marks.start is not None and month > marks.start:
        previous = {frozenset(e) for e in network(snapshot(dataset, buurt, month - 1)).edges}
    rows = history(dataset, buurt)
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
            strict=False,
        )
    )
    platform = snap.platform
    actors = snap.actoren
    lijn = {a: int(level) for a, level in zip(actors.index, actors["lijn"], strict=False) if not pd.isna(level)}
    own = snap.own_actors
    own_ids = set(own.index)
    # candidates for duplicated functions: the buurt's own organisations, and top-down ones without a buurt
    candidates = actors[
        ~actors["persoon"] & (actors.index.isin(own_ids) | (actors["buurt"].isna() & (actors["herkomst"] == "bovenaf")))
    ]
    duplicates = duplicated_functions(
        dict(zip(candidates.index, candidates["functies"], strict=False)), views, own=own_ids
    )
    information = relations[relations["soort"] == "informatie"]
    scores = rows.scores[rows.scores["maand"] == month]
    assessment = self_assessment(scores)
    centrality = nx.betweenness_centrality(graph)
    resident = lijn_groups(lijn)
    provided, beside = resources_and_support_beside(snap, lijn, duplicates)
    receiver = dict(zip(ids, naars, strict=False))
    committees = list(own.index[own["soort"] == "bewonerscommissie"])
    results = results_of_month(rows.results, first, last)
    found = {
        "buurt": buurt,
        "maand": month_text(month),
        "actoren": graph.number_of_nodes(),
        "relaties": int((~tension).sum()),
        "spanningen": int(tension.sum()),
        "dichtheid": density(graph),
        "componenten": nx.number_connected_components(graph),
        "grootste_component": largest_component_share(graph),
        "gem_intensiteit": float(collaboration["intensiteit"].mean()) if len(collaboration) else None,
        "platform_betweenness": centrality[platform] if platform else None,
        "platform_bereik": reach(graph, platform) if platform else None,
        "ruggengraat": backbone(graph, platform, committees) if platform else None,
        "ei_index": ei_index(graph, resident),
        "eenrichtingsverkeer": one_way_share(zip(information["van"], information["naar"], strict=False), resident),
        "dubbele_functies": duplicates,
        "parallelle_infrastructuren": parallel_infrastructures(
            duplicates, dict(zip(candidates.index, candidates["herkomst"] == "bovenaf", strict=False))
        ),
        "belevingsverschillen": perception_gaps(views),
        "verloop": turnover(previous, {frozenset(e) for e in graph.edges}) if previous is not None else None,
        "activiteiten": len(snap.activiteiten),
        "bundelingsgraad": bundling(list(snap.activiteiten["organisatoren"])),
        "versnipperde_activiteiten": fragmented(snap.activiteiten),
        "acties": action_counts(rows.actions, first, last),
        "maatlat": assessment,
        "maatlat_gemiddelde": mean_score(assessment),
        "platform": snap.designated_platform,
        "erkend": is_recognised(rows.recognitions, first, last),
        "erkend_maanden": months_recognised(marks.recognised, month),
        "resultaten": results["resultaten"],
        "resultaten_totaal": results["resultaten_totaal"],
        "resultaten_omvang": results["resultaten_omvang"],
        "verzoeken": request_counts(rows.requests, first, last),
        "antwoordtijd": answer_time(rows.requests, last),
        "nagekomen": promises_kept(rows.requests, last),
        "middelen": len(provided),
        "middelen_platform": sum(receiver[r] == platform for r in provided) if platform else None,
        "middelen_aflopend": ending(provided, dict(zip(ids, relations["tot"].to_numpy(), strict=False)), month),
        "belemmeringen": barriers(rows.actions, first, last),
        "afspraken": action_counts(rows.agreements, first, last),
        "maatlat_verschil": assessment_gap(scores),
        "ei_index_eerste": ei_index(graph, lijn_groups(lijn, (0, 1))),
        "ei_index_tweede": ei_index(graph, lijn_groups(lijn, (0, 2))),
        "verbinders": connectors(graph, centrality),
        "verbindingskaart": connection_map(
            zip(vans, naars, kinds, strict=False), dict(zip(own.index, own["soort"], strict=False))
        ),
        "vindplaats": recruiting_grounds(zip(ids, vans, naars, kinds, strict=False), own_ids, lijn),
        "resultaten_gemeld": results["resultaten_gemeld"],
        "middelen_naast": beside,
        "vastgelegd": recorded(dataset, buurt, month),
        **seats_and_dialogues(dataset, buurt, first, last),
        **carriers_load(dataset, buurt, month, first, last),
    }
    kept = registers_kept(dataset, buurt)
    for register, keys in NULL_WHEN_NOT_KEPT.items():
        file_kept = kept[register.split(".")[0]]
        if not (file_kept and kept[register]):
            found.update(dict.fromkeys(keys, None))
    return found
