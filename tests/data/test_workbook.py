"""Workbooks that would exhaust memory or be misread: refused quickly, or located at sheet and row."""

from __future__ import annotations

import struct
import time
import tracemalloc
import zipfile
import zlib

import openpyxl
import pytest
from helpers import ROOT

from kit.data.validation import validate

FIXTURE = ROOT / "tests" / "workbooks" / "lindenhof-libreoffice.xlsx"


def messages(path, lang="nl") -> list[str]:
    return validate(path).format(lang).splitlines()


# --------------------------------------------------------------------------- zip bombs


def _spaces_deflated(prefix: bytes, megabytes: int, suffix: bytes) -> bytes:
    """A raw deflate stream of ``prefix``, ``megabytes`` MB of spaces and ``suffix``, built in milliseconds.

    After a full flush the compressor forgets what came before, so the
    compressed megabyte of spaces can be repeated as often as wanted.
    """
    deflate = zlib.compressobj(9, zlib.DEFLATED, -15)
    head = deflate.compress(prefix) + deflate.flush(zlib.Z_FULL_FLUSH)
    megabyte = deflate.compress(b" " * 2**20) + deflate.flush(zlib.Z_FULL_FLUSH)
    tail = deflate.compress(suffix) + deflate.flush()
    return head + megabyte * megabytes + tail


def _zip(members: list[tuple[str, bytes, int, int]]) -> bytes:
    """A zip archive of deflated members given as (name, deflated data, CRC, declared unpacked size)."""
    local, central = b"", b""
    for name, data, crc, size in members:
        encoded = name.encode()
        central += (
            struct.pack(
                "<4s6H3L5H2L",
                b"PK\x01\x02",
                20,
                20,
                0,
                8,
                0,
                0x21,
                crc,
                len(data),
                size,
                len(encoded),
                0,
                0,
                0,
                0,
                0,
                len(local),
            )
            + encoded
        )
        local += struct.pack("<4s5H3L2H", b"PK\x03\x04", 20, 0, 8, 0, 0x21, crc, len(data), size, len(encoded), 0)
        local += encoded + data
    end = struct.pack("<4s4H2LH", b"PK\x05\x06", 0, 0, len(members), len(members), len(central), len(local), 0)
    return local + central + end


def _bomb(path, *, lie: int | None = None) -> None:
    """The example workbook whose ``buurten`` sheet holds 1 GB of spaces before its end (1 MB on disk).

    With ``lie``, the sheet's header claims only ``lie`` spaces, and its CRC
    is that of the sheet cut there: a header that lies consistently.
    """
    source = zipfile.ZipFile(FIXTURE)
    sheet = "xl/worksheets/sheet2.xml"  # buurten
    xml = source.read(sheet)
    cut = xml.index(b"</worksheet>")
    members = []
    for info in source.infolist():
        data = source.read(info)
        if info.filename == sheet:
            prefix, suffix = xml[:cut], xml[cut:]
            size = len(prefix) + 2**30 + len(suffix)
            crc = 0  # of the whole: never needed, nothing reads that far
            if lie is not None:
                size, crc = len(prefix) + lie, zlib.crc32(prefix + b" " * lie)
            members.append((sheet, _spaces_deflated(prefix, 1024, suffix), crc, size))
        else:
            deflate = zlib.compressobj(6, zlib.DEFLATED, -15)
            members.append((info.filename, deflate.compress(data) + deflate.flush(), zlib.crc32(data), len(data)))
    path.write_bytes(_zip(members))


def _validate_measured(path):
    """Validate ``path``; return its messages, the seconds it took and the peak of Python memory in MB."""
    tracemalloc.start()
    started = time.perf_counter()
    try:
        lines = messages(path)
        seconds = time.perf_counter() - started
        peak = tracemalloc.get_traced_memory()[1] / 2**20
    finally:
        tracemalloc.stop()
    return lines, seconds, peak


def test_a_workbook_that_unpacks_to_a_gigabyte_is_refused_quickly(tmp_path):
    path = tmp_path / "bom.xlsx"
    _bomb(path)
    assert path.stat().st_size < 2 * 2**20
    lines, seconds, peak = _validate_measured(path)
    assert lines == [
        "bom.xlsx: de werkmap is uitgepakt groter dan 100 MB en wordt niet gelezen (beschadigd, of geen gewone werkmap)"
    ]
    assert seconds < 5 and peak < 30, (seconds, peak)


def test_a_workbook_whose_header_lies_about_its_size_is_refused_quickly(tmp_path):
    """The sheet claims 10 kB of spaces and holds 1 GB: reading stops at 10 kB, and the cut XML cannot be read."""
    path = tmp_path / "bom.xlsx"
    _bomb(path, lie=10_000)
    lines, seconds, peak = _validate_measured(path)
    assert lines == ["bom.xlsx: kan de werkmap niet openen (ParseError)"]
    assert seconds < 5 and peak < 30, (seconds, peak)


def test_a_file_larger_than_the_limit_is_not_read(tmp_path, monkeypatch):
    import kit.data.reading

    monkeypatch.setattr(kit.data.reading, "UNPACKED_LIMIT", 1000)
    assert messages(FIXTURE)[0].startswith("lindenhof-libreoffice.xlsx: de werkmap is uitgepakt groter dan")


def test_a_workbook_within_the_limit_is_read_as_before():
    assert validate(FIXTURE).errors == []


# --------------------------------------------------------------------------- merged cells and formulas


@pytest.fixture
def book():
    """The example as a workbook, to change and save."""
    return openpyxl.load_workbook(FIXTURE)


@pytest.mark.slow
def test_merged_cells_are_an_error_at_sheet_and_row(book, tmp_path):
    """Two actors of one buurt, the buurt typed once over two merged cells: the second would be read empty."""
    book["actoren"].merge_cells("C3:C4")
    book["relaties"].merge_cells("I2:J2")
    path = tmp_path / "samengevoegd.xlsx"
    book.save(path)
    lines = messages(path)
    assert (
        "samengevoegd.xlsx[actoren]:3: buurt: de cellen C3:C4 zijn samengevoegd; de kit leest alleen de eerste: "
        "maak het samenvoegen ongedaan en vul elke cel in" in lines
    )
    assert (
        "samengevoegd.xlsx[relaties]:2: bron: de cellen I2:J2 zijn samengevoegd; de kit leest alleen de eerste: "
        "maak het samenvoegen ongedaan en vul elke cel in" in lines
    )
    assert (
        "samengevoegd.xlsx[actoren]:3: buurt: cells C3:C4 are merged; the kit reads only the first: "
        "unmerge them and fill in every cell" in messages(path, "en")
    )


@pytest.mark.slow
def test_a_formula_without_value_is_an_error(book, tmp_path):
    """openpyxl writes formulas without computing them: the cell has no value to read, so it is also empty."""
    book["relaties"]["E3"] = "=1+1"
    path = tmp_path / "formule.xlsx"
    book.save(path)
    assert messages(path) == [
        "formule.xlsx[relaties]:3: intensiteit: cel E3 heeft een formule zonder berekende waarde: open en bewaar "
        "de werkmap in Excel of LibreOffice, of typ de waarde in",
        "formule.xlsx[relaties]:3: intensiteit: intensiteit is verplicht bij samenwerking (1 tot en met 5)",
    ]


@pytest.mark.slow
def test_a_formula_with_its_computed_value_is_read_as_that_value(book, tmp_path):
    """As Excel and LibreOffice save it: the formula and its result 2 (the example has 2 in E3)."""
    from kit.data.dataset import load

    book["relaties"]["E3"] = "=1+1"
    path = tmp_path / "formule.xlsx"
    book.save(path)
    computed = tmp_path / "berekend.xlsx"
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(computed, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            data = source.read(info)
            target.writestr(info.filename, data.replace(b"<f>1+1</f><v />", b"<f>1+1</f><v>2</v>"))
    assert validate(computed).errors == []
    assert load(computed).relaties.set_index("id").loc["r2", "intensiteit"] == 2


# --------------------------------------------------------------------------- what a sheet holds beyond its columns


@pytest.mark.slow
def test_a_stray_header_cell_far_right_reads_only_the_named_columns(book, tmp_path):
    """One cell in column XFD padded every row to 16,384 cells: 10 s and 1.7 GB for 3,000 rows."""
    from kit.data.reading import read

    sheet = book["actoren"]
    for number in range(1000):
        sheet.append([f"x{number}", f"Vereniging {number}", "lindenhof", "vereniging", "onderop", 0, "wonen"])
    plain = tmp_path / "zonder.xlsx"
    book.save(plain)
    sheet["XFD1"] = "losse kop"
    stray = tmp_path / "los.xlsx"
    book.save(stray)

    started = time.perf_counter()
    table = read(stray).tables["actoren"]
    seconds = time.perf_counter() - started
    assert len(table.header) == 16_384 and table.header[-1] == "losse kop"
    assert list(table.frame.columns) == [*range(11), 16_383], "the named columns, not 16,384"
    assert table.frame.drop(columns=16_383).equals(read(plain).tables["actoren"].frame)
    assert seconds < 10, seconds
    assert messages(stray) == ["los.xlsx[actoren]: waarschuwing: onbekende kolom 'losse kop' wordt genegeerd"]


@pytest.mark.slow
def test_two_sheets_whose_names_differ_only_in_case_are_an_error_naming_both(book, tmp_path):
    book.copy_worksheet(book["acties"]).title = "Acties "
    path = tmp_path / "dubbel.xlsx"
    book.save(path)
    assert messages(path) == [
        "dubbel.xlsx[acties]: er zijn meer werkbladen met deze naam als hoofdletters en spaties niet tellen "
        "(acties, Acties ): laat er één over"
    ]
