"""HTML building blocks of the reports: escaping, tables, the report's own styles."""

from __future__ import annotations

import html
import re
from collections.abc import Set as AbstractSet

#: Styles of the report's own blocks, added to the kit's stylesheet by the title section.
STIJL = """<style>
.ondertitel { font-size: 13pt; color: #003a70; margin: -0.5em 0 0.8em; }
.fictief-melding { background: #fff3e0; border-left: 4px solid #ef8a00; padding: 0.4em 0.8em; }
table.samenvatting th, table.samenvatting td { font-size: 8.4pt; padding: 0.1em 0.4em; line-height: 1.2; }
table.samenvatting td:first-child { width: 8.5em; }
table.samenvatting td.getal, table.samenvatting th { white-space: nowrap; hyphens: manual; }
table.positie td, table.positie th, table.maatlat td, table.maatlat th { font-size: 8.5pt; padding: 0.15em 0.45em; }
table.overzicht { width: 100%; }
@media screen {
  /* a column per buurt: on a wide screen the overview's tables use the room right of the text column,
     up to 1.5rem from the window's edge; on a narrow one they scroll inside their box */
  div.tabel:has(> table.overzicht) { margin-right: calc(50% - 50vw + 1.5rem); }
  table.overzicht { width: auto; }
}
table.overzicht th, table.overzicht td { font-size: 7.2pt; padding: 0.12em 0.25em; }
table.overzicht td:first-child { width: 11em; }
td:first-child { hyphens: manual; }
svg.sparkline { display: inline-block; vertical-align: middle; max-width: none; }
table.trends td { font-size: 8pt; padding: 0.1em 0.3em; vertical-align: middle; white-space: nowrap; }
table.trends td:first-child { white-space: normal; }
table.trends th { font-size: 7.6pt; }
table.trends .waarde { font-size: 7.6pt; color: #333; }
figure.grafiek img { width: 100%; }
table.instellingen td, table.instellingen th { font-size: 8.4pt; padding: 0.15em 0.4em; }
table.instellingen th { hyphens: manual; }
code.sha { font-size: 7pt; }
ul.waarschuwingen code { font-size: 7.5pt; white-space: normal; }
ul.begrippen li { font-size: 9pt; }
ul.kernpunten { margin-top: 0; }
.breek { overflow-wrap: anywhere; hyphens: manual; white-space: normal; }
.let-op { background: #fff3e0; border-left: 4px solid #ef8a00; padding: 0.4em 0.8em; }
table.resultaten, table.verzoeken, table.middelen, table.zone { width: 100%; }
table.resultaten td, table.resultaten th, table.verzoeken td, table.verzoeken th, table.middelen td,
table.middelen th, table.zone td, table.zone th { font-size: 8.5pt; padding: 0.15em 0.45em; }
table.resultaten td.getal, table.verzoeken td.getal, table.zone td.getal, table.resultaten td:first-child
{ white-space: nowrap; }
table.resultaten th, table.verzoeken th, table.middelen th, table.zone th, table.maatlat th { hyphens: manual; }
table.verbindingskaart { break-inside: avoid; page-break-inside: avoid; }
table.resultaten small, table.verzoeken small, table.middelen small { color: #555; }
small.afspraak { color: #8a4b00; font-weight: bold; }
.heel { white-space: nowrap; }
table.verbindingskaart td, table.verbindingskaart th { font-size: 8.5pt; padding: 0.15em 0.45em; }
table.verbindingskaart td.getal { padding: 0.1em 0.2em; width: 7.5em; }
table.verbindingskaart td.getal span { display: block; text-align: center; padding: 0.15em 0; border-radius: 2px; }
.vk0 { background: #fff3e0; color: #8a4b00; }
.vk1 { background: #dbe9f6; }
.vk2 { background: #9ecae1; }
.vk3 { background: #4a98c9; color: #ffffff; }
.vk4 { background: #1764ab; color: #ffffff; }
</style>"""


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

    def __add__(self, other) -> Html:
        return Html(self.markup + str(other.html() if hasattr(other, "html") else other))


#: A word this long is no Dutch word but a web address or a key held down: it may break anywhere.
LANG_WOORD = 30
_LANG_WOORD = re.compile(rf"\S{{{LANG_WOORD + 1},}}")


def e(text) -> str:
    """Escape text for HTML text content; a word longer than :data:`LANG_WOORD` may break anywhere.

    Such a word is wrapped in ``<span class="breek">``, whose style
    (:data:`STIJL`) lets it break between any two characters, also when a
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


def tabel(kop: list[str], rijen: list[list[str]], *, getallen: AbstractSet[int] = frozenset(), klasse: str = "") -> str:
    """An HTML table in its own box; cells are given as HTML already (escape text with :func:`e`).

    ``getallen`` are the indices of right-aligned numeric columns.  On a
    narrow screen a table wider than the window scrolls inside its box
    (``div.tabel``, see the kit's ``rapport.css``) instead of the whole page.
    """

    def cel(tag, i, value):
        cls = ' class="getal"' if i in getallen else ""
        return f"<{tag}{cls}>{value}</{tag}>"

    head = "".join(cel("th", i, k) for i, k in enumerate(kop))
    body = "".join("<tr>" + "".join(cel("td", i, v) for i, v in enumerate(r)) + "</tr>" for r in rijen)
    cls = f' class="{klasse}"' if klasse else ""
    return f'<div class="tabel"><table{cls}><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table></div>'
