"""The privacy rule: persons without consent and other buurten's actors are never named."""

from __future__ import annotations

import networkx as nx
from helpers import replace_in

from kit.cli import main
from kit.data.dataset import load
from kit.data.validation import validate
from kit.names import HIDDEN
from kit.privacy import OTHER_BUURT, display_names, public_ids, redact, redactor


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
    assert after["lh-sf"] == before and after["lh-nieuw"] == "Sleutelfiguur 2 (Lindenhof)"


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


def _actors(example, *rows):
    with open(example / "actoren.csv", "a") as f:
        f.writelines(row + "\n" for row in rows)


def test_an_organisation_named_after_a_hidden_person_shows_the_pseudonym(example, tmp_path):
    _actors(example, "lh-hk,Huiskamer van Samira,lindenhof,bewonersinitiatief,onderop,0,ouderen,,,nee,")
    with open(example / "relaties.csv", "a") as f:
        f.write("r11,lh-hk,lh-plat,samenwerking,3,2024-03,,,,\n")
    data = load(example)
    assert display_names(data, "lindenhof")["lh-hk"] == "Huiskamer van Sleutelfiguur 1"
    assert display_names(data)["lh-hk"] == "Huiskamer van Sleutelfiguur 1 (Lindenhof)"
    assert redact("Koffie in de Huiskamer van SAMIRA", redactor(data, "lindenhof")) == (
        "Koffie in de Huiskamer van Sleutelfiguur 1"
    )
    out = tmp_path / "l.graphml"
    assert main(["export", str(example), "--buurt", "lindenhof", "--format", "graphml", "--out", str(out)]) == 0
    assert "Huiskamer van Sleutelfiguur 1" in out.read_text() and "Samira" not in out.read_text()


def test_ids_that_spell_a_hidden_name_are_not_published(example):
    _actors(example, "lh-samira-tuin,Moestuin,lindenhof,bewonersinitiatief,onderop,0,,,,nee,")
    data = load(example)
    ids = public_ids(data, "lindenhof")
    assert ids["lh-samira-tuin"] == "anoniem-9" and ids["lh-plat"] == "lh-plat"


def test_role_buurt_and_organisation_names_are_not_wiped(example):
    """A person recorded by role and the buurt's or the whole organisation's name keeps those names intact
    everywhere else."""
    _actors(
        example,
        "lh-wa,Wijkagent Lindenhof (nieuw),lindenhof,politie,bovenaf,1,,,,ja,nee",
        "lh-ow,Opbouwwerker Buurthuis De Kastanje,lindenhof,welzijnsorganisatie,bovenaf,1,,,,ja,nee",
    )
    data = load(example)
    matcher = redactor(data, "lindenhof")
    text = "De nieuwe wijkagent kwam naar Lindenhof en Buurthuis De Kastanje; Wijkagent LINDENHOF belde"
    assert redact(text, matcher) == (
        "De nieuwe wijkagent kwam naar Lindenhof en Buurthuis De Kastanje; Politiemedewerker 1 belde"
    )
    assert redact("opbouwwerker_buurthuis de kastanje", matcher) == "Welzijnswerker 1"
    assert display_names(data, "lindenhof")["lh-bh"] == "Buurthuis De Kastanje"


def test_a_word_of_an_organisation_after_a_role_word_is_a_name_and_validate_says_so(example):
    """ "Opbouwwerker Kastanje" may be a person called Kastanje: the organisation with that word carries the
    pseudonym, and validation says so at the organisation's line, without quoting it."""
    _actors(example, "lh-ow,Opbouwwerker Kastanje,lindenhof,welzijnsorganisatie,bovenaf,1,,,,ja,nee")
    data = load(example)
    assert display_names(data, "lindenhof")["lh-bh"] == "Buurthuis De Welzijnswerker 1"
    assert (
        "actoren.csv:7: waarschuwing: naam: de naam van deze organisatie bevat de naam van een persoon zonder "
        "toestemming en staat in rapporten met diens schuilnaam; noteer de persoon anders als dat niet klopt"
    ) in validate(example).format().splitlines()


def test_a_given_name_shared_with_a_person_who_consented(example):
    """ "Samira Jansen" may be named; "Samira" alone could be either, so it names neither."""
    _actors(example, "lh-sj,Samira Jansen,lindenhof,sleutelfiguur,onderop,0,,,,ja,ja")
    data = load(example)
    matcher = redactor(data, "lindenhof")
    assert redact("Samira Jansen en Samira", matcher) == f"Samira Jansen en {HIDDEN}"
    assert display_names(data, "lindenhof")["lh-sj"] == "Samira Jansen"


def test_metrics_summary_shows_names_not_ids(example, capsys):
    assert main(["metrics", str(example), "--buurt", "lindenhof", "--maand", "2024-04"]) == 0
    out = capsys.readouterr().out
    assert "parallelle infrastructuren: Buurtplatform Lindenhof en Wijkbericht Lindenhof (informatievoorziening)" in out
    assert "belevingsverschil: Buurtplatform Lindenhof ziet 2, Wijkbericht Lindenhof ziet 4" in out
    assert "versnipperde activiteiten: Informatieavond renovatie, Bewonersavond" in out
    assert "lh-" not in out


def test_another_buurts_shorter_name_does_not_cut_a_name_this_report_shows(example):
    _second_buurt(example)
    _actors(example, "ek-bh,Buurthuis,eikenhof,wijkcentrum,bovenaf,1,,,,nee,")
    data = load(example)
    assert display_names(data, "lindenhof")["lh-bh"] == "Buurthuis De Kastanje"
    assert redact("In Buurthuis De Kastanje, niet in het Buurthuis van VVE EIKENHOF", redactor(data, "lindenhof")) == (
        f"In Buurthuis De Kastanje, niet in het {OTHER_BUURT} van {OTHER_BUURT}"
    )
