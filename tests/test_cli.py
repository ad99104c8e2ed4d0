"""The command line: every subcommand explains itself, wrong use exits 2 with one line."""

from __future__ import annotations

import pytest

from kit.cli import main

SUBCOMMANDS = ("validate", "template", "demo", "metrics", "export", "render", "samenvoegen")


@pytest.mark.parametrize("command", SUBCOMMANDS)
def test_every_subcommand_has_help(command, capsys):
    with pytest.raises(SystemExit) as stop:
        main([command, "--help"])
    assert stop.value.code == 0
    assert f"usage: proeftuin {command}" in capsys.readouterr().out


def test_missing_dataset_is_one_line_and_status_2(tmp_path, capsys):
    assert main(["validate", str(tmp_path / "nergens")]) == 2
    assert capsys.readouterr().err.strip() == f"proeftuin: dataset '{tmp_path / 'nergens'}' bestaat niet"


@pytest.mark.slow
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


@pytest.mark.parametrize(
    ("tty", "options", "progress"),
    [(True, [], True), (False, [], False), (True, ["--stil"], False), (True, ["--quiet"], False)],
)
def test_render_progress_bar_only_on_a_terminal(tty, options, progress, example, tmp_path, monkeypatch):
    """A bar written into a log file or a pipe is noise: it shows only when stderr is a terminal."""
    import kit.render.batch

    seen = {}

    def fake_render(*args, **kwargs):
        seen.update(kwargs)
        raise SystemExit(0)

    monkeypatch.setattr(kit.render.batch, "render", fake_render)
    monkeypatch.setattr("sys.stderr.isatty", lambda: tty)
    with pytest.raises(SystemExit):
        main(["render", str(example), "--out", str(tmp_path / "out"), *options])
    assert seen["progress"] is progress


def test_render_timeout_default_and_option(example, tmp_path, monkeypatch, capsys):
    import kit.render.batch

    seen = []

    def fake_render(*args, timeout, **kwargs):
        seen.append(timeout)
        raise SystemExit(0)

    monkeypatch.setattr(kit.render.batch, "render", fake_render)
    for options in ([], ["--timeout", "12.5"], ["--timeout", "86400"]):
        with pytest.raises(SystemExit):
            main(["render", str(example), "--out", str(tmp_path / "out"), *options])
    assert seen == [kit.render.batch.TIMEOUT, 12.5, 86400]
    with pytest.raises(SystemExit):
        main(["render", "--help"])
    assert f"standaard {kit.render.batch.TIMEOUT}" in capsys.readouterr().out


@pytest.mark.parametrize("seconds", ["nan", "inf", "1e999", "-inf", "0", "-0", "-1", "86401"])
@pytest.mark.parametrize("synthese", [[], ["--synthese", "2024-03:2024-04"]])
def test_render_timeout_that_is_no_limit_is_refused_before_any_work(seconds, synthese, tmp_path, capsys, monkeypatch):
    """``nan``, ``inf`` and ``1e999`` silently meant no limit: now one line and status 2, before the data is read."""
    import kit.cli

    monkeypatch.setattr(kit.cli, "_load", lambda path: pytest.fail("the data was read before --timeout was checked"))
    out = tmp_path / "out"
    assert main(["render", str(tmp_path), "--out", str(out), *synthese, f"--timeout={seconds}"]) == 2
    assert capsys.readouterr().err == (
        "proeftuin: --timeout is een aantal seconden, meer dan 0 en hoogstens 86400 (een dag)\n"
    )
