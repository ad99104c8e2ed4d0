"""What a declaration says: a :class:`Figure` per key of ``metrics --json``, a :class:`Column` per panel column.

A figure is computed once per buurt and month (its ``compute``, a measure
applied to :class:`kit.analysis.array_figures.Month`) and spreads into the
panel's columns by its ``shape``: a number is one column under its own
key, a list is counted in ``aantal_<key>``, an object gives
``<key>_<part>`` for a fixed tuple of parts.  A figure computed from a
register the buurt does not keep is ``null`` (its ``register``,
:mod:`kit.analysis.registers`): every column of it is empty.  Each column says what it
means for researchers (English: ``meaning``, ``unit``, ``range``, the
codebook) and, when readers see it as a number, how it is read in Dutch
(``label``, ``sentence``, ``explanation``, ``decimals``, ``direction``).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any, Literal

from kit.dutch import geheel, getal

from ..registers import COLUMNS as REGISTER_COLUMNS
from ..registers import REGISTERS as REGISTER_FILES
from .phrases import NOG_NIET, aandeel

if TYPE_CHECKING:
    from kit.analysis.array_figures import Month

#: How a figure's value looks: text that names the row, one number, a list, or an object of parts.
Shape = Literal["row", "scalar", "list", "object"]
#: The registers (files, and optional columns as ``file.column``) a figure can be computed from, besides actors
#: and relations: those a buurt may keep or not (:mod:`kit.analysis.registers`).
REGISTERS = REGISTER_FILES + REGISTER_COLUMNS


@dataclass(frozen=True)
class Column:
    """One column of the panel: what researchers read in the codebook, and what readers of a report see.

    Attributes
    ----------
    name : str
        The column's name in the panel.
    meaning, unit, range : str
        English, for the codebook: what it holds (and when it is empty), what
        one unit counts or measures, the values it can take.
    decimals : int or None
        Decimals a report shows; ``None`` for a column that is no number.
    label : str or None
        The Dutch title readers see, the same in every report and in the
        terminal; ``None`` for a part its report section shows whole (a cell
        of the connection map, a barrier, the size of results in a unit).
    sentence : callable or None
        Value → the Dutch sentence that explains it to readers.
    explanation : str or None
        What the figure means in one Dutch phrase, without a value: the overview's explanations.
    direction : int
        What is good news for the platform: +1 higher is better, −1 lower is better, 0 neither.
    judged : bool
        Whether the kit may call a change good or bad at all (:meth:`judgement`).
    compared : bool
        Whether a report ranks the buurt among the others on it (a yes or no, a short list,
        or this month's few requests say little as a rank).
    figure : Figure or None
        The figure it comes from (set by the figure); ``None`` for the panel's marks
        ``in_proeftuin`` and ``met_gegevens``.
    """

    name: str
    meaning: str
    unit: str
    range: str
    decimals: int | None
    label: str | None = None
    sentence: Callable[[Any], str] | None = None
    explanation: str | None = None
    direction: int = 0
    judged: bool = False
    compared: bool = True
    figure: Figure | None = field(default=None, repr=False, compare=False)

    @property
    def whole(self) -> bool:
        """Whether the column holds whole numbers (counts, scores, months, 0 or 1): those declared with no
        decimals.  Reports show them whole; the panel's CSV and Parquet files write them as integers."""
        return self.decimals == 0

    def text(self, value: Any) -> str:
        """``value`` as a report shows it: whole for a count, else with :attr:`decimals` (``–`` when missing)."""
        assert self.decimals is not None, f"{self.name} is no number"
        return geheel(value) if self.whole else getal(value, self.decimals)

    def judgement(self, change: float) -> str | None:
        """A change of ``change`` as good news (``"gunstig"``), a point of attention (``"aandachtspunt"``), or
        ``None`` when the kit does not judge this column or nothing changed."""
        if not self.judged or self.direction == 0 or change == 0:
            return None
        return "gunstig" if (change > 0) == (self.direction > 0) else "aandachtspunt"


@dataclass(frozen=True)
class Figure:
    """One key of ``metrics --json``: how it is computed, what it is, and the panel columns it spreads into.

    Attributes
    ----------
    key : str
        The key, as ``docs/figures.md`` names its section.
    meaning, unit, range : str
        English: what the value is, in what, and which values it takes.
    compute : callable
        The month (:class:`kit.analysis.array_figures.Month`) → the value: the figure's measure.
    shape : str
        ``"row"`` (text naming the row), ``"scalar"``, ``"list"`` or ``"object"``.
    columns : tuple of Column
        The panel columns, in order: the figure's own for a row or scalar,
        ``aantal_<key>`` for a list, ``<key>_<part>`` for each part of an object.
    version : int
        The version of the figures it entered with (1, 2 or 3).
    register : str or None
        The register it is computed from (:data:`REGISTERS`): where the buurt does not keep it, the figure is
        ``null`` in every month (:func:`kit.analysis.figures.months_of_buurt`).  ``None`` for a figure of actors
        and relations, and for one that falls back on another file (``platform`` on ``buurten.platform``).
    size_dependent : bool
        Whether it depends on the number of actors of the network: compare it over a buurt's months rather
        than with a much larger or smaller buurt.
    own_section : bool
        Whether the monthly report explains it, with its number, in a section of its own rather than in its
        list of figures.
    nested : bool
        An object whose parts are objects themselves (``verbindingskaart``): part ``a_b`` is ``value[a][b]``.
    absent : int or None
        What the panel holds for a part missing from an object.
    since : bool
        An object whose parts are months (``JJJJ-MM`` or ``None``, ``vastgelegd``): the panel holds the whole
        months from each to the row's month instead, so that its columns stay numbers.
    """

    key: str
    meaning: str
    unit: str
    range: str
    compute: Callable[[Month], Any] = field(repr=False)
    shape: Shape
    columns: tuple[Column, ...]
    version: int = 1
    register: str | None = None
    size_dependent: bool = False
    own_section: bool = False
    nested: bool = False
    absent: int | None = 0
    since: bool = False

    def __post_init__(self) -> None:
        # each column knows its figure: frozen, so set once here
        object.__setattr__(self, "columns", tuple(replace(c, figure=self) for c in self.columns))

    @property
    def parts(self) -> tuple[str, ...]:
        """An object's parts, in order (the column names without ``<key>_``)."""
        return tuple(c.name[len(self.key) + 1 :] for c in self.columns) if self.shape == "object" else ()

    def spread(self, value: Any, month: str | None = None) -> dict[str, Any]:
        """The figure's ``value`` as its panel columns, by name; ``None`` (a register not kept) in each.

        ``month`` (``JJJJ-MM``) is the row's month, which a figure of months (:attr:`since`) counts from.
        """
        if self.shape in ("row", "scalar"):
            return {self.key: value}
        if value is None:
            return dict.fromkeys((c.name for c in self.columns), None)
        if self.shape == "list":
            return {self.columns[0].name: len(value)}
        if self.nested:
            value = {f"{outer}_{inner}": n for outer, cells in value.items() for inner, n in cells.items()}
        if self.since:
            assert month is not None, f"{self.key} counts months up to the row's month"
            value = {part: None if text is None else _months_between(text, month) for part, text in value.items()}
        return {c.name: value.get(part, self.absent) for c, part in zip(self.columns, self.parts, strict=True)}


def _months_between(earlier: str, later: str) -> int:
    """Whole months from ``earlier`` to ``later``, both ``JJJJ-MM``.

    >>> _months_between("2023-11", "2024-02")
    3
    """
    return 12 * (int(later[:4]) - int(earlier[:4])) + int(later[5:7]) - int(earlier[5:7])


#: The range of a count, and of a share.
COUNT = "0, 1, 2, …"
SHARE = "[0, 1]"


def scalar(
    key: str,
    compute: Callable[[Month], Any],
    *,
    meaning: str,
    unit: str,
    range: str,
    decimals: int,
    version: int = 1,
    register: str | None = None,
    size_dependent: bool = False,
    own_section: bool = False,
    **said: Any,
) -> Figure:
    """A figure that is one number: its one column has the figure's key and text.

    ``said`` is the Dutch side of the column, as :func:`words` takes it (``label``, ``sentence``, ``direction``, …).
    """
    column = Column(key, meaning, unit, range, decimals, **words(**said))
    return Figure(
        key, meaning, unit, range, compute, "scalar", (column,), version, register, size_dependent, own_section
    )


def count(key: str, compute: Callable[[Month], Any], **declared: Any) -> Figure:
    """A figure that counts: whole numbers from 0 (:data:`COUNT`), shown without decimals; else as :func:`scalar`."""
    return scalar(key, compute, range=COUNT, decimals=0, **declared)


def share(
    key: str,
    compute: Callable[[Month], Any],
    *,
    sentence: Callable[[Any], str],
    missing: str = NOG_NIET,
    **declared: Any,
) -> Figure:
    """A figure that is a share, from 0 to 1 (:data:`SHARE`), shown with two decimals; else as :func:`scalar`.

    A share of nothing cannot be computed: its ``sentence`` is only asked for a value, and readers read ``missing``
    instead (:func:`~kit.analysis.catalogue.phrases.aandeel`).
    """
    return scalar(key, compute, range=SHARE, decimals=2, sentence=aandeel(sentence, missing), **declared)


def mean(key: str, compute: Callable[[Month], Any], *, sentence: Callable[[Any], str], **declared: Any) -> Figure:
    """A figure that is a mean on a scale of 1 to 5, shown with one decimal: with nothing to average readers read
    ``nog niet te berekenen.`` (:func:`~kit.analysis.catalogue.phrases.aandeel`); else as :func:`scalar`."""
    return scalar(key, compute, range="[1, 5]", decimals=1, sentence=aandeel(sentence), **declared)


def yes_no(key: str, compute: Callable[[Month], Any], *, ja: str, nee: str, **declared: Any) -> Figure:
    """A figure that says yes (1) or no (0): readers read ``ja`` or ``nee`` (``–`` when missing); else as
    :func:`scalar`."""
    return scalar(
        key,
        compute,
        unit="yes (1) / no (0)",
        range="0, 1",
        decimals=0,
        sentence=aandeel(lambda v: ja if v else nee, "–"),
        **declared,
    )


def listing(
    key: str,
    compute: Callable[[Month], Any],
    *,
    meaning: str,
    unit: str,
    range: str,
    counted: str,
    counted_unit: str | None = None,
    counted_range: str = COUNT,
    **declared: Any,
) -> Figure:
    """A figure that is a list, which the panel counts in its one column ``aantal_<key>``.

    ``meaning``, ``unit`` and ``range`` say what the list is; ``counted`` what its count means, counted in
    ``counted_unit`` (the list's ``unit`` when not given) with values in ``counted_range``.  The rest (the Dutch side,
    ``version``, ``register``, …) as for :func:`scalar`: the count is a count like any other, under another name.
    """
    number = scalar(
        f"aantal_{key}",
        compute,
        meaning=counted,
        unit=counted_unit or unit,
        range=counted_range,
        decimals=0,
        **declared,
    )
    return replace(number, key=key, meaning=meaning, unit=unit, range=range, shape="list")


def counts(
    key: str, meanings: Mapping[str, str], unit: str, said: Mapping[str, dict[str, Any]] | None = None, **alike: Any
) -> tuple[Column, ...]:
    """The columns of an object of counts: ``<key>_<part>`` for each part of ``meanings``, in its order.

    Each counts ``unit`` (whole numbers from 0, :data:`COUNT`) and means ``meanings[part]`` (English, the codebook);
    ``said[part]`` is its Dutch side (:func:`words`) where readers see it; ``alike`` is the same for every part and
    overrides ``said`` (``compared=False``).
    """
    return tuple(
        Column(f"{key}_{part}", meaning, unit, COUNT, 0, **{**(said or {}).get(part, {}), **alike})
        for part, meaning in meanings.items()
    )


def words(
    label: str,
    sentence: Callable[[Any], str],
    direction: int,
    *,
    judged: bool | None = None,
    explanation: str | None = None,
    compared: bool = True,
) -> dict[str, Any]:
    """The Dutch side of a column readers see as a number: a figure's own (:func:`scalar` takes it as keywords), the
    count of a list, a part of an object."""
    return {
        "label": label,
        "sentence": sentence,
        "direction": direction,
        "judged": direction != 0 if judged is None else judged,
        "explanation": explanation,
        "compared": compared,
    }
