"""The measures of version 2 of the analysis spec, each on a case small enough to compute by hand."""

from __future__ import annotations

import math

import networkx as nx
import numpy as np
import pandas as pd
import pytest

from kit.analysis.measures.actions import action_counts, barriers
from kit.analysis.measures.assessment import assessment_gap
from kit.analysis.measures.connection_map import connection_map
from kit.analysis.measures.connectors import connectors, effective_size, highest
from kit.analysis.measures.infrastructure import (
    agreed_intensity,
    collaboration_views,
    duplicated_functions,
    parallel_infrastructures,
    perception_gaps,
)
from kit.analysis.measures.mixing import ei_index, lijn_codes, lijn_groups, one_way_share
from kit.analysis.measures.network import Network
from kit.analysis.measures.recognition import months_recognised, recognised
from kit.analysis.measures.requests import answer_time, promises_kept, request_counts
from kit.analysis.measures.resources import ending, recruiting_grounds, resources
from kit.analysis.measures.results import result_counts, result_sizes

MAY = pd.Period("2024-05", "M")
FIRST, LAST = pd.Timestamp("2024-05-01"), pd.Timestamp("2024-05-31")


def dates(*values):
    return pd.to_datetime(list(values))


def test_recognition_over_time():
    """Recognised 15 April to 31 May, again from 1 September.  March: before (no); April: active from the 15th
    (yes); June–August: between (no); September: yes.  First recognised month April: March has no count,
    April 0, May 1, July 3 (it counts on after the recognition ended)."""
    rows = pd.DataFrame({"vanaf": dates("2024-04-15", "2024-09-01"), "tot": dates("2024-05-31", None)})
    status = {m: recognised(rows, pd.Period(m, "M")) for m in ("2024-03", "2024-04", "2024-06", "2024-09")}
    assert status == {"2024-03": False, "2024-04": True, "2024-06": False, "2024-09": True}
    april = pd.Period("2024-04", "M")
    counts = [months_recognised(april, pd.Period(m, "M")) for m in ("2024-03", "2024-04", "2024-05", "2024-07")]
    assert counts == [None, 0, 1, 3]
    assert months_recognised(None, april) is None


def test_results_in_the_month_so_far_and_their_size():
    """Results on 20 April (4 stuks), 10 May (12000 euro), 31 May (no omvang, eenheid woningen), 1 June (7 stuks).
    May: 2 in the month (10 and 31 May), 3 up to 31 May; sizes up to 31 May: euro 12000, stuks 4 — woningen
    has no omvang, and the 7 stuks come later."""
    results = pd.DataFrame(
        {
            "datum": dates("2024-04-20", "2024-05-10", "2024-05-31", "2024-06-01"),
            "gemeld": dates(None, None, None, None),
            "omvang": pd.array([4, 12000, None, 7], dtype="Float64"),
            "eenheid": ["stuks", "euro", "woningen", "stuks"],
        }
    )
    assert result_counts(results, FIRST, LAST) == (2, 0, 3)
    assert result_sizes(results, LAST) == {"euro": 12000.0, "stuks": 4.0}
    assert result_counts(results.iloc[:0], FIRST, LAST) == (0, 0, 0) and result_sizes(results.iloc[:0], LAST) == {}


@pytest.fixture
def requests():
    """Five requests, seen in May 2024 (31 days; the last day is 31 May):

    ===  ==========  ============  ==========  ==========
    id   gevraagd    uitkomst      antwoord    nagekomen
    ===  ==========  ============  ==========  ==========
    v1   2024-04-01  toegezegd     2024-05-03  2024-05-20
    v2   2024-05-02  open
    v3   2024-04-30  deels         2024-06-10
    v4   2024-03-01  geen_reactie  2024-05-15
    v5   2024-05-10  afgewezen     2024-05-20
    ===  ==========  ============  ==========  ==========
    """
    return pd.DataFrame(
        {
            "gevraagd": dates("2024-04-01", "2024-05-02", "2024-04-30", "2024-03-01", "2024-05-10"),
            "uitkomst": ["toegezegd", "open", "deels", "geen_reactie", "afgewezen"],
            "antwoord": dates("2024-05-03", None, "2024-06-10", "2024-05-15", "2024-05-20"),
            "nagekomen": dates("2024-05-20", None, None, None, None),
        }
    )


def test_request_counts(requests):
    """gedaan: v2, v5 (asked in May).  beantwoord: v1, v5 (v4 closed without answer).  open on 31 May: v2 (no
    answer) and v3 (answered in June).  open_30: v3 was asked 31 days before 31 May (> 30); v2 29 days: 1.
    toegezegd: v1 (v3's partial promise comes in June).  afgewezen: v5."""
    assert request_counts(requests, FIRST, LAST) == {
        "gedaan": 2,
        "beantwoord": 2,
        "open": 2,
        "open_30": 1,
        "toegezegd": 1,
        "afgewezen": 1,
    }


def test_open_30_counts_more_than_30_days_only():
    """Asked 1 May and still open: on 31 May 30 days, not more than 30; on 30 June 60 days."""
    asked = pd.DataFrame(
        {"gevraagd": dates("2024-05-01"), "uitkomst": ["open"], "antwoord": dates(None), "nagekomen": dates(None)}
    )
    assert request_counts(asked, FIRST, LAST)["open_30"] == 0
    assert request_counts(asked, pd.Timestamp("2024-06-01"), pd.Timestamp("2024-06-30"))["open_30"] == 1


def test_answer_time_and_promises_kept(requests):
    """Answered by 31 May and not geen_reactie: v1 (1 April → 3 May: 32 days) and v5 (10 → 20 May: 10 days):
    median 21.  By 30 April nothing answered: None.  Promises by 31 May: v1 only (v3 answers in June), kept 20
    May: 1.0.  By 30 June: v1 and v3, one kept: 0.5.  By 30 April no promise: None."""
    assert answer_time(requests, LAST) == 21
    assert answer_time(requests, pd.Timestamp("2024-04-30")) is None
    assert answer_time(requests, pd.Timestamp("2024-06-30")) == 32  # v1 32, v3 41, v5 10
    assert promises_kept(requests, LAST) == 1.0
    assert promises_kept(requests, pd.Timestamp("2024-06-30")) == 0.5
    assert promises_kept(requests, pd.Timestamp("2024-04-30")) is None


@pytest.fixture
def relations():
    """(id, van, naar, soort) of a snapshot; own actors a, b, c, u; lijn a 0, b 0, c 1, p 1, q 2; u unknown.

    r1 p→a ruimte, r2 q→a werving, r3 p→b werving, r4 c→b financiering, r5 x→u ondersteuning,
    r6 a→p samenwerking, r7 q→c ondersteuning, r8 u→b werving, r9 u→a financiering.
    """
    return [
        ("r1", "p", "a", "ruimte"),
        ("r2", "q", "a", "werving"),
        ("r3", "p", "b", "werving"),
        ("r4", "c", "b", "financiering"),
        ("r5", "x", "u", "ondersteuning"),
        ("r6", "a", "p", "samenwerking"),
        ("r7", "q", "c", "ondersteuning"),
        ("r8", "u", "b", "werving"),
        ("r9", "u", "a", "financiering"),
    ]


OWN = {"a", "b", "c", "u"}
LIJN = {"a": 0, "b": 0, "c": 1, "p": 1, "q": 2}


def test_resources_reach_own_actors_of_lijn_0(relations):
    """Resource relations (ondersteuning, financiering, ruimte) into own lijn-0 actors: r1 (a), r4 (b), r9 (a, from
    an actor of unknown lijn: the giver's lijn does not matter).  Not r5 (u's lijn is unknown), not r7 (c is
    lijn 1), not the werving and samenwerking rows.  With b set up from the top down (version 3), r4 is support
    beside the platform, not a resource for residents."""
    assert resources(relations, OWN, LIJN, set()) == ["r1", "r4", "r9"]
    assert resources(relations, OWN, LIJN, {"b"}) == ["r1", "r9"]


def test_resources_ending_in_the_next_three_months():
    """May: the window is 1 June to 31 August.  31 May (still this month) no; 1 June yes; 31 August yes;
    1 September no; no end no."""
    ends = {
        "a": pd.Timestamp("2024-05-31"),
        "b": pd.Timestamp("2024-06-01"),
        "c": pd.Timestamp("2024-08-31"),
        "d": pd.Timestamp("2024-09-01"),
        "e": pd.NaT,
    }
    assert ending(list("edcba"), ends, MAY) == ["b", "c"]


def test_recruiting_grounds(relations):
    """a is recruited by q (lijn 2) but gets a place from p (r1): not a vindplaats.  b is recruited by p (lijn 1)
    but funded by c (r4): no.  Drop r1 and r4 (and r9, u's money to a): a and b are vindplaatsen.  u's own
    werving of b (r8) alone would not count: u's lijn is unknown.  Nor is an own actor of unknown lijn (b,
    left out of the lijn mapping) ever a vindplaats."""
    assert recruiting_grounds(relations, OWN, LIJN) == []
    bare = [r for r in relations if r[0] not in ("r1", "r4", "r9")]
    assert recruiting_grounds(bare, OWN, LIJN) == ["a", "b"]
    only_unknown = [("r8", "u", "b", "werving")]
    assert recruiting_grounds(only_unknown, OWN, LIJN) == []
    assert recruiting_grounds([("r3", "p", "b", "werving")], OWN, {k: v for k, v in LIJN.items() if k != "b"}) == []


def test_connection_map():
    """Own actors: p buurtplatform (bewonersinitiatieven), v vereniging, s sleutelfiguur, w wijkcentrum
    (instellingen), o ondernemer (bedrijven); x is from elsewhere.

    p–v samenwerking: bewonersinitiatieven and verenigingen bundeling +1 each.
    p–q samenwerking with q a bewonerscommissie of the buurt: one type, counted once.
    x→s ondersteuning: buren_en_sleutelfiguren sociaal_kapitaal +1 (x adds no row).
    w→o werving: instellingen and bedrijven werven +1 each.
    p→w informatie and p–w spanning: counted nowhere."""
    own = {
        "p": "buurtplatform",
        "q": "bewonerscommissie",
        "v": "vereniging",
        "s": "sleutelfiguur",
        "w": "wijkcentrum",
        "o": "ondernemer",
    }
    rows = [
        ("p", "v", "samenwerking"),
        ("p", "q", "samenwerking"),
        ("x", "s", "ondersteuning"),
        ("w", "o", "werving"),
        ("p", "w", "informatie"),
        ("p", "w", "spanning"),
    ]
    cells = connection_map(rows, own)
    assert list(cells) == [
        "lotgenoten",
        "buren_en_sleutelfiguren",
        "bewonersinitiatieven",
        "verenigingen",
        "bedrijven",
        "instellingen",
    ]
    assert all(list(row) == ["bundeling", "sociaal_kapitaal", "werven"] for row in cells.values())
    nonzero = {(kind, f): n for kind, row in cells.items() for f, n in row.items() if n}
    assert nonzero == {
        ("bewonersinitiatieven", "bundeling"): 2,
        ("verenigingen", "bundeling"): 1,
        ("buren_en_sleutelfiguren", "sociaal_kapitaal"): 1,
        ("instellingen", "werven"): 1,
        ("bedrijven", "werven"): 1,
    }


def test_barriers_and_agreements():
    """May.  x1 niet_gedaan 3 May (tijd, geld), x2 niet_gedaan 20 May (tijd), x3 niet_gedaan in April (regels),
    x4 gedaan in May (geld: a done action's barrier does not count).  tijd 2, geld 1.  The agreements are
    the actions with a sessie: x2 (closed in May, not done) and x4 (done in May)."""
    actions = pd.DataFrame(
        {
            "status": ["niet_gedaan", "niet_gedaan", "niet_gedaan", "gedaan"],
            "gepland": dates("2024-04-01", "2024-05-02", "2024-03-01", "2024-05-05"),
            "deadline": dates(None, None, None, None),
            "afgerond": dates("2024-05-03", "2024-05-20", "2024-04-30", "2024-05-06"),
            "belemmering": [("tijd", "geld"), ("tijd",), ("regels",), ("geld",)],
            "sessie": [None, "i1", None, "i2"],
        }
    )
    assert barriers(actions, FIRST, LAST) == {"tijd": 2, "geld": 1}
    assert list(barriers(actions, FIRST, LAST)) == ["tijd", "geld"]  # the contract's order
    agreements = action_counts(actions[actions["sessie"].notna()], FIRST, LAST)
    assert agreements == {"gepland": 2, "gedaan": 1, "niet_gedaan": 1, "open": 0, "te_laat": 0}


def test_assessment_gap():
    """daadkracht: self 4, peer 3 → +1.  informeren: self 2, peer 4 and stadsdeelcommissie 3 (mean 3.5) → −1.5.
    meenemen: self only; verbinden: peer only — neither has both.  Mean of +1 and −1.5: −0.25."""
    scores = pd.DataFrame(
        {
            "criterium": [
                "daadkracht",
                "daadkracht",
                "informeren",
                "informeren",
                "informeren",
                "meenemen",
                "verbinden",
            ],
            "score": [4, 3, 2, 4, 3, 5, 1],
            "beoordeeld_door": ["zelf", "peer", "zelf", "peer", "stadsdeelcommissie", "zelf", "peer"],
        }
    )
    assert assessment_gap(scores) == -0.25
    assert assessment_gap(scores[scores["beoordeeld_door"] == "zelf"]) is None
    assert assessment_gap(scores.iloc[:0]) is None


@pytest.fixture
def lines():
    """r–a–p–b–q, p–s, a–u, u–p: residents r, a, b (lijn 0), professionals p (1), q and s (2); u of
    unknown lijn.

          u
         / \\
    r — a — p — b — q
            |
            s
    """
    edges = [("r", "a"), ("a", "p"), ("p", "b"), ("b", "q"), ("p", "s"), ("a", "u"), ("u", "p")]
    return Network.from_edges("rapbqsu", edges)


def test_ei_indices_leave_unknown_lijn_out(lines):
    """Known lijn: r 0, a 0, b 0, p 1, q 2, s 2; u unknown (−1), so a–u and u–p are left out.
    All lijnen: r–a I, a–p E, p–b E, b–q E, p–s I: (3 − 2)/5 = 0.2.
    Lijn 0 and 1 (r, a, b, p): r–a I, a–p E, p–b E: (2 − 1)/3 = 1/3.
    Lijn 0 and 2 (r, a, b, q, s): r–a I, b–q E: 0."""
    assert lines.ids.tolist() == ["a", "b", "p", "q", "r", "s", "u"]
    lijn = np.array([0, 0, 1, 2, 0, 2, -1])
    assert ei_index(lines, lijn_codes(lijn)) == pytest.approx(0.2)
    assert ei_index(lines, lijn_codes(lijn, (0, 1))) == pytest.approx(1 / 3)
    assert ei_index(lines, lijn_codes(lijn, (0, 2))) == 0
    assert ei_index(lines, lijn_codes(np.array([-1, -1, -1, 2, -1, -1, 0]))) is None  # no edge among known actors


def test_one_way_information_leaves_unknown_lijn_out():
    """r→p one way; r→u and u→r with u of unknown lijn: left out (not a resident–professional pair).  1 of 1."""
    assert one_way_share([("r", "p"), ("r", "u"), ("u", "r")], lijn_groups({"r": 0, "p": 1})) == 1.0
    assert one_way_share([("r", "u")], lijn_groups({"r": 0})) is None


@pytest.fixture
def path8():
    """The path p0 – p1 – … – p7 (n = 8).  p_i lies on the shortest path of every pair with one end left of it
    (i nodes) and one right (7 − i): i·(7 − i) pairs, normalised by 2/(7·6) = 1/21:
    p1 6/21, p2 10/21, p3 12/21, p4 12/21, p5 10/21, p6 6/21, the ends 0.
    Effective size of an inner node: 2 contacts, no tie between them: 2 − 2·0/2 = 2."""
    return Network.from_edges([f"p{i}" for i in range(8)], [(f"p{i}", f"p{i + 1}") for i in range(7)])


def test_connectors_are_the_five_highest_with_ties_by_id(path8):
    """Top five above 0: p3, p4 (tied: by id), p2, p5 (tied), then p1 before p6 (tied; only five)."""
    found = connectors(path8)
    assert [c["actor"] for c in found] == ["p3", "p4", "p2", "p5", "p1"]
    assert [c["betweenness"] for c in found] == pytest.approx([12 / 21, 12 / 21, 10 / 21, 10 / 21, 6 / 21])
    assert {c["effectieve_omvang"] for c in found} == {2.0}


def test_connectors_treat_values_within_1e_12_as_ties(path8):
    """p4 a hair above p3 (1e-13, rounding noise) is still a tie: ordered by id.  A gap of 1e-9 is real."""
    nudged = path8.centrality.copy()
    nudged[4] += 1e-13
    assert path8.ids[highest(nudged)[:2]].tolist() == ["p3", "p4"]
    nudged[4] += 1e-9
    assert path8.ids[highest(nudged)[:2]].tolist() == ["p4", "p3"]


def test_connectors_do_not_depend_on_the_order_of_rows(path8):
    """The same network built from its edges in reverse order, each reversed, gives the same list, values included."""
    reverse = Network.from_edges(reversed(path8.ids.tolist()), [(f"p{i + 1}", f"p{i}") for i in reversed(range(7))])
    assert connectors(reverse) == connectors(path8)


def test_connectors_need_betweenness_above_zero():
    """A triangle has no broker: every pair is tied directly.  Fewer than five actors: fewer connectors."""
    assert connectors(Network.from_edges("abc", [("a", "b"), ("b", "c"), ("a", "c")])) == []
    star = Network.from_edges(["hub", "x", "y"], [("hub", "x"), ("hub", "y")])
    assert connectors(star) == [{"actor": "hub", "betweenness": 1.0, "effectieve_omvang": 2.0}]


def test_candidates_without_a_buurt_need_an_own_partner():
    """Own actor p (platform, buurtbudget); s (stadsdeel) and g (gemeente), top-down without a buurt, also hold
    buurtbudget.  Pairs p–s and p–g are duplicated (no samenwerking); s–g is not a pair of the buurt (neither is
    own).  Both are parallel: s and g are top-down."""
    functions = {"p": ("buurtbudget", "netwerkorganisatie"), "s": ("buurtbudget",), "g": ("buurtbudget",)}
    duplicates = duplicated_functions(functions, {}, own={"p"})
    assert duplicates == [
        {"actoren": ["g", "p"], "functies": ["buurtbudget"]},
        {"actoren": ["p", "s"], "functies": ["buurtbudget"]},
    ]
    assert parallel_infrastructures(duplicates, {"p": False, "s": True, "g": True}) == duplicates
    working = collaboration_views([("p", "s", None, 3)])
    assert duplicated_functions(functions, working, own={"p"}) == duplicates[:1]


def test_a_third_partys_row_counts_like_a_row_without_reporter():
    """Rows about the pair {a, b}: a says 2; c (a third party) says 5.
    Only a gave its own view: the highest of all rows counts, 5 — exactly as a row without gemeld_door would.
    b also says 4: both sides spoke, only their own rows count: min(2, 4) = 2; c's 5 and a None row are ignored.
    Perception gaps see only the two sides: a 2 against b 4."""
    one_side = [("a", 2), ("c", 5)]
    assert agreed_intensity(one_side, "a", "b") == agreed_intensity([("a", 2), (None, 5)], "a", "b") == 5
    both = [*one_side, ("b", 4), (None, 5)]
    assert agreed_intensity(both, "a", "b") == 2
    views = collaboration_views([("a", "b", "a", 2), ("b", "a", "c", 5), ("a", "b", "b", 4)])
    assert perception_gaps(views) == [{"actoren": ["a", "b"], "intensiteit": {"a": 2, "b": 4}}]
    assert perception_gaps(collaboration_views([("a", "b", "a", 2), ("a", "b", "c", 5)])) == []


@pytest.mark.parametrize("seed", range(10))
def test_effective_size_equals_networkx(seed):
    graph = nx.gnm_random_graph(25, 60, seed=seed)
    graph.add_node("alone")
    expected = nx.effective_size(graph)
    net = Network.from_edges([str(node) for node in graph], [(str(a), str(b)) for a, b in graph.edges])
    for node in graph:
        if node == "alone":
            assert math.isnan(effective_size(net, node)) and math.isnan(expected[node])
        else:
            assert effective_size(net, str(node)) == pytest.approx(expected[node], abs=1e-12)


@pytest.mark.parametrize("seed", range(5))
def test_duplicated_functions_equal_the_definition_pair_by_pair(seed):
    """On random candidates, functions and views: every pair with an own actor, a shared infrastructure function
    and an agreed intensity below 3, checked pair by pair."""
    import random
    from itertools import combinations

    from kit.data.contract import FUNCTIE, INFRASTRUCTURE_FUNCTIONS

    rng = random.Random(seed)
    actors = [f"a{i:02d}" for i in range(30)]
    functions = {a: tuple(rng.sample(FUNCTIE, 2)) for a in actors}
    own = set(rng.sample(actors, 20))
    views = collaboration_views((*rng.sample(actors, 2), rng.choice([None, "x"]), rng.randint(1, 5)) for _ in range(40))
    expected = []
    for a, b in combinations(sorted(actors), 2):
        common = sorted(set(functions[a]) & set(functions[b]) & set(INFRASTRUCTURE_FUNCTIONS))
        if common and (a in own or b in own) and agreed_intensity(views.get((a, b), []), a, b) < 3:
            expected.append({"actoren": [a, b], "functies": common})
    assert duplicated_functions(functions, views, own=own) == expected
