"""What tests share beside fixtures: the example datasets' paths, comparing figures, breaking a copy of a file, a
time limit, and what a report's sections show.  Fixtures are in ``conftest.py``; tests import these with
``from helpers import ...`` (``tests`` is on pytest's ``pythonpath``).
"""

from __future__ import annotations

import base64
import importlib
import math
import re
import signal
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

#: The checkout: tests/ is one folder down.
ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "lindenhof"
#: The same buurt with the files and columns of version 2 of the contract.
EXAMPLE_V2 = ROOT / "examples" / "lindenhof-v2"
#: Version 3: a second buurt that keeps only actors and relations, results recorded after the fact, support beside
#: the platform, recognition by the stadsdeelcommissie and an action that failed on an institution.
EXAMPLE_V3 = ROOT / "examples" / "lindenhof-v3"


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
