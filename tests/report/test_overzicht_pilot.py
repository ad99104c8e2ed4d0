"""The overview's pilot-wide appendix sections (kit.report.overzicht): barriers, open agreements, v2 figures.

The institutions' mirror and page 1 are in ``test_intervisieblad.py``.
"""

from __future__ import annotations

from helpers import html_words as text
from helpers import show

from kit.report.overzicht import Overzicht


def test_overview_barriers_and_open_agreements(demo):
    overzicht = Overzicht(demo, "2025-12")
    belemmeringen = text(show(overzicht, "belemmeringen"))
    assert "December 2025 Tot en met december 2025" in belemmeringen and "regels – 6 (6 buurten)" in belemmeringen
    assert "een instelling (geen antwoord, geweigerd of niet nagekomen) – 1 (1 buurt)" in belemmeringen
    afspraken = text(show(overzicht, "open_afspraken"))
    assert (
        "Van de 8 afspraken uit eerdere intervisies die buurten op hun actielijst zetten, zijn er 6 afgerond."
        in afspraken
    )
    assert "10 april 2025 Parelmoerhaven Professionals vragen om terugkoppeling binnen een maand" in afspraken
    assert "9 oktober 2025 Lepelaarsweide" in afspraken


def test_overview_open_agreements_are_those_of_earlier_sessions(demo):
    """In October the agreement of 9 October (this month's session) is not yet one of the earlier ones."""
    afspraken = text(show(Overzicht(demo, "2025-10"), "open_afspraken"))
    assert "Parelmoerhaven" in afspraken and "Lepelaarsweide" not in afspraken
    assert "Zilverdistel" in afspraken  # the letter of July, done only in November


def test_overview_table_has_the_version_2_figures(demo):
    from kit.analysis.catalogue import COLUMN

    table = text(show(Overzicht(demo, "2025-12"), "tabel"))
    assert "Wat platforms bereiken, nodig hebben en vragen" in table
    for key in (
        "resultaten_totaal",
        "antwoordtijd",
        "afspraken_open",
        "aantal_vindplaats",
        "maatlat_verschil",
        "ei_index_tweede",
    ):
        assert COLUMN[key].label in table, key
