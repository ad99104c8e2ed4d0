"""The synthesis's context: the whole pilot over a period, and what its sections compute from the data.

The computations are :mod:`kit.analysis.period` and :mod:`kit.analysis.pilot`;
the sections word and lay them out.  Privacy as in the overview: buurten
and organisations are named, persons through :func:`kit.privacy.display_names`
without a buurt (a person without consent is a pseudonym), free text through
:meth:`~kit.report.context.Rapport.schoon`.
"""

from __future__ import annotations

import os
from functools import cached_property

import pandas as pd

from kit.analysis.catalogue import FIGURES
from kit.analysis.events import Event, events_between
from kit.analysis.open_items import OpenItem, wachtend
from kit.data.dataset import Dataset
from kit.data.months import as_period, month_text
from kit.data.spans import dataset_months
from kit.privacy import PULSE
from kit.report.context import Rapport
from kit.report.intervisie import sessies_in

#: The figures compared before and after recognition: the panel's scalar figures, but those that measure
#: recognition itself, the running total of results (it only grows) and the carriers' load (never per buurt outside
#: its own report, docs/privacy.md); and the parallel infrastructures.
VOOR_NA = (
    *(
        f.key
        for f in FIGURES
        if f.shape == "scalar" and f.key not in ("erkend", "erkend_maanden", "resultaten_totaal", *PULSE)
    ),
    "aantal_parallelle_infrastructuren",
)


class Synthese(Rapport):
    """The whole pilot over the months ``van`` to ``tot``, section by section.

    The period is read from the data up to its last month, so that a
    synthesis says what was known at its end; the months before a
    recognition may lie before the period (:func:`kit.analysis.period.windows`).

    Parameters
    ----------
    dataset : Dataset or path
    van, tot : str
        The first and last month, ``JJJJ-MM``.
    jobs : int
        Processes for the panel.
    """

    def __init__(self, dataset: Dataset | str | os.PathLike[str], van: str, tot: str, jobs: int = 1):
        first, last = as_period(f"{van}:{tot}")
        super().__init__(dataset, first, last, jobs=jobs)
        from kit.analysis.period import period_months

        self.months = period_months(self.first, self.last)
        self.first_day, self.last_day = self.first.start_time, self.last.end_time.normalize()
        self.stadsdelen = dict(zip(self.data.buurten["id"], self.data.buurten["stadsdeel"], strict=True))
        every = dataset_months(self.data)
        self.data_start = every[0] if every else None

    @cached_property
    def in_periode(self) -> pd.DataFrame:
        """The panel rows of the period's months."""
        return self.panel[self.panel["maand"] >= month_text(self.first)]

    @cached_property
    def deelnemers(self) -> list[str]:
        """The buurten that took part in any month of the period, in the order of ``buurten``."""
        taking_part = set(self.in_periode.loc[self.in_periode["in_proeftuin"].astype(bool), "buurt"])
        return [b for b in self.buurten if b in taking_part]

    @cached_property
    def resultaten(self) -> pd.DataFrame:
        """The results dated in the period (by ``datum``, or ``gemeld`` where the day achieved is unknown), by buurt
        (in the order of ``buurten``) and date."""
        from kit.analysis.measures.results import result_dates

        r = self.data.resultaten
        r = r.assign(_dag=result_dates(r))
        r = r[r["_dag"].between(self.first_day, self.last_day)].copy()
        r["_volgorde"] = r["buurt"].map({b: i for i, b in enumerate(self.buurten)})
        return r.sort_values(["_volgorde", "_dag", "id"]).drop(columns=["_volgorde", "_dag"])

    @cached_property
    def erkenningen(self) -> dict[str, pd.Period]:
        from kit.analysis.period import recognised_in

        return recognised_in(self.data, self.first, self.last)

    @cached_property
    def voor_na(self) -> pd.DataFrame:
        """Before and after for every buurt recognised in the period (:func:`kit.analysis.period.before_after`)."""
        from kit.analysis.period import before_after

        return before_after(self.panel, self.erkenningen, VOOR_NA)

    @cached_property
    def zonder_voor(self) -> list[str]:
        """The buurten recognised in the period without any month of data before: nothing to compare."""
        counts = self.voor_na.groupby("buurt")["maanden_voor"].sum()
        return [b for b in self.erkenningen if counts.get(b, 0) == 0]

    @cached_property
    def episodes(self) -> dict[str, list]:
        """Per buurt the parallel-infrastructure episodes that ran in some month of the period."""
        from kit.analysis.period import parallel_episodes

        return {
            b: [ep for ep in parallel_episodes(self.data, b, self.last) if ep.einde >= self.first] for b in self.buurten
        }

    @cached_property
    def middelen(self) -> dict[str, pd.DataFrame]:
        from kit.analysis.period import resources_over

        return {b: resources_over(self.data, b, self.months) for b in self.buurten}

    @cached_property
    def acties(self) -> pd.DataFrame:
        """Every action with where it stood at the end of the period (``stand``), of those on a list by then."""
        from kit.analysis.pilot import action_state

        a = self.data.acties.copy()
        a["stand"] = action_state(a, self.last_day)
        return a[a["stand"].notna()]

    @cached_property
    def afgerond(self) -> pd.DataFrame:
        """The actions closed in the period."""
        return self.acties[self.acties["afgerond"].between(self.first_day, self.last_day)]

    @cached_property
    def belemmeringen(self) -> pd.DataFrame:
        from kit.analysis.pilot import barrier_counts

        return barrier_counts(self.data.acties, self.last_day, first=self.first_day)

    @cached_property
    def afspraken(self) -> pd.DataFrame:
        from kit.analysis.pilot import agreements

        return agreements(
            self.data.acties, self.data.intervisie, self.last_day, since=self.first_day, until=self.last_day
        )

    @cached_property
    def gebeurtenissen(self) -> dict[str, list[Event]]:
        """Per buurt (in the order of ``buurten``) its events in every month of the period
        (:func:`kit.analysis.events.events_between`): the same events the monthly brief and the intervision sheet
        tell month by month."""
        return {b: events_between(self.data, b, self.first, self.last) for b in self.buurten}

    @cached_property
    def open_bij_begin(self) -> dict[str, list[OpenItem]]:
        """Per buurt what waited at institutions when the period began (on the last day of the month before): the
        requests and promises from before the period that are still open in it are part of it."""
        return {b: wachtend(self.data, b, self.first - 1) for b in self.buurten}

    @cached_property
    def open_aan_eind(self) -> dict[str, list[OpenItem]]:
        """Per buurt what waited at institutions on the period's last day (:func:`kit.analysis.open_items.wachtend`)."""
        return {b: wachtend(self.data, b, self.last) for b in self.buurten}

    @cached_property
    def met_gegevens(self) -> list[str]:
        """The buurten with data in the period: taking part in one of its months, or with an event in it (an
        action list may start before a buurt takes part).  Only these get a timeline and a page of their own."""
        return [b for b in self.buurten if b in self.deelnemers or self.gebeurtenissen[b] or self.open_aan_eind[b]]

    @cached_property
    def draaglast(self) -> dict[pd.Period, dict[str, int | None]]:
        """Per month of the period the carriers' load across buurten (:func:`kit.analysis.measures.load.pulse_across`:
        how many buurten had their pulse taken, a high load, an incident; ``None`` below 3): the only way the
        synthesis shows the pulse (``docs/privacy.md``), never per buurt, never before and after recognition."""
        from kit.analysis.measures.load import pulse_across, pulses
        from kit.analysis.snapshot import history

        per_buurt = {b: pulses(history(self.data, b).pulse) for b in self.buurten}
        return {m: pulse_across({b: taken.get(m) for b, taken in per_buurt.items()}) for m in self.months}

    @cached_property
    def sessies(self) -> pd.DataFrame:
        """The intervision sessions of the period."""
        return sessies_in(self.data, self.first, self.last)
