"""The reports' Dutch text (kit.report.maandrapport, overzicht, kengetallen, woorden): numbers, sentences, privacy."""

from __future__ import annotations

import os
import re
import shutil
from datetime import date
from importlib import metadata

import pytest
from helpers import everything, replace_in, show

import kit
from kit.analysis.catalogue.phrases import deel_van
from kit.data.dataset import load
from kit.data.loaded import load_dataset
from kit.data.lookup import UnknownBuurt
from kit.data.months import as_month
from kit.dutch import deel_tekst, getal, procent
from kit.privacy import OTHER_BUURT
from kit.report import colofon
from kit.report.kengetallen import uitleg, verschil
from kit.report.maandrapport import SECTIES, Maandrapport, netwerkkaart
from kit.report.overzicht import Overzicht
from kit.report.overzicht.voorzitters import volgende_voorzitter
from kit.report.words import datum_tekst, maand_lang

SECTIONS = tuple(SECTIES)


def test_dutch_numbers():
    assert getal(0.25) == "0,25"
    assert getal(-1 / 7) == "\u22120,14"
    assert getal(1234.5, 1) == "1.234,5"
    assert getal(None) == "–" and getal(float("nan")) == "–"
    assert getal(-0.001) == "0,00"
    assert procent(0.714) == "71%"
    assert deel_tekst(0.25) == "een kwart" and deel_tekst(0.5) == "de helft" and deel_tekst(1) == "alle"
    assert deel_van(1, "actoren") == "alle actoren" and deel_van(0, "actoren") == "geen van de actoren"
    assert datum_tekst("2024-04-04") == "4 april 2024"
    assert maand_lang("2024-04") == "april 2024"


def test_figures_explained_in_words():
    assert uitleg("dichtheid", 0.25).startswith("dichtheid 0,25: een kwart van alle mogelijke verbindingen")
    assert "alle bewonerscommissies" in uitleg("ruggengraat", 1.0)
    assert uitleg("actoren", 1).startswith("1 actor:")
    assert uitleg("acties_open", 1).startswith("1 actie staat")
    assert "\u22121" in uitleg("ei_index", -0.5)
    assert verschil("dichtheid", 0.25, 1 / 3) == ("\u22120,08", -0.08)
    assert verschil("spanningen", 0, 1) == ("\u22121", -1)
    assert verschil("actoren", 8, 8)[0] == "gelijk"
    assert verschil("actoren", 8, None)[0] == "–"


def test_monthly_report_in_dutch_with_decimal_commas(example):
    rapport = Maandrapport(load(example), "lindenhof", "2024-04")
    summary = str(show(rapport, "samenvatting"))
    assert "dichtheid 0,25: een kwart van alle mogelijke verbindingen" in summary.lower()
    assert "Wat betekent dit?" in summary
    assert "maart 2024" in summary
    html = re.sub(r"<img [^>]*>", "", "".join(show(rapport, n) for n in SECTIONS))  # the text, not the charts
    text = re.sub(r"<[^>]+>", " ", html)
    text = re.sub(r"[0-9a-f]{64}", "", text.replace(colofon.software(), ""))  # checksums, software versions
    assert not re.search(r"\d\.\d\d?\b", text), "decimal point instead of comma"
    assert "0,71" in text and "8e van" not in text
    assert "1e van 1" not in str(show(rapport, "positie"))  # one buurt compared: no rank (verdict rule 5)
    parallel = str(show(rapport, "parallel"))
    assert "Wijkbericht Lindenhof" in parallel and "informatievoorziening" in parallel
    assert "Informatieavond renovatie" in str(show(rapport, "parallel"))
    gaps = str(show(rapport, "belevingsverschillen"))
    assert "2 van 5" in gaps and "4 van 5" in gaps
    actions = str(show(rapport, "acties"))
    assert "buurthuis had geen avonden vrij" in actions and "te laat" in actions
    assert "Gesprek met Wijkbericht over samenwerken" in actions
    assert "Fictieve demonstratiegegevens" not in str(show(rapport, "titel"))
    colophon = str(show(rapport, "colofon"))
    assert "actoren.csv" in colophon and "25ee5c1405fe1b0918ecb5b44ccbaa066ad252e75e66e16500c227be279878fe" in colophon
    assert f"versie {kit.__version__}" in colophon
    for name, spelled in (
        ("pandas", "pandas"),
        ("networkx", "networkx"),
        ("matplotlib", "matplotlib"),
        ("weasyprint", "WeasyPrint"),
    ):
        assert f"{spelled} {metadata.version(name)}" in colophon
    assert "Gemaakt op 1 mei 2024" in str(colofon.render(rapport, gemaakt=date(2024, 5, 1)))


def test_unknown_buurt_is_refused(example):
    with pytest.raises(UnknownBuurt, match="onbekende buurt"):
        Maandrapport(load(example), "nergens", "2024-04")


@pytest.mark.slow
def test_person_without_consent_is_never_named(example):
    # Samira (lh-sf) is a person without consent; put her name in every free text as well.
    replace_in(
        example / "acties.csv", "buurthuis had geen avonden vrij", "Samira zegt: buurthuis had geen avonden vrij"
    )
    replace_in(example / "intervisie.csv", "Eerst samen om tafel", "Eerst samen om tafel met SAMIRA")
    replace_in(example / "intervisie.csv", "2024-03-01", "2024-04-03")
    replace_in(
        example / "maatlat.csv",
        "lindenhof,2024-04,informeren,2,zelf,",
        "lindenhof,2024-04,informeren,2,zelf,volgens Samira te weinig",
    )
    data = load(example)
    for month in ("2024-03", "2024-04"):
        text = everything(Maandrapport(data, "lindenhof", month))
        assert "samira" not in text.lower()
        assert "Sleutelfiguur 1" in text
    assert "Sleutelfiguur 1 zegt" in str(show(Maandrapport(data, "lindenhof", "2024-04"), "acties"))
    assert "met Sleutelfiguur 1" in str(show(Maandrapport(data, "lindenhof", "2024-04"), "intervisie"))
    assert "samira" not in everything(Overzicht(data, "2024-04")).lower()


def test_buurt_report_names_no_actor_of_another_buurt(demo_path, tmp_path):
    """The demo's buurten have no ties to each other: Zilverdistel's platform gets one to Vlinderhof's, which
    its report shows, without its name, as an actor of another buurt."""
    shutil.copytree(demo_path, tmp_path / "demo")
    with open(tmp_path / "demo" / "relaties.csv", "a", encoding="utf-8") as handle:
        handle.write("zd-r999,zd-plat,vh-plat,informatie,,2025-01,,,interview,\n")
    demo = load(tmp_path / "demo")
    own = set(demo.actoren.loc[demo.actoren["buurt"] == "zilverdistel", "naam"])
    others = demo.actoren[demo.actoren["buurt"].notna() & (demo.actoren["buurt"] != "zilverdistel")]
    text = everything(Maandrapport(demo, "zilverdistel", "2025-07"))
    assert OTHER_BUURT in text
    for name in set(others["naam"]) - own:
        assert name not in text, name
    hidden = demo.actoren[demo.actoren["persoon"] & ~demo.actoren["naam_tonen"]]
    for name in hidden["naam"]:
        assert name not in text, name


def test_demo_report_marks_fiction_and_compares_with_all_buurten(demo):
    rapport = Maandrapport(demo, "zilverdistel", "2025-07")
    assert "Fictieve demonstratiegegevens" in str(show(rapport, "titel"))
    assert "van 10" in str(show(rapport, "positie"))
    assert "parallelle infrastructuur" in str(show(rapport, "parallel")).lower()
    assert len(rapport.trend) == 7


def test_overview_side_by_side(demo):
    overzicht = Overzicht(demo, "2025-07")
    table = str(show(overzicht, "tabel"))
    for name in demo.buurten["naam"]:
        assert name in table
    assert "Zilverdistel" in str(show(overzicht, "parallel"))
    chairs = str(show(overzicht, "voorzitters"))
    assert "Volgende voorzitter:</strong> Hommelberg (gepland op 11 september 2025)" in chairs  # none in August
    assert "<svg" in str(show(overzicht, "trends"))


def test_overview_names_no_hidden_person(demo_naming):
    """The July lessons name a person without consent (the demo itself names none where the overview looks)."""
    folder, named = demo_naming
    data = load(folder)
    text = everything(Overzicht(data, "2025-07"))
    assert "Sleutelfiguur 1 (Zilverdistel) vertelde hoe het stadsdeel" in text
    hidden = data.actoren[data.actoren["persoon"] & ~data.actoren["naam_tonen"]]
    assert named in set(hidden["naam"])
    for name in hidden["naam"]:
        assert name not in text, name


def test_next_chair_by_rotation(demo):
    # After the last recorded session the buurt that chaired longest ago, or never, is next: Lepelaarsweide's turn
    # fell in August, when no session was recorded.
    buurt, date = volgende_voorzitter(demo, as_month("2025-12"))
    assert date is None and buurt == "lepelaar"
    buurt, date = volgende_voorzitter(demo, as_month("2025-03"))
    assert buurt == "parelmoer" and datum_tekst(date) == "10 april 2025"


def test_report_dataset_is_read_once_until_a_file_changes(example):
    """A report kernel reads the dataset once; an edited file is read again."""
    first = load_dataset(example)
    assert load_dataset(str(example)) is first
    relaties = example / "relaties.csv"
    stat = relaties.stat()
    os.utime(relaties, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))
    assert load_dataset(example) is not first


def test_map_and_text_use_the_agreed_intensity(example, monkeypatch):
    """The platform calls its partnership with the Wijkbericht 2, the Wijkbericht calls it 4: both
    the sentence and the line on the map show 2, the intensity both stand behind, as the figures count it."""
    from kit.report import network_map

    drawn = {}
    real = network_map.netwerkkaart

    def spy(*args, **kwargs):
        drawn.update(kwargs)
        return real(*args, **kwargs)

    monkeypatch.setattr(network_map, "netwerkkaart", spy)
    report = Maandrapport(load(example), "lindenhof", "2024-04")
    netwerkkaart.kaart(report)
    assert drawn["intensiteit"][("lh-plat", "lh-wb")] == 2
    assert "hun samenwerking staat op 2 van 5" in str(show(report, "parallel"))


def _shown(report) -> dict[str, str]:
    """What each section shows below its heading and introduction."""
    return {
        name: re.sub(r"^<section[^>]*>(<h[23]>.*?</h[23]>)*(<p>[^<]*</p>)?|</section>$", "", show(report, name))
        for name in SECTIONS
    }


def test_buurt_with_actors_before_its_start_does_not_take_part_yet(demo):
    """Zonnedauw starts in March 2025 but has actors in January: the panel says not yet, and so does its report."""
    from kit.analysis.panel import panel

    frame = panel(demo, buurten=["zonnedauw"]).set_index("maand")
    assert not frame.loc["2025-01", "in_proeftuin"] and frame.loc["2025-03", "in_proeftuin"]
    report = Maandrapport(demo, "zonnedauw", "2025-01")
    assert not report.doet_mee
    shown = _shown(report)
    assert "doet in januari 2025 nog niet mee aan de proeftuin; die begint hier in maart 2025." in shown["titel"]
    assert shown["bijlage"].endswith(
        '<p class="nog-niet">Geen cijfers deze maand: Zonnedauwkwartier doet in januari 2025 nog niet '
        "mee aan de proeftuin; die begint hier in maart 2025.</p>"
    )
    brief = {"titel", "deze_maand", "openstaat", "schuurt", "tafel", "bespreken", "rest", "bijlage", "colofon"}
    for name in set(SECTIONS) - brief:
        assert shown[name] == "", name
    assert (
        "In januari 2025 is er voor deze buurt niets vastgelegd dat gebeurde. Er staat nog geen datum tot en met "
        "deze maand in de gegevens van de buurt."
    ) in show(report, "deze_maand")
    assert "Controlegetal" in shown["colofon"]
    assert Maandrapport(demo, "zonnedauw", "2025-03").doet_mee


def test_buurt_with_a_start_but_no_active_actor_does_not_take_part(example):
    """A buurt on the list, its start passed, but no actor recorded: not taking part, in the panel and the report."""
    from kit.analysis.panel import panel

    with (example / "buurten.csv").open("a", encoding="utf-8") as handle:
        handle.write("nieuwbouw,Nieuwbouw,West,,2024-03\n")
    data = load(example)
    frame = panel(data).set_index(["buurt", "maand"])
    assert not frame.loc[("nieuwbouw", "2024-04"), "in_proeftuin"]
    assert frame.loc[("lindenhof", "2024-04"), "in_proeftuin"]
    report = Maandrapport(data, "nieuwbouw", "2024-04")
    assert not report.doet_mee
    assert (
        "Nieuwbouw doet in april 2024 niet mee aan de proeftuin: voor deze maand staan er geen actieve actoren "
        "van de buurt in de gegevens."
    ) in everything(report, ["titel"])
    assert everything(report, ["netwerkkaart"]) == ""
    overview = everything(Overzicht(data, "2024-04"), ["tabel"])
    assert "nog niet" in overview
