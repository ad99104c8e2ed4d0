"""Over a period (kit.analysis.period): recognition before and after, parallel-infrastructure episodes, resources."""

from __future__ import annotations

import math

import pandas as pd
import pytest
from helpers import replace_in

from kit.analysis.figures import figures
from kit.analysis.period import (
    before_after,
    episodes,
    parallel_episodes,
    period_months,
    recognised_in,
    resolution,
    resources_over,
    windows,
)
from kit.data.dataset import load
from kit.data.months import month_text


def P(text: str) -> pd.Period:
    return pd.Period(text, "M")


def test_windows_are_three_months_before_and_the_recognition_month_with_two_after():
    voor, na = windows(P("2025-01"))
    assert [month_text(m) for m in voor] == ["2024-10", "2024-11", "2024-12"]
    assert [month_text(m) for m in na] == ["2025-01", "2025-02", "2025-03"]


def test_recognised_in_the_period(demo):
    """Zonnedauwkwartier is recognised in July, Reigersbos in September; nine others from January, when the data
    start; Duinroosbuurt has no recognition row, and is never recognised."""
    assert recognised_in(demo, P("2025-02"), P("2025-12")) == {"zonnedauw": P("2025-07"), "reigersbos": P("2025-09")}
    assert recognised_in(demo, P("2025-10"), P("2025-12")) == {}
    assert len(recognised_in(demo, P("2025-01"), P("2025-12"))) == 11


def test_without_recognition_rows_no_platform_is_recognised(example, example_v2):
    """Version 1 data: Lindenhof has ``buurten.platform`` but no recognition row, so no recognition month (version 3
    dropped the fallback); the version 2 data recognise it in April 2024."""
    assert recognised_in(load(example), P("2024-01"), P("2024-12")) == {}
    assert recognised_in(load(example_v2), P("2024-01"), P("2024-12")) == {"lindenhof": P("2024-04")}


def _panel(rows) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=["buurt", "maand", "met_gegevens", "actoren", "dichtheid"])


def test_before_and_after_by_hand():
    """Buurt a, recognised in June 2024: before = March–May, after = June–August.

    actoren: before 4, 6, 8 → 6; after 10, 12 (August is not in the panel) → 11.
    dichtheid: before only April has a value (0.5; March and May are null) → 0.5 over 1 month; after
    0.2 and 0.4 → 0.3 over 2.  Buurt b is another buurt and must not enter.
    """
    frame = _panel(
        [
            ("a", "2024-02", True, 100, 0.9),
            ("a", "2024-03", True, 4, None),
            ("a", "2024-04", True, 6, 0.5),
            ("a", "2024-05", True, 8, None),
            ("a", "2024-06", True, 10, 0.2),
            ("a", "2024-07", True, 12, 0.4),
            ("b", "2024-05", True, 99, 0.99),
            ("b", "2024-06", True, 99, 0.99),
        ]
    )
    result = before_after(frame, {"a": P("2024-06")}, ["actoren", "dichtheid"]).set_index("figuur")
    assert result.loc["actoren", ["voor", "na", "maanden_voor", "maanden_na"]].tolist() == [6, 11, 3, 2]
    assert result.loc["dichtheid", ["voor", "maanden_voor", "maanden_na"]].tolist() == [0.5, 1, 2]
    assert result.loc["dichtheid", "na"] == pytest.approx(0.3)
    assert set(result["erkend"]) == {"2024-06"}


def test_months_before_the_buurt_has_data_do_not_count():
    """Recognised in April: before = January–March, but the buurt has data only from March: 7 over 1 month."""
    frame = _panel(
        [
            ("a", "2024-01", False, 0, None),
            ("a", "2024-02", False, 0, None),
            ("a", "2024-03", True, 7, None),
            ("a", "2024-04", True, 9, None),
        ]
    )
    row = before_after(frame, {"a": P("2024-04")}, ["actoren"]).iloc[0]
    assert (row["voor"], row["maanden_voor"], row["na"], row["maanden_na"]) == (7, 1, 9, 1)


def test_recognised_when_the_data_start_has_no_before():
    frame = _panel([("a", "2024-01", True, 3, None), ("a", "2024-02", True, 5, None)])
    row = before_after(frame, {"a": P("2024-01")}, ["actoren"]).iloc[0]
    assert math.isnan(row["voor"]) and row["maanden_voor"] == 0 and row["na"] == 4


def test_demo_zonnedauw_before_and_after(demo):
    """April–June against July–September, from the figures themselves."""
    from kit.analysis.panel import panel

    result = before_after(panel(demo, buurten=["zonnedauw"]), {"zonnedauw": P("2025-07")}, ["actoren"]).iloc[0]
    actors = [figures(demo, "zonnedauw", f"2025-{m:02d}")["actoren"] for m in range(4, 10)]
    assert result["voor"] == pytest.approx(sum(actors[:3]) / 3)
    assert result["na"] == pytest.approx(sum(actors[3:]) / 3)


def _flag(*pairs):
    return [{"actoren": list(pair[:2]), "functies": list(pair[2:])} for pair in pairs]


def test_episodes_by_hand():
    """Months Jan–Jun.  (a, s) flagged Jan–Mar for buurtbudget, in Feb also for bewonersbijeenkomst: one episode of
    3 months, resolved in April, with both functions.  (b, t) flagged from March to June, the last month: still open,
    4 months.  (a, s) again in June: a second episode of 1 month, still open."""
    months = [
        (P("2024-01"), _flag(("a", "s", "buurtbudget"))),
        (P("2024-02"), _flag(("a", "s", "bewonersbijeenkomst", "buurtbudget"))),
        (P("2024-03"), _flag(("a", "s", "buurtbudget"), ("b", "t", "ontmoetingsplek"))),
        (P("2024-04"), _flag(("b", "t", "ontmoetingsplek"))),
        (P("2024-05"), _flag(("b", "t", "ontmoetingsplek"))),
        (P("2024-06"), _flag(("a", "s", "buurtbudget"), ("b", "t", "ontmoetingsplek"))),
    ]
    found = episodes(months)
    summary = [
        (
            e.actoren,
            e.functies,
            month_text(e.begin),
            month_text(e.einde),
            e.opgelost and month_text(e.opgelost),
            e.maanden,
        )
        for e in found
    ]
    assert summary == [
        (("a", "s"), ("bewonersbijeenkomst", "buurtbudget"), "2024-01", "2024-03", "2024-04", 3),
        (("b", "t"), ("ontmoetingsplek",), "2024-03", "2024-06", None, 4),
        (("a", "s"), ("buurtbudget",), "2024-06", "2024-06", None, 1),
    ]


def test_episodes_need_consecutive_months():
    with pytest.raises(ValueError, match="2024-03 after 2024-01"):
        episodes([(P("2024-01"), []), (P("2024-03"), [])])


def test_demo_renovation_team_is_resolved_in_september(demo):
    """Maanzaadbuurt: the corporation's renovation team meets beside the platform until the agreement of September."""
    found = {e.actoren: e for e in parallel_episodes(demo, "maanzaad", P("2025-12"))}
    renovation = found[("mz-plat", "mz-reno")]
    assert (month_text(renovation.begin), month_text(renovation.opgelost), renovation.maanden) == (
        "2025-02",
        "2025-09",
        7,
    )
    # seen up to August, it is still running
    earlier = {e.actoren: e for e in parallel_episodes(demo, "maanzaad", P("2025-08"))}
    assert earlier[("mz-plat", "mz-reno")].opgelost is None


def test_demo_renovation_team_now_works_with_the_platform(demo):
    [renovation] = [e for e in parallel_episodes(demo, "maanzaad", P("2025-12")) if e.actoren == ("mz-plat", "mz-reno")]
    assert resolution(demo, "maanzaad", renovation) == "samenwerking"
    [ongoing] = [e for e in parallel_episodes(demo, "zilverdistel", P("2025-12")) if e.actoren[1] == "zd-sdnet"]
    assert resolution(demo, "zilverdistel", ongoing) is None


def _lindenhof_episode(folder):
    [episode] = parallel_episodes(load(folder), "lindenhof", P("2024-04"))
    return load(folder), episode


def test_a_parallel_infrastructure_resolved_by_working_together(example_v2):
    """Lindenhof: the Wijkbericht (top-down) and the platform both inform; the platform sees their partnership as 2,
    the Wijkbericht as 4: agreed 2.  From April the platform says 3: agreed 3, no longer parallel."""
    replace_in(
        example_v2 / "relaties.csv",
        "r4,lh-plat,lh-wb,samenwerking,2,2023-06,,",
        "r4,lh-plat,lh-wb,samenwerking,2,2023-06,2024-03-31,",
    )
    with (example_v2 / "relaties.csv").open("a", encoding="utf-8") as f:
        f.write("r11,lh-plat,lh-wb,samenwerking,3,2024-04,,lh-plat,interview,\n")
    data, episode = _lindenhof_episode(example_v2)
    assert (month_text(episode.begin), month_text(episode.opgelost)) == ("2023-06", "2024-04")
    assert resolution(data, "lindenhof", episode) == "samenwerking"


def test_a_parallel_infrastructure_resolved_because_one_stopped(example_v2):
    """The Wijkbericht stops at the end of March 2024."""
    replace_in(example_v2 / "actoren.csv", "informatievoorziening,2023-06,,", "informatievoorziening,2023-06,2024-03,")
    data, episode = _lindenhof_episode(example_v2)
    assert (month_text(episode.opgelost), episode.maanden) == ("2024-04", 10)
    assert resolution(data, "lindenhof", episode) == "gestopt"


def test_resources_over_the_period_are_the_monthly_figure(demo):
    """Every month the relations counted are exactly ``middelen``; Klaproos's support for its key figure ends in
    June, the fund's grant in November and the stadsdeel's subsidy on 31 December."""
    months = period_months(P("2025-01"), P("2025-12"))
    for buurt in ("klaproos", "zonnedauw"):
        frame = resources_over(demo, buurt, months)
        for month in months:
            counted = ((frame["eerste"] <= month) & (frame["laatste"] >= month)).sum()
            assert counted == figures(demo, buurt, month)["middelen"], (buurt, month)
    frame = resources_over(demo, "klaproos", months).set_index("id")
    assert sorted(frame.index[frame["geeindigd"]]) == ["kv-r040", "kv-r042", "kv-r043"]
    assert month_text(frame.loc["kv-r042", "eerste"]) == "2025-09"
    assert not resources_over(demo, "klaproos", months[:6]).set_index("id").loc["kv-r040", "geeindigd"]
