"""Voor de agenda: three points for the intervision, drawn from patterns across buurten (:mod:`kit.report.agenda`)."""

from __future__ import annotations

from kit.report.agenda import AT_MOST, agendapunten
from kit.report.gebeurtenissen import Names
from kit.report.html import Html, e
from kit.report.overzicht.rapport import Overzicht
from kit.report.sectie import Sectie
from kit.report.words import maand_lang


def render(rapport: Overzicht) -> Html:
    """At most three points, each a question with the buurten it concerns and a suggested next step."""
    points = agendapunten(rapport.data, rapport.month, Names.of(rapport))
    if not points:
        return Html(
            f"<p>In {e(maand_lang(rapport.month))} zijn er geen patronen over buurten heen: geen instelling die in "
            "meer buurten afwees of liet wachten, geen belemmering in meer buurten, geen nieuwe parallelle "
            "infrastructuur, geen verloren plek aan tafel. Kies de agenda uit de rijen per buurt.</p>"
        )
    items = "".join(f"<li><strong>{e(p.question)}</strong> Voorstel: {e(p.step)}</li>" for p in points)
    minder = (
        "<p>Meer patronen over buurten heen zijn er deze maand niet (de regels staan in de handleiding).</p>"
        if len(points) < AT_MOST
        else ""
    )
    return Html(f'<ol class="agenda">{items}</ol>{minder}')


SECTIE = Sectie(render, kop="Voor de agenda: wat in meer buurten speelt")
