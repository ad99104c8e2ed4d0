"""Version 2 of the analysis spec on hand-built variants of the Lindenhof examples: recognition over time,
the corrected rule for parallel infrastructures, unknown lijn, third parties' accounts and privacy."""

from __future__ import annotations

import json

import networkx as nx
import pandas as pd
import pytest
from helpers import replace_in

from kit.analysis.figures import figures
from kit.analysis.panel import panel
from kit.analysis.snapshot import snapshot
from kit.cli import main
from kit.data.dataset import load
from kit.report.maandrapport import Maandrapport, netwerkkaart


def lindenhof(folder, month: str) -> dict:
    return figures(load(folder), "lindenhof", month)


def test_the_platform_follows_its_recognition_month_by_month(example_v2):
    """Bewonerscommissie Lindenhof-Noord (lh-bc1) was recognised June–December 2023, the Buurtplatform (lh-plat)
    from April 2024.

    - January 2023, before the first recognition: the platform is the first's, lh-bc1, not recognised.
    - September 2023: lh-bc1, recognised for 3 months (June 0, July 1, August 2, September 3).
    - March 2024, between: the latest before, still lh-bc1, not recognised, 9 months since June 2023.  Every
      figure about the platform is about lh-bc1: tied only to lh-plat it brokers nothing (betweenness 0);
      within two steps it reaches lh-plat and lh-plat's other neighbours lh-bc2, lh-wb, lh-bh and west, 5 of
      the 6 others (lh-sf is three steps away); of the committees lh-bc1 and lh-bc2 neither is tied to lh-bc1
      (ruggengraat 0); the one resource, r6, goes to lh-plat, not to lh-bc1 (middelen 1, middelen_platform 0).
    - April 2024: lh-plat, recognised, 10 months since June 2023; its figures as in the expected example.
    """
    (example_v2 / "erkenning.csv").write_text(
        "buurt,platform,vanaf,tot,besloten_door,document\n"
        "lindenhof,lh-bc1,2023-06-01,2023-12-31,west,tijdelijk\n"
        "lindenhof,lh-plat,2024-04-01,,west,besluit\n"
    )
    data = load(example_v2)
    months = {m: figures(data, "lindenhof", m) for m in ("2023-01", "2023-09", "2024-03", "2024-04")}
    assert [(f["platform"], f["erkend"], f["erkend_maanden"]) for f in months.values()] == [
        ("lh-bc1", False, None),
        ("lh-bc1", True, 3),
        ("lh-bc1", False, 9),
        ("lh-plat", True, 10),
    ]
    march = months["2024-03"]
    assert snapshot(data, "lindenhof", "2024-03").platform == "lh-bc1"
    assert march["platform_betweenness"] == 0 and march["platform_bereik"] == pytest.approx(5 / 6)
    assert march["ruggengraat"] == 0 and (march["middelen"], march["middelen_platform"]) == (1, 0)
    expected = json.loads((example_v2 / "expected-lindenhof-v2-2024-04.json").read_text())
    for key in ("platform_betweenness", "platform_bereik", "ruggengraat", "middelen_platform"):
        assert months["2024-04"][key] == pytest.approx(expected[key]), key
    frame = panel(data).set_index("maand")
    assert list(frame.loc[["2023-01", "2024-03", "2024-04"], "platform"]) == ["lh-bc1", "lh-bc1", "lh-plat"]
    assert list(frame.loc[["2023-09", "2024-03", "2024-04"], "erkend"]) == [1.0, 0.0, 1.0]


def test_a_stadsdeel_running_a_buurtbudget_beside_the_platform_is_a_parallel_infrastructure(example_v2):
    """The platform also holds buurtbudget.  Stadsdeel West (no buurt, bovenaf, buurtbudget) is in the
    snapshot through r8 and r9 and has no samenwerking with the platform: agreed intensity 0 < 3, so
    {lh-plat, west} duplicates buurtbudget, and it is parallel (west is top-down).  The Gemeente (no buurt,
    bovenaf, buurtbudget) is in the snapshot through an informatie row to lh-bh: {gem, lh-plat} too; but
    {gem, west} is not a pair of the buurt (neither is its own).  Not candidates: a coalition of platforms
    (no buurt, onderop), a fund of unknown herkomst (no buurt, onbekend), the GGD (bovenaf, no relation into
    the buurt, so not in its snapshot) and Eikenhof's own buurtbudget committee (another buurt's
    infrastructure).  When the platform and the stadsdeel both say they work together at level 3, the
    stadsdeel's pair is gone."""
    replace_in(
        example_v2 / "actoren.csv",
        "informatievoorziening;bewonersbijeenkomst,2022-01",
        "informatievoorziening;bewonersbijeenkomst;buurtbudget,2022-01",
    )
    with open(example_v2 / "buurten.csv", "a") as f:
        f.write("eikenhof,Eikenhof,West,,2024-03\n")
    with open(example_v2 / "actoren.csv", "a") as f:
        f.write(
            "gem,Gemeente Amsterdam,,gemeente,bovenaf,2,buurtbudget,,,nee,\n"
            "coal,Coalitie van buurtplatforms,,buurtplatform,onderop,0,buurtbudget;netwerkorganisatie,,,nee,\n"
            "fonds,Buurtfonds,,fonds,onbekend,,buurtbudget,,,nee,\n"
            "ggd,GGD Amsterdam,,zorgorganisatie,bovenaf,2,buurtbudget,,,nee,\n"
            "ek-bb,Buurtbudgetcommissie Eikenhof,eikenhof,bewonersinitiatief,bovenaf,0,buurtbudget,,,nee,\n"
        )
    with open(example_v2 / "relaties.csv", "a") as f:
        f.write(
            "r11,gem,lh-bh,informatie,,2023-01,,,,\n"
            "r12,lh-plat,coal,samenwerking,2,2023-01,,,,\n"
            "r13,fonds,lh-bc1,financiering,,2023-01,,,,\n"
            "r14,ek-bb,lh-plat,informatie,,2023-01,,,,\n"
        )
    result = lindenhof(example_v2, "2024-04")
    stadsdeel = {"actoren": ["lh-plat", "west"], "functies": ["buurtbudget"]}
    gemeente = {"actoren": ["gem", "lh-plat"], "functies": ["buurtbudget"]}
    wijkbericht = {"actoren": ["lh-plat", "lh-wb"], "functies": ["informatievoorziening"]}
    assert result["dubbele_functies"] == [gemeente, wijkbericht, stadsdeel]
    assert result["parallelle_infrastructuren"] == [gemeente, wijkbericht, stadsdeel]
    with open(example_v2 / "relaties.csv", "a") as f:
        f.write("r15,lh-plat,west,samenwerking,3,2024-01,,lh-plat,,\nr16,west,lh-plat,samenwerking,4,2024-01,,west,,\n")
    assert lindenhof(example_v2, "2024-04")["parallelle_infrastructuren"] == [gemeente, wijkbericht]


def test_stadsdeel_beside_a_person_is_no_pair(example_v2):
    """Persons are never candidates (version 1): Samira with buurtbudget beside Stadsdeel West is no pair."""
    replace_in(example_v2 / "actoren.csv", "sleutelfiguur,onderop,0,jongeren", "sleutelfiguur,onderop,0,buurtbudget")
    assert lindenhof(example_v2, "2024-04")["dubbele_functies"] == [
        {"actoren": ["lh-plat", "lh-wb"], "functies": ["informatievoorziening"]}
    ]


@pytest.fixture
def unknown_lijn(example):
    """Lindenhof with the Buurthuis (lh-bh) of unknown lijn, and four more relations from 2023:
    r11 lh-bh → lh-sf informatie (back to Samira), r12 lh-bh → lh-bc2 werving, r13 lh-wb → lh-bc1 werving,
    r14 west → lh-bh financiering."""
    replace_in(example / "actoren.csv", "wijkcentrum,bovenaf,1,", "wijkcentrum,bovenaf,,")
    with open(example / "relaties.csv", "a") as f:
        f.write(
            "r11,lh-bh,lh-sf,informatie,,2023-01,,,,\nr12,lh-bh,lh-bc2,werving,,2023-01,,,,\n"
            "r13,lh-wb,lh-bc1,werving,,2023-01,,,,\nr14,west,lh-bh,financiering,,2023-01,,,,\n"
        )
    return example


def test_an_actor_of_unknown_lijn_takes_part_in_no_lijn_figure(unknown_lijn):
    """April.  Edges among actors of known lijn: lh-plat–lh-bc1, –lh-bc2, –lh-bc3 (I), lh-plat–lh-wb (E),
    lh-plat–west (E), west–lh-wb (I), lh-wb–lh-bc1 (E); lh-sf–lh-bh, lh-bh–lh-bc2 and west–lh-bh are left
    out.
    ei_index (3 − 4)/7; with lh-bh of lijn 1 they would count (E, E, I): (5 − 5)/10 = 0.
    ei_index_eerste (lijn 0, 1: no west): E lh-plat–lh-wb, lh-wb–lh-bc1; I the three committees: (2 − 3)/5.
    ei_index_tweede (lijn 0, 2): E lh-plat–west; I the three committees: (1 − 3)/4.
    eenrichtingsverkeer: information between lh-sf and lh-bh (both ways) is left out; lh-plat → west is one
    way: 1 of 1 (with lh-bh of lijn 1: 1 of 2).
    vindplaats: lh-bc1 is recruited by lh-wb (lijn 1) and gets nothing: yes; lh-bc2 is recruited only by lh-bh
    (unknown lijn): no.  middelen: west's money goes to lh-bh, of unknown lijn: not counted (0)."""
    result = lindenhof(unknown_lijn, "2024-04")
    assert result["ei_index"] == pytest.approx(-1 / 7)
    assert result["ei_index_eerste"] == pytest.approx(-0.2) and result["ei_index_tweede"] == pytest.approx(-0.5)
    assert result["eenrichtingsverkeer"] == 1.0
    assert result["vindplaats"] == ["lh-bc1"] and result["middelen"] == 0
    replace_in(unknown_lijn / "actoren.csv", "wijkcentrum,bovenaf,,", "wijkcentrum,bovenaf,1,")
    known = lindenhof(unknown_lijn, "2024-04")
    assert known["ei_index"] == 0 and known["eenrichtingsverkeer"] == 0.5
    assert known["vindplaats"] == ["lh-bc1", "lh-bc2"]


def test_unknown_lijn_in_the_panel_the_export_and_the_map(unknown_lijn, tmp_path):
    """The panel computes; the export leaves lijn out for lh-bh (Gephi sees no value); the map draws lh-bh grey
    and adds the legend entry 'lijn onbekend', which a map without unknown lijn does not have."""
    data = load(unknown_lijn)
    assert panel(data)["ei_index"].iloc[-1] == pytest.approx(-1 / 7)
    out = tmp_path / "lindenhof.gexf"
    assert main(["export", str(unknown_lijn), "--buurt", "lindenhof", "--out", str(out)]) == 0
    graph = nx.read_gexf(out)
    assert "lijn" not in graph.nodes["lh-bh"] and graph.nodes["lh-wb"]["lijn"] == 1
    fig = netwerkkaart.kaart(Maandrapport(data, "lindenhof", "2024-04"))
    assert "lijn onbekend" in fig.svg and "Buurthuis De Kastanje (lijn onbekend)" in fig.alt
    replace_in(unknown_lijn / "actoren.csv", "wijkcentrum,bovenaf,,", "wijkcentrum,bovenaf,1,")
    assert "lijn onbekend" not in netwerkkaart.kaart(Maandrapport(load(unknown_lijn), "lindenhof", "2024-04")).svg


def test_herkomst_onbekend_is_never_top_down(example):
    """The Wijkbericht of unknown herkomst still duplicates the platform's information, but is no parallel
    infrastructure: only bovenaf counts."""
    replace_in(
        example / "actoren.csv",
        "Lindenhof,lindenhof,maatschappelijke_organisatie,bovenaf,",
        "Lindenhof,lindenhof,maatschappelijke_organisatie,onbekend,",
    )
    result = lindenhof(example, "2024-04")
    assert [d["actoren"] for d in result["dubbele_functies"]] == [["lh-plat", "lh-wb"]]
    assert result["parallelle_infrastructuren"] == []


def test_a_third_partys_account_is_no_sides_view(example):
    """The Buurthuis (lh-bh) tells that the platform and the Wijkbericht work together at 5 (r11, gemeld_door
    lh-bh).  Both sides gave their own view (r4: lh-plat 2, r5: lh-wb 4), so lh-bh's row does not count: the
    agreed intensity stays 2, the pair stays a parallel infrastructure, and the perception gap stays 2 against 4.
    Without the Wijkbericht's own view (r5 removed) only one side spoke, and every row counts as in version 1:
    the highest, 5, so the two work together and there is no gap to see."""
    with open(example / "relaties.csv", "a") as f:
        f.write("r11,lh-plat,lh-wb,samenwerking,5,2023-06,,lh-bh,interview,\n")
    result = lindenhof(example, "2024-04")
    assert [d["actoren"] for d in result["parallelle_infrastructuren"]] == [["lh-plat", "lh-wb"]]
    gap = {"actoren": ["lh-plat", "lh-wb"], "intensiteit": {"lh-plat": 2, "lh-wb": 4}}
    assert result["belevingsverschillen"] == [gap]
    replace_in(example / "relaties.csv", "r5,lh-wb,lh-plat,samenwerking,4,2023-06,,lh-wb,interview,\n", "")
    result = lindenhof(example, "2024-04")
    assert result["dubbele_functies"] == [] and result["belevingsverschillen"] == []


def test_new_figures_print_only_public_ids(example_v2, capsys):
    """Samira (lh-sf, no consent) works with lh-bc2 from 2024-01: she now lies between lh-bh and the rest, a
    connector; lh-bh recruits through her and nobody brings her anything: a vindplaats.  metrics --json prints
    anoniem-7 (her row in actoren.csv) and never her id or name; the Dutch summary calls her Sleutelfiguur 1."""
    with open(example_v2 / "relaties.csv", "a") as f:
        f.write("r11,lh-sf,lh-bc2,samenwerking,2,2024-01,,,,\nr12,lh-bh,lh-sf,werving,,2024-01,,,,\n")
    assert main(["metrics", str(example_v2), "--buurt", "lindenhof", "--maand", "2024-04", "--json"]) == 0
    out = capsys.readouterr().out
    printed = json.loads(out)
    assert "anoniem-7" in [c["actor"] for c in printed["verbinders"]] and printed["vindplaats"] == ["anoniem-7"]
    assert "lh-sf" not in out and "Samira" not in out
    assert main(["metrics", str(example_v2), "--buurt", "lindenhof", "--maand", "2024-04"]) == 0
    summary = capsys.readouterr().out
    assert "verbinder: Sleutelfiguur 1" in summary
    assert "vindplaats (er wordt geworven, er komt niets terug): Sleutelfiguur 1" in summary
    assert "Samira" not in summary


def test_an_ending_resource_is_printed_by_its_public_id(example_v2, capsys):
    """A relation id that spells Samira's name is replaced like an actor id.  The Buurthuis gives Samira a place
    until June 2024: in April it ends within three months (May–July)."""
    with open(example_v2 / "relaties.csv", "a") as f:
        f.write("samira-ruimte,lh-bh,lh-sf,ruimte,,2024-01,2024-06,,,\n")
    assert main(["metrics", str(example_v2), "--buurt", "lindenhof", "--maand", "2024-04", "--json"]) == 0
    printed = json.loads(capsys.readouterr().out)
    assert printed["middelen_aflopend"] == ["anoniem-11"] and printed["middelen"] == 1
    assert main(["metrics", str(example_v2), "--buurt", "lindenhof", "--maand", "2024-04"]) == 0
    summary = capsys.readouterr().out
    assert "loopt binnen drie maanden af: ruimte van Buurthuis De Kastanje aan Sleutelfiguur 1" in summary


def test_panel_spreads_the_version_2_objects(example_v2):
    """April of the version 2 example, as in its expected figures: verzoeken, afspraken, belemmeringen (0 where
    none), resultaten_omvang (0 for units never used), the verbindingskaart's cells, erkend as 0/1, the lists
    counted; the platform's id as text; and the rows from the first month with data marked."""
    frame = panel(load(example_v2)).set_index("maand")
    april = frame.loc["2024-04"]
    assert april["platform"] == "lh-plat" and april["erkend"] == 1 and frame.loc["2024-03", "erkend"] == 0
    assert (april["verzoeken_afgewezen"], april["verzoeken_open_30"], april["afspraken_te_laat"]) == (1, 1, 1)
    assert (april["belemmeringen_tijd"], april["belemmeringen_ruimte"], april["belemmeringen_geld"]) == (1, 1, 0)
    assert (april["resultaten_omvang_euro"], april["resultaten_omvang_m2"]) == (12000, 0)
    assert april["verbindingskaart_bewonersinitiatieven_bundeling"] == 5 and april["aantal_verbinders"] == 1
    assert april["antwoordtijd"] == 31.5 and april["maatlat_verschil"] == -0.25
    assert pd.isna(frame.loc["2024-03", "erkend_maanden"]) and april["erkend_maanden"] == 0
    assert frame["met_gegevens"].all()  # actors without vanaf: data from the dataset's first month
