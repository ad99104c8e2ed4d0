"""De ontwikkeling per buurt: a small line per key figure and buurt, over the months it takes part."""

from __future__ import annotations

from kit.analysis.catalogue import COLUMN
from kit.report import charts
from kit.report.html import Html, e, tabel
from kit.report.overzicht.rapport import Overzicht
from kit.report.sectie import BIJLAGE, Sectie
from kit.report.words import maand_lang

#: Figures with a small trend line per buurt in the overview.
OVERZICHT_TRENDS = (
    "actoren",
    "dichtheid",
    "platform_bereik",
    "gem_intensiteit",
    "aantal_parallelle_infrastructuren",
    "maatlat_gemiddelde",
)


def render(rapport: Overzicht) -> Html:
    """Small trend lines: one row per buurt, one column per key figure."""
    rows = []
    for b in rapport.buurten:
        part = rapport.panel[(rapport.panel["buurt"] == b) & rapport.panel["in_proeftuin"].astype(bool)]
        cells = [e(rapport.buurtnaam(b))]
        for key in OVERZICHT_TRENDS:
            k = COLUMN[key]
            values = part[key].tolist()
            last = values[-1] if values else None
            alt = f"{rapport.buurtnaam(b)}, {k.label}: " + (
                f"van {k.text(values[0])} naar {k.text(last)}" if values else "nog geen gegevens"
            )
            cells.append(
                charts.sparkline(values, breedte=52, hoogte=16, alt=alt)
                + f' <span class="waarde">{k.text(last)}</span>'
            )
        rows.append(cells)
    months = sorted(set(rapport.panel.loc[rapport.panel["in_proeftuin"].astype(bool), "maand"]))
    span = f"{maand_lang(months[0])} tot en met {maand_lang(months[-1])}" if months else ""
    return Html(
        f"<p>Per buurt de ontwikkeling per maand ({e(span)}), met de waarde van deze maand erachter. "
        "Elk lijntje heeft zijn eigen schaal: het toont de richting, niet de hoogte.</p>"
        + tabel(["Buurt", *[e(COLUMN[k].label) for k in OVERZICHT_TRENDS]], rows, klasse="trends")
    )


SECTIE = Sectie(render, kop="De ontwikkeling per buurt", deel=BIJLAGE, nieuwe_pagina=True)
