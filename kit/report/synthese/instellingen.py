"""Hoe instellingen antwoordden: the institutions' mirror over the period, the intervision sheet's tables.

The rows are :func:`kit.analysis.mirror.mirror` over the period's months, so
requests asked before the period and still open at its start, and promises
not yet kept then, are part of it; refusals and requests closed without a
reaction are columns of their own, and what an institution does beside the
platform is its own table.  A mirror, not a ranking
(:func:`kit.analysis.mirror.by_buurten`).
"""

from __future__ import annotations

from kit.analysis.mirror import by_buurten, mirror
from kit.report.html import Html, e
from kit.report.overzicht.spiegel import UITLEG, naast, verzoeken
from kit.report.sectie import Sectie
from kit.report.synthese.rapport import Synthese


def render(rapport: Synthese) -> Html:
    """Per institution, over the period: the requests asked of it and what came of them, and what it does beside
    the platforms."""
    rows = by_buurten(mirror(rapport.data, rapport.first, rapport.last), rapport.naam_van)
    return Html(
        f"<p>Per instelling, over alle buurten, in {e(rapport.periode)}; verzoeken van vóór de periode die er nog "
        "openstonden, tellen mee (“van eerder”). Een spiegel, geen rangorde: instellingen staan op het aantal "
        "buurten waarin ze voorkomen, dan op naam.</p>"
        + verzoeken(rows, rapport)
        + naast(rows, rapport)
        + f"<p><small>{e(UITLEG)}</small></p>"
    )


SECTIE = Sectie(render, kop="Hoe instellingen antwoordden")
