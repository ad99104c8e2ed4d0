"""The figures of the spec on the example dataset, through the API and the command line."""

from __future__ import annotations

import json

import pytest
from helpers import EXAMPLE, EXAMPLE_V2, EXAMPLE_V3, same

from kit.analysis.catalogue import COLUMN, FIGURE_KEYS, FIGURES
from kit.analysis.figures import figures
from kit.analysis.registers import kept
from kit.analysis.snapshot import network, snapshot
from kit.cli import main
from kit.data.dataset import load

#: The keys version 2 of the figures adds, in its order after those of version 1, and version 3 after them.
V2_KEYS = tuple(f.key for f in FIGURES if f.version == 2)
V3_KEYS = tuple(f.key for f in FIGURES if f.version == 3)
V4_KEYS = tuple(f.key for f in FIGURES if f.version == 4)


def printed_figures(folder, month, capsys, buurt="lindenhof") -> dict:
    assert main(["metrics", str(folder), "--buurt", buurt, "--maand", month, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_figure_keys_are_the_spec_keys_in_order():
    assert FIGURE_KEYS[-len(V2_KEYS) - len(V3_KEYS) - len(V4_KEYS) :] == V2_KEYS + V3_KEYS + V4_KEYS
    assert len(FIGURE_KEYS) == 24 + len(V2_KEYS) + len(V3_KEYS) + len(V4_KEYS)
    assert V2_KEYS[:3] == ("platform", "erkend", "erkend_maanden") and "vindplaats" in V2_KEYS
    assert V3_KEYS == ("resultaten_gemeld", "middelen_naast", "vastgelegd")
    assert V4_KEYS[:2] == ("tafels", "tafels_rol") and V4_KEYS[-1] == "acties_concentratie"


@pytest.mark.parametrize("month", ["2024-03", "2024-04"])
def test_cli_reproduces_expected_json(month, capsys):
    """Version 1 data: the version 1 figures as expected; the later keys are there too (tested below)."""
    printed = printed_figures(EXAMPLE, month, capsys)
    expected = json.loads((EXAMPLE / f"expected-lindenhof-{month}.json").read_text())
    assert list(printed) == list(FIGURE_KEYS)
    assert set(printed) - set(expected) == set(V2_KEYS + V3_KEYS + V4_KEYS)
    for key in expected:
        assert same(printed[key], expected[key]), (key, printed[key], expected[key])


@pytest.mark.parametrize("month", ["2024-03", "2024-04"])
def test_cli_reproduces_expected_json_version_2(month, capsys):
    """Version 2 data keep their values for the keys of version 2 under version 3: the buurt keeps every register."""
    printed = printed_figures(EXAMPLE_V2, month, capsys)
    expected = json.loads((EXAMPLE_V2 / f"expected-lindenhof-v2-{month}.json").read_text())
    assert list(printed) == list(FIGURE_KEYS)
    assert set(printed) - set(expected) == set(V3_KEYS + V4_KEYS)
    for key in expected:
        assert same(printed[key], expected[key]), (key, printed[key], expected[key])


@pytest.mark.parametrize("buurt", ["lindenhof", "esdoorn"])
@pytest.mark.parametrize("month", ["2024-03", "2024-04"])
def test_cli_reproduces_expected_json_version_3(buurt, month, capsys):
    """Every key of version 3, for a buurt that keeps every register and one that keeps none; a hidden person as
    anoniem-N.  Version 3 data keep none of the registers of version 4: its figures are null (``acties_eigenaren``
    and ``acties_concentratie``, of the action list, are tested in ``test_measures_v4.py``), and ``vastgelegd`` names
    its three registers with no month."""
    printed = printed_figures(EXAMPLE_V3, month, capsys, buurt)
    expected = json.loads((EXAMPLE_V3 / f"expected-{buurt}-v3-{month}.json").read_text())
    assert list(printed) == list(FIGURE_KEYS)
    assert set(printed) - set(expected) == set(V4_KEYS)
    unkept = [key for key in V4_KEYS if not key.startswith("acties_")]
    assert {key: printed[key] for key in unkept} == dict.fromkeys(unkept, None)
    for key in expected:
        assert same(printed[key], expected[key]), (key, printed[key], expected[key])


def test_later_figures_of_version_1_data(capsys):
    """The version 1 example has no erkenning, resultaten or verzoeken, no sessie or belemmering.

    Under version 3 those registers are not kept and the columns not in use: their figures are null, and the
    platform (lh-plat, from buurten.platform) is not called recognised.  March: r6 (ruimte, lh-bh → lh-plat, lijn
    0) is the one resource, to the platform; it ends 31 March, within the three months after February but not
    after March.  April: informeren scored 2 by the buurt, 4 by a peer: maatlat_verschil −2.  The network is that
    of the version 2 example (same actors and relations), so ei_index_eerste/tweede, verbinders and
    verbindingskaart equal its expected values.
    """
    march, april = (printed_figures(EXAMPLE, month, capsys) for month in ("2024-03", "2024-04"))
    unkept = (
        "erkend erkend_maanden resultaten resultaten_gemeld resultaten_totaal resultaten_omvang verzoeken "
        "antwoordtijd nagekomen belemmeringen afspraken"
    ).split()
    for month, result in (("2024-03", march), ("2024-04", april)):
        expected = json.loads((EXAMPLE_V2 / f"expected-lindenhof-v2-{month}.json").read_text())
        assert result["platform"] == "lh-plat"
        assert {key: result[key] for key in unkept} == dict.fromkeys(unkept, None)
        assert result["middelen_aflopend"] == [] and result["vindplaats"] == []
        assert result["middelen_naast"] == ["r9"], "the stadsdeel funds the Wijkbericht, set up from the top down"
        assert result["vastgelegd"]["erkenning"] is None and result["vastgelegd"]["acties"] == month
        for key in ("ei_index_eerste", "ei_index_tweede", "verbinders", "verbindingskaart"):
            assert same(result[key], expected[key]), key
    assert (march["middelen"], march["middelen_platform"]) == (1, 1)
    assert (april["middelen"], april["middelen_platform"]) == (0, 0)
    assert march["maatlat_verschil"] is None and april["maatlat_verschil"] == -2.0
    february = figures(load(EXAMPLE), "lindenhof", "2024-02")
    assert february["middelen_aflopend"] == ["r6"]
    assert february["erkend"] is None and february["erkend_maanden"] is None


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
    assert "0,25  Dichtheid" in out and "versnipperde activiteiten: Informatieavond renovatie, Bewonersavond" in out


def test_the_summary_names_each_figure_as_the_reports_do(capsys):
    """One Dutch label per figure: a line of the terminal summary per figure of one number (erkend is said on the
    platform's line), titled as every report titles it, with the reports' decimals."""
    assert main(["metrics", str(EXAMPLE_V2), "--buurt", "lindenhof", "--maand", "2024-04"]) == 0
    lines = capsys.readouterr().out.splitlines()
    figures_ = figures(load(EXAMPLE_V2), "lindenhof", "2024-04")
    registers = kept(load(EXAMPLE_V2), "lindenhof")
    scalars = [
        c
        for f in FIGURES
        if f.shape == "scalar" and f.key != "erkend" and (f.register is None or registers[f.register])
        for c in f.columns
    ]
    assert lines[2].startswith("  niet vastgelegd voor deze buurt: de plekken aan tafel"), "version 4's registers"
    shown = [line.split(None, 1) for line in lines[3 : 3 + len(scalars)]]
    assert [label for _, label in shown] == [c.label for c in scalars]
    assert "Platform als verbinder" in [label for _, label in shown]
    assert dict(zip([c.name for c in scalars], [v for v, _ in shown], strict=True))["gem_intensiteit"] == (
        COLUMN["gem_intensiteit"].text(figures_["gem_intensiteit"])
    )


def test_readable_summary_shows_the_version_2_figures(capsys):
    assert main(["metrics", str(EXAMPLE_V2), "--buurt", "lindenhof", "--maand", "2024-04"]) == 0
    out = capsys.readouterr().out
    assert "platform: Buurtplatform Lindenhof (erkend deze maand)" in out
    assert "31,5  Dagen tot een antwoord" in out
    assert "verzoeken: 0 gedaan, 1 beantwoord, 1 open, 1 langer dan 30 dagen open, 0 toegezegd, 1 afgewezen" in out
    assert "afspraken uit de intervisie: 1 gepland" in out and "belemmeringen: 1 tijd, 1 ruimte" in out
    assert "bereikt tot nu toe: 12.000 euro, 35 woningen, 4 stuks" in out
    assert "verbinder: Buurtplatform Lindenhof (betweenness 0,43, effectieve omvang 4,6)" in out
    assert "verbindingskaart, bewonersinitiatieven: 5 bundeling, 0 sociaal kapitaal, 0 werven" in out


@pytest.mark.parametrize(
    "arguments, message",
    [
        (["--buurt", "nergenshof", "--maand", "2024-04"], "onbekende buurt 'nergenshof'"),
        (
            ["--buurt", "lindenhof", "--maand", "2031-01"],
            "maand 2031-01 valt buiten de gegevens (2022-01 tot en met 2024-04)",
        ),
        (["--buurt", "lindenhof", "--maand", "april"], "'april' is geen maand"),
    ],
)
def test_unknown_buurt_or_month_exits_2(arguments, message, capsys):
    assert main(["metrics", str(EXAMPLE), *arguments, "--json"]) == 2
    assert message in capsys.readouterr().err


def test_figures_without_platform_or_activities_are_null(example):
    """No platform, no activities or scores recorded: every figure about them is null, none 0 or "not recognised"."""
    (example / "buurten.csv").write_text("id,naam,stadsdeel,platform,start\nlindenhof,Lindenhof,West,,2024-03\n")
    for name in ("activiteiten.csv", "maatlat.csv"):
        (example / name).unlink()
    result = figures(load(example), "lindenhof", "2024-04")
    for key in (
        "platform_betweenness",
        "platform_bereik",
        "ruggengraat",
        "bundelingsgraad",
        "maatlat_gemiddelde",
        "platform",
        "erkend_maanden",
        "middelen_platform",
        "maatlat_verschil",
    ):
        assert result[key] is None, key
    assert result["activiteiten"] is None and result["maatlat"] is None and result["erkend"] is None
