"""The figures of the spec on the example dataset, through the API and the command line."""

from __future__ import annotations

import json
import math

import pytest

from conftest import EXAMPLE
from kit.cli import main
from kit.data.dataset import load
from kit.analysis.figures import FIGURE_KEYS, figures
from kit.analysis.snapshot import network, snapshot


def same(got, expected) -> bool:
    """Equal, with floats compared to 1e-9 (the example README's tolerance)."""
    if isinstance(expected, float) and isinstance(got, (int, float)):
        return math.isclose(got, expected, rel_tol=0, abs_tol=1e-9)
    if isinstance(expected, dict):
        return isinstance(got, dict) and got.keys() == expected.keys() and all(same(got[k], expected[k]) for k in expected)
    if isinstance(expected, list):
        return isinstance(got, list) and len(got) == len(expected) and all(map(same, got, expected))
    return got == expected and type(got) is type(expected)


@pytest.mark.parametrize("month", ["2024-03", "2024-04"])
def test_cli_reproduces_expected_json(month, capsys):
    assert main(["metrics", str(EXAMPLE), "--buurt", "lindenhof", "--maand", month, "--json"]) == 0
    printed = json.loads(capsys.readouterr().out)
    expected = json.loads((EXAMPLE / f"expected-lindenhof-{month}.json").read_text())
    assert list(printed) == list(FIGURE_KEYS)
    assert set(printed) == set(expected)
    for key in expected:
        assert same(printed[key], expected[key]), (key, printed[key], expected[key])


def test_snapshot_follows_the_one_rule():
    data = load(EXAMPLE)
    march, april = snapshot(data, "lindenhof", "2024-03"), snapshot(data, "lindenhof", "2024-04")
    assert "lh-bc3" not in march.actoren.index and "lh-bc3" in april.actoren.index  # joins in April
    assert "r6" in set(march.relaties["id"]) and "r6" not in set(april.relaties["id"])  # ends 31 March
    assert "west" in april.actoren.index  # city-wide, through its relations
    assert network(april).edges["lh-plat", "lh-wb"]["soorten"] == ("samenwerking",)
    assert list(april.activiteiten["id"]) == ["a3", "a4"]


def test_readable_summary_in_dutch(capsys):
    assert main(["metrics", str(EXAMPLE), "--buurt", "lindenhof", "--maand", "2024-04"]) == 0
    out = capsys.readouterr().out
    assert "0,25  dichtheid" in out and "versnipperde activiteiten: Informatieavond renovatie, Bewonersavond" in out


@pytest.mark.parametrize(
    "arguments, message",
    [
        (["--buurt", "nergenshof", "--maand", "2024-04"], "onbekende buurt 'nergenshof'"),
        (["--buurt", "lindenhof", "--maand", "2031-01"], "maand 2031-01 valt buiten de gegevens (2022-01 tot en met 2024-04)"),
        (["--buurt", "lindenhof", "--maand", "april"], "'april' is geen maand"),
    ],
)
def test_unknown_buurt_or_month_exits_2(arguments, message, capsys):
    assert main(["metrics", str(EXAMPLE), *arguments, "--json"]) == 2
    assert message in capsys.readouterr().err


def test_figures_without_platform_or_activities_are_null(example):
    (example / "buurten.csv").write_text("id,naam,stadsdeel,platform,start\nlindenhof,Lindenhof,West,,2024-03\n")
    for name in ("activiteiten.csv", "maatlat.csv"):
        (example / name).unlink()
    result = figures(load(example), "lindenhof", "2024-04")
    for key in ("platform_betweenness", "platform_bereik", "ruggengraat", "bundelingsgraad", "maatlat_gemiddelde"):
        assert result[key] is None, key
    assert result["activiteiten"] == 0 and result["maatlat"] == {}
