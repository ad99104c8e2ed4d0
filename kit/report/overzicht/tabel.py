"""Alle buurten naast elkaar: every figure side by side, a column per buurt, and how to read them."""

from __future__ import annotations

from kit.analysis.catalogue import COLUMN
from kit.analysis.registers import kept
from kit.data.contract import CRITERIA
from kit.report.html import Html, e, lijst, tabel
from kit.report.kengetallen import bijgehouden
from kit.report.overzicht.rapport import Overzicht
from kit.report.sectie import BIJLAGE, Sectie

#: Groups of figures in the overview table.
OVERZICHT_GROEPEN = (
    ("Het netwerk", ("actoren", "relaties", "spanningen", "dichtheid", "componenten", "grootste_component", "verloop")),
    (
        "Het platform en de samenwerking",
        (
            "platform_betweenness",
            "platform_bereik",
            "ruggengraat",
            "gem_intensiteit",
            "ei_index",
            "eenrichtingsverkeer",
        ),
    ),
    ("Bewoners, eerste lijn en beleid", ("ei_index_eerste", "ei_index_tweede", "aantal_vindplaats")),
    (
        "Dubbel werk en versnippering",
        (
            "aantal_dubbele_functies",
            "aantal_parallelle_infrastructuren",
            "aantal_belevingsverschillen",
            "aantal_versnipperde_activiteiten",
            "activiteiten",
            "bundelingsgraad",
        ),
    ),
    (
        "Wat platforms bereiken, nodig hebben en vragen",
        (
            "erkend_maanden",
            "resultaten",
            "resultaten_totaal",
            "middelen",
            "middelen_platform",
            "aantal_middelen_aflopend",
            "verzoeken_gedaan",
            "verzoeken_open",
            "verzoeken_open_30",
            "antwoordtijd",
            "nagekomen",
        ),
    ),
    (
        "Actielijst",
        (
            "acties_gepland",
            "acties_gedaan",
            "acties_niet_gedaan",
            "acties_open",
            "acties_te_laat",
            "afspraken_open",
            "afspraken_te_laat",
        ),
    ),
    ("Maatlat (eigen score, 1 tot 5)", ("maatlat_gemiddelde", "maatlat_verschil", *(f"maatlat_{c}" for c in CRITERIA))),
)


def render(rapport: Overzicht) -> Html:
    """Every figure side by side, one column per buurt, one table per group of figures; then what they mean."""
    kop = ["Kengetal", *[e(rapport.buurtnaam(b)) for b in rapport.buurten]]
    parts = []
    for title, keys in OVERZICHT_GROEPEN:
        rows = []
        for key in keys:
            k = COLUMN[key]
            cells = [_cel(rapport, b, key) for b in rapport.buurten]
            rows.append([e(k.label), *cells])
        parts.append(f"<h3>{e(title)}</h3>" + tabel(kop, rows, getallen=set(range(1, len(kop))), klasse="overzicht"))
    return Html("".join(parts) + uitleg())


def _cel(rapport: Overzicht, b: str, key: str) -> str:
    """A buurt's cell of a figure: its value, or that the buurt does not take part yet, or does not keep the
    figure's register (:mod:`kit.analysis.registers`)."""
    if not rapport.doet_mee(b):
        return "<small>nog niet</small>"
    if not bijgehouden(key, kept(rapport.data, b)):
        return "<small>niet vastgelegd</small>"
    return COLUMN[key].text(rapport.maandrijen.loc[b, key])


def uitleg() -> str:
    """What the figures in the table mean, in one list: each figure's explanation, in the order of the table."""
    explained = [COLUMN[key] for _, keys in OVERZICHT_GROEPEN for key in keys if COLUMN[key].explanation]
    return "<p>Zo zijn de cijfers te lezen:</p>" + lijst(
        f"<strong>{e(k.label)}</strong>: {e(k.explanation)}" for k in explained
    )


SECTIE = Sectie(render, kop="Alle buurten naast elkaar", deel=BIJLAGE, nieuwe_pagina=True)
