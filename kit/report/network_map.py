"""The network map: who works with whom in and around a buurt, drawn with matplotlib.

Actors are coloured by *lijn*, shaped by *herkomst*; the platform is ringed,
tensions and parallel infrastructures are marked.  Positions come from
:mod:`kit.report.layout`, so every actor keeps its place from month to month.
No line runs through a third actor's dot: a line that would is drawn as a
gentle curve around it (:func:`route`), decided from the positions alone, so
the map stays stable from month to month; two labels that are cut to the same
text get a number to tell them apart (:func:`onderscheiden`).
The map is drawn on a bare :class:`matplotlib.figure.Figure` (no pyplot, no
backend state, nothing shown twice) with a fixed style, text kept as text in
the SVG, no date in the SVG metadata and a fixed hash salt: the same data
gives the same bytes.  Names on the map come from
:func:`kit.privacy.display_names` only, and are drawn literally (no
mathtext).
"""

from __future__ import annotations

import functools
import io
import math
import textwrap
from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from typing import Any

import matplotlib
import numpy as np
import pandas as pd
from matplotlib.collections import LineCollection
from matplotlib.figure import Figure
from matplotlib.lines import Line2D

from kit.safe_xml import xml_text

from .charts import GRIJS, TEKST_KLEUR, Figuur
from .kleuren import kleur

#: Colours of the lines (nulde, eerste, tweede lijn).
LIJN_KLEUR: dict[int | None, str] = {0: "#2e8b57", 1: "#2f6db5", 2: "#8e5ea2"}
LIJN_TEKST = {
    0: "bewoners (nulde lijn)",
    1: "professionals in de buurt (eerste lijn)",
    2: "beleid en instellingen (tweede lijn)",
    None: "lijn onbekend",
}
#: Marker shape per herkomst; ``onbekend`` (not known yet) is a triangle, in the legend only when on the map.
HERKOMST_VORM = {"onderop": "o", "bovenaf": "s", "gemengd": "D", "onbekend": "^"}
HERKOMST_TEKST = {
    "onderop": "opgezet door bewoners (rond)",
    "bovenaf": "opgezet door een instelling (vierkant)",
    "gemengd": "gemengd opgezet (ruit)",
    "onbekend": "onbekend wie het opzette (driehoek)",
}
#: The box behind an actor's name: white, three quarters opaque, so lines and dots show through faintly
#: (tests/test_contrast.py checks the name against it over the darkest colour beneath).
LABEL_VLAK: dict[str, Any] = {"boxstyle": "round,pad=0.12", "facecolor": "white", "edgecolor": "none", "alpha": 0.75}
SPANNING_KLEUR = "#c62828"
PARALLEL_KLEUR = kleur("oranje")  # the stylesheet's warning colour
PLATFORM_KLEUR = "#f2c200"

STYLE: dict[str, Any] = {
    "font.family": "DejaVu Sans",
    "font.size": 8.5,
    "axes.titlesize": 9,
    "axes.labelsize": 8,
    "xtick.labelsize": 7.5,
    "ytick.labelsize": 7.5,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.edgecolor": "#888888",
    "text.color": TEKST_KLEUR,
    "svg.fonttype": "none",
    "svg.hashsalt": "proeftuin",
    # Names are drawn as typed: "$" is no mathematics ("Fonds $5 en $10"), "\" no command.
    "text.parse_math": False,
    "text.usetex": False,
    "axes.formatter.use_locale": False,
}


def _lijn(attrs: dict) -> int | None:
    """The actor's lijn, or ``None`` when it is not known (drawn grey)."""
    value = attrs.get("lijn")
    return None if value is None or pd.isna(value) else int(value)


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
    fig.subplots_adjust(
        left=left / width, right=1 - right / width, top=1 - top / height, bottom=bottom / height, **space
    )


def to_svg(fig: Figure) -> str:
    """Render ``fig`` as SVG text, reproducibly (no date, fixed ids)."""
    buffer = io.StringIO()
    with matplotlib.rc_context(STYLE):  # type: ignore[arg-type]  # matplotlib types rcParams keys as literals
        fig.savefig(buffer, format="svg", metadata={"Date": None, "Creator": None})
    text = buffer.getvalue()
    # Drop the XML prolog and DOCTYPE: the SVG stands alone in a data: URI either way.
    start = text.find("<svg")
    return text[start:] if start >= 0 else text


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
    spanningen: Sequence[tuple[str, str]] = (),
    parallel: Sequence[tuple[str, str]] = (),
    dubbel: Sequence[tuple[str, str]] = (),
    intensiteit: dict[tuple[str, str], int] | None = None,
    nieuw: AbstractSet[str] = frozenset(),
    grenzen: tuple[float, float, float, float] | None = None,
    titel: str = "",
) -> Figuur:
    """The network map: actors coloured by lijn, shaped by herkomst, platform highlighted.

    Parameters
    ----------
    graph : networkx.Graph
        The month's network (:func:`kit.analysis.snapshot.network`).
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
        Agreed ``samenwerking`` intensity per sorted pair
        (:func:`kit.analysis.measures.infrastructure.agreed_intensities`): thicker lines.
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

    dots = {n: math.sqrt(PLATFORM_SIZE if n == platform else NODE_SIZE) / 2 for n in nodes}

    def lines(pairs, **style):
        """All ``pairs`` with both ends on the map as one collection: one SVG path each, one style; each line
        around the dots in its way (:func:`route`)."""
        segments = route([(a, b) for a, b in pairs if a in pos and b in pos], pos, dots, ax)
        if segments:
            ax.add_collection(LineCollection(segments, **style), autolim=False)

    widths = []
    for a, b in graph.edges:
        level = intensiteit.get((a, b) if a < b else (b, a))
        widths.append(0.8 + 0.55 * level if level else 0.8)
    lines(graph.edges, colors="#8d99a6", linewidths=widths, zorder=1, capstyle="round")
    lines(dubbel, colors=PARALLEL_KLEUR, linewidths=1.2, linestyles=[(0, (1, 2))], zorder=2)
    lines(parallel, colors=PARALLEL_KLEUR, linewidths=3.0, linestyles=[(0, (1, 1.6))], zorder=2, capstyle="round")
    lines(spanningen, colors=SPANNING_KLEUR, linewidths=2.0, linestyles=[(0, (5, 3))], zorder=2)

    # One scatter per marker shape and layer (matplotlib draws one marker shape per call).
    in_parallel = {n for pair in parallel for n in pair}
    layers: dict[tuple[str, str], list] = {}
    labels = {}
    for node in nodes:
        attrs = graph.nodes[node]
        shape = HERKOMST_VORM.get(attrs.get("herkomst"), "o")
        size = PLATFORM_SIZE if node == platform else NODE_SIZE
        if node == platform:
            layers.setdefault(("ring", shape), []).append((node, PLATFORM_RING, PLATFORM_KLEUR))
        if node in in_parallel:
            layers.setdefault(("parallel", shape), []).append((node, size * 1.9, PARALLEL_KLEUR))
        colour = LIJN_KLEUR.get(_lijn(attrs), GRIJS)
        layers.setdefault(("actor", shape), []).append((node, size, colour))
        labels[node] = kort(xml_text(names.get(node, node)))
    labels = {n: label + (" (nieuw)" if n in nieuw else "") for n, label in onderscheiden(labels).items()}
    style: dict[str, dict[str, Any]] = {
        "ring": {"linewidths": 0, "zorder": 3},
        "parallel": {"linewidths": 2.2, "zorder": 3.5},
        "actor": {"edgecolors": "white", "linewidths": 1.0, "zorder": 4},
    }
    for (layer, shape), members in layers.items():
        xy = np.array([pos[node] for node, _, _ in members])
        sizes = [size for _, size, _ in members]
        colours = [colour for _, _, colour in members]
        if layer == "parallel":
            ax.scatter(xy[:, 0], xy[:, 1], s=sizes, marker=shape, facecolors="none", edgecolors=colours, **style[layer])
        else:
            ax.scatter(xy[:, 0], xy[:, 1], s=sizes, marker=shape, c=colours, **style[layer])
    order = sorted(nodes, key=lambda n: (n != platform, -graph.degree(n), str(n)))
    for node, (offset, ha, va) in zip(
        order, _label_spots(ax, [(pos[n], labels[n], n == platform) for n in order]), strict=True
    ):
        ax.annotate(
            labels[node],
            pos[node],
            xytext=offset,
            textcoords="offset points",
            ha=ha,
            va=va,
            fontsize=7 if node != platform else 8,
            fontweight="bold" if node == platform else "normal",
            color=TEKST_KLEUR,
            zorder=5,
            bbox=LABEL_VLAK,
        )
    if titel:
        ax.set_title(titel, loc="left")

    handles = [
        Line2D([], [], marker="o", linestyle="", color=LIJN_KLEUR.get(k, GRIJS), markersize=7, label=LIJN_TEKST[k])
        for k in (0, 1, 2, None)
        if k is not None or any(_lijn(graph.nodes[n]) is None for n in nodes)
    ]
    handles += [
        Line2D(
            [],
            [],
            marker=HERKOMST_VORM[k],
            linestyle="",
            markerfacecolor="white",
            markeredgecolor="#333333",
            markersize=7,
            label=HERKOMST_TEKST[k],
        )
        for k in ("onderop", "bovenaf", "gemengd", "onbekend")
        if k != "onbekend" or any(graph.nodes[n].get("herkomst") == "onbekend" for n in nodes)
    ]
    handles += [
        Line2D([], [], marker="o", linestyle="", color=PLATFORM_KLEUR, markersize=11, label="het buurtplatform"),
        Line2D([], [], color="#8d99a6", linewidth=2.2, label="samenwerking of contact (dikker = intensiever)"),
        Line2D([], [], color=SPANNING_KLEUR, linewidth=2.0, linestyle=(0, (5, 3)), label="spanning"),
        Line2D([], [], color=PARALLEL_KLEUR, linewidth=3.0, linestyle=(0, (1, 1.6)), label="parallelle infrastructuur"),
    ]
    if dubbel:
        handles.append(
            Line2D([], [], color=PARALLEL_KLEUR, linewidth=1.2, linestyle=(0, (1, 2)), label="dubbele functie")
        )
    fig.legend(
        handles=handles, loc="lower center", ncol=2, fontsize=7, frameon=False, handletextpad=0.5, columnspacing=1.5
    )
    svg = to_svg(fig)
    n_edges = graph.number_of_edges()
    alt = (
        f"Netwerkkaart met {len(nodes)} actoren en {n_edges} verbindingen. "
        + (
            f"Het buurtplatform ({names.get(str(platform), platform)}) is geel omrand. "
            if platform in graph
            else "Het buurtplatform staat deze maand niet op de kaart. "
        )
        + f"{_tel(len(spanningen), 'spanning', 'spanningen')} (rode stippellijn), "
        + f"{_tel(len(parallel), 'parallelle infrastructuur', 'parallelle infrastructuren')} (oranje)."
    )
    if nodes:
        alt += " Actoren: " + "; ".join(f"{names.get(n, n)} ({LIJN_TEKST[_lijn(graph.nodes[n])]})" for n in nodes) + "."
    return Figuur(svg, alt, "")


def onderscheiden(labels: dict[str, str]) -> dict[str, str]:
    """Labels that are the same text (two names cut to the same :func:`kort` label) told apart by a number, in the
    order of their actors' ids: stable from month to month.

    >>> onderscheiden({"b": "Stichting Buurt", "a": "Stichting Buurt", "c": "Platform"})
    {'b': 'Stichting Buurt (2)', 'a': 'Stichting Buurt (1)', 'c': 'Platform'}
    """
    same: dict[str, list[str]] = {}
    for node, label in labels.items():
        same.setdefault(label, []).append(node)
    numbered: dict[str, str] = {}
    for label, group in same.items():
        if len(group) > 1:
            numbered |= {node: f"{label} ({i})" for i, node in enumerate(sorted(group, key=str), start=1)}
    return {node: numbered.get(node, label) for node, label in labels.items()}


#: Room (pt) a line keeps from a dot it passes, beyond the dot's radius.
CLEARANCE = 2.0
#: How far a curve bends, in parts of its length, tried in this order: the gentlest that clears every dot.
BENDS = (0.12, 0.22, 0.32, 0.45)
#: Points along a curve.
CURVE_POINTS = 17


def route(pairs: Sequence[tuple[str, str]], pos: dict, dots: dict[str, float], ax) -> list[np.ndarray]:
    """Each line of ``pairs`` as points in data coordinates: straight, or a gentle curve around the dots in its way.

    ``dots`` gives each actor's radius in points; a line passes a third
    actor's dot when it comes closer than its radius and :data:`CLEARANCE`
    (measured on the page, after the axes' limits are set).  Such a line
    becomes the gentlest quadratic curve of :data:`BENDS` that clears every
    dot, bent away from the first dot in its way (:func:`clear_path`).
    """
    to_points = 72 / ax.figure.dpi
    centres = {n: ax.transData.transform(pos[n]) * to_points for n in dots}
    back = ax.transData.inverted()
    found = []
    for a, b in pairs:
        others = [(centres[n], r) for n, r in dots.items() if n not in (a, b)]
        path = clear_path(centres[a], centres[b], others)
        found.append(back.transform(path / to_points))
    return found


def clear_path(p: np.ndarray, q: np.ndarray, dots: Sequence[tuple[np.ndarray, float]]) -> np.ndarray:
    """The line from ``p`` to ``q`` (points on the page) that passes no dot of ``dots`` (centre, radius).

    Straight where it can be; else a quadratic curve bent away from the
    first dot in the way, the gentlest of :data:`BENDS` that clears every
    dot, or, when none does, the one that comes least close.

    >>> p, q = np.array([0.0, 0.0]), np.array([100.0, 0.0])
    >>> len(clear_path(p, q, [(np.array([50.0, 30.0]), 6.0)]))  # nothing in the way: straight
    2
    >>> curve = clear_path(p, q, [(np.array([50.0, 1.0]), 6.0)])
    >>> len(curve), bool(curve[len(curve) // 2][1] < -8)  # bent away, below the dot
    (17, True)
    """
    straight = np.array([p, q], dtype=float)
    centres = np.array([c for c, _ in dots], dtype=float).reshape(len(dots), 2)
    room = np.array([r + CLEARANCE for _, r in dots], dtype=float)
    blocking = np.flatnonzero(_distances(straight, centres) < room)
    if not len(blocking):
        return straight
    along = q - p
    length = float(np.hypot(*along))
    if length == 0:
        return straight
    normal = np.array([-along[1], along[0]]) / length
    first = centres[blocking[0]]
    side = -1.0 if float(np.dot(first - p, normal)) > 0 else 1.0
    t = np.linspace(0.0, 1.0, CURVE_POINTS)[:, None]
    best, least = straight, math.inf
    for bend in BENDS:
        control = (p + q) / 2 + side * bend * length * normal
        curve = (1 - t) ** 2 * p + 2 * (1 - t) * t * control + t**2 * q
        short = sum(max(0.0, float(gap)) for gap in room - _distances(curve, centres))
        if short == 0:
            return curve
        if short < least:
            best, least = curve, short
    return best


def _distances(path: np.ndarray, points: np.ndarray) -> np.ndarray:
    """The shortest distance from each of ``points`` (rows) to the polyline ``path``, all at once."""
    start, end = path[:-1], path[1:]
    step = end - start
    squared = np.maximum((step**2).sum(axis=1), 1e-12)
    offset = points[:, None, :] - start  # point × segment × (x, y)
    t = np.clip((offset * step).sum(axis=2) / squared, 0.0, 1.0)
    nearest = start + t[:, :, None] * step
    return np.sqrt(((points[:, None, :] - nearest) ** 2).sum(axis=2)).min(axis=1, initial=np.inf)


#: Marker areas on the map (pt²): an actor, the platform, and the platform's yellow ring.
NODE_SIZE, PLATFORM_SIZE = 170, 420
PLATFORM_RING = PLATFORM_SIZE * 2.6

#: Where a label may go, tried in this order: below, above, right, left of its node
#: (offset in points, horizontal and vertical alignment).
_SPOTS = (
    ((0, -11), "center", "top"),
    ((0, 11), "center", "bottom"),
    ((9, 0), "left", "center"),
    ((-9, 0), "right", "center"),
)


def _label_spots(ax, items: list[tuple[tuple[float, float], str, bool]]) -> list[tuple]:
    """Choose a spot for each label so that labels cover no other label or node where they can avoid it.

    ``items`` are ``(position, text, is_platform)`` in order of importance;
    each label takes the first spot of :data:`_SPOTS` that overlaps nothing
    placed before and stays inside the axes, or else the spot that overlaps
    least (a part outside the axes, where it would be cut off, counts as
    overlap).  Greedy and
    deterministic: the same map gets the same labels.  Sizes are estimated
    from the font size (DejaVu Sans averages about 0.66 em per character,
    bold 0.72), generously, since overlap is worse than distance.
    """
    to_points = 72 / ax.figure.dpi
    frame = tuple(ax.bbox.extents * to_points)
    centres = [ax.transData.transform(p) * to_points for p, _, _ in items]
    # the nodes themselves: a marker of area s pt² is about sqrt(s) wide (the platform with its ring)
    halves = [math.sqrt(PLATFORM_RING if platform else NODE_SIZE) / 2 for _, _, platform in items]
    taken = [(x - h, y - h, x + h, y + h) for (x, y), h in zip(centres, halves, strict=True)]
    chosen = []
    for (x, y), (_, text, platform) in zip(centres, items, strict=True):
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
            cover = sum(_overlap(box, other) for other in taken) + width * height - _overlap(box, frame)
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
