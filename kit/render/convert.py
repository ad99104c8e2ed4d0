"""Turn an executed report notebook into HTML (nbconvert) and PDF (WeasyPrint).

The HTML is for readers, not programmers: the kit template
(``templates/proeftuin``) shows no code, no prompts and no stderr output, and
a :class:`~nbconvert.preprocessors.TagRemovePreprocessor` drops the parameter
cells and every cell tagged ``remove``.  The PDF is printed from that same
HTML by WeasyPrint with the template's print CSS (A4, running header, page
numbers), so no browser or TeX is needed.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

import weasyprint
from nbconvert import HTMLExporter
from nbconvert.preprocessors import TagRemovePreprocessor
from nbformat import NotebookNode
from weasyprint.text.fonts import FontConfiguration

#: The nbconvert templates, shipped inside the package.
TEMPLATES = Path(os.fspath(resources.files(__package__) / "templates"))
TEMPLATE_NAME = "proeftuin"
#: Cells with one of these tags never reach the reader.
REMOVED_TAGS = frozenset({"injected-parameters", "parameters", "remove"})
AUTHOR = "Proeftuin kit"


@dataclass(frozen=True)
class Page:
    """What the template puts around the notebook's own content.

    Attributes
    ----------
    titel
        The document title (HTML ``<title>``, PDF title metadata).
    kop
        The running header on every printed page, e.g. ``Lindenhof · april 2024``.
    fictief
        The data are fictitious demonstration data; header and banner say so.
    links
        ``(href, text)`` of the links above the report on screen (to the
        index, to the previous month), relative to the report's folder.
    """

    titel: str
    kop: str
    fictief: bool
    links: tuple[tuple[str, str], ...] = ()

    def resources(self) -> dict:
        """Return the values the template reads from ``resources.proeftuin``.

        The header text goes into a CSS string in the template; JSON string
        quoting is also valid CSS string quoting for this text.
        """
        kop = self.kop + (" · Fictieve demonstratiegegevens" if self.fictief else "")
        return {
            "titel": self.titel,
            "kop": kop,
            "kop_css": json.dumps(kop, ensure_ascii=False),
            "fictief": self.fictief,
            "auteur": AUTHOR,
            "links": [{"href": href, "tekst": tekst} for href, tekst in self.links],
        }


@cache
def _exporter() -> HTMLExporter:
    """Return the configured HTML exporter (built once per process; it is slow to build)."""
    exporter = HTMLExporter(
        template_name=TEMPLATE_NAME,
        extra_template_basedirs=[str(TEMPLATES)],
        exclude_input=True,
        exclude_input_prompt=True,
        exclude_output_prompt=True,
    )
    exporter.register_preprocessor(
        TagRemovePreprocessor(remove_cell_tags=set(REMOVED_TAGS), enabled=True), enabled=True
    )
    return exporter


@cache
def _fonts() -> FontConfiguration:
    """Return WeasyPrint's font configuration, shared by all PDFs of a process."""
    return FontConfiguration()


def to_html(nb: NotebookNode, page: Page) -> str:
    """Return the reader's HTML of the executed notebook ``nb``."""
    html, _ = _exporter().from_notebook_node(nb, resources={"proeftuin": page.resources()})
    return html


#: Tagged PDF for readers with assistive technology, as Dutch public bodies must publish.
PDF_VARIANT = "pdf/ua-1"


def to_pdf(html: str, base_url: Path) -> bytes:
    """Print ``html`` to PDF; relative links resolve against ``base_url``.

    The PDF carries title, author and language from the HTML head.  It is
    tagged PDF/UA-1 (:data:`PDF_VARIANT`): a structure tree of headings,
    paragraphs, lists and tables in reading order, every chart a ``/Figure``
    with its ``alt`` text (an inline SVG: its ``<title>``), and the title shown
    as the window title.  It has no creation date (WeasyPrint only writes one
    when the HTML asks for it); with ``SOURCE_DATE_EPOCH`` set
    (:mod:`.reproducible`) the same HTML gives the same PDF bytes.
    """
    fonts = _fonts()
    document = weasyprint.HTML(string=html, base_url=str(base_url))
    return document.write_pdf(font_config=fonts, pdf_variant=PDF_VARIANT)
