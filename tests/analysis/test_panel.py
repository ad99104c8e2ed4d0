"""Beyond one month: the panel, trends, positions and the changes of a month."""

from __future__ import annotations

import pandas as pd
import pytest
from helpers import EXAMPLE, replace_in

import kit.analysis.panel as panel_module
from kit.analysis.changes import changes
from kit.analysis.figures import computed, figures
from kit.analysis.panel import PANEL_FIGURES, buurt_rows, panel, position, trend
from kit.cli import main
from kit.data.dataset import load
from kit.data.spans import buurt_months, dataset_months, first_data_month, first_month, recognition_month


@pytest.fixture(scope="module")
def data():
    return load(EXAMPLE)


def test_months_of_the_dataset_and_first_month(data):
    months = dataset_months(data)
    assert str(months[0]) == "2022-01" and str(months[-1]) == "2024-04" and len(months) == 28
    assert str(first_month(data, "lindenhof")) == "2024-03"


def test_panel_rows_equal_the_figures(data):
    frame = panel(data)
    assert len(frame) == 28 and list(frame.columns[:3]) == ["buurt", "maand", "in_proeftuin"]
    row = frame.set_index("maand").loc["2024-04"]
    single = figures(data, "lindenhof", "2024-04")
    assert row["dichtheid"] == single["dichtheid"] and row["verloop"] == single["verloop"]
    assert row["aantal_versnipperde_activiteiten"] == 1 and row["acties_te_laat"] == 1
    assert row["maatlat_informeren"] == 2 and pd.isna(row["maatlat_meenemen"])
    assert pd.isna(frame.set_index("maand").loc["2024-03", "verloop"])  # first month of the buurt


def test_panel_in_parallel_equals_serial(demo_path, monkeypatch):
    """Three buurten over two processes give the serial panel (one buurt would never use the pool).

    Each panel from a fresh load, so that neither reads figures the other left in the dataset's cache.
    """
    pools = []

    class Pool(panel_module.ProcessPoolExecutor):
        def __init__(self, *args, **kwargs):
            pools.append(args)
            super().__init__(*args, **kwargs)

    monkeypatch.setattr(panel_module, "ProcessPoolExecutor", Pool)
    buurten = ["vlinderhof", "zilverdistel", "klaproos"]
    parallel = panel(load(demo_path), buurten=buurten, jobs=2)
    assert pools, "the parallel path did not run"
    pd.testing.assert_frame_equal(parallel, panel(load(demo_path), buurten=buurten))


def test_trend_starts_at_the_buurts_first_month_with_data(data):
    """Four of Lindenhof's actors have no vanaf: they existed before the data starts (2022-01), so its trend
    starts there, two years before the proeftuin (start 2024-03): before and after."""
    rows = trend(panel(data), "lindenhof", "2024-04")
    assert len(rows) == 28 and rows["maand"].iloc[0] == "2022-01"
    assert list(rows["in_proeftuin"]) == [False] * 26 + [True, True]
    assert list(rows["actoren"].iloc[-2:]) == [7, 8]


def test_first_month_with_data_and_of_recognition(example_v2):
    """Every actor from 2023-06 on, a request asked in 2023-02, recognition from 2024-04, start 2024-03:
    data from 2023-02 (the request), the proeftuin from 2024-03, recognised from 2024-04.  Without the
    request the data start with the actors, 2023-06; without erkenning no month is one of recognition, though
    buurten.platform is filled (version 3), and a result recorded after the fact with its date unknown is
    data from the month it was recorded."""
    text = (example_v2 / "actoren.csv").read_text()
    text = text.replace(",,,nee,", ",2023-06,,nee,").replace(",,,ja,", ",2023-06,,ja,")  # empty vanaf
    (example_v2 / "actoren.csv").write_text(text.replace(",2022-01,,nee,", ",2023-06,,nee,"))  # the platform
    early = "vz5,lindenhof,lh-plat,west,Een bankje,2023-02-14,afgewezen,2023-03-01,,\n"
    with open(example_v2 / "verzoeken.csv", "a") as f:
        f.write(early)
    marks = buurt_months(load(example_v2), "lindenhof")
    assert (str(marks.first_data), str(marks.start), str(marks.recognised)) == ("2023-02", "2024-03", "2024-04")
    assert str(first_month(load(example_v2), "lindenhof")) == "2024-03"
    replace_in(example_v2 / "verzoeken.csv", early, "")
    (example_v2 / "erkenning.csv").unlink()
    assert str(first_data_month(load(example_v2), "lindenhof")) == "2023-06"
    assert recognition_month(load(example_v2), "lindenhof") is None
    path = example_v2 / "resultaten.csv"
    header, *lines = path.read_text().splitlines()
    lines = [f"{header},gemeld", *(f"{line}," for line in lines), "res9,lindenhof,,Bank,overig,,,,,krant,2023-04-02"]
    path.write_text("\n".join(lines) + "\n")
    assert str(first_data_month(load(example_v2), "lindenhof")) == "2023-04"


def test_position_ranks_among_buurten(example):
    """Add a second buurt 'eikenhof' with two collaborating actors: density 1.0 beats Lindenhof's 0.25."""
    with open(example / "buurten.csv", "a") as f:
        f.write("eikenhof,Eikenhof,West,,2024-03\n")
    with open(example / "actoren.csv", "a") as f:
        f.write("ek-a,Huurders Eikenhof,eikenhof,bewonerscommissie,onderop,0,wonen,,,nee,\n")
        f.write("ek-b,Speeltuin Eikenhof,eikenhof,vereniging,onderop,0,jongeren,,,nee,\n")
    with open(example / "relaties.csv", "a") as f:
        f.write("e1,ek-a,ek-b,samenwerking,3,,,,,\n")
    frame = panel(load(example))
    where = position(frame, "lindenhof", "2024-04").set_index("figuur")
    assert where.loc["dichtheid", ["waarde", "rang", "aantal", "minimum", "maximum"]].tolist() == [
        0.25,
        2,
        2,
        0.25,
        1.0,
    ]
    assert where.loc["actoren", "rang"] == 1
    assert pd.isna(where.loc["platform_betweenness", "rang"]) or where.loc["platform_betweenness", "aantal"] == 1
    assert set(where.index) == set(PANEL_FIGURES)


def test_changes_of_a_month_follow_the_privacy_rule(example):
    replace_in(
        example / "relaties.csv",
        "r7,lh-sf,lh-bh,informatie,,2023-01,,",
        "r7,lh-sf,lh-bh,informatie,,2023-01,2024-04-15,",
    )
    result = changes(load(example), "lindenhof", "2024-04")
    assert result["actoren_begonnen"][["id", "naam"]].values.tolist() == [["lh-bc3", "VvE Hofzicht"]]
    assert set(result["relaties_begonnen"]["id"]) == {"r3", "r10"}
    ended = result["relaties_gestopt"]
    assert ended[["id", "van", "naar"]].values.tolist() == [["r7", "Sleutelfiguur 1", "Buurthuis De Kastanje"]]
    assert result["actoren_gestopt"].empty
    assert "Samira" not in pd.concat(result.values()).to_string()


def test_panel_export_csv_and_parquet(tmp_path, capsys):
    for suffix in (".csv", ".parquet"):
        out = tmp_path / f"panel{suffix}"
        assert main(["metrics", str(EXAMPLE), "--out", str(out), "--jobs", "1"]) == 0
        frame = pd.read_csv(out) if suffix == ".csv" else pd.read_parquet(out)
        assert len(frame) == 28 and frame["dichtheid"].iloc[-1] == 0.25
    assert main(["metrics", str(EXAMPLE), "--out", str(tmp_path / "panel.txt")]) == 2


def test_demo_panel_is_complete_and_within_range(demo):
    data = demo
    frame = panel(data, jobs=2)
    months = dataset_months(data)
    assert len(months) == 12
    assert set(zip(frame["buurt"], frame["maand"], strict=True)) == {
        (b, str(m)) for b in data.buurten["id"] for m in months
    }
    shares = [
        "dichtheid",
        "grootste_component",
        "platform_betweenness",
        "platform_bereik",
        "ruggengraat",
        "eenrichtingsverkeer",
        "verloop",
        "bundelingsgraad",
    ]
    for column in shares:
        assert frame[column].dropna().between(0, 1).all(), column
    assert frame["ei_index"].dropna().between(-1, 1).all()
    assert frame["gem_intensiteit"].dropna().between(1, 5).all()
    assert frame["maatlat_gemiddelde"].dropna().between(1, 5).all()
    assert (frame[["actoren", "relaties", "spanningen", "componenten", "activiteiten"]] >= 0).all().all()
    # every figure is computed for some buurt and month: the demo exercises the whole spec
    started = frame[frame["in_proeftuin"]]
    assert started[list(PANEL_FIGURES[:16])].notna().any().all()
    for counted in (
        "aantal_dubbele_functies",
        "aantal_parallelle_infrastructuren",
        "aantal_belevingsverschillen",
        "aantal_versnipperde_activiteiten",
        "spanningen",
    ):
        assert (started[counted] > 0).any(), counted


def test_remembered_rows_equal_rows_computed_afresh(demo_path):
    """Rows kept in the dataset's cache, also a month in the middle, change nothing (verloop included)."""
    months = list(pd.period_range("2025-01", "2025-12", freq="M"))
    fresh = buurt_rows(load(demo_path), "zilverdistel", months)
    data = load(demo_path)
    buurt_rows(data, "zilverdistel", [months[6]])
    assert buurt_rows(data, "zilverdistel", months) == fresh
    assert buurt_rows(data, "zilverdistel", months) == fresh
    assert set(computed(data)) == {("zilverdistel", m) for m in months}


def test_figures_after_the_panel_equal_figures_afresh_and_are_copies(demo_path):
    months = list(pd.period_range("2025-01", "2025-12", freq="M"))
    data = load(demo_path)
    buurt_rows(data, "zilverdistel", months)
    fresh = figures(load(demo_path), "zilverdistel", "2025-09")
    first = figures(data, "zilverdistel", "2025-09")
    assert first == fresh
    first["parallelle_infrastructuren"].clear()
    first["acties"]["open"] = -1
    assert figures(data, "zilverdistel", "2025-09") == fresh
