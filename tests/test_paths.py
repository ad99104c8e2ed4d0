"""File-system mistakes on the command line: one line on stderr, exit status 2, no traceback, nothing written.

Every command that reads or writes a path is tried with a file where a folder
is expected, a folder where a file is expected, a path under a file, and a
folder that takes no files.  Permission bits do not stop root (the tests run
as root in CI), so :func:`unwritable` gives root a folder no one can write in,
``/sys``, and :func:`unreadable` makes the operating system refuse to read a
path (for root by refusing in :mod:`os` the way the kernel would).
"""

from __future__ import annotations

import errno
import os
import tempfile
from pathlib import Path

import pytest
from helpers import ROOT, no_hang

from kit import paths
from kit.cli import main

IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0


@pytest.fixture
def unwritable(tmp_path) -> Path:
    """A folder in which this process cannot create a file."""
    if not IS_ROOT:
        folder = tmp_path / "alleen-lezen"
        folder.mkdir()
        folder.chmod(0o500)
        yield folder
        folder.chmod(0o700)
        return
    folder = Path("/sys")
    try:
        with tempfile.TemporaryFile(dir=folder):
            pass
    except OSError:
        yield folder
    else:
        pytest.fail("root can write in /sys here: no folder left to test an unwritable path with")


@pytest.fixture
def unreadable(monkeypatch):
    """Return a function that makes a path unreadable for this process."""
    refused: set[str] = set()

    def refuse(path: Path) -> Path:
        if not IS_ROOT:
            path.chmod(0)
        refused.add(os.path.abspath(path))
        return path

    if IS_ROOT:

        def guard(original):
            def check(path, *args, **kwargs):
                if os.path.abspath(path) in refused:
                    raise PermissionError(errno.EACCES, "Permission denied", str(path))
                return original(path, *args, **kwargs)

            return check

        monkeypatch.setattr(os, "listdir", guard(os.listdir))
        monkeypatch.setattr(os, "open", guard(os.open))
        monkeypatch.setattr(Path, "read_bytes", guard(Path.read_bytes))
        monkeypatch.setattr(Path, "open", guard(Path.open))
    yield refuse
    for path in refused:
        if not IS_ROOT and os.path.exists(path):
            os.chmod(path, 0o700)


def _refused(argv: list[str], capsys, *fragments: str) -> str:
    """Run the command; check it refused with one line naming ``fragments``; return that line."""
    assert main([str(a) for a in argv]) == 2
    captured = capsys.readouterr()
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("proeftuin: "), captured.err
    assert "Traceback" not in captured.err + captured.out
    for fragment in fragments:
        assert fragment in lines[0]
    return lines[0]


@pytest.fixture
def a_file(tmp_path) -> Path:
    path = tmp_path / "gewoon-bestand.txt"
    path.write_text("iets\n", encoding="utf-8")
    return path


def _no_files(folder: Path) -> bool:
    return not folder.exists() or not [p for p in folder.rglob("*") if p.is_file()]


# ---- render


def test_render_out_is_a_file(example, a_file, capsys):
    _refused(["render", example, "--out", a_file, "--stil"], capsys, str(a_file), "is een bestand, geen map")
    assert a_file.read_text(encoding="utf-8") == "iets\n"


def test_render_out_under_a_file(example, a_file, capsys):
    _refused(
        ["render", example, "--out", a_file / "rapporten", "--stil"],
        capsys,
        "kan hier geen map maken",
        f"{a_file} is een bestand",
    )


def test_render_out_unwritable(example, unwritable, capsys):
    _refused(["render", example, "--out", unwritable / "rapporten", "--stil"], capsys, "kan niet schrijven in")


def test_render_report_file_that_is_a_folder_stops_before_rendering(example, tmp_path, capsys):
    out = tmp_path / "rapporten"
    (out / "2024-04" / "lindenhof" / "maandrapport.pdf").mkdir(parents=True)
    _refused(
        ["render", example, "--out", out, "--maand", "2024-04", "--stil"],
        capsys,
        "maandrapport.pdf: is een map, geen bestand",
    )
    assert _no_files(out), "nothing rendered, not even the index"


def test_render_buurt_folder_that_is_a_file(example, tmp_path, capsys):
    out = tmp_path / "rapporten"
    (out / "2024-04").mkdir(parents=True)
    (out / "2024-04" / "lindenhof").write_text("", encoding="utf-8")
    _refused(
        ["render", example, "--out", out, "--maand", "2024-04", "--stil"], capsys, "lindenhof: is een bestand, geen map"
    )
    assert not (out / "index.html").exists()


# ---- export and metrics: one file each


@pytest.mark.parametrize("command", [["export", "--buurt", "lindenhof"], ["metrics"]])
def test_out_file_that_is_a_folder(command, example, tmp_path, capsys):
    folder = tmp_path / "panel.csv"
    folder.mkdir()
    _refused([command[0], example, *command[1:], "--out", folder], capsys, "is een map, geen bestand")
    assert not list(folder.iterdir())


@pytest.mark.parametrize("command", [["export", "--buurt", "lindenhof"], ["metrics"]])
def test_out_file_under_a_file(command, example, a_file, capsys):
    _refused([command[0], example, *command[1:], "--out", a_file / "panel.csv"], capsys, "kan hier geen bestand maken")


@pytest.mark.parametrize("command", [["export", "--buurt", "lindenhof"], ["metrics"]])
def test_out_file_unwritable(command, example, unwritable, capsys):
    _refused([command[0], example, *command[1:], "--out", unwritable / "panel.csv"], capsys, "kan niet schrijven in")


def test_metrics_checks_out_before_computing_the_panel(example, tmp_path, capsys, monkeypatch):
    import kit.analysis.panel

    def never(*args, **kwargs):
        raise AssertionError("the panel was computed before --out was checked")

    monkeypatch.setattr(kit.analysis.panel, "panel", never)
    (tmp_path / "panel.csv").mkdir()
    _refused(["metrics", example, "--out", tmp_path / "panel.csv"], capsys, "is een map")


# ---- template and demo: a folder of files


@pytest.mark.parametrize("command", ["template", "demo"])
def test_folder_that_is_a_file(command, a_file, capsys):
    _refused([command, a_file], capsys, "is een bestand, geen map")


@pytest.mark.parametrize("command", ["template", "demo"])
def test_folder_under_a_file(command, a_file, capsys):
    _refused([command, a_file / "map"], capsys, "kan hier geen map maken")


@pytest.mark.parametrize("command", ["template", "demo"])
def test_folder_unwritable(command, unwritable, capsys):
    _refused([command, unwritable / "map"], capsys, "kan niet schrijven in")


@pytest.mark.parametrize(("command", "blocking"), [("template", "README.md"), ("demo", "FICTIEF.txt")])
def test_one_target_that_is_a_folder_writes_nothing(command, blocking, tmp_path, capsys):
    (tmp_path / blocking).mkdir()
    _refused(
        [command, tmp_path, *(["--force"] if command == "template" else [])],
        capsys,
        f"{blocking}: is een map, geen bestand",
    )
    assert _no_files(tmp_path), "no file written before the check failed"


# ---- the dataset: read by validate, metrics, export and render


@pytest.mark.parametrize(
    "command",
    [
        ["validate"],
        ["metrics", "--buurt", "lindenhof", "--maand", "2024-04"],
        ["export", "--buurt", "lindenhof"],
        ["render", "--stil"],
    ],
)
def test_dataset_that_is_a_csv_file(command, example, capsys, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    _refused(
        [command[0], example / "actoren.csv", *command[1:]], capsys, "is een bestand, geen map en geen Excel-werkmap"
    )


def test_dataset_under_a_file(a_file, capsys):
    _refused(["validate", a_file / "gegevens"], capsys, "bestaat niet", f"{a_file} is een bestand")


def test_dataset_folder_unreadable(example, unreadable, capsys):
    _refused(["validate", unreadable(example)], capsys, "is niet te lezen (geen toestemming)")


def test_workbook_unreadable(tmp_path, unreadable, capsys):
    book = tmp_path / "gegevens.xlsx"
    book.write_bytes(b"PK")
    _refused(["validate", unreadable(book)], capsys, "is niet te lezen (geen toestemming)")


def test_a_file_in_the_dataset_unreadable(example, unreadable, capsys):
    unreadable(example / "relaties.csv")
    _refused(["validate", example], capsys, "relaties.csv: geen toestemming")


@pytest.mark.parametrize("kind", ["pipe", "device"])
@pytest.mark.parametrize("command", ["validate", "metrics", "export", "render"])
def test_a_workbook_that_is_a_pipe_or_a_device_is_refused_without_reading(kind, command, tmp_path, capsys, monkeypatch):
    """The size limit looked at ``st_size``, which is 0 for both: a pipe hung, ``/dev/zero`` read without end."""
    monkeypatch.chdir(tmp_path)
    book = tmp_path / "gegevens.xlsx"
    if kind == "pipe":
        os.mkfifo(book)
    else:
        book.symlink_to("/dev/zero")
    options = ["--buurt", "lindenhof"] if command in ("metrics", "export") else []
    with no_hang():
        _refused(
            [command, book, *options],
            capsys,
            f"dataset '{book}' is geen gewoon bestand (een apparaat, een pipe of een socket) en wordt niet gelezen",
        )


def test_reading_a_workbook_that_is_a_pipe_is_one_problem(tmp_path):
    from kit.data.validation import validate

    book = tmp_path / "gegevens.xlsx"
    os.mkfifo(book)
    with no_hang():
        result = validate(book)
    assert result.format("en") == "gegevens.xlsx: is no regular file (a device, a pipe or a socket) and is not read"


def test_a_link_to_a_workbook_is_followed(tmp_path, capsys):
    """The path on the command line is the user's own choice, wherever it points."""
    book = tmp_path / "gegevens.xlsx"
    book.symlink_to(ROOT / "tests" / "workbooks" / "lindenhof-libreoffice.xlsx")
    assert main(["validate", str(book)]) == 0
    assert "geldig, 0 fout(en)" in capsys.readouterr().out


def test_describe_names_path_and_reason():
    assert paths.describe(FileNotFoundError(errno.ENOENT, "No such file", "x.csv")) == "x.csv: bestaat niet"
    assert paths.describe(OSError(errno.ENOSPC, "No space left on device")) == "de schijf is vol"
