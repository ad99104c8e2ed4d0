"""Several datasets as one: each facilitator keeps the data of their own buurt, the kit reads them together.

Each dataset's structure and cells are checked on their own (layers 1 and 2
of :mod:`kit.data.validation`), so that every such message keeps its own
file's location.  Then the tables are combined, and the checks that only
hold for the whole (layer 3: references to actors, buurten and sessions, a
recognition's buurt, the privacy rule …) run on the combination: a relation
to an actor kept in another facilitator's dataset resolves, and each message
points at the file and line of the row it is about.

Rows that two datasets share (``docs/data-contract.md``, "Several datasets"):

- a buurt belongs to one dataset: the same buurt id in two datasets (or ids
  equal but for case) is a clash;
- a row of another file whose id is also in another dataset's same file is
  the same row recorded twice: kept once when identical, a clash when not
  (a city-wide actor, a pilot-wide ``intervisie`` session, a relation
  between two buurten that both facilitators recorded);
- a row without id (``maatlat``, ``erkenning``) recorded identically in
  several datasets is kept once; otherwise the checks of the whole judge it.

"Identical" is cell for cell after typing (:func:`_comparable`): dates as
the days they mean, yes/no as its value, numbers as numbers, lists as the
items they hold in any order; text exactly (case counts).  Within one
dataset nothing is folded: a row twice in one file is the error it was.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import pandas as pd

from kit.safe_cells import safe_text

from .contract import FILES
from .problems import Problem
from .validation import Cells, ValidationResult, check_whole, problem_order, read_cells

#: How the combination names the file of its rows, before each is relocated (``\x00actoren``).
_WHOLE = "\x00"


def labels(paths: Sequence[Path]) -> list[str]:
    """Short names that tell the datasets at ``paths`` apart: the last part of each path, or as many parts as needed.

    >>> labels([Path("/d/noord/data"), Path("/d/zuid/data"), Path("/d/west.xlsx")])
    ['noord/data', 'zuid/data', 'west.xlsx']
    """
    parts = [Path(path).resolve().parts for path in paths]

    def depth(own: tuple[str, ...]) -> int:
        shortest = 1
        others = [other for other in parts if other is not own]
        while shortest < len(own) and any(other[-shortest:] == own[-shortest:] for other in others):
            shortest += 1
        return shortest

    return ["/".join(own[-depth(own) :]) for own in parts]


def prefix(path: Path, label: str) -> str:
    """What goes before a file's own name in the combination: the folder's label, or a workbook label's folders.

    A workbook's sources already name it (``west.xlsx[actoren]``).
    """
    return label if Path(path).is_dir() else label.rpartition("/")[0]


def qualified(prefix: str, name: str) -> str:
    """``name`` (a source, a file) of a dataset with ``prefix``: ``noord/actoren.csv``."""
    return f"{prefix}/{name}" if prefix else name


def validate_all(paths: Sequence[str | Path]) -> ValidationResult:
    """Validate one dataset, or several as one (the module docstring says how).

    One path is validated exactly as :func:`kit.data.validation.validate`
    does.  For several, the result's ``path`` is the first, ``paths`` all of
    them, its files and problems name each file with its dataset
    (:func:`labels`), and its tables are the combination.

    Raises
    ------
    ValueError
        No dataset, or the same dataset given twice.
    """
    return combine(paths).result


@dataclass
class Combined:
    """Several datasets validated as one: the result, and the cells of its rows as text (each as it was typed)."""

    result: ValidationResult
    cells: dict[str, pd.DataFrame]


def combine(paths: Sequence[str | Path]) -> Combined:
    """Validate the datasets at ``paths`` as one (:func:`validate_all`), keeping the text of the combined rows."""
    given = [Path(path) for path in paths]
    if not given:
        raise ValueError("geen dataset")
    if len({path.resolve() for path in given}) < len(given):
        raise ValueError("dezelfde dataset staat er twee keer in")
    if len(given) == 1:
        alone = read_cells(given[0])
        return Combined(check_whole(alone), alone.cells)
    found = [read_cells(path) for path in given]
    names = labels(given)
    for one, path, name in zip(found, given, names, strict=True):
        _qualify(one, prefix(path, name))
    whole = _combined(found)
    result = check_whole(whole.cells)
    result.path, result.paths = given[0], tuple(given)
    problems = [_hidden(_relocated(problem, whole.places), result) for problem in result.problems]
    shown = [result.public(name) for name in names]
    result.problems = sorted(problems, key=lambda p: (_dataset_of(p.source, shown), *problem_order(p)))
    public = {source: result.public(source) for places in whole.places.values() for source, _ in set(places)}
    result.places = {
        stem: tuple((public[source], line) for source, line in places) for stem, places in whole.places.items()
    }
    return Combined(result, whole.cells.cells)


def workbook(cells: dict[str, pd.DataFrame]) -> bytes:
    """The workbook of ``cells`` (:attr:`Combined.cells`) in the contract's format, as ``.xlsx`` bytes.

    The template workbook (:func:`kit.data.templates.build_workbook`: its
    sheets, columns, drop-downs and explanation) with every row as it was
    typed, so that the workbook reads back to the same data.  A text that a
    spreadsheet would run as a formula gets an apostrophe in front, as in
    everything the kit writes (:func:`kit.safe_cells.safe_text`); ids cannot
    start that way.
    """
    from .templates import build_workbook, workbook_bytes

    book = build_workbook()
    for stem, frame in cells.items():
        sheet = book[stem]
        for row, values in enumerate(frame.itertuples(index=False), start=2):
            for column, value in enumerate(values, start=1):
                if value:
                    sheet.cell(row=row, column=column, value=safe_text(value))
    return workbook_bytes(book)


def _qualify(found: Cells, before: str) -> None:
    """Name every file, source and problem of one dataset with its ``before`` (:func:`prefix`), in place."""
    result = found.result
    result.problems = [replace(p, source=qualified(before, p.source)) for p in result.problems]
    result.files = [replace(file, name=qualified(before, file.name)) for file in result.files]
    found.sources = {stem: qualified(before, source) for stem, source in found.sources.items()}


@dataclass
class _Whole:
    """The combination: what the checks of the whole run on, and where each of its rows came from."""

    cells: Cells
    places: dict[str, list[tuple[str, int]]]


def _combined(found: list[Cells]) -> _Whole:
    """The tables of every dataset as one, without the rows :func:`_shared` folds or refuses, and its clashes."""
    problems = [problem for one in found for problem in one.result.problems]
    tables, cells, places, headers = {}, {}, {}, {}
    for stem in FILES:
        parts = [(one.result.tables[stem], one.cells[stem], one.sources[stem]) for one in found if stem in one.cells]
        if not parts:
            continue
        kept, clashes = _shared(stem, parts)
        problems += clashes
        tables[stem] = pd.concat([t[keep] for (t, _, _), keep in zip(parts, kept, strict=True)], ignore_index=True)
        cells[stem] = pd.concat([c[keep] for (_, c, _), keep in zip(parts, kept, strict=True)], ignore_index=True)
        places[stem] = [
            (source, int(line)) for (t, _, source), keep in zip(parts, kept, strict=True) for line in t.index[keep]
        ]
        headers[stem] = set().union(*(one.headers[stem] for one in found if stem in one.headers))
    absent = set.intersection(*(one.absent for one in found))
    result = ValidationResult(found[0].result.path, problems, tables, [f for one in found for f in one.result.files])
    sources = {stem: _WHOLE + stem for stem in tables}
    return _Whole(Cells(result, cells, sources, headers, absent), places)


def _shared(stem: str, parts: list[tuple[pd.DataFrame, pd.DataFrame, str]]) -> tuple[list[pd.Series], list[Problem]]:
    """Which rows of each dataset's table ``stem`` the combination keeps, and the clashes between datasets.

    Returns one mask per part (over its typed table's rows) and the problems.
    """
    id_column = FILES[stem].id_column
    columns = [column.name for column in FILES[stem].columns]
    position = None if id_column is None else columns.index(id_column)
    seen: dict[Any, tuple[int, str, int, tuple[Any, ...]]] = {}
    kept, problems = [], []
    for number, (table, _, source) in enumerate(parts):
        keep: list[bool] = []
        for line, *cells in zip(table.index, *(table[column] for column in columns), strict=True):
            values = tuple(map(_comparable, cells))
            value = None if position is None else values[position]
            key = values if position is None else value.lower() if stem == "buurten" and value else value
            first = seen.setdefault(key, (number, source, int(line), values)) if key is not None else None
            keep.append(first is None or first[0] == number)
            if keep[-1] or first is None:
                continue
            clash = _clash(stem, value, values, first, columns)
            if clash is not None:
                problems.append(Problem(source, int(line), id_column, *clash))
        kept.append(pd.Series(keep, index=table.index, dtype=bool))
    return kept, problems


def _clash(
    stem: str, value: Any, values: tuple[Any, ...], first: tuple[int, str, int, tuple[Any, ...]], columns: list[str]
) -> tuple[str, dict[str, Any]] | None:
    """The message for a row (with id ``value``) whose key another dataset already holds (``first``), or ``None``
    when the rows agree."""
    _, source, line, other = first
    where = f"{source}:{line}"
    if stem == "buurten":  # ``id`` is its first column
        if other[0] == value:
            return "buurt_elsewhere", {"value": value, "other": where}
        return "id_case", {"value": value, "other": other[0], "first": f"{line} in {source}"}
    if values == other:
        return None
    differ = ", ".join(c for c, mine, theirs in zip(columns, values, other, strict=True) if mine != theirs)
    return "id_elsewhere", {"value": value, "other": where, "columns": differ}


def _comparable(value: Any) -> Any:
    """A typed cell as two datasets are compared: a list as its sorted items, an empty cell as ``None``."""
    if isinstance(value, tuple):
        return tuple(sorted(value))
    if pd.isna(value):
        return None
    return value


def _relocated(problem: Problem, places: dict[str, list[tuple[str, int]]]) -> Problem:
    """A problem of the combination at the file and line of its row; a line it quotes (``first``) too."""
    if not problem.source.startswith(_WHOLE):
        return problem
    rows = places[problem.source.removeprefix(_WHOLE)]
    if problem.line is None:  # a problem of the whole table: of every file it was combined from
        return replace(problem, source=", ".join(dict.fromkeys(source for source, _ in rows)))
    source, line = rows[problem.line]
    params = dict(problem.params)
    if isinstance(params.get("first"), int):
        other, other_line = rows[params["first"]]
        params["first"] = other_line if other == source else f"{other_line} in {other}"
    return replace(problem, source=source, line=line, params=params)


def _hidden(problem: Problem, result: ValidationResult) -> Problem:
    """``problem`` with its source and quoted text as a command may print them (:meth:`ValidationResult.public`)."""
    params = {k: result.public(v) if isinstance(v, str) else v for k, v in problem.params.items()}
    return replace(problem, source=result.public(problem.source), params=params)


def _dataset_of(source: str, names: list[str]) -> int:
    """The position of the dataset a problem's ``source`` names (``names``: :func:`labels`), for sorting."""
    for number, name in enumerate(names):
        if source == name or source.startswith((name + "/", name + "[")):
            return number
    return len(names)
