"""The report's charts: matplotlib figures as SVG, each with a caption and alternative text.

Every chart function returns a :class:`Figuur`: the SVG (vector, sharp in
print), the alternative text for readers who cannot see it, and the caption.
In a notebook a :class:`Figuur` shows itself as an HTML ``<figure>`` with an
``<img>`` whose source is a ``data:`` URI, which nbconvert keeps and
WeasyPrint prints.

Charts are drawn on a bare :class:`matplotlib.figure.Figure` (no pyplot, no
backend state, nothing shown twice) with a fixed style, text kept as text in
the SVG, no date in the SVG metadata and a fixed hash salt: the same data
gives the same bytes.  Names on a chart come from
:func:`kit.privacy.display_names` only.
"""

from __future__ import annotations

import base64
import functools
import html
import io
import math
import textwrap
from dataclasses import dataclass

import matplotlib
import numpy as np
import pandas as pd
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.ticker import FuncFormatter, MaxNLocator

from kit.contract import CRITERIA
from kit.dutch import getal
from kit.months import as_month, month_text

from .kengetallen import CRITERIUM_TITEL
from .woorden import maand_kort, maand_lang

#: Colours of the lines (nulde, eerste, tweede lijn).
LIJN_KLEUR = {0: "#2e8b57", 1: "#2f6db5", 2: "#8e5ea2"}
LIJN_TEKST = {0: "bewoners (nulde lijn)", 1: "professionals in de buurt (eerste lijn)", 2: "beleid en instellingen (tweede lijn)"}
#: Marker shape per herkomst.
HERKOMST_VORM = {"onderop": "o", "bovenaf": "s", "gemengd": "D"}
HERKOMST_TEKST = {"onderop": "opgezet door bewoners (rond)", "bovenaf": "opgezet door een instelling (vierkant)",
                  "gemengd": "gemengd opgezet (ruit)"}
SPANNING_KLEUR = "#c62828"
PARALLEL_KLEUR = "#ef8a00"
PLATFORM_KLEUR = "#f2c200"
ACCENT = "#003a70"
GRIJS = "#9aa5b1"

STYLE = {
    "font.family": "DejaVu Sans",
    "font.size": 8.5,
    "axes.titlesize": 9,
    "axes.labelsize": 8,
    "xtick.labelsize": 7.5,
    "ytick.labelsize": 7.5,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.edgecolor": "#888888",
    "svg.fonttype": "none",
    "svg.hashsalt": "proeftuin",
    "axes.formatter.use_locale": False,
}


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


def _styled(function):
    """Draw inside the kit's matplotlib style (rcParams apply when artists are created)."""

    @functools.wraps(function)
    def wrapper(*args, **kwargs):
        with matplotlib.rc_context(STYLE):
            return function(*args, **kwargs)

    return wrapper


def _figure(width: float, height: float) -> Figure:
    """A bare figure; margins are set by hand (constrained layout costs more than the drawing)."""
    return Figure(figsize=(width, height))


def _margins(fig: Figure, *, left: float, right: float = 0.15, top: float = 0.3, bottom: float, **space) -> None:
    """Set the figure's margins in inches."""
    width, height = fig.get_size_inches()
    fig.subplots_adjust(left=left / width, right=1 - right / width, top=1 - top / height,
                        bottom=bottom / height, **space)


def to_svg(fig: Figure) -> str:
    """Render ``fig`` as SVG text, reproducibly (no date, fixed ids)."""
    buffer = io.StringIO()
    with matplotlib.rc_context(STYLE):
        fig.savefig(buffer, format="svg", metadata={"Date": None, "Creator": None})
    text = buffer.getvalue()
    # Drop the XML prolog and DOCTYPE: the SVG stands alone in a data: URI either way.
    start = text.find("<svg")
    return text[start:] if start >= 0 else text


def _comma(decimals: int = 1):
    return FuncFormatter(lambda value, _pos: getal(value, decimals, strip=True))


# --------------------------------------------------------------------------
# The network map
# --------------------------------------------------------------------------


def kort(naam: str, breedte: int = 18) -> str:
    """A short label for a map: at most two lines of ``breedte`` characters.

    >>> kort("Bewonerscommissie Lindenhof-Noord")
    'Bewonerscommissie\\nLindenhof-Noord'
    """
    lines = textwrap.wrap(naam, breedte, break_long_words=True)
    if len(lines) > 2:
        lines = [lines[0], textwrap.shorten(" ".join(lines[1:]), breedte, placeholder="…")]
    return "\n".join(lines)


@_styled
def netwerkkaart(
    graph,
    pos: dict,
    names: dict[str, str],
    *,
    platform: str | None,
    spanningen: list[tuple[str, str]] = (),
    parallel: list[tuple[str, str]] = (),
    dubbel: list[tuple[str, str]] = (),
    intensiteit: dict[tuple[str, str], int] | None = None,
    nieuw: set[str] = frozenset(),
    grenzen: tuple[float, float, float, float] | None = None,
    titel: str = "",
) -> Figuur:
    """The network map: actors coloured by lijn, shaped by herkomst, platform highlighted.

    Parameters
    ----------
    graph : networkx.Graph
        The month's network (:func:`kit.snapshot.network`).
    pos : dict
        Positions from :func:`kit.report.layout.positions`.
    names : dict
        Privacy-safe names (:func:`kit.privacy.display_names` for the buurt).
    platform : str or None
        The buurt's platform, drawn large with a yellow ring.
    spanningen : list of pairs
        Tensions: red dashed lines.
    parallel : list of pairs
        Parallel infrastructures: thick orange dotted line, orange ring.
    dubbel : list of pairs
        Other duplicated functions: thin orange dotted line.
    intensiteit : dict, optional
        Highest ``samenwerking`` intensity per sorted pair: thicker lines.
    nieuw : set
        Actors that started this month: label marked "(nieuw)".
    grenzen : (xmin, xmax, ymin, ymax), optional
        Fixed axis limits, so that maps of several months share one frame.
    """
    intensiteit = intensiteit or {}
    fig = _figure(7.0, 6.6)
    ax = fig.add_subplot()
    _margins(fig, left=0.05, right=0.05, top=0.05, bottom=0.95)
    ax.set_axis_off()
    nodes = list(graph.nodes)
    if grenzen is None and nodes:
        xs = [pos[n][0] for n in nodes]
        ys = [pos[n][1] for n in nodes]
        grenzen = (min(xs), max(xs), min(ys), max(ys))
    if grenzen is not None:
        xmin, xmax, ymin, ymax = grenzen
        padx = max((xmax - xmin) * 0.14, 0.25)
        pady = max((ymax - ymin) * 0.10, 0.25)
        ax.set_xlim(xmin - padx, xmax + padx)
        ax.set_ylim(ymin - pady, ymax + pady)

    def line(a, b, **style):
        (xa, ya), (xb, yb) = pos[a], pos[b]
        ax.plot([xa, xb], [ya, yb], **style)

    for a, b in graph.edges:
        key = (a, b) if a < b else (b, a)
        level = intensiteit.get(key)
        width = 0.8 + 0.55 * level if level else 0.8
        line(a, b, color="#8d99a6", linewidth=width, zorder=1, solid_capstyle="round")
    for a, b in dubbel:
        if a in pos and b in pos:
            line(a, b, color=PARALLEL_KLEUR, linewidth=1.2, linestyle=(0, (1, 2)), zorder=2)
    for a, b in parallel:
        if a in pos and b in pos:
            line(a, b, color=PARALLEL_KLEUR, linewidth=3.0, linestyle=(0, (1, 1.6)), zorder=2,
                 dash_capstyle="round")
    for a, b in spanningen:
        if a in pos and b in pos:
            line(a, b, color=SPANNING_KLEUR, linewidth=2.0, linestyle=(0, (5, 3)), zorder=2)

    in_parallel = {n for pair in parallel for n in pair}
    labels = {}
    for node in nodes:
        attrs = graph.nodes[node]
        lijn = int(attrs.get("lijn", 0))
        shape = HERKOMST_VORM.get(attrs.get("herkomst"), "o")
        x, y = pos[node]
        size = PLATFORM_SIZE if node == platform else NODE_SIZE
        if node == platform:
            ax.scatter([x], [y], s=PLATFORM_RING, marker=shape, color=PLATFORM_KLEUR, zorder=3, linewidths=0)
        if node in in_parallel:
            ax.scatter([x], [y], s=size * 1.9, marker=shape, facecolors="none", edgecolors=PARALLEL_KLEUR,
                       linewidths=2.2, zorder=3.5)
        ax.scatter([x], [y], s=size, marker=shape, color=LIJN_KLEUR.get(lijn, GRIJS), edgecolors="white",
                   linewidths=1.0, zorder=4)
        labels[node] = kort(names.get(node, node)) + (" (nieuw)" if node in nieuw else "")
    order = sorted(nodes, key=lambda n: (n != platform, -graph.degree(n), str(n)))
    for node, (offset, ha, va) in zip(order, _label_spots(ax, [(pos[n], labels[n], n == platform) for n in order])):
        ax.annotate(
            labels[node], pos[node], xytext=offset, textcoords="offset points",
            ha=ha, va=va, fontsize=7 if node != platform else 8,
            fontweight="bold" if node == platform else "normal", color="#1a1a1a", zorder=5,
            bbox={"boxstyle": "round,pad=0.12", "facecolor": "white", "edgecolor": "none", "alpha": 0.75},
        )
    if titel:
        ax.set_title(titel, loc="left")

    handles = [
        Line2D([], [], marker="o", linestyle="", color=LIJN_KLEUR[k], markersize=7, label=LIJN_TEKST[k])
        for k in (0, 1, 2)
    ]
    handles += [
        Line2D([], [], marker=HERKOMST_VORM[k], linestyle="", markerfacecolor="white", markeredgecolor="#333333",
               markersize=7, label=HERKOMST_TEKST[k])
        for k in ("onderop", "bovenaf", "gemengd")
    ]
    handles += [
        Line2D([], [], marker="o", linestyle="", color=PLATFORM_KLEUR, markersize=11, label="het buurtplatform"),
        Line2D([], [], color="#8d99a6", linewidth=2.2, label="samenwerking of contact (dikker = intensiever)"),
        Line2D([], [], color=SPANNING_KLEUR, linewidth=2.0, linestyle=(0, (5, 3)), label="spanning"),
        Line2D([], [], color=PARALLEL_KLEUR, linewidth=3.0, linestyle=(0, (1, 1.6)),
               label="parallelle infrastructuur"),
    ]
    if dubbel:
        handles.append(Line2D([], [], color=PARALLEL_KLEUR, linewidth=1.2, linestyle=(0, (1, 2)),
                              label="dubbele functie"))
    fig.legend(handles=handles, loc="lower center", ncol=2, fontsize=7, frameon=False,
               handletextpad=0.5, columnspacing=1.5)
    svg = to_svg(fig)
    n_edges = graph.number_of_edges()
    alt = (
        f"Netwerkkaart met {len(nodes)} actoren en {n_edges} verbindingen. "
        + (f"Het buurtplatform ({names.get(platform, platform)}) is geel omrand. " if platform in graph else
           "Het buurtplatform staat deze maand niet op de kaart. ")
        + f"{_tel(len(spanningen), 'spanning', 'spanningen')} (rode stippellijn), "
        + f"{_tel(len(parallel), 'parallelle infrastructuur', 'parallelle infrastructuren')} (oranje)."
    )
    if nodes:
        alt += " Actoren: " + "; ".join(
            f"{names.get(n, n)} ({LIJN_TEKST.get(int(graph.nodes[n].get('lijn', 0)), '')})" for n in nodes
        ) + "."
    return Figuur(svg, alt, "")


#: Marker areas on the map (pt²): an actor, the platform, and the platform's yellow ring.
NODE_SIZE, PLATFORM_SIZE = 170, 420
PLATFORM_RING = PLATFORM_SIZE * 2.6

#: Where a label may go, tried in this order: below, above, right, left of its node
#: (offset in points, horizontal and vertical alignment).
_SPOTS = (((0, -11), "center", "top"), ((0, 11), "center", "bottom"),
          ((9, 0), "left", "center"), ((-9, 0), "right", "center"))


def _label_spots(ax, items: list[tuple[tuple[float, float], str, bool]]) -> list[tuple]:
    """Choose a spot for each label so that labels cover no other label or node where they can avoid it.

    ``items`` are ``(position, text, is_platform)`` in order of importance;
    each label takes the first spot of :data:`_SPOTS` that overlaps nothing
    placed before, or else the spot that overlaps least.  Greedy and
    deterministic: the same map gets the same labels.  Sizes are estimated
    from the font size (DejaVu Sans averages about 0.66 em per character,
    bold 0.72), generously, since overlap is worse than distance.
    """
    to_points = 72 / ax.figure.dpi
    centres = [ax.transData.transform(p) * to_points for p, _, _ in items]
    # the nodes themselves: a marker of area s pt² is about sqrt(s) wide (the platform with its ring)
    halves = [math.sqrt(PLATFORM_RING if platform else NODE_SIZE) / 2 for _, _, platform in items]
    taken = [(x - h, y - h, x + h, y + h) for (x, y), h in zip(centres, halves)]
    chosen = []
    for (x, y), (_, text, platform) in zip(centres, items):
        size = 8 if platform else 7
        lines = text.split("\n")
        width = (0.72 if platform else 0.66) * size * max(len(line) for line in lines)
        height = 1.25 * size * len(lines)
        extra = 4 if platform else 0
        boxes = []
        for (dx, dy), ha, va in _SPOTS:
            dx, dy = dx + (dx > 0) * extra - (dx < 0) * extra, dy + (dy > 0) * extra - (dy < 0) * extra
            left = x + dx - {"center": width / 2, "left": 0, "right": width}[ha]
            bottom = y + dy - {"top": height, "bottom": 0, "center": height / 2}[va]
            box = (left, bottom, left + width, bottom + height)
            cover = sum(_overlap(box, other) for other in taken)
            boxes.append((cover, ((dx, dy), ha, va), box))
            if cover == 0:
                break
        cover, spot, box = min(boxes, key=lambda b: b[0])
        taken.append(box)
        chosen.append(spot)
    return chosen


def _overlap(a, b) -> float:
    """Area shared by two boxes ``(left, bottom, right, top)``."""
    return max(0.0, min(a[2], b[2]) - max(a[0], b[0])) * max(0.0, min(a[3], b[3]) - max(a[1], b[1]))


def _tel(n: int, enkelvoud: str, meervoud: str) -> str:
    return f"{'geen' if n == 0 else n} {enkelvoud if n == 1 else meervoud}"


# --------------------------------------------------------------------------
# Trends
# --------------------------------------------------------------------------


def _month_axis(ax, months: list[str]) -> None:
    """Month ticks: at most five labels, the year with the first label and with January."""
    step = max(1, math.ceil(len(months) / 4))
    ticks = list(range(0, len(months), step))
    labels = []
    for i in ticks:
        month = as_month(months[i])
        short = maand_kort(months[i])
        labels.append(short if i == 0 or month.month == 1 else short.split()[0])
    ax.set_xticks(ticks)
    ax.set_xticklabels(labels)
    ax.set_xlim(-0.4, max(len(months) - 1, 0) + 0.4)


def trendlijnen(trend: pd.DataFrame, figuren: list[tuple[str, str]], *, kolommen: int = 3,
                decimalen: dict[str, int] | None = None, bijschrift: str = "") -> Figuur:
    """Small line charts, one per figure, over the months of ``trend`` (:func:`kit.panel.trend`).

    ``figuren`` lists ``(column, Dutch title)``.  A month without a value
    leaves a gap; the last month is marked.
    """
    decimalen = decimalen or {}
    months = list(trend["maand"]) if len(trend) else []
    rows = max(1, math.ceil(len(figuren) / kolommen))
    fig = _figure(7.0, 1.85 * rows + 0.2)
    axes = fig.subplots(rows, kolommen, squeeze=False)
    _margins(fig, left=0.45, top=0.45, bottom=0.3, hspace=0.95, wspace=0.45)
    beschrijving = []
    for i, (column, title) in enumerate(figuren):
        ax = axes[i // kolommen][i % kolommen]
        values = trend[column].to_numpy(dtype=float) if len(trend) else np.array([])
        x = np.arange(len(values))
        ax.plot(x, values, color=ACCENT, linewidth=1.6, marker="o", markersize=2.8)
        if len(values) and not np.isnan(values[-1]):
            ax.plot([x[-1]], [values[-1]], marker="o", markersize=5.5, color=ACCENT)
        ax.set_title("\n".join(textwrap.wrap(title, 19)), loc="left", fontsize=8)
        _month_axis(ax, months)
        ax.yaxis.set_major_locator(MaxNLocator(nbins=4, integer=decimalen.get(column, 2) == 0))
        ax.yaxis.set_major_formatter(_comma(0 if decimalen.get(column, 2) == 0 else 2))
        finite = values[~np.isnan(values)] if len(values) else values
        if len(finite) and finite.min() == finite.max():
            v = finite[0]
            ax.set_ylim(v - 1, v + 1)
            ax.set_yticks([v])
        ax.grid(axis="y", color="#e5e5e5", linewidth=0.6)
        if len(finite):
            first = next(v for v in values if not np.isnan(v))
            beschrijving.append(
                f"{title}: van {getal(first, decimalen.get(column, 2), strip=True)} naar "
                f"{getal(values[-1], decimalen.get(column, 2), strip=True) if not np.isnan(values[-1]) else 'geen waarde'}"
            )
        else:
            beschrijving.append(f"{title}: nog geen waarden")
    for j in range(len(figuren), rows * kolommen):
        axes[j // kolommen][j % kolommen].set_axis_off()
    span = f"{maand_lang(months[0])} tot en met {maand_lang(months[-1])}" if months else "geen maanden"
    alt = f"Lijngrafieken per maand, {span}. " + "; ".join(beschrijving) + "."
    return Figuur(to_svg(fig), alt, bijschrift)


# --------------------------------------------------------------------------
# Self-assessment (maatlat)
# --------------------------------------------------------------------------

BEOORDELAAR_STIJL = {
    "zelf": {"color": ACCENT, "marker": "o", "linestyle": "-", "label": "zelf"},
    "peer": {"color": PARALLEL_KLEUR, "marker": "s", "linestyle": "--", "label": "andere buurt (peer)"},
    "stadsdeelcommissie": {"color": "#6d6d6d", "marker": "^", "linestyle": ":", "label": "stadsdeelcommissie"},
}


@_styled
def maatlat(scores: pd.DataFrame, months: list[str], bijschrift: str = "") -> Figuur:
    """The ten criteria over ``months`` as one grid: a row per criterion, a column per month.

    Each cell holds the buurt's own score (``zelf``, 1–5; darker is higher);
    a score by a peer or the stadsdeelcommissie stands small beneath it
    (``p 4``, ``s 3``).  One axes only: cheap to draw, easy to read.
    """
    frame = scores.copy()
    frame["maand"] = [month_text(as_month(m)) for m in frame["maand"]]
    frame = frame[frame["maand"].isin(months)]
    index = {m: i for i, m in enumerate(months)}
    codes = list(CRITERIA)
    grid = np.full((len(codes), len(months)), np.nan)
    others: dict[tuple[int, int], list[str]] = {}
    for code, month, score, who in zip(frame["criterium"], frame["maand"], frame["score"], frame["beoordeeld_door"]):
        cell = (codes.index(code), index[month])
        if who == "zelf":
            grid[cell] = float(score)
        else:
            others.setdefault(cell, []).append(f"{'p' if who == 'peer' else 's'} {int(score)}")
    width = 7.0
    fig = _figure(width, 0.32 * len(codes) + 0.9)
    ax = fig.add_subplot()
    _margins(fig, left=1.55, right=0.1, top=0.1, bottom=0.55)
    cmap = matplotlib.colormaps["Blues"]
    shown = np.where(np.isnan(grid), 0, grid)
    colours = cmap(0.12 + 0.17 * (shown - 1).clip(0))
    colours[np.isnan(grid)] = (0.95, 0.95, 0.95, 1)
    ax.imshow(colours, aspect="auto", interpolation="nearest")
    for (row, col), value in np.ndenumerate(grid):
        extra = others.get((row, col))
        text = "–" if np.isnan(value) else str(int(value))
        dark = not np.isnan(value) and value >= 4
        ax.text(col, row - (0.12 if extra else 0), text, ha="center", va="center", fontsize=7.5,
                color="white" if dark else "#1a1a1a", fontweight="bold")
        if extra:
            ax.text(col, row + 0.3, " ".join(extra), ha="center", va="center", fontsize=5.5,
                    color="white" if dark else "#8a4b00")
    ax.set_yticks(range(len(codes)))
    ax.set_yticklabels([CRITERIUM_TITEL.get(c, c) for c in codes])
    ax.set_xticks(range(len(months)))
    ax.set_xticklabels([maand_kort(m) if i == 0 or m.endswith("-01") else maand_kort(m).split()[0]
                        for i, m in enumerate(months)])
    ax.tick_params(length=0)
    for side in ("left", "bottom"):
        ax.spines[side].set_visible(False)
    latest = {c: grid[i, -1] for i, c in enumerate(codes)} if months else {}
    alt = ("Tabel als grafiek: per erkenningscriterium (rijen) en per maand (kolommen) de eigen score van 1 tot 5, "
           "donkerder is hoger; een score van een andere buurt (p) of de stadsdeelcommissie (s) staat er klein "
           f"onder. Eigen score in {maand_lang(months[-1]) if months else '-'}: "
           + "; ".join(f"{CRITERIUM_TITEL.get(c, c)} {'niet gescoord' if np.isnan(v) else int(v)}"
                       for c, v in latest.items()) + ".")
    return Figuur(to_svg(fig), alt, bijschrift)


# --------------------------------------------------------------------------
# Position among the pilot buurten
# --------------------------------------------------------------------------


@_styled
def positie(waarden: pd.DataFrame, buurt: str, figuren: list[tuple[str, str]], bijschrift: str = "",
            decimalen: dict[str, int] | None = None) -> Figuur:
    """Where the buurt stands among all pilot buurten, one row per figure.

    ``waarden`` holds one row per buurt of the month (columns ``buurt`` and
    the figures).  Other buurten are grey dots without names; this buurt is
    the large dark dot.  Each row has its own scale from lowest to highest.
    """
    decimalen = decimalen or {}
    fig = _figure(7.0, 0.5 * len(figuren) + 0.5)
    ax = fig.add_subplot()
    _margins(fig, left=2.2, right=0.2, top=0.1, bottom=0.45)
    ax.set_xlim(-0.05, 1.05)
    ax.set_ylim(len(figuren) - 0.5, -0.6)
    ax.set_yticks(range(len(figuren)))
    ax.set_yticklabels([title for _, title in figuren])
    ax.set_xticks([])
    ax.spines[["left", "bottom"]].set_visible(False)
    ax.tick_params(axis="y", length=0)
    eigen = waarden[waarden["buurt"] == buurt]
    beschrijving = []
    for i, (column, title) in enumerate(figuren):
        values = waarden[column].dropna().to_numpy(dtype=float)
        ax.plot([0, 1], [i, i], color="#dddddd", linewidth=4, solid_capstyle="round", zorder=1)
        if not len(values):
            continue
        low, high = values.min(), values.max()
        spread = high - low
        scale = (lambda v: 0.5) if spread == 0 else (lambda v: (v - low) / spread)
        ax.scatter([scale(v) for v in values], [i] * len(values), s=22, color=GRIJS, zorder=2, linewidths=0)
        d = decimalen.get(column, 2)
        ax.annotate(getal(low, d, strip=True), (0, i), xytext=(0, -4), textcoords="offset points", ha="left",
                    va="top", fontsize=6, color="#666666")
        ax.annotate(getal(high, d, strip=True), (1, i), xytext=(0, -4), textcoords="offset points", ha="right",
                    va="top", fontsize=6, color="#666666")
        own = eigen[column].iloc[0] if len(eigen) else np.nan
        if not pd.isna(own):
            ax.scatter([scale(own)], [i], s=70, color=ACCENT, zorder=3, edgecolors="white", linewidths=1)
            beschrijving.append(f"{title} {getal(own, d, strip=True)} (laagste {getal(low, d, strip=True)}, "
                                f"hoogste {getal(high, d, strip=True)})")
        else:
            beschrijving.append(f"{title}: geen waarde")
    handles = [Line2D([], [], marker="o", linestyle="", color=ACCENT, markersize=7, label="deze buurt"),
               Line2D([], [], marker="o", linestyle="", color=GRIJS, markersize=5, label="andere proeftuinbuurten")]
    fig.legend(handles=handles, loc="lower center", ncol=2, frameon=False, fontsize=7.5)
    alt = ("Per kengetal een balk van de laagste naar de hoogste waarde onder de proeftuinbuurten, "
           "met deze buurt als donkere stip. " + "; ".join(beschrijving) + ".")
    return Figuur(to_svg(fig), alt, bijschrift)


# --------------------------------------------------------------------------
# Sparklines (overview): tiny SVG written by hand, no matplotlib needed
# --------------------------------------------------------------------------


def sparkline(values, *, breedte: int = 90, hoogte: int = 22, alt: str = "") -> str:
    """A tiny line chart as inline ``<svg>`` (vector) with a ``<title>`` as its text alternative.

    Missing values leave a gap; the last value is a dot.  The y range is
    the series' own.
    """
    values = [None if v is None or (isinstance(v, float) and math.isnan(v)) else float(v) for v in values]
    known = [v for v in values if v is not None]
    title = f"<title>{html.escape(alt)}</title>" if alt else ""
    head = (f'<svg class="sparkline" xmlns="http://www.w3.org/2000/svg" width="{breedte}" height="{hoogte}" '
            f'viewBox="0 0 {breedte} {hoogte}" role="img" aria-label="{html.escape(alt, quote=True)}">{title}')
    if not known:
        return head + "</svg>"
    low, high = min(known), max(known)
    pad = 3
    n = len(values)

    def xy(i, v):
        x = pad + (breedte - 2 * pad) * (i / (n - 1) if n > 1 else 0.5)
        y = hoogte / 2 if high == low else pad + (hoogte - 2 * pad) * (1 - (v - low) / (high - low))
        return f"{x:.1f},{y:.1f}"

    parts, segment = [], []
    for i, v in enumerate(values):
        if v is None:
            if segment:
                parts.append(segment)
            segment = []
        else:
            segment.append(xy(i, v))
    if segment:
        parts.append(segment)
    body = "".join(
        f'<polyline points="{" ".join(s)}" fill="none" stroke="{ACCENT}" stroke-width="1.4"/>' if len(s) > 1
        else f'<circle cx="{s[0].split(",")[0]}" cy="{s[0].split(",")[1]}" r="1.3" fill="{ACCENT}"/>'
        for s in parts
    )
    last = next((i for i in range(n - 1, -1, -1) if values[i] is not None), None)
    cx, cy = xy(last, values[last]).split(",")
    body += f'<circle cx="{cx}" cy="{cy}" r="2.2" fill="{ACCENT}"/>'
    return head + body + "</svg>"
