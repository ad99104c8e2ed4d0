"""One rule for a month the user names, and one way of saying that the data do not hold a buurt or a month."""

from __future__ import annotations

import pandas as pd
import pytest
from helpers import EXAMPLE

from kit.analysis.figures import figures
from kit.analysis.snapshot import history, snapshot
from kit.cli import main
from kit.data.dataset import load
from kit.data.lookup import MonthOutsideData, NotInData, UnknownBuurt, check_buurt
from kit.data.months import as_month, as_period
from kit.data.spans import buurt_months, check_month, check_period
from kit.render.batch import render
from kit.report.maandrapport import Maandrapport
from kit.report.words import maand_label


@pytest.mark.parametrize("text", ["2024-3", "2024-13", "2024-00", "24-03", "2024-03-01", " 2024-03", "maart", ""])
def test_a_month_is_written_with_four_and_two_digits(text, tmp_path):
    """The CLI says JJJJ-MM, so every entry accepts exactly that: the analysis, the reports, the render (which
    reads it before any work and passes the month on as a Period)."""
    for read in (as_month, maand_label, lambda maand: render(EXAMPLE, maand, out=tmp_path, progress=False)):
        with pytest.raises(ValueError, match="geen maand; schrijf JJJJ-MM"):
            read(text)
    assert not any(tmp_path.iterdir())


def test_a_month_read_once_is_a_period_everywhere_after():
    month = as_month("2024-03")
    assert month == pd.Period("2024-03", "M") and as_month(month) is not None
    assert maand_label(month) == maand_label("2024-03") == "maart 2024"
    assert as_period("2024-11:2025-02") == (pd.Period("2024-11", "M"), pd.Period("2025-02", "M"))
    for text in ("2024-11", "2024-11:2025-2", "2025-02:2024-11"):
        with pytest.raises(ValueError):
            as_period(text)


def test_an_unknown_buurt_is_one_error_wherever_it_is_asked():
    """The figures, the snapshot, a buurt's months, a report: one exception, one line naming the known buurten."""
    data = load(EXAMPLE)
    asks = [
        lambda: figures(data, "nergenshof", "2024-04"),
        lambda: snapshot(data, "nergenshof", "2024-04"),
        lambda: history(data, "nergenshof"),
        lambda: buurt_months(data, "nergenshof"),
        lambda: Maandrapport(data, "nergenshof", "2024-04"),
        lambda: check_buurt(data, "nergenshof"),
    ]
    for ask in asks:
        with pytest.raises(UnknownBuurt) as raised:
            ask()
        assert str(raised.value) == "onbekende buurt 'nergenshof' (kies uit: lindenhof)"
        assert isinstance(raised.value, NotInData) and "\n" not in str(raised.value)


def test_a_month_outside_the_data_is_one_error():
    data = load(EXAMPLE)
    assert check_month(data, as_month("2024-04")) == as_month("2024-04")
    with pytest.raises(
        MonthOutsideData, match=r"^maand 2031-01 valt buiten de gegevens \(2022-01 tot en met 2024-04\)$"
    ):
        check_month(data, as_month("2031-01"))
    with pytest.raises(MonthOutsideData, match=r"^periode 2024-03:2030-01 valt buiten de gegevens"):
        check_period(data, as_month("2024-03"), as_month("2030-01"))


@pytest.mark.parametrize(
    "arguments, message",
    [
        (["metrics", "--buurt", "nergenshof", "--maand", "2024-04"], "onbekende buurt 'nergenshof'"),
        (["metrics", "--buurt", "lindenhof", "--maand", "2024-4"], "'2024-4' is geen maand; schrijf JJJJ-MM"),
        (["export", "--buurt", "nergenshof"], "onbekende buurt 'nergenshof'"),
        (["render", "--maand", "2031-01"], "maand 2031-01 valt buiten de gegevens"),
        (["render", "--maand", "2024-04", "--buurt", "nergenshof"], "onbekende buurt 'nergenshof'"),
        (["render", "--synthese", "2024-3:2024-04"], "'2024-3:2024-04' is geen periode"),
        (["render", "--synthese", "2024-03:2024-04", "--bijlage"], "--bijlage hoort bij de maandrapporten"),
    ],
)
def test_the_command_line_says_it_in_one_line_and_exits_2(arguments, message, capsys, tmp_path):
    command, *rest = arguments
    out = ["--out", str(tmp_path / "uit")] if command in ("render", "export") else []
    if command == "export":
        out = ["--out", str(tmp_path / "net.gexf")]
    assert main([command, str(EXAMPLE), *rest, *out]) == 2
    error = capsys.readouterr().err
    assert error == f"proeftuin: {error.removeprefix('proeftuin: ')}" and message in error
    assert error.count("\n") == 1
