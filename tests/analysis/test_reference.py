"""The kit's figures equal the readable reference, and its network measures networkx's.

The kit computes every figure on arrays (:mod:`kit.analysis.array_figures`);
``tests/reference/figures.py`` computes them from the snapshot's frames and
an ``nx.Graph`` with networkx.  Both must give the same figures — to 1e-12
where networkx's betweenness and the kit's are summed in another order,
exactly elsewhere, same type — on every example's expected figures, the
demo and random cities that exercise every rule: actors and relations that
start and end, actors of other buurten and city-wide ones, unknown lijn and
herkomst, several relations between two actors, both sides' and third
parties' views, recognitions that change the platform, buurten without
start, platform or actors, registers a buurt does not keep, results recorded
after the fact with or without a known date.
"""

from __future__ import annotations

import csv
import importlib.util
import json
import math
import random
from itertools import pairwise
from pathlib import Path

import networkx as nx
import numpy as np
import pytest
from helpers import EXAMPLE, EXAMPLE_V2, EXAMPLE_V3, EXAMPLE_V4, ROOT
from helpers import same as close_enough
from reference.figures import reference_figures
from reference.figures import turnover as reference_turnover

from kit.analysis.catalogue import FIGURES
from kit.analysis.figures import figures, months_figures
from kit.analysis.measures.connectors import effective_size
from kit.analysis.measures.mixing import ei_index, lijn_codes, lijn_groups
from kit.analysis.measures.network import Network
from kit.analysis.measures.platform import backbone, reach
from kit.analysis.measures.structure import components, density, largest_component_share
from kit.analysis.measures.turnover import turnover
from kit.analysis.panel import panel
from kit.analysis.summary import public_figures
from kit.data.contract import BELEMMERING, CRITERIA, EENHEID, FILES, FUNCTIE, SOORT_ACTOR, SOORT_RELATIE
from kit.data.dataset import load
from kit.data.spans import dataset_months

MONTHS = [f"{2023 + m // 12}-{m % 12 + 1:02d}" for m in range(16)]


def same(kit, reference, tolerance: float = 1e-12) -> bool:
    """Equal and of one type; floats to ``tolerance`` (betweenness summed in another order), NaN equal to NaN."""
    if isinstance(reference, float) and isinstance(kit, float):
        return (math.isnan(kit) and math.isnan(reference)) or math.isclose(kit, reference, rel_tol=0, abs_tol=tolerance)
    if type(kit) is not type(reference):
        return False
    if isinstance(reference, dict):
        return kit.keys() == reference.keys() and all(same(kit[k], reference[k], tolerance) for k in reference)
    if isinstance(reference, list):
        return len(kit) == len(reference) and all(same(a, b, tolerance) for a, b in zip(kit, reference, strict=True))
    return kit == reference


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
def test_network_measures_equal_networkx(seed):
    """Density, components, reach, backbone, E-I, effective size, shortest paths and betweenness of a
    :class:`Network` equal networkx's on the same graph (exactly, same type; betweenness to 1e-12)."""
    graph = random_graph(seed)
    rng = random.Random(seed)
    net = Network.from_edges(graph.nodes, graph.edges)
    nodes = sorted(graph)
    assert net.ids.tolist() == nodes and net.edges == graph.number_of_edges()
    assert same(density(net), nx.density(graph) if len(nodes) >= 2 else None, 0)
    assert components(net) == nx.number_connected_components(graph)
    assert largest_component_share(net) == (
        max(len(c) for c in nx.connected_components(graph)) / len(nodes) if nodes else None
    )
    for node in graph:
        others = len(nodes) - 1
        expected = (len(nx.single_source_shortest_path_length(graph, node, cutoff=2)) - 1) / others if others else None
        assert same(reach(net, node), expected, 0)
        committees = rng.sample(nodes, rng.randint(0, len(nodes)))
        expected = sum(graph.has_edge(node, c) for c in committees) / len(committees) if committees else None
        assert same(backbone(net, node, committees), expected, 0)
        if graph.degree[node]:
            assert effective_size(net, node) == pytest.approx(nx.effective_size(graph, [node])[node])
    distance, paths = net.paths
    position = {node: i for i, node in enumerate(net.ids[net.tied].tolist())}
    for a in position:
        lengths = nx.single_source_shortest_path_length(graph, a)
        for b in position:
            assert distance[position[a], position[b]] == lengths.get(b, -1)
            if b in lengths and len(nodes) < 25:
                assert paths[position[a], position[b]] == len(list(nx.all_shortest_paths(graph, a, b)))
    lijn = np.array([rng.choice((0, 0, 1, 2, -1)) for _ in nodes])
    for lijnen in ((0, 1, 2), (0, 1), (0, 2)):
        groups = lijn_groups({node: int(level) for node, level in zip(nodes, lijn, strict=True) if level >= 0}, lijnen)
        expected = [(groups[a] != groups[b]) for a, b in graph.edges if a in groups and b in groups]
        value = (2 * sum(expected) - len(expected)) / len(expected) if expected else None
        assert same(ei_index(net, lijn_codes(lijn, lijnen)), value, 0)
    expected = nx.betweenness_centrality(graph)
    assert net.betweenness.keys() == expected.keys()
    assert all(math.isclose(net.betweenness[node], expected[node], abs_tol=1e-12) for node in graph)


@pytest.mark.parametrize("seed", range(10))
def test_turnover_of_codes_equals_turnover_of_edge_sets(seed):
    one, other = random_graph(seed), random_graph(seed + 100)
    nodes = sorted(set(one) | set(other))
    coded = [np.unique([min(a, b) * len(nodes) + max(a, b) for a, b in g.edges]).astype(np.intp) for g in (one, other)]
    edge_sets = [{frozenset(e) for e in g.edges} for g in (one, other)]
    assert turnover(*coded) == reference_turnover(*edge_sets)


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
            achieved, reported = _day(rng), ""
            if rng.random() < 0.5:  # recorded after the fact (version 3), the day achieved known or not
                reported = max(achieved, _day(rng))
                achieved = "" if rng.random() < 0.5 else achieved
            rows["resultaten"].append(
                {
                    "id": f"b{b}-res{k}",
                    "buurt": f"b{b}",
                    "datum": achieved,
                    "gemeld": reported,
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
def test_the_kits_figures_equal_the_reference_on_random_cities(tmp_path, seed):
    """Every figure of every buurt and month, as ``metrics --json`` prints it, equals the reference's."""
    random_city(tmp_path / "stad", seed)
    kit, plain = load(tmp_path / "stad"), load(tmp_path / "stad")
    months = dataset_months(kit)
    for buurt in kit.buurten["id"]:
        for month, computed in zip(months, months_figures(kit, buurt, months), strict=True):
            expected = reference_figures(plain, buurt, month)
            assert list(computed) == list(expected)
            for key in expected:
                assert same(computed[key], expected[key]), (buurt, str(month), key, computed[key], expected[key])


def test_the_kits_figures_equal_the_reference_on_the_demo(demo_path):
    kit, plain = load(demo_path), load(demo_path)
    months = dataset_months(kit)
    for buurt in kit.buurten["id"]:
        for month, computed in zip(months, months_figures(kit, buurt, months), strict=True):
            expected = reference_figures(plain, buurt, month)
            assert all(same(computed[key], expected[key]) for key in expected), (buurt, str(month))


@pytest.mark.parametrize(
    "example, month",
    [(EXAMPLE, "2024-03"), (EXAMPLE, "2024-04"), (EXAMPLE_V2, "2024-03"), (EXAMPLE_V2, "2024-04")],
)
def test_the_reference_reproduces_every_examples_expected_figures(example, month):
    """The reference computes the examples' hand-computed figures too (to 1e-9, the example README's tolerance);
    ``tests/analysis/test_figures.py`` holds the kit to them."""
    expected = json.loads((example / f"expected-{example.name}-{month}.json").read_text())
    computed = reference_figures(load(example), "lindenhof", month)
    for key in expected:
        assert close_enough(computed[key], expected[key]), (key, computed[key], expected[key])


@pytest.mark.parametrize("buurt", ["lindenhof", "esdoorn"])
@pytest.mark.parametrize("month", ["2024-03", "2024-04"])
def test_the_reference_reproduces_the_version_3_examples_figures(buurt, month):
    """Every key of version 3, for a buurt that keeps every register and one that keeps none; the reference's ids
    published as the kit publishes them (a hidden person as anoniem-N)."""
    data = load(EXAMPLE_V3)
    expected = json.loads((EXAMPLE_V3 / f"expected-{buurt}-v3-{month}.json").read_text())
    computed = public_figures(reference_figures(data, buurt, month), data)
    assert set(computed) - set(expected) == {figure.key for figure in FIGURES if figure.version == 4}
    for key in expected:
        assert close_enough(computed[key], expected[key]), (key, computed[key], expected[key])


def test_a_month_alone_compares_with_the_month_before(tmp_path):
    """verloop of a month computed without the month before it: the month before is computed for it."""
    random_city(tmp_path / "stad", 3)
    data = load(tmp_path / "stad")
    months = dataset_months(data)
    for buurt in ("b0", "b1", "b2"):
        alone = []
        for month in months:
            data.cache.clear()
            alone.append(figures(data, buurt, month)["verloop"])
        assert alone == [f["verloop"] for f in months_figures(data, buurt, months)]


def test_a_network_unchanged_since_last_month_is_not_computed_again(demo):
    """A month whose network equals the month's before takes that network, with its paths and betweenness; a
    month whose network changed makes its own."""
    from kit.analysis.array_figures import Month, buurt_arrays

    arrays = buurt_arrays(demo, "vlinderhof")
    months = dataset_months(demo)
    taken = 0
    for before, month in pairwise(months):
        earlier = Month(arrays, before, None)
        earlier.network.centrality  # noqa: B018 - computed once, for the month after
        later = Month(arrays, month, None, earlier.kept)
        same = np.array_equal(earlier.codes, later.codes) and np.array_equal(
            earlier.selected.actors, later.selected.actors
        )
        assert (later.network is earlier.network) == same
        taken += same
    assert 0 < taken < len(months) - 1


@pytest.mark.parametrize("careful", [False, True])
def test_the_benchmarks_plain_networkx_panels_equal_the_kits(tmp_path, careful):
    """The benchmark's baselines (benchmarks/plain.py: pandas masks, nx.Graph and networkx per buurt and month,
    on the full tables or on each buurt's rows) compute the kit's panel on its synthetic city, so that their
    timings compare the same work."""
    modules = {}
    for name in ("figures", "plain"):
        spec = importlib.util.spec_from_file_location(f"benchmark_{name}", ROOT / "benchmarks" / f"{name}.py")
        modules[name] = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(modules[name])
    modules["figures"].generate(tmp_path / "stad", 2)
    data = load(tmp_path / "stad")
    baseline = modules["plain"].plain_panel(data, careful=careful)
    assert modules["figures"].differences(baseline, panel(data), data) == []


@pytest.mark.parametrize("buurt", ["lindenhof", "esdoorn"])
@pytest.mark.parametrize("month", ["2024-02", "2024-03", "2024-04", "2024-05"])
def test_the_kit_equals_the_reference_on_the_version_4_example(buurt, month):
    """Seats, dialogues, agreements and the pulse, written out plainly in the reference, on a buurt that keeps them
    and one that does not, before, in and after the months they are recorded."""
    kit, plain = load(EXAMPLE_V4), load(EXAMPLE_V4)
    computed, expected = figures(kit, buurt, month), reference_figures(plain, buurt, month)
    assert all(close_enough(computed[key], expected[key]) for key in expected), [
        key for key in expected if not close_enough(computed[key], expected[key])
    ]
