"""Render a month's reports (every buurt's maandrapport, the overview) or a period's synthesis, and the index.

Orchestration only: what to render, in which worker, and what came of it.
Executing (:mod:`.execute`), converting (:mod:`.convert`), writing
(:mod:`kit.atomic`) and the index (:mod:`.index`) live in their own modules.

Layout of the output folder ``out``::

    out/index.html
    out/JJJJ-MM/overzicht.{ipynb,html,pdf}
    out/JJJJ-MM/<buurt>/maandrapport.{ipynb,html,pdf}
    out/JJJJ-MM/<buurt>/maandrapport.bijlage.pdf  (the appendix, on request: ``render(..., bijlage=True)``)
    out/JJJJ-MM/<buurt>/maandrapport.v1.{ipynb,html,pdf}  (earlier versions, see :mod:`.versions`)
    out/JJJJ-MM/<buurt>/maandrapport.failed.ipynb   (only after a failure)
    out/synthese-JJJJ-MM-JJJJ-MM/synthese.{ipynb,html,pdf}   (the synthesis of a period, :func:`render_synthese`)

A report that exists is skipped when it was made from the same inputs (the
dataset's files, its fictional-data marker and the kit version, recorded in
its notebook); when they changed it is renewed and the earlier version kept
beside it.  ``force`` renders again in any case, and still keeps an earlier
version made from other inputs: only a report from the same inputs is
overwritten.

Another render may work on the same report at the same time.  What to do is
decided under the report's lock (:func:`.versions.locked`) twice: before the
report is rendered, to skip what exists, and again just before it is written,
so that a report another render wrote meanwhile counts.  Each outcome says
what this render did: a report that was written is never reported as failed.

Every report runs in a worker process within a time limit (:mod:`.workers`):
executing and converting together.  A report past its limit fails alone, its
worker and kernel are killed, and a fresh worker takes the next report.  The
workers and their kernels start before the data is read (:class:`Factory`).
This process plans and never converts: it does not import papermill,
nbconvert or WeasyPrint (:mod:`.execute`, :mod:`.convert`); each worker
imports them as it starts, while this process reads the data.

Privacy: log messages and the summary name buurt ids and paths only, never
an actor, and never the text of an error (it could quote data).
"""

from __future__ import annotations

import logging
import os
import sys
from contextlib import nullcontext
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from tqdm import tqdm

from kit.data.cells import parse_id
from kit.data.months import as_month, as_period, maand_label, month_text, periode_label
from kit.dutch import inkorten
from kit.paths import file_to_write, folder_to_write

from . import versions
from .factory import NOTEBOOKS, Factory, maand_factory, synthese_factory
from .index import LOCK as INDEX_LOCK
from .index import write_index
from .job import BIJLAGE, TIMEOUT, Job, Outcome, stopped
from .page import HOOFD, Page
from .reproducible import build_date
from .workers import Pool, Stopped

if TYPE_CHECKING:
    import pandas as pd

    from kit.data.dataset import Dataset
    from kit.names import NameMatcher

log = logging.getLogger(__name__)

FORMATS = ("html", "pdf")
OVERZICHT = "overzicht"
SYNTHESE = "synthese"


@dataclass(frozen=True)
class RenderSummary:
    """All outcomes of a :func:`render` call, in the order buurten, overview (or of :func:`render_synthese`).

    ``maand`` is the month rendered, or for a synthesis its period
    ``JJJJ-MM:JJJJ-MM``; ``label`` says it in Dutch.
    """

    maand: str
    out: Path
    outcomes: tuple[Outcome, ...]
    index: Path
    label: str

    def _with(self, status: str) -> list[Outcome]:
        return [o for o in self.outcomes if o.status == status]

    @property
    def written(self) -> list[Outcome]:
        """The reports rendered and written."""
        return self._with("geschreven")

    @property
    def renewed(self) -> list[Outcome]:
        """The reports rendered again because their inputs changed; each earlier version kept."""
        return self._with("vernieuwd")

    @property
    def skipped(self) -> list[Outcome]:
        """The reports left alone because they already existed."""
        return self._with("overgeslagen")

    @property
    def failed(self) -> list[Outcome]:
        """The reports that could not be rendered."""
        return self._with("mislukt")

    @property
    def ok(self) -> bool:
        """True when nothing failed (skipped reports are fine)."""
        return not self.failed

    @property
    def exit_status(self) -> int:
        """The command-line exit status: 0 when :attr:`ok`, else 1."""
        return 0 if self.ok else 1

    def describe(self) -> str:
        """Return the summary in Dutch, one line per report, then totals."""
        lines = []
        for o in self.outcomes:
            files = ", ".join(str(f) for f in o.files)
            if o.status == "geschreven":
                lines.append(f"{o.naam}: geschreven: {files}")
            elif o.status == "vernieuwd":
                stem = o.files[0].stem if o.files else "rapport"
                lines.append(
                    f"{o.naam}: vernieuwd ({o.reason}); vorige versie bewaard als {stem}.v{o.version}.*: {files}"
                )
            elif o.status == "overgeslagen" and o.reason:
                lines.append(f"{o.naam}: overgeslagen, {o.reason}")
            elif o.status == "overgeslagen":
                lines.append(
                    f"{o.naam}: overgeslagen, bestaat al en de gegevens zijn niet veranderd "
                    "(gebruik --force om het opnieuw te maken)"
                )
            else:
                kept = f"; notebook bewaard: {files}" if o.files else ""
                lines.append(f"{o.naam}: MISLUKT ({o.reason or o.error}){kept}")
        lines.append(
            f"{self.label}: {len(self.written)} geschreven, {len(self.renewed)} vernieuwd, "
            f"{len(self.skipped)} overgeslagen, {len(self.failed)} mislukt; index: {self.index}"
        )
        return "\n".join(lines)


def _jobs(
    data: Dataset,
    month: pd.Period,
    buurten: list[str] | None,
    out: Path,
    formats: tuple[str, ...],
    notebooks: Path,
    kernel_name: str,
    force: bool = False,
    bijlage: bool = False,
) -> list[Job]:
    """Return the jobs of ``month``: one per buurt, then the overview; each prints its main part, and with
    ``bijlage`` also its appendix PDF.

    ``data`` gives the buurt ids, display names, months and the
    fictitious-data marker.  An unknown buurt id still gets a job: its
    notebook fails, and the kept notebook tells why.
    """
    from kit.data.spans import dataset_months

    namen = {b: inkorten(naam) for b, naam in zip(data.buurten["id"], data.buurten["naam"], strict=True)}
    maand, label = month_text(month), maand_label(month)
    base = {"dataset": _dataset_parameter(data), "maand": maand}
    inputs, shown, matcher = _public_inputs(data, base)
    build = build_date(month)
    vorige = month - 1 if month - 1 in dataset_months(data) else None
    jobs = [
        Job(
            naam=buurt,
            notebook=notebooks / "maandrapport.ipynb",
            parameters={**base, "buurt": buurt},
            shown={**shown, "buurt": buurt},
            folder=out / maand / buurt,
            stem="maandrapport",
            page=Page(
                f"Maandrapport {namen.get(buurt, buurt)}, {label}",
                f"{namen.get(buurt, buurt)} · {label}",
                data.fictional,
                _links(out, "../..", vorige, f"{buurt}/maandrapport.html"),
            ),
            formats=(*formats, BIJLAGE) if bijlage else formats,
            deel=HOOFD,
            kernel_name=kernel_name,
            inputs=inputs,
            force=force,
            build=build,
            redact=matcher,
        )
        for buurt in (buurten if buurten is not None else list(namen))
    ]
    jobs.append(
        Job(
            naam=OVERZICHT,
            notebook=notebooks / "overzicht.ipynb",
            parameters=base,
            shown=shown,
            folder=out / maand,
            stem="overzicht",
            page=Page(
                f"Intervisieblad proeftuinbuurten, {label}",
                f"Alle proeftuinbuurten · {label}",
                data.fictional,
                _links(out, "..", vorige, "overzicht.html"),
            ),
            formats=(*formats, BIJLAGE) if bijlage else formats,
            deel=HOOFD,
            kernel_name=kernel_name,
            inputs=inputs,
            force=force,
            build=build,
            redact=matcher,
        )
    )
    return jobs


def _public_inputs(data: Dataset, parameters: dict) -> tuple[dict, dict, NameMatcher]:
    """The record of a report's inputs and its ``parameters``, as the kept notebook and the summary may show them,
    and what finds the hidden names in what else the kept notebook holds (:attr:`.job.Job.redact`).

    Every file of every dataset read, with its checksum, and each
    fictional-data marker with its own: adding or removing a marker adds or
    removes the banner on every page of the report, and a change in one
    facilitator's file renews the reports.  A workbook, or the folder of a
    dataset, may be named after a person: the names of hidden persons in a
    file name or a dataset's path are replaced as in any text of the pilot
    (:func:`kit.privacy.redactor`), the same way every time, so that a report
    made from the same files is still found.
    """
    from kit.privacy import public_files, redactor  # the privacy layer: late, workers stay light

    inputs = versions.made_from({f.name: f.sha256 for f in public_files(data, markers=True)})
    matcher = redactor(data)
    dataset = parameters["dataset"]
    shown = matcher.sub(dataset) if isinstance(dataset, str) else [matcher.sub(path) for path in dataset]
    return inputs, {**parameters, "dataset": shown}, matcher


def _dataset_parameter(data: Dataset) -> str | list[str]:
    """The notebooks' ``dataset`` parameter: the absolute path of the dataset, or a list of several combined."""
    paths = [str(path.resolve()) for path in data.paths or (data.path,)]
    return paths[0] if len(paths) == 1 else paths


def _links(out: Path, root: str, vorige: pd.Period | None, report: str) -> tuple[tuple[str, str], ...]:
    """The links above a report: the index at ``root``, and the same report of month ``vorige``.

    The previous month is linked only when its report (``report``, relative
    to its month's folder) exists in ``out`` as the render starts: no link
    points to a report that was never rendered.  A render makes one month,
    so no report of the previous month is written while this one renders.  A
    report made before its previous month keeps no link until it is made
    again (``--force``), as a report is renewed only when its data change.
    """
    links: tuple[tuple[str, str], ...] = ((f"{root}/index.html", "Alle rapporten"),)
    if vorige is not None and (out / month_text(vorige) / report).is_file():
        links += ((f"{root}/{month_text(vorige)}/{report}", f"Vorige maand: {maand_label(vorige)}"),)
    return links


def _buurt_id(text: str) -> str:
    """Return ``text`` if it can be a buurt id (it becomes a folder name), else raise."""
    try:
        return parse_id(text)
    except ValueError:
        raise ValueError(f"ongeldige buurt-id {text!r}: alleen letters, cijfers, - en _") from None


def render(
    dataset: str | Path | Dataset,
    maand: str | pd.Period,
    buurten: list[str] | None = None,
    out: Path = Path("reports"),
    jobs: int | None = os.cpu_count(),
    formats: tuple[str, ...] = FORMATS,
    force: bool = False,
    progress: bool = True,
    notebooks: Path = NOTEBOOKS,
    timeout: float | None = TIMEOUT,
    bijlage: bool = False,
    factory: Factory | None = None,
) -> RenderSummary:
    """Render the monthly reports of ``maand`` and rebuild the index.

    Parameters
    ----------
    dataset
        Dataset folder or workbook, or the :class:`~kit.data.dataset.Dataset`
        read from it (the CLI has read and validated it already); the
        notebooks get its absolute path.
    maand
        The month: a :class:`pandas.Period`, as the command line passes it after checking it against the
        data, or ``JJJJ-MM``, read here once by the one rule for a month (:func:`kit.data.months.as_month`).
    buurten
        Buurt ids to render; ``None`` for every buurt of the dataset.  The
        overview is always rendered.
    out
        Output folder (see the module docstring for its layout).
    jobs
        Number of worker processes.
    formats
        Any of ``"html"`` and ``"pdf"``; the executed ``.ipynb`` is always written.
    force
        Render existing reports again.  Without it, a report whose files all
        exist and whose inputs did not change is skipped and left
        byte-identical.  In either case a report whose inputs changed is
        renewed and its earlier version kept.
    progress
        Show a progress bar on stderr.
    notebooks
        Folder holding ``maandrapport.ipynb`` and ``overzicht.ipynb``.
    timeout
        Seconds each report may take, executing and converting; ``None`` or
        0 for no limit.
    bijlage
        Also print each report's appendix (``maandrapport.bijlage.pdf``,
        ``overzicht.bijlage.pdf``: every figure and the background, for the
        facilitator) from the same HTML; without it a buurt's PDF is its
        buurtbrief alone and the overview's PDF its intervision sheet and
        the institutions' mirror.  The HTML always holds the appendix.
    factory
        Workers a caller started before it read the data (the command line:
        :class:`Factory`); ``jobs`` then does not apply.  By default the
        render starts its own, before it reads ``dataset``.

    Returns
    -------
    RenderSummary
        What was written, skipped and failed; ``exit_status`` for the CLI.

    Raises
    ------
    ValueError
        A malformed ``maand``, buurt id or an unknown format.
    kit.data.dataset.InvalidDataset
        The dataset has errors: nothing is rendered.
    kit.paths.PathProblem
        A folder or file of the output cannot be written: nothing is rendered.
    """
    from kit.data.loaded import hand_over, load_dataset  # the data layer: late, workers stay light

    month = as_month(maand)
    formats = _formats(formats)
    if buurten is not None:
        buurten = [_buurt_id(b) for b in dict.fromkeys(buurten)]
    with nullcontext(factory) if factory else maand_factory(jobs, buurten, notebooks) as started:
        data = load_dataset(dataset)
        hand_over(data)  # the kernels take it instead of reading it again
        all_jobs = _jobs(data, month, buurten, Path(out), formats, notebooks, started.kernel_name, force, bijlage)
        outcomes = _run(all_jobs, Path(out), started.pool, timeout, progress, month_text(month))
    return RenderSummary(month_text(month), Path(out), outcomes, write_index(Path(out)), maand_label(month))


def render_synthese(
    dataset: str | Path | Dataset,
    van: str,
    tot: str,
    out: Path = Path("reports"),
    formats: tuple[str, ...] = FORMATS,
    force: bool = False,
    progress: bool = True,
    notebooks: Path = NOTEBOOKS,
    timeout: float | None = TIMEOUT,
    factory: Factory | None = None,
) -> RenderSummary:
    """Render the synthesis of the months ``van`` to ``tot`` (``JJJJ-MM``) and rebuild the index.

    One report for the whole pilot over the period, written to
    ``out/synthese-<van>-<tot>/synthese.{ipynb,html,pdf}``, by the same
    factory as the monthly reports: a worker within the time limit,
    skipped when it exists and its inputs did not change, renewed and its
    earlier version kept when they did, ``force`` and ``factory`` as in
    :func:`render`.  The month check against the data is the caller's (the CLI's); a period
    beyond the data renders a synthesis without figures for those months.

    Raises
    ------
    ValueError
        A malformed period, one that ends before it begins, or an unknown format.
    kit.data.dataset.InvalidDataset
        The dataset has errors: nothing is rendered.
    kit.paths.PathProblem
        A folder or file of the output cannot be written: nothing is rendered.
    """
    from kit.data.loaded import hand_over, load_dataset  # the data layer: late, workers stay light

    as_period(f"{van}:{tot}")  # a malformed period raises before any work
    formats = _formats(formats)
    out = Path(out)
    with nullcontext(factory) if factory else synthese_factory(notebooks) as started:
        data = load_dataset(dataset)
        hand_over(data)  # the kernel takes it instead of reading it again
        job = _synthese_job(data, van, tot, out, formats, notebooks, started.kernel_name, force)
        outcomes = _run([job], out, started.pool, timeout, progress, SYNTHESE)
    label = f"synthese {periode_label(van, tot)}"
    return RenderSummary(f"{van}:{tot}", out, outcomes, write_index(out), label)


def _synthese_job(
    data: Dataset,
    van: str,
    tot: str,
    out: Path,
    formats: tuple[str, ...],
    notebooks: Path,
    kernel_name: str,
    force: bool = False,
) -> Job:
    """The job of the synthesis of ``van`` to ``tot``, of the dataset ``data``."""
    periode = periode_label(van, tot)
    parameters = {"dataset": _dataset_parameter(data), "van": van, "tot": tot}
    inputs, shown, matcher = _public_inputs(data, parameters)
    return Job(
        naam=SYNTHESE,
        notebook=notebooks / "synthese.ipynb",
        parameters=parameters,
        shown=shown,
        folder=out / synthese_folder(van, tot),
        stem="synthese",
        page=Page(
            f"Synthese proeftuin buurtplatformrecht, {periode}",
            f"Synthese · {periode}",
            data.fictional,
            (("../index.html", "Alle rapporten"),),
        ),
        formats=formats,
        kernel_name=kernel_name,
        inputs=inputs,
        force=force,
        build=build_date(as_month(tot)),
        redact=matcher,
    )


def synthese_folder(van: str, tot: str) -> str:
    """The folder name of the synthesis of ``van`` to ``tot``.

    >>> synthese_folder("2025-01", "2025-12")
    'synthese-2025-01-2025-12'
    """
    return f"{SYNTHESE}-{van}-{tot}"


def _formats(formats: tuple[str, ...]) -> tuple[str, ...]:
    """``formats`` in the kit's order; raise ValueError for an unknown one."""
    unknown = set(formats) - set(FORMATS)
    if unknown:
        raise ValueError(f"onbekend formaat: {', '.join(sorted(unknown))} (kies uit: {', '.join(FORMATS)})")
    return tuple(f for f in FORMATS if f in formats)


def _run(
    all_jobs: list[Job], out: Path, pool: Pool[Job, Outcome], timeout: float | None, progress: bool, desc: str
) -> tuple[Outcome, ...]:
    """Check the paths, then skip, render or renew every job in ``pool``; the outcomes in the order of the jobs."""
    _check_paths(out, all_jobs)
    outcomes: dict[str, Outcome] = {}
    todo = []
    for job in all_jobs:
        with versions.locked(job.folder, job.stem):
            skip = job.decide().skip
        if skip:
            outcomes[job.naam] = Outcome(job.naam, "overgeslagen", tuple(job.targets().values()))
            log.info("%s: overgeslagen, bestaat al in %s", job.naam, job.folder)
        else:
            todo.append(job)
    todo.sort(key=lambda job: job.naam != OVERZICHT)  # the longest report first: it does not end the batch alone
    results = pool.run(todo, timeout)
    with _Bar(
        total=len(all_jobs), initial=len(outcomes), desc=desc, unit="rapport", file=sys.stderr, disable=not progress
    ) as bar:
        for job, result in results:
            outcome = stopped(job, result) if isinstance(result, Stopped) else result
            outcomes[outcome.naam] = outcome
            log.info("%s: %s %s", outcome.naam, outcome.status, " ".join(map(str, outcome.files)))
            bar.update()
    return tuple(outcomes[job.naam] for job in all_jobs)


class _Bar(tqdm):
    """The progress bar, without tqdm's monitor thread: workers are forked while it runs."""

    monitor_interval = 0


def _check_paths(out: Path, jobs: list[Job]) -> None:
    """Raise :class:`kit.paths.PathProblem` for any folder or file of the output that cannot be written."""
    folder_to_write(out)
    file_to_write(out / "index.html")
    file_to_write(out / INDEX_LOCK)
    for job in jobs:
        folder_to_write(job.folder)
        for target in (*job.targets().values(), job.failed_path, versions.lock_file(job.folder, job.stem)):
            file_to_write(target)
