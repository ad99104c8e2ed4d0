"""The institutions' mirror (kit.analysis.mirror) on examples/lindenhof-v3, computed by hand.

lindenhof-v3's requests: vz1 to Stadsdeel West (asked 1 Feb 2024, promised 12 Mar, kept 10 Apr), vz2 to the
Wijkbericht (asked 5 Mar, open), vz3 to West (asked 15 Jan, closed without a reaction 30 Apr), vz4 to the
Buurthuis (asked 10 Mar, refused 2 Apr).  Its relations: the Buurthuis's room for the platform ends 31 Mar (r6);
the key person and the platform only send information to the Buurthuis and to West (r7, r8); West funds the
Wijkbericht and the Buurtnetwerk, both set up from the top down (r9, r11: support beside the platform); the
Wijkbericht duplicates the platform's information since June 2023, the Buurtnetwerk its meetings since April
2024 (parallel infrastructures).
"""

from __future__ import annotations

from kit.analysis.measures.mixing import one_way_pairs, one_way_share
from kit.analysis.mirror import MirrorRow, by_buurten, mirror, parallel_months
from kit.data.dataset import load


def _rows(path, first, last) -> dict[str, MirrorRow]:
    return {r.institution: r for r in mirror(load(path), first, last)}


def test_requests_by_outcome_with_refusals_and_non_answers_apart(example_v3):
    rows = _rows(example_v3, None, "2024-04")
    west, bh, wb = rows["west"], rows["lh-bh"], rows["lh-wb"]
    assert (west.gevraagd, west.toegezegd, west.afgewezen, west.zonder_reactie, west.open) == (2, 1, 0, 1, 0)
    assert west.antwoordtijd == 40  # vz1: 1 Feb to 12 Mar; vz3 closed without a reaction has no answer time
    assert (west.toezeggingen, west.nagekomen) == (1, 1)
    assert (bh.gevraagd, bh.afgewezen, bh.antwoordtijd) == (1, 1, 23)  # 10 Mar to 2 Apr
    assert (wb.gevraagd, wb.open, wb.antwoordtijd) == (1, 1, None)


def test_requests_of_before_the_span_still_open_at_its_start_are_part_of_it(example_v3):
    """April alone: nothing was asked in it, but vz2, vz3 and vz4 were open on 31 March and vz1 promised and not
    yet kept; only what was answered in April counts as answered."""
    rows = _rows(example_v3, "2024-04", "2024-04")
    west = rows["west"]
    assert (west.gevraagd, west.eerder, west.toegezegd, west.zonder_reactie) == (0, 2, 0, 1)
    assert (west.toezeggingen, west.nagekomen) == (1, 1)
    assert (rows["lh-bh"].eerder, rows["lh-bh"].afgewezen) == (1, 1)
    assert (rows["lh-wb"].eerder, rows["lh-wb"].open) == (1, 1)


def test_what_institutions_do_beside_the_platform(example_v3):
    rows = _rows(example_v3, None, "2024-04")
    # the top-down side of each parallel infrastructure, with its months: June 2023 to April 2024 is 11
    assert rows["lh-wb"].parallel == {("lindenhof", ("lh-plat", "lh-wb")): 11}
    assert parallel_months(rows["lh-bn"]) == 1 and parallel_months(rows["west"]) == 0
    assert rows["west"].naast == {"r9", "r11"}  # middelen_naast
    assert rows["west"].informatie == {("lindenhof", "lh-plat")}
    assert rows["lh-bh"].informatie == {("lindenhof", "lh-sf")}
    assert rows["lh-bh"].beeindigd == {"r6"}  # the room ended on 31 March, in the span
    assert _rows(example_v3, "2024-04", "2024-04")["lh-bh"].beeindigd == set()  # ... and not in April's
    assert all(not r.werving for r in rows.values())  # nobody recruits at a vindplaats here


def test_recruiting_where_it_brings_nothing(demo):
    """The demo's buurthuizen recruit volunteers at residents' groups they give nothing: the figure vindplaats."""
    from kit.analysis.figures import figures

    rows = {r.institution: r for r in mirror(demo, "2025-12", "2025-12")}
    recruiting = {(b, a) for r in rows.values() for b, a in r.werving}
    grounds = {(b, a) for b in demo.buurten["id"] for a in figures(demo, b, "2025-12")["vindplaats"]}
    assert recruiting == grounds and grounds


def test_a_mirror_is_no_ranking():
    """Rows by the number of buurten, then by name: never by a score."""
    a, b, c = MirrorRow("a", {"x"}), MirrorRow("b", {"x", "y"}), MirrorRow("c", {"y"}, afgewezen=5)
    names = {"a": "Zuid", "b": "Midden", "c": "Anders"}
    assert [r.institution for r in by_buurten([a, b, c], names.__getitem__)] == ["b", "c", "a"]


def test_one_way_pairs_behind_the_share():
    flows = [("r", "p"), ("q", "p"), ("p", "q"), ("r", "s")]
    resident = {"r": True, "q": True, "p": False, "s": False}
    assert one_way_pairs(flows, resident) == {("r", "p"): True, ("q", "p"): False, ("r", "s"): True}
    assert one_way_share(flows, resident) == 2 / 3
    assert one_way_share([], resident) is None


def test_a_span_before_the_data_has_no_rows(example_v3):
    assert mirror(load(example_v3), "2020-01", "2020-02") == []
