"""Every cell is hostile: markup, URLs and file references in the data stay text in every output.

A copy of the Lindenhof example gets hostile markup in every name and
free-text column (:data:`FREE_TEXT`): tags that would run a script, load an
image or stylesheet, attach a file to the PDF, close the context the value
lands in (``</style>``, ``</title>``, ``]]>``, ``">``), CSS ``url()`` and
``javascript:`` links.  The URLs point at an HTTP server this module starts
and at a secret file it writes.  April 2024 is rendered for real, HTML and
PDF, with the synthesis of March and April, and the outputs are read back:
the HTML with an HTML5 parser (the one WeasyPrint uses), the charts' SVG
with an XML parser, the PDFs with pypdf.
"""

from __future__ import annotations

import base64
import csv
import http.server
import io
import re
import shutil
import threading
from pathlib import Path
from typing import ClassVar
from xml.etree import ElementTree

import pytest
import tinyhtml5
from helpers import EXAMPLE as LINDENHOF
from PIL import Image
from pypdf import PdfReader
from pypdf.generic import StreamObject

from kit.render.batch import render, render_synthese
from kit.render.convert import RefusedResource, to_pdf
from kit.render.page import CONTENT_SECURITY_POLICY, TEMPLATE_NAME, TEMPLATES
from kit.report.words import inkorten, lange_woorden_inkorten

MAAND = "2024-04"
SECRET = "GEHEIM-7f3a91"

#: Every name and free-text column of the data contract, per file.
FREE_TEXT = {
    "buurten.csv": ("naam", "stadsdeel"),
    "actoren.csv": ("naam",),
    "activiteiten.csv": ("naam", "toelichting"),
    "acties.csv": ("omschrijving", "reden"),
    "intervisie.csv": ("thema", "lessen", "afspraken"),
    "maatlat.csv": ("toelichting",),
    "relaties.csv": ("bron", "toelichting"),
}
#: The values an April report shows (the others are not printed at all): (file, row id, column).
SHOWN = (
    ("buurten.csv", "lindenhof", "naam"),
    ("actoren.csv", "lh-plat", "naam"),
    ("actoren.csv", "lh-wb", "naam"),
    ("activiteiten.csv", "a3", "naam"),
    ("acties.csv", "x2", "omschrijving"),
    ("acties.csv", "x2", "reden"),
    ("intervisie.csv", "i2", "thema"),
    ("intervisie.csv", "i2", "lessen"),
    ("intervisie.csv", "i2", "afspraken"),
    ("maatlat.csv", "informeren", "toelichting"),
)
#: The columns that hold names: a report prints them as labels, shortened (kit.report.words.inkorten).
NAMES = {("buurten.csv", "naam"), ("actoren.csv", "naam"), ("activiteiten.csv", "naam")}


def printed(where: tuple[str, str, str], value: str) -> str:
    """``value`` as the report prints it: a name shortened, free text with overlong words cut."""
    return inkorten(value) if (where[0], where[2]) in NAMES else lange_woorden_inkorten(value)


#: Elements that must never come from data (the template itself has none of them).
FORBIDDEN = {
    "script",
    "link",
    "iframe",
    "frame",
    "object",
    "embed",
    "base",
    "form",
    "input",
    "button",
    "foreignObject",
    "image",
    "audio",
    "video",
    "source",
    "portal",
    "meta",
}


def hostile(tag: str, server: str, secret: Path) -> str:
    """A value that tries every way out of the context it is printed in; ``tag`` names where it came from."""
    return (
        f"{tag} </style></title></script>]]>--> <script>fetch('{server}/script')</script>"
        f'<img src="{server}/img/{tag}.png"><link rel="attachment" href="{secret.as_uri()}">'
        f'<link rel="stylesheet" href="{server}/css"><style>@import url({server}/import);</style>'
        f'"><svg onload="fetch(\'{server}/onload\')"><a href="javascript:alert(1)">klik</a>'
        f"'); background: url({server}/cssurl); x: (' <img src={server}/img/bare.png>"
        f"<link rel=attachment href={secret.as_uri()}>"
    )


def _row_id(row: dict) -> str:
    """The id of a row, for naming its values: ``id``, else (maatlat) the criterion."""
    return row.get("id") or row["criterium"]


def make_hostile(target: Path, server: str, secret: Path) -> dict[tuple[str, str, str], str]:
    """Write a hostile copy of Lindenhof to ``target``; return every hostile value by (file, row, column).

    An intervision session in April is added, so that its theme, lessons
    and agreements reach the April report.  The name of a person without
    consent is left as it is: reports print a pseudonym instead, and the
    privacy rule would redact its words wherever they occur.
    """
    shutil.copytree(LINDENHOF, target)
    values = {}
    for name, columns in FREE_TEXT.items():
        path = target / name
        with path.open(encoding="utf-8", newline="") as f:
            rows = list(csv.DictReader(f))
        if name == "intervisie.csv":
            rows.append({**rows[0], "id": "i2", "datum": "2024-04-12"})
        for row in rows:
            if name == "actoren.csv" and row["persoon"] == "ja" and row["naam_tonen"] != "ja":
                # never printed (a pseudonym is), and its words would be redacted elsewhere:
                # tests/privacy/test_privacy_scan.py
                continue
            for column in columns:
                ident = _row_id(row)
                row[column] = values[name, ident, column] = hostile(f"{name}:{ident}:{column}", server, secret)
        with path.open("w", encoding="utf-8", newline="") as f:
            writer = csv.DictWriter(f, fieldnames=list(rows[0]))
            writer.writeheader()
            writer.writerows(rows)
    return values


def _png(width: int, height: int) -> bytes:
    """A PNG of ``width`` × ``height`` pixels."""
    buffer = io.BytesIO()
    Image.new("RGB", (width, height), "red").save(buffer, format="PNG")
    return buffer.getvalue()


class _Recorder(http.server.BaseHTTPRequestHandler):
    """Answers every request with a 7 × 3 PNG and records its path."""

    PNG = _png(7, 3)
    requests: ClassVar[list[str]] = []  # shared: the server makes a handler per request

    def do_GET(self):  # the name http.server calls
        self.requests.append(self.path)
        self.send_response(200)
        self.send_header("Content-Type", "image/png" if self.path.endswith(".png") else "text/css")
        self.end_headers()
        self.wfile.write(self.PNG)

    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def server():
    """A local HTTP server the hostile values point at; yields (base URL, list of paths requested)."""
    _Recorder.requests = []
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Recorder)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}", _Recorder.requests
    httpd.shutdown()


@pytest.fixture(scope="module")
def rendered(tmp_path_factory, server):
    """April 2024 of the hostile copy, rendered: (summary, output folder, hostile values, requests)."""
    url, requests = server
    root = tmp_path_factory.mktemp("hostile")
    secret = root / "geheim.txt"
    secret.write_text(SECRET, encoding="utf-8")
    values = make_hostile(root / "lindenhof", url, secret)
    out = root / "reports"
    summary = render(root / "lindenhof", MAAND, out=out, jobs=1, progress=False)
    synthese = render_synthese(root / "lindenhof", "2024-03", MAAND, out=out, progress=False)
    assert synthese.ok, synthese.describe()
    return summary, out, values, requests


def outputs(out: Path, suffix: str) -> list[Path]:
    """Every file under ``out`` ending in ``suffix``."""
    return sorted(out.rglob(f"*{suffix}"))


@pytest.mark.slow
def test_hostile_dataset_renders(rendered):
    summary, out, _, _ = rendered
    assert summary.ok, summary.describe()
    assert len(outputs(out, ".pdf")) == 3 and len(outputs(out, ".html")) == 4  # report, overview, synthesis; index


def _local(tag) -> str:
    """An element's or attribute's name without its namespace; ``""`` for a comment."""
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _template_meta(attrs: dict) -> bool:
    """A ``<meta>`` as the template writes it: charset, a named value, or the content security policy."""
    return (
        set(attrs) == {"charset"}
        or set(attrs) == {"name", "content"}
        or (
            attrs.get("http-equiv", "").lower() == "content-security-policy" and set(attrs) == {"http-equiv", "content"}
        )
    )


def live_elements(document: str) -> list[str]:
    """What in the HTML ``document`` could run, load or attach something, as readable lines.

    Parsed as a browser (and WeasyPrint) parses it.  Only the template's own
    ``<meta>`` and ``<style>`` elements are allowed; images only from
    ``data:`` URIs; no event handler attributes; no link with a scheme.
    """
    found = []
    for element in tinyhtml5.parse(document).iter():
        name = _local(element.tag)
        attrs = {_local(k): v for k, v in element.attrib.items()}
        if name in FORBIDDEN and not (name == "meta" and _template_meta(attrs)):
            found.append(f"<{name} {attrs}>")
        if name == "style" and re.search(r"@import|url\(|127\.0\.0\.1|fetch", element.text or ""):
            found.append(f"<style> from data: {element.text[:80]!r}")
        for attr, value in attrs.items():
            if attr.startswith("on"):
                found.append(f"<{name} {attr}=...>")
            elif attr in ("src", "href", "srcset", "action", "data", "poster", "background"):
                if not (value.startswith("data:image/") if attr == "src" else not re.match(r"\s*[\w+.-]+:", value)):
                    found.append(f"<{name} {attr}={value[:80]!r}>")
            elif attr == "style" and "url(" in value:
                found.append(f"<{name} style={value[:80]!r}>")
    return found


@pytest.mark.slow
def test_no_live_element_from_data_in_any_html(rendered):
    _, out, _, _ = rendered
    for path in outputs(out, ".html"):
        found = live_elements(path.read_text(encoding="utf-8"))
        assert found == [], f"{path.name}: " + "\n".join(found)


@pytest.mark.slow
def test_every_html_page_forbids_scripts_and_remote_loads(rendered):
    _, out, _, _ = rendered
    for path in outputs(out, ".html"):
        head = tinyhtml5.parse(path.read_text(encoding="utf-8")).find("{http://www.w3.org/1999/xhtml}head")
        metas = [m for m in head if _local(m.tag) == "meta" and m.get("http-equiv") == "Content-Security-Policy"]
        assert [m.get("content") for m in metas] == [CONTENT_SECURITY_POLICY], path.name
        assert list(head).index(metas[0]) <= 1, "the policy must come before any style"
    assert "default-src 'none'" in CONTENT_SECURITY_POLICY and "script-src" not in CONTENT_SECURITY_POLICY


@pytest.mark.slow
def test_hostile_values_are_printed_as_text(rendered):
    """The values reach the report (so the test means something), and as the text they are."""
    _, out, values, _ = rendered
    report = tinyhtml5.parse((out / MAAND / "lindenhof" / "maandrapport.html").read_text(encoding="utf-8"))
    text = " ".join("".join(report.itertext()).split())
    for where in SHOWN:
        assert " ".join(printed(where, values[where]).split()) in text, where
    title = next(e for e in report.iter() if _local(e.tag) == "title")
    assert title.text == "Maandrapport " + inkorten(values["buurten.csv", "lindenhof", "naam"]) + ", april 2024"


@pytest.mark.slow
def test_hostile_values_are_printed_as_text_in_the_synthesis(rendered):
    """The lessons, the action that failed and the ending resource's explanation, as the text they are."""
    _, out, values, _ = rendered
    report = tinyhtml5.parse((out / "synthese-2024-03-2024-04" / "synthese.html").read_text(encoding="utf-8"))
    text = " ".join("".join(report.itertext()).split())
    for where in (
        *[w for w in SHOWN if w[0] in ("acties.csv", "intervisie.csv")],
        ("relaties.csv", "r6", "toelichting"),
    ):
        assert " ".join(printed(where, values[where]).split()) in text, where


def svg_images(document: str) -> list[ElementTree.Element]:
    """The SVG documents inside the ``data:`` URIs of ``document``, parsed as XML."""
    return [
        ElementTree.fromstring(base64.b64decode(data))
        for data in re.findall(r"data:image/svg\+xml;base64,([A-Za-z0-9+/=]+)", document)
    ]


@pytest.mark.slow
def test_charts_carry_names_as_text_only(rendered):
    """The map's labels are text in its SVG; its alternative text holds every name in full."""
    _, out, values, _ = rendered
    document = (out / MAAND / "lindenhof" / "maandrapport.html").read_text(encoding="utf-8")
    images = svg_images(document)
    assert len(images) == 4
    labels = []
    for image in images:
        for element in image.iter():
            name = _local(element.tag)
            assert name not in FORBIDDEN and name not in ("script", "a"), name
            for attr, value in element.attrib.items():
                assert not _local(attr).startswith("on"), attr
                assert "href" not in attr or value.startswith("#"), value  # matplotlib's markers: <use href="#m1">
            labels.append(element.text or "")
    assert any(label.startswith("actoren.csv:lh-") for label in labels)
    alts = [e.get("alt") for e in tinyhtml5.parse(document).iter() if _local(e.tag) == "img"]
    assert any(inkorten(values["actoren.csv", "lh-plat", "naam"]) in alt for alt in alts)


@pytest.mark.slow
def test_nothing_was_fetched(rendered):
    *_, requests = rendered
    assert requests == []


def _streams(reader: PdfReader):
    """The decoded content of every stream object in the PDF."""
    for number in range(1, int(reader.trailer["/Size"])):
        obj = reader.get_object(number)
        if isinstance(obj, StreamObject):
            yield obj.get_data()


@pytest.mark.slow
def test_running_header_prints_the_name_as_text(rendered):
    _, out, values, _ = rendered
    header = inkorten(values["buurten.csv", "lindenhof", "naam"]) + " · april 2024"
    assert "</style></title></script>" in header
    for page in PdfReader(out / MAAND / "lindenhof" / "maandrapport.pdf").pages:
        assert header in " ".join(page.extract_text().split())


@pytest.mark.slow
def test_pdfs_have_no_attachment_foreign_image_or_file_content(rendered):
    _, out, _, _ = rendered
    for path in outputs(out, ".pdf"):
        reader = PdfReader(path)
        assert reader.attachments == {}, path.name
        assert "/EmbeddedFiles" not in reader.trailer["/Root"].get("/Names", {}), path.name
        for page in reader.pages:
            for annotation in page.get("/Annots", []) or []:
                annotation = annotation.get_object()
                assert annotation.get("/Subtype") != "/FileAttachment", path.name
                uri = str(annotation.get("/A", {}).get("/URI", ""))
                assert not re.match(r"(javascript|file|https?):", uri), uri
            assert [(i.image.width, i.image.height) for i in page.images if i.image.size == (7, 3)] == []
        raw = path.read_bytes()
        assert SECRET.encode() not in raw
        assert not any(SECRET.encode() in data for data in _streams(reader)), path.name


@pytest.mark.parametrize(
    "markup",
    [
        '<img src="{server}/img/a.png">',
        '<link rel="attachment" href="{secret}">',
        '<style>@import url("{server}/import");</style>',
        '<p style="background: url({secret})">x</p>',
        '<svg xmlns="http://www.w3.org/2000/svg"><image href="{server}/img/b.png" width="5" height="5"/></svg>',
    ],
)
def test_pdf_conversion_refuses_files_and_urls(markup, server, tmp_path):
    """Even markup that escaped its escaping gets no file or URL: the PDF is refused."""
    url, requests = server
    secret = tmp_path / "geheim.txt"
    secret.write_text(SECRET, encoding="utf-8")
    before = len(requests)
    with pytest.raises(RefusedResource):
        to_pdf("<p>rapport</p>" + markup.format(server=url, secret=secret.as_uri()))
    assert requests[before:] == []


def test_pdf_conversion_allows_data_uris_and_the_kits_templates(server):
    _url, requests = server
    before = len(requests)
    png = base64.b64encode(_Recorder.PNG).decode()
    css = (TEMPLATES / TEMPLATE_NAME / "rapport.css").as_uri()
    pdf = to_pdf(
        f'<link rel="stylesheet" href="{css}"><img src="data:image/png;base64,{png}">'
        f'<img src="plaatje.png"><a href="../index.html">index</a>'
    )
    reader = PdfReader(io.BytesIO(pdf))
    assert [i.image.size for i in reader.pages[0].images] == [(7, 3)]
    assert "pagina 1 van 1" in reader.pages[0].extract_text()  # the kit's stylesheet was read
    [link] = [a.get_object() for a in reader.pages[0]["/Annots"]]
    assert link["/A"]["/URI"] == "../index.html"  # relative links stay relative
    assert requests[before:] == []
