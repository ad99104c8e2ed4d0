"""No CSV or workbook the kit writes has a text cell a spreadsheet would run as a formula."""

from __future__ import annotations

import openpyxl
import pandas as pd
import pytest
from helpers import formula_like_cells, formula_like_fields

from kit.safe_cells import safe_frame, safe_rows, safe_text

# --------------------------------------------------------------------------- the neutralising rule


@pytest.mark.parametrize(
    "value, expected",
    [
        ("-Noord", "'-Noord"),
        ("=1+1", "'=1+1"),
        ("+31 20 555", "'+31 20 555"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\t=1+1", "'\t=1+1"),
        ("  =1+1", "'  =1+1"),
        ("\n-a", "'\n-a"),
        ("-0.5", "-0.5"),
        ("+3", "+3"),
        ("-1e-3", "-1e-3"),
        ("-5+3", "'-5+3"),
        ("lindenhof", "lindenhof"),
        ("", ""),
        ("a=b", "a=b"),
        ("'-x", "'-x"),
        (-0.5, -0.5),
        (None, None),
        (True, True),
    ],
)
def test_safe_text(value, expected):
    """Text a spreadsheet would evaluate gets an apostrophe; plain numbers and non-text stay as they are."""
    assert safe_text(value) == expected


def test_safe_frame_leaves_number_columns_alone():
    frame = pd.DataFrame({"buurt": ["-Noord", "west"], "ei_index": [-0.5, 0.25]})
    safe = safe_frame(frame)
    assert list(safe["buurt"]) == ["'-Noord", "west"] and list(safe["ei_index"]) == [-0.5, 0.25]
    assert list(frame["buurt"]) == ["-Noord", "west"]
    assert safe_rows([{"naam": "=x", "n": "-2"}]) == [{"naam": "'=x", "n": "-2"}]


# --------------------------------------------------------------------------- the other writers


@pytest.mark.slow
def test_demo_and_template_files_hold_no_formulas(demo_path, tmp_path):
    from kit.data.templates import WORKBOOK_NAME, write_templates

    for path in demo_path.glob("*.csv"):
        assert formula_like_fields(path.read_text(encoding="utf-8")) == [], path.name
    write_templates(tmp_path, xlsx=True)
    for path in tmp_path.glob("*.csv"):
        assert formula_like_fields(path.read_text(encoding="utf-8")) == [], path.name
    assert formula_like_cells(openpyxl.load_workbook(tmp_path / WORKBOOK_NAME)) == []


def test_demo_writer_neutralises_text():
    """The demo's names are harmless; its writer still passes every cell through the rule."""
    from kit.demo.writer import csv_text

    row = {"id": "b1", "naam": '=HYPERLINK("x")', "stadsdeel": "-Noord", "platform": "", "start": ""}
    text = csv_text("buurten", [row])
    assert formula_like_fields(text) == [] and "'=HYPERLINK" in text and "'-Noord" in text
