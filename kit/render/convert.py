"""Turn an executed report notebook into HTML (nbconvert) and PDF (WeasyPrint).

The HTML is for readers, not programmers: the kit template
(``templates/proeftuin``) shows no code, no prompts and no stderr output, and
a :class:`~nbconvert.preprocessors.TagRemovePreprocessor` drops the parameter
cells and every cell tagged ``remove``.  The PDF is printed from that same
HTML by WeasyPrint with the template's print CSS (A4, running header, page
numbers), so no browser or TeX is needed.  A PDF prints one part of the
report: the main part, or the appendix (the monthly report's
``maandrapport.bijlage.pdf``); the HTML holds them all, so that one execution
gives every file.  A part is what a section declares
(:data:`kit.report.sectie.DELEN`) and writes as the class ``deel-<part>`` of its
``<section>``: the factory reads only that class, and does not import the
reports.

Values from the data are escaped by the report modules for the context they
land in; two defences hold even if one is ever missed.  Browsers get a
content security policy (:data:`.page.CONTENT_SECURITY_POLICY`) without scripts
or remote loads, and WeasyPrint fetches only through :class:`KitOnlyFetcher`,
which opens ``data:`` URIs and the kit's own template files and refuses
everything else.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from urllib.parse import urlsplit
from urllib.request import url2pathname

import weasyprint
from nbconvert import HTMLExporter
from nbconvert.preprocessors import TagRemovePreprocessor
from nbformat import NotebookNode
from nbformat.v4 import new_markdown_cell, new_notebook
from weasyprint.text.fonts import FontConfiguration
from weasyprint.urls import FatalURLFetchingError, URLFetcher

from .page import TEMPLATE_NAME, TEMPLATES, Page

#: Cells with one of these tags never reach the reader.
REMOVED_TAGS = frozenset({"injected-parameters", "parameters", "remove"})


class RefusedResource(Exception):
    """The HTML asked WeasyPrint for a resource outside the page: a value from the data was not escaped."""


class _Refused(FatalURLFetchingError):
    """Stops WeasyPrint at a refused URL (its other fetch errors only skip the resource)."""


class KitOnlyFetcher(URLFetcher):
    """WeasyPrint's URL fetcher for the reports: ``data:`` URIs and the kit's template files, nothing else.

    A report never needs anything else: its charts are ``data:`` URIs and
    its CSS is inside the page.  Every other URL (another ``file:``,
    ``http:``, ``https:``, ``ftp:``) is refused, and counted in
    :attr:`refused`: only a value from the data that escaped its escaping
    could ask for one, and such a report must not be handed out.  The
    refusal stops WeasyPrint, except inside an SVG, where WeasyPrint skips
    what failed; the count catches that case too.
    """

    def __init__(self):
        super().__init__(allow_redirects=False)
        self.refused = 0

    def fetch(self, url: str, headers=None):
        """Fetch ``url`` if it is allowed; else count it and raise :class:`_Refused`."""
        if allowed_url(url):
            return super().fetch(url, headers)
        self.refused += 1
        raise _Refused("refused a URL outside the report")


def allowed_url(url: str) -> bool:
    """Whether WeasyPrint may open ``url``: a ``data:`` URI or a file of the kit's templates.

    Examples
    --------
    >>> allowed_url("data:image/svg+xml;base64,PHN2Zy8+")
    True
    >>> allowed_url((TEMPLATES / TEMPLATE_NAME / "rapport.css").as_uri())
    True
    >>> allowed_url((TEMPLATES / ".." / ".." / "privacy.py").as_uri()), allowed_url("file:///etc/passwd")
    (False, False)
    >>> allowed_url("http://127.0.0.1/x.png"), allowed_url("rapport.css")
    (False, False)
    """
    parts = urlsplit(url)
    if parts.scheme.lower() == "data":
        return True
    if parts.scheme.lower() != "file" or parts.netloc not in ("", "localhost"):
        return False
    path = Path(url2pathname(parts.path)).resolve()
    return path.is_file() and path.is_relative_to(TEMPLATES.resolve())


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


#: A page that uses what every report uses: the template, both font faces, a table, Dutch hyphenation.
_WARM_UP = new_notebook(
    cells=[new_markdown_cell("**Samenwerkingsverbanden** | in\n---|---\nbuurtplatformbijeenkomsten | 1")]
)


@cache
def prepare() -> None:
    """Get the converters of this process ready: build the exporter, print a small page once.

    The first report a process converts otherwise pays about 0.25 s for it
    (nbconvert's templates, WeasyPrint's fonts and styles, the Dutch
    hyphenation dictionary).  A worker calls this while its kernel starts
    (:meth:`kit.render.execute.ReportKernel.start`), when a core is often
    idle anyway.
    """
    to_pdf(to_html(_WARM_UP, Page("", "", fictief=False)))


def to_html(nb: NotebookNode, page: Page) -> str:
    """Return the reader's HTML of the executed notebook ``nb``."""
    html, _ = _exporter().from_notebook_node(nb, resources={"proeftuin": page.resources()})
    return html


#: Tagged PDF for readers with assistive technology, as Dutch public bodies must publish.
PDF_VARIANT = "pdf/ua-1"


def leave_out_other_parts(root, deel: str) -> None:
    """Remove from the parsed page ``root`` every ``<section>`` of another part than ``deel``.

    A section's part is its class ``deel-<part>``; a section without such a
    class belongs to every part.  Removing them before layout, rather than
    hiding them with CSS, spares WeasyPrint the styling of pages nobody
    prints (the brief of a monthly report prints in about three quarters of
    the time) and gives the same PDF.

    A part printed on its own is a document of its own: when the page's one
    ``<h1>`` went with another part, the part's first ``<h2>`` becomes its
    ``<h1>``, so that the PDF's structure tree opens with the document's
    heading and the other headings sit one level below it.
    """
    parents = {child: parent for parent in root.iter() for child in parent}
    for section in list(root.iter("section")):
        classes = section.get("class", "").split()
        if any(c.startswith("deel-") for c in classes) and f"deel-{deel}" not in classes:
            parents[section].remove(section)
    if next(root.iter("h1"), None) is None:
        first = next(root.iter("h2"), None)
        if first is not None:
            first.tag = "h1"


def to_pdf(html: str, deel: str | None = None) -> bytes:
    """Print ``html`` (or only its part ``deel``) to PDF, fetching nothing but ``data:`` URIs and the kit's templates.

    With ``deel`` the sections of the other parts (``<section class="… deel-<part>">``,
    :mod:`kit.report.sectie`) are not printed; without, the whole report is.

    The page has no base URL: a relative link stays relative (the PDF can be
    moved with its folder) and a relative resource, with nothing to resolve
    against, is not loaded.  The PDF carries title, author and language from
    the HTML head.  It is tagged PDF/UA-1 (:data:`PDF_VARIANT`): a structure
    tree of headings, paragraphs, lists and tables in reading order, every
    chart a ``/Figure`` with its ``alt`` text (an inline SVG: its ``<title>``),
    and the title shown as the window title.  It has no creation date
    (WeasyPrint only writes one when the HTML asks for it); with
    ``SOURCE_DATE_EPOCH`` set (:mod:`.reproducible`) the same HTML gives the
    same PDF bytes.

    Raises
    ------
    RefusedResource
        The HTML asked for a file or URL outside the report.
    """
    fetcher = KitOnlyFetcher()
    try:
        page = weasyprint.HTML(string=html, url_fetcher=fetcher)
        if deel is not None:
            leave_out_other_parts(page.etree_element, deel)
        pdf = page.write_pdf(font_config=_fonts(), pdf_variant=PDF_VARIANT)
    except _Refused:
        pdf = None
    if fetcher.refused:
        raise RefusedResource("the report asked for a file or URL outside itself")
    return pdf
