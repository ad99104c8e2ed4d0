"""Small helpers to write SVG by hand, for charts that WeasyPrint draws quickly.

WeasyPrint draws an SVG element by element, and text is by far the dearest
part: it lays out every character of a ``<text>`` on its own (about 0.07 ms
a character and 0.15 ms a ``<text>``).  Charts written with these helpers
therefore keep the number of elements low (one ``<path>`` for all shapes of
one style, dots as round line caps, attributes shared on a parent ``<g>``)
and use plain presentation attributes, never ``style="..."``.  Numbers are
rounded to two decimals and nothing depends on time or chance: the same
chart gives the same bytes.

All text is escaped with :func:`html.escape`.  Widths of text come from the
advance widths of DejaVu Sans, the charts' font, read from the copy that
matplotlib ships (:func:`text_width`); as WeasyPrint places each character
by its own advance, without kerning, they are exact there.
"""

from __future__ import annotations

import functools
import html
from collections.abc import Iterable, Sequence
from typing import Any

from matplotlib.font_manager import FontProperties, findfont, get_font
from matplotlib.ft2font import LoadFlags

__all__ = [
    "aligned_text",
    "attributes",
    "document",
    "dot_attributes",
    "dots",
    "element",
    "nice_ticks",
    "num",
    "points",
    "rectangles",
    "text",
    "text_row",
    "text_width",
]

#: Attribute names that are written as they are (SVG's camelCase), not with ``_`` turned into ``-``.
_AS_IS = {"viewBox", "preserveAspectRatio"}


def num(value: float) -> str:
    """A coordinate for SVG: rounded to two decimals, without trailing zeros or a minus zero.

    Parameters
    ----------
    value : float
        Any number.

    Returns
    -------
    str
        ``"12.35"``, ``"3"``, ``"-0.5"``.

    Examples
    --------
    >>> num(12.3456), num(3.0), num(-0.004), num(-0.5)
    ('12.35', '3', '0', '-0.5')
    """
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def attributes(**attrs) -> str:
    """Presentation attributes as SVG text, each preceded by a space.

    Parameters
    ----------
    **attrs
        Attribute values by name.  A ``_`` in a name becomes ``-``
        (``font_size`` → ``font-size``) and a trailing ``_`` is dropped
        (``class_`` → ``class``); ``viewBox`` stays as it is.  ``None``
        leaves the attribute out; numbers go through :func:`num`; text is
        escaped.

    Returns
    -------
    str
        For instance ``' font-size="7.5" fill="#1a1a1a"'``.

    Examples
    --------
    >>> attributes(font_size=7.5, fill="#1a1a1a", stroke=None, class_="a&b")
    ' font-size="7.5" fill="#1a1a1a" class="a&amp;b"'
    """
    parts = []
    for name, value in attrs.items():
        if value is None:
            continue
        if name not in _AS_IS:
            name = name.rstrip("_").replace("_", "-")
        if isinstance(value, bool):
            value = str(value).lower()
        elif isinstance(value, (int, float)):
            value = num(value)
        parts.append(f' {name}="{html.escape(str(value), quote=True)}"')
    return "".join(parts)


def element(tag: str, content: str | None = None, /, **attrs: Any) -> str:
    """One SVG element.

    Parameters
    ----------
    tag : str
        The element's name, e.g. ``"path"`` or ``"g"``.
    content : str, optional
        Markup inside the element, written as it is (escape text yourself
        or use :func:`text`).  Without content the element closes itself.
    **attrs
        Attributes, as for :func:`attributes`.

    Returns
    -------
    str
        The element as SVG text.

    Examples
    --------
    >>> element("path", d="M0 0H4", stroke="#000")
    '<path d="M0 0H4" stroke="#000"/>'
    >>> element("g", "<path/>", fill="none")
    '<g fill="none"><path/></g>'
    """
    if content is None:
        return f"<{tag}{attributes(**attrs)}/>"
    return f"<{tag}{attributes(**attrs)}>{content}</{tag}>"


def text(x: float, y: float, content: str, **attrs) -> str:
    """A ``<text>`` element at ``(x, y)`` (``y`` is the baseline), its content escaped.

    Parameters
    ----------
    x, y : float
        Position of the text's anchor point and baseline.
    content : str
        The text, escaped here.
    **attrs
        Further attributes, e.g. ``text_anchor="end"``.

    Returns
    -------
    str
        The element as SVG text.

    Examples
    --------
    >>> text(10, 20.456, "p & s", text_anchor="middle")
    '<text x="10" y="20.46" text-anchor="middle">p &amp; s</text>'
    """
    return element("text", html.escape(content, quote=False), x=x, y=y, **attrs)


def aligned_text(
    x: float, y: float, content: str, *, anchor: str = "start", size: float, bold: bool = False, **attrs
) -> str:
    """A ``<text>`` that starts, is centred or ends at ``x``, placed without ``text-anchor`` where possible.

    WeasyPrint draws a text with ``text-anchor="middle"`` or ``"end"`` in a
    group of its own, which costs about a tenth of a millisecond per text.
    WeasyPrint also lays out each character on its own (no kerning), so the
    width of a line is the sum of its characters' advance widths: where
    :func:`text_width` knows every character, the start is computed here;
    otherwise the text gets ``text-anchor`` as usual.

    Parameters
    ----------
    x, y : float
        The anchor point and the baseline.
    content : str
        The text, escaped here.
    anchor : {"start", "middle", "end"}
        Where ``x`` lies on the text, as for ``text-anchor``.
    size : float
        The font size the text is drawn at.
    bold : bool
        Whether it is drawn bold.
    **attrs
        Further attributes.

    Returns
    -------
    str
        The element as SVG text.

    Examples
    --------
    >>> aligned_text(100, 20, "31", anchor="end", size=6)
    '<text x="92.37" y="20">31</text>'
    >>> aligned_text(100, 20, "中", anchor="middle", size=6)   # a character DejaVu Sans lacks
    '<text x="100" y="20" text-anchor="middle">中</text>'
    """
    if anchor == "start":
        return text(x, y, content, **attrs)
    if not all(_advance(ch, bold) for ch in content):
        return text(x, y, content, text_anchor=anchor, **attrs)
    width = text_width(content, size, bold=bold)
    return text(x - (width / 2 if anchor == "middle" else width), y, content, **attrs)


def text_row(centres: Sequence[float], y: float, chars: str, *, size: float, bold: bool = False, **attrs) -> str:
    """Single characters centred on their own x, written as one ``<text>`` with one x per character.

    One element instead of one per character: WeasyPrint draws this about
    three times faster than separate centred elements.  Each character is
    centred by its advance width in DejaVu Sans (:func:`text_width`), so
    the text needs no ``text-anchor``.

    Parameters
    ----------
    centres : sequence of float
        The x of the middle of each character.
    y : float
        The baseline.
    chars : str
        As many characters as ``centres``.
    size : float
        Font size (user units), to centre the characters.
    bold : bool
        Whether the text is drawn bold (set ``font-weight`` yourself).
    **attrs
        Further attributes.

    Returns
    -------
    str
        The element as SVG text, or ``""`` without characters.

    Examples
    --------
    >>> text_row([10, 30], 5, "12", size=10)
    '<text x="6.82 26.82" y="5">12</text>'
    """
    if len(centres) != len(chars):
        raise ValueError("one centre per character")
    if not chars:
        return ""
    xs = " ".join(num(c - text_width(ch, size, bold=bold) / 2) for c, ch in zip(centres, chars, strict=True))
    return element("text", html.escape(chars, quote=False), x=xs, y=y, **attrs)


def document(width: float, height: float, content: str, **attrs) -> str:
    """A stand-alone ``<svg>`` of ``width`` × ``height`` points with a matching viewBox.

    One user unit is one point, as in a matplotlib SVG, so font sizes in
    user units are points when the chart is shown at its own size.

    Parameters
    ----------
    width, height : float
        Size in points.
    content : str
        The markup inside.
    **attrs
        Further attributes of the ``<svg>`` element (e.g. ``role="img"``).

    Returns
    -------
    str
        The SVG text, starting with ``<svg``.

    Examples
    --------
    >>> document(504, 100.8, "")
    '<svg xmlns="http://www.w3.org/2000/svg" width="504pt" height="100.8pt" viewBox="0 0 504 100.8"></svg>'
    """
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{num(width)}pt" height="{num(height)}pt" '
        f'viewBox="0 0 {num(width)} {num(height)}"{attributes(**attrs)}>{content}</svg>'
    )


def points(xy: Iterable[tuple[float, float]]) -> str:
    """Coordinates for ``<polyline points>`` or after ``M`` in a path: ``"x,y x,y ..."``.

    Parameters
    ----------
    xy : iterable of (x, y)
        The points.

    Returns
    -------
    str
        The points, rounded by :func:`num`.

    Examples
    --------
    >>> points([(0, 1.234), (2.5, 3)])
    '0,1.23 2.5,3'
    """
    return " ".join(f"{num(x)},{num(y)}" for x, y in xy)


def dots(centres: Iterable[tuple[float, float]]) -> str:
    """Path data for round dots: many dots of one size and colour as one ``<path>``.

    Each dot is a stroke 0.01 long with round caps, so the path must be
    drawn with ``fill="none"``, ``stroke-linecap="round"`` and a
    ``stroke-width`` of the dot's diameter (:func:`dot_attributes`).
    WeasyPrint draws such a dot about five times faster than a ``<circle>``
    or a circle of Bézier curves.  (Not 0 long: some renderers skip a
    stroke without length.)

    Parameters
    ----------
    centres : iterable of (x, y)
        The middle of each dot.

    Returns
    -------
    str
        Path data for ``<path d="...">``; empty without centres.

    Examples
    --------
    >>> dots([(10, 10), (12.345, 3)])
    'M10 10h.01M12.35 3h.01'
    """
    return "".join(f"M{num(x)} {num(y)}h.01" for x, y in centres)


def dot_attributes(diameter: float, colour: str) -> dict[str, Any]:
    """The attributes of a ``<path>`` of :func:`dots`: round dots of ``diameter`` in ``colour``.

    Examples
    --------
    >>> element("path", d=dots([(1, 2)]), **dot_attributes(4, "#003a70"))
    '<path d="M1 2h.01" fill="none" stroke="#003a70" stroke-width="4" stroke-linecap="round"/>'
    """
    return {"fill": "none", "stroke": colour, "stroke_width": diameter, "stroke_linecap": "round"}


def rectangles(boxes: Iterable[tuple[float, float, float, float]]) -> str:
    """Path data for rectangles ``(left, top, right, bottom)``: many cells as one ``<path>``.

    Corners are absolute, so neighbouring cells share their edges exactly.

    Parameters
    ----------
    boxes : iterable of (left, top, right, bottom)
        The rectangles.

    Returns
    -------
    str
        Path data for ``<path d="...">``.

    Examples
    --------
    >>> rectangles([(0, 0, 10.5, 5), (10.5, 0, 21, 5)])
    'M0 0H10.5V5H0zM10.5 0H21V5H10.5z'
    """
    return "".join(f"M{num(a)} {num(b)}H{num(c)}V{num(d)}H{num(a)}z" for a, b, c, d in boxes)


def text_width(content: str, size: float, *, bold: bool = False) -> float:
    """The width of ``content`` in DejaVu Sans at font size ``size`` (same unit as ``size``).

    Sums the characters' advance widths (no kerning); a character the font
    lacks counts as 0.65 em, a little wider than the average letter.

    Parameters
    ----------
    content : str
        One line of text.
    size : float
        Font size.
    bold : bool
        DejaVu Sans Bold instead of the regular face.

    Returns
    -------
    float
        The width.

    Examples
    --------
    >>> round(text_width("deze buurt", 7.5), 1)
    40.6
    """
    return sum(_advance(ch, bold) or 0.65 for ch in content) * size


@functools.cache
def _advance(char: str, bold: bool) -> float:
    """The advance width of ``char`` in DejaVu Sans (bold or not), in em; 0 if the font lacks it."""
    font = _font(bold)
    if not font.get_char_index(ord(char)):
        return 0.0
    return font.load_char(ord(char), flags=LoadFlags.NO_SCALE).horiAdvance / font.units_per_EM


@functools.cache
def _font(bold: bool):
    """matplotlib's own DejaVu Sans (or Bold), the same font the charts name."""
    return get_font(
        findfont(FontProperties(family="DejaVu Sans", weight="bold" if bold else "normal"), fallback_to_default=False)
    )


def nice_ticks(
    low: float, high: float, *, nbins: int = 4, integer: bool = False, margin: float = 0.05
) -> tuple[float, float, list[float]]:
    """An axis range around ``low``…``high`` and round tick values inside it, as matplotlib would choose.

    The range is the data's, widened by ``margin`` of its span on either
    side (matplotlib's default margins); the ticks are those of
    :class:`matplotlib.ticker.MaxNLocator` that fall inside the range.  No
    figure is made.  A single value gets the range ``value ± 1`` and one
    tick at the value.

    Parameters
    ----------
    low, high : float
        The smallest and largest data value.
    nbins : int
        At most this many intervals between ticks.
    integer : bool
        Whole-number ticks only.
    margin : float
        Padding as a fraction of the span.

    Returns
    -------
    (float, float, list of float)
        The bottom and top of the axis, and the ticks from low to high.

    Examples
    --------
    >>> nice_ticks(19, 23, integer=True)
    (18.8, 23.2, [20.0, 22.0])
    >>> nice_ticks(3, 3)
    (2, 4, [3])
    """
    from matplotlib.ticker import MaxNLocator

    if high == low:
        return low - 1, high + 1, [low]
    pad = (high - low) * margin
    bottom, top = low - pad, high + pad
    tolerance = (top - bottom) * 1e-9
    ticks = MaxNLocator(nbins=nbins, integer=integer).tick_values(bottom, top)
    return bottom, top, [float(t) for t in ticks if bottom - tolerance <= t <= top + tolerance]
