"""De actielijsten: per buurt the actions done, not done and dropped in the period, and those open at its end."""

from __future__ import annotations

from kit.report.html import Html, e, tabel
from kit.report.sectie import Sectie
from kit.report.synthese.rapport import Synthese


def render(rapport: Synthese) -> Html:
    """Per buurt the actions closed in the period, and those still open at its end."""
    a = rapport.afgerond
    rows = []
    for b in rapport.buurten:
        own, lijst = a[a["buurt"] == b], rapport.acties[rapport.acties["buurt"] == b]
        open_ = lijst[lijst["stand"].isin(["open", "te_laat"])]
        te_laat = int((open_["stand"] == "te_laat").sum())
        rows.append(
            [
                e(rapport.buurtnaam(b)),
                *(str(int((own["status"] == s).sum())) for s in ("gedaan", "niet_gedaan", "vervallen")),
                f"{len(open_)}" + (f" <small>({te_laat} te laat)</small>" if te_laat else ""),
            ]
        )
    return Html(
        "<p>Elke buurt houdt een actielijst bij: wat gaan we doen, wie doet het, is het gelukt? Een actie "
        "die niet lukt is geen mislukking maar een les: de begeleider schrijft op waarom. Per buurt wat "
        f"er in {e(rapport.periode)} werd afgerond, en wat er aan het eind nog openstond.</p>"
        + tabel(["Buurt", "Gedaan", "Niet gelukt", "Vervallen", "Nog open"], rows, getallen={1, 2, 3, 4})
    )


SECTIE = Sectie(render, kop="De actielijsten", groep="Leren in actie", niveau=3)
