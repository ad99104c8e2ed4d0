"""A section of a report: its heading, the part of the report it belongs to, and the one function that renders it.

Each of the three reports (:mod:`kit.report.maandrapport`,
:mod:`kit.report.overzicht`, :mod:`kit.report.synthese`) is a context
(:class:`kit.report.context.Rapport`: the data, the names, the month or
period) and an ordered list of sections, one module each.  A section module
holds one function, ``render(rapport)``, which returns :class:`Html` or a
chart (:class:`~kit.report.charts.Figuur`), and its declaration::

    SECTIE = Sectie(render, kop="Wat de buurt bereikte", inleiding="Wat kreeg de buurt voor elkaar?")

The report's notebook shows the sections of each part with one cell,
``toon(rapport, "samenvatting", "bereikt", …)`` (:meth:`Secties.toon`), which writes the
heading and the introduction above what ``render`` returns and wraps it all
in ``<section class="<report> deel-<part>" id="<name>">``: the part of the
report is declared here, never written by a section, so that a part can be
printed on its own.  A section writes no heading of its own level, no
``<style>`` and no inline style.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from types import ModuleType
from typing import TYPE_CHECKING, Generic, TypeVar

from kit.report.html import Html, benoem, e

if TYPE_CHECKING:
    from kit.report.charts import Figuur
    from kit.report.context import Rapport

#: The main part of a report: what its reader receives first (the monthly report's buurtbrief, the platform's PDF).
HOOFD = "hoofd"
#: The appendix: every figure and table for whoever wants more (the monthly report's figures for the facilitator,
#: in a PDF of its own on request, ``proeftuin render --bijlage``; the intervision sheet's full matrix, ...).
BIJLAGE = "bijlage"
#: Every part a report has, in the order they are shown.
DELEN = (HOOFD, BIJLAGE)

R = TypeVar("R", bound="Rapport")


@dataclass(frozen=True)
class Sectie(Generic[R]):
    """One section's declaration: what :meth:`Secties.toon` needs beside its ``render``.

    Attributes
    ----------
    render
        The report's context → the section's content (:class:`Html`, or a
        chart), without its heading.
    kop
        The heading, in Dutch; ``None`` for a section that writes its own
        title (the report's ``h1``, the pages per buurt).
    inleiding
        A sentence under the heading, in Dutch (plain text).
    deel
        The part of the report (:data:`DELEN`).
    niveau
        The heading's level: 2, or 3 for a section in a group.
    groep
        The heading (level 2) of the group of sections this one opens.
    nieuwe_pagina
        In print the section starts on a fresh page.
    altijd
        Shown also when the report has nothing to show
        (:meth:`kit.report.context.Rapport.niets_te_tonen`): the title, the
        sections that say what is in the data all the same (the buurtbrief's),
        the opening of the appendix (which says once why it is empty) and the
        colophon.  Another section is then left out, so that the reason is
        not printed once per section.
    register
        The register the section shows (:mod:`kit.analysis.registers`): where
        the report's buurt does not keep it, the section is the one line that
        says so (:meth:`kit.report.context.Rapport.niet_vastgelegd`), never 0.
    """

    render: Callable[[R], Html | Figuur]
    kop: str | None = None
    inleiding: str | None = None
    deel: str = HOOFD
    niveau: int = 2
    groep: str | None = None
    nieuwe_pagina: bool = False
    altijd: bool = False
    register: str | None = None

    def __post_init__(self):
        assert self.deel in DELEN, f"unknown part {self.deel!r}: one of {DELEN}"
        assert self.niveau in (2, 3), "a section's heading is of level 2 or 3"


class Secties(Generic[R]):
    """The sections of one report, in the order of the report and of its notebook's cells.

    Parameters
    ----------
    rapport
        The report's name (``maandrapport``, ``overzicht``, ``synthese``): a
        class of every section's wrapper, for the stylesheet.
    modules
        The section modules, each with its ``SECTIE``; a section is named
        after its module.
    """

    def __init__(self, rapport: str, *modules: ModuleType):
        self.rapport = rapport
        self._secties: dict[str, Sectie[R]] = {m.__name__.rpartition(".")[2]: m.SECTIE for m in modules}

    def __iter__(self) -> Iterator[str]:
        return iter(self._secties)

    def __len__(self) -> int:
        return len(self._secties)

    def __getitem__(self, naam: str) -> Sectie[R]:
        return self._secties[naam]

    def toon(self, rapport: R, *namen: str) -> Html:
        """The sections ``namen`` of ``rapport``, one after the other, as the reader sees them: each its part,
        heading, introduction and content.

        In a report with nothing to show (a month the buurt does not take
        part in) a section that is not :attr:`Sectie.altijd` is left out: an
        empty string, the report says why once, where it opens (its title)
        and where its part opens.  A section of a register the buurt does not
        keep (:attr:`Sectie.register`) shows the one line that says so, under
        its heading.

        A notebook shows the sections of one part with one call, in one cell:
        a cell costs the kernel about 10 ms to run and to publish its output,
        which with a cell per section was a third of a monthly report's
        execution.
        """
        return Html("\n".join(markup for naam in namen if (markup := self._toon(rapport, naam).markup)))  # a line each

    def _toon(self, rapport: R, naam: str) -> Html:
        """One section of :meth:`toon`."""
        sectie = self._secties[naam]
        if not sectie.altijd and rapport.niets_te_tonen() is not None:
            return Html("")
        klassen = f"{self.rapport} deel-{sectie.deel}" + (" nieuwe-pagina" if sectie.nieuwe_pagina else "")
        parts = [f'<section class="{klassen}" id="{naam}">']
        if sectie.groep is not None:
            parts.append(f"<h2>{e(sectie.groep)}</h2>")
        if sectie.kop is not None:
            parts.append(f"<h{sectie.niveau}>{e(sectie.kop)}</h{sectie.niveau}>")
        if sectie.inleiding is not None:
            parts.append(f"<p>{e(sectie.inleiding)}</p>")
        niets = None if sectie.register is None else rapport.niet_vastgelegd(sectie.register)
        inhoud = niets if niets is not None else sectie.render(rapport)
        parts += [inhoud._repr_html_(), "</section>"]
        return Html(benoem("".join(parts)))  # each table box named after the heading above it
