"""Om te bespreken: two or three questions for the platform's meeting, each with a suggested next step.

The points are :func:`kit.report.agenda.om_te_bespreken`: the buurt's rules
in their order of priority (``docs/reports.md``, "What the reports suggest to
discuss"), at most :data:`kit.report.agenda.AT_MOST`.
"""

from __future__ import annotations

from kit.report.agenda import om_te_bespreken
from kit.report.html import Html, e, lijst
from kit.report.maandrapport.rapport import Maandrapport
from kit.report.sectie import Sectie


def render(rapport: Maandrapport) -> Html:
    """Each point as its question in bold and its next step; or that the rules found nothing."""
    points = om_te_bespreken(rapport.data, rapport.buurt, rapport.month, rapport.woorden)
    if not points:
        return Html(
            "<p>Deze maand vonden de vaste regels van de kit geen punt om voor te stellen. Wat vindt het platform "
            "zelf belangrijk om te bespreken?</p>"
        )
    return Html(lijst((f"<strong>{e(p.question)}</strong> Voorstel: {e(p.step)}" for p in points), "kernpunten"))


SECTIE = Sectie(render, kop="Om te bespreken", altijd=True)
