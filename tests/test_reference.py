"""The panel's path on arrays equals the path from snapshot and graph, and the measures' array siblings networkx.

:func:`kit.analysis.figures.months_figures` computes a buurt's months on
arrays (:mod:`kit.analysis.array_figures`); :func:`kit.analysis.figures.figures`
computes a single month from its snapshot and ``nx.Graph``.  Both must give
the same figures to the last bit (``metrics --json`` prints floats
unrounded), on random buurten that exercise every rule: actors and relations
that start and end, actors of other buurten and city-wide ones, unknown
lijn and herkomst, several relations between two actors, both sides' and
third parties' views, recognitions that change the platform, buurten
without start, platform or actors.
"""

from __future__ import annotations

import csv
import importlib.util
import json
import math
import random
from pathlib import Path

import networkx as nx
import numpy as np
import pytest
from conftest import ROOT

from kit.analysis.figures import figures, months_figures
from kit.analysis.measures.connectors import betweenness, betweenness_of, effective_size, effective_size_of
from kit.analysis.measures.mixing import ei_index, ei_index_of, lijn_codes, lijn_groups
from kit.analysis.measures.platform import backbone, backbone_of, reach, reach_of
from kit.analysis.measures.structure import (
    component_sizes,
    components,
    density,
    density_of,
    largest_component_share,
    shortest_paths,
)
from kit.analysis.measures.turnover import edge_set, turnover, turnover_of
from kit.analysis.panel import panel
from kit.data.contract import BELEMMERING, CRITERIA, EENHEID, FILES, FUNCTIE, SOORT_ACTOR, SOORT_RELATIE
from kit.data.dataset import load
from kit.data.months import dataset_months

MONTHS = [f"{2023 + m // 12}-{m % 12 + 1:02d}" for m in range(16)]


def arrays_of(graph: nx.Graph):
    """A graph as the panel holds it: its nodes sorted, the tied ones, their adjacency and the edges' codes."""
    nodes = sorted(graph)
    number = {node: i for i, node in enumerate(nodes)}
    tied = sorted(number[node] for node, degree in graph.degree if degree > 0)
    position = {node: tied.index(number[node]) for node in graph if number[node] in tied}
    adjacency = np.zeros((len(tied), len(tied)))
    for a, b in graph.edges:
        adjacency[position[a], position[b]] = adjacency[position[b], position[a]] = 1.0
    codes = np.unique([min(number[a], number[b]) * len(nodes) + max(number[a], number[b]) for a, b in graph.edges])
    return nodes, number, position, adjacency, codes.astype(np.intp)


def random_graph(seed: int) -> nx.Graph:
    rng = random.Random(seed)
    n = rng.randint(0, 40)
    graph = (
        nx.gnm_random_graph(n, rng.randint(0, 2 * n), seed=seed)
        if seed % 3
        else nx.barabasi_albert_graph(max(n, 3), 1 + seed % 3, seed=seed)
    )
    graph.add_nodes_from(range(graph.number_of_nodes(), graph.number_of_nodes() + rng.randint(0, 3)))
    return graph


@pytest.mark.parametrize("seed", range(40))
def test_array_siblings_equal_the_graph_measures(seed):
    """Density, components, reach, backbone, E-I, effective size and betweenness from arrays equal the measures
    on the ``nx.Graph`` exactly (same value, same type), and the shortest paths equal networkx's."""
    graph = random_graph(seed)
    rng = random.Random(seed)
    nodes, number, position, adjacency, codes = arrays_of(graph)
    n = len(nodes)
    distance, paths = shortest_paths(adjacency)
    density_graph, density_arrays = density(graph), density_of(n, len(codes))
    assert density_arrays == density_graph and type(density_arrays) is type(density_graph)
    sizes = component_sizes(distance, n - len(position))
    assert len(sizes) == components(graph)
    assert (max(sizes) / n if n else None) == largest_component_share(graph)
    for node in graph:
        row = distance[position[node]] if node in position else None
        assert reach_of(row, n) == reach(graph, node)
        committees = rng.sample(nodes, rng.randint(0, n))
        tied = np.isin([min(number[node], number[c]) * n + max(number[node], number[c]) for c in committees], codes)
        assert backbone_of(tied) == backbone(graph, node, committees)
        if node in position:
            assert effective_size_of(adjacency, position[node]) == effective_size(graph, node)
            assert effective_size(graph, node) == pytest.approx(nx.effective_size(graph, [node])[node])
    for a in position:
        lengths = nx.single_source_shortest_path_length(graph, a)
        for b in position:
            assert distance[position[a], position[b]] == lengths.get(b, -1)
            if b in lengths and n < 25:
                assert paths[position[a], position[b]] == len(list(nx.all_shortest_paths(graph, a, b)))
    lijn = np.array([rng.choice((0, 0, 1, 2, -1)) for _ in nodes])
    low, high = np.divmod(codes, max(n, 1))
    for lijnen in ((0, 1, 2), (0, 1), (0, 2)):
        groups = lijn_groups({node: int(level) for node, level in zip(nodes, lijn, strict=True) if level >= 0}, lijnen)
        codes_of = lijn_codes(lijn, lijnen)
        assert ei_index_of(codes_of[low], codes_of[high]) == ei_index(graph, groups)
    centrality = betweenness(graph)
    if n > 2 and len(position) > 2:
        values = betweenness_of(adjacency, (distance, paths), n)
        assert values.tolist() == [centrality[node] for node in sorted(position, key=position.get)]
    expected = nx.betweenness_centrality(graph)
    assert all(math.isclose(centrality[node], expected[node], abs_tol=1e-12) for node in graph)


@pytest.mark.parametrize("seed", range(10))
def test_turnover_of_codes_equals_turnover_of_edge_sets(seed):
    one, other = random_graph(seed), random_graph(seed + 100)
    nodes = sorted(set(one) | set(other))
    coded = [np.unique([min(a, b) * len(nodes) + max(a, b) for a, b in g.edges]).astype(np.intp) for g in (one, other)]
    assert turnover_of(*coded) == turnover(edge_set(one.edges), edge_set(other.edges))


def _day(rng: random.Random, months=MONTHS) -> str:
    return f"{rng.choice(months)}-{rng.randint(1, 28):02d}"


def _period(rng: random.Random) -> tuple[str, str]:
    """A period of whole months, in order: mostly open at both ends, often at one."""
    start = "" if rng.random() < 0.6 else rng.choice(MONTHS)
    later = [m for m in MONTHS if not start or m >= start]
    return start, "" if rng.random() < 0.75 else rng.choice(later)


def random_city(folder: Path, seed: int) -> None:
    """Three small buurten and a few city-wide actors, with every file of contract version 2, at random."""
    rng = random.Random(seed)
    rows = {stem: [] for stem in FILES}
    city = [f"stad{i}" for i in range(4)]
    for i, actor in enumerate(city):
        rows["actoren"].append(
            {
                "id": actor,
                "naam": f"Stadsactor {i}",
                "soort": rng.choice(SOORT_ACTOR),
                "herkomst": ("bovenaf", "onderop", "onbekend", "bovenaf")[i],
                "lijn": rng.choice(("1", "2", "")),
                "functies": "buurtbudget;informatievoorziening",
            }
        )
    sessions = []
    for k in range(4):
        sessions.append(f"s{k}")
        rows["intervisie"].append({"id": f"s{k}", "datum": _day(rng), "voorzitter": "b0", "thema": "Thema"})
    homes = {b: [f"b{b}-a{i}" for i in range(rng.choice((0, 3, 8, 14, 20)))] for b in range(3)}
    for b, ids in homes.items():
        platform = ids[0] if ids and rng.random() < 0.8 else ""
        rows["buurten"].append(
            {
                "id": f"b{b}",
                "naam": f"Buurt {b}",
                "stadsdeel": "West",
                "platform": platform,
                "start": rng.choice(("", *MONTHS)),
            }
        )
        for i, actor in enumerate(ids):
            person = rng.random() < 0.15
            start, end = _period(rng)
            rows["actoren"].append(
                {
                    "id": actor,
                    "naam": f"Actor {b} {i}",
                    "buurt": f"b{b}",
                    "soort": "sleutelfiguur" if person else rng.choice((*SOORT_ACTOR, "bewonerscommissie")),
                    "herkomst": rng.choice(("onderop", "bovenaf", "gemengd", "onbekend")),
                    "lijn": rng.choice(("0", "0", "1", "2", "")),
                    "functies": ";".join(rng.sample(FUNCTIE[:8], rng.randint(0, 3))),
                    "vanaf": start,
                    "tot": end,
                    "persoon": "ja" if person else "nee",
                    "naam_tonen": "ja" if person else "",
                }
            )
        others = [a for home, actors in homes.items() if home != b for a in actors]
        ends = ids + city + others[:3]
        for r in range(rng.randint(len(ids), 4 * len(ids))):
            van, naar = rng.choice(ids), rng.choice(ends)
            if van == naar:
                continue
            if rng.random() < 0.5:
                van, naar = naar, van
            soort = rng.choice((*SOORT_RELATIE, "samenwerking", "informatie"))
            start, end = _period(rng)
            row = {
                "id": f"b{b}-r{r}",
                "van": van,
                "naar": naar,
                "soort": soort,
                "vanaf": start,
                "tot": end,
                "intensiteit": str(rng.randint(1, 5)) if soort == "samenwerking" else "",
                "gemeld_door": rng.choice(("", van, naar, rng.choice(ends))) if soort == "samenwerking" else "",
            }
            rows["relaties"].append(row)
            if row["gemeld_door"] == van and rng.random() < 0.6:  # the other side's view, of the same pair
                rows["relaties"].append(
                    {
                        **row,
                        "id": f"b{b}-r{r}b",
                        "van": naar,
                        "naar": van,
                        "gemeld_door": naar,
                        "intensiteit": str(rng.randint(1, 5)),
                    }
                )
        for k in range(rng.randint(0, 20)):
            kind = rng.choice(("markt", "cursus", "buurtfeest"))
            organisers = rng.sample(ids, min(len(ids), rng.randint(1, 2))) if ids else city[:1]
            rows["activiteiten"].append(
                {
                    "id": f"b{b}-act{k}",
                    "buurt": f"b{b}",
                    "naam": "Activiteit",
                    "soort": kind,
                    "datum": _day(rng),
                    "organisatoren": ";".join(organisers),
                }
            )
        for k in range(rng.randint(0, 12)):
            status = rng.choice(("open", "gedaan", "niet_gedaan", "vervallen"))
            planned = _day(rng, MONTHS[:8])
            rows["acties"].append(
                {
                    "id": f"b{b}-x{k}",
                    "buurt": f"b{b}",
                    "omschrijving": "Actie",
                    "gepland": planned,
                    "deadline": rng.choice(("", _day(rng, MONTHS[8:]))),
                    "status": status,
                    "afgerond": "" if status == "open" else _day(rng, MONTHS[8:]),
                    "reden": "reden" if status == "niet_gedaan" else "",
                    "sessie": rng.choice(("", *sessions)),
                    "belemmering": ";".join(rng.sample(BELEMMERING, 2)) if status == "niet_gedaan" else "",
                }
            )
        scored = set()
        for _ in range(rng.randint(0, 25)):
            key = (
                rng.choice(MONTHS),
                rng.choice(list(CRITERIA)[:4]),
                rng.choice(("zelf", "zelf", "peer", "stadsdeelcommissie")),
            )
            if key not in scored:
                scored.add(key)
                rows["maatlat"].append(
                    {
                        "buurt": f"b{b}",
                        "maand": key[0],
                        "criterium": key[1],
                        "score": str(rng.randint(1, 5)),
                        "beoordeeld_door": key[2],
                    }
                )
        for k in range(rng.randint(0, 6)):
            amount = rng.random() < 0.7
            rows["resultaten"].append(
                {
                    "id": f"b{b}-res{k}",
                    "buurt": f"b{b}",
                    "datum": _day(rng),
                    "omschrijving": "R",
                    "domein": "wonen",
                    "omvang": str(rng.randint(1, 900)) if amount else "",
                    "eenheid": rng.choice(EENHEID) if amount else "",
                    "bron": "besluit",
                }
            )
        for k in range(rng.randint(0, 6) if ids else 0):
            outcome = rng.choice(("open", "toegezegd", "deels", "afgewezen", "geen_reactie"))
            asked = _day(rng, MONTHS[:8])
            answered = "" if outcome == "open" else _day(rng, MONTHS[8:12])
            kept = _day(rng, MONTHS[12:]) if outcome in ("toegezegd", "deels") and rng.random() < 0.6 else ""
            rows["verzoeken"].append(
                {
                    "id": f"b{b}-vz{k}",
                    "buurt": f"b{b}",
                    "van": ids[0],
                    "aan": city[0],
                    "onderwerp": "V",
                    "gevraagd": asked,
                    "uitkomst": outcome,
                    "antwoord": answered,
                    "nagekomen": kept,
                }
            )
        if ids and rng.random() < 0.6:
            rows["erkenning"].append(
                {"buurt": f"b{b}", "platform": rng.choice(ids), "vanaf": MONTHS[3], "tot": rng.choice(("", MONTHS[7]))}
            )
            if rows["erkenning"][-1]["tot"]:
                rows["erkenning"].append({"buurt": f"b{b}", "platform": rng.choice(ids), "vanaf": MONTHS[10]})
    folder.mkdir()
    for stem, spec in FILES.items():
        with open(folder / spec.filename, "w", newline="", encoding="utf-8") as handle:
            writer = csv.DictWriter(handle, [c.name for c in spec.columns], restval="")
            writer.writeheader()
            writer.writerows(rows[stem])


@pytest.mark.parametrize("seed", range(6))
def test_panel_path_equals_the_path_from_snapshot_and_graph(tmp_path, seed):
    """Every figure of every buurt and month, printed as ``metrics --json`` prints it, is the same from both paths."""
    random_city(tmp_path / "stad", seed)
    on_arrays, from_graphs = load(tmp_path / "stad"), load(tmp_path / "stad")
    months = dataset_months(on_arrays)
    for buurt in on_arrays.buurten["id"]:
        for month, computed in zip(months, months_figures(on_arrays, buurt, months), strict=True):
            assert json.dumps(computed) == json.dumps(figures(from_graphs, buurt, month)), (buurt, str(month))


def test_a_month_alone_on_arrays_compares_with_the_month_before(tmp_path):
    """verloop of a month computed without the month before it: the month before is computed for it."""
    random_city(tmp_path / "stad", 3)
    data = load(tmp_path / "stad")
    months = dataset_months(data)
    for buurt in ("b0", "b1", "b2"):
        alone = []
        for month in months:
            data.cache.clear()
            alone.append(months_figures(data, buurt, [month])[0]["verloop"])
        assert alone == [f["verloop"] for f in months_figures(data, buurt, months)]


def test_the_benchmarks_plain_networkx_panel_equals_the_kits(tmp_path):
    """The benchmark's baseline (benchmarks/plain.py: pandas masks, nx.Graph and networkx per buurt and month)
    computes the kit's panel on its synthetic city, so that its timings compare the same work."""
    modules = {}
    for name in ("figures", "plain"):
        spec = importlib.util.spec_from_file_location(f"benchmark_{name}", ROOT / "benchmarks" / f"{name}.py")
        modules[name] = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(modules[name])
    modules["figures"].generate(tmp_path / "stad", 2)
    data = load(tmp_path / "stad")
    assert modules["figures"].differences(modules["plain"].plain_panel(data), panel(data), data) == []
