"""De maatlat: the buurt's scores over the months, and this month's own scores beside others' and the difference.

Others are peers (another buurt) and the stadsdeelcommissie.  Per criterion
the table shows the own score, its change since last month, the others'
scores, and own minus the others' mean; above it one sentence gives the
figure ``maatlat_verschil``, the mean of those differences.
"""

from __future__ import annotations

import statistics
from dataclasses import replace

import pandas as pd

from kit.analysis.catalogue.phrases import CRITERIUM_TITEL
from kit.data.contract import CRITERIA
from kit.data.months import month_text
from kit.data.spans import not_before_data
from kit.dutch import MIN, geheel, getal, leeg
from kit.report import charts
from kit.report.charts import Figuur
from kit.report.html import Html, e, samen, tabel
from kit.report.kengetallen import uitleg
from kit.report.maandrapport.patronen import erkenning_bijschrift
from kit.report.maandrapport.rapport import Maandrapport
from kit.report.sectie import BIJLAGE, Sectie


def render(rapport: Maandrapport) -> Html:
    """The scores over the months, then this month's table."""
    return samen(grafiek(rapport), tabel_van_de_maand(rapport))


def _verschil(a, b) -> str:
    """``+1``, ``−0,5``, ``gelijk``; ``–`` when either is missing."""
    if leeg(a) or leeg(b):
        return "–"
    d = a - b
    return "gelijk" if d == 0 else ("+" if d > 0 else MIN) + getal(abs(d), 1, strip=True)


def grafiek(rapport: Maandrapport) -> Figuur:
    """The own scores over the months, others' scores small beneath, the recognition marked."""
    scores = rapport.data.maatlat[rapport.data.maatlat["buurt"] == rapport.buurt]
    scored = scores["maand"].dropna()
    first = not_before_data(rapport.data, min(rapport.start, scored.min())) if len(scored) else rapport.start
    months = [month_text(m) for m in pd.period_range(first, rapport.month, freq="M")]
    erkend = month_text(rapport.erkend_sinds) if rapport.erkend_sinds is not None else None
    fig = charts.maatlat(scores, months, erkend=erkend)
    caption = (
        f"Zelfbeoordeling van {rapport.naam} op de tien erkenningscriteria, per maand (1 = nauwelijks, "
        "5 = volledig; hoe donkerder, hoe hoger). Waar een andere buurt meekeek (peer), staat die score "
        "er klein onder met een p; een score van de stadsdeelcommissie met een s."
        + erkenning_bijschrift(rapport, months)
    )
    return replace(fig, bijschrift=caption)


def tabel_van_de_maand(rapport: Maandrapport) -> str:
    """A row per criterion with the own score, its change, others' scores, own minus others, evidence."""
    data = rapport.data
    scores = data.maatlat[data.maatlat["buurt"] == rapport.buurt]
    now = scores[scores["maand"] == rapport.month]
    before = scores[(scores["maand"] == rapport.month - 1) & (scores["beoordeeld_door"] == "zelf")]
    if now.empty:
        return "<p>Deze maand is de maatlat niet ingevuld.</p>"
    rows = []
    for code, vraag in CRITERIA.items():
        zelf = now[(now["criterium"] == code) & (now["beoordeeld_door"] == "zelf")]
        peer = now[(now["criterium"] == code) & (now["beoordeeld_door"] != "zelf")]
        vorig = before[before["criterium"] == code]
        z = int(zelf["score"].iloc[0]) if len(zelf) else None
        v = int(vorig["score"].iloc[0]) if len(vorig) else None
        anderen = "; ".join(
            f"{int(s)} ({'peer' if w == 'peer' else 'stadsdeelcommissie'})"
            for s, w in zip(peer["score"], peer["beoordeeld_door"], strict=True)
        )
        gemiddeld = statistics.fmean(int(s) for s in peer["score"]) if len(peer) else None
        toel = " ".join(rapport.schoon(t) for t in pd.concat([zelf["toelichting"], peer["toelichting"]]) if not leeg(t))
        rows.append(
            [
                f"<strong>{e(CRITERIUM_TITEL[code])}</strong><br><small>{e(vraag)}</small>",
                geheel(z),
                e(_verschil(z, v)),
                e(anderen) or "–",
                e(_verschil(z, gemiddeld)),
                e(toel) or "–",
            ]
        )
    f = rapport.figuren
    text = (
        f"<p>De eigen scores van deze maand, op een schaal van 1 tot 5; gemiddeld {getal(f['maatlat_gemiddelde'], 1)}."
    )
    kop = ["Criterium", "Zelf", "Sinds vorige maand", "Anderen", "Zelf min anderen", "Toelichting"]
    if (now["beoordeeld_door"] == "zelf").all():  # nobody else scored this month: no columns of dashes
        rows = [[r[0], r[1], r[2], r[5]] for r in rows]
        return (
            text
            + " Geen andere buurt en geen stadsdeelcommissie scoorde de buurt deze maand.</p>"
            + tabel([kop[0], kop[1], kop[2], kop[5]], rows, getallen={1, 2}, klasse="maatlat")
        )
    text += (
        " Waar een andere buurt (peer) of de stadsdeelcommissie dezelfde criteria scoorde, staan hun scores "
        "ernaast, en het verschil: boven 0 ziet de buurt zichzelf gunstiger dan de anderen haar zien.</p>"
        "<p><strong>Eigen score min die van anderen</strong>: "
        f"{e(uitleg('maatlat_verschil', f['maatlat_verschil']))}</p>"
    )
    return text + tabel(kop, rows, getallen={1, 2, 4}, klasse="maatlat")


SECTIE = Sectie(render, deel=BIJLAGE, kop="De maatlat: hoe beoordeelt de buurt zichzelf?", register="maatlat")
