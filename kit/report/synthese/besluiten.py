"""Erkenningsbesluiten: every recorded recognition by date, deciding body and document; a buurt without one says so.

A buurt is recognised only where ``erkenning.csv`` holds a row for it
(contract version 3, "Registers kept, and gaps"): a buurt without a row is
marked "geen erkenningsbesluit vastgelegd", never recognised and never "not
recognised" either, for the data do not say.  The decisions that took effect
after the period are left out: the synthesis says what was known at its end.
"""

from __future__ import annotations

from kit.analysis.snapshot import history
from kit.dutch import leeg
from kit.report.html import Html, e, tabel
from kit.report.sectie import Sectie
from kit.report.synthese.rapport import Synthese
from kit.report.words import datum_tekst

#: What the table says for a buurt without a recognition row.
GEEN_BESLUIT = "geen erkenningsbesluit vastgelegd"


def render(rapport: Synthese) -> Html:
    """A row per recognition that took effect by the period's end, buurt by buurt; one row for a buurt without."""
    rows = []
    for b in rapport.buurten:
        alle = history(rapport.data, b).recognitions
        besluiten = alle[alle["vanaf"] <= rapport.last_day].sort_values("vanaf")
        if besluiten.empty:
            geen = GEEN_BESLUIT if alle.empty else f"geen besluit dat inging vóór het eind van {rapport.periode}"
            rows.append([e(rapport.buurtnaam(b)), f"<em>{e(geen)}</em>", "", "", "", ""])
            continue
        for r in besluiten.to_dict("records"):
            rows.append(
                [
                    e(rapport.buurtnaam(b)),
                    e(rapport.naam_van(r["platform"])),
                    e(datum_tekst(r["vanaf"])),
                    "nog erkend" if leeg(r["tot"]) else e(datum_tekst(r["tot"])),
                    "niet vastgelegd" if leeg(r["besloten_door"]) else e(rapport.naam_van(r["besloten_door"])),
                    "niet vastgelegd" if leeg(r["document"]) else e(rapport.schoon(r["document"])),
                ]
            )
    return Html(
        "<p>Een buurtplatform is erkend als er een besluit over is vastgelegd: vanaf wanneer, tot wanneer, wie "
        "het nam en in welk stuk. Staat er voor een buurt geen besluit in de gegevens, dan zegt deze synthese "
        "niet dat het platform erkend is, en ook niet dat het niet erkend is.</p>"
        + tabel(["Buurt", "Platform", "Erkend vanaf", "Tot", "Besloten door", "Besluit"], rows, klasse="besluiten")
    )


SECTIE = Sectie(render, kop="Erkenningsbesluiten")
