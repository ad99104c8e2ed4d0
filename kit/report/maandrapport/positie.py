"""De buurt tussen de proeftuinbuurten: the buurt among the pilot buurten taking part this month, figure by figure.

Figures only: other buurten are never named here.  The table leaves out the
figures declared ``compared=False`` and explains the figures no section
explained before.  Ranks follow verdict rule 5 (:func:`kit.report.verdicts.ranks`):
none for a figure that depends on the network's size or where every buurt
compared has the same value, ties share a rank, and the number of buurten
compared is shown.
"""

from __future__ import annotations

from dataclasses import replace

from kit.analysis.catalogue import COLUMN, COLUMNS
from kit.dutch import leeg
from kit.report import charts
from kit.report.charts import Figuur
from kit.report.html import Html, e, lijst, samen, tabel
from kit.report.kengetallen import PATRONEN, SAMENVATTING, bijgehouden, uitleg_van
from kit.report.maandrapport.rapport import Maandrapport
from kit.report.sectie import BIJLAGE, Sectie
from kit.report.verdicts import rank_text, ranks
from kit.report.words import maand_lang


def render(rapport: Maandrapport) -> Html:
    """The strips of dots, then the table of ranks and spread."""
    return samen(grafiek(rapport), tabel_van_de_maand(rapport))


def grafiek(rapport: Maandrapport) -> Figuur:
    """The buurt among the pilot buurten taking part this month, figure by figure."""
    keys = [k for k in SAMENVATTING if k != "maatlat_gemiddelde"] + ["maatlat_gemiddelde"]
    rows = rapport.maandrijen[rapport.maandrijen["in_proeftuin"].astype(bool)]
    fig = charts.positie(
        rows,
        rapport.buurt,
        [(k, str(COLUMN[k].label)) for k in keys],
        decimalen={k: COLUMN[k].decimals or 0 for k in keys},
    )
    caption = (
        f"{rapport.naam} (donkere stip) tussen de {len(rows)} proeftuinbuurten (grijze stippen) in "
        f"{maand_lang(rapport.month)}; per kengetal van laagste (links) naar hoogste (rechts) waarde."
    )
    return replace(fig, bijschrift=caption)


def tabel_van_de_maand(rapport: Maandrapport) -> str:
    """Rank and spread among all pilot buurten on every figure — figures only, no names."""
    table = rapport.positie_tabel
    taking_part = rapport.maandrijen[rapport.maandrijen["in_proeftuin"].astype(bool)]
    n = len(taking_part)
    rows = []
    for _, r in table.iterrows():
        k = COLUMN[r["figuur"]]
        if k.label is None or not k.compared:
            continue
        if k.figure is not None and k.figure.key == "maatlat" and leeg(r["waarde"]):  # a criterion not scored
            continue
        rows.append(
            [
                e(k.label),
                k.text(r["waarde"]) if bijgehouden(k.name, rapport.bijgehouden) else "niet vastgelegd",
                e(rang(taking_part, rapport.buurt, k.name)),
                k.text(r["minimum"]),
                k.text(r["mediaan"]),
                k.text(r["maximum"]),
            ]
        )
    return (
        f"<p>Waar staat {e(rapport.naam)} tussen de {n} proeftuinbuurten die deze maand meedoen? De rang telt "
        "van de hoogste waarde af (1e = hoogste; “gedeeld” als een andere buurt dezelfde waarde heeft) en zegt "
        "uit hoeveel buurten met een waarde; of hoog goed is, hangt van het kengetal af (veel spanningen is niet "
        "goed). Een kengetal dat vanzelf groter wordt met het aantal actoren krijgt geen rang (–), net als een "
        "kengetal waarop alle buurten gelijk zijn. De middelste waarde (mediaan) is die van de buurt precies in "
        "het midden. Andere buurten worden hier niet genoemd.</p>"
        + tabel(
            ["Kengetal", "Deze buurt", "Rang", "Laagste", "Middelste", "Hoogste"],
            rows,
            getallen={1, 2, 3, 4, 5},
            klasse="positie",
        )
        + _begrippen(rapport)
    )


def rang(rows, buurt: str, column: str) -> str:
    """The buurt's rank on ``column`` among ``rows`` (the buurten taking part) by verdict rule 5; ``–`` where the
    rule gives none."""
    found = ranks(column, dict(zip(rows["buurt"], rows[column], strict=True)))
    return rank_text(found[buurt]) if buurt in found else "–"


def _begrippen(rapport: Maandrapport) -> str:
    """The figures of the table not explained earlier in the report (in the summary, beside the trend charts,
    or in a section of their own), each with its sentence."""
    uitgelegd = set(SAMENVATTING) | set(PATRONEN)
    items = [
        f"<strong>{e(k.label)}</strong>: {e(uitleg_van(k.name, rapport.nu[k.name], rapport.bijgehouden))}"
        for k in COLUMNS
        if k.label is not None and k.name not in uitgelegd and not (k.figure and k.figure.own_section)
    ]
    return "<p>De kengetallen die nog niet eerder in dit rapport aan bod kwamen:</p>" + lijst(items, "begrippen")


SECTIE = Sectie(render, deel=BIJLAGE, kop="De buurt tussen de proeftuinbuurten", nieuwe_pagina=True)
