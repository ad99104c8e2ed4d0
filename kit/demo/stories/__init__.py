"""The stories of the demo's buurten, one file each, and the pilot's intervision sessions, read from this folder.

A story is a TOML file, ``<buurt>.toml``: its opening comment tells the
story, its keys are the numbers that shape the buurt's ordinary network and
registers (:class:`~kit.demo.model.Story` says what each means), and its
tables are the story's own rows, with the contract's column names:
``[[actoren]]``, ``[[relaties]]``, ``[[verzoeken]]``, ``[[acties]]``,
``[[resultaten]]`` and ``[[afspraken]]`` (agreements of an intervision
session).  What needs code (random draws, changes to what was generated)
is a function of :mod:`kit.demo.kenmerken`, named in ``kenmerken``.
``tests/test_demo.py`` checks each story on the data.

Changing a story is changing its file: "the stadsdeel starts a second
newsletter in month 7" is an ``[[actoren]]`` table with ``vanaf = 7`` and
the ``[[relaties]]`` that tie it in.  Adding a buurt: write its file beside
the others and add its name at the end of :data:`BUURTEN`.  Each buurt
draws from its own random stream, numbered by its place in
:data:`BUURTEN`, so the buurten before it keep their data; the intervision
sessions, whose chair rotates over all buurten, change.
"""

from __future__ import annotations

import inspect
import tomllib
from collections.abc import Callable
from importlib.resources import files
from typing import Any

from ..kenmerken import KENMERKEN
from ..model import Buurt, Story

#: The buurten in the order of ``buurten.csv``: each has its file ``<name>.toml`` here.
BUURTEN = (
    "vlinderhof",
    "zilverdistel",
    "zonnedauw",
    "parelmoer",
    "klaproos",
    "windvang",
    "maanzaad",
    "lepelaar",
    "hommelberg",
    "wolkenkade",
    "duinroos",
    "reigersbos",
)


def _parameters(method: Callable[..., object]) -> set[str]:
    """The names a :class:`~kit.demo.model.Buurt` helper takes: the columns of its rows in a story file."""
    return set(inspect.signature(method).parameters) - {"self"}


#: The columns each table of a story file may have: the helper's parameters that add the row, or what
#: :func:`kit.demo.registers.actions` and :func:`~kit.demo.registers.results` read.
COLUMNS = {
    "actoren": _parameters(Buurt.actor),
    "relaties": _parameters(Buurt.rel),
    "verzoeken": _parameters(Buurt.request),
    "acties": _parameters(Buurt.action),
    "afspraken": {"sessie", "omschrijving", "status", "deadline", "afgerond", "reden", "belemmering"},
    "resultaten": {
        "datum",
        "gemeld",
        "omschrijving",
        "domein",
        "tegenpartij",
        "samen_met",
        "omvang",
        "eenheid",
        "bron",
    },
}


def read_story(text: str, name: str) -> Story:
    """A story from the text of its TOML file; ``name`` (the file's name) locates what is wrong.

    Lists become tuples (a story is immutable); a key the story does not
    know, a missing one, or a kenmerk :data:`~kit.demo.kenmerken.KENMERKEN`
    lacks, or a column a table does not have (:data:`COLUMNS`), is a
    :class:`ValueError` naming the file.
    """
    try:
        data: dict[str, Any] = {
            key: tuple(value) if isinstance(value, list) else value for key, value in tomllib.loads(text).items()
        }
        story = Story(**data)
    except (tomllib.TOMLDecodeError, TypeError) as problem:
        raise ValueError(f"{name}: {problem}") from None
    unknown = [kenmerk for kenmerk in story.kenmerken if kenmerk not in KENMERKEN]
    if unknown:
        raise ValueError(f"{name}: kenmerken {unknown} are not in kit.demo.kenmerken.KENMERKEN")
    for table, known in COLUMNS.items():
        for number, row in enumerate(getattr(story, table), 1):
            if set(row) - known:
                raise ValueError(
                    f"{name}: [[{table}]] {number} has {sorted(set(row) - known)}; it knows {sorted(known)}"
                )
    return story


def _text(name: str) -> str:
    """The text of one of this folder's files."""
    return (files(__name__) / name).read_text(encoding="utf-8")


def _sessions() -> dict[int, tuple[str, str, str]]:
    """The recorded intervision sessions of ``intervisie.toml``: month → thema, lessen, afspraken."""
    sessies = tomllib.loads(_text("intervisie.toml"))["sessies"]
    return {s["maand"]: (s["thema"], s["lessen"], s["afspraken"]) for s in sessies}


#: The stories, in the order of :data:`BUURTEN`.
STORIES = tuple(read_story(_text(f"{name}.toml"), f"{name}.toml") for name in BUURTEN)
#: The recorded intervision sessions, month → thema, lessen, afspraken: none in August (the summer) nor in
#: November (not written up).
SESSIES = _sessions()
