"""Tijdlijnen: per buurt with data, what happened in the period on one month axis, and the same in words.

One chart per buurt (:func:`tijdlijn`), drawn with :mod:`kit.report.svg` as
the kit's other charts, in lanes on one horizontal month axis:

- **Gevraagd**: requests asked (an open circle); a request or promise still
  waiting at the period's end as a dashed line from when it was asked or
  promised (or the period's start, for one from before) to the end;
- **Antwoord**: answers by kind — promised or partly, a promise kept (a
  filled circle), refused (a cross), closed without an answer (an open
  square);
- **Erkenning**: each recorded recognition as a bar from ``vanaf`` to ``tot``
  (or the end); a buurt without a recognition row says so in the lane;
- **Aan tafel** (version 4): each seat at a table as a bar from ``vanaf`` to
  ``tot`` (or the end), labelled with its rung of the participation ladder
  (``3 adviserend``);
- **Gesprekken** (version 4): each dialogue (a filled square), and what
  became of its agreements — kept (a filled circle), dropped (a cross), past
  their deadline (an open triangle);
- **Naast het platform**: each parallel infrastructure as a bar from the
  first to the last month it was flagged, and support an institution began
  to give beside the platform (a triangle);
- **Resultaten**: a result on the day it was achieved (a filled circle), or
  on the day it was recorded when it was achieved before the period or on an
  unknown day (an open circle);
- **Mislukt bij instelling**: actions that failed because of an institution
  (verdict rule 6; a cross).

The marks are the period's events (:attr:`Synthese.gebeurtenissen`, from
:func:`kit.analysis.events.events_between`): the same events the monthly
brief and the intervision sheet tell, so the three reports agree on every
month.  Under each chart the same events are listed in order, in the words
every report shares (:func:`kit.report.gebeurtenissen.regel`): the text
alternative for a reader who cannot see the chart, and the evidence for one
who can.  The colours are the stylesheet's (``--huis``, ``--bruin``,
``--oranje``, ``--lijn-h2``).
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from kit.analysis.catalogue.fourth import TREDE
from kit.analysis.events import Event, by_institution
from kit.analysis.period import Episode
from kit.analysis.registers import NAMEN, kept
from kit.analysis.seats import seat_rows
from kit.analysis.snapshot import history
from kit.data.months import month_text
from kit.dutch import leeg
from kit.report import svg
from kit.report.charts import BREEDTE, TEKST_KLEUR, Figuur, _maand_label
from kit.report.gebeurtenissen import Names, open_zin, regel, titel
from kit.report.html import Html, e, lijst
from kit.report.kengetallen import FUNCTIE_TEKST
from kit.report.sectie import Sectie
from kit.report.synthese.rapport import Synthese
from kit.report.words import datum_tekst, maand_lang, opsomming

#: The stylesheet's colours (``rapport.css`` ``:root``): marks, a refusal or failure, bars.
HUIS, BRUIN, ORANJE, ORANJE_LICHT, BALK, ZACHT, LIJN = (
    "#003a70",
    "#8a4b00",
    "#ef8a00",
    "#fff3e0",
    "#c8d3e0",
    "#555555",
    "#dddddd",
)
#: The lanes from top to bottom, each with the kinds of event it marks and the glyph of each (``None``: the lane
#: draws these events otherwise, as bars).
BAAN_GLYPHS: dict[str, dict[str, str | None]] = {
    "Gevraagd": {"verzoek_gedaan": "rondje_open"},
    "Antwoord": {
        "verzoek_toegezegd": "rondje",
        "verzoek_deels": "rondje",
        "toezegging_nagekomen": "rondje",
        "verzoek_afgewezen": "kruis",
        "verzoek_zonder_reactie": "vierkant_open",
    },
    "Erkenning": {"erkenning_besloten": "ruit", "erkenning_beeindigd": "ruit_open"},
    "Aan tafel": {"tafel_begonnen": None, "tafel_gestopt": None},
    "Gesprekken": {
        "dialoog_gevoerd": "vierkant",
        "dialoogafspraak_nagekomen": "rondje",
        "dialoogafspraak_vervallen": "kruis",
        "dialoogafspraak_te_laat": "driehoek_open",
    },
    "Naast het platform": {"steun_naast": "driehoek", "parallel_verschenen": None, "parallel_opgelost": None},
    "Resultaten": {"resultaat_bereikt": "rondje", "resultaat_gemeld": "rondje_open"},
    "Mislukt bij instelling": {"actie_niet_gedaan": "kruis"},
}
#: The lanes from top to bottom.
BANEN = tuple(BAAN_GLYPHS)
#: The kinds of event the lanes mark: kind → its lane and glyph.
GLYPH = {kind: (lane, glyph) for lane, glyphs in BAAN_GLYPHS.items() for kind, glyph in glyphs.items()}
#: The legend: glyph → what it means.
LEGENDA = (
    ("rondje_open", "gevraagd; resultaat achteraf vastgelegd"),
    ("rondje", "toegezegd, nagekomen; resultaat bereikt"),
    ("kruis", "afgewezen; mislukt; afspraak vervallen"),
    ("vierkant_open", "zonder reactie gesloten"),
    ("ruit", "erkend"),
    ("balk", "plek aan tafel, met de trede: 1 geïnformeerd … 6 zelfbeherend"),
    ("vierkant", "gesprek"),
    ("driehoek_open", "afspraak over de termijn"),
    ("driehoek", "steun naast het platform"),
    ("wacht", "wacht nog op antwoord"),
)
#: The register each lane needs (:func:`kit.analysis.registers.kept`): where the buurt does not keep it the lane
#: says "niet bijgehouden" instead of standing empty, for nothing recorded is not nothing happened.
REGISTER = {
    "Gevraagd": "verzoeken",
    "Antwoord": "verzoeken",
    "Resultaten": "resultaten",
    "Mislukt bij instelling": "acties.belemmering",
    "Aan tafel": "tafels",
    "Gesprekken": "dialogen",
}
#: Sizes (pt): the lane height, the label column, the text, a mark, a seat's rung label.
BAAN, LABELS, TEKST, MERK, TREDE_TEKST = 17.0, 100.0, 7.5, 3.2, 5.0
#: At most this many waiting lines or bars are stacked in one lane; more share the last row.
STAPEL = 4


def tijdlijn_events(rapport: Synthese, b: str) -> list[Event]:
    """The period's events of ``b`` the timeline marks, in order: those of :data:`GLYPH`, an action that failed
    only when an institution caused it, and a result recorded after the fact only when it was not achieved in the
    period (then it is marked where it was achieved)."""
    found = rapport.gebeurtenissen[b]
    bereikt = {x.row for x in found if x.kind == "resultaat_bereikt"}
    return [
        x
        for x in found
        if x.kind in GLYPH
        and (x.kind != "actie_niet_gedaan" or by_institution(x))
        and (x.kind != "resultaat_gemeld" or x.row not in bereikt)
    ]


@dataclass(frozen=True)
class _As:
    """The month axis: a day → x."""

    first: pd.Timestamp
    last: pd.Timestamp
    left: float
    right: float

    def x(self, day: pd.Timestamp) -> float:
        day = min(max(day, self.first), self.last)
        span = (self.last - self.first).days + 1
        return self.left + (self.right - self.left) * (day - self.first).days / span


def _merk(glyph: str, x: float, y: float, kleur: str) -> str:
    r = MERK
    if glyph == "rondje":
        return svg.element("circle", cx=x, cy=y, r=r, fill=kleur)
    if glyph == "rondje_open":
        return svg.element("circle", cx=x, cy=y, r=r, fill="#ffffff", stroke=kleur, stroke_width=1.2)
    if glyph == "kruis":
        d = f"M{svg.num(x - r)} {svg.num(y - r)}L{svg.num(x + r)} {svg.num(y + r)}"
        d += f"M{svg.num(x - r)} {svg.num(y + r)}L{svg.num(x + r)} {svg.num(y - r)}"
        return svg.element("path", d=d, stroke=kleur, stroke_width=1.8, fill="none")
    if glyph == "vierkant_open":
        return svg.element(
            "rect", x=x - r, y=y - r, width=2 * r, height=2 * r, fill="#ffffff", stroke=kleur, stroke_width=1.2
        )
    if glyph in ("ruit", "ruit_open"):
        d = f"M{svg.num(x)} {svg.num(y - r - 1)}L{svg.num(x + r + 1)} {svg.num(y)}"
        d += f"L{svg.num(x)} {svg.num(y + r + 1)}L{svg.num(x - r - 1)} {svg.num(y)}Z"
        fill = kleur if glyph == "ruit" else "#ffffff"
        return svg.element("path", d=d, fill=fill, stroke=kleur, stroke_width=1.2)
    if glyph == "driehoek":
        d = f"M{svg.num(x)} {svg.num(y - r)}L{svg.num(x + r)} {svg.num(y + r)}L{svg.num(x - r)} {svg.num(y + r)}Z"
        return svg.element("path", d=d, fill=kleur)
    if glyph == "driehoek_open":  # pointing down: a deadline passed
        d = f"M{svg.num(x - r)} {svg.num(y - r)}L{svg.num(x + r)} {svg.num(y - r)}L{svg.num(x)} {svg.num(y + r)}Z"
        return svg.element("path", d=d, fill="#ffffff", stroke=kleur, stroke_width=1.2)
    if glyph == "vierkant":
        return svg.element("rect", x=x - r, y=y - r, width=2 * r, height=2 * r, fill=kleur)
    if glyph == "balk":
        return _balk(x - 2 * r, x + 2 * r, y, BALK, HUIS, h=4.0)
    # "wacht": a dashed line, as the waiting requests are drawn
    return svg.element(
        "path", d=f"M{svg.num(x - 2 * r)} {svg.num(y)}H{svg.num(x + 2 * r)}", stroke=BRUIN, stroke_dasharray="2 1.5"
    )


#: The events marked in brown: something refused, failed, dropped or overdue.
BRUINE = (
    "verzoek_afgewezen",
    "verzoek_zonder_reactie",
    "actie_niet_gedaan",
    "dialoogafspraak_vervallen",
    "dialoogafspraak_te_laat",
)


def _kleur(event: Event) -> str:
    return BRUIN if event.kind in BRUINE else HUIS


def _rij(i: int, n: int, y: float) -> float:
    """The y of the ``i``-th of ``n`` stacked lines or bars in a lane centred on ``y``."""
    rows = min(n, STAPEL)
    step = (BAAN - 5) / max(rows, 1)
    return y - (BAAN - 5) / 2 + step * (min(i, STAPEL - 1) + 0.5)


def tijdlijn(rapport: Synthese, b: str) -> Figuur:
    """The timeline of buurt ``b`` over the period: the lanes of :data:`BANEN` on one month axis."""
    months = rapport.months
    width = BREEDTE
    top = 4.0
    plot_bottom = top + BAAN * len(BANEN)
    legenda, legend_rows = _legenda(width, plot_bottom + 26)
    height = plot_bottom + 26 + (legend_rows - 1) * 11 + 6
    axis = _As(rapport.first_day, rapport.last_day, LABELS, width - 6)
    y_of = {lane: top + BAAN * (i + 0.5) for i, lane in enumerate(BANEN)}

    body = []
    # lanes: a light line under each, its label at the left
    for lane, y in y_of.items():
        body.append(svg.aligned_text(LABELS - 6, y + 0.38 * TEKST, lane, anchor="end", size=TEKST))
        body.append(
            svg.element(
                "path", d=f"M{svg.num(LABELS)} {svg.num(y + BAAN / 2)}H{svg.num(axis.right)}", stroke=LIJN, fill="none"
            )
        )
    # months: a tick line at each month's start, its label under the axis
    step = max(1, -(-len(months) // 12))
    texts = [month_text(m) for m in months]
    for i, m in enumerate(months):
        x0 = axis.x(m.start_time)
        body.append(
            svg.element("path", d=f"M{svg.num(x0)} {svg.num(top)}V{svg.num(plot_bottom + 2)}", stroke=LIJN, fill="none")
        )
        if i % step == 0:
            label = _maand_label(texts, i)  # January as its year: "jan" may be a name not to print
            middle = (x0 + axis.x(m.end_time.normalize()) + (axis.right - axis.left) / 366) / 2
            body.append(svg.aligned_text(middle, plot_bottom + 11, label, anchor="middle", size=TEKST))

    registers = kept(rapport.data, b)
    for lane, register in REGISTER.items():
        if not registers[register]:
            body.append(_notitie(axis, y_of[lane], f"{NAMEN[register]}: niet bijgehouden"))
    body += _balken_erkenning(rapport, b, axis, y_of["Erkenning"])
    body += _balken_tafels(rapport, b, axis, y_of["Aan tafel"])
    body += _balken_parallel(rapport, b, axis, y_of["Naast het platform"])
    body += _wachtlijnen(rapport, b, axis, y_of["Gevraagd"])
    for event in tijdlijn_events(rapport, b):
        lane, glyph = GLYPH[event.kind]
        if glyph is not None:
            body.append(_merk(glyph, axis.x(event.when), y_of[lane], _kleur(event)))
    body.append(legenda)

    figure_svg = svg.document(
        width, height, svg.element("g", "".join(body), font_family="DejaVu Sans", font_size=TEKST, fill=TEKST_KLEUR)
    )
    naam = rapport.buurtnaam(b)
    alt = (
        f"Tijdlijn van {naam}, {rapport.periode}: per baan (gevraagd, antwoord, erkenning, aan tafel, gesprekken, "
        "naast het platform, resultaten, mislukt bij een instelling) wat er wanneer gebeurde. Dezelfde "
        "gebeurtenissen staan in volgorde in de lijst onder de grafiek."
    )
    return Figuur(figure_svg, alt, f"{naam}: wat er gebeurde, {rapport.periode}.")


def _balk(x0: float, x1: float, y: float, fill: str, stroke: str, h: float = 5.0) -> str:
    return svg.element(
        "rect", x=x0, y=y - h / 2, width=max(x1 - x0, 2.0), height=h, fill=fill, stroke=stroke, stroke_width=0.8
    )


def _notitie(axis: _As, y: float, tekst: str) -> str:
    """A note in a lane, in place of marks the data cannot hold."""
    return svg.text(axis.left + 4, y + 0.38 * TEKST, tekst, fill=ZACHT, font_style="italic")


def _erkenningen(rapport: Synthese, b: str) -> pd.DataFrame:
    """The recognition rows of ``b`` that ran in some day of the period."""
    rows = history(rapport.data, b).recognitions
    ends = rows["tot"].fillna(rapport.last_day)
    return rows[(rows["vanaf"] <= rapport.last_day) & (ends >= rapport.first_day)].sort_values("vanaf")


def _balken_erkenning(rapport: Synthese, b: str, axis: _As, y: float) -> list[str]:
    rows = _erkenningen(rapport, b)
    if rows.empty:
        return [_notitie(axis, y, "geen erkenningsbesluit vastgelegd")]
    return [
        _balk(axis.x(r["vanaf"]), axis.x(rapport.last_day if leeg(r["tot"]) else r["tot"]), y, BALK, HUIS)
        for r in rows.to_dict("records")
    ]


def _plekken(rapport: Synthese, b: str) -> pd.DataFrame:
    """The seats of ``b`` active at some day of the period (:func:`kit.analysis.seats.seat_rows`), by ``vanaf``."""
    return seat_rows(rapport.data, b, rapport.first, rapport.last).sort_values(["vanaf", "id"], kind="stable")


def _balken_tafels(rapport: Synthese, b: str, axis: _As, y: float) -> list[str]:
    """Each seat as a bar from ``vanaf`` (or the period's start) to ``tot`` (or its end), labelled with its rung:
    inside the bar where it fits, else beside it."""
    rows = _plekken(rapport, b).to_dict("records")
    parts = []
    for i, r in enumerate(rows):
        x0, x1 = axis.x(r["vanaf"]), axis.x(rapport.last_day if leeg(r["tot"]) else r["tot"])
        yy = _rij(i, len(rows), y)
        parts.append(_balk(x0, x1, yy, BALK, HUIS, h=min(5.5, (BAAN - 5) / min(len(rows), STAPEL))))
        label = f"{r['trede']} {TREDE[r['rol']]}"
        width = svg.text_width(label, TREDE_TEKST)
        if x1 - x0 >= width + 4:
            x = x0 + 2
        elif x1 + 2 + width <= axis.right:
            x = x1 + 2
        else:
            x = max(axis.left, x0 - 2 - width)
        parts.append(svg.text(x, yy + 0.35 * TREDE_TEKST, label, font_size=TREDE_TEKST))
    return parts


def _episodes(rapport: Synthese, b: str) -> list[Episode]:
    return [ep for ep in rapport.episodes[b] if ep.begin <= rapport.last]


def _balken_parallel(rapport: Synthese, b: str, axis: _As, y: float) -> list[str]:
    found = _episodes(rapport, b)
    return [
        _balk(
            axis.x(ep.begin.start_time),
            axis.x(min(ep.einde, rapport.last).end_time.normalize()),
            _rij(i, len(found), y),
            ORANJE_LICHT,
            ORANJE,
            h=3.5,
        )
        for i, ep in enumerate(found)
    ]


def _wachtlijnen(rapport: Synthese, b: str, axis: _As, y: float) -> list[str]:
    items = rapport.open_aan_eind[b]
    return [
        svg.element(
            "path",
            d=f"M{svg.num(axis.x(item.since))} {svg.num(_rij(i, len(items), y))}H{svg.num(axis.right)}",
            stroke=BRUIN,
            stroke_dasharray="2 1.5",
            fill="none",
        )
        for i, item in enumerate(items)
    ]


def _legenda(width: float, y: float) -> tuple[str, int]:
    """The legend under the axis, its first baseline at ``y``, and the number of rows it takes."""
    parts, x, row = [], LABELS, 0
    for glyph, label in LEGENDA:
        w = 4 * MERK + 4 + svg.text_width(label, TEKST) + 12
        if x + w > width and x > LABELS:
            row, x = row + 1, LABELS
        yy = y + 11 * row
        parts.append(
            _merk(glyph, x + 2 * MERK, yy - 0.3 * TEKST, BRUIN if glyph in ("kruis", "driehoek_open") else HUIS)
        )
        parts.append(svg.text(x + 4 * MERK + 4, yy, label))
        x += w
    return "".join(parts), row + 1


def woorden(rapport: Synthese, b: str) -> list[str]:
    """The timeline of ``b`` in words, in time order (plain text): what waited when the period began, every event
    the chart marks (:func:`kit.report.gebeurtenissen.regel`), each parallel infrastructure at the month it was
    first flagged, with its months, and what still waited at the end."""
    namen = Names.of(rapport)
    dated = [
        (rapport.first_day - pd.Timedelta(days=1), f"Al open bij het begin: {_wacht(item, rapport)}")
        for item in rapport.open_bij_begin[b]
    ]
    dated += [
        (rapport.first_day - pd.Timedelta(days=1), f"Al aan tafel bij het begin: {_plek(r, namen)}")
        for r in _plekken(rapport, b).to_dict("records")
        if r["vanaf"] < rapport.first_day
    ]
    dated += [(x.when, regel(x, namen)) for x in tijdlijn_events(rapport, b)]
    for ep in _episodes(rapport, b):
        a, c = ep.actoren
        functies = opsomming([FUNCTIE_TEKST.get(f, f).split(" (")[0] for f in ep.functies])
        sinds = f"{maand_lang(ep.begin)}{' of eerder' if ep.begin == rapport.data_start else ''}"
        loopt = ep.opgelost is None or ep.opgelost > rapport.last
        tot = "tot het eind van de periode" if loopt else f"tot en met {maand_lang(ep.einde)}"
        tekst = f"Naast het platform: {rapport.naam_van(a)} en {rapport.naam_van(c)} ({functies}), van {sinds} {tot}."
        dated.append((max(ep.begin.start_time, rapport.first_day), tekst))
    dated += [
        (rapport.last_day + pd.Timedelta(days=1), f"Wacht aan het eind nog: {_wacht(item, rapport)}")
        for item in rapport.open_aan_eind[b]
    ]
    return [tekst for _, tekst in sorted(dated, key=lambda pair: pair[0])]


def _plek(r: dict, namen: Names) -> str:
    """A seat that began before the period, in words: who, at which table, on which rung, since when."""
    return (
        f"{namen.actor(r['actor'])} bij {titel(r['tafel'], namen)} ({TREDE[r['rol']]}, trede {r['trede']} van 6), "
        f"sinds {datum_tekst(r['vanaf'])}."
    )


def _wacht(item, rapport: Synthese) -> str:
    return f"{rapport.naam_van(item.institution)}: {open_zin(item, Names.of(rapport))}"


def render(rapport: Synthese) -> Html:
    """Per buurt with data a timeline and the same in words; the buurten without data share one line."""
    parts = [
        "<p>Per buurt wat er in deze periode gebeurde, op één tijdas: verzoeken en antwoorden, erkenning, plekken aan "
        "tafel en gesprekken met hun afspraken, wat instellingen naast het platform zetten, resultaten en acties die "
        "misliepen op een instelling. Onder elke "
        "grafiek staat hetzelfde in woorden, in volgorde.</p>"
    ]
    for b in rapport.met_gegevens:
        parts.append(f"<h3>{e(rapport.buurtnaam(b))}</h3>")
        parts.append(tijdlijn(rapport, b).html())
        regels = woorden(rapport, b)
        parts.append(lijst((e(r) for r in regels), "tijdlijn") if regels else "<p>Geen gebeurtenissen.</p>")
    zonder = [b for b in rapport.buurten if b not in rapport.met_gegevens]
    if zonder:
        parts.append(
            f"<p>Zonder gegevens in {e(rapport.periode)}: {e(opsomming([rapport.buurtnaam(b) for b in zonder]))}.</p>"
        )
    return Html("".join(parts))


SECTIE = Sectie(render, kop="Tijdlijnen per buurt", nieuwe_pagina=True)
