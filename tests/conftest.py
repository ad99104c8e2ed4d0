"""Shared fixtures: the example datasets of examples/, copies of them to break, and the demo dataset."""

from __future__ import annotations

import base64
import csv
import importlib
import math
import re
import shutil
import signal
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "lindenhof"
#: The same buurt with the files and columns of version 2 of the contract.
EXAMPLE_V2 = ROOT / "examples" / "lindenhof-v2"
#: Version 3: a second buurt that keeps only actors and relations, results recorded after the fact, support beside
#: the platform, recognition by the stadsdeelcommissie and an action that failed on an institution.
EXAMPLE_V3 = ROOT / "examples" / "lindenhof-v3"
#: Version 4: the version 3 example with seats at tables, dialogues and their agreements, and the carriers' load, kept
#: by lindenhof only (esdoorn keeps none of them).
EXAMPLE_V4 = ROOT / "examples" / "lindenhof-v4"


def same(got, expected) -> bool:
    """Equal to an example's expected figure, with floats compared to 1e-9 (the example README's tolerance)."""
    if isinstance(expected, float) and isinstance(got, (int, float)):
        return math.isclose(got, expected, rel_tol=0, abs_tol=1e-9)
    if isinstance(expected, dict):
        return (
            isinstance(got, dict) and got.keys() == expected.keys() and all(same(got[k], expected[k]) for k in expected)
        )
    if isinstance(expected, list):
        return isinstance(got, list) and len(got) == len(expected) and all(map(same, got, expected))
    return got == expected and type(got) is type(expected)


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


def replace_in(path: Path, old: str, new: str) -> None:
    """Replace exactly one occurrence of ``old`` in a test file."""
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, f"{old!r} occurs {text.count(old)} times in {path.name}"
    path.write_text(text.replace(old, new), encoding="utf-8")


@contextmanager
def no_hang(seconds: int = 10) -> Iterator[None]:
    """Fail, instead of hanging the test run, when the body takes more than ``seconds``.

    For tests with a named pipe: opening one for reading waits for a writer
    that never comes.  The alarm interrupts that wait (POSIX only).
    """

    def stop(signum, frame):
        raise TimeoutError(f"still waiting after {seconds} s: something opened a named pipe")

    previous = signal.signal(signal.SIGALRM, stop)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def show(report, name: str) -> str:
    """The section ``name`` of ``report`` as its notebook shows it (:meth:`kit.report.sectie.Secties.toon`)."""
    return str(_package(report).toon(report, name))


def everything(report, names=None) -> str:
    """Everything the sections ``names`` (all, in order, by default) of ``report`` show: the HTML and, decoded
    from their ``data:`` URIs, the charts' SVG, in which a name would be text too."""
    html = "\n".join(show(report, name) for name in (_package(report).SECTIES if names is None else names))
    charts = [
        base64.b64decode(data).decode("utf-8") for data in re.findall(r'data:image/svg\+xml;base64,([^"]+)', html)
    ]
    return "\n".join([html, *charts])


def _package(report):
    """The report's package (:mod:`kit.report.maandrapport`, ...): its sections and their ``toon``."""
    return importlib.import_module(type(report).__module__.rpartition(".")[0])


def html_words(html) -> str:
    """The words of a piece of a report's HTML: inline tags removed, others a space, white space made single."""
    inline = re.sub(r"</?(strong|em|small|span)\b[^>]*>", "", str(html))
    return " ".join(re.sub(r"<[^>]+>", " ", inline).split())


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
