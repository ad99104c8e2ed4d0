"""Which buurten a validation problem concerns, so that a buurt's report shows only its own.

A warning points at a line of a file (:class:`kit.data.problems.Problem`); the
row on that line belongs to a buurt (its ``buurt``, or its ``id`` in
``buurten``) and may name actors, each of a buurt.  A buurt's report names no
actor of another buurt, and a warning may quote one's id, so the report lists
only the warnings that concern no other buurt (:func:`kit.report.common.colofon`).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .contract import FILES

if TYPE_CHECKING:
    from .dataset import Dataset
    from .problems import Problem

#: ``actoren.csv`` or ``gegevens.xlsx[actoren]`` → ``actoren``.
_SOURCE = re.compile(r"^(?:.*\[(?P<sheet>[^\]]+)\]|(?:.*[/\\])?(?P<file>[^/\\]+)\.csv)$")


def source_stem(source: str) -> str | None:
    """The contract file a problem's ``source`` names, or ``None``.

    >>> source_stem("actoren.csv"), source_stem("gegevens.xlsx[relaties]"), source_stem("gegevens.xlsx")
    ('actoren', 'relaties', None)
    >>> source_stem("noord/acties.csv")
    'acties'
    """
    match = _SOURCE.match(source)
    if not match:
        return None
    stem = match["sheet"] or match["file"]
    return stem if stem in FILES else None


def problem_buurten(dataset: Dataset, problem: Problem) -> frozenset[str]:
    """The buurten whose data a validation ``problem`` is about.

    The buurt of the row at the problem's line (``buurt``; ``id`` in
    ``buurten``) and the buurten of every actor the row names (``van``,
    ``naar``, ``eigenaar``, ``aan``, ``samen_met``, …).  Empty for a problem
    of a whole file, of an ``intervisie`` session (pilot-wide: it names
    buurten, not actors) or of a row that only names city-wide actors: such a
    problem may be shown in every buurt's report.

    Parameters
    ----------
    dataset : Dataset
        The loaded dataset the problem was found in (its ``places``).
    problem : Problem
        One of ``dataset.warnings``.

    Returns
    -------
    frozenset of str
        Buurt ids.
    """
    stem = source_stem(problem.source)
    if problem.line is None or stem is None or stem == "intervisie":
        return frozenset()
    positions = dataset.cache.setdefault("line_positions", {})
    if stem not in positions:
        positions[stem] = {place: i for i, place in enumerate(dataset.places.get(stem, ()))}
    position = positions[stem].get((problem.source, problem.line))
    if position is None:
        return frozenset()
    row = getattr(dataset, stem).iloc[position]
    home = dict(zip(dataset.actoren["id"], dataset.actoren["buurt"], strict=True))
    found = {row["id"]} if stem == "buurten" else set()
    for column in FILES[stem].columns:
        values = row[column.name]
        values = values if isinstance(values, tuple) else (values,)
        if column.ref == "buurten":
            found.update(values)
        elif column.ref == "actoren" or (stem == "actoren" and column.name == "id"):
            found.update(home.get(value) for value in values if isinstance(value, str))
    return frozenset(b for b in found if isinstance(b, str))
