"""Each measure on a network or rows small enough to compute by hand; the hand computation is in the docstring."""

from __future__ import annotations

import random

import networkx as nx
import numpy as np
import pandas as pd
import pytest

from kit.analysis.measures.actions import action_counts
from kit.analysis.measures.activities import bundling, fragmented
from kit.analysis.measures.assessment import mean_score, self_assessment
from kit.analysis.measures.infrastructure import (
    agreed_intensity,
    collaboration_views,
    duplicated_functions,
    mean_intensity,
    parallel_infrastructures,
    perception_gaps,
)
from kit.analysis.measures.mixing import ei_index, one_way_share
from kit.analysis.measures.network import Network
from kit.analysis.measures.platform import backbone, reach
from kit.analysis.measures.structure import components, density, largest_component_share
from kit.analysis.measures.turnover import turnover


@pytest.fixture
def kite() -> Network:
    """p–a, p–b, a–b, p–c, c–d, and e alone: six actors, five edges.

      a   c — d
     / \\ /
    b — p        e
    """
    return Network.from_edges("pabcde", [("p", "a"), ("p", "b"), ("a", "b"), ("p", "c"), ("c", "d")])


def test_density(kite):
    """2·5 / (6·5) = 1/3; fewer than two actors has no density; without edges it is 0."""
    assert density(kite) == pytest.approx(1 / 3)
    assert density(Network.from_edges([], [])) is None
    assert density(Network.from_edges([1], [])) is None
    assert density(Network.from_edges([1, 2], [])) == 0


def test_components(kite):
    """{p, a, b, c, d} and {e}: two components, the largest holds 5 of 6."""
    assert components(kite) == 2
    assert largest_component_share(kite) == pytest.approx(5 / 6)
    empty = Network.from_edges([], [])
    assert largest_component_share(empty) is None and components(empty) == 0


def test_betweenness(kite):
    """Pairs of the others whose shortest paths run through p: a–c, a–d, b–c, b–d (one path each, all via p);
    a–b is direct, c–d is direct, e reaches nobody.  4 pairs × 2/((6−1)(6−2)) = 8/20 = 0.4.
    c lies on a–d, b–d and p–d: 3 pairs → 0.3.  a, b, d and e lie on no shortest path between others."""
    assert kite.betweenness == pytest.approx({"p": 0.4, "c": 0.3, "a": 0, "b": 0, "d": 0, "e": 0})


def test_betweenness_splits_over_parallel_shortest_paths():
    """Square s–x–t, s–y–t: two shortest paths between s and t, x on one: 1/2 pair.
    x also lies on no other pair's shortest path (y–s direct, …), so 0.5 × 2/(3·2) = 1/6; so do all four."""
    square = Network.from_edges("sxty", [("s", "x"), ("x", "t"), ("t", "y"), ("y", "s")])
    assert square.betweenness == pytest.approx(dict.fromkeys("sxty", 1 / 6))


@pytest.mark.parametrize("seed", range(25))
def test_betweenness_equals_networkx_on_random_graphs(seed):
    rng = random.Random(seed)
    graph = nx.gnm_random_graph(rng.randint(3, 60), rng.randint(2, 150), seed=seed)
    expected = nx.betweenness_centrality(graph)
    computed = Network.from_edges(graph.nodes, graph.edges).betweenness
    assert computed.keys() == expected.keys()
    for node in graph:
        assert computed[node] == pytest.approx(expected[node], abs=1e-12)


def test_small_networks_have_zero_betweenness():
    assert Network.from_edges([0, 1], [(0, 1)]).betweenness == {0: 0.0, 1: 0.0}
    assert Network.from_edges([], []).betweenness == {}
    assert Network.from_edges("abc", [("a", "b")]).betweenness == {"a": 0.0, "b": 0.0, "c": 0.0}


def test_reach(kite):
    """Within two steps of p: a, b, c (one step) and d (two): 4 of the 5 others; e reaches no one."""
    assert reach(kite, "p") == pytest.approx(4 / 5)
    assert reach(kite, "d") == pytest.approx(2 / 5)  # c, p
    assert reach(kite, "e") == 0
    assert reach(Network.from_edges("p", []), "p") is None


def test_backbone(kite):
    """Committees a, d, e: only a is tied to p directly → 1/3; no committees → None; e is tied to none."""
    assert backbone(kite, "p", ["a", "d", "e"]) == pytest.approx(1 / 3)
    assert backbone(kite, "e", ["a", "d"]) == 0
    assert backbone(kite, "p", []) is None


def test_ei_index(kite):
    """Residents {a, b, d} (code 1), professionals {p, c, e} (0), in the order of the ids a b c d e p.
    Edges: p–a E, p–b E, a–b I, p–c I, c–d E.  E = 3, I = 2: (3 − 2)/5 = 0.2.  An actor of code −1 is in no
    group: without p only a–b (I) and c–d (E) count, 0."""
    assert kite.ids.tolist() == ["a", "b", "c", "d", "e", "p"]
    assert ei_index(kite, np.array([1, 1, 0, 1, 0, 0])) == pytest.approx(0.2)
    assert ei_index(kite, np.array([1, 1, 0, 1, 0, -1])) == 0
    assert ei_index(Network.from_edges(range(3), []), np.array([1, 1, 0])) is None


def test_mean_intensity():
    """Every samenwerking row counts, both sides' views of one pair too: (2 + 4 + 3) / 3 = 3."""
    assert mean_intensity(np.array([2, 4, 3])) == 3
    assert mean_intensity(np.array([], dtype=np.int64)) is None


def test_one_way_information():
    """Pairs resident–professional with a flow: {r, p} only r→p (one-way); {q, p} both ways; {r, s} both
    residents, ignored.  1 of 2 pairs is one-way → 0.5.  No pair → None."""
    resident = {"r": True, "q": True, "s": True, "p": False}
    flows = [("r", "p"), ("r", "p"), ("q", "p"), ("p", "q"), ("r", "s")]
    assert one_way_share(flows, resident) == 0.5
    assert one_way_share([("p", "r")], resident) == 0
    assert one_way_share([("r", "s")], resident) is None


def test_agreed_intensity():
    """Highest row without both views; the lower side's highest with both; 0 without rows."""
    assert agreed_intensity([(None, 2), (None, 4)], "a", "b") == 4
    assert agreed_intensity([("a", 2), ("a", 3), ("b", 5)], "a", "b") == 3
    assert agreed_intensity([("a", 4), (None, 1)], "a", "b") == 4
    assert agreed_intensity([], "a", "b") == 0


def test_duplicated_functions_and_parallel_infrastructures():
    """a and b share informatievoorziening and work together at 4 (not duplicated);
    a and c share netwerkorganisatie and only network at 1 (duplicated);
    b and c share nothing infrastructural (jongeren is an activity function);
    d shares informatievoorziening with a and b and has no rows (two duplicates).
    c is top-down, so only the a–c pair is parallel."""
    functions = {
        "a": ("netwerkorganisatie", "informatievoorziening"),
        "b": ("informatievoorziening", "jongeren"),
        "c": ("netwerkorganisatie", "jongeren"),
        "d": ("informatievoorziening",),
    }
    views = collaboration_views([("a", "b", None, 4), ("c", "a", None, 1)])
    duplicates = duplicated_functions(functions, views)
    assert duplicates == [
        {"actoren": ["a", "c"], "functies": ["netwerkorganisatie"]},
        {"actoren": ["a", "d"], "functies": ["informatievoorziening"]},
        {"actoren": ["b", "d"], "functies": ["informatievoorziening"]},
    ]
    assert parallel_infrastructures(duplicates, {"a": False, "b": False, "c": True, "d": False}) == duplicates[:1]


def test_perception_gaps():
    """a says 1 and 2 (highest 2), b says 4: gap 2 → listed; c says 3, d says 4: gap 1 → not listed."""
    views = collaboration_views(
        [("a", "b", "a", 1), ("b", "a", "a", 2), ("a", "b", "b", 4), ("c", "d", "c", 3), ("d", "c", "d", 4)]
    )
    assert perception_gaps(views) == [{"actoren": ["a", "b"], "intensiteit": {"a": 2, "b": 4}}]


def test_turnover():
    """Before {1–2, 2–3}, after {1–2, 3–4}, as codes low · 5 + high: {7, 13} and {7, 19}.  Common 1, union 3
    → 1 − 1/3; both empty → None."""
    assert turnover(np.array([7, 13]), np.array([7, 19])) == pytest.approx(2 / 3)
    assert turnover(np.array([], dtype=np.intp), np.array([], dtype=np.intp)) is None


def test_bundling():
    """Two of four activities have two or more organisers."""
    assert bundling([("a",), ("a", "b"), ("c",), ("a", "b", "c")]) == 0.5
    assert bundling([]) is None


def test_fragmented_activities():
    """Meetings on the 1st (org a), 10th (b) and 20th (c): 1–10 and 10–20 are ≤ 14 days apart with no
    shared organiser, so all three form one group though 1–20 is 19 days.  The markets on the 3rd and 5th
    share organiser d: not split.  The party is alone in its kind."""
    activities = pd.DataFrame(
        {
            "id": ["m3", "m1", "m2", "k1", "k2", "f1"],
            "soort": ["bewonersbijeenkomst"] * 3 + ["markt"] * 2 + ["buurtfeest"],
            "datum": pd.to_datetime(
                ["2024-05-20", "2024-05-01", "2024-05-10", "2024-05-03", "2024-05-05", "2024-05-04"]
            ),
            "organisatoren": [("c",), ("a",), ("b",), ("d",), ("d", "e"), ("a",)],
        }
    )
    assert fragmented(activities) == [["m1", "m2", "m3"]]
    assert fragmented(activities.iloc[3:]) == []


def _fragmented_by_pairs(activities: pd.DataFrame, days: int = 14) -> list[list[str]]:
    """The definition as written: link every qualifying pair, then take the groups (quadratic; the reference)."""
    graph = nx.Graph()
    day = activities["datum"].to_numpy("datetime64[D]").astype("int64").tolist()
    ids, kinds, organisers = activities["id"].tolist(), activities["soort"].tolist(), activities["organisatoren"]
    rows = list(zip(ids, kinds, day, map(set, organisers), strict=True))
    for i, (a, kind_a, day_a, organisers_a) in enumerate(rows):
        for b, kind_b, day_b, organisers_b in rows[i + 1 :]:
            if kind_a == kind_b and abs(day_a - day_b) <= days and not organisers_a & organisers_b:
                graph.add_edge(a, b)
    return sorted(sorted(group) for group in nx.connected_components(graph))


def _random_activities(rng: random.Random, count: int, span: int, organisers: int) -> pd.DataFrame:
    people = [f"o{i}" for i in range(organisers)]
    return pd.DataFrame(
        {
            "id": rng.sample([f"a{i}" for i in range(10 * count)], count),
            "soort": [rng.choice(("markt", "cursus", "buurtfeest")) for _ in range(count)],
            "datum": pd.to_datetime("2024-05-01") + pd.to_timedelta([rng.randrange(span) for _ in range(count)], "D"),
            "organisatoren": [
                tuple(rng.sample(people, min(organisers, rng.choice((0, 1, 1, 1, 2, 2, 3))))) for _ in range(count)
            ],
        }
    )


@pytest.mark.parametrize("seed", range(300))
def test_fragmented_equals_the_pairwise_definition(seed):
    """Random months (few or many organisers, days close together or spread) give the pairwise definition's groups."""
    rng = random.Random(seed)
    activities = _random_activities(rng, rng.randint(0, 40), rng.choice((1, 10, 31, 90)), rng.choice((2, 4, 12)))
    days = rng.choice((0, 3, 14))
    assert fragmented(activities, days) == _fragmented_by_pairs(activities, days)


@pytest.mark.parametrize("shape", ["distinct", "shared", "platform-and-partner"])
def test_fragmented_is_fast_on_a_crowded_day(shape):
    """20,000 markets on one day.  Distinct organisers: every pair linked (200 million links), one group.
    All by one organiser, or each by the platform with a partner: no pair linked, no group."""
    import time

    count = 20_000
    organisers = {
        "distinct": [(f"o{i}",) for i in range(count)],
        "shared": [("plat",)] * count,
        "platform-and-partner": [("plat", f"o{i}") for i in range(count)],
    }[shape]
    activities = pd.DataFrame(
        {
            "id": [f"a{i:05d}" for i in range(count)],
            "soort": "markt",
            "datum": pd.Timestamp("2024-05-15"),
            "organisatoren": organisers,
        }
    )
    started = time.perf_counter()
    groups = fragmented(activities)
    assert time.perf_counter() - started < 10
    assert groups == ([sorted(activities["id"])] if shape == "distinct" else [])


def test_action_counts():
    """May 2024.  x1 planned in April, done in May; x2 planned in May, open, deadline 10 May (late);
    x3 planned in May, not done in June (open during May, deadline 31 May: not before the last day);
    x4 dropped in April (closed before May)."""
    actions = pd.DataFrame(
        {
            "status": ["gedaan", "open", "niet_gedaan", "vervallen"],
            "gepland": pd.to_datetime(["2024-04-02", "2024-05-03", "2024-05-04", "2024-03-01"]),
            "deadline": pd.to_datetime(["2024-05-01", "2024-05-10", "2024-05-31", None]),
            "afgerond": pd.to_datetime(["2024-05-07", None, "2024-06-02", "2024-04-30"]),
        }
    )
    counts = action_counts(actions, pd.Timestamp("2024-05-01"), pd.Timestamp("2024-05-31"))
    assert counts == {"gepland": 2, "gedaan": 1, "niet_gedaan": 0, "open": 2, "te_laat": 1}


def test_self_assessment():
    """Only the buurt's own scores count; peer scores are left out."""
    scores = pd.DataFrame(
        {
            "criterium": ["informeren", "daadkracht", "informeren"],
            "score": [2, 5, 4],
            "beoordeeld_door": ["zelf", "zelf", "peer"],
        }
    )
    assessment = self_assessment(scores)
    assert assessment == {"daadkracht": 5, "informeren": 2}
    assert list(assessment) == ["daadkracht", "informeren"]
    assert mean_score(assessment) == 3.5 and mean_score({}) is None


def test_path_counts_stay_exact_beyond_single_precision():
    """A chain of 26 diamonds (hub i to hub i+1 through two middle nodes) has 2^26 shortest paths from end to end:
    more than single precision counts exactly, so the counting moves to double precision on the way."""
    edges = [(f"h{i}", f"{side}{i}") for i in range(26) for side in "ab"]
    edges += [(f"{side}{i}", f"h{i + 1}") for i in range(26) for side in "ab"]
    net = Network.from_edges({node for edge in edges for node in edge}, edges)
    distance, paths = net.paths
    start, end = (int(np.flatnonzero(net.ids[net.tied] == hub)[0]) for hub in ("h0", "h26"))
    assert distance[start, end] == 52 and paths[start, end] == 2**26 and paths.dtype == np.float64
    assert paths[start, end] + 1 != paths[start, end]  # a whole number, exactly
