"""Reading a dataset's files into tables of trimmed text, indexed by physical line.

A dataset is a folder of CSV files or one ``.xlsx`` workbook.  This module
only gets the cells out, whatever Excel or LibreOffice made of them; it does
not judge them (that is :mod:`kit.data.validation`).  Every table keeps the
physical line (CSV) or row (workbook) of each record as its index, so that
every later problem can point at the line a facilitator sees in an editor.
"""

from __future__ import annotations

import csv
import hashlib
import io
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pandas as pd

from kit.paths import input_refusal, read_input

from .cells import without_bidi
from .contract import FILES
from .problems import Problem
from .workbook import UNPACKED_LIMIT, UNPACKED_LIMIT_MB, WorkbookTooLarge, pitfall_problems, unpacked


@dataclass
class RawTable:
    """The cells of one file or sheet, as trimmed text.

    Attributes
    ----------
    stem : str
        The contract's name of the file (``actoren``).
    source : str
        How problems name it: ``actoren.csv`` or ``data.xlsx[actoren]``.
    header : list of str
        The column names as found (trimmed, lower case).
    frame : pandas.DataFrame
        One column per header name, all text, index = physical line.
    """

    stem: str
    source: str
    header: list[str]
    frame: pd.DataFrame


@dataclass
class SourceFile:
    """A file the dataset was read from, with its SHA-256 for the colophon."""

    name: str
    sha256: str


@dataclass
class RawDataset:
    """What :func:`read` found: tables, problems that stopped reading, files read."""

    path: Path
    tables: dict[str, RawTable] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    files: list[SourceFile] = field(default_factory=list)


def read(path: str | Path) -> RawDataset:
    """Read a dataset folder or workbook without judging its cells.

    Missing required files, undecodable files and unreadable workbooks are
    reported as problems in the result, never raised.
    """
    path = Path(path)
    if path.is_dir():
        return _read_folder(path)
    return _read_workbook(path)


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _read_folder(folder: Path) -> RawDataset:
    """Read the contract's CSV files of ``folder``, each a regular file inside it, named once whatever the case."""
    result = RawDataset(folder)
    present: dict[str, list[Path]] = {}
    for entry in sorted(folder.iterdir()):
        present.setdefault(entry.name.lower(), []).append(entry)
    for spec in FILES.values():
        found = present.get(spec.filename, [])
        if not found:
            if spec.required:
                result.problems.append(Problem(spec.filename, None, None, "file_missing"))
            continue
        if len(found) > 1:  # on a disk that tells case apart: which one is meant?
            names = ", ".join(file.name for file in found)
            result.problems.append(Problem(spec.filename, None, None, "file_twice", {"names": names}))
            continue
        file = found[0]
        if refusal := input_refusal(file, folder):
            result.problems.append(Problem(spec.filename, None, None, f"input_{refusal}"))
            continue
        data = read_input(file, UNPACKED_LIMIT)
        if data is None:
            result.problems.append(Problem(spec.filename, None, None, "file_too_large", {"limit": UNPACKED_LIMIT_MB}))
            continue
        result.files.append(SourceFile(file.name, _sha256(data)))
        text = decode(data)
        if text is None:
            result.problems.append(Problem(spec.filename, None, None, "decode"))
            continue
        table = _parse_csv(spec.stem, spec.filename, text, result.problems)
        if table is not None:
            result.tables[spec.stem] = table
    return result


def decode(data: bytes) -> str | None:
    """Decode a CSV file as UTF-8 (with or without BOM) or else Windows-1252.

    Returns ``None`` for data that is no text in either (a NUL byte, a byte
    Windows-1252 leaves undefined): such a file is probably a workbook or
    UTF-16 saved under a ``.csv`` name.
    """
    if b"\x00" in data:
        return None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return None


def _separator(text: str) -> str:
    """Guess ``,`` or ``;`` from the header line: whichever occurs more often."""
    header = next((line for line in text.splitlines() if line.strip()), "")
    return ";" if header.count(";") > header.count(",") else ","


def _parse_csv(stem: str, source: str, text: str, problems: list[Problem]) -> RawTable | None:
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_separator(text))
    header: list[str] | None = None
    used: list[int] = []
    lines: list[int] = []
    rows: list[list[str]] = []
    next_line = 1
    for record in reader:
        line, next_line = next_line, reader.line_num + 1
        cells = [cell.strip() for cell in record]
        if not any(cells):
            continue
        if header is None:
            header = [cell.lower() for cell in cells]
            used = _named(header)
            continue
        if len(cells) > len(header) and any(cells[len(header) :]):
            problems.append(Problem(source, line, None, "too_many_cells", {"count": len(cells), "width": len(header)}))
        lines.append(line)
        rows.append([cells[i] if i < len(cells) else "" for i in used])
    if header is None:
        problems.append(Problem(source, None, None, "no_header"))
        return None
    return _table(stem, source, header, used, rows, lines)


def _named(header: list[str]) -> list[int]:
    """The positions of the header's named columns: the only ones read.

    A cell without a name holds nothing the contract knows, and a stray cell
    far to the right of a sheet (column XFD) would otherwise widen every row
    to 16,384 cells.
    """
    return [index for index, name in enumerate(header) if name]


def _table(
    stem: str, source: str, header: list[str], used: list[int], rows: list[list[str]], lines: list[int]
) -> RawTable:
    """The table of ``rows``, which hold the cells of the header's ``used`` positions, in order, without
    direction controls."""
    cells = [[without_bidi(cell).strip() for cell in row] for row in rows]
    frame = pd.DataFrame(cells, columns=used, index=pd.Index(lines, name="regel"), dtype=object)
    return RawTable(stem, source, header, frame)


def _read_workbook(path: Path) -> RawDataset:
    """Read the workbook's sheets; a file too large, damaged or no workbook is one problem, never an exception."""
    result = RawDataset(path)
    if refusal := input_refusal(path):
        result.problems.append(Problem(path.name, None, None, f"input_{refusal}"))
        return result
    import openpyxl  # here, not above: a dataset of CSV files, as every report kernel reads, never needs it

    try:
        data = read_input(path, UNPACKED_LIMIT)
        if data is None:
            raise WorkbookTooLarge
        archive = unpacked(data)
        book = openpyxl.load_workbook(io.BytesIO(archive), read_only=True, data_only=True)
        with zipfile.ZipFile(io.BytesIO(archive)) as members:
            tables = _read_sheets(path.name, book, members, result.problems)
        book.close()
    except WorkbookTooLarge:
        result.problems.append(Problem(path.name, None, None, "workbook_too_large", {"limit": UNPACKED_LIMIT_MB}))
        return result
    except Exception as error:  # noqa: BLE001 - openpyxl and the XML parser raise many kinds for a file that is no workbook
        result.problems.append(Problem(path.name, None, None, "workbook_unreadable", {"detail": type(error).__name__}))
        return result
    result.files.append(SourceFile(path.name, _sha256(data)))
    result.tables.update(tables)
    return result


def _read_sheets(name: str, book: Any, members: zipfile.ZipFile, problems: list[Problem]) -> dict[str, RawTable]:
    """The contract's sheets of an opened workbook, with their merged cells and formulas without value."""
    tables = {}
    sheets: dict[str, list[str]] = {}
    for title in book.sheetnames:
        sheets.setdefault(title.strip().lower(), []).append(title)
    for spec in FILES.values():
        source = f"{name}[{spec.stem}]"
        titles = sheets.get(spec.stem, [])
        if not titles:
            if spec.required:
                problems.append(Problem(source, None, None, "sheet_missing"))
            continue
        if len(titles) > 1:
            problems.append(Problem(source, None, None, "sheet_twice", {"names": ", ".join(titles)}))
            continue
        sheet = book[titles[0]]
        table = _parse_sheet(spec.stem, source, sheet, problems)
        if table is not None:
            tables[spec.stem] = table
            # read-only sheets know the part they stream from, but do not show merged cells or formulas
            problems.extend(pitfall_problems(source, table.header, members.read(sheet._worksheet_path)))
    return tables


def _sheet_cells(sheet: Any) -> Iterator[tuple[int, dict[int, object]]]:
    """Each row of a read-only ``sheet`` that holds cells: its number, and its cells' values by column (1-based).

    Only the cells the sheet's XML holds, so that time and memory follow the
    size of the file: openpyxl's ``iter_rows`` pads every row to the sheet's
    widest, and one stray cell in column XFD makes that 16,384 values a row
    (10 s and 1.7 GB for 3,000 rows).  The parser is the one ``iter_rows``
    uses, given what the read-only sheet gives it (openpyxl 3.1).
    """
    from openpyxl.worksheet._reader import WorkSheetParser

    book = sheet.parent
    with sheet._get_source() as source:
        parser = WorkSheetParser(
            source,
            sheet._shared_strings,
            data_only=book.data_only,
            epoch=book.epoch,
            date_formats=book._date_formats,
            timedelta_formats=book._timedelta_formats,
        )
        for row, cells in parser.parse():
            yield row, {cell["column"]: cell["value"] for cell in cells}


def _parse_sheet(stem: str, source: str, sheet: Any, problems: list[Problem]) -> RawTable | None:
    month_columns = {c.name for c in FILES[stem].columns if c.kind == "month"}
    header: list[str] | None = None
    used: list[int] = []
    lines: list[int] = []
    rows: list[list[str]] = []
    for row_number, cells in _sheet_cells(sheet):
        if header is None:
            names = {column: cell_text(value).lower() for column, value in cells.items()}
            named = [column for column, text in names.items() if text]
            if named:
                header = [names.get(column, "") for column in range(1, max(named) + 1)]
                used = _named(header)
            continue
        if not any(cell_text(value) for value in cells.values()):
            continue
        lines.append(row_number)
        rows.append([cell_text(cells.get(i + 1), month=header[i] in month_columns) for i in used])
    if header is None:
        problems.append(Problem(source, None, None, "empty_sheet"))
        return None
    return _table(stem, source, header, used, rows, lines)


def cell_text(value: object, *, month: bool = False) -> str:
    """Return the text a facilitator meant by a workbook cell's value.

    A date cell becomes ``JJJJ-MM-DD`` (``JJJJ-MM`` in a month column, where
    a spreadsheet may have turned a typed ``2024-03`` into a date); a whole
    number stored as float loses its ``.0``; a boolean becomes ``ja``/``nee``.
    """
    if value is None:
        return ""
    if isinstance(value, datetime):
        value = value.date()
    if isinstance(value, date):
        return value.strftime("%Y-%m") if month else value.isoformat()
    if isinstance(value, bool):
        return "ja" if value else "nee"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()
