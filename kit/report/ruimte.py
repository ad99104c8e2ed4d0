"""The room a list has in a short report: at most so many lines, some that are always there, the rest counted.

A list of the buurtbrief or of the intervision sheet that grows with the data
shows at most a bound of lines (:class:`Ruimte`), so that the page count does
not grow with a busy month.  Which lines stay is one rule for every list
(:func:`kies`): every line that must never be cut, then the others by
priority; the lines shown keep their own order (the day, the longest wait).
What is left out is never lost silently: it is counted in one sentence
(:meth:`Ruimte.en_nog`) that names where it is listed in full.

The month's events earn a place by :data:`VOORRANG` (:func:`voorrang`): a
refusal and a request closed without an answer (:data:`ALTIJD`) are never
cut, since they name the institution (issue 20); then what an institution
did, what changed the platform's position, results and answers, the rest.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from kit.analysis.events import Event, by_institution
from kit.dutch import meervoud

T = TypeVar("T")

#: Refusals and requests closed without a reaction: never cut from a list, each names the institution.
ALTIJD = ("verzoek_afgewezen", "verzoek_zonder_reactie")
#: The order in which the other events earn a place in a list: what an institution did, then what changed the
#: platform's position, then results and answers, then the rest.  Kinds not named (the network's comings and goings,
#: intervision) come last, in their order.
VOORRANG = (
    *ALTIJD,
    "actie_niet_gedaan",
    "parallel_verschenen",
    "erkenning_besloten",
    "erkenning_beeindigd",
    "tafel_gestopt",
    "tafel_begonnen",
    "dialoogafspraak_te_laat",
    "dialoogafspraak_vervallen",
    "steun_eindigt",
    "steun_naast",
    "spanning_begonnen",
    "parallel_opgelost",
    "resultaat_bereikt",
    "toezegging_nagekomen",
    "dialoogafspraak_nagekomen",
    "verzoek_toegezegd",
    "verzoek_deels",
    "resultaat_gemeld",
    "spanning_gestopt",
    "verzoek_gedaan",
    "dialoog_gevoerd",
    "actie_gedaan",
    "actie_vervallen",
)
_RANG = {kind: i for i, kind in enumerate(VOORRANG)}


def voorrang(event: Event) -> tuple[int, bool]:
    """The place of ``event`` in :data:`VOORRANG`; among failed actions, one that failed on an institution first."""
    return _RANG.get(event.kind, len(VOORRANG)), not by_institution(event)


def altijd(event: Event) -> bool:
    """Whether ``event`` is never cut from a list (:data:`ALTIJD`)."""
    return event.kind in ALTIJD


def kies(
    items: Sequence[T],
    hoogstens: int,
    nooit_weg: Callable[[T], bool] = lambda _: False,
    rang: Callable[[T], Any] | None = None,
) -> list[T]:
    """The items a list of at most ``hoogstens`` lines shows, in their own order: every one that is ``nooit_weg``,
    then the others by ``rang`` (their own order when ``None``) while there is room.

    >>> kies([5, 1, 4, 2, 3], 2, nooit_weg=lambda x: x > 3, rang=abs)
    [5, 4]
    >>> kies([5, 1, 4, 2, 3], 3, rang=lambda x: -x)
    [5, 4, 3]
    >>> kies([1, 2], 0)
    []
    """
    vast = [i for i, item in enumerate(items) if nooit_weg(item)]
    andere = [i for i, item in enumerate(items) if not nooit_weg(item)]
    if rang is not None:
        andere.sort(key=lambda i: rang(items[i]))
    gekozen = set(vast + andere[: max(hoogstens - len(vast), 0)])
    return [item for i, item in enumerate(items) if i in gekozen]


@dataclass(frozen=True)
class Ruimte:
    """The room of one list: how many lines it shows, what a line is called, and where every line is listed.

    Attributes
    ----------
    hoogstens
        The most lines the list shows (more only when more must always be shown).
    enkelvoud, meervoud
        What one line and more lines are, for the counting sentence: ``gebeurtenis``, ``gebeurtenissen``.
    waar
        Where every line is listed, for the counting sentence: ``de bijlage, ‘Alle gebeurtenissen van de maand’``.
    """

    hoogstens: int
    enkelvoud: str
    meervoud: str
    waar: str

    def kies(
        self,
        items: Sequence[T],
        nooit_weg: Callable[[T], bool] = lambda _: False,
        rang: Callable[[T], Any] | None = None,
    ) -> list[T]:
        """The items the list shows (:func:`kies` with :attr:`hoogstens`)."""
        return kies(items, self.hoogstens, nooit_weg, rang)

    def en_nog(self, n: int, *, nog: bool = True) -> str:
        """The sentence that counts the ``n`` lines left out and says where they are; empty when none is.  ``nog``:
        after lines shown ("En nog 7 …"); without, the list showed none ("7 …").

        >>> Ruimte(4, "gebeurtenis", "gebeurtenissen", "de bijlage, ‘Alle gebeurtenissen van de maand’").en_nog(7)
        'En nog 7 gebeurtenissen: zie de bijlage, ‘Alle gebeurtenissen van de maand’.'
        >>> Ruimte(4, "plek", "plekken", "de bijlage").en_nog(1, nog=False)
        '1 plek: zie de bijlage.'
        """
        if not n:
            return ""
        return f"{'En nog ' if nog else ''}{meervoud(n, self.enkelvoud, self.meervoud)}: zie {self.waar}."
