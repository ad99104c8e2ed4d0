"""The monthly report's context: one buurt in one month, and what its sections compute from the data.

Computation is light: the buurt's own months (for trends) and one month of
every other buurt (for the comparison), nothing more.  In a month the buurt
does not take part in (:attr:`Maandrapport.doet_mee`, the panel's
``in_proeftuin``) the brief still says what the data hold (its events, what
waits, what to discuss) and that the buurt does not take part yet; the
appendix says once that it has no figures (:meth:`Maandrapport.niets_te_tonen`)
and its sections are left out, instead of showing empty figures.
"""

from __future__ import annotations

import os
from functools import cached_property

import pandas as pd

from kit.analysis.registers import NIET_BIJGEHOUDEN, kept
from kit.data.dataset import Dataset
from kit.data.loaded import load_dataset
from kit.data.lookup import check_buurt
from kit.data.months import as_month, month_text
from kit.data.spans import buurt_months, first_month
from kit.dutch import inkorten
from kit.report.context import Rapport
from kit.report.html import Html, e
from kit.report.words import maand_lang


class Maandrapport(Rapport):
    """One buurt in one month: its figures, trend, snapshot and network, and every buurt's figures of the month.

    Parameters
    ----------
    dataset : Dataset or path
    buurt : str
        Buurt id.
    maand : str
        ``JJJJ-MM``.
    """

    buurt: str

    def __init__(self, dataset: Dataset | str | os.PathLike[str], buurt: str, maand: str):
        month = as_month(maand)
        buurt = check_buurt(load_dataset(dataset), buurt)
        super().__init__(dataset, month, month, buurt=buurt)
        self.buurt = buurt
        self.month = month
        self.maand = month_text(month)
        row = self.data.buurten.loc[self.data.buurten["id"] == buurt].iloc[0]
        self.naam = inkorten(row["naam"])

    def niets_te_tonen(self) -> Html | None:
        """In a month the buurt does not take part in: the line that says why the appendix has no figures."""
        if self.doet_mee:
            return None
        return Html(f'<p class="nog-niet">Geen cijfers deze maand: {e(self.naam)} {e(self.niet_mee)}.</p>')

    def niet_vastgelegd(self, register: str) -> Html | None:
        """Where the buurt does not keep ``register``: the line that says so, instead of counting nothing as 0."""
        if self.bijgehouden[register]:
            return None
        return Html(f'<p class="niet-vastgelegd">{e(NIET_BIJGEHOUDEN[register])}</p>')

    @cached_property
    def bijgehouden(self) -> dict[str, bool]:
        """Which registers the buurt keeps (:func:`kit.analysis.registers.kept`): what the report may count."""
        return kept(self.data, self.buurt)

    @cached_property
    def start(self) -> pd.Period:
        """The first month of the proeftuin in the buurt (or this month, if later): where changes are counted from."""
        start = first_month(self.data, self.buurt)
        return self.month if start is None or start > self.month else start

    @cached_property
    def trend_start(self) -> pd.Period:
        """The buurt's first month with data (or this month, if later): where its trends start.

        Also before the proeftuin's start and before the platform's
        recognition, so that a reader sees before and after (``docs/figures.md``,
        "Trend").
        """
        first = buurt_months(self.data, self.buurt).first_data
        return self.month if first is None or first > self.month else first

    @cached_property
    def erkend_sinds(self) -> pd.Period | None:
        """The month the platform was first recognised, or ``None`` (never, or not yet by this month)."""
        since = buurt_months(self.data, self.buurt).recognised
        return since if since is not None and since <= self.month else None

    @cached_property
    def doet_mee(self) -> bool:
        """Whether the buurt takes part this month: the panel's ``in_proeftuin``, which the overview shows too."""
        return bool(self.nu["in_proeftuin"])

    @cached_property
    def niet_mee(self) -> str:
        """Why the buurt does not take part this month, to follow its name."""
        start = first_month(self.data, self.buurt)
        if start is not None and start > self.month:
            return (
                f"doet in {maand_lang(self.month)} nog niet mee aan de proeftuin; "
                f"die begint hier in {maand_lang(start)}"
            )
        return (
            f"doet in {maand_lang(self.month)} niet mee aan de proeftuin: voor deze maand staan er geen "
            "actieve actoren van de buurt in de gegevens"
        )

    @cached_property
    def gebeurtenissen(self) -> list:
        """The month's events (:func:`kit.analysis.events.events`), as the intervision sheet and the synthesis read
        them: also before the buurt takes part."""
        from kit.analysis.events import events

        return events(self.data, self.buurt, self.month)

    @cached_property
    def twee_maanden(self) -> list:
        """The events of the month before and of this month: what verdict rule 1 reads (what ended last month is
        gone now)."""
        from kit.analysis.events import events

        return events(self.data, self.buurt, self.month - 1) + self.gebeurtenissen

    @cached_property
    def woorden(self):
        """The report's names for wording events (:class:`kit.report.gebeurtenissen.Names`)."""
        from kit.report.gebeurtenissen import Names

        return Names.of(self)

    @cached_property
    def figuren(self) -> dict:
        from kit.analysis.figures import figures

        return figures(self.data, self.buurt, self.month)

    @cached_property
    def trend(self) -> pd.DataFrame:
        """The buurt's panel rows from its first month with data (:attr:`trend_start`) up to this month."""
        from kit.analysis.panel import buurt_rows, panel_frame

        months = list(pd.period_range(self.trend_start, self.month, freq="M"))
        rows = buurt_rows(self.data, self.buurt, months)
        return panel_frame(rows, ["buurt", "maand", "in_proeftuin", "met_gegevens"])

    @cached_property
    def nu(self) -> pd.Series:
        return self.trend.iloc[-1]

    @cached_property
    def vorig(self) -> pd.Series | None:
        """Last month's row, for the change since then; ``None`` when the buurt did not take part last month."""
        if len(self.trend) < 2 or not self.trend.iloc[-2]["in_proeftuin"]:
            return None
        return self.trend.iloc[-2]

    @cached_property
    def maandrijen(self) -> pd.DataFrame:
        """This month's panel row of every pilot buurt (for the comparison; figures only)."""
        from kit.analysis.panel import buurt_rows, panel_frame

        rows = []
        for buurt in self.data.buurten["id"]:
            if buurt == self.buurt:
                rows.append(self.trend.iloc[-1].to_dict())
            else:
                rows.extend(buurt_rows(self.data, buurt, [self.month]))
        return panel_frame(rows, ["buurt", "maand", "in_proeftuin"])

    @cached_property
    def positie_tabel(self) -> pd.DataFrame:
        from kit.analysis.panel import position

        return position(self.maandrijen, self.buurt, self.maand)

    @cached_property
    def snap(self):
        from kit.analysis.snapshot import snapshot

        return snapshot(self.data, self.buurt, self.month)

    @cached_property
    def samenwerking(self) -> dict[tuple[str, str], int]:
        """The agreed intensity of every collaborating pair (sorted ids) this month, as the figures count it."""
        from kit.analysis.measures.infrastructure import agreed_intensities, collaboration_views

        rel = self.snap.relaties[self.snap.relaties["soort"] == "samenwerking"]
        return agreed_intensities(
            collaboration_views(zip(rel["van"], rel["naar"], rel["gemeld_door"], rel["intensiteit"], strict=True))
        )

    @cached_property
    def graaf(self):
        from kit.analysis.snapshot import network

        return network(self.snap)

    @cached_property
    def lijnen(self) -> dict[str, int]:
        """The lijn of every actor of the month whose lijn is known."""
        actors = self.snap.actoren
        return {a: int(level) for a, level in zip(actors.index, actors["lijn"], strict=True) if not pd.isna(level)}
