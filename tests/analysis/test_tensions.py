"""Tensions as episodes (kit.analysis.tensions): by hand on the version 2 Lindenhof example."""

from __future__ import annotations

import pandas as pd
from helpers import replace_in

from kit.analysis.tensions import tension_episodes
from kit.data.dataset import load


def test_a_tension_is_an_episode_from_its_start(example_v2):
    """r10 (buurthuis – woonbond) began in April 2024: not yet in March, active in April, no reason recorded."""
    data = load(example_v2)
    assert tension_episodes(data, "lindenhof", "2024-03") == []
    [t] = tension_episodes(data, "lindenhof", "2024-04")
    assert (t.row, t.sides, t.vanaf, t.tot, t.toelichting, t.gemeld_door, t.active) == (
        "r10",
        ("lh-bh", "lh-wb"),
        pd.Timestamp("2024-04-01"),
        None,
        None,
        None,
        True,
    )


def test_how_it_ended_and_a_third_partys_account(example_v2):
    """Ended on 15 May, reported by the stadsdeel (neither side), with its reason: active in May, over in June."""
    replace_in(
        example_v2 / "relaties.csv",
        "r10,lh-bh,lh-wb,spanning,,2024-04,,,,",
        "r10,lh-bh,lh-wb,spanning,,2024-04,2024-05-15,west,,Ruzie over de zaal",
    )
    data = load(example_v2)
    [may] = tension_episodes(data, "lindenhof", "2024-05")
    assert (may.tot, may.gemeld_door, may.toelichting, may.active) == (
        pd.Timestamp("2024-05-15"),
        "west",
        "Ruzie over de zaal",
        True,
    )
    [june] = tension_episodes(data, "lindenhof", "2024-06")
    assert not june.active


def test_a_side_that_reported_it_is_no_third_party(example_v2):
    replace_in(
        example_v2 / "relaties.csv",
        "r10,lh-bh,lh-wb,spanning,,2024-04,,,,",
        "r10,lh-bh,lh-wb,spanning,,2024-04,,lh-wb,,Ruzie over de zaal",
    )
    [t] = tension_episodes(load(example_v2), "lindenhof", "2024-04")
    assert t.gemeld_door is None
