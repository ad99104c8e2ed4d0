"""One report in a worker: execute its notebook, convert it, write its files, and say what came of it.

A :class:`Job` is planned by the render (:mod:`.batch`) and run by
:func:`guarded` in a worker process (:mod:`.factory`, :mod:`.workers`).
Papermill, nbconvert and WeasyPrint (:mod:`.execute`, :mod:`.convert`) are
imported where a job runs, not where it is planned: the render's own
process never converts, and its workers start before it has imported them.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import nbformat
from nbformat import NotebookNode

from kit import atomic
from kit.collector import collector_paused

from . import versions
from .page import Page
from .reproducible import stamped
from .workers import Stopped

if TYPE_CHECKING:
    from kit.names import NameMatcher

#: Seconds a report may take, executing and converting, before it is stopped.  A demo report takes about
#: 3 s on an idle machine and up to 22 s on a 2-core machine running four times as much work as it has
#: cores (the first report of a worker also starts its kernel); five minutes leaves room for buurten
#: many times larger and slower machines, and still ends a hanging report in reasonable time.
TIMEOUT = 300
#: A report's appendix PDF (``maandrapport.bijlage.pdf``, ``overzicht.bijlage.pdf``), rendered on request from the
#: same HTML as the PDF of its main part: a file of the report like the others (:data:`.versions.SUFFIXES`).
BIJLAGE = "bijlage.pdf"
#: The part of the report the appendix PDF prints (``kit.report.sectie.BIJLAGE``: the sections of class
#: ``deel-bijlage``).
BIJLAGE_DEEL = "bijlage"
#: Why a report that was rendered is not written: another render wrote it from the same inputs meanwhile.
SKIPPED_MEANWHILE = "een andere render maakte het intussen uit dezelfde gegevens"


@dataclass(frozen=True)
class Job:
    """One notebook to render into one folder; picklable for a worker process.

    ``naam`` identifies the job in logs and summary: a buurt id,
    :data:`.batch.OVERZICHT` or :data:`.batch.SYNTHESE`.
    """

    naam: str
    notebook: Path
    parameters: dict
    folder: Path
    stem: str
    page: Page
    formats: tuple[str, ...]
    kernel_name: str
    inputs: dict
    force: bool = False
    #: The parameters as the kept notebook records them (:func:`.execute.recorded_as`): no path spells a name.
    shown: dict | None = None
    #: The part of the report its PDF prints (a monthly report: its buurtbrief); ``None``: the whole report.
    deel: str | None = None
    #: ``SOURCE_DATE_EPOCH`` while its PDF is made (:func:`.reproducible.build_date`); ``None``: as it is set.
    build: str | None = None
    #: What finds the names of hidden persons (:func:`kit.privacy.redactor`) in what a failed notebook kept
    #: quotes: an error's message and traceback, printed text (:func:`redacted`); ``None``: nothing to hide.
    redact: NameMatcher | None = None

    def targets(self) -> dict[str, Path]:
        """Return the files a successful render writes: the executed notebook and each format."""
        return {fmt: self.folder / f"{self.stem}.{fmt}" for fmt in ("ipynb", *self.formats)}

    @property
    def failed_path(self) -> Path:
        """Where the executed notebook is kept when the render failed."""
        return self.folder / f"{self.stem}.failed.ipynb"

    def decide(self) -> versions.Decision:
        """What to do with this job's report given what is on disk (:func:`.versions.decide`).

        The caller holds the report's lock (:func:`.versions.locked`) until it has acted on the decision.
        """
        return versions.decide(self.folder, self.stem, self.inputs, tuple(self.targets()), self.force)


@dataclass(frozen=True)
class Outcome:
    """What came of one job.

    Attributes
    ----------
    naam
        Buurt id, :data:`.batch.OVERZICHT` or :data:`.batch.SYNTHESE`.
    status
        ``"geschreven"``, ``"vernieuwd"`` (inputs changed; the earlier version
        kept), ``"overgeslagen"`` (exists, same inputs, no ``force``; also when
        another render wrote it from the same inputs while this one rendered
        it) or ``"mislukt"``.
    files
        Files written; for a skipped job the existing files; for a failed
        job the kept notebook, if any.
    error
        For a failed job the name of the exception (never its message), or
        ``"tijdslimiet"`` / ``"werkproces"`` when its worker was killed or died.
    seconds
        Wall time per stage (``uitvoeren``, ``html``, ``pdf``, ``schrijven``).
    version
        The number under which the earlier version was kept (``"vernieuwd"``).
    reason
        Why it was renewed, why it was skipped after it was rendered, or why
        it failed when the error alone does not say: Dutch, naming files and
        seconds, never data.
    """

    naam: str
    status: str
    files: tuple[Path, ...] = ()
    error: str | None = None
    seconds: dict[str, float] = field(default_factory=dict)
    version: int | None = None
    reason: str | None = None


def run_job(job: Job) -> Outcome:
    """Execute, convert and write one report; never raises for a failing notebook.

    The executed notebook records the job's inputs (:func:`.versions.made_from`).
    On success what to do is decided again under the report's lock, from
    what is on disk now (another render may have written the report
    meanwhile): every target is written through :func:`.versions.replace`,
    keeping the report on disk when it was made from other inputs, and a
    stale ``.failed.ipynb`` is removed; or, when the report on disk is
    complete and from the same inputs, nothing is written and the job is
    skipped.  When a cell raises, or the executed notebook cannot be
    converted, nothing of an earlier successful report is touched and the
    executed notebook is kept beside it for inspection.
    """
    from .execute import kernel_for  # in the worker (see the module docstring)

    seconds: dict[str, float] = {}
    start = time.perf_counter()
    result = kernel_for(job.kernel_name, job.notebook.parent).execute(job.notebook, job.parameters, job.shown)
    seconds["uitvoeren"] = time.perf_counter() - start
    if result.error is not None:
        return _failed(job, result.notebook, result.error, seconds)
    assert result.notebook is not None, "a run without error has its notebook"
    result.notebook.metadata.setdefault("proeftuin", {})["invoer"] = job.inputs
    try:
        with collector_paused(), stamped(job.build):
            contents = _convert(job, result.notebook, seconds)
    except Exception as error:  # noqa: BLE001 - keep the notebook, go on with the others
        return _failed(job, result.notebook, type(error).__name__, seconds)

    start = time.perf_counter()
    with versions.locked(job.folder, job.stem):
        decision = job.decide()
        version = None
        if not decision.skip:
            version = versions.replace(job.folder, job.stem, contents, keep=decision.keep)
            job.failed_path.unlink(missing_ok=True)
    seconds["schrijven"] = time.perf_counter() - start
    files = tuple(job.targets().values())
    if decision.skip:
        return Outcome(job.naam, "overgeslagen", files, None, seconds, reason=SKIPPED_MEANWHILE)
    if version is None:
        return Outcome(job.naam, "geschreven", files, None, seconds)
    return Outcome(job.naam, "vernieuwd", files, None, seconds, version, decision.reason)


def _convert(job: Job, nb: NotebookNode, seconds: dict[str, float]) -> dict[str, bytes]:
    """Return the bytes of every target of ``job``, the notebook last; time each stage."""
    from .convert import to_html, to_pdf  # in the worker (see the module docstring)

    contents: dict[str, bytes] = {}
    start = time.perf_counter()
    html = to_html(nb, job.page)
    seconds["html"] = time.perf_counter() - start
    if "html" in job.formats:
        contents["html"] = html.encode("utf-8")
    if "pdf" in job.formats:
        start = time.perf_counter()
        contents["pdf"] = to_pdf(html) if job.deel is None else to_pdf(html, job.deel)
        seconds["pdf"] = time.perf_counter() - start
    if BIJLAGE in job.formats:
        start = time.perf_counter()
        contents[BIJLAGE] = to_pdf(html, BIJLAGE_DEEL)
        seconds["bijlage"] = time.perf_counter() - start
    contents["ipynb"] = _notebook_text(nb).encode("utf-8")
    return contents


def _failed(job: Job, nb: NotebookNode | None, error: str, seconds: dict[str, float]) -> Outcome:
    """Keep ``nb`` (if any) as the job's ``.failed.ipynb``, its hidden names replaced; return the failed outcome."""
    if nb is None:
        return Outcome(job.naam, "mislukt", (), error, seconds)
    atomic.write_text(job.failed_path, _notebook_text(redacted(nb, job.redact)))
    return Outcome(job.naam, "mislukt", (job.failed_path,), error, seconds)


def redacted(nb: NotebookNode, matcher: NameMatcher | None) -> NotebookNode:
    """``nb`` (in place) with the hidden names ``matcher`` finds replaced in every output's text.

    What a report shows is written with pseudonyms already; what an error
    says is not: an exception's message, its traceback and what a cell
    printed can quote a value from the data, a resident's name among them,
    and the failed notebook is kept in the reports' folder for whoever
    looks into the failure.
    """
    if matcher is None:
        return nb
    for cell in nb.cells:
        for output in cell.get("outputs", []):
            if output.get("output_type") == "error":
                output["evalue"] = matcher.sub(output.get("evalue", ""))
                output["traceback"] = [matcher.sub(line) for line in output.get("traceback", [])]
            elif output.get("output_type") == "stream":
                output["text"] = matcher.sub(output.get("text", ""))
            for kind, value in output.get("data", {}).items():
                if isinstance(value, str):
                    output["data"][kind] = matcher.sub(value)
    return nb


def _notebook_text(nb: NotebookNode) -> str:
    """Serialise a notebook as nbformat writes it to disk."""
    return nbformat.writes(nb) + "\n"


def stopped(job: Job, stopped: Stopped) -> Outcome:
    """The outcome of a job whose worker was killed or died; finish or undo what it was writing."""
    with versions.locked(job.folder, job.stem):
        versions.recover(job.folder, job.stem)
    seconds = {"totaal": stopped.seconds}
    if stopped.reason == "tijdslimiet":
        reason = f"tijdslimiet: na {stopped.seconds:.0f} seconden afgebroken; meer tijd geven kan met --timeout"
    else:
        reason = "het werkproces stopte onverwacht"
    return Outcome(job.naam, "mislukt", error=stopped.reason, seconds=seconds, reason=reason)


def guarded(job: Job) -> Outcome:
    """Run ``job``, turning an unexpected exception into a failed outcome."""
    try:
        return run_job(job)
    except Exception as error:  # noqa: BLE001 - one report must not stop the others
        return Outcome(job.naam, "mislukt", error=type(error).__name__)
