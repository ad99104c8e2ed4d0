"""Afspraken uit de intervisie: the agreements of the period's sessions, who carries them, where each stands."""

from __future__ import annotations

from kit.report.html import Html, e
from kit.report.proeftuin import STAND_TEKST, afspraken_tabel
from kit.report.sectie import Sectie
from kit.report.synthese.rapport import Synthese
from kit.report.words import maand_lang, meervoud, opsomming


def render(rapport: Synthese) -> Html:
    """The agreements of this period's intervision sessions, who carries them and whether they were kept."""
    a = rapport.afspraken
    if a.empty:
        return Html("<p>Uit de intervisies van deze periode zetten de buurten geen afspraken op hun actielijst.</p>")
    telling = a["stand"].value_counts()
    delen = [
        f"{telling[s]} {STAND_TEKST[s]}"
        for s in ("gedaan", "niet_gedaan", "vervallen", "open", "te_laat")
        if s in telling
    ]
    return Html(
        "<p>In de intervisie spreken de buurten samen iets af; de buurt die het oppakt, zet het op haar "
        f"actielijst. Van de {meervoud(len(a), 'afspraak', 'afspraken')} uit deze periode, aan het eind "
        f"van {e(maand_lang(rapport.last))}: {e(opsomming(delen))}.</p>" + afspraken_tabel(a, rapport)
    )


SECTIE = Sectie(render, kop="Afspraken uit de intervisie", niveau=3)
