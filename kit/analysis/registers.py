"""Which registers a buurt keeps, and how fresh each is: the one rule behind every "niet vastgelegd".

Not every buurt keeps every file (data contract, "Registers kept, and gaps"):

- a **register** (:data:`REGISTERS`: ``activiteiten``, ``acties``, ``maatlat``,
  ``resultaten``, ``verzoeken``, ``erkenning``, and of version 4 ``tafels``,
  ``dialogen`` with their ``dialoogafspraken``, ``draaglast``) is *kept* for
  buurt B when its file holds at least one row of B (an absent file holds none);
- an optional **column** (:data:`COLUMNS`: ``acties.sessie``,
  ``acties.belemmering``) is *in use* when at least one row of its file, of
  any buurt, fills it; for B it counts only where B keeps the file.

Where B does not keep a register (or a column is not in use) the kit knows
nothing about it: the figures computed from it are ``null``
(:func:`kit.analysis.figures.months_of_buurt` applies :func:`kept` to each
figure's ``register``) and a report says which register is not kept, never
"0" or "geen".  :func:`recorded` is the figure ``vastgelegd``: per register,
actors and relations included, the latest month up to M that a date of one
of B's rows names, so that a reader sees how fresh each kind of information
is.  Reports ask these functions, not the figures' nulls.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Literal

import numpy as np
import pandas as pd

from .snapshot import history

if TYPE_CHECKING:
    from kit.data.dataset import Dataset

#: The registers a buurt may keep or not: files of the contract with a ``buurt`` column, besides actors and
#: relations.
REGISTERS = (
    "activiteiten",
    "acties",
    "maatlat",
    "resultaten",
    "verzoeken",
    "erkenning",
    "tafels",
    "dialogen",
    "draaglast",
)
#: The optional columns that may be in use or not, ``file.column``.
COLUMNS = ("acties.sessie", "acties.belemmering")
#: What the figure ``vastgelegd`` covers: register → the date (or month) columns whose months it names.
RECORDED = {
    "actoren": ("vanaf", "tot"),
    "relaties": ("vanaf", "tot"),
    "activiteiten": ("datum",),
    "acties": ("gepland", "afgerond"),
    "maatlat": ("maand",),
    "resultaten": ("datum", "gemeld"),
    "verzoeken": ("gevraagd", "antwoord", "nagekomen"),
    "erkenning": ("vanaf", "tot"),
    "tafels": ("vanaf", "tot"),
    "dialogen": ("datum",),
    "draaglast": ("maand",),
}

#: Each register (and column, and ``actoren``/``relaties`` of ``vastgelegd``) as a Dutch reader calls it: what a
#: report names where a buurt does not keep it ("Niet vastgelegd voor deze buurt: de actielijst en de maatlat").
NAMEN = {
    "actoren": "de actoren",
    "relaties": "de relaties",
    "activiteiten": "de activiteiten",
    "acties": "de actielijst",
    "acties.sessie": "welke acties in de intervisie zijn afgesproken",
    "acties.belemmering": "wat acties in de weg stond",
    "maatlat": "de maatlat",
    "resultaten": "de resultaten",
    "verzoeken": "de verzoeken aan instellingen",
    "erkenning": "de erkenning",
    "tafels": "de plekken aan tafel",
    "dialogen": "de gesprekken met instellingen en hun afspraken",
    "draaglast": "de draaglast van de vrijwilligers",
}

#: The sentence a report shows instead of a figure, or a section, of a register (or column) the buurt does not keep.
NIET_BIJGEHOUDEN = {
    "activiteiten": "Niet vastgelegd: de activiteiten van deze buurt worden niet bijgehouden.",
    "acties": "Niet vastgelegd: de actielijst wordt voor deze buurt niet bijgehouden.",
    "acties.sessie": "Niet vastgelegd: welke acties in de intervisie zijn afgesproken, wordt niet bijgehouden.",
    "acties.belemmering": "Niet vastgelegd: wat acties in de weg stond, wordt niet bijgehouden.",
    "maatlat": "Niet vastgelegd: de maatlat wordt voor deze buurt niet bijgehouden.",
    "resultaten": "Niet vastgelegd: de resultaten van deze buurt worden niet bijgehouden.",
    "verzoeken": "Niet vastgelegd: de verzoeken van deze buurt aan instellingen worden niet bijgehouden.",
    "erkenning": "Niet vastgelegd: voor deze buurt staat geen erkenningsbesluit in de gegevens.",
    "tafels": "Niet vastgelegd: de plekken van deze buurt aan bestuurlijke tafels worden niet bijgehouden.",
    "dialogen": "Niet vastgelegd: de gesprekken van deze buurt met instellingen worden niet bijgehouden.",
    "draaglast": "Niet vastgelegd: de draaglast van de vrijwilligers wordt voor deze buurt niet bijgehouden.",
}


def kept(dataset: Dataset, buurt: str) -> dict[str, bool]:
    """Whether ``buurt`` keeps each register of :data:`REGISTERS`, and each column of :data:`COLUMNS` is in use
    for it (its file kept by the buurt, the column filled in some row of the file).

    The same in every month: a register kept is kept from the start of the data, and a month without a row in
    it is a month in which nothing of its kind happened.  Computed once per dataset (kept in ``dataset.cache``).
    Raises :class:`~kit.data.lookup.UnknownBuurt` for an unknown buurt.

    Examples
    --------
    >>> kept(load("examples/lindenhof-v3"), "esdoorn")["acties"]  # doctest: +SKIP
    False
    """
    known: dict[str, dict[str, bool]] = dataset.cache.setdefault("kept", {})
    if buurt not in known:
        rows = history(dataset, buurt)
        registers = {
            "activiteiten": not rows.activities.empty,
            "acties": not rows.actions.empty,
            "maatlat": not rows.scores.empty,
            "resultaten": not rows.results.empty,
            "verzoeken": not rows.requests.empty,
            "erkenning": not rows.recognitions.empty,
            "tafels": not rows.seats.empty,
            "dialogen": not rows.dialogues.empty,
            "draaglast": not rows.pulse.empty,
        }
        in_use = _columns_in_use(dataset)
        known[buurt] = registers | {name: registers[name.split(".")[0]] and in_use[name] for name in COLUMNS}
    return dict(known[buurt])


def not_kept(registers: dict[str, bool]) -> list[str]:
    """The registers and columns of :func:`kept`'s answer that are not kept, in order; a column only where its file
    is kept (a buurt without an action list needs no word on the list's columns).

    >>> not_kept({"acties": False, "acties.sessie": False, "maatlat": True, "acties.belemmering": False})
    ['acties']
    """
    return [
        name for name, known in registers.items() if not known and (name in REGISTERS or registers[name.split(".")[0]])
    ]


def _columns_in_use(dataset: Dataset) -> dict[str, bool]:
    """Whether any row of the pilot fills each optional column of :data:`COLUMNS`."""
    if "columns_in_use" not in dataset.cache:
        actions = dataset.acties
        dataset.cache["columns_in_use"] = {
            "acties.sessie": bool(actions["sessie"].notna().any()),
            "acties.belemmering": bool((actions["belemmering"].map(len) > 0).any()),
        }
    return dataset.cache["columns_in_use"]


def recorded_months(dataset: Dataset, buurt: str) -> dict[str, np.ndarray]:
    """Register of :data:`RECORDED` → the sorted months (as month numbers, :func:`_numbers`) named by a date of one
    of the buurt's rows in it: of its own actors, of the relations with one of its actors at an end, of its rows in
    each register.  Computed once per dataset (kept in ``dataset.cache``)."""
    known: dict[str, dict[str, np.ndarray]] = dataset.cache.setdefault("recorded_months", {})
    if buurt not in known:
        rows = history(dataset, buurt)
        frames = {
            "actoren": rows.actors[rows.own],
            "relaties": rows.relations,
            "activiteiten": rows.activities,
            "acties": rows.actions,
            "maatlat": rows.scores,
            "resultaten": rows.results,
            "verzoeken": rows.requests,
            "erkenning": rows.recognitions,
            "tafels": rows.seats,
            "dialogen": rows.dialogues,
            "draaglast": rows.pulse,
        }
        known[buurt] = {
            register: np.unique(np.concatenate([_numbers(frames[register][name]) for name in columns]))
            for register, columns in RECORDED.items()
        }
    return known[buurt]


def _numbers(values: pd.Series) -> np.ndarray:
    """The months of a column of dates or months as numbers (``12 · year + month − 1``), empty cells left out.

    Read from the values' integers, not through ``.dt``: a report asks this of every register of every buurt.

    >>> _numbers(pd.Series(pd.to_datetime(["2024-03-31", None]))).tolist()
    [24290]
    >>> _numbers(pd.Series(pd.PeriodIndex(["2024-04", None], freq="M"))).tolist()
    [24291]
    """
    if isinstance(values.dtype, pd.PeriodDtype):  # a month: its ordinal counts months from 1970-01
        ordinals = values.array.asi8
        return ordinals[ordinals != pd.NaT.value] + 12 * 1970
    dates = values.to_numpy(dtype="datetime64[ns]")
    return dates[~np.isnat(dates)].astype("datetime64[M]").astype(np.int64) + 12 * 1970


def latest(months: dict[str, np.ndarray], month: pd.Period) -> dict[str, str | None]:
    """Register → the latest of its ``months`` (:func:`recorded_months`) up to ``month``, as ``JJJJ-MM``, or
    ``None`` when none is: the figure ``vastgelegd``.

    >>> latest({"acties": np.array([24288, 24290, 24292])}, pd.Period("2024-04", "M"))
    {'acties': '2024-03'}
    """
    number = 12 * month.year + month.month - 1
    found = {}
    for register, numbers in months.items():
        position = np.searchsorted(numbers, number, side="right")
        found[register] = None if position == 0 else _text(int(numbers[position - 1]))
    return found


def _text(number: int) -> str:
    """A month number of :func:`_numbers` as ``JJJJ-MM``."""
    return f"{number // 12:04d}-{number % 12 + 1:02d}"


def recorded(dataset: Dataset, buurt: str, month: pd.Period) -> dict[str, pd.Period | None]:
    """Register → the latest month up to ``month`` named by a date of one of the buurt's rows in it, or ``None``:
    how fresh each kind of information is (the figure ``vastgelegd``, as months).

    Examples
    --------
    >>> recorded(load("examples/lindenhof-v3"), "lindenhof", pd.Period("2024-03", "M"))["actoren"]  # doctest: +SKIP
    Period('2023-06', 'M')
    """
    return {
        register: None if text is None else pd.Period(text, freq="M")
        for register, text in latest(recorded_months(dataset, buurt), month).items()
    }


#: A register whose latest date lies this many months or more before the month is out of date: a report asks
#: whether nothing changed since (``docs/reports.md``, "What the reports suggest to discuss").
STALE_MONTHS = 3
#: The registers that can be out of date: those of :data:`RECORDED` but ``erkenning``, a status that holds until
#: it ends, and those of version 4, which the reports name in their own sections ("Aan tafel"; the pulse only in a
#: buurt's own report), not among the points to discuss.
STALE_REGISTERS = tuple(
    register for register in RECORDED if register not in ("erkenning", "tafels", "dialogen", "draaglast")
)


def gaps(
    kept: Mapping[str, bool], recorded: Mapping[str, pd.Period | None], month: pd.Period
) -> dict[str, Literal["niet_bijgehouden", "verouderd"]]:
    """Register → ``"niet_bijgehouden"`` (not kept, :func:`kept`) or ``"verouderd"`` (its latest date,
    :func:`recorded`, :data:`STALE_MONTHS` months or more before ``month``), for :data:`STALE_REGISTERS` in
    their order; a register kept and up to date, or with nothing recorded by ``month`` yet, is not named.

    >>> P = lambda m: pd.Period(m, "M")
    >>> gaps({"acties": False, "maatlat": True}, {"actoren": P("2025-06"), "maatlat": P("2025-03"),
    ...       "verzoeken": P("2025-04")}, P("2025-06"))  # March: three months before June; April: two
    {'acties': 'niet_bijgehouden', 'maatlat': 'verouderd'}
    """
    found: dict[str, Literal["niet_bijgehouden", "verouderd"]] = {}
    for register in STALE_REGISTERS:
        last = recorded.get(register)
        if kept.get(register, True) is False:
            found[register] = "niet_bijgehouden"
        elif last is not None and (month - last).n >= STALE_MONTHS:
            found[register] = "verouderd"
    return found
