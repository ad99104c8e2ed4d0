"""Validation of a dataset against the data contract: every problem, located, in one run.

Three layers, in order:

1. structure (:func:`_structure`): files and sheets that are missing or cannot
   be decoded, missing, doubled and unknown columns (a missing optional
   column is no problem: it reads as empty);
2. cells (pandera, :mod:`kit.data.schema`): empty required cells, ids, dates,
   numbers, yes/no values, vocabularies (with a "did you mean"), duplicate ids,
   buurt ids equal ignoring case (:func:`_ids_equal_ignoring_case`);
3. across rows and files (:func:`_cross_checks`): dates far from the pilot
   (:func:`_far_date_problems`), references to unknown buurten,
   actors and intervision sessions, dates out of order (``tot`` before ``vanaf``,
   ``antwoord`` before ``gevraagd``, …), relations to oneself, ``intensiteit``
   and ``samenwerking``, the action list's ``afgerond``, ``reden`` and
   ``belemmering``, doubled scores, consent to show a person's name, and the
   files of versions 2 to 4: requests (:func:`_request_problems`), results
   (:func:`_result_problems`), recognitions and seats at tables
   (:func:`_home_problems`, :func:`_recognition_problems`), dialogues and their
   agreements (:func:`_dialogue_problems`, :func:`_agreement_problems`) and
   the carriers' load (:func:`_key_problems`).

Messages never quote the name of a person without consent (:func:`_hide_names`):
they are printed, logged and shown in the reports' colophons.  No input file
is ever written.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import pandas as pd
import pandera.pandas as pa

from kit.names import HIDDEN, Context, NameMatcher, visible_parts

from .cells import ID_FORBIDDEN_STARTS, parse_bool, parse_id, split_list
from .contract import (
    ANSWERED,
    DATE_KINDS,
    FILES,
    NUMBER_LIMIT,
    PILOT_YEARS,
    PROMISED,
    UITKOMST,
    VOCABULARIES,
    YEARS,
    Column,
    FileSpec,
)
from .hidden_names import name_context, name_matchers
from .months import month_text, near_pilot
from .problems import Problem
from .reading import RawTable, SourceFile, read
from .schema import file_schema
from .typed import typed


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
    matcher : NameMatcher or None
        What hid the names of persons without consent in the messages.
    places : dict of str to tuple
        File stem → where each row of its table was read, in order: the
        problems' ``(source, line)`` (:mod:`kit.data.concerns`).
    paths : tuple of Path
        Every dataset read when several were combined (:mod:`kit.data.combine`);
        empty for one, which is ``path``.
    """

    path: Path
    problems: list[Problem] = field(default_factory=list)
    tables: dict[str, pd.DataFrame] = field(default_factory=dict)
    files: list[SourceFile] = field(default_factory=list)
    matcher: NameMatcher | None = field(default=None, repr=False)
    places: dict[str, tuple[tuple[str, int], ...]] = field(default_factory=dict, repr=False)
    paths: tuple[Path, ...] = ()

    def public(self, text: str) -> str:
        """``text`` (a path, a file name) as a command may print it: the names of hidden persons as ``[…]``."""
        return text if self.matcher is None else self.matcher.sub(text)

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
    return check_whole(read_cells(path))


@dataclass
class Cells:
    """What the first layers of validation (structure and cells) found in a dataset, for the checks of the whole.

    :func:`validate` checks one dataset's cells and then the whole of it;
    :mod:`kit.data.combine` checks each dataset's cells on their own and
    then the whole of their combination.

    Attributes
    ----------
    result : ValidationResult
        The problems found so far, the typed tables (indexed by line) and the files read.
    cells : dict of str to pandas.DataFrame
        The same tables as text, where an empty cell still differs from ``nee``.
    sources : dict of str to str
        How problems name each file (``actoren.csv``, ``data.xlsx[actoren]``).
    headers : dict of str to set of str
        The columns each file has.
    absent : set of str
        Optional files that are simply not there.
    """

    result: ValidationResult
    cells: dict[str, pd.DataFrame]
    sources: dict[str, str]
    headers: dict[str, set[str]]
    absent: set[str]


def read_cells(path: str | Path) -> Cells:
    """Read the dataset at ``path`` and check its structure and cells (layers 1 and 2)."""
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
    headers = {stem: set(raw.tables[stem].header) for stem in result.tables}
    return Cells(result, cells, sources, headers, _absent(raw.tables, raw.problems))


def check_whole(found: Cells) -> ValidationResult:
    """Run the checks across rows and files (layer 3) on what :func:`read_cells` found; hide names; sort."""
    result = found.result
    result.problems.extend(_cross_checks(result.tables, found.cells, found.sources, found.headers, found.absent))
    result.problems, result.matcher = _hide_names(result.problems, result.tables, found.cells, found.sources)
    result.problems.sort(key=problem_order)
    shown = {stem: result.public(source) for stem, source in found.sources.items()}
    result.places = {
        stem: tuple((shown[stem], int(line)) for line in frame.index) for stem, frame in result.tables.items()
    }
    return result


def _stem(source: str) -> str:
    """The contract's name of the file a problem's source names: ``acties`` for ``x.xlsx[acties]``."""
    return source.rsplit("[", 1)[-1].rstrip("]").removesuffix(".csv").rsplit("/", 1)[-1]


def _absent(tables: dict[str, RawTable], problems: list[Problem]) -> set[str]:
    """Optional files that are simply not there: nothing recorded, rather than unreadable."""
    troubled = {_stem(problem.source) for problem in problems}
    return {stem for stem, spec in FILES.items() if not spec.required and stem not in tables and stem not in troubled}


def problem_order(problem: Problem) -> tuple[int, int, int]:
    """Sort key: files in contract order, then line, then column in contract order."""
    files = list(FILES)
    stem = _stem(problem.source)
    if stem not in files:
        return (-1, problem.line or 0, 0)
    columns = [c.name for c in FILES[stem].columns]
    column = columns.index(problem.column) + 1 if problem.column in columns else 0
    return (files.index(stem), problem.line or 0, column)


def _structure(table: RawTable, problems: list[Problem]) -> pd.DataFrame | None:
    """Name the columns of a raw table; report missing, doubled and unknown ones.

    Returns the frame with the contract's columns, or ``None`` when a column
    is missing (its cells cannot be checked meaningfully).  A missing
    optional column (``Column.optional_column``) is no problem: its cells
    are empty, as in a file written before the column existed.
    """
    spec = FILES[table.stem]
    known = {c.name for c in spec.columns}
    position: dict[str, int] = {}
    for index, name in enumerate(table.header):
        if name in position:
            problems.append(Problem(table.source, None, None, "column_twice", {"column": name}))
        elif name in known:
            position[name] = index
        elif name and spec.closed:
            problems.append(Problem(table.source, None, None, "column_not_allowed", {"column": name}))
        elif name:
            problems.append(Problem(table.source, None, None, "column_unknown", {"column": name}, warning=True))
    missing = [c.name for c in spec.columns if c.name not in position and not c.optional_column]
    for name in missing:
        problems.append(Problem(table.source, None, None, "column_missing", {"column": name}))
    if missing:
        return None
    empty = pd.Series("", index=table.frame.index, dtype=object)
    return pd.DataFrame({c.name: table.frame[position[c.name]] if c.name in position else empty for c in spec.columns})


def _cell_problems(source: str, spec: FileSpec, frame: pd.DataFrame) -> list[Problem]:
    """Run the file's pandera schema and translate its failure cases into problems."""
    problems = []
    if spec.stem in FOLDER_NAMES and spec.id_column:
        problems.extend(_ids_equal_ignoring_case(source, spec.id_column, frame[spec.id_column]))
    try:
        file_schema(spec.stem).validate(frame, lazy=True)
        return problems
    except pa.errors.SchemaErrors as errors:
        cases = errors.failure_cases
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


def _cell_message(check: str, column: Column, value: str) -> tuple[str, dict[str, Any]]:
    if check == "vocab":
        vocabulary = column.vocabulary
        bad = next((item for item in split_list(value) if item not in vocabulary), value)
        return vocabulary_message(bad, vocabulary)
    if check == "range":
        if column.high is None:
            return "minimum", {"value": value, "low": column.low}
        return "range", {"value": value, "low": column.low, "high": column.high}
    if check == "number_ambiguous":
        return check, {"value": value, "whole": value.replace(".", "").replace(",", "")}
    if check == "number_too_large":
        return check, {"value": value, "limit": NUMBER_LIMIT}
    if check == "date_range":
        return check, {"value": value, "first": YEARS[0], "last": YEARS[1]}
    if check == "id":
        return _id_message(column, value)
    return check, {"value": value}


def _id_message(column: Column, value: str) -> tuple[str, dict[str, Any]]:
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


def vocabulary_message(value: str, vocabulary: Sequence[str]) -> tuple[str, dict[str, Any]]:
    """Message key and parameters for a value outside a vocabulary, with a suggestion if one is near.

    >>> vocabulary_message("bovnaf", ("onderop", "bovenaf", "gemengd"))[1]["suggestion"]
    'bovenaf'
    """
    choices = ", ".join(vocabulary)
    near = _nearest(value, vocabulary)
    if near:
        return "vocab_near", {"value": value, "suggestion": near, "choices": choices}
    return "vocab", {"value": value, "choices": choices}


def _nearest(value: str, candidates: Iterable[str]) -> str | None:
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


def _ids_equal_ignoring_case(source: str, column: str, ids: pd.Series) -> list[Problem]:
    """Ids that differ only in case (``Lindenhof`` and ``lindenhof``): an error at each line, naming the other.

    Such an id names a folder (:data:`FOLDER_NAMES`), and a disk that ignores
    case, as Windows and macOS do by default, would put both into one.  An id
    that is simply the same is left to :func:`_duplicate_ids`.
    """
    spellings: dict[str, dict[str, int]] = {}
    for line, value in ids.items():
        if value:
            spellings.setdefault(value.lower(), {}).setdefault(value, line)
    problems = []
    for line, value in ids.items():
        others = {other: first for other, first in spellings.get(value.lower(), {}).items() if other != value}
        if others:
            other, first = next(iter(others.items()))
            params = {"value": value, "other": other, "first": first}
            problems.append(Problem(source, line, column, "id_case", params))
    return problems


#: Files whose ids name folders: a buurt's reports are written to ``JJJJ-MM/<buurt>/``.
FOLDER_NAMES = ("buurten",)
#: Pairs of date columns (earlier, later) that must be in order wherever a file has both.
DATE_ORDER = (
    ("vanaf", "tot"),
    ("gepland", "afgerond"),
    ("gevraagd", "antwoord"),
    ("gevraagd", "nagekomen"),
    ("antwoord", "nagekomen"),
    ("datum", "gemeld"),
)
#: Files that references point to.
REFERENCED = ("buurten", "actoren", "intervisie", "tafels", "dialogen")


def _cross_checks(
    tables: dict[str, pd.DataFrame],
    cells: dict[str, pd.DataFrame],
    sources: dict[str, str],
    headers: dict[str, set[str]],
    absent: set[str],
) -> list[Problem]:
    """Checks that need more than one cell: references, periods, conditional columns.

    ``tables`` are the typed tables, ``cells`` the same as text (where an
    empty cell still differs from ``nee``), ``headers`` the columns each file
    has, ``absent`` the optional files that are not there: a reference into
    one of them points at nothing recorded.
    """
    problems: list[Problem] = []
    ids = {stem: set(tables[stem]["id"].dropna()) for stem in REFERENCED if stem in tables}
    ids |= {stem: set() for stem in REFERENCED if stem in absent}
    for stem, frame in tables.items():
        source = sources[stem]
        problems += _reference_problems(source, FILES[stem], frame, ids)
        problems += _order_problems(source, frame)
        problems += _far_date_problems(source, FILES[stem], frame, cells[stem])
    if "relaties" in tables:
        problems += _relation_problems(sources["relaties"], tables["relaties"], cells["relaties"])
    if "acties" in tables:
        problems += _action_problems(sources["acties"], tables["acties"])
        if "belemmering" in headers["acties"]:
            problems += _obstacle_problems(sources["acties"], tables["acties"])
    if "verzoeken" in tables:
        problems += _request_problems(sources["verzoeken"], tables["verzoeken"], cells["verzoeken"])
    if "resultaten" in tables:
        problems += _result_problems(sources["resultaten"], cells["resultaten"])
    if "erkenning" in tables and "actoren" in tables and "buurten" in tables:
        problems += _recognition_problems(sources["erkenning"], tables["erkenning"], tables["actoren"], ids["buurten"])
    if "tafels" in tables and "actoren" in tables and "buurten" in tables:
        problems += _home_problems(
            sources["tafels"], tables["tafels"], "actor", tables["actoren"], ids["buurten"], "seat_citywide"
        )
    if "dialogen" in tables and "tafels" in tables:
        problems += _dialogue_problems(sources["dialogen"], tables["dialogen"], tables["tafels"])
    if "dialoogafspraken" in tables:
        dialogues = tables.get("dialogen", pd.DataFrame({"id": [], "datum": []}))
        problems += _agreement_problems(sources["dialoogafspraken"], tables["dialoogafspraken"], dialogues)
    if "maatlat" in tables:
        problems += _key_problems(
            sources["maatlat"], tables["maatlat"], ["buurt", "maand", "criterium", "beoordeeld_door"], "score_twice"
        )
    if "draaglast" in tables:
        problems += _key_problems(sources["draaglast"], tables["draaglast"], ["buurt", "maand"], "pulse_twice")
    if "actoren" in tables:
        problems += _consent_problems(sources["actoren"], tables["actoren"], cells["actoren"])
    if "buurten" in tables and "actoren" in tables:
        problems += _platform_problems(sources["buurten"], tables["buurten"], tables["actoren"])
    return problems


def _reference_problems(source: str, spec: FileSpec, frame: pd.DataFrame, ids: dict[str, set[str]]) -> list[Problem]:
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


def _order_problems(source: str, frame: pd.DataFrame) -> list[Problem]:
    """Dates out of order (:data:`DATE_ORDER`); one problem per cell, against the first pair it breaks."""
    problems = []
    reported: set[tuple[int, str]] = set()
    for start, end in DATE_ORDER:
        if start not in frame or end not in frame:
            continue
        for line, row in frame[frame[end] < frame[start]].iterrows():
            if (line, end) in reported:
                continue
            reported.add((line, end))
            problems.append(
                Problem(
                    source,
                    line,
                    end,
                    "end_before_start",
                    {"value": f"{row[end]:%Y-%m-%d}", "other_column": start, "other": f"{row[start]:%Y-%m-%d}"},
                )
            )
    return problems


def _far_date_problems(source: str, spec: FileSpec, frame: pd.DataFrame, cells: pd.DataFrame) -> list[Problem]:
    """Warn about every date far from the pilot (:func:`~kit.data.months.near_pilot`): the months leave it out."""
    problems = []
    for column in spec.columns:
        if column.kind not in DATE_KINDS:
            continue
        dates = frame[column.name]
        for line in frame.index[dates.notna() & ~near_pilot(dates)]:
            params = {"value": cells.at[line, column.name], "first": PILOT_YEARS[0], "last": PILOT_YEARS[1]}
            problems.append(Problem(source, line, column.name, "date_far", params, warning=True))
    return problems


def _relation_problems(source: str, relations: pd.DataFrame, cells: pd.DataFrame) -> list[Problem]:
    """A relation to oneself; ``intensiteit`` missing on ``samenwerking``, or given on another kind.

    Emptiness is read from the text ``cells``, so that an unreadable
    intensity (``2.000``) is reported once, as what it is, not also as missing.
    """
    problems = []
    for line, row in relations.iterrows():
        if row["van"] and row["van"] == row["naar"]:
            problems.append(Problem(source, line, "naar", "self_relation", {"value": row["van"]}))
        has_intensity = not pd.isna(row["intensiteit"])
        if row["soort"] == "samenwerking" and cells.at[line, "intensiteit"] == "":
            problems.append(Problem(source, line, "intensiteit", "intensity_missing"))
        elif row["soort"] not in (None, "samenwerking") and has_intensity:
            problems.append(Problem(source, line, "intensiteit", "intensity_ignored", warning=True))
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


def _obstacle_problems(source: str, actions: pd.DataFrame) -> list[Problem]:
    """Warn about actions ``niet_gedaan`` that name no obstacle: the pilot learns from them.

    Only for files with a ``belemmering`` column: a file written before
    version 2 of the contract has nothing to fill it in.
    """
    missing = (actions["status"] == "niet_gedaan") & (actions["belemmering"].map(len) == 0)
    choices = ", ".join(VOCABULARIES["belemmering"])
    return [
        Problem(source, line, "belemmering", "obstacle_missing", {"choices": choices}, warning=True)
        for line in actions.index[missing]
    ]


def _request_problems(source: str, requests: pd.DataFrame, cells: pd.DataFrame) -> list[Problem]:
    """A request to oneself; ``antwoord`` and ``nagekomen`` that do not fit the ``uitkomst``.

    ``antwoord`` is required once a request is closed and empty while it is
    open, because the figures count a request as open until its
    ``antwoord``; ``nagekomen`` outside a promise is only ignored (warning).
    Emptiness is read from the text ``cells``, so that an unreadable date is
    reported once, as a date.
    """
    problems = []
    for line, row in requests.iterrows():
        if row["van"] and row["van"] == row["aan"]:
            problems.append(Problem(source, line, "aan", "self_request", {"value": row["van"]}))
        outcome = row["uitkomst"]
        if outcome not in UITKOMST:
            continue
        answered, delivered = cells.at[line, "antwoord"] != "", cells.at[line, "nagekomen"] != ""
        if outcome == "geen_reactie" and not answered:
            problems.append(Problem(source, line, "antwoord", "closed_without_date"))
        elif outcome in ANSWERED and not answered:
            problems.append(Problem(source, line, "antwoord", "answer_missing", {"uitkomst": outcome}))
        elif outcome == "open" and answered:
            problems.append(Problem(source, line, "antwoord", "answer_but_open"))
        if delivered and outcome not in PROMISED:
            problems.append(
                Problem(source, line, "nagekomen", "delivered_not_promised", {"uitkomst": outcome}, warning=True)
            )
    return problems


def _result_problems(source: str, cells: pd.DataFrame) -> list[Problem]:
    """A result needs a ``datum`` or, recorded after the fact with its day unknown, a ``gemeld`` (version 3);
    ``eenheid`` is required with an ``omvang`` (an amount of what?); alone it counts for nothing."""
    problems = []
    choices = ", ".join(VOCABULARIES["eenheid"])
    for line, row in cells.iterrows():
        if not row["datum"] and not row["gemeld"]:
            problems.append(Problem(source, line, "datum", "result_date_missing"))
        if row["omvang"] and not row["eenheid"]:
            problems.append(Problem(source, line, "eenheid", "unit_missing", {"choices": choices}))
        elif row["eenheid"] and not row["omvang"]:
            problems.append(Problem(source, line, "eenheid", "unit_without_amount", warning=True))
    return problems


def _recognition_problems(
    source: str, recognitions: pd.DataFrame, actors: pd.DataFrame, buurten: set[str]
) -> list[Problem]:
    """A recognised platform that is no actor of its buurt; two recognitions of a buurt in one month.

    Recognitions are compared by month, as the monthly snapshot sees them: a
    recognition that ends in April and one that starts in April overlap,
    because the figures need one platform per buurt and month.  The overlap
    is reported on the later line, naming the first month both are active.
    Rows with an unknown buurt or actor are left to the reference check.
    """
    problems = _home_problems(source, recognitions, "platform", actors, buurten, "recognition_citywide")
    periods: dict[str, list[tuple[int, pd.Period, pd.Period | None]]] = {}
    for line, row in recognitions.iterrows():
        buurt = row["buurt"]
        start, end = row["vanaf"], row["tot"]
        if not buurt or pd.isna(start) or (not pd.isna(end) and end < start):
            continue
        first, last = start.to_period("M"), None if pd.isna(end) else end.to_period("M")
        for other_line, other_first, other_last in periods.setdefault(buurt, []):
            if (last is None or other_first <= last) and (other_last is None or first <= other_last):
                month = month_text(max(first, other_first))
                problems.append(
                    Problem(source, line, None, "recognition_overlap", {"month": month, "first": other_line})
                )
                break
        periods[buurt].append((line, first, last))
    return problems


def _home_problems(
    source: str, frame: pd.DataFrame, column: str, actors: pd.DataFrame, buurten: set[str], citywide: str
) -> list[Problem]:
    """An actor in ``column`` that is no actor of the row's ``buurt``: a recognised platform (``erkenning``), one at a
    table (``tafels``).  An actor of another buurt gets ``recognition_other_buurt``, a city-wide one ``citywide``.
    Rows with an unknown buurt or actor are left to the reference check."""
    home = dict(zip(actors["id"], actors["buurt"], strict=True))
    problems = []
    for line, buurt, actor in zip(frame.index, frame["buurt"], frame[column], strict=True):
        if actor in home and buurt in buurten and home[actor] != buurt:
            other = home[actor]
            key, params = ("recognition_other_buurt", {"other": other}) if other else (citywide, {})
            problems.append(Problem(source, line, column, key, {"value": actor, "buurt": buurt, **params}))
    return problems


def _dialogue_problems(source: str, dialogues: pd.DataFrame, seats: pd.DataFrame) -> list[Problem]:
    """A dialogue held at a table where another buurt has the seat (``tafel`` names a seat of ``tafels``)."""
    home = dict(zip(seats["id"], seats["buurt"], strict=True))
    return [
        Problem(source, line, "tafel", "table_other_buurt", {"value": seat, "buurt": buurt, "other": home[seat]})
        for line, buurt, seat in zip(dialogues.index, dialogues["buurt"], dialogues["tafel"], strict=True)
        if seat in home and buurt and home[seat] != buurt
    ]


def _agreement_problems(source: str, agreements: pd.DataFrame, dialogues: pd.DataFrame) -> list[Problem]:
    """An agreement both kept (``nagekomen``) and dropped (``vervallen``); either before the dialogue it was made in.

    A ``deadline`` before the dialogue is left alone: it says the agreement was late from the start.
    """
    held = dict(zip(dialogues["id"], dialogues["datum"], strict=True))
    problems = []
    for line, row in agreements.iterrows():
        if not pd.isna(row["nagekomen"]) and not pd.isna(row["vervallen"]):
            problems.append(Problem(source, line, "vervallen", "agreement_kept_and_dropped"))
        day = held.get(row["dialoog"])
        if day is None or pd.isna(day):
            continue
        for column in ("nagekomen", "vervallen"):
            if not pd.isna(row[column]) and row[column] < day:
                params = {"value": f"{row[column]:%Y-%m-%d}", "dialoog": row["dialoog"], "other": f"{day:%Y-%m-%d}"}
                problems.append(Problem(source, line, column, "before_dialogue", params))
    return problems


def _key_problems(source: str, frame: pd.DataFrame, key_columns: list[str], message: str) -> list[Problem]:
    """A row whose ``key_columns`` repeat an earlier row's (a score twice, a buurt's load twice in a month), located
    on the later line and naming the first."""
    first: dict[tuple[object, ...], int] = {}
    problems = []
    for line, row in frame[key_columns].iterrows():
        key = tuple(row)
        if any(pd.isna(v) for v in key):
            continue
        if key in first:
            text = " ".join(str(v) for v in key)
            problems.append(Problem(source, line, None, message, {"key": text, "first": first[key]}))
        else:
            first[key] = line
    return problems


def _consent_problems(source: str, actors: pd.DataFrame, cells: pd.DataFrame) -> list[Problem]:
    """Warn about key persons without a ``persoon`` cell, which count as persons, and about persons whose
    consent cell is empty: their name will not be shown."""
    assumed = actors["persoon"] & (cells["persoon"] == "")
    unasked = actors["persoon"] & (cells["naam_tonen"] == "")
    return [Problem(source, line, "persoon", "person_assumed", warning=True) for line in actors.index[assumed]] + [
        Problem(source, line, "naam_tonen", "consent_missing", warning=True) for line in actors.index[unasked]
    ]


def _platform_problems(source: str, buurten: pd.DataFrame, actors: pd.DataFrame) -> list[Problem]:
    home = dict(zip(actors["id"], actors["buurt"], strict=True))
    problems = []
    for line, row in buurten.iterrows():
        platform = row["platform"]
        if platform in home and home[platform] != row["id"]:
            problems.append(
                Problem(
                    source,
                    line,
                    "platform",
                    "platform_elsewhere",
                    {"value": platform, "other": home[platform] or "-"},
                    warning=True,
                )
            )
    return problems


def _hide_names(
    problems: list[Problem], tables: dict[str, pd.DataFrame], cells: dict[str, pd.DataFrame], sources: dict[str, str]
) -> tuple[list[Problem], NameMatcher | None]:
    """``problems`` with every quoted name of a person without consent shown as ``[…]``, and warnings for
    each id that spells such a name, for each organisation named after such a person (it carries the
    pseudonym) and for what the privacy rule leaves visible of each such name.

    Ids must be codes: they are printed in exports and messages, where a name
    may not appear.  A quoted cell keeps its location, so the facilitator
    still finds it; the source is hidden too (a workbook may be named after
    a person).  A ``persoon`` cell that is not a yes/no value counts as a
    person, an empty or unclear ``naam_tonen`` as no consent.

    Returns
    -------
    tuple
        The problems, and the matcher that hid the names (for other text the
        command prints: :meth:`ValidationResult.public`).
    """
    if "actoren" not in tables:
        return problems, None
    actors = tables["actoren"]
    persons = [
        _person(cell) or typed for cell, typed in zip(cells["actoren"]["persoon"], actors["persoon"], strict=True)
    ]
    hidden = {
        actor: HIDDEN
        for actor, person, consent in zip(actors["id"], persons, actors["naam_tonen"], strict=True)
        if person and not consent
    }
    buurten = tables.get("buurten", pd.DataFrame(columns=["id", "naam", "stadsdeel"]))
    actors = actors.assign(persoon=persons)
    problems = problems + _visible_name_problems(sources["actoren"], actors, name_context(actors, buurten), hidden)
    matcher, in_names = name_matchers(actors, buurten, hidden)
    problems += [
        Problem(sources["actoren"], line, "naam", "organisation_named", warning=True)
        for line, naam, person in zip(actors.index, actors["naam"], persons, strict=True)
        if not person and isinstance(naam, str) and in_names.finds(naam)
    ]
    for stem, frame in tables.items():
        column = FILES[stem].id_column
        if stem == "buurten" or column is None:
            continue
        problems += [
            Problem(sources[stem], line, column, "id_spells_name", warning=True)
            for line, value in frame[column].items()
            if isinstance(value, str) and matcher.finds(value, any_case=True)
        ]
    hidden_problems = [
        replace(
            p,
            source=matcher.sub(p.source),
            params={k: matcher.sub(v) if isinstance(v, str) else v for k, v in p.params.items()},
        )
        for p in problems
    ]
    return hidden_problems, matcher


#: The message of each reason why a part of a hidden name stays visible (:func:`kit.names.visible_parts`).
_VISIBLE_KEYS = {
    "word": "name_visible_word",
    "tail": "name_visible_word",
    "place": "name_visible_place",
    "work": "name_visible_work",
}


def _visible_name_problems(
    source: str, actors: pd.DataFrame, context: Context, hidden: dict[str, str]
) -> list[Problem]:
    """A warning at each hidden person's line for the words of the name the privacy rule leaves visible, by reason.

    The rule protects names first, but keeps a buurt's name, a person's place
    of work after a role word, and ordinary words written in small letters
    (:mod:`kit.names`); the facilitator can change the data where that shows
    too much.  The message counts the words instead of quoting them: it is
    printed in the reports' colophons.
    """
    problems = []
    for line, actor, naam in zip(actors.index, actors["id"], actors["naam"], strict=True):
        if actor not in hidden or not isinstance(naam, str):
            continue
        by_key: dict[str, list[str]] = {}
        for number, why in visible_parts(naam, context):
            by_key.setdefault(_VISIBLE_KEYS[why], []).append(str(number))
        problems += [
            Problem(source, line, "naam", key, {"words": ", ".join(numbers)}, warning=True)
            for key, numbers in by_key.items()
        ]
    return problems


def _person(cell: str) -> bool:
    """A ``persoon`` cell read for privacy: anything but an empty cell or a clear no is a person."""
    try:
        return cell != "" and parse_bool(cell)
    except ValueError:
        return True
