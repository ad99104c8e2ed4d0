"""Render a month's reports: every buurt's maandrapport, the overview, the index.

Orchestration only: what to render, in which worker, and what came of it.
Executing (:mod:`.execute`), converting (:mod:`.convert`), writing
(:mod:`kit.atomic`) and the index (:mod:`.index`) live in their own modules.

Layout of the output folder ``out``::

    out/index.html
    out/JJJJ-MM/overzicht.{ipynb,html,pdf}
    out/JJJJ-MM/<buurt>/maandrapport.{ipynb,html,pdf}
    out/JJJJ-MM/<buurt>/maandrapport.failed.ipynb   (only after a failure)

Privacy: log messages and the summary name buurt ids and paths only, never
an actor, and never the text of an error (it could quote data).
"""

from __future__ import annotations

import gc
import logging
import multiprocessing
import multiprocessing.util
import os
import sys
from importlib import resources
import time
from collections.abc import Iterator
from concurrent.futures import Future, ProcessPoolExecutor, as_completed
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import nbformat
from nbformat import NotebookNode
from tqdm import tqdm

from kit.data.cells import parse_id

from kit import atomic
from .convert import Page, to_html, to_pdf
from .execute import close_kernels, kernel_for
from .index import write_index
from .kernel import kit_kernel
from .reproducible import source_date
from kit.report.words import check_maand, maand_label

log = logging.getLogger(__name__)

#: The report notebooks, shipped inside the package (``notebooks/`` of a checkout links to them).
NOTEBOOKS = Path(os.fspath(resources.files(__package__) / "notebooks"))
FORMATS = ("html", "pdf")
OVERZICHT = "overzicht"


@dataclass(frozen=True)
class Job:
    """One notebook to render into one folder; picklable for a worker process.

    ``naam`` identifies the job in logs and summary: a buurt id, or
    :data:`OVERZICHT`.
    """

    naam: str
    notebook: Path
    parameters: dict
    folder: Path
    stem: str
    page: Page
    formats: tuple[str, ...]
    kernel_name: str

    def targets(self) -> dict[str, Path]:
        """Return the files a successful render writes: the executed notebook and each format."""
        return {fmt: self.folder / f"{self.stem}.{fmt}" for fmt in ("ipynb", *self.formats)}

    @property
    def failed_path(self) -> Path:
        """Where the executed notebook is kept when the render failed."""
        return self.folder / f"{self.stem}.failed.ipynb"


@dataclass(frozen=True)
class Outcome:
    """What came of one job.

    Attributes
    ----------
    naam
        Buurt id or :data:`OVERZICHT`.
    status
        ``"geschreven"``, ``"overgeslagen"`` (exists, no ``force``) or ``"mislukt"``.
    files
        Files written; for a skipped job the existing files; for a failed
        job the kept notebook, if any.
    error
        Name of the exception for a failed job (never its message).
    seconds
        Wall time per stage (``uitvoeren``, ``html``, ``pdf``, ``schrijven``).
    """

    naam: str
    status: str
    files: tuple[Path, ...] = ()
    error: str | None = None
    seconds: dict[str, float] = field(default_factory=dict)


@dataclass(frozen=True)
class RenderSummary:
    """All outcomes of a :func:`render` call, in the order buurten, overview."""

    maand: str
    out: Path
    outcomes: tuple[Outcome, ...]
    index: Path

    def _with(self, status: str) -> list[Outcome]:
        return [o for o in self.outcomes if o.status == status]

    @property
    def written(self) -> list[Outcome]:
        """The reports rendered and written."""
        return self._with("geschreven")

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
            elif o.status == "overgeslagen":
                lines.append(f"{o.naam}: overgeslagen, bestaat al (gebruik --force om te overschrijven)")
            else:
                kept = f"; notebook bewaard: {files}" if o.files else ""
                lines.append(f"{o.naam}: MISLUKT ({o.error}){kept}")
        lines.append(
            f"{maand_label(self.maand)}: {len(self.written)} geschreven, "
            f"{len(self.skipped)} overgeslagen, {len(self.failed)} mislukt; index: {self.index}"
        )
        return "\n".join(lines)


def run_job(job: Job) -> Outcome:
    """Execute, convert and write one report; never raises for a failing notebook.

    On success every target is written atomically (the notebook last) and a
    stale ``.failed.ipynb`` is removed.  When a cell raises, or the executed
    notebook cannot be converted, nothing of an earlier successful report is
    touched and the executed notebook is kept beside it for inspection.
    """
    seconds: dict[str, float] = {}
    start = time.perf_counter()
    result = kernel_for(job.kernel_name, job.notebook.parent).execute(job.notebook, job.parameters)
    seconds["uitvoeren"] = time.perf_counter() - start
    if result.error is not None:
        return _failed(job, result.notebook, result.error, seconds)
    try:
        contents = _convert(job, result.notebook, seconds)
    except Exception as error:  # noqa: BLE001 - keep the notebook, go on with the others
        return _failed(job, result.notebook, type(error).__name__, seconds)

    start = time.perf_counter()
    targets = job.targets()
    for fmt, data in contents.items():
        atomic.write_bytes(targets[fmt], data)
    job.failed_path.unlink(missing_ok=True)
    seconds["schrijven"] = time.perf_counter() - start
    return Outcome(job.naam, "geschreven", tuple(targets[fmt] for fmt in contents), None, seconds)


def _convert(job: Job, nb: NotebookNode, seconds: dict[str, float]) -> dict[str, bytes]:
    """Return the bytes of every target of ``job``, the notebook last; time each stage."""
    contents: dict[str, bytes] = {}
    start = time.perf_counter()
    html = to_html(nb, job.page)
    seconds["html"] = time.perf_counter() - start
    if "html" in job.formats:
        contents["html"] = html.encode("utf-8")
    if "pdf" in job.formats:
        start = time.perf_counter()
        contents["pdf"] = to_pdf(html, job.folder)
        seconds["pdf"] = time.perf_counter() - start
    contents["ipynb"] = _notebook_text(nb).encode("utf-8")
    return contents


def _failed(job: Job, nb: NotebookNode | None, error: str, seconds: dict[str, float]) -> Outcome:
    """Keep ``nb`` (if any) as the job's ``.failed.ipynb``; return the failed outcome."""
    if nb is None:
        return Outcome(job.naam, "mislukt", (), error, seconds)
    atomic.write_text(job.failed_path, _notebook_text(nb))
    return Outcome(job.naam, "mislukt", (job.failed_path,), error, seconds)


def _notebook_text(nb: NotebookNode) -> str:
    """Serialise a notebook as nbformat writes it to disk."""
    return nbformat.writes(nb) + "\n"


def _jobs(
    dataset: Path,
    maand: str,
    buurten: list[str] | None,
    out: Path,
    formats: tuple[str, ...],
    notebooks: Path,
    kernel_name: str,
) -> list[Job]:
    """Return the jobs of a month: one per buurt, then the overview.

    The dataset is read once here for the buurt ids, display names, months
    and the fictitious-data marker.  An unknown buurt id still gets a job: its
    notebook fails, and the kept notebook tells why.
    """
    from kit.data.dataset import load  # the data layer; imported late to keep workers light
    from kit.data.months import as_month, dataset_months, month_text

    data = load(dataset)
    if buurten is not None:
        buurten = [_buurt_id(b) for b in dict.fromkeys(buurten)]
    namen = dict(zip(data.buurten["id"], data.buurten["naam"]))
    label = maand_label(maand)
    base = {"dataset": str(dataset), "maand": maand}
    vorige = month_text(as_month(maand) - 1)
    if vorige not in {month_text(m) for m in dataset_months(data)}:
        vorige = None
    jobs = [
        Job(
            naam=buurt,
            notebook=notebooks / "maandrapport.ipynb",
            parameters={**base, "buurt": buurt},
            folder=out / maand / buurt,
            stem="maandrapport",
            page=Page(
                f"Maandrapport {namen.get(buurt, buurt)}, {label}",
                f"{namen.get(buurt, buurt)} · {label}",
                data.fictional,
                _links("../..", vorige, f"{buurt}/maandrapport.html"),
            ),
            formats=formats,
            kernel_name=kernel_name,
        )
        for buurt in (buurten if buurten is not None else list(namen))
    ]
    jobs.append(
        Job(
            naam=OVERZICHT,
            notebook=notebooks / "overzicht.ipynb",
            parameters=base,
            folder=out / maand,
            stem="overzicht",
            page=Page(f"Overzicht proeftuinbuurten, {label}", f"Alle proeftuinbuurten · {label}", data.fictional,
                      _links("..", vorige, "overzicht.html")),
            formats=formats,
            kernel_name=kernel_name,
        )
    )
    return jobs


def _links(root: str, vorige: str | None, report: str) -> tuple[tuple[str, str], ...]:
    """The links above a report: the index at ``root``, and the same report of month ``vorige``.

    The previous month is linked whenever the data reach back to it, whether
    or not its report exists yet: a report depends on its data alone (the same
    data give the same bytes), and the link works once that month is rendered.
    """
    links = ((f"{root}/index.html", "Alle rapporten"),)
    if vorige is not None:
        links += ((f"{root}/{vorige}/{report}", f"Vorige maand: {maand_label(vorige)}"),)
    return links


def _buurt_id(text: str) -> str:
    """Return ``text`` if it can be a buurt id (it becomes a folder name), else raise."""
    try:
        return parse_id(text)
    except ValueError:
        raise ValueError(f"ongeldige buurt-id {text!r}: alleen letters, cijfers, - en _") from None


def _pool(workers: int) -> ProcessPoolExecutor:
    """Return a process pool; forked workers start fast and inherit the loaded libraries.

    Each worker runs its reports in one kernel of its own, stopped when the
    worker ends.
    """
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
    return ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=_worker_start)


def _worker_start() -> None:
    """Stop the worker's kernel when the worker process ends."""
    multiprocessing.util.Finalize(None, close_kernels, exitpriority=10)


def render(
    dataset_path: str | Path,
    maand: str,
    buurten: list[str] | None = None,
    out: Path = Path("reports"),
    jobs: int | None = os.cpu_count(),
    formats: tuple[str, ...] = FORMATS,
    force: bool = False,
    progress: bool = True,
    notebooks: Path = NOTEBOOKS,
) -> RenderSummary:
    """Render the monthly reports of ``maand`` and rebuild the index.

    Parameters
    ----------
    dataset_path
        Dataset folder or workbook; passed to the notebooks as an absolute path.
    maand
        ``JJJJ-MM``.
    buurten
        Buurt ids to render; ``None`` for every buurt of the dataset.  The
        overview is always rendered.
    out
        Output folder (see the module docstring for its layout).
    jobs
        Number of worker processes; 1 renders in this process.
    formats
        Any of ``"html"`` and ``"pdf"``; the executed ``.ipynb`` is always written.
    force
        Overwrite existing reports.  Without it, a report whose files all
        exist is skipped and left byte-identical.
    progress
        Show a progress bar on stderr.
    notebooks
        Folder holding ``maandrapport.ipynb`` and ``overzicht.ipynb``.

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
    """
    check_maand(maand)
    unknown = set(formats) - set(FORMATS)
    if unknown:
        raise ValueError(f"onbekend formaat: {', '.join(sorted(unknown))} (kies uit: {', '.join(FORMATS)})")
    formats = tuple(f for f in FORMATS if f in formats)
    dataset = Path(dataset_path).resolve()
    out = Path(out)

    with source_date(maand), kit_kernel() as kernel_name:
        all_jobs = _jobs(dataset, maand, buurten, out, formats, notebooks, kernel_name)
        outcomes: dict[str, Outcome] = {}
        todo = []
        for job in all_jobs:
            targets = tuple(job.targets().values())
            if not force and all(t.exists() for t in targets):
                outcomes[job.naam] = Outcome(job.naam, "overgeslagen", targets)
                log.info("%s: overgeslagen, bestaat al in %s", job.naam, job.folder)
            else:
                todo.append(job)
        with ExitStack() as stack:
            stack.enter_context(_frozen_heap())
            stack.callback(close_kernels)
            results = _start(todo, jobs or 1, stack)
            bar = stack.enter_context(tqdm(
                total=len(all_jobs), initial=len(outcomes), desc=maand, unit="rapport",
                file=sys.stderr, disable=not progress,
            ))
            for outcome in results:
                outcomes[outcome.naam] = outcome
                log.info("%s: %s %s", outcome.naam, outcome.status, " ".join(map(str, outcome.files)))
                bar.update()

    index = write_index(out)
    return RenderSummary(maand, out, tuple(outcomes[job.naam] for job in all_jobs), index)


@contextmanager
def _frozen_heap() -> Iterator[None]:
    """Keep the objects alive now out of garbage collection while the block runs.

    By the time reports are rendered this process holds the libraries and the
    dataset, hundreds of thousands of long-lived objects that each full
    collection would scan again while nbconvert and WeasyPrint allocate and
    free millions of small ones: without this a report's PDF takes about
    0.3 s longer.  Forked workers inherit the frozen heap.
    """
    gc.collect()
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


def _start(todo: list[Job], workers: int, stack: ExitStack) -> Iterator[Outcome]:
    """Start the jobs; return an iterator over their outcomes as they complete.

    With more than one worker the pool is created, and its processes forked,
    here, before the caller starts a progress bar (whose monitor thread a
    fork should not copy).  ``stack`` shuts the pool down.
    """
    if workers <= 1 or len(todo) <= 1:
        return (_guarded(job) for job in todo)
    pool = stack.enter_context(_pool(min(workers, len(todo))))
    futures: dict[Future, Job] = {pool.submit(run_job, job): job for job in todo}
    return (_result(future, futures[future]) for future in as_completed(futures))


def _result(future: Future, job: Job) -> Outcome:
    """Return the outcome of a finished ``future``; a crashed worker is a failed job."""
    try:
        return future.result()
    except Exception as error:  # noqa: BLE001 - e.g. a worker killed, a disk full
        return Outcome(job.naam, "mislukt", error=type(error).__name__)


def _guarded(job: Job) -> Outcome:
    """Run ``job`` here, turning an unexpected exception into a failed outcome."""
    try:
        return run_job(job)
    except Exception as error:  # noqa: BLE001 - one report must not stop the others
        return Outcome(job.naam, "mislukt", error=type(error).__name__)
