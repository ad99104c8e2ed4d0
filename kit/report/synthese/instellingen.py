"""Hoe instellingen antwoordden: the overview's table, over the requests asked in the period."""

from __future__ import annotations

from kit.report.html import Html, e
from kit.report.proeftuin import INSTELLINGEN_UITLEG, instellingen_tabel
from kit.report.sectie import Sectie
from kit.report.synthese.rapport import Synthese
from kit.report.words import maand_lang


def render(rapport: Synthese) -> Html:
    """How institutions answered the platforms' requests of the period, per institution."""
    if rapport.verzoeken.empty:
        return Html(f"<p>In {e(rapport.periode)} deden de platforms geen verzoeken aan instellingen.</p>")
    return Html(
        f"<p>Alle verzoeken die de platforms in {e(rapport.periode)} aan instellingen deden, en hoe die "
        f"tot en met {e(maand_lang(rapport.last))} antwoordden. {e(INSTELLINGEN_UITLEG)}</p>"
        + instellingen_tabel(rapport.verzoeken, rapport)
    )


SECTIE = Sectie(render, kop="Hoe instellingen antwoordden")
