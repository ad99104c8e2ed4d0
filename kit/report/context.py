"""What every report needs: the dataset, names as the privacy rule allows, free text made safe, its months.

:class:`Rapport` is the base of the three reports' contexts — one buurt in
one month (:class:`kit.report.maandrapport.Maandrapport`), all buurten in one
month (:class:`kit.report.overzicht.Overzicht`), the pilot over a period
(:class:`kit.report.synthese.Synthese`) — and their sections read it
(:mod:`kit.report.sectie`).

Privacy: every actor's name comes from :func:`kit.privacy.display_names`
(a person without consent is a pseudonym; in a buurt's report an actor of
another buurt is not named), every free text typed by facilitators (actions,
reasons, lessons, explanations, warnings) passes :meth:`Rapport.schoon`,
which replaces the names of those persons (and of other buurten' actors) by
the label the report uses for them.
"""

from __future__ import annotations

import os
from functools import cached_property

import pandas as pd

from kit.data.dataset import Dataset
from kit.data.loaded import load_dataset
from kit.data.months import month_text, periode_label
from kit.dutch import inkorten, leeg
from kit.privacy import OTHER_BUURT, display_names, redact, redactor
from kit.report.html import Html
from kit.report.words import lange_woorden_inkorten, opsomming


class Rapport:
    """The data and the names of a report, and the months it covers, from ``first`` to ``last``.

    Parameters
    ----------
    dataset : Dataset or path
        Read once per process (:func:`kit.data.loaded.load_dataset`).
    first, last : pandas.Period
        The months the report covers: one month, or a period.
    buurt : str, optional
        The buurt of a buurt's report: names follow the privacy rule of a
        buurt (actors of other buurten are not named); ``None`` for a report
        across all buurten, which names buurten and organisations.
    jobs : int
        Processes for the panel.
    """

    def __init__(
        self,
        dataset: Dataset | str | os.PathLike[str],
        first: pd.Period,
        last: pd.Period,
        buurt: str | None = None,
        jobs: int = 1,
    ):
        self.data = load_dataset(dataset)
        self.first, self.last = first, last
        self.buurt = buurt
        self.jobs = jobs
        self.names = {actor: inkorten(naam) for actor, naam in display_names(self.data, buurt).items()}
        self._redactor = redactor(self.data, buurt)
        self.buurten: list[str] = list(self.data.buurten["id"])
        self.buurtnamen = {
            b: inkorten(naam) for b, naam in zip(self.data.buurten["id"], self.data.buurten["naam"], strict=True)
        }

    @property
    def periode(self) -> str:
        """The months of the report in words: ``april 2024``, ``januari tot en met december 2025``."""
        return periode_label(self.first, self.last)

    def schoon(self, text) -> str:
        """Free text with protected names replaced (see the module docstring) and overlong words cut."""
        return lange_woorden_inkorten(redact(text, self._redactor))

    def naam_van(self, actor) -> str:
        """The privacy-safe name of an actor id; ``–`` when empty."""
        if leeg(actor):
            return "–"
        return self.names.get(actor, "onbekende actor")

    def namen(self, actors, hoogstens: int | None = None) -> str:
        """Actors by their privacy-safe names as a Dutch list, in the order given: ``A, B en 3 andere``.

        Actors of other buurten are counted, not listed one by one ("2
        actoren uit een andere buurt"); with ``hoogstens`` only that many are
        named and the rest counted.
        """
        names = [self.naam_van(a) for a in actors]
        named = [n for n in names if n != OTHER_BUURT]
        elsewhere = len(names) - len(named)
        if hoogstens is not None and len(named) > hoogstens:
            return opsomming([*named[:hoogstens], f"{len(names) - hoogstens} andere"])
        if elsewhere:
            named.append(OTHER_BUURT if elsewhere == 1 else f"{elsewhere} actoren uit een andere buurt")
        return opsomming(named)

    def buurtnaam(self, buurt) -> str:
        """A buurt's name, shortened to a label; its id when the data do not know it."""
        return self.buurtnamen.get(buurt, buurt)

    def niets_te_tonen(self) -> Html | None:
        """The line a section shows instead of its content when the report has nothing to show; else ``None``."""
        return None

    def niet_vastgelegd(self, register: str) -> Html | None:
        """The line a section of ``register`` shows when the report's buurt does not keep it; else ``None``
        (a report across buurten says it per buurt)."""
        return None

    @cached_property
    def panel(self) -> pd.DataFrame:
        """The panel of every buurt up to the report's last month (:func:`kit.analysis.panel.panel`)."""
        from kit.analysis.panel import panel

        frame = panel(self.data, jobs=self.jobs)
        return frame[frame["maand"] <= month_text(self.last)].reset_index(drop=True)
