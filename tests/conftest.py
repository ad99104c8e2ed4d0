"""Shared fixtures: copies of the example datasets of examples/ to break, and the demo dataset.  Helpers that are
not fixtures are in ``helpers.py``."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

import pytest
from helpers import EXAMPLE, EXAMPLE_V2, EXAMPLE_V3, EXAMPLE_V4


@pytest.fixture
def example(tmp_path) -> Path:
    """A fresh copy of the Lindenhof example, safe to modify."""
    target = tmp_path / "lindenhof"
    shutil.copytree(EXAMPLE, target)
    return target


@pytest.fixture
def example_v2(tmp_path) -> Path:
    """A fresh copy of the version 2 Lindenhof example, safe to modify."""
    target = tmp_path / "lindenhof-v2"
    shutil.copytree(EXAMPLE_V2, target)
    return target


@pytest.fixture
def example_v3(tmp_path) -> Path:
    """A fresh copy of the version 3 example (buurten lindenhof and esdoorn), safe to modify."""
    target = tmp_path / "lindenhof-v3"
    shutil.copytree(EXAMPLE_V3, target)
    return target


@pytest.fixture
def example_v4(tmp_path) -> Path:
    """A fresh copy of the version 4 example, safe to modify."""
    target = tmp_path / "lindenhof-v4"
    shutil.copytree(EXAMPLE_V4, target)
    return target


@pytest.fixture(scope="session")
def demo_path(tmp_path_factory) -> Path:
    """The demo dataset, written once per test run; read it, do not modify it."""
    from kit.demo import write_demo

    folder = tmp_path_factory.mktemp("demo")
    write_demo(folder)
    return folder


@pytest.fixture(scope="session")
def demo(demo_path):
    """The demo dataset, loaded once per test run."""
    from kit.data.dataset import load

    return load(demo_path)


@pytest.fixture(scope="session")
def demo_naming(tmp_path_factory, demo_path) -> tuple[Path, str]:
    """A copy of the demo whose July intervision lessons name Zilverdistel's key person without consent.

    The demo's overview and synthesis name no person anywhere, so only this copy shows that they hide one:
    pilot-wide, as ``Sleutelfiguur 1 (Zilverdistel)``.  Returns the folder and the name.
    """
    folder = tmp_path_factory.mktemp("demo-naming") / "demo"
    shutil.copytree(demo_path, folder)
    with (folder / "actoren.csv").open(encoding="utf-8", newline="") as handle:
        [name] = [row["naam"] for row in csv.DictReader(handle) if row["id"] == "zd-sf1" and row["naam_tonen"] == "nee"]
    path = folder / "intervisie.csv"
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    [july] = [row for row in rows if row["id"] == "iv-07"]
    july["lessen"] += f" {name} vertelde hoe het stadsdeel het platform passeerde."
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    return folder, name
