"""Gaps are not facts: what a buurt does not record, every output says is "niet vastgelegd", never 0 or "geen".

Esdoorn of ``examples/lindenhof-v3`` keeps nothing but actors and relations, and has ``buurten.platform`` filled
but no recognition row; Duinroosbuurt of the demo keeps no action list, maatlat, requests or recognition.  Each
rule below fails if a report counts a register the buurt does not keep, or calls its platform recognised.
"""

from __future__ import annotations

import pytest
from helpers import EXAMPLE_V3, everything, html_words, show

from kit.analysis.figures import figures
from kit.analysis.summary import describe
from kit.data.dataset import load
from kit.report.maandrapport import Maandrapport
from kit.report.overzicht import Overzicht
from kit.report.synthese import Synthese
from kit.report.synthese.per_buurt import pagina


@pytest.fixture(scope="module")
def data():
    return load(EXAMPLE_V3)


@pytest.fixture(scope="module")
def esdoorn(data):
    return Maandrapport(data, "esdoorn", "2024-04")


def content(report, name: str) -> str:
    """The words of a section below its heading and introduction."""
    return html_words(show(report, name).split("</h2>", 1)[-1].split("</h3>", 1)[-1])


@pytest.mark.parametrize(
    "section, register",
    [
        ("bereikt", "de resultaten van deze buurt worden niet bijgehouden"),
        ("gevraagd", "de verzoeken van deze buurt aan instellingen worden niet bijgehouden"),
        ("acties", "de actielijst wordt voor deze buurt niet bijgehouden"),
        ("maatlat", "de maatlat wordt voor deze buurt niet bijgehouden"),
    ],
)
def test_a_section_of_a_register_not_kept_says_so_in_one_line(esdoorn, section, register):
    assert html_words(show(esdoorn, section)).endswith(f"Niet vastgelegd: {register}.")
    assert "<table" not in show(esdoorn, section)


def test_split_activities_of_a_buurt_without_activities_are_not_recorded(esdoorn):
    shown = html_words(show(esdoorn, "parallel"))
    assert "Niet vastgelegd: de activiteiten van deze buurt worden niet bijgehouden." in shown
    assert "geen versnipperde activiteiten" not in shown.lower()


def test_the_summary_never_counts_what_is_not_kept(esdoorn):
    """Each figure of an unkept register in the summary's table says which register is not kept, with no change
    and no number; the platform is named but not called recognised."""
    shown = html_words(show(esdoorn, "samenvatting"))
    assert "Activiteiten – – Niet vastgelegd: de activiteiten van deze buurt worden niet bijgehouden." in shown
    assert "Acties open – – Niet vastgelegd: de actielijst wordt voor deze buurt niet bijgehouden." in shown
    assert "Het buurtplatform is Buurtplatform Esdoorn. Niet vastgelegd: voor deze buurt staat geen " in shown
    assert "erkend" not in shown.replace("erkenningsbesluit", "")
    assert "geen waarde om mee te vergelijken" not in shown


def test_no_section_calls_a_platform_recognised_without_a_recognition_row(esdoorn):
    shown = html_words(everything(esdoorn))
    assert "is erkend" not in shown and "erkend sinds" not in shown and "niet erkend" not in shown
    assert "Niet vastgelegd: voor deze buurt staat geen erkenningsbesluit in de gegevens." in shown


def test_the_position_among_buurten_says_not_recorded(esdoorn):
    shown = html_words(show(esdoorn, "positie"))
    assert "Acties open niet vastgelegd" in shown and "Resultaten tot nu toe niet vastgelegd" in shown


def test_a_kept_register_without_rows_this_month_is_a_real_zero(data):
    """Lindenhof keeps its action list: in March nothing was closed, and its counts are numbers, not gaps."""
    march = Maandrapport(data, "lindenhof", "2024-03")
    assert "Niet vastgelegd" not in html_words(show(march, "acties"))
    assert figures(data, "lindenhof", "2024-03")["acties"]["niet_gedaan"] == 0


def test_a_month_without_an_intervision_row_is_not_a_month_without_a_session(data):
    """April has no session row: no session was recorded, which does not say none took place."""
    expected = "Voor april 2024 is geen intervisiebijeenkomst vastgelegd."
    assert content(Maandrapport(data, "lindenhof", "2024-04"), "intervisie") == expected
    assert content(Overzicht(data, "2024-04"), "lessen") == expected


def test_the_overview_marks_cells_not_recorded(data):
    """The overview's table: Esdoorn's cells of registers it does not keep say so; its network figures are numbers."""
    shown = html_words(show(Overzicht(data, "2024-04"), "tabel"))
    assert "Acties open 1 niet vastgelegd" in shown
    assert "Maanden sinds erkenning 0 niet vastgelegd" in shown
    assert "Actoren in het netwerk 9 2" in shown


def test_the_synthesis_does_not_call_a_buurt_without_a_decision_not_yet_recognised(data):
    page = html_words(pagina(Synthese(data, "2024-03", "2024-04"), "esdoorn"))
    assert "Geen erkenningsbesluit vastgelegd." in page and "Nog niet erkend" not in page


def test_the_terminal_summary_names_what_is_not_recorded(data):
    shown = describe(figures(data, "esdoorn", "2024-04"), data)
    assert "platform: Buurtplatform Esdoorn (geen erkenning vastgelegd)" in shown
    assert (
        "niet vastgelegd voor deze buurt: de activiteiten, de actielijst, de maatlat, de resultaten, de verzoeken "
        "aan instellingen, de erkenning" in shown
    )
    assert "Resultaten deze maand" not in shown and "acties:" not in shown
    assert "laatst vastgelegd: actoren –, relaties 2024-03" in shown


def test_the_demos_months_without_a_session_say_none_was_recorded(demo):
    """The demo records no session in August or November: the overview of those months says so, in those words."""
    for maand, naam in (("2025-08", "augustus"), ("2025-11", "november")):
        assert (
            content(Overzicht(demo, maand), "lessen") == f"Voor {naam} 2025 is geen intervisiebijeenkomst vastgelegd."
        )


def test_the_demos_thin_buurt_reports_gaps_as_gaps(demo):
    """Duinroosbuurt keeps no action list, maatlat, requests or recognition: its report says so for each."""
    report = Maandrapport(demo, "duinroos", "2025-12")
    assert content(report, "acties").endswith("Niet vastgelegd: de actielijst wordt voor deze buurt niet bijgehouden.")
    assert content(report, "gevraagd").startswith("Niet vastgelegd: de verzoeken")
    assert "geen erkenningsbesluit" in html_words(show(report, "samenvatting"))


def test_results_recorded_after_the_fact_are_not_this_months_results(data):
    """Lindenhof in April: two results achieved in April, two recorded in April but achieved earlier (one in
    November 2023, one on an unknown day), listed apart with both dates; the counts are the figures'."""
    shown = html_words(show(Maandrapport(data, "lindenhof", "2024-04"), "bereikt"))
    assert "Deze maand: 2 resultaten, en 2 resultaten achteraf vastgelegd" in shown
    assert "Sinds het begin van de gegevens: 5 resultaten." in shown
    later = shown.split("Deze maand achteraf vastgelegd", 1)[1].split("Eerder bereikt", 1)[0]
    assert "datum onbekend (vastgelegd 15 april 2024) De speeltuin aan de Linde blijft open" in later
    assert "1 november 2023 (vastgelegd 20 april 2024) Kap van twaalf bomen voorkomen" in later


def test_the_synthesis_page_of_a_thin_buurt_says_what_it_does_not_keep(demo):
    """Duinroosbuurt's page: no requests or action list kept, so not "geen verzoeken" or "geen acties gedaan"."""
    page = html_words(pagina(Synthese(demo, "2025-01", "2025-12"), "duinroos"))
    assert "Gevraagd: Niet vastgelegd: de verzoeken van deze buurt aan instellingen worden niet bijgehouden." in page
    assert "Leren: Niet vastgelegd: de actielijst wordt voor deze buurt niet bijgehouden." in page
    assert "Maatlat (eigen score) niet vastgelegd niet vastgelegd" in page
    assert "Geen erkenningsbesluit vastgelegd." in page and "geen verzoeken" not in page
