"""What tests share beside fixtures: the example datasets' paths, comparing figures, breaking a copy of a file, a
time limit, what a report's sections show, the buurtbrief's words and printed pages, workbooks filled and saved by
LibreOffice, cells that look like formulas, and everything a reader or a program could find in an output file.
Fixtures are in ``conftest.py``; tests import these with ``from helpers import ...`` (``tests`` is on pytest's
``pythonpath``).
"""

from __future__ import annotations

import base64
import csv
import html
import importlib
import io
import json
import math
import re
import shutil
import signal
import subprocess
import tempfile
import urllib.parse
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import openpyxl
import pandas as pd
import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from kit.data.cells import parse_date, parse_number
from kit.data.contract import FILES
from kit.data.templates import DATE_CELL_KINDS, write_templates
from kit.safe_cells import FORMULA_STARTS, safe_text

#: The checkout: tests/ is one folder down.
ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "lindenhof"
#: The same buurt with the files and columns of version 2 of the contract.
EXAMPLE_V2 = ROOT / "examples" / "lindenhof-v2"
#: Version 3: a second buurt that keeps only actors and relations, results recorded after the fact, support beside
#: the platform, recognition by the stadsdeelcommissie and an action that failed on an institution.
EXAMPLE_V3 = ROOT / "examples" / "lindenhof-v3"
#: Version 4: the version 3 example with seats at tables, dialogues and their agreements, and the carriers' load, kept
#: by lindenhof only (esdoorn keeps none of them).
EXAMPLE_V4 = ROOT / "examples" / "lindenhof-v4"


def same(got, expected) -> bool:
    """Equal to an example's expected figure, with floats compared to 1e-9 (the example README's tolerance)."""
    if isinstance(expected, float) and isinstance(got, (int, float)):
        return math.isclose(got, expected, rel_tol=0, abs_tol=1e-9)
    if isinstance(expected, dict):
        return (
            isinstance(got, dict) and got.keys() == expected.keys() and all(same(got[k], expected[k]) for k in expected)
        )
    if isinstance(expected, list):
        return isinstance(got, list) and len(got) == len(expected) and all(map(same, got, expected))
    return got == expected and type(got) is type(expected)


def replace_in(path: Path, old: str, new: str) -> None:
    """Replace exactly one occurrence of ``old`` in a test file."""
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, f"{old!r} occurs {text.count(old)} times in {path.name}"
    path.write_text(text.replace(old, new), encoding="utf-8")


@contextmanager
def no_hang(seconds: int = 10) -> Iterator[None]:
    """Fail, instead of hanging the test run, when the body takes more than ``seconds``.

    For tests with a named pipe: opening one for reading waits for a writer
    that never comes.  The alarm interrupts that wait (POSIX only).
    """

    def stop(signum, frame):
        raise TimeoutError(f"still waiting after {seconds} s: something opened a named pipe")

    previous = signal.signal(signal.SIGALRM, stop)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def show(report, name: str) -> str:
    """The section ``name`` of ``report`` as its notebook shows it (:meth:`kit.report.sectie.Secties.toon`)."""
    return str(_package(report).toon(report, name))


def everything(report, names=None) -> str:
    """Everything the sections ``names`` (all, in order, by default) of ``report`` show: the HTML and, decoded
    from their ``data:`` URIs, the charts' SVG, in which a name would be text too."""
    html = "\n".join(show(report, name) for name in (_package(report).SECTIES if names is None else names))
    charts = [
        base64.b64decode(data).decode("utf-8") for data in re.findall(r'data:image/svg\+xml;base64,([^"]+)', html)
    ]
    return "\n".join([html, *charts])


def _package(report):
    """The report's package (:mod:`kit.report.maandrapport`, ...): its sections and their ``toon``."""
    return importlib.import_module(type(report).__module__.rpartition(".")[0])


#: About 1,200 words: the most a buurtbrief may have, and its pages (issue 20: readable in ten minutes).
BRIEF_WORDS = 1300
BRIEF_PAGES = 4


def brief_html(report) -> str:
    """The buurtbrief of a monthly report: its sections of the part ``hoofd``, as the notebook shows them."""
    from kit.report.sectie import HOOFD

    secties = _package(report).SECTIES
    return "".join(show(report, name) for name in secties if secties[name].deel == HOOFD)


def reading_words(html: str) -> int:
    """The words a reader reads: the charts' SVG and their alternative text are no reading."""
    html = re.sub(r"<svg.*?</svg>|<img[^>]*>", " ", html, flags=re.S)
    return len(re.sub(r"<[^>]+>", " ", html).split())


def printed_pages(html: str) -> int:
    """The A4 pages of a piece of a report printed with the report's stylesheet, as its PDF is printed."""
    from kit.render.convert import to_pdf
    from kit.render.page import stylesheet

    page = f"<html lang='nl'><head><style>{stylesheet()}</style></head><body>{html}</body></html>"
    return len(PdfReader(io.BytesIO(to_pdf(page))).pages)


def html_words(html) -> str:
    """The words of a piece of a report's HTML: inline tags removed, others a space, white space made single."""
    inline = re.sub(r"</?(strong|em|small|span)\b[^>]*>", "", str(html))
    return " ".join(re.sub(r"<[^>]+>", " ", inline).split())


def typed_value(column, text: str):
    """Return a CSV cell as a person would type it into the workbook.

    Dates become date cells, numbers numbers, everything else text.
    A bare month in a ``date_end`` column becomes its last day: in a date
    cell a spreadsheet would otherwise make it the first.
    """
    if not text:
        return None
    if column.kind in DATE_CELL_KINDS:
        return parse_date(text, end=column.kind == "date_end")
    if column.kind == "int":
        return int(text)
    if column.kind == "number":
        return parse_number(text)
    return text


def fill_template(csv_folder: Path, target: Path) -> Path:
    """Write the template workbook filled with the CSV dataset in ``csv_folder``.

    Missing CSV files leave their sheet empty, missing columns their cells.  Returns ``target``.
    """
    with tempfile.TemporaryDirectory() as scratch:
        template = write_templates(Path(scratch), xlsx=True)[-1]
        workbook = load_workbook(template)
    for spec in FILES.values():
        source = csv_folder / spec.filename
        if not source.exists():
            continue
        sheet = workbook[spec.stem]
        with source.open(encoding="utf-8", newline="") as stream:
            for row, record in enumerate(csv.DictReader(stream), start=2):
                for index, column in enumerate(spec.columns, start=1):
                    sheet.cell(row=row, column=index, value=typed_value(column, record.get(column.name) or ""))
    workbook.save(target)
    return target


def libreoffice_resave(source: Path, folder: Path) -> Path:
    """Let LibreOffice open ``source`` and save it as .xlsx in ``folder``; return the new path."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(
            [
                soffice,
                f"-env:UserInstallation=file://{profile}",
                "--headless",
                "--convert-to",
                "xlsx",
                "--outdir",
                str(folder),
                str(source),
            ],
            check=True,
            capture_output=True,
            timeout=120,
        )
    return folder / source.name


def formula_like_cells(workbook) -> list[str]:
    """Cells of every sheet that are a formula or text starting like one, as ``sheet!A1``."""
    found = []
    for sheet in workbook.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                if cell.data_type == "f" or (isinstance(cell.value, str) and cell.value.startswith(FORMULA_STARTS)):
                    found.append(f"{sheet.title}!{cell.coordinate}")
    return found


def formula_like_fields(text: str) -> list[str]:
    """Fields of a CSV text that start like a formula and are not plain numbers."""
    return [
        field
        for row in csv.reader(io.StringIO(text))
        for field in row
        if field.startswith(FORMULA_STARTS) and safe_text(field) != field
    ]


# --------------------------------------------------------------------------- what an output file says


def _strings(value) -> list[str]:
    if isinstance(value, dict):
        return [s for k, v in value.items() for s in (k, *_strings(v))]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    return [str(value)]


def output_text(path: Path) -> str:
    """Everything a reader or a program could find in one output file."""
    if path.suffix == ".pdf":
        reader = PdfReader(path)
        meta = " ".join(str(v) for v in (reader.metadata or {}).values())
        text = meta + " " + " ".join(page.extract_text() for page in reader.pages)
        return text.replace("\u2010\n", "")  # words hyphenated at a line end, whole again
    if path.suffix == ".ipynb":
        return "\n".join(_strings(json.loads(path.read_text(encoding="utf-8"))))
    if path.suffix == ".parquet":
        frame = pd.read_parquet(path)
        return frame.to_csv() + " ".join(map(str, frame.columns))
    if path.suffix == ".xlsx":
        book = openpyxl.load_workbook(path)
        cells = [str(v) for sheet in book for row in sheet.iter_rows(values_only=True) for v in row if v is not None]
        properties = [str(v) for v in vars(book.properties).values() if v]
        return "\n".join(book.sheetnames + cells + properties)
    text = path.read_text(encoding="utf-8")
    if path.suffix in (".html", ".svg"):
        for kind, data in re.findall(r"data:[^,;\"']*(;base64)?,([^\"')\s]+)", text):
            text += base64.b64decode(data).decode("utf-8", "replace") if kind else urllib.parse.unquote(data)
        text = html.unescape(text)
    return text
