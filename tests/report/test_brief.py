"""The buurtbrief (the monthly report's main part): what it says, by hand on the Lindenhof examples, and that it
stays short on every demo buurt; the appendix as a part of its own; pseudonyms by what a person is; the map's
lines and labels."""

from __future__ import annotations

import re
from dataclasses import replace

import numpy as np
import pandas as pd
import pytest
from helpers import BRIEF_PAGES, BRIEF_WORDS, brief_html, printed_pages, reading_words, replace_in, show

from kit.analysis.events import events
from kit.data.dataset import load
from kit.data.spans import dataset_months
from kit.privacy import display_names, pseudonyms
from kit.render import versions
from kit.report import network_map
from kit.report.maandrapport import SECTIES, Maandrapport
from kit.report.sectie import BIJLAGE, HOOFD


def text(html) -> str:
    """The words of a section, tags removed and white space collapsed."""
    return " ".join(re.sub(r"<[^>]+>", " ", str(html)).split()).replace(" .", ".").replace(" :", ":")


def test_the_brief_is_the_main_part_and_everything_else_the_appendix():
    brief = [name for name in SECTIES if SECTIES[name].deel == HOOFD]
    assert brief == ["titel", "deze_maand", "openstaat", "schuurt", "bespreken", "tafel", "rest", "netwerkkaart"]
    assert list(SECTIES)[len(brief)] == "bijlage"
    assert all(SECTIES[name].deel == BIJLAGE for name in list(SECTIES)[len(brief) :])


# ---- Deze maand, by hand: the version 3 Lindenhof example, April 2024 -------------------------------------------


@pytest.fixture(scope="module")
def april():
    from helpers import EXAMPLE_V3

    return Maandrapport(load(EXAMPLE_V3), "lindenhof", "2024-04")


def test_this_month_tells_every_register_dated(april):
    """The words of each event, in the appendix's full list; the brief shows the refusal and the non-answer."""
    from kit.report.maandrapport import deze_maand

    shown = text(show(april, "deze_maand"))
    full = text(deze_maand.alles(april))
    for line in (
        "1 april 2024: Buurtplatform Lindenhof is erkend als buurtplatform, besloten door Stadsdeelcommissie West "
        "(besluit stadsdeelcommissie West).",
        # achieved at its own date; recorded now, achieved earlier or on an unknown day: said so
        "10 april 2024: Bereikt bij Stadsdeel West: ‘Buurtbudget voor het Lentefeest toegekend’.",
        "20 april 2024: Vastgelegd bij Stadsdeel West: ‘Kap van twaalf bomen voorkomen’, samen met "
        "Bewonerscommissie De Linde; bereikt op 1 november 2023.",
        "15 april 2024: Vastgelegd bij Stadsdeel West: ‘De speeltuin aan de Linde blijft open’; wanneer het "
        "bereikt is, is niet bekend.",
        # a refusal and a non-answer each on their own line, naming the institution
        "2 april 2024: Buurthuis De Kastanje wees ‘Avonden vrij voor jongeren’ af, na 23 dagen.",
        "30 april 2024: Stadsdeel West reageerde niet op ‘Een sleutel van het buurthuis voor het platform’; het "
        "verzoek is na 106 dagen zonder antwoord gesloten.",
        # an action that failed on an institution: what the institution did, not the platform's lesson
        "25 april 2024: Het stadsdeel reageerde niet; daardoor lukte ‘Afspraak met het stadsdeel over de sleutel "
        "van het buurthuis’ niet.",
    ):
        assert line in full, line
    assert "wees ‘Avonden vrij voor jongeren’ af" in shown and "reageerde niet op ‘Een sleutel" in shown
    assert shown.index("Erkenning") < shown.index("Bereikt") < shown.index("Verzoeken aan instellingen")


def test_registers_not_kept_are_named_once_and_a_month_without_events_says_how_fresh_the_data_are():
    from helpers import EXAMPLE_V3

    shown = text(show(Maandrapport(load(EXAMPLE_V3), "esdoorn", "2024-04"), "deze_maand"))
    assert "In april 2024 is er voor deze buurt niets vastgelegd dat gebeurde." in shown
    assert "Het laatst bijgewerkt: de relaties in maart 2024." in shown
    assert shown.count("Niet vastgelegd") == 1
    assert (
        "Niet vastgelegd voor deze buurt: de activiteiten, de actielijst, de maatlat, de resultaten, de verzoeken "
        "aan instellingen, de erkenning, de plekken aan tafel, de gesprekken met instellingen en hun afspraken en "
        "de draaglast van de vrijwilligers."  # a version 3 dataset keeps none of version 4's registers
    ) in shown


def test_a_group_shows_at_most_its_bound_but_every_refusal_and_counts_the_rest(april, monkeypatch):
    from kit.report.maandrapport import deze_maand

    monkeypatch.setattr(deze_maand, "GEBEURTENISSEN", replace(deze_maand.GEBEURTENISSEN, hoogstens=1))
    shown = text(show(april, "deze_maand"))
    assert "wees ‘Avonden vrij voor jongeren’ af" in shown and "reageerde niet op ‘Een sleutel" in shown
    assert "kwam de toezegging" not in shown
    assert "En nog 1 gebeurtenis: zie de bijlage, ‘Alle gebeurtenissen van de maand’." in shown
    assert "En nog 3 gebeurtenissen: zie de bijlage, ‘Alle gebeurtenissen van de maand’." in shown  # Bereikt


# ---- what waits, where it chafes, what to discuss -----------------------------------------------------------


def test_what_waits_is_grouped_by_institution_with_day_counters(example_v2):
    from kit.report.maandrapport import openstaat

    report = Maandrapport(load(example_v2), "lindenhof", "2024-03")
    shown = text(show(report, "openstaat"))
    assert shown.startswith("Wat openstaat bij instellingen Zo stond het op 31 maart 2024.")
    west = shown.index("Stadsdeel West")
    assert west < shown.index("Wijkbericht Lindenhof") < shown.index("Buurthuis De Kastanje")  # longest wait first
    # four wait, the three longest are shown: the promise of 19 days is counted, and in the appendix
    assert "En nog 1 open punt: zie de bijlage, ‘Alles wat openstaat bij instellingen’." in shown
    promise = "‘Overleg over het buurtbudget’, toegezegd op 12 maart 2024: nog niet nagekomen na 19 dagen."
    assert promise not in shown and promise in text(openstaat.alles(report))


def test_a_tension_is_told_with_its_reason_and_who_reported_it(example_v2):
    replace_in(
        example_v2 / "relaties.csv",
        "r10,lh-bh,lh-wb,spanning,,2024-04,,,,",
        "r10,lh-bh,lh-wb,spanning,,2024-04,2024-05-15,west,,Ruzie over de zaal",
    )
    data = load(example_v2)
    may = text(show(Maandrapport(data, "lindenhof", "2024-05"), "schuurt"))
    assert (
        "Tussen Buurthuis De Kastanje en Wijkbericht Lindenhof, sinds 1 april 2024 (gemeld door Stadsdeel West): "
        "Ruzie over de zaal. Voorbij op 15 mei 2024."
    ) in may
    assert "Spanning" not in text(show(Maandrapport(data, "lindenhof", "2024-06"), "schuurt"))


def test_a_tension_without_a_reason_says_it_is_not_recorded(example_v2):
    shown = text(show(Maandrapport(load(example_v2), "lindenhof", "2024-04"), "schuurt"))
    assert "Tussen Buurthuis De Kastanje en Wijkbericht Lindenhof, sinds 1 april 2024; waarom is niet vastgelegd." in (
        shown
    )
    assert "Buurtplatform Lindenhof (opgezet door bewoners) en Wijkbericht Lindenhof" in shown


def test_points_to_discuss_each_have_a_next_step(example_v2):
    shown = text(show(Maandrapport(load(example_v2), "lindenhof", "2024-04"), "bespreken"))
    assert shown.count("Voorstel:") == 3
    assert shown.index("wees ‘Avonden vrij voor jongeren’ af") < shown.index("wacht al 56 dagen")


def test_the_brief_says_where_the_rest_is(april):
    assert "maandrapport.bijlage.pdf" in text(show(april, "rest"))


# ---- ten minutes ------------------------------------------------------------------------------------------------


@pytest.mark.slow
def test_every_demo_brief_is_at_most_1300_words_and_four_pages(demo):
    """Every demo buurt in its first, a middle and the last month of the data, and the five buurt-months with the
    most events (the densest); the longest printed to PDF."""
    months = dataset_months(demo)
    keys = {
        (buurt, month) for buurt in demo.buurten["id"] for month in {months[0], months[len(months) // 2], months[-1]}
    }
    busiest = {(buurt, month): len(events(demo, buurt, month)) for buurt in demo.buurten["id"] for month in months}
    keys |= set(sorted(busiest, key=busiest.get, reverse=True)[:5])
    counted = {key: brief_html(Maandrapport(demo, key[0], str(key[1]))) for key in keys}
    lengths = {key: reading_words(html) for key, html in counted.items()}
    assert max(lengths.values()) <= BRIEF_WORDS, max(lengths.items(), key=lambda kv: kv[1])
    longest = max(lengths, key=lengths.get)
    assert printed_pages(counted[longest]) <= BRIEF_PAGES, longest


# ---- pseudonyms that fit what a person is -----------------------------------------------------------------------


def test_a_pseudonym_says_what_the_person_is_numbered_per_buurt_and_label():
    frame = pd.DataFrame(
        {
            "id": ["a", "b", "c", "d", "e", "f"],
            "buurt": ["x", "x", "x", "x", None, "y"],
            "persoon": [True] * 6,
            "naam_tonen": [False, False, False, True, False, False],
            "soort": ["sleutelfiguur", "politie", "sleutelfiguur", "politie", "stadsdeel", "overig"],
        }
    )
    assert pseudonyms(frame) == {
        "a": "Sleutelfiguur 1",
        "b": "Politiemedewerker 1",
        "c": "Sleutelfiguur 2",
        "e": "Medewerker stadsdeel (stad) 1",
        "f": "Persoon 1",
    }
    assert pseudonyms(frame, {"x": "Vlinderhof"})["b"] == "Politiemedewerker 1 (Vlinderhof)"
    # a row added at the end changes no earlier pseudonym
    more = pd.concat([frame, pd.DataFrame([{"id": "g", "buurt": "x", "persoon": True, "naam_tonen": False,
                                            "soort": "politie"}])], ignore_index=True)  # fmt: skip
    assert pseudonyms(more) == {**pseudonyms(frame), "g": "Politiemedewerker 3"}


def test_a_police_officer_in_a_report_is_no_sleutelfiguur(example):
    with (example / "actoren.csv").open("a", encoding="utf-8") as handle:
        handle.write("lh-wa,Wijkagent Pietersen,lindenhof,politie,bovenaf,1,,,,ja,nee\n")
    assert display_names(load(example), "lindenhof")["lh-wa"] == "Politiemedewerker 1"


# ---- the map ----------------------------------------------------------------------------------------------------


def test_a_line_through_a_third_dot_is_curved_around_it_and_a_clear_one_stays_straight():
    p, q = np.array([0.0, 0.0]), np.array([200.0, 0.0])
    dot = (np.array([100.0, 2.0]), 6.5)
    assert len(network_map.clear_path(p, q, [(np.array([100.0, 40.0]), 6.5)])) == 2
    curve = network_map.clear_path(p, q, [dot])
    assert network_map._distances(curve, dot[0][None])[0] >= dot[1] + network_map.CLEARANCE
    assert (curve[0] == p).all() and (curve[-1] == q).all()
    assert curve[len(curve) // 2][1] < 0  # away from the dot, which lies above the straight line
    assert (network_map.clear_path(p, q, [dot]) == curve).all()  # the same positions, the same line


def test_the_map_routes_lines_around_dots_on_the_page():
    where = network_map.Frame(-1, 3, -1, 1, box=(0, 0, 288, 288))
    pos = {"a": (0.0, 0.0), "b": (1.0, 0.0), "c": (2.0, 0.0)}
    dots = {n: 6.5 for n in pos}
    through, beside = network_map.route([("a", "c"), ("a", "b")], pos, dots, where)
    assert len(beside) == 2 and len(through) == network_map.CURVE_POINTS
    assert (beside == where.points([(0.0, 0.0), (1.0, 0.0)])).all()  # points on the page
    assert abs(through[len(through) // 2][1] - where.points((1.0, 0.0))[1]) > 6.5  # around b's dot


def test_labels_cut_to_the_same_text_are_told_apart():
    a = network_map.kort("Stichting Buurtwerk Lindenhof en omstreken noord")
    b = network_map.kort("Stichting Buurtwerk Lindenhof en omstreken zuid")
    assert a == b
    assert network_map.onderscheiden({"s2": b, "s1": a, "p": "Platform"}) == {
        "s2": f"{b} (2)",
        "s1": f"{a} (1)",
        "p": "Platform",
    }


# ---- the appendix PDF is a file of the report -------------------------------------------------------------------


def test_the_appendix_pdf_is_kept_with_its_version_and_never_left_beside_a_newer_brief(tmp_path):
    old = {"html": b"oud html", "pdf": b"oud pdf", "bijlage.pdf": b"oude bijlage", "ipynb": b"oud ipynb"}
    versions.replace(tmp_path, "maandrapport", old, keep=False)
    assert (tmp_path / "maandrapport.bijlage.pdf").read_bytes() == b"oude bijlage"
    new = {"html": b"nieuw html", "pdf": b"nieuw pdf", "ipynb": b"nieuw ipynb"}
    assert versions.replace(tmp_path, "maandrapport", new, keep=True) == 1
    assert not (tmp_path / "maandrapport.bijlage.pdf").exists()
    assert (tmp_path / "maandrapport.v1.bijlage.pdf").read_bytes() == b"oude bijlage"
    assert list(versions.earlier(tmp_path, "maandrapport")[1]) == ["html", "pdf", "bijlage.pdf", "ipynb"]


# ---- the verdict rules where the appendix judges ----------------------------------------------------------------


def _row(html: str, label: str) -> str:
    """The text of the table row that starts with ``label``."""
    row = next(r for r in re.findall(r"<tr>.*?</tr>", html, re.S) if re.search(rf"<td[^>]*>{re.escape(label)}<", r))
    return text(row)


def test_the_summary_names_what_moved_a_count_and_withholds_a_verdict_on_size(april):
    """April: the refusal and the request closed without an answer lowered the open requests by 2 (rule 1); two
    actors joined, so density is not judged (rule 2); results rose: good news."""
    html = str(show(april, "samenvatting"))
    requests = _row(html, "Verzoeken zonder antwoord")
    assert "Verzoeken zonder antwoord −2: Buurthuis De Kastanje wees ‘Avonden vrij voor jongeren’ af" in requests
    assert "gunstig" not in requests and "aandachtspunt" not in requests
    density = _row(html, "Dichtheid")
    assert "Geen oordeel over ‘Dichtheid’: het netwerk telt nu 9 actoren, vorige maand 7" in density
    assert "aandachtspunt" not in density
    assert "Hoger dan vorige maand: gunstig voor het platform." in _row(html, "Resultaten tot nu toe")


def test_an_action_that_failed_on_an_institution_is_not_the_platforms_lesson(april):
    html = str(show(april, "acties"))
    lessons = html[html.index("Niet gelukt, en waarom") : html.index("Niet gelukt door een instelling")]
    assert "Ruimte voor jongeren zoeken" in lessons and "sleutel van het buurthuis" not in lessons
    assert "Het stadsdeel reageerde niet; daardoor lukte ‘Afspraak met het stadsdeel over de sleutel van het " in (
        text(html)
    )


def test_support_beside_the_platform_is_its_own_table_not_a_resource_for_residents(april):
    html = str(show(april, "draagt"))
    residents, _, beside = html.partition("Steun naast het platform")  # the heading; its table follows
    assert "Wijkbericht Lindenhof" not in residents and "Buurtnetwerk Lindenhof" not in residents
    assert "Wijkbericht Lindenhof" in beside and "Buurtnetwerk Lindenhof" in beside


def test_ranks_in_the_position_table_follow_rule_5():
    from kit.report.maandrapport.positie import rang

    rows = pd.DataFrame({"buurt": ["a", "b", "c"], "gem_intensiteit": [3.0, 2.5, 3.0], "actoren": [5.0, 9.0, 7.0]})
    assert rang(rows, "a", "gem_intensiteit") == "gedeeld 1e van 3"
    assert rang(rows, "b", "gem_intensiteit") == "3e van 3"
    assert rang(rows, "a", "actoren") == "–"  # depends on the network's size: no rank
    assert rang(rows.assign(gem_intensiteit=3.0), "b", "gem_intensiteit") == "–"  # all tie


def test_the_index_links_the_appendix_pdf_where_it_was_rendered(tmp_path):
    from kit.render.index import write_index

    folder = tmp_path / "2025-06" / "vlinderhof"
    folder.mkdir(parents=True)
    for name in ("maandrapport.html", "maandrapport.pdf", "maandrapport.bijlage.pdf"):
        (folder / name).write_text("<title>Maandrapport Vlinderhof, juni 2025</title>", encoding="utf-8")
    page = write_index(tmp_path).read_text(encoding="utf-8")
    assert '<a href="2025-06/vlinderhof/maandrapport.bijlage.pdf">bijlage (PDF)</a>' in page


def test_a_pdf_prints_one_part_by_the_class_the_sections_declare():
    """The factory does not import the reports: it prints by the class ``deel-<part>`` a section writes, and its
    names for the parts are the sections' own."""
    import io

    from pypdf import PdfReader

    from kit.render import convert, job
    from kit.render.page import HOOFD
    from kit.report import sectie

    assert (HOOFD, job.BIJLAGE_DEEL) == (sectie.HOOFD, sectie.BIJLAGE) and len(sectie.DELEN) == 2
    page = (
        '<html lang="nl"><head><title>t</title></head><body><section class="maandrapport deel-hoofd">Brief</section>'
        '<section class="maandrapport deel-bijlage">Bijlage</section><p>Kop</p></body></html>'
    )
    for deel, shown, hidden in (("hoofd", "Brief", "Bijlage"), ("bijlage", "Bijlage", "Brief")):
        words = PdfReader(io.BytesIO(convert.to_pdf(page, deel))).pages[0].extract_text()
        assert shown in words and hidden not in words and "Kop" in words, deel
    whole = PdfReader(io.BytesIO(convert.to_pdf(page))).pages[0].extract_text()  # the overview: every part
    assert "Brief" in whole and "Bijlage" in whole


def test_the_map_explains_only_the_lines_it_shows(demo):
    """A thin month without tensions or parallel infrastructures is not told how to read them; a busy one is."""
    from helpers import EXAMPLE_V4

    from kit.report.maandrapport import netwerkkaart

    thin = netwerkkaart.uitleg(Maandrapport(demo, "duinroos", "2025-12"))
    assert thin.startswith("<p>Het buurtplatform is de stip met de gele rand. Het platform heeft deze maand")
    assert "spanning" not in thin and "parallelle infrastructuur" not in thin
    busy = netwerkkaart.uitleg(Maandrapport(load(EXAMPLE_V4), "lindenhof", "2024-04"))
    assert "Rode stippellijnen zijn spanningen." in busy and "is een parallelle infrastructuur" in busy
