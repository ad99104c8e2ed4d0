"""What waits at institutions (kit.analysis.open_items): by hand, and against the figures on the demo."""

from __future__ import annotations

import pandas as pd
import pytest
from helpers import EXAMPLE_V2, EXAMPLE_V4

from kit.analysis.figures import figures
from kit.analysis.open_items import afspraken_open, per_institution, pilot_wachtend, wachtend
from kit.data.dataset import load
from kit.data.spans import dataset_months


@pytest.fixture(scope="module")
def lindenhof():
    return load(EXAMPLE_V2)


def test_what_waits_at_the_end_of_march_by_hand(lindenhof):
    """31 March 2024: vz3 asked of West on 15 January waits 76 days (beyond 30); vz2 asked on 5 March 26 days;
    vz4, refused only on 2 April, 21 days; West's promise of 12 March on vz1, kept only on 10 April, 19 days."""
    found = wachtend(lindenhof, "lindenhof", "2024-03")
    assert [(i.kind, i.row, i.institution, i.days, i.overdue) for i in found] == [
        ("verzoek", "vz3", "west", 76, True),
        ("verzoek", "vz2", "lh-wb", 26, False),
        ("verzoek", "vz4", "lh-bh", 21, False),
        ("toezegging", "vz1", "west", 19, False),
    ]
    promise = found[-1]
    assert promise.since == pd.Timestamp("2024-03-12") and promise.detail["uitkomst"] == "toegezegd"
    assert found[0].text == "Een sleutel van het buurthuis voor het platform"
    assert list(per_institution(found)) == ["west", "lh-wb", "lh-bh"]
    assert [i.row for i in per_institution(found)["west"]] == ["vz3", "vz1"]


def test_what_waits_at_the_end_of_april_by_hand(lindenhof):
    """vz3 was closed without a reaction on 30 April, vz4 refused, vz1 kept: only vz2 waits, 56 days."""
    assert [(i.row, i.days, i.overdue) for i in wachtend(lindenhof, "lindenhof", "2024-04")] == [("vz2", 56, True)]


def test_a_promise_waits_long_past_the_threshold_of_a_request(example_v2):
    """vz1's promise of 12 March, never kept: 49 days at the end of April, beyond 30."""
    path = example_v2 / "verzoeken.csv"
    path.write_text(path.read_text().replace("2024-03-12,2024-04-10,", "2024-03-12,,"))
    [_, promise] = wachtend(load(example_v2), "lindenhof", "2024-04")
    assert (promise.kind, promise.row, promise.days, promise.overdue) == ("toezegging", "vz1", 49, True)


def test_what_waits_is_what_the_figures_count(demo):
    for month in dataset_months(demo):
        for buurt in demo.buurten["id"]:
            found = wachtend(demo, buurt, month)
            f = figures(demo, buurt, month)
            counts = f["verzoeken"] or {"open": 0, "open_30": 0}  # no requests kept: null, and nothing waits
            requests = [i for i in found if i.kind == "verzoek"]
            assert len(requests) == counts["open"], (buurt, month)
            assert sum(i.overdue for i in requests) == counts["open_30"], (buurt, month)
            unkept = sum(i.kind == "toezegging" for i in found)
            if f["nagekomen"] is not None:
                made = demo.verzoeken[
                    (demo.verzoeken["buurt"] == buurt)
                    & demo.verzoeken["uitkomst"].isin(["toegezegd", "deels"])
                    & (demo.verzoeken["antwoord"] <= month.end_time)
                ]
                assert unkept == round(len(made) * (1 - f["nagekomen"])), (buurt, month)
            else:
                assert unkept == 0
        pilot = pilot_wachtend(demo, month)
        assert sorted(i.row for i in pilot) == sorted(
            i.row for b in demo.buurten["id"] for i in wachtend(demo, b, month)
        )
        assert [i.days for i in pilot] == sorted((i.days for i in pilot), reverse=True)


def test_open_agreements_are_the_figures_open_and_late_ones():
    """The items are the agreements ``dialoogafspraken.open`` counts, the late ones those of ``te_laat``: on 31 March
    2024 a1 (deadline that day) and a2 are open; on 30 April a1 is 30 days past its deadline and a3 (made 18 April)
    open, a2 kept and a4 dropped; esdoorn keeps no dialogues."""
    v4 = load(EXAMPLE_V4)
    for month, expected in (
        ("2024-03", [("a1", False, None), ("a2", False, None)]),
        ("2024-04", [("a1", True, 30), ("a3", False, None)]),
    ):
        found = afspraken_open(v4, "lindenhof", month)
        assert [(i.row, i.overdue, i.detail["over"]) for i in found] == expected
        counts = figures(v4, "lindenhof", month)["dialoogafspraken"]
        assert (counts["open"], counts["te_laat"]) == (len(found), sum(i.overdue for i in found))
    assert afspraken_open(v4, "esdoorn", "2024-04") == []
