"""The lock is in step with pyproject.toml, its exports for pip and environment.yml.

``make`` installs requirements/<extra>.txt, exported from uv.lock by ``make lock``.
A dependency added to pyproject.toml without ``make lock`` would not be installed;
these tests say so before anyone's install differs from another's.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest
import yaml
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parents[1]
EXPORTS = {
    "base": ROOT / "requirements" / "base.txt",
    "test": ROOT / "requirements" / "test.txt",
    "lab": ROOT / "requirements" / "lab.txt",
}
REFRESH = "pyproject.toml changed after the lock: run `make lock` (or `make lock UPGRADE=` to keep other versions)"


def _pyproject() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]


def _lock() -> dict:
    return tomllib.loads((ROOT / "uv.lock").read_text(encoding="utf-8"))


def _locked_versions() -> dict[str, str]:
    """Package name -> its one locked version (fork-strategy "fewest": one per package)."""
    versions: dict[str, set[str]] = {}
    for package in _lock()["package"]:
        versions.setdefault(package["name"], set()).add(package["version"])
    assert all(len(v) == 1 for v in versions.values()), {n: v for n, v in versions.items() if len(v) > 1}
    return {name: version for name, (version,) in versions.items()}


def _direct(extra: str) -> set[str]:
    """The names pyproject.toml asks for in ``extra`` (``base``: the dependencies themselves)."""
    project = _pyproject()
    specs = project["dependencies"] if extra == "base" else project["optional-dependencies"][extra]
    return {canonicalize_name(Requirement(spec).name) for spec in specs}


def _pins(path: Path) -> dict[str, str]:
    """``name==version`` lines of an exported requirements file."""
    return {
        canonicalize_name(name): version
        for name, version in re.findall(r"^([A-Za-z0-9._-]+)==([^ ;\\\n]+)", path.read_text(encoding="utf-8"), re.M)
    }


def test_lock_was_made_from_this_pyproject():
    project = _pyproject()
    [kit] = [p for p in _lock()["package"] if p["name"] == "proeftuin-kit"]
    locked = {
        str(Requirement(f"{r['name']}{r.get('specifier', '')}" + (f"; {r['marker']}" if "marker" in r else "")))
        for r in kit["metadata"]["requires-dist"]
    }
    declared = {str(Requirement(spec)) for spec in project["dependencies"]}
    declared |= {
        str(Requirement(f"{spec}; extra == '{extra}'"))
        for extra, specs in project["optional-dependencies"].items()
        for spec in specs
    }
    assert locked == declared, REFRESH


@pytest.mark.parametrize("extra", EXPORTS)
def test_each_export_pins_the_locked_versions_and_its_direct_dependencies(extra):
    pins = _pins(EXPORTS[extra])
    versions = _locked_versions()
    assert {name: versions[name] for name in pins} == pins, "requirements/ differs from uv.lock: run `make lock`"
    needed = _direct("base") | (_direct(extra) if extra != "base" else set())
    assert needed <= set(pins), REFRESH


def test_fonttools_stays_below_4_68():
    assert tuple(map(int, _locked_versions()["fonttools"].split(".")[:2])) < (4, 68)


def test_environment_yml_pins_the_locked_versions_of_every_direct_dependency():
    environment = yaml.safe_load((ROOT / "environment.yml").read_text(encoding="utf-8"))
    pins = dict(spec.split("==") for spec in environment["dependencies"] if isinstance(spec, str) and "==" in spec)
    versions = _locked_versions()
    assert set(pins) == _direct("base") | _direct("test") | _direct("lab"), "run `make lock`"
    assert "jupyterlab" in pins  # the lab extra: `make lab`, and conda users' notebooks
    assert pins == {name: versions[name] for name in pins}, "environment.yml differs from uv.lock: run `make lock`"
