"""Pandera schemas for the cells of each file, built from :mod:`kit.data.contract`.

Each check carries the name of the message it leads to (see
:data:`kit.data.problems.MESSAGES`), so that pandera's failure cases translate
directly into located problems.  Checks skip empty cells except ``required``:
an empty optional cell is no value, not a bad value.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import Any

import pandera.pandas as pa

from .cells import (
    AmbiguousNumber,
    DateOutOfRange,
    NumberTooLarge,
    parse_bool,
    parse_date,
    parse_id,
    parse_int,
    parse_month,
    parse_number,
    split_list,
)
from .contract import FILES, Column


def _accepts(parse: Callable[[str], Any], *left: type[ValueError]) -> Callable[[str], bool]:
    """Turn a parser into an element-wise predicate that passes empty cells.

    A cell that raises one of ``left`` passes too: a check of its own
    reports it, with a message that says why (:func:`_refuses`).
    """

    def predicate(value: str) -> bool:
        if value == "":
            return True
        try:
            parse(value)
        except left:
            return True
        except ValueError:
            return False
        return True

    return predicate


def _refuses(parse: Callable[[str], Any], error: type[ValueError]) -> Callable[[str], bool]:
    """Predicate: the cell is no value that ``parse`` refuses with ``error`` (other cells pass)."""

    def predicate(value: str) -> bool:
        try:
            parse(value)
        except error:
            return False
        except ValueError:
            pass
        return True

    return predicate


def _in_range(column: Column) -> Callable[[str], bool]:
    """Predicate: the number lies within the column's bounds (other cells pass)."""
    parse = parse_number if column.kind == "number" else parse_int

    def predicate(value: str) -> bool:
        if value == "":
            return True
        try:
            number = parse(value)
        except ValueError:
            return True  # reported by the "int" or "number" check
        return (column.low is None or number >= column.low) and (column.high is None or number <= column.high)

    return predicate


def _date_checks(parse: Callable[[str], Any], name: str) -> list[pa.Check]:
    """A date or month that cannot be read (``name``), and one of a year the kit cannot compute with."""
    return [
        pa.Check(_accepts(parse, DateOutOfRange), element_wise=True, name=name),
        pa.Check(_refuses(parse, DateOutOfRange), element_wise=True, name="date_range"),
    ]


def _number_checks(column: Column) -> list[pa.Check]:
    """A whole number or number that cannot be read, is ambiguous, too large, or out of the column's bounds.

    One rule for both kinds (:func:`~kit.data.cells.parse_int` reads as
    :func:`~kit.data.cells.parse_number` does), each refusal with its own message.
    """
    parse = parse_int if column.kind == "int" else parse_number
    return [
        pa.Check(_accepts(parse, AmbiguousNumber, NumberTooLarge), element_wise=True, name=column.kind),
        pa.Check(_refuses(parse, AmbiguousNumber), element_wise=True, name="number_ambiguous"),
        pa.Check(_refuses(parse, NumberTooLarge), element_wise=True, name="number_too_large"),
        pa.Check(_in_range(column), element_wise=True, name="range"),
    ]


def _all_in(vocabulary: tuple[str, ...]) -> Callable[[str], bool]:
    allowed = frozenset(vocabulary)
    return lambda value: all(item in allowed for item in split_list(value))


def _all_ids(value: str) -> bool:
    return all(_accepts(parse_id)(item) for item in split_list(value))


def column_checks(column: Column) -> list[pa.Check]:
    """Return the pandera checks of one column, each named for its message."""
    checks = []
    if column.required:
        if column.kind in ("refs", "vocabs"):
            checks.append(pa.Check(lambda v: bool(split_list(v)), element_wise=True, name="required"))
        else:
            checks.append(pa.Check(lambda v: v != "", element_wise=True, name="required"))
    kind = column.kind
    if kind in ("id", "ref"):
        checks.append(pa.Check(_accepts(parse_id), element_wise=True, name="id"))
    elif kind == "refs":
        checks.append(pa.Check(_all_ids, element_wise=True, name="id"))
    elif kind in ("date", "date_end"):
        checks += _date_checks(parse_date, "date")
    elif kind == "day":
        checks += _date_checks(lambda t: parse_date(t, allow_month=False), "day")
    elif kind == "month":
        checks += _date_checks(parse_month, "month")
    elif kind in ("int", "number"):
        checks += _number_checks(column)
    elif kind == "bool":
        checks.append(pa.Check(_accepts(parse_bool), element_wise=True, name="bool"))
    elif kind == "vocab":
        checks.append(pa.Check(_accepts(_member(column.vocabulary)), element_wise=True, name="vocab"))
    elif kind == "vocabs":
        checks.append(pa.Check(_all_in(column.vocabulary), element_wise=True, name="vocab"))
    return checks


def _member(vocabulary: tuple[str, ...]) -> Callable[[str], str]:
    allowed = frozenset(vocabulary)

    def parse(value: str) -> str:
        if value not in allowed:
            raise ValueError(value)
        return value

    return parse


@cache
def file_schema(stem: str) -> pa.DataFrameSchema:
    """Return the schema of the cells of one file of the contract.

    The id column is unique; a duplicate is reported by
    :mod:`kit.data.validation` with the line of its first occurrence.
    """
    spec = FILES[stem]
    return pa.DataFrameSchema(
        {
            column.name: pa.Column(
                None,
                checks=column_checks(column),
                unique=column.name == spec.id_column,
                nullable=False,
                required=True,
            )
            for column in spec.columns
        },
        strict=True,
        name=stem,
    )
