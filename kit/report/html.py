"""HTML building blocks of the reports: escaping, tables, lists, and a section's parts put together.

Every value from the data is escaped with :func:`e`; the blocks take HTML
already escaped.  Their look is the kit's one stylesheet
(``kit/render/templates/proeftuin/rapport.css``): no block writes a style.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable
from collections.abc import Set as AbstractSet
from typing import Protocol


class Toonbaar(Protocol):
    """What a notebook shows as HTML: :class:`Html`, or a chart (:class:`kit.report.charts.Figuur`)."""

    def _repr_html_(self) -> str: ...


class Html:
    """A piece of the report as HTML; a notebook shows it as HTML, ``str()`` gives the markup."""

    def __init__(self, markup: str):
        self.markup = markup

    def _repr_html_(self) -> str:
        return self.markup

    def __str__(self) -> str:
        return self.markup

    def __repr__(self) -> str:
        return "<Html>"


#: A word this long is no Dutch word but a web address or a key held down: it may break anywhere.
LANG_WOORD = 30
_LANG_WOORD = re.compile(rf"\S{{{LANG_WOORD + 1},}}")


def e(text) -> str:
    """Escape text for HTML text content; a word longer than :data:`LANG_WOORD` may break anywhere.

    Such a word is wrapped in ``<span class="breek">``, whose style
    (``rapport.css``) lets it break between any two characters, also when a
    table is made as narrow as it can be; every other word keeps the page's
    hyphenation and the tables their widths.

    >>> e('<b> & "x"')
    '&lt;b&gt; &amp; &quot;x&quot;'
    >>> e("zie https://buurt.example/agenda/2024/bewonersavond")
    'zie <span class="breek">https://buurt.example/agenda/2024/bewonersavond</span>'
    """
    text = "" if text is None else str(text)
    parts, start = [], 0
    for word in _LANG_WOORD.finditer(text):
        parts += [html.escape(text[start : word.start()]), f'<span class="breek">{html.escape(word[0])}</span>']
        start = word.end()
    parts.append(html.escape(text[start:]))
    return "".join(parts)


def tabel(
    kop: list[str],
    rijen: list[list[str]],
    *,
    getallen: AbstractSet[int] = frozenset(),
    klasse: str = "",
    naam: str = "",
) -> str:
    """An HTML table in its own box; cells are given as HTML already (escape text with :func:`e`).

    ``getallen`` are the indices of right-aligned numeric columns.  On a
    narrow screen a table wider than the window scrolls inside its box
    (``div.tabel``, see the kit's ``rapport.css``) instead of the whole page.
    A box that scrolls must be reachable by keyboard and say what it holds
    (WCAG 2.1.1 and 4.1.2): it is a named region in the tab order.  Its name
    is ``naam`` (text), or else the heading above it, which :func:`benoem`
    fills in once the section is put together.
    """

    def cel(tag, i, value):
        cls = ' class="getal"' if i in getallen else ""
        return f"<{tag}{cls}>{value}</{tag}>"

    head = "".join(cel("th", i, k) for i, k in enumerate(kop))
    body = "".join("<tr>" + "".join(cel("td", i, v) for i, v in enumerate(r)) + "</tr>" for r in rijen)
    cls = f' class="{klasse}"' if klasse else ""
    label = f' aria-label="{html.escape(naam, quote=True)}"' if naam else ""
    return f"{_REGIO[:-1]}{label}><table{cls}><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table></div>"


#: The opening tag of a table's box, as :func:`tabel` writes it before it has a name.
_REGIO = '<div class="tabel" role="region" tabindex="0">'
_KOP_OF_REGIO = re.compile(r"<h[1-6]\b[^>]*>(.*?)</h[1-6]>|" + re.escape(_REGIO) + r"(.*?</thead>)", re.S)
_TAG = re.compile(r"<[^>]*>")


def _tekst(markup: str) -> str:
    """The text of a piece of HTML: tags dropped, entities read, spaces collapsed."""
    return " ".join(html.unescape(_TAG.sub(" ", markup)).split())


def benoem(markup: str) -> str:
    """Name every table box of ``markup`` that :func:`tabel` left unnamed after the heading above it.

    A box without a heading before it in ``markup`` is named after its
    columns ("Tabel: Buurt, Gedaan, …").  Sections are put together by
    :meth:`kit.report.sectie.Secties.toon`, which calls this on the whole
    section, so a table is named after the heading the reader sees above it.

    >>> benoem("<h3>Open verzoeken</h3>" + tabel(["Aan", "Sinds"], [["a", "b"]]))[:97]
    '<h3>Open verzoeken</h3><div class="tabel" role="region" tabindex="0" aria-label="Open verzoeken">'
    >>> benoem(tabel(["Aan", "Sinds"], []))[:91]
    '<div class="tabel" role="region" tabindex="0" aria-label="Tabel: Aan, Sinds"><table><thead>'
    """
    heading = ""

    def name(match: re.Match) -> str:
        nonlocal heading
        if match[1] is not None:
            heading = _tekst(match[1])
            return match[0]
        label = heading or "Tabel: " + ", ".join(_tekst(th) for th in re.findall(r"<th\b[^>]*>(.*?)</th>", match[2]))
        return f'{_REGIO[:-1]} aria-label="{html.escape(label, quote=True)}">{match[2]}'

    return _KOP_OF_REGIO.sub(name, markup)


def kop_tabel(kop: str, kolommen: list[str], rijen: list[list[str]], *, uitleg: str = "", **opties) -> str:
    """A table under its own heading (``h3``), with ``uitleg`` (HTML) between them; ``''`` without rows.

    The sections list their rows this way (what waits, what was done, what
    ends); a section says in its own words when a list has nothing.
    ``opties`` are :func:`tabel`'s.
    """
    if not rijen:
        return ""
    return f"<h3>{e(kop)}</h3>{uitleg}" + tabel(kolommen, rijen, naam=kop, **opties)


def lijst(items: Iterable[str], klasse: str = "") -> str:
    """An HTML list of ``items`` (HTML already); ``''`` without items."""
    items = list(items)
    if not items:
        return ""
    cls = f' class="{klasse}"' if klasse else ""
    return f"<ul{cls}>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>"


def samen(*delen: Toonbaar | str) -> Html:
    """The parts of one section, in order, as one piece of HTML: a chart and the words that explain it."""
    return Html("".join(deel if isinstance(deel, str) else deel._repr_html_() for deel in delen))
