"""The network map's layout stays put from month to month (kit.report.layout)."""

from __future__ import annotations

from helpers import replace_in

from kit.analysis.snapshot import network, snapshot
from kit.data.dataset import load
from kit.report.layout import positions


def test_actor_keeps_its_place_and_new_actor_gets_one(example):
    data = load(example)
    march = positions(data, "lindenhof", "2024-03")
    april = positions(data, "lindenhof", "2024-04")
    assert "lh-bc3" not in march and "lh-bc3" in april  # VvE Hofzicht starts in April
    for actor in set(march) & set(april):
        assert april[actor] == march[actor]
    assert set(april) == set(network(snapshot(data, "lindenhof", "2024-04")).nodes)
    assert all(len(xy) == 2 and all(isinstance(v, float) for v in xy) for xy in april.values())
    assert april["lh-bc3"] not in [april[a] for a in april if a != "lh-bc3"]


def test_same_data_same_picture(example):
    first = positions(load(example), "lindenhof", "2024-04")
    second = positions(load(example), "lindenhof", "2024-04")
    assert first == second


def test_order_of_requests_does_not_matter(example):
    direct = positions(load(example), "lindenhof", "2024-04")
    data = load(example)
    positions(data, "lindenhof", "2024-03")
    assert positions(data, "lindenhof", "2024-04") == direct


def test_actor_that_returns_gets_its_old_place(example):
    # Stadsdeel West is in the snapshot only through r8 and r9: end them in March, tie it again from May.
    replace_in(
        example / "relaties.csv",
        "r8,lh-plat,west,informatie,,2022-01,,",
        "r8,lh-plat,west,informatie,,2022-01,2024-03-31,",
    )
    replace_in(
        example / "relaties.csv",
        "r9,west,lh-wb,financiering,,2023-06,,",
        "r9,west,lh-wb,financiering,,2023-06,2024-03-31,",
    )
    with open(example / "relaties.csv", "a", encoding="utf-8") as handle:
        handle.write("r11,lh-bc1,west,informatie,,2024-05,,,,\n")
    data = load(example)
    march = positions(data, "lindenhof", "2024-03")
    april = positions(data, "lindenhof", "2024-04")
    may = positions(data, "lindenhof", "2024-05")
    assert "west" in march and "west" not in april and "west" in may
    assert may["west"] == march["west"]


def test_demo_positions_stable_over_the_year(demo):
    for buurt in ("zilverdistel", "zonnedauw"):
        previous = None
        for month in range(1, 13):
            pos = positions(demo, buurt, f"2025-{month:02d}")
            if previous is not None:
                for actor in set(previous) & set(pos):
                    assert pos[actor] == previous[actor], (buurt, month, actor)
            previous = pos
