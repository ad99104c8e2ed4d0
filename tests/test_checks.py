"""The checks `make test` runs before the tests bite, with located messages: ruff (lint, format) and mypy.

Each test writes a small module to a temporary folder and runs the tool with the project's own
configuration (pyproject.toml), the way `make check` does.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CONFIG = ROOT / "pyproject.toml"


def _run(*args: str, cwd: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", *args], cwd=cwd, env=env, capture_output=True, text=True, check=False)


def _mypy(target: Path, cwd: Path, kit: bool = False) -> subprocess.CompletedProcess[str]:
    """mypy on ``target``; the kit's modules read for their signatures (``kit``), their own findings not reported.

    The kit is installed editable through an import hook, which mypy does not follow: MYPYPATH shows it the source.
    """
    env = {**os.environ, "MYPYPATH": str(ROOT)} if kit else None
    return _run(
        "mypy",
        "--config-file",
        str(CONFIG),
        "--follow-imports=silent",
        "--cache-dir",
        str(cwd / ".mypy_cache"),
        str(target),
        cwd=cwd,
        env=env,
    )


def test_ruff_names_an_unused_import_by_file_line_and_column(tmp_path):
    (tmp_path / "module.py").write_text('"""A module."""\n\nimport os\n\n\ndef f():\n    return 1\n')
    result = _run(
        "ruff", "check", "--no-cache", "--config", str(CONFIG), "--output-format", "concise", ".", cwd=tmp_path
    )
    assert result.returncode == 1
    assert "module.py:3:8: F401 [*] `os` imported but unused" in result.stdout


def test_ruff_format_check_names_an_unformatted_file(tmp_path):
    (tmp_path / "module.py").write_text("x = {  'a':1 }\n")
    result = _run("ruff", "format", "--no-cache", "--config", str(CONFIG), "--check", ".", cwd=tmp_path)
    assert result.returncode == 1
    assert "module.py" in result.stdout and "1 file would be reformatted" in result.stdout


def test_mypy_names_a_wrong_argument_type_by_file_and_line(tmp_path):
    module = tmp_path / "caller.py"
    module.write_text('from kit.data.cells import parse_int\n\nparse_int("3")\nparse_int(3)\n')
    result = _mypy(module, tmp_path, kit=True)
    assert result.returncode == 1
    assert result.stdout.splitlines()[0] == (
        'caller.py:4: error: Argument 1 to "parse_int" has incompatible type "int"; expected "str"  [arg-type]'
    )


def test_mypy_is_strict_for_the_data_and_analysis_layers_only(tmp_path):
    """The same unannotated function: an error in a module of kit.data, fine in one of kit.report."""
    source = "def parse(text):\n    return text\n"
    for package in ("kit", "kit/data", "kit/report"):
        (tmp_path / package).mkdir(exist_ok=True)
        (tmp_path / package / "__init__.py").write_text("")
    (tmp_path / "kit/data/probe.py").write_text(source)
    (tmp_path / "kit/report/probe.py").write_text(source)
    strict = _mypy(Path("kit/data/probe.py"), tmp_path)
    assert strict.returncode == 1
    assert "kit/data/probe.py:1: error: Function is missing a type annotation  [no-untyped-def]" in strict.stdout
    lenient = _mypy(Path("kit/report/probe.py"), tmp_path)
    assert lenient.returncode == 0, lenient.stdout
