"""The privacy rule: persons without consent and other buurten's actors are never named."""

from __future__ import annotations

import networkx as nx

from conftest import replace_in
from kit.cli import main
from kit.data.dataset import load
from kit.privacy import OTHER_BUURT, display_names, public_ids


def _second_buurt(example):
    with open(example / "buurten.csv", "a") as f:
        f.write("eikenhof,Eikenhof,West,,\n")
    with open(example / "actoren.csv", "a") as f:
        f.write("ek-jan,Jan Eikenhof,eikenhof,sleutelfiguur,onderop,0,,,,ja,ja\n")
        f.write("ek-vve,VvE Eikenhof,eikenhof,bewonerscommissie,onderop,0,wonen,,,nee,\n")
        f.write("lh-kees,Kees,lindenhof,sleutelfiguur,onderop,0,,,,ja,ja\n")
    with open(example / "relaties.csv", "a") as f:
        f.write("e1,ek-vve,lh-plat,samenwerking,2,,,,,\n")


def test_names_in_a_buurt_report(example):
    _second_buurt(example)
    names = display_names(load(example), "lindenhof")
    assert names["lh-sf"] == "Sleutelfiguur 1"  # no consent
    assert names["lh-kees"] == "Kees"  # consent
    assert names["ek-vve"] == OTHER_BUURT and names["ek-jan"] == OTHER_BUURT  # another buurt
    assert names["west"] == "Stadsdeel West"  # city-wide


def test_pseudonyms_are_stable_when_persons_are_added(example):
    before = display_names(load(example))["lh-sf"]
    with open(example / "actoren.csv", "a") as f:
        f.write("lh-nieuw,Nieuwe Persoon,lindenhof,sleutelfiguur,onderop,0,,2024-04,,ja,nee\n")
    after = display_names(load(example))
    assert after["lh-sf"] == before and after["lh-nieuw"] == "Sleutelfiguur 2"


def test_export_names_nobody_without_consent(example, tmp_path):
    _second_buurt(example)
    replace_in(example / "actoren.csv", "lh-sf,Samira", "samira,Samira")
    replace_in(example / "relaties.csv", "r7,lh-sf,", "r7,samira,")
    replace_in(example / "acties.csv", "zoeken,lh-sf,", "zoeken,samira,")
    data = load(example)
    assert public_ids(data, "lindenhof")["samira"].startswith("anoniem-")
    for fmt in ("gexf", "graphml"):
        out = tmp_path / f"lindenhof.{fmt}"
        assert main(["export", str(example), "--buurt", "lindenhof", "--format", fmt, "--out", str(out)]) == 0
        text = out.read_text()
        assert "Samira" not in text and "samira" not in text and "Eikenhof" not in text and "ek-vve" not in text
        assert "Sleutelfiguur 1" in text and "Kees" in text  # Kees gave consent


def test_export_is_a_dynamic_graph_gephi_reads(example, tmp_path):
    out = tmp_path / "l.gexf"
    assert main(["export", str(example), "--buurt", "lindenhof", "--out", str(out)]) == 0
    graph = nx.read_gexf(out)
    assert graph.graph["mode"] == "dynamic"
    assert graph.nodes["lh-bc3"]["spells"] == [("2024-04-01", "2024-04-30")]
    assert graph.edges["lh-bh", "lh-plat"]["spells"] == [("2022-01-01", "2024-03-31")]
    assert graph.edges["lh-bh", "lh-wb"]["spanning"] is True
    assert main(["export", str(example), "--buurt", "lindenhof", "--out", str(out)]) == 2  # exists, no --force
