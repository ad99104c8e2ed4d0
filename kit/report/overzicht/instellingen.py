"""Hoe instellingen antwoorden: per institution asked, over every request up to the end of the month."""

from __future__ import annotations

from kit.analysis.pilot import institutions
from kit.report.html import Html, e
from kit.report.overzicht.rapport import Overzicht
from kit.report.proeftuin import INSTELLINGEN_UITLEG, instellingen_tabel
from kit.report.sectie import Sectie
from kit.report.words import maand_lang


def render(rapport: Overzicht) -> Html:
    """Per institution across all buurten: requests, answers, days to answer, long waits, promises kept."""
    last = rapport.month.end_time.normalize()
    frame = institutions(rapport.data.verzoeken, last)
    if frame.empty:
        return Html(
            f"<p>Tot en met {e(maand_lang(rapport.month))} deden de platforms geen verzoeken aan "
            "instellingen (of ze staan niet in de gegevens).</p>"
        )
    return Html(
        f"<p>Alle verzoeken van de platforms aan instellingen, van het begin van de gegevens tot en met "
        f"{e(maand_lang(rapport.month))}, en hoe de instellingen antwoordden. {e(INSTELLINGEN_UITLEG)}</p>"
        + instellingen_tabel(frame, rapport)
    )


SECTIE = Sectie(render, kop="Hoe instellingen antwoorden")
