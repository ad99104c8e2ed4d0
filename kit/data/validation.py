"""Validation of a dataset against the data contract: every problem, located, in one run.

Three layers, in order:

1. structure (:func:`_structure`): files and sheets that are missing or cannot
   be decoded, missing, doubled and unknown columns;
2. cells (pandera, :mod:`kit.data.schema`): empty required cells, ids, dates,
   numbers, yes/no values, vocabularies (with a "did you mean"), duplicate ids;
3. across rows and files (:func:`_cross_checks`): references to unknown buurten
   and actors, ``tot`` before ``vanaf``, relations to oneself, ``intensiteit``
   and ``samenwerking``, ``gemeld_door``, the action list's ``afgerond`` and
   ``reden``, doubled scores, consent to show a person's name.

No input file is ever written.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
import pandera.pandas as pa

from .cells import ID_FORBIDDEN_STARTS, parse_id, split_list
from .contract import FILES, VOCABULARIES, FileSpec
from .typed import typed
from .problems import Problem
from .reading import RawTable, SourceFile, read
from .schema import file_schema


@dataclass
class ValidationResult:
    """The outcome of :func:`validate`.

    Attributes
    ----------
    problems : list of Problem
        Errors and warnings, sorted by file, line and column.
    tables : dict of str to pandas.DataFrame
        Typed tables indexed by physical line, for every file that could be
        read (also when it has errors).
    files : list of SourceFile
        The files read, with checksums.
    """

    path: Path
    problems: list[Problem] = field(default_factory=list)
    tables: dict[str, pd.DataFrame] = field(default_factory=dict)
    files: list[SourceFile] = field(default_factory=list)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if not p.warning]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if p.warning]

    @property
    def ok(self) -> bool:
        return not self.errors

    def format(self, lang: str = "nl") -> str:
        """All problems, one per line, as ``FILE:LINE: COLUMN: message``."""
        return "\n".join(problem.format(lang) for problem in self.problems)


def validate(path: str | Path) -> ValidationResult:
    """Validate the dataset at ``path`` (a folder of CSV files or a workbook).

    Examples
    --------
    >>> result = validate("examples/lindenhof")  # doctest: +SKIP
    >>> result.ok, len(result.tables["actoren"])             # doctest: +SKIP
    (True, 8)
    """
    raw = read(path)
    result = ValidationResult(Path(path), list(raw.problems), files=raw.files)
    cells: dict[str, pd.DataFrame] = {}
    for stem, table in raw.tables.items():
        frame = _structure(table, result.problems)
        if frame is None:
            continue
        result.problems.extend(_cell_problems(table.source, FILES[stem], frame))
        cells[stem] = frame
        result.tables[stem] = typed(FILES[stem], frame)
    sources = {stem: raw.tables[stem].source for stem in result.tables}
    result.problems.extend(_cross_checks(result.tables, cells, sources))
    result.problems.sort(key=_order)
    return result


def _order(problem: Problem) -> tuple[int, int, int]:
    """Sort key: files in contract order, then line, then column in contract order."""
    files = list(FILES)
    stem = problem.source.rsplit("[", 1)[-1].rstrip("]").removesuffix(".csv")
    if stem not in files:
        return (-1, problem.line or 0, 0)
    columns = [c.name for c in FILES[stem].columns]
    column = columns.index(problem.column) + 1 if problem.column in columns else 0
    return (files.index(stem), problem.line or 0, column)


def _structure(table: RawTable, problems: list[Problem]) -> pd.DataFrame | None:
    """Name the columns of a raw table; report missing, doubled and unknown ones.

    Returns the frame with the contract's columns, or ``None`` when a column
    is missing (its cells cannot be checked meaningfully).
    """
    spec = FILES[table.stem]
    known = {c.name for c in spec.columns}
    position: dict[str, int] = {}
    for index, name in enumerate(table.header):
        if name in position:
            problems.append(Problem(table.source, None, None, "column_twice", {"column": name}))
        elif name in known:
            position[name] = index
        elif name:
            problems.append(Problem(table.source, None, None, "column_unknown", {"column": name}, warning=True))
    missing = [c.name for c in spec.columns if c.name not in position]
    for name in missing:
        problems.append(Problem(table.source, None, None, "column_missing", {"column": name}))
    if missing:
        return None
    return pd.DataFrame({name: table.frame[position[name]] for name in (c.name for c in spec.columns)})


def _cell_problems(source: str, spec: FileSpec, frame: pd.DataFrame) -> list[Problem]:
    """Run the file's pandera schema and translate its failure cases into problems."""
    try:
        file_schema(spec.stem).validate(frame, lazy=True)
        return []
    except pa.errors.SchemaErrors as errors:
        cases = errors.failure_cases
    problems = []
    for case in cases.itertuples(index=False):
        column = spec.column(case.column)
        line = int(case.index)
        if case.check == "field_uniqueness":
            continue
        value = str(case.failure_case)
        problems.append(Problem(source, line, column.name, *_cell_message(case.check, column, value)))
    if spec.id_column:
        problems.extend(_duplicate_ids(source, spec.id_column, frame[spec.id_column]))
    return problems


def _cell_message(check: str, column, value: str) -> tuple[str, dict]:
    if check == "vocab":
        vocabulary = VOCABULARIES[column.vocab]
        bad = next((item for item in split_list(value) if item not in vocabulary), value)
        return vocabulary_message(bad, vocabulary)
    if check == "range":
        if column.high is None:
            return "minimum", {"value": value, "low": column.low}
        return "range", {"value": value, "low": column.low, "high": column.high}
    if check == "id":
        return _id_message(column, value)
    return check, {"value": value}


def _id_message(column, value: str) -> tuple[str, dict]:
    """The message for a bad id (in a list: the first bad one); one that starts like a formula says so."""
    if column.kind == "refs":
        value = next(item for item in split_list(value) if not _is_id(item))
    return ("id_start" if value.startswith(ID_FORBIDDEN_STARTS) else "id"), {"value": value}


def _is_id(text: str) -> bool:
    try:
        parse_id(text)
    except ValueError:
        return False
    return True


def vocabulary_message(value: str, vocabulary) -> tuple[str, dict]:
    """Message key and parameters for a value outside a vocabulary, with a suggestion if one is near.

    >>> vocabulary_message("bovnaf", ("onderop", "bovenaf", "gemengd"))[1]["suggestion"]
    'bovenaf'
    """
    choices = ", ".join(vocabulary)
    near = _nearest(value, vocabulary)
    if near:
        return "vocab_near", {"value": value, "suggestion": near, "choices": choices}
    return "vocab", {"value": value, "choices": choices}


def _nearest(value: str, candidates) -> str | None:
    lowered = {c.lower(): c for c in candidates}
    if value.lower() in lowered:
        return lowered[value.lower()]
    matches = difflib.get_close_matches(value.lower(), list(lowered), n=1, cutoff=0.75)
    return lowered[matches[0]] if matches else None


def _duplicate_ids(source: str, column: str, ids: pd.Series) -> list[Problem]:
    first: dict[str, int] = {}
    problems = []
    for line, value in ids.items():
        if value == "":
            continue
        if value in first:
            problems.append(Problem(source, line, column, "duplicate_id", {"value": value, "first": first[value]}))
        else:
            first[value] = line
    return problems


def _cross_checks(
    tables: dict[str, pd.DataFrame], cells: dict[str, pd.DataFrame], sources: dict[str, str]
) -> list[Problem]:
    """Checks that need more than one cell: references, periods, conditional columns.

    ``tables`` are the typed tables, ``cells`` the same as text (where an
    empty cell still differs from ``nee``).
    """
    problems: list[Problem] = []
    ids = {stem: set(tables[stem]["id"].dropna()) for stem in ("buurten", "actoren") if stem in tables}
    for stem, frame in tables.items():
        source = sources[stem]
        problems += _reference_problems(source, FILES[stem], frame, ids)
        for start, end in (("vanaf", "tot"), ("gepland", "afgerond")):
            if start in frame and end in frame:
                problems += _order_problems(source, frame, start, end)
    if "relaties" in tables:
        problems += _relation_problems(sources["relaties"], tables["relaties"])
    if "acties" in tables:
        problems += _action_problems(sources["acties"], tables["acties"])
    if "maatlat" in tables:
        problems += _score_problems(sources["maatlat"], tables["maatlat"])
    if "actoren" in tables:
        problems += _consent_problems(sources["actoren"], tables["actoren"], cells["actoren"])
    if "buurten" in tables and "actoren" in tables:
        problems += _platform_problems(sources["buurten"], tables["buurten"], tables["actoren"])
    return problems


def _reference_problems(source: str, spec: FileSpec, frame: pd.DataFrame, ids: dict[str, set]) -> list[Problem]:
    problems = []
    for column in spec.columns:
        if column.ref is None or column.ref not in ids:
            continue
        known = ids[column.ref]
        for line, cell in frame[column.name].items():
            values = cell if column.kind == "refs" else ([cell] if cell else [])
            for value in values:
                if value not in known:
                    near = _nearest(value, known)
                    key, params = ("unknown_ref_near", {"suggestion": near}) if near else ("unknown_ref", {})
                    problems.append(
                        Problem(source, line, column.name, key, {"target": column.ref, "value": value, **params})
                    )
    return problems


def _order_problems(source: str, frame: pd.DataFrame, start: str, end: str) -> list[Problem]:
    bad = frame[frame[end] < frame[start]]
    return [
        Problem(
            source,
            line,
            end,
            "end_before_start",
            {"value": f"{row[end]:%Y-%m-%d}", "other_column": start, "other": f"{row[start]:%Y-%m-%d}"},
        )
        for line, row in bad.iterrows()
    ]


def _relation_problems(source: str, relations: pd.DataFrame) -> list[Problem]:
    problems = []
    for line, row in relations.iterrows():
        if row["van"] and row["van"] == row["naar"]:
            problems.append(Problem(source, line, "naar", "self_relation", {"value": row["van"]}))
        has_intensity = not pd.isna(row["intensiteit"])
        if row["soort"] == "samenwerking" and not has_intensity:
            problems.append(Problem(source, line, "intensiteit", "intensity_missing"))
        elif row["soort"] not in (None, "samenwerking") and has_intensity:
            problems.append(Problem(source, line, "intensiteit", "intensity_ignored", warning=True))
        reporter = row["gemeld_door"]
        if reporter and reporter not in (row["van"], row["naar"]):
            problems.append(
                Problem(
                    source, line, "gemeld_door", "reporter_not_party",
                    {"value": reporter, "van": row["van"], "naar": row["naar"]},
                )
            )
    return problems


def _action_problems(source: str, actions: pd.DataFrame) -> list[Problem]:
    problems = []
    for line, row in actions.iterrows():
        status, closed = row["status"], not pd.isna(row["afgerond"])
        if status in ("gedaan", "niet_gedaan", "vervallen") and not closed:
            problems.append(Problem(source, line, "afgerond", "closed_missing", {"status": status}))
        if status == "open" and closed:
            problems.append(Problem(source, line, "afgerond", "closed_but_open", warning=True))
        if status == "niet_gedaan" and not row["reden"]:
            problems.append(Problem(source, line, "reden", "reason_missing"))
    return problems


def _score_problems(source: str, scores: pd.DataFrame) -> list[Problem]:
    key_columns = ["buurt", "maand", "criterium", "beoordeeld_door"]
    first: dict[tuple, int] = {}
    problems = []
    for line, row in scores[key_columns].iterrows():
        key = tuple(row)
        if any(pd.isna(v) for v in key):
            continue
        if key in first:
            text = " ".join(str(v) for v in key)
            problems.append(Problem(source, line, None, "score_twice", {"key": text, "first": first[key]}))
        else:
            first[key] = line
    return problems


def _consent_problems(source: str, actors: pd.DataFrame, cells: pd.DataFrame) -> list[Problem]:
    """Warn about persons whose consent cell is empty: their name will not be shown."""
    unasked = actors["persoon"] & (cells["naam_tonen"] == "")
    return [Problem(source, line, "naam_tonen", "consent_missing", warning=True) for line in actors.index[unasked]]


def _platform_problems(source: str, buurten: pd.DataFrame, actors: pd.DataFrame) -> list[Problem]:
    home = dict(zip(actors["id"], actors["buurt"]))
    problems = []
    for line, row in buurten.iterrows():
        platform = row["platform"]
        if platform in home and home[platform] != row["id"]:
            problems.append(
                Problem(
                    source, line, "platform", "platform_elsewhere",
                    {"value": platform, "other": home[platform] or "-"}, warning=True,
                )
            )
    return problems
