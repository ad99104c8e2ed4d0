"""The command line: every subcommand explains itself, wrong use exits 2 with one line."""

from __future__ import annotations

import pytest

from kit.cli import main

SUBCOMMANDS = ("validate", "template", "demo", "metrics", "export", "render")


@pytest.mark.parametrize("command", SUBCOMMANDS)
def test_every_subcommand_has_help(command, capsys):
    with pytest.raises(SystemExit) as stop:
        main([command, "--help"])
    assert stop.value.code == 0
    assert f"usage: proeftuin {command}" in capsys.readouterr().out


def test_missing_dataset_is_one_line_and_status_2(tmp_path, capsys):
    assert main(["validate", str(tmp_path / "nergens")]) == 2
    assert capsys.readouterr().err.strip() == f"proeftuin: dataset '{tmp_path / 'nergens'}' bestaat niet"


def test_template_refuses_to_overwrite(tmp_path, capsys):
    assert main(["template", str(tmp_path)]) == 0
    assert main(["template", str(tmp_path)]) == 2
    assert "bestaat al (gebruik --force" in capsys.readouterr().err
    assert main(["template", str(tmp_path), "--force", "--xlsx"]) == 0
    assert (tmp_path / "proeftuin-sjabloon.xlsx").exists()


def test_render_of_invalid_data_exits_1_without_traceback(example, tmp_path, capsys):
    (example / "relaties.csv").unlink()
    with pytest.raises(SystemExit) as stop:
        main(["render", str(example), "--out", str(tmp_path / "out"), "--stil"])
    assert stop.value.code == 1
    err = capsys.readouterr().err
    assert "relaties.csv: ontbrekend bestand" in err and "Traceback" not in err
    assert not (tmp_path / "out").exists()
