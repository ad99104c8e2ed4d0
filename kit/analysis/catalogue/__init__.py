"""One declaration per figure: how it is computed, what it means, and how readers see it.

Every figure of ``proeftuin metrics --json`` is one :class:`Figure`
(:mod:`.first` declares those of version 1, :mod:`.second` those of version
2, :mod:`.third` those of version 3, :mod:`.fourth` those of version 4), and every panel column one
:class:`Column`.  What reads them:

- the computation (:mod:`kit.analysis.array_figures`): each figure's ``compute``;
- the panel (:mod:`kit.analysis.panel`): the columns, and how a value spreads into them;
- the codebook (:mod:`kit.analysis.codebook`, ``docs/codebook.md``): meaning, unit, range;
- the terminal summary (:mod:`kit.analysis.summary`) and the reports: the Dutch label, sentence,
  explanation, decimals and direction;
- ``tests/test_docs.py``: ``docs/figures.md`` against the declarations.

Adding a figure: ``docs/extending.md``, "Adding a figure".
"""

from __future__ import annotations

from . import first, fourth, second, third
from .model import REGISTERS, Column, Figure

__all__ = [
    "COLUMN",
    "COLUMNS",
    "FIGURE",
    "FIGURES",
    "FIGURE_KEYS",
    "MARKS",
    "REGISTERS",
    "ROW_COLUMNS",
    "Column",
    "Figure",
]

#: Every figure, in the order of ``metrics --json`` and ``docs/figures.md``.
FIGURES: tuple[Figure, ...] = (*first.FIGURES, *second.FIGURES, *third.FIGURES, *fourth.FIGURES)
#: Their keys.
FIGURE_KEYS = tuple(figure.key for figure in FIGURES)
#: Figure key → figure.
FIGURE = {figure.key: figure for figure in FIGURES}

#: The panel's marks of a row, which are no figure: whether the buurt takes part, and has data yet.
MARKS = (
    Column(
        "in_proeftuin",
        "True in the months the buurt takes part: from its first month on (its start, or else its first month with "
        "an active actor), and only when it has an active actor of its own that month; comparisons among buurten "
        "use only these rows.",
        "yes/no",
        "true, false",
        None,
    ),
    Column(
        "met_gegevens",
        "True from the buurt's first month with any data on (its start, an actor's vanaf, an activity, action, "
        "score, result, request or recognition), also before its start: where its trend starts.",
        "yes/no",
        "true, false",
        None,
    ),
)
#: The panel's columns that say which row it is, before the figures: ``platform`` is text rather than a figure.
ROW_COLUMNS = (first.BUURT.columns[0], first.MAAND.columns[0], *MARKS, second.PLATFORM.columns[0])
#: The panel's figure columns, in its order: the numbers, then the lists counted, then the objects' parts.
COLUMNS: tuple[Column, ...] = tuple(
    column
    for shape in ("scalar", "list", "object")
    for figure in FIGURES
    if figure.shape == shape
    for column in figure.columns
)
#: Column name → column, for every column of the panel.
COLUMN = {column.name: column for column in (*ROW_COLUMNS, *COLUMNS)}
