"""Opening a workbook with care: a limit on its unpacked size, and the cells a fast read would get wrong.

An ``.xlsx`` file is a zip archive of XML files.  A hostile or damaged one can
unpack a megabyte into gigabytes (a "zip bomb"), so :func:`unpacked` refuses
an archive whose members declare more than :data:`UNPACKED_LIMIT` bytes, and
counts the bytes while unpacking in pieces, in case a member's header lies.

openpyxl's read-only mode, which reads large workbooks quickly in little
memory, cannot see two things that change the figures: merged cells (read as
empty) and formulas without a computed value (read as empty too).
:func:`sheet_pitfalls` finds both in the sheet's XML, streaming it.
"""

from __future__ import annotations

import io
import re
import zipfile
from xml.etree import ElementTree

from .problems import Problem

#: The most a workbook may unpack to.  A year of ten buurten is a few megabytes.
UNPACKED_LIMIT_MB = 100
UNPACKED_LIMIT = UNPACKED_LIMIT_MB * 2**20
#: Unpack in pieces of this size, so that no single step can take much memory.
_PIECE = 2**20
#: Whether a sheet's XML may hold a formula (``<f>``, possibly with a namespace prefix).
_FORMULA_TAG = re.compile(rb"<(?:[\w.-]+:)?f[\s/>]")


class WorkbookTooLarge(Exception):
    """The workbook is, or unpacks to, more than :data:`UNPACKED_LIMIT` bytes."""


def unpacked(data: bytes, limit: int = UNPACKED_LIMIT) -> bytes:
    """Return the workbook ``data`` re-packed without compression, having unpacked it with a limit.

    The declared sizes of the members are checked before anything is
    unpacked; then each member is unpacked a piece at a time while the bytes
    that come out are counted, so that neither an honest nor a lying archive
    can take more than ``limit`` bytes of memory.  (Python's :mod:`zipfile`
    also stops a member at its declared size and checks its CRC.)  The result
    has honest sizes: whatever reads it later cannot be surprised.

    Raises
    ------
    WorkbookTooLarge
        When the members declare, or turn out to hold, more than ``limit`` bytes.
    zipfile.BadZipFile
        When ``data`` is no zip archive or a member is damaged.
    """
    total = 0
    packed = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as archive, zipfile.ZipFile(packed, "w", zipfile.ZIP_STORED) as out:
        members = [member for member in archive.infolist() if not member.is_dir()]
        if sum(member.file_size for member in members) > limit:
            raise WorkbookTooLarge
        for member in members:
            pieces = []
            with archive.open(member) as stream:
                while piece := stream.read(_PIECE):
                    total += len(piece)
                    if total > limit:
                        raise WorkbookTooLarge
                    pieces.append(piece)
            out.writestr(member.filename, b"".join(pieces))
    return packed.getvalue()


def sheet_pitfalls(xml: bytes) -> tuple[list[str], list[tuple[int, int]]]:
    """Merged ranges and formula cells without a cached value in a worksheet's XML.

    Returns
    -------
    merged : list of str
        The merged ranges as the sheet declares them (``A2:B3``).
    uncached : list of (int, int)
        Row and column (1-based) of every cell with a formula but no value.

    >>> sheet_pitfalls(b'<worksheet><sheetData><row r="2"><c r="C2"><f>1+1</f><v/></c>'
    ...                b'<c r="D2"><f>2+2</f><v>4</v></c><c><f>A1</f></c></row></sheetData>'
    ...                b'<mergeCells><mergeCell ref="A3:B4"/></mergeCells></worksheet>')
    (['A3:B4'], [(2, 3), (2, 5)])
    """
    from openpyxl.utils.cell import column_index_from_string, coordinate_from_string  # only for a workbook

    merged: list[str] = []
    uncached: list[tuple[int, int]] = []
    if b"mergeCell" not in xml and not _FORMULA_TAG.search(xml):
        return merged, uncached
    row = column = 0
    for event, element in ElementTree.iterparse(io.BytesIO(xml), events=("start", "end")):
        tag = element.tag.rpartition("}")[2]
        if event == "start":
            if tag == "row":
                row, column = int(element.get("r") or row + 1), 0
            continue
        if tag == "c":
            reference = element.get("r")
            column = column_index_from_string(coordinate_from_string(reference)[0]) if reference else column + 1
            children = {child.tag.rpartition("}")[2]: child for child in element}
            if "f" in children and not _cached(element, children.get("v")):
                uncached.append((row, column))
        elif tag == "mergeCell":
            merged.append(element.get("ref", ""))
        elif tag == "row":
            element.clear()
    return merged, uncached


def _cached(cell: ElementTree.Element, value: ElementTree.Element | None) -> bool:
    """Whether a formula cell has a computed value: a filled ``<v>``, or an empty one for an empty text result.

    openpyxl writes a formula with an empty ``<v/>``; Excel and LibreOffice
    write the result, which for a formula giving ``""`` is an empty ``<v>`` of
    type ``str``.
    """
    return value is not None and (bool(value.text) or cell.get("t") == "str")


def pitfall_problems(source: str, header: list[str], xml: bytes) -> list[Problem]:
    """The merged ranges and formulas without value of one sheet, as problems located at their first row."""
    from openpyxl.utils.cell import get_column_letter, range_boundaries  # only for a workbook

    merged, uncached = sheet_pitfalls(xml)
    problems = []
    for cells in merged:
        first_column, first_row, _, _ = range_boundaries(cells)
        problems.append(Problem(source, first_row, _column(header, first_column), "merged_cells", {"cells": cells}))
    for row, column in uncached:
        cell = f"{get_column_letter(column)}{row}"
        problems.append(Problem(source, row, _column(header, column), "formula_without_value", {"cell": cell}))
    return problems


def _column(header: list[str], index: int) -> str | None:
    """The header's name of the 1-based column ``index``, if it has one."""
    return header[index - 1] or None if index <= len(header) else None
