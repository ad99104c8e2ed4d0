"""Samenwerkingspatronen: a small trend chart per figure, from the buurt's first month with data to this month,
and a sentence on each figure the summary did not explain."""

from __future__ import annotations

from dataclasses import replace

from kit.analysis.catalogue import COLUMN
from kit.analysis.registers import NIET_BIJGEHOUDEN
from kit.data.months import month_text
from kit.report import charts
from kit.report.charts import Figuur
from kit.report.html import Html, e, lijst, samen
from kit.report.kengetallen import PATRONEN, SAMENVATTING, uitleg_van
from kit.report.maandrapport.rapport import Maandrapport
from kit.report.sectie import BIJLAGE, Sectie
from kit.report.words import maand_lang


def render(rapport: Maandrapport) -> Html:
    """The trend charts, then the figures they show that the summary did not explain."""
    return samen(grafiek(rapport), toelichting(rapport))


def grafiek(rapport: Maandrapport) -> Figuur:
    """Trend charts of the collaboration figures over all months so far."""
    figuren = [(k, str(COLUMN[k].label)) for k in PATRONEN]
    erkend = month_text(rapport.erkend_sinds) if rapport.erkend_sinds is not None else None
    decimalen = {k: COLUMN[k].decimals or 0 for k in PATRONEN}
    fig = charts.trendlijnen(rapport.trend, figuren, decimalen=decimalen, erkend=erkend)
    months = list(rapport.trend["maand"])
    begin = (
        f" De proeftuin begon hier in {maand_lang(rapport.start)}; de maanden ervoor staan er ook in."
        if rapport.trend_start < rapport.start
        else ""
    )
    caption = (
        f"Samenwerkingspatronen van {rapport.naam}, per maand van {maand_lang(rapport.trend_start)} tot en "
        f"met {maand_lang(rapport.month)}. De dikke stip is deze maand.{begin}" + erkenning_bijschrift(rapport, months)
    )
    return replace(fig, bijschrift=caption)


def erkenning_bijschrift(rapport: Maandrapport, months: list[str]) -> str:
    """A chart caption's sentence on the recognition: marked by the dashed line, before the chart, not yet, or not
    recorded at all."""
    if not rapport.bijgehouden["erkenning"]:
        return " " + NIET_BIJGEHOUDEN["erkenning"]
    if rapport.erkend_sinds is None:
        return " Het platform is nog niet erkend."
    since = month_text(rapport.erkend_sinds)
    if months and since > months[0]:
        return (
            f" De stippellijn markeert de erkenning van het platform in {maand_lang(rapport.erkend_sinds)}: "
            "links ervan de maanden ervoor, rechts de maanden erna."
        )
    return (
        f" Het platform is erkend sinds {maand_lang(rapport.erkend_sinds)}, de eerste maand van de grafiek of eerder."
    )


def toelichting(rapport: Maandrapport) -> str:
    """A sentence per trend figure that was not explained in the summary."""
    rows = [
        f"<strong>{e(COLUMN[key].label)}</strong>: {e(uitleg_van(key, rapport.nu[key], rapport.bijgehouden))}"
        for key in PATRONEN
        if key not in SAMENVATTING
    ]
    return (
        "<p>De grafieken tonen hoe de cijfers zich ontwikkelen. Wat bij de belangrijkste cijfers nog niet "
        "werd uitgelegd:</p>" + lijst(rows)
    )


SECTIE = Sectie(
    render,
    deel=BIJLAGE,
    kop="Samenwerkingspatronen",
    inleiding=(
        "Hoe ontwikkelt de samenwerking zich? Per kengetal een kleine grafiek, van de eerste maand met gegevens "
        "tot nu, ook van voor de erkenning van het platform."
    ),
)
