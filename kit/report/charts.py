"""The report's charts as SVG, each with a caption and alternative text.

Every chart function returns a :class:`Figuur`: the SVG (vector, sharp in
print), the alternative text for readers who cannot see it, and the caption.
In a notebook a :class:`Figuur` shows itself as an HTML ``<figure>`` with an
``<img>`` whose source is a ``data:`` URI, which nbconvert keeps and
WeasyPrint prints.

The trend charts (:func:`trendlijnen`), the maatlat grid (:func:`maatlat`),
the position strips (:func:`positie`) and the sparklines are SVG written by
hand with :mod:`kit.report.svg`: a tenth of the elements of a matplotlib SVG,
so they take a few milliseconds to build and WeasyPrint draws them in a third
of the time or less (what remains is mostly their text); matplotlib only
chooses their round tick values and the maatlat's colours.  The same data
gives the same bytes.  The network map is drawn by
:mod:`kit.report.network_map`.
"""

from __future__ import annotations

import base64
import functools
import html
import math
import textwrap
from dataclasses import dataclass
from typing import Any

import matplotlib
import numpy as np
import pandas as pd
from matplotlib.colors import to_hex

from kit.analysis.catalogue.phrases import CRITERIUM_TITEL
from kit.data.contract import CRITERIA
from kit.data.months import as_month, month_text
from kit.dutch import getal

from . import svg
from .kleuren import kleur, tekst_op
from .words import maand_kort, maand_lang

#: The house colour (``--huis`` of the stylesheet, :mod:`.kleuren`): the buurt's own line and dot.
ACCENT = kleur("huis")
GRIJS = "#9aa5b1"


@dataclass(frozen=True)
class Figuur:
    """A chart ready for the report: SVG text, alternative text and caption."""

    svg: str
    alt: str
    bijschrift: str

    def data_uri(self) -> str:
        """The SVG as a ``data:`` URI for an ``<img>``."""
        return "data:image/svg+xml;base64," + base64.b64encode(self.svg.encode("utf-8")).decode("ascii")

    def html(self) -> str:
        """The chart as an HTML ``<figure>`` with ``alt`` text and ``<figcaption>``."""
        return (
            f'<figure class="grafiek"><img src="{self.data_uri()}" alt="{html.escape(self.alt, quote=True)}">'
            f"<figcaption>{html.escape(self.bijschrift)}</figcaption></figure>"
        )

    def _repr_html_(self) -> str:
        return self.html()

    def __repr__(self) -> str:
        return f"<Figuur: {self.bijschrift[:60]}>"


# --------------------------------------------------------------------------
# Hand-written SVG: common measures
# --------------------------------------------------------------------------

#: Points per inch; the charts below are measured in points, one point per SVG user unit.
INCH = 72.0
#: Width of every chart: 7 inches, as the matplotlib figures (the page's text width at 100 %).
BREEDTE = 7.0 * INCH
#: Where the baseline of a line of text lies below the middle of its box, as a fraction of the
#: font size: for tick labels (matplotlib's ``center_baseline``) and for text centred with its
#: descent (matplotlib's ``center``); and the top of a text box above its baseline.
_MIDDEN_BASIS, _MIDDEN, _STIJGING = 0.38, 0.26, 0.76
#: Colour of the charts' text (``--tekst`` of the stylesheet), and of small print beside it (``--tekst-zacht``).
TEKST_KLEUR, TEKST_ZACHT = kleur("tekst"), kleur("tekst-zacht")
#: The trend charts keep matplotlib's default look (its style was never applied there): 10 pt tick labels,
#: an 8 pt title, a black frame with ticks of 3.5 pt and 3.5 pt between tick and label.
TREND_LABEL, TREND_TITEL, TICK, TICK_AFSTAND = 10.0, 8.0, 3.5, 3.5


def _maand_label(months: list[str], i: int) -> str:
    """The year for every January (``2025``), ``apr 25`` for a first month in another month, else ``apr``.

    January is labelled by the year it begins, not ``jan``: a trend may run
    over years now that it starts at the first data, and ``jan`` is also a
    name that may not be printed when a person so named gave no consent.

    >>> [_maand_label(["2024-11", "2024-12", "2025-01", "2025-02"], i) for i in range(4)]
    ['nov 24', 'dec', '2025', 'feb']
    """
    month = as_month(months[i])
    if month.month == 1:
        return str(month.year)
    short = maand_kort(months[i])
    return short if i == 0 else short.split()[0]


def _month_ticks(months: list[str]) -> list[tuple[int, str]]:
    """Month ticks: at most five labels, the year with the first label and with January."""
    step = max(1, math.ceil(len(months) / 4))
    return [(i, _maand_label(months, i)) for i in range(0, len(months), step)]


def _tick_labels(ticks: list[float], decimals: int) -> list[str]:
    """Tick values with a decimal comma; one decimal more (up to four) where two labels would look the same."""
    labels = [getal(t, decimals, strip=True) for t in ticks]
    while len(set(labels)) < len(labels) and decimals < 4:
        decimals += 1
        labels = [getal(t, decimals, strip=True) for t in ticks]
    return labels


def _runs(values: np.ndarray) -> list[list[int]]:
    """Indices of the unbroken stretches of values (a NaN breaks a line)."""
    runs: list[list[int]] = []
    run: list[int] = []
    for i, v in enumerate(values):
        if np.isnan(v):
            if run:
                runs.append(run)
            run = []
        else:
            run.append(i)
    if run:
        runs.append(run)
    return runs


# --------------------------------------------------------------------------
# Trends
# --------------------------------------------------------------------------


def trendlijnen(
    trend: pd.DataFrame,
    figuren: list[tuple[str, str]],
    *,
    kolommen: int = 3,
    decimalen: dict[str, int] | None = None,
    bijschrift: str = "",
    erkend: str | None = None,
) -> Figuur:
    """Small line charts, one per figure, over the months of ``trend`` (:func:`kit.analysis.panel.trend`).

    ``figuren`` lists ``(column, Dutch title)``.  A month without a value
    leaves a gap; the last month is marked with a large dot.  Written as
    SVG by hand (no matplotlib figure): a frame per chart, round y ticks
    chosen by :func:`kit.report.svg.nice_ticks`, light grid lines, one path
    per line.

    ``erkend`` is the month (``JJJJ-MM``) the platform was first recognised.
    When the charts show months before it, a dashed vertical line in every
    chart separates before from after, a legend below names it, and the
    alternative text gives each figure's value in that month.
    """
    decimalen = decimalen or {}
    months = list(trend["maand"]) if len(trend) else []
    mark = _erkenning_index(months, erkend)
    rows = max(1, math.ceil(len(figuren) / kolommen))
    width, height = BREEDTE, (1.85 * rows + 0.2) * INCH + (ERKENNING_LEGENDA if mark else 0)

    panels = []  # (title, values, bottom, top, ticks, labels)
    beschrijving = []  # the alternative text, a phrase per chart
    for column, title in figuren:
        values = trend[column].to_numpy(dtype=float) if len(trend) else np.array([])
        d = decimalen.get(column, 2)
        finite = values[~np.isnan(values)]
        if len(finite):
            bottom, top, ticks = svg.nice_ticks(float(finite.min()), float(finite.max()), integer=d == 0)
            last = getal(values[-1], d, strip=True) if not np.isnan(values[-1]) else "geen waarde"
            at_mark = ""
            if mark:
                value = values[mark]
                at_mark = f" (bij de erkenning: {'geen waarde' if np.isnan(value) else getal(value, d, strip=True)})"
            beschrijving.append(f"{title}: van {getal(finite[0], d, strip=True)} naar {last}{at_mark}")
        else:
            bottom, top, ticks = 0.0, 1.0, []
            beschrijving.append(f"{title}: nog geen waarden")
        panels.append((title, values, bottom, top, ticks, _tick_labels(ticks, 0 if d == 0 else 2)))

    # Margins as the matplotlib figure had them, in inches; the left one grows if a y label needs more room.
    widest = max((svg.text_width(label, TREND_LABEL) for p in panels[::kolommen] for label in p[5]), default=0)
    left = max(0.45 * INCH, widest + TICK + TICK_AFSTAND + 2)
    right, top_margin, bottom_margin = 0.15 * INCH, 0.45 * INCH, 0.3 * INCH + (ERKENNING_LEGENDA if mark else 0)
    pw = (width - left - right) / (kolommen + (kolommen - 1) * 0.45)
    ph = (height - top_margin - bottom_margin) / (rows + (rows - 1) * 0.95)
    n = len(months)
    xticks = _month_ticks(months)

    grid: list[str] = []
    frame: list[str] = []
    lines: list[str] = []
    stippen: list[tuple[float, float]] = []
    laatste: list[tuple[float, float]] = []
    erkenning: list[str] = []
    titles, xlabels, ylabels = [], [], []
    for k, (title, values, bottom, top, ticks, labels) in enumerate(panels):
        x0 = left + (k % kolommen) * pw * 1.45
        y0 = top_margin + (k // kolommen) * ph * 1.95
        x1, y1 = x0 + pw, y0 + ph

        def px(i, x0=x0):
            return x0 + (i + 0.4) / (max(n - 1, 0) + 0.8) * pw

        def py(v, y0=y0, bottom=bottom, top=top):
            return y0 + (top - v) / (top - bottom) * ph

        frame.append(svg.rectangles([(x0, y0, x1, y1)]))
        if mark:
            erkenning.append(f"M{svg.num((px(mark - 1) + px(mark)) / 2)} {svg.num(y0)}V{svg.num(y1)}")
        for i, label in xticks:
            frame.append(f"M{svg.num(px(i))} {svg.num(y1)}v{TICK}")
            xlabels.append(
                svg.aligned_text(
                    px(i), y1 + TICK + TICK_AFSTAND + _STIJGING * TREND_LABEL, label, anchor="middle", size=TREND_LABEL
                )
            )
        for tick, label in zip(ticks, labels, strict=True):
            y = py(tick)
            grid.append(f"M{svg.num(x0)} {svg.num(y)}H{svg.num(x1)}")
            frame.append(f"M{svg.num(x0)} {svg.num(y)}h-{TICK}")
            ylabels.append(
                svg.aligned_text(
                    x0 - TICK - TICK_AFSTAND, y + _MIDDEN_BASIS * TREND_LABEL, label, anchor="end", size=TREND_LABEL
                )
            )
        wrapped = textwrap.wrap(title, 19)
        for j, line in enumerate(wrapped):
            titles.append(svg.text(x0, y0 - 6 - 1.2 * TREND_TITEL * (len(wrapped) - 1 - j), line))
        path = "".join("M" + svg.points([(px(i), py(values[i])) for i in run]) for run in _runs(values) if len(run) > 1)
        if path:
            lines.append(svg.element("path", d=path, class_="lijn"))
        stippen.extend((px(i), py(v)) for i, v in enumerate(values) if not np.isnan(v))
        if len(values) and not np.isnan(values[-1]):
            laatste.append((px(len(values) - 1), py(values[-1])))

    body = (
        svg.element("path", d="".join(grid), fill="none", stroke="#e5e5e5", stroke_width=0.6)
        + (svg.element("path", d="".join(erkenning), class_="erkenning", **ERKENNING_STIJL) if erkenning else "")
        + svg.element(
            "g",
            "".join(lines),
            fill="none",
            stroke=ACCENT,
            stroke_width=1.6,
            stroke_linejoin="round",
            stroke_linecap="round",
        )
        # matplotlib's markers: 2.8 and 5.5 pt across plus a 1 pt edge in the same colour
        + svg.element("path", d=svg.dots(stippen), class_="stippen", **svg.dot_attributes(3.8, ACCENT))
        + svg.element("path", d=svg.dots(laatste), class_="laatste", **svg.dot_attributes(6.5, ACCENT))
        + svg.element("path", d="".join(frame), fill="none", stroke="#000000", stroke_width=0.8)
        + svg.element("g", "".join(titles), font_size=TREND_TITEL)
        + "".join(xlabels)
        + "".join(ylabels)
    )
    if mark:
        body += _erkenning_legenda(months[mark], width, height - 6, TREND_TITEL)
    figure_svg = svg.document(
        width, height, svg.element("g", body, font_family="DejaVu Sans", font_size=TREND_LABEL, fill=TEKST_KLEUR)
    )

    span = f"{maand_lang(months[0])} tot en met {maand_lang(months[-1])}" if months else "geen maanden"
    alt = (
        f"Lijngrafieken per maand, {span}. "
        + (
            f"Een verticale stippellijn markeert de erkenning van het platform in {maand_lang(months[mark])}. "
            if mark
            else ""
        )
        + "; ".join(beschrijving)
        + "."
    )
    return Figuur(figure_svg, alt, bijschrift)


# --------------------------------------------------------------------------
# The month of recognition, marked on the charts over time
# --------------------------------------------------------------------------

#: The line that marks the recognition: dashed, in a darker shade of the platform's yellow.
ERKENNING_STIJL: dict[str, Any] = {"fill": "none", "stroke": "#a67c00", "stroke_width": 1.1, "stroke_dasharray": "3 2"}
#: Room (pt) below a chart for the legend of that line.
ERKENNING_LEGENDA = 14.0


def _erkenning_index(months: list[str], erkend: str | None) -> int:
    """The index in ``months`` of the month of recognition, or 0 when there is nothing before it to show.

    0 also when ``erkend`` is missing, before the first month or after the
    last: the line marks a change within the chart only.

    >>> _erkenning_index(["2025-01", "2025-02", "2025-03"], "2025-02"), _erkenning_index(["2025-01"], "2025-01")
    (1, 0)
    """
    if not erkend or erkend not in months:
        return 0
    return months.index(erkend)


def _erkenning_legenda(month: str, width: float, baseline: float, size: float) -> str:
    """A centred legend below a chart: a short dashed line and ``erkenning van het platform (juli 2025)``."""
    label = f"erkenning van het platform ({maand_lang(month)})"
    total = 2 * size + 0.8 * size + svg.text_width(label, size)
    x = (width - total) / 2
    middle = baseline - 0.35 * size
    return svg.element(
        "path", d=f"M{svg.num(x + 0.9 * size)} {svg.num(middle - size * 0.6)}v{svg.num(1.2 * size)}", **ERKENNING_STIJL
    ) + svg.text(x + 2.8 * size, baseline, label, font_size=size)


# --------------------------------------------------------------------------
# Self-assessment (maatlat)
# --------------------------------------------------------------------------

#: Font sizes of the maatlat grid (pt): labels and scores, and the small peer and commissie scores.
MAATLAT_TEKST, MAATLAT_KLEIN = 7.5, 5.5
#: Colour of a cell without an own score.
MAATLAT_LEEG = "#f2f2f2"


@functools.lru_cache(maxsize=16)
def _maatlat_kleur(score: float) -> str:
    """The cell colour of a score: matplotlib's ``Blues``, from light (1) to dark (5)."""
    return to_hex(matplotlib.colormaps["Blues"](0.12 + 0.17 * max(score - 1, 0)))


def maatlat(scores: pd.DataFrame, months: list[str], bijschrift: str = "", erkend: str | None = None) -> Figuur:
    """The ten criteria over ``months`` as one grid: a row per criterion, a column per month.

    Each cell holds the buurt's own score (``zelf``, 1–5; darker is higher,
    ``–`` without a score); a score by a peer or the stadsdeelcommissie
    stands small beneath it (``p 4``, ``s 3``).  Written as SVG by hand: one
    path per cell colour, and the scores of a row as one ``<text>`` with an
    x per digit.  ``erkend``, the month of the platform's first recognition,
    is marked by a dashed line before its column when the grid shows months
    before it (as :func:`trendlijnen`).
    """
    frame = scores.copy()
    frame["maand"] = [month_text(as_month(m)) for m in frame["maand"]]
    frame = frame[frame["maand"].isin(months)]
    index = {m: i for i, m in enumerate(months)}
    codes = list(CRITERIA)
    grid = np.full((len(codes), len(months)), np.nan)
    others: dict[tuple[int, int], list[str]] = {}
    for code, month, score, who in zip(
        frame["criterium"], frame["maand"], frame["score"], frame["beoordeeld_door"], strict=True
    ):
        cell = (codes.index(code), index[month])
        if who == "zelf":
            grid[cell] = float(score)
        else:
            others.setdefault(cell, []).append(f"{'p' if who == 'peer' else 's'} {int(score)}")

    titles = [CRITERIUM_TITEL.get(c, c) for c in codes]
    mark = _erkenning_index(months, erkend)
    width, height = BREEDTE, (0.32 * len(codes) + 0.9) * INCH + (ERKENNING_LEGENDA if mark else 0)
    left = max(1.55 * INCH, max(svg.text_width(t, MAATLAT_TEKST) for t in titles) + TICK_AFSTAND + 2)
    right, top, bottom = 0.1 * INCH, 0.1 * INCH, 0.55 * INCH + (ERKENNING_LEGENDA if mark else 0)
    cw = (width - left - right) / max(len(months), 1)
    rh = (height - top - bottom) / len(codes)
    xs = [left + cw * i for i in range(len(months) + 1)]
    ys = [top + rh * j for j in range(len(codes) + 1)]

    cells: dict[str, list] = {}
    scores_by_line: dict[tuple[float, str], tuple[list[float], list[str]]] = {}
    small = []
    for (row, col), value in np.ndenumerate(grid):
        missing = np.isnan(value)
        colour = MAATLAT_LEEG if missing else _maatlat_kleur(float(value))
        boxes = cells.setdefault(colour, [])
        if col and boxes and boxes[-1][2] == xs[col] and boxes[-1][1] == ys[row]:  # one box for a run of equal cells
            boxes[-1] = (boxes[-1][0], ys[row], xs[col + 1], ys[row + 1])
        else:
            boxes.append((xs[col], ys[row], xs[col + 1], ys[row + 1]))
        extra = others.get((row, col))
        ink = tekst_op(colour)  # the page's text colour, or white on the darkest cells
        middle_x, middle_y = (xs[col] + xs[col + 1]) / 2, (ys[row] + ys[row + 1]) / 2
        baseline = middle_y - (0.12 * rh if extra else 0) + _MIDDEN * MAATLAT_TEKST
        centres, chars = scores_by_line.setdefault((round(baseline, 2), ink), ([], []))
        centres.append(middle_x)
        chars.append("–" if missing else str(int(value)))
        if extra:
            small.append(
                svg.aligned_text(
                    middle_x,
                    middle_y + 0.3 * rh + _MIDDEN * MAATLAT_KLEIN,
                    " ".join(extra),
                    anchor="middle",
                    size=MAATLAT_KLEIN,
                    fill=None if ink == TEKST_KLEUR else ink,
                )
            )

    body = "".join(svg.element("path", d=svg.rectangles(boxes), fill=colour) for colour, boxes in cells.items())
    body += svg.element(
        "g",
        "".join(
            svg.text_row(
                centres,
                baseline,
                "".join(chars),
                size=MAATLAT_TEKST,
                bold=True,
                fill=None if ink == TEKST_KLEUR else ink,
            )
            for (baseline, ink), (centres, chars) in scores_by_line.items()
        ),
        font_weight="bold",
    )
    if small:
        body += svg.element("g", "".join(small), font_size=MAATLAT_KLEIN)
    body += "".join(
        svg.aligned_text(
            left - TICK_AFSTAND,
            (ys[j] + ys[j + 1]) / 2 + _MIDDEN_BASIS * MAATLAT_TEKST,
            t,
            anchor="end",
            size=MAATLAT_TEKST,
        )
        for j, t in enumerate(titles)
    )
    label_y = ys[-1] + TICK_AFSTAND + _STIJGING * MAATLAT_TEKST
    body += "".join(
        svg.aligned_text((xs[i] + xs[i + 1]) / 2, label_y, _maand_label(months, i), anchor="middle", size=MAATLAT_TEKST)
        for i in range(len(months))
    )
    if mark:
        body += svg.element(
            "path",
            d=f"M{svg.num(xs[mark])} {svg.num(ys[0] - 2)}V{svg.num(ys[-1] + 2)}",
            class_="erkenning",
            **{**ERKENNING_STIJL, "stroke_width": 1.6},
        )
        body += _erkenning_legenda(months[mark], width, height - 6, MAATLAT_TEKST)
    figure_svg = svg.document(
        width, height, svg.element("g", body, font_family="DejaVu Sans", font_size=MAATLAT_TEKST, fill=TEKST_KLEUR)
    )

    latest = {c: grid[i, -1] for i, c in enumerate(codes)} if months else {}
    alt = (
        "Tabel als grafiek: per erkenningscriterium (rijen) en per maand (kolommen) de eigen score van 1 tot 5, "
        "donkerder is hoger; een score van een andere buurt (p) of de stadsdeelcommissie (s) staat er klein "
        f"onder. Eigen score in {maand_lang(months[-1]) if months else '-'}: "
        + "; ".join(
            f"{CRITERIUM_TITEL.get(c, c)} {'niet gescoord' if np.isnan(v) else int(v)}" for c, v in latest.items()
        )
        + "."
    )
    if mark:
        alt += (
            f" Een verticale stippellijn markeert de erkenning van het platform in {maand_lang(months[mark])}: "
            "de kolommen links ervan zijn van voor de erkenning."
        )
    return Figuur(figure_svg, alt, bijschrift)


# --------------------------------------------------------------------------
# Position among the pilot buurten
# --------------------------------------------------------------------------

#: Font sizes of the position chart (pt): the figures' names and the legend, and the lowest and highest value.
POSITIE_TEKST, POSITIE_KLEIN = 7.5, 6.0
#: Dot diameters (pt) of the position chart: other buurten (22 pt² in matplotlib), this buurt (70 pt²).
POSITIE_STIP, POSITIE_EIGEN = math.sqrt(22), math.sqrt(70)


def _schaal(value: float, low: float, spread: float) -> float:
    """Where ``value`` lies on a row from ``low`` (0) to ``low + spread`` (1); the middle when all are equal."""
    return 0.5 if spread == 0 else (value - low) / spread


def positie(
    waarden: pd.DataFrame,
    buurt: str,
    figuren: list[tuple[str, str]],
    bijschrift: str = "",
    decimalen: dict[str, int] | None = None,
) -> Figuur:
    """Where the buurt stands among all pilot buurten, one row per figure.

    ``waarden`` holds one row per buurt of the month (columns ``buurt`` and
    the figures).  Other buurten are grey dots without names; this buurt is
    the large dark dot.  Each row has its own scale from lowest to highest
    (all values equal: every dot in the middle).  Written as SVG by hand.
    """
    decimalen = decimalen or {}
    n = len(figuren)
    width, height = BREEDTE, (0.5 * n + 0.5) * INCH
    titles = [title for _, title in figuren]
    left = max(2.2 * INCH, max((svg.text_width(t, POSITIE_TEKST) for t in titles), default=0) + TICK_AFSTAND + 2)
    right, top, bottom = 0.2 * INCH, 0.1 * INCH, 0.45 * INCH
    aw, ah = width - left - right, height - top - bottom

    def px(v):  # the axis runs from -0.05 to 1.05
        return left + (v + 0.05) / 1.1 * aw

    def py(i):  # rows 0 … n-1 from the top, the axis from -0.6 to n-0.5
        return top + (i + 0.6) / (n + 0.1) * ah

    eigen = waarden[waarden["buurt"] == buurt]
    beschrijving = []
    strips: list[str] = []
    grey: list[tuple[float, float]] = []
    own: list[tuple[float, float]] = []
    extremes: list[str] = []
    for i, (column, title) in enumerate(figuren):
        values = waarden[column].dropna().to_numpy(dtype=float)
        y = py(i)
        strips.append(f"M{svg.num(px(0))} {svg.num(y)}H{svg.num(px(1))}")
        if not len(values):
            continue
        low, high = values.min(), values.max()
        spread = high - low
        grey.extend((px(_schaal(v, low, spread)), y) for v in values)
        d = decimalen.get(column, 2)
        below = y + 4 + _STIJGING * POSITIE_KLEIN
        extremes.append(svg.text(px(0), below, getal(low, d, strip=True)))
        extremes.append(svg.aligned_text(px(1), below, getal(high, d, strip=True), anchor="end", size=POSITIE_KLEIN))
        own_value = eigen[column].iloc[0] if len(eigen) else np.nan
        if not pd.isna(own_value):
            own.append((px(_schaal(own_value, low, spread)), y))
            beschrijving.append(
                f"{title} {getal(own_value, d, strip=True)} (laagste {getal(low, d, strip=True)}, "
                f"hoogste {getal(high, d, strip=True)})"
            )
        else:
            beschrijving.append(f"{title}: geen waarde")

    body = svg.element("path", d="".join(strips), fill="none", stroke="#dddddd", stroke_width=4, stroke_linecap="round")
    body += svg.element("path", d=svg.dots(grey), class_="anderen", **svg.dot_attributes(POSITIE_STIP, GRIJS))
    if own:  # a dark dot with a white edge 1 pt wide, as matplotlib draws its marker
        body += svg.element("path", d=svg.dots(own), **svg.dot_attributes(POSITIE_EIGEN + 1, "#ffffff"))
        body += svg.element("path", d=svg.dots(own), class_="eigen", **svg.dot_attributes(POSITIE_EIGEN - 1, ACCENT))
    body += svg.element("g", "".join(extremes), font_size=POSITIE_KLEIN, fill=TEKST_ZACHT)
    body += "".join(
        svg.aligned_text(
            left - TICK_AFSTAND, py(i) + _MIDDEN_BASIS * POSITIE_TEKST, t, anchor="end", size=POSITIE_TEKST
        )
        for i, t in enumerate(titles)
    )
    body += _legenda(
        [(8.0, ACCENT, "deze buurt"), (6.0, GRIJS, "andere proeftuinbuurten")], width, height - 8.55, POSITIE_TEKST
    )
    figure_svg = svg.document(
        width, height, svg.element("g", body, font_family="DejaVu Sans", font_size=POSITIE_TEKST, fill=TEKST_KLEUR)
    )
    alt = (
        "Per kengetal een balk van de laagste naar de hoogste waarde onder de proeftuinbuurten, "
        "met deze buurt als donkere stip. " + "; ".join(beschrijving) + "."
    )
    return Figuur(figure_svg, alt, bijschrift)


def _legenda(items: list[tuple[float, str, str]], width: float, baseline: float, size: float) -> str:
    """A legend of dots in one centred row, as matplotlib lays it out: ``(diameter, colour, label)`` per entry.

    Each entry is a handle two font sizes wide with the dot in its middle,
    0.8 font size of space and the label; two font sizes between entries.
    """
    handle, pad, between = 2 * size, 0.8 * size, 2 * size
    total = sum(handle + pad + svg.text_width(label, size) for _, _, label in items) + between * (len(items) - 1)
    x = (width - total) / 2
    parts = []
    for diameter, colour, label in items:
        parts.append(
            svg.element(
                "path", d=svg.dots([(x + handle / 2, baseline - 0.35 * size)]), **svg.dot_attributes(diameter, colour)
            )
        )
        parts.append(svg.text(x + handle + pad, baseline, label))
        x += handle + pad + svg.text_width(label, size) + between
    return "".join(parts)


# --------------------------------------------------------------------------
# Sparklines (overview): tiny SVG written by hand, no matplotlib needed
# --------------------------------------------------------------------------


def sparkline(values, *, breedte: int = 90, hoogte: int = 22, alt: str = "") -> str:
    """A tiny line chart as inline ``<svg>`` (vector) with a ``<title>`` as its text alternative.

    Missing values leave a gap (a value between two gaps is a small dot);
    the last value is a dot.  The y range is the series' own.
    """
    values = np.array([np.nan if v is None else float(v) for v in values], dtype=float)
    head = {
        "class_": "sparkline",
        "xmlns": "http://www.w3.org/2000/svg",
        "width": breedte,
        "height": hoogte,
        "viewBox": f"0 0 {breedte} {hoogte}",
        "role": "img",
        "aria_label": alt,
    }
    title = svg.element("title", html.escape(alt)) if alt else ""
    known = values[~np.isnan(values)]
    if not len(known):
        return svg.element("svg", title, **head)
    low, high = known.min(), known.max()
    pad, n = 3, len(values)

    def xy(i):
        x = pad + (breedte - 2 * pad) * (i / (n - 1) if n > 1 else 0.5)
        y = hoogte / 2 if high == low else pad + (hoogte - 2 * pad) * (1 - (values[i] - low) / (high - low))
        return x, y

    body = []
    for run in _runs(values):
        if len(run) > 1:
            body.append(
                svg.element(
                    "polyline", points=svg.points(xy(i) for i in run), fill="none", stroke=ACCENT, stroke_width=1.4
                )
            )
        else:
            body.append(svg.element("circle", cx=xy(run[0])[0], cy=xy(run[0])[1], r=1.3, fill=ACCENT))
    last = max(i for i in range(n) if not np.isnan(values[i]))
    body.append(svg.element("circle", cx=xy(last)[0], cy=xy(last)[1], r=2.2, fill=ACCENT))
    return svg.element("svg", title + "".join(body), **head)
