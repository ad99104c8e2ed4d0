"""The panel as a file for researchers: CSV, Parquet, or an Excel workbook with its codebook and provenance.

``proeftuin metrics DATASET --out panel.xlsx`` writes a workbook because Dutch
Excel opens a ``,``-separated CSV as one column.  Its sheets:

- ``panel``: one row per buurt and month; header frozen (with ``buurt`` and
  ``maand``), a filter on every column, counts as whole numbers, shares and
  indices with three decimals, empty cells where a figure is undefined;
- ``codebook``: every column's meaning, range and unit (:mod:`kit.analysis.codebook`);
- ``provenance``: the day, the kit's and the computing libraries' versions
  (:func:`kit.provenance.versions`) and the dataset's files with their SHA-256.

In the CSV and Parquet files the columns of whole numbers (counts, scores,
months: :attr:`~kit.analysis.catalogue.Column.whole`) are integers, ``26``
rather than ``26.0``, with an empty cell (Parquet: null) where a figure is
undefined: pandas' ``Int64``, Arrow's ``int64`` with nulls.

A Parquet file carries the same provenance in its schema metadata, as
pandas ``attrs`` (key ``PANDAS_ATTRS``, a JSON object with ``provenance``):
``pandas.read_parquet(path).attrs["provenance"]``.  A CSV file has no place
for it.  Every text cell passes :func:`kit.safe_cells.safe_text`.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pandas as pd
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

from kit.atomic import write_bytes
from kit.data.reading import SourceFile
from kit.data.templates import workbook_bytes
from kit.provenance import versions
from kit.safe_cells import safe_frame, safe_text

from .catalogue import COLUMN, Column
from .codebook import codebook

#: The file types of ``--out``.
SUFFIXES = (".csv", ".parquet", ".xlsx")
#: Widths of the codebook's columns, in characters.
_CODEBOOK_WIDTHS = {"column": 34, "meaning": 90, "range": 24, "unit": 24}


def write_panel(frame: pd.DataFrame, path: Path, files: Iterable[SourceFile] = (), today: date | None = None) -> None:
    """Write the panel ``frame`` to ``path`` (.csv, .parquet or .xlsx, by its suffix), atomically.

    Parameters
    ----------
    frame : pandas.DataFrame
        The panel of :func:`kit.analysis.panel.panel`.
    path : Path
        Target file; its suffix is one of :data:`SUFFIXES`.
    files : list of SourceFile
        The dataset's files, recorded with their checksums.
    today : date, optional
        The day recorded as written (default: today).
    """
    suffix = path.suffix.lower()
    record = provenance(files, today or date.today())
    if suffix == ".csv":
        data = safe_frame(whole_numbers(frame)).to_csv(index=False).encode("utf-8")
    elif suffix == ".parquet":
        tagged = whole_numbers(frame)
        tagged.attrs["provenance"] = record
        data = tagged.to_parquet(None, index=False)
    elif suffix == ".xlsx":
        data = workbook_bytes(panel_workbook(frame, record))
    else:
        raise ValueError(f"unknown panel file type {suffix!r}; use one of {', '.join(SUFFIXES)}")
    write_bytes(path, data)


def whole_numbers(frame: pd.DataFrame) -> pd.DataFrame:
    """A copy of the panel ``frame`` with its columns of whole numbers (:attr:`Column.whole`) as pandas'
    nullable ``Int64``: ``26`` in a file, not ``26.0``, and a missing figure stays missing.

    The panel computes in floats (``NaN`` for a missing figure); only its files are typed.

    >>> frame = pd.DataFrame({"actoren": [26.0, float("nan")], "dichtheid": [0.25, 0.5]})
    >>> whole_numbers(frame).dtypes.astype(str).tolist()
    ['Int64', 'float64']
    """
    columns = [name for name in frame.columns if (column := COLUMN.get(name)) is not None and column.whole]
    return frame.astype(dict.fromkeys(columns, "Int64"))


def provenance(files: Iterable[SourceFile], day: date) -> dict[str, Any]:
    """What made a panel: the day, the software's versions and the data's checksums."""
    return {
        "written": day.isoformat(),
        "software": versions(),
        "data": {file.name: file.sha256 for file in files},
    }


def panel_workbook(frame: pd.DataFrame, record: dict[str, Any]) -> Workbook:
    """The workbook of the panel: sheets ``panel``, ``codebook`` and ``provenance``.

    Written in openpyxl's write-only mode: a panel of 480 buurten over two
    years is half a million cells.
    """
    workbook = Workbook(write_only=True)
    written = datetime.fromisoformat(record["written"])
    workbook.properties.creator = "proeftuin kit"
    workbook.properties.created = workbook.properties.modified = written
    _fill_panel(workbook.create_sheet("panel"), frame)
    _fill_codebook(workbook.create_sheet("codebook"))
    _fill_provenance(workbook.create_sheet("provenance"), record)
    return workbook


def sheet_decimals(column: Column | None) -> int | None:
    """Decimals the workbook shows of a column: counts whole, days (whole or half) with one, every other number
    with three; ``None`` for a column that is no number.

    >>> from kit.analysis.catalogue import COLUMN
    >>> [sheet_decimals(COLUMN[name]) for name in ("actoren", "antwoordtijd", "dichtheid", "buurt")]
    [0, 1, 3, None]
    """
    if column is None or column.decimals is None:
        return None
    if column.whole:
        return 0
    return 1 if column.unit == "days" else 3


def _fill_panel(sheet: Any, frame: pd.DataFrame) -> None:
    formats = []
    for index, name in enumerate(frame.columns, start=1):
        decimals = sheet_decimals(COLUMN.get(name))
        formats.append(None if decimals is None else "0" if decimals == 0 else "0." + "0" * decimals)
        longest = frame[name].astype(str).map(len).max() if decimals is None and len(frame) else 8
        sheet.column_dimensions[get_column_letter(index)].width = max(len(name), longest) + 2
    sheet.freeze_panes = "C2"
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(frame.columns))}{len(frame) + 1}"
    _header(sheet, list(frame.columns))
    for row in frame.itertuples(index=False):
        sheet.append([_cell(sheet, value, number_format) for value, number_format in zip(row, formats, strict=True)])


def _fill_codebook(sheet: Any) -> None:
    book = codebook()
    for index, name in enumerate(book.columns, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = _CODEBOOK_WIDTHS[name]
    sheet.freeze_panes = "A2"
    _header(sheet, list(book.columns))
    wrapped = Alignment(wrap_text=True, vertical="top")
    for column, meaning, values, unit in book.itertuples(index=False):
        cells = [_cell(sheet, value) for value in (column, meaning, values, unit)]
        for cell in cells:
            cell.alignment = wrapped
        sheet.append(cells)


def _fill_provenance(sheet: Any, record: dict[str, Any]) -> None:
    for letter, width in zip("ABC", (12, 28, 76), strict=True):
        sheet.column_dimensions[letter].width = width
    sheet.freeze_panes = "A2"
    _header(sheet, ["what", "name", "value"])
    rows = [("written", "date", record["written"])]
    software = record["software"].items()
    rows += [("software", name, "not installed" if version == "-" else version) for name, version in software]
    rows += [("data", name, f"SHA-256 {checksum}") for name, checksum in record["data"].items()]
    for row in rows:
        sheet.append([safe_text(value) for value in row])


def _header(sheet: Any, names: list[str]) -> None:
    bold = Font(bold=True)
    cells = [_cell(sheet, name) for name in names]
    for cell in cells:
        cell.font = bold
    sheet.append(cells)


def _cell(sheet: Any, value: object, number_format: str | None = None) -> WriteOnlyCell:
    """A value as a cell: text made safe, a missing figure empty, numpy scalars as Python values."""
    if isinstance(value, str):
        value = safe_text(value)
    elif value is None or (isinstance(value, float) and math.isnan(value)):
        value = None
    elif hasattr(value, "item"):
        value = value.item()
    cell = WriteOnlyCell(sheet, value)
    if number_format:
        cell.number_format = number_format
    return cell
