"""Aan tafel (the brief's seats, dialogues and agreements) and Wat het dragen kost (the appendix's carriers' load),
by hand on the version 4 Lindenhof example.

Lindenhof's tables (``examples/lindenhof-v4/tafels.csv``): t1, the Gebiedsoverleg West on rung 2, asked for, from
October 2023 to March 2024; t2, the same table on rung 3, invited, from April 2024; t3, the Stuurgroep Kastanjeplein
on rung 5, invited, from 15 April 2024; t4, the Huurdersoverleg of Bewonerscommissie Lindenhof-Noord on rung 1, from
February 2024.  Its agreements: a1 (West, deadline 31 March, never kept: 30 days past it on 30 April), a2 (kept 10
April), a3 (deadline 31 May), a4 (dropped 28 April), a5 (kept 26 April).  Esdoorn keeps none of version 4's
registers.
"""

from __future__ import annotations

import re
from dataclasses import replace

import pytest
from helpers import EXAMPLE_V4, everything, replace_in, show

from kit.data.dataset import load
from kit.report.maandrapport import SECTIES, Maandrapport
from kit.report.sectie import BIJLAGE, HOOFD


def text(html) -> str:
    """The words of a section, tags removed and white space collapsed."""
    return " ".join(re.sub(r"<[^>]+>", " ", str(html)).split()).replace(" .", ".").replace(" :", ":")


@pytest.fixture(scope="module")
def v4():
    return load(EXAMPLE_V4)


# ---- Aan tafel ---------------------------------------------------------------------------------------------------


def test_aan_tafel_is_in_the_brief_before_the_map(v4):
    """Before the map, which cannot break across pages and so comes last: the text flows without gaps and the brief
    keeps its four pages (docs/reports.md, "The brief's bounds")."""
    names = list(SECTIES)
    assert SECTIES["tafel"].deel == HOOFD and SECTIES["tafel"].altijd
    assert names.index("tafel") + 2 == names.index("netwerkkaart") == names.index("rest") + 1


def test_a_month_with_seats_gained_by_hand(v4):
    """April 2024: t2 and t3 begin (new this month), t4 goes on; highest rung first."""
    shown = text(show(Maandrapport(v4, "lindenhof", "2024-04"), "tafel"))
    seats = [
        "‘Stuurgroep Kastanjeplein’, belegd door Stadsdeel West: Buurtplatform Lindenhof beslist mee (meebeslissend, "
        "trede 5 van 6). Uitgenodigd, sinds 15 april 2024, nieuw deze maand.",
        "‘Gebiedsoverleg West’, belegd door Stadsdeel West: Buurtplatform Lindenhof geeft advies (adviserend, trede 3 "
        "van 6). Uitgenodigd, sinds 1 april 2024, nieuw deze maand.",
        "‘Huurdersoverleg Lindenhof-Noord’: Bewonerscommissie Lindenhof-Noord wordt op de hoogte gehouden "
        "(geïnformeerd, trede 1 van 6). Uitgenodigd, sinds 1 februari 2024.",  # no convener recorded: none named
    ]
    positions = [shown.index(seat) for seat in seats]
    assert positions == sorted(positions)
    assert "Gebiedsoverleg West’, belegd door Stadsdeel West: Buurtplatform Lindenhof wordt om een mening" not in shown
    assert "eindigde" not in shown


def test_a_month_with_a_seat_ended_by_hand(v4):
    """March 2024: t1 (asked for) ends on 31 March, the day the month ends, and t2 continues it at the same table:
    a role that ended, not a seat lost."""
    shown = text(show(Maandrapport(v4, "lindenhof", "2024-03"), "tafel"))
    assert (
        "‘Gebiedsoverleg West’, belegd door Stadsdeel West: Buurtplatform Lindenhof wordt om een mening gevraagd "
        "(geraadpleegd, trede 2 van 6). Zelf om gevraagd, sinds 1 oktober 2023. Deze rol eindigde op 31 maart "
        "2024; de plek aan deze tafel loopt door in een andere rol."  # t2 continues it in April
    ) in shown
    assert "nieuw deze maand" not in shown


def test_a_seat_that_ends_later_says_until_when(example_v4):
    replace_in(
        example_v4 / "tafels.csv",
        "meebeslissend,uitgenodigd,2024-04-15,,",
        "meebeslissend,uitgenodigd,2024-04-15,2024-12,",
    )
    shown = text(show(Maandrapport(load(example_v4), "lindenhof", "2024-04"), "tafel"))
    assert "sinds 15 april 2024, nieuw deze maand. Loopt tot 31 december 2024." in shown


def test_dialogues_and_agreements_of_the_month_by_hand(v4):
    """April 2024: two dialogues; a1 is 30 days past its deadline of 31 March, a3 open before its deadline; a2 and a5
    were kept and a4 dropped this month.  Five agreements: the brief shows two, the open ones, and counts the other
    three; the appendix lists them all."""
    report = Maandrapport(v4, "lindenhof", "2024-04")
    shown = text(show(report, "tafel"))
    assert "En nog 3 afspraken: zie de bijlage, ‘Alle plekken aan tafel, gesprekken en afspraken’." in shown
    assert "Rooster voor het buurthuis" not in shown and "Bank bij de speeltuin" not in shown
    full = text(show(report, "volledig"))
    for line in (
        "18 april 2024: Gesprek met Stadsdeel West en Stadsdeelcommissie West over ‘Inrichting Kastanjeplein’.",
        "25 april 2024: Gesprek met Buurthuis De Kastanje over ‘Een avond voor jongeren’.",
        "Stadsdeel West: ‘Sleutel van het buurthuis regelen’, afgesproken op 12 maart 2024, uiterlijk 31 maart 2024: "
        "nog niet nagekomen, 30 dagen over de termijn.",
        "Stadsdeel West: ‘Ontwerp van het plein delen’, afgesproken op 18 april 2024, uiterlijk 31 mei 2024: staat "
        "open.",
        "10 april 2024: Buurtplatform Lindenhof kwam de afspraak ‘Rooster voor het buurthuis maken’ na, gemaakt in "
        "het gesprek van 12 maart 2024.",
        "28 april 2024: De afspraak ‘Bank bij de speeltuin plaatsen’ met Stadsdeel West is vervallen zonder te zijn "
        "nagekomen.",
    ):
        assert line in full, line
    assert shown.index("Sleutel van het buurthuis regelen") < shown.index("Ontwerp van het plein")  # late first
    assert "gunstig" not in shown and "aandachtspunt" not in shown  # described, not judged


def test_an_agreement_without_a_deadline_counts_its_days_open(example_v4):
    replace_in(
        example_v4 / "dialoogafspraken.csv",
        "a3,d2,Ontwerp van het plein delen,west,2024-05-31,,",
        "a3,d2,Ontwerp van het plein delen,west,,,",
    )
    shown = text(show(Maandrapport(load(example_v4), "lindenhof", "2024-04"), "tafel"))
    assert "‘Ontwerp van het plein delen’, afgesproken op 18 april 2024, zonder termijn: staat 12 dagen open." in shown


def test_a_month_without_seats_dialogues_or_agreements_is_one_sentence(v4):
    shown = text(show(Maandrapport(v4, "lindenhof", "2023-09"), "tafel"))
    assert shown.endswith(
        "In september 2023: geen plek aan een bestuurlijke tafel, geen gesprek met de gemeente of een instelling en "
        "geen afspraak uit een gesprek open, nagekomen of vervallen."
    )
    assert "Plekken aan tafel" not in shown


def test_a_buurt_without_the_registers_gets_one_line(v4):
    shown = text(show(Maandrapport(v4, "esdoorn", "2024-04"), "tafel"))
    assert shown.endswith(
        "Niet vastgelegd voor deze buurt: de plekken aan tafel en de gesprekken met instellingen en hun afspraken."
    )
    assert shown.count("Niet vastgelegd") == 1 and "geen plek" not in shown


def test_a_buurt_that_keeps_seats_but_no_dialogues_says_so(example_v4):
    (example_v4 / "dialogen.csv").unlink()
    (example_v4 / "dialoogafspraken.csv").unlink()
    shown = text(show(Maandrapport(load(example_v4), "lindenhof", "2024-04"), "tafel"))
    assert "Plekken aan tafel" in shown and "Gesprekken" not in shown
    assert shown.endswith("Niet vastgelegd: de gesprekken van deze buurt met instellingen worden niet bijgehouden.")


def test_a_group_shows_at_most_its_bound(v4, monkeypatch):
    from kit.report.maandrapport import tafel

    for bound in ("PLEKKEN", "GESPREKKEN", "AFSPRAKEN"):
        monkeypatch.setattr(tafel, bound, replace(getattr(tafel, bound), hoogstens=1))
    shown = text(show(Maandrapport(v4, "lindenhof", "2024-04"), "tafel"))
    assert "Stuurgroep Kastanjeplein’, belegd" in shown and "Huurdersoverleg" not in shown
    waar = "zie de bijlage, ‘Alle plekken aan tafel, gesprekken en afspraken’."
    assert f"En nog 2 plekken: {waar}" in shown
    assert f"En nog 1 gesprek: {waar}" in shown and f"En nog 4 afspraken: {waar}" in shown


def test_names_follow_the_privacy_rule_and_text_is_escaped(example_v4):
    """Samira (lh-sf) is a person without consent: a seat she holds, a table and an agreement naming her show her
    pseudonym; markup typed into a table's name is text."""
    with (example_v4 / "tafels.csv").open("a", encoding="utf-8") as handle:
        handle.write("t5,lindenhof,lh-sf,Jongerenoverleg <b>met Samira</b>,west,geraadpleegd,uitgenodigd,2024-04,,\n")
    replace_in(
        example_v4 / "dialoogafspraken.csv",
        "Ontwerp van het plein delen,west",
        "Ontwerp van het plein delen met Samira,lh-sf",
    )
    report = Maandrapport(load(example_v4), "lindenhof", "2024-04")
    html = show(report, "tafel")
    assert "Samira" not in html and "<b>" not in html and "&lt;b&gt;" in html
    shown = text(html)
    assert "Sleutelfiguur 1 wordt om een mening gevraagd" in shown
    assert "Sleutelfiguur 1: ‘Ontwerp van het plein delen met Sleutelfiguur 1’" in shown


# ---- Wat het dragen kost: the appendix only, the buurt's own pulse -------------------------------------------------


def pulse(folder, rows: str):
    (folder / "draaglast.csv").write_text("buurt,maand,belasting,dragers,incident\n" + rows, encoding="utf-8")
    return load(folder)


def test_the_pulse_is_a_section_of_the_appendix_only():
    assert SECTIES["draaglast"].deel == BIJLAGE
    names = list(SECTIES)
    assert names.index("draaglast") == names.index("draagt") + 1


def test_the_pulse_by_hand(v4):
    """Lindenhof: March 2024 load 3, 5 carriers, no incident; April load 4, 4 carriers, an incident.  Open actions
    at the end of April: x3 only, of Buurtplatform Lindenhof."""
    shown = text(show(Maandrapport(v4, "lindenhof", "2024-04"), "draaglast"))
    assert (
        "De vaste vrijwilligers waren deze maand belast met 4 van 5. 4 vaste vrijwilligers droegen het platform. Deze "
        "maand is een drager geïntimideerd of bedreigd."
    ) in shown
    assert (
        "Het afgelopen jaar Maand Belasting (1–5) Dragers Intimidatie of bedreiging "
        "april 2024 4 4 ja maart 2024 3 5 nee"
    ) in (shown)
    assert (
        "Open acties 1 trekker draagt de open acties. 100% van de open acties ligt bij de trekker met de meeste."
        in (shown)
    )
    assert "Buurtplatform Lindenhof" not in shown  # owners are counted, never named


def test_open_actions_on_two_owners_in_march(v4):
    """31 March 2024: x2 (Samira) and x4 (the platform) are open: two owners, each half."""
    shown = text(show(Maandrapport(v4, "lindenhof", "2024-03"), "draaglast"))
    assert "2 trekkers dragen de open acties. 50% van de open acties ligt bij de trekker met de meeste." in shown


def test_a_month_without_a_pulse_is_not_measured_never_zero(example_v4):
    data = pulse(example_v4, "lindenhof,2024-02,3,5,nee\nlindenhof,2024-04,2,6,nee\n")
    shown = text(show(Maandrapport(data, "lindenhof", "2024-03"), "draaglast"))
    assert "In maart 2024 is de draaglast niet gepeild." in shown
    assert "maart 2024 niet gepeild niet gepeild niet gepeild februari 2024 3 5 nee" in shown
    assert "april 2024" not in shown  # a later month is not this month's report's


def test_the_table_holds_the_last_twelve_months(example_v4):
    months = [f"{year}-{month:02d}" for year in (2023, 2024) for month in range(1, 13)][
        :16
    ]  # January 2023 … April 2024
    data = pulse(example_v4, "".join(f"lindenhof,{m},2,{10 + i},nee\n" for i, m in enumerate(months)))
    shown = text(show(Maandrapport(data, "lindenhof", "2024-04"), "draaglast"))
    rows = re.findall(r"(\w+ 20\d\d) 2 (\d+) nee", shown)
    assert len(rows) == 12 and rows[0] == ("april 2024", "25") and rows[-1] == ("mei 2023", "14")


def test_a_buurt_without_a_pulse_or_action_list_says_so(v4):
    shown = text(show(Maandrapport(v4, "esdoorn", "2024-04"), "draaglast"))
    assert "Niet vastgelegd: de draaglast van de vrijwilligers wordt voor deze buurt niet bijgehouden." in shown
    assert "Niet vastgelegd: de actielijst wordt voor deze buurt niet bijgehouden." in shown
    assert "Het afgelopen jaar" not in shown


def test_a_report_shows_its_own_pulse_only_and_never_in_the_brief(example_v4):
    """Numbers of carriers found nowhere else in the data: each buurt's report shows its own, in the appendix, and
    never the other buurt's; no brief shows any."""
    data = pulse(
        example_v4,
        "lindenhof,2024-03,3,7919,nee\nlindenhof,2024-04,4,7927,ja\nesdoorn,2024-03,2,6173,nee\nesdoorn,2024-04,5,6197,ja\n",
    )
    own = {"lindenhof": ("7919", "7927"), "esdoorn": ("6173", "6197")}
    for buurt, values in own.items():
        report = Maandrapport(data, buurt, "2024-04")
        other = next(v for b, v in own.items() if b != buurt)
        shown = everything(report)
        assert all(written(v, show(report, "draaglast")) for v in values)
        assert not any(written(v, shown) for v in other)
        brief = everything(report, [name for name in SECTIES if SECTIES[name].deel == HOOFD])
        assert not any(written(v, brief) for v in values)


def written(number: str, html: str) -> bool:
    """Whether a whole number of four digits is in ``html``, as ``7919`` or as Dutch writes it, ``7.919``."""
    return re.search(rf"(?<![0-9.]){number[0]}\.?{number[1:]}(?![0-9])", html) is not None
