"""The kit as a Python package: the wheel carries everything a render needs.

``pip install .`` (not editable) must give a working ``proeftuin render``: the
report notebooks and the nbconvert template are package data, found through
:mod:`importlib.resources`.  The wheel is built here offline (no build
isolation, no index) from a copy of the sources, unpacked, and the demo is
rendered from it with the working directory outside the checkout.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

import pytest
import yaml

import kit

ROOT = Path(__file__).resolve().parents[1]
#: What a copy of the sources leaves out: environments, outputs, caches.
NOT_SOURCES = shutil.ignore_patterns(".git", ".venv", "build", "reports", "*.egg-info", "__pycache__", ".pytest_cache")


def _run(*args: str, cwd: Path, env: dict | None = None) -> subprocess.CompletedProcess:
    """Run a command, failing the test with its output when it exits non-zero."""
    done = subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True)
    assert done.returncode == 0, f"{' '.join(args)}\n{done.stdout}\n{done.stderr}"
    return done


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    """The kit's wheel, built from a copy of the sources without network."""
    tmp = tmp_path_factory.mktemp("wheel")
    sources = tmp / "bron"
    shutil.copytree(ROOT, sources, ignore=NOT_SOURCES)
    _run(
        sys.executable,
        "-m",
        "pip",
        "wheel",
        "--no-deps",
        "--no-build-isolation",
        "--no-index",
        "--wheel-dir",
        str(tmp / "dist"),
        str(sources),
        cwd=tmp,
    )
    [built] = (tmp / "dist").glob("proeftuin_kit-*.whl")
    return built


@pytest.mark.slow
def test_wheel_holds_every_file_of_the_package_and_the_licence(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    package = {
        p.relative_to(ROOT).as_posix()
        for p in (ROOT / "kit").rglob("*")
        if p.is_file() and "__pycache__" not in p.parts
    }
    assert package - names == set()
    for data in (
        "kit/render/notebooks/maandrapport.ipynb",
        "kit/render/notebooks/overzicht.ipynb",
        "kit/render/templates/proeftuin/index.html.j2",
        "kit/render/templates/proeftuin/rapport.css",
        "kit/__main__.py",
    ):
        assert data in names
    info = f"proeftuin_kit-{kit.__version__}.dist-info"
    assert f"{info}/licenses/LICENSE" in names
    with zipfile.ZipFile(wheel) as archive:
        metadata = archive.read(f"{info}/METADATA").decode()
        entry_points = archive.read(f"{info}/entry_points.txt").decode()
    assert "License-Expression: EUPL-1.2" in metadata
    assert "proeftuin = kit.cli:main" in entry_points


@pytest.mark.slow
def test_unpacked_wheel_renders_the_demo_outside_the_checkout(wheel, tmp_path):
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    work = tmp_path / "werk"
    work.mkdir()
    env = {**os.environ, "PYTHONPATH": str(site)}

    where = _run(sys.executable, "-c", "import kit; print(kit.__file__)", cwd=work, env=env).stdout.strip()
    assert Path(where).is_relative_to(site), where
    _run(sys.executable, "-m", "kit", "demo", "demo", cwd=work, env=env)
    done = _run(
        sys.executable,
        "-m",
        "kit",
        "render",
        "demo",
        "--maand",
        "2025-03",
        "--buurt",
        "vlinderhof",
        "--jobs",
        "1",
        "--stil",
        cwd=work,
        env=env,
    )
    assert "1 geschreven" in done.stdout or "2 geschreven" in done.stdout, done.stdout
    report = work / "reports" / "2025-03" / "vlinderhof"
    html = (report / "maandrapport.html").read_text(encoding="utf-8")
    assert "<main" in html and "@page" in html  # the kit's template and its print CSS
    assert (report / "maandrapport.pdf").read_bytes().startswith(b"%PDF")


@pytest.mark.slow
def test_python_dash_m_kit_is_the_proeftuin_command(tmp_path):
    done = _run(sys.executable, "-m", "kit", "--version", cwd=tmp_path)
    assert done.stdout.strip() == f"proeftuin-kit {kit.__version__}"
    missing = subprocess.run(
        [sys.executable, "-m", "kit", "validate", "nergens"], cwd=tmp_path, capture_output=True, text=True
    )
    assert missing.returncode == 2
    assert missing.stderr.strip() == "proeftuin: dataset 'nergens' bestaat niet"


def test_version_and_date_are_the_same_in_package_metadata_citation_and_changelog():
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    citation = yaml.safe_load((ROOT / "CITATION.cff").read_text(encoding="utf-8"))
    changelog = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    released = re.findall(r"^## \[(\d+\.\d+\.\d+)\] - (\d{4}-\d\d-\d\d)$", changelog, re.M)
    assert pyproject["version"] == kit.__version__ == citation["version"] == released[0][0]
    assert citation["date-released"] == released[0][1]  # a string: CFF wants YYYY-MM-DD, not a YAML date
    assert pyproject["license"] == citation["license"] == "EUPL-1.2"
    assert "## [Unreleased]" in changelog


def test_licence_is_the_complete_eupl_1_2():
    text = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert text.startswith("EUROPEAN UNION PUBLIC LICENCE v. 1.2\nEUPL © the European Union 2007, 2016\n")
    for article in ("1.Definitions", "5.Obligations of the Licensee", "15.Applicable Law", "Appendix"):
        assert article in text
    assert text.rstrip().endswith(
        "All other changes or additions to this Appendix require the production of a new EUPL version."
    )
