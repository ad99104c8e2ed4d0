"""The workers of a render and their kernels, started before the render reads its data.

Starting a kernel and importing what a report needs takes a worker about
2 s of work; reading and validating the data takes the render's own
process about as long, on one core.  So the command line starts the
:class:`Factory` first, before it even imports pandas, and the workers'
kernels boot while it reads the data (:func:`kit.cli.main`, ``render``).
This module therefore imports nothing heavy itself.
"""

from __future__ import annotations

import ast
import gc
import os
from collections.abc import Iterator, Sequence
from contextlib import ExitStack, contextmanager
from functools import partial
from importlib import resources
from pathlib import Path

import nbformat

from .job import Job, Outcome, guarded
from .kernel import kit_kernel
from .workers import Pool

#: The report notebooks, shipped inside the package (``notebooks/`` of a checkout links to them).
NOTEBOOKS = Path(os.fspath(resources.files(__package__) / "notebooks"))  # type: ignore[call-overload]  # an installed package: a path
#: The notebooks of a month's render, and of a synthesis, in the notebooks' folder.
MAAND_NOTEBOOKS = ("maandrapport.ipynb", "overzicht.ipynb")
SYNTHESE_NOTEBOOKS = ("synthese.ipynb",)


class Factory:
    """The workers of a render and their kernels, started before the data is read; a context manager.

    Starting a kernel and importing what a report needs takes a worker about
    2 s of work, reading and validating the data about as long in the
    render's own process, which uses one core: started first, the kernels
    are ready by the time the reports are planned.  Entering the factory
    makes the render's private folder and kernelspec
    (:func:`.kernel.kit_kernel`) and starts the workers; each starts its
    kernel, gets its converters ready (:func:`.convert.prepare`) and
    imports in the kernel what the ``notebooks`` import.  Leaving it kills
    the workers left (all of them, when nothing was rendered: the data had
    errors) and removes the folder.

    Parameters
    ----------
    workers
        The most reports rendered at a time.
    notebooks
        The notebooks the render runs, all in one folder (the kernels'
        working directory).
    reports
        How many reports the render makes, when known before the data is
        read; workers are started for at most that many, and for at most
        one per core (more kernels starting at once only share the cores).
        The rest start when the reports are known, and workers no report
        needs are killed then.
    """

    def __init__(self, workers: int | None, notebooks: tuple[Path, ...], reports: int | None = None):
        self.workers = max(1, workers or 1)
        self.notebooks = notebooks
        self.ahead = min(self.workers, reports or self.workers, os.cpu_count() or 1)
        self._stack = ExitStack()

    def __enter__(self) -> Factory:
        with ExitStack() as stack:
            self.kernel_name = stack.enter_context(kit_kernel())
            stack.enter_context(_frozen_heap())
            warm = partial(_warm, self.kernel_name, self.notebooks[0].parent, _imports(self.notebooks))
            self.pool: Pool[Job, Outcome] = stack.enter_context(
                Pool(guarded, self.workers, self.ahead, finish=_close_kernels, prepare=warm)
            )
            self._stack = stack.pop_all()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._stack.close()


def maand_factory(workers: int | None, buurten: Sequence[str] | None = None, notebooks: Path = NOTEBOOKS) -> Factory:
    """The :class:`Factory` of a month's reports (:func:`.batch.render`): at most ``workers`` at a time.

    With ``buurten`` (the ``--buurt`` of the command line) the render makes a
    report for each and the overview, and starts no more workers ahead;
    ``None``: every buurt of the data, not known yet.
    """
    reports = None if buurten is None else len(set(buurten)) + 1
    return Factory(workers, tuple(notebooks / name for name in MAAND_NOTEBOOKS), reports)


def synthese_factory(notebooks: Path = NOTEBOOKS) -> Factory:
    """The :class:`Factory` of a synthesis (:func:`.batch.render_synthese`): one report."""
    return Factory(1, tuple(notebooks / name for name in SYNTHESE_NOTEBOOKS), 1)


def _warm(kernel_name: str, folder: Path, imports: str) -> None:
    """A worker's start: its kernel in ``folder``, its converters, and ``imports`` in the kernel.

    Only a head start: whatever fails here (a kernel that does not start, a
    converter that breaks) fails again in the first report, which reports
    it in its own outcome; the worker must live to run it.
    """
    try:
        from .execute import kernel_for

        kernel = kernel_for(kernel_name, folder)
        kernel.start()  # boots in its own process while the converters get ready here
        from .convert import prepare

        prepare()
        kernel.warm(imports)
    except Exception:  # noqa: BLE001 - see above: the first report meets the problem and reports it
        pass


def _close_kernels() -> None:
    """A worker's end: stop its kernel (:func:`.execute.close_kernels`)."""
    from .execute import close_kernels

    close_kernels()


def _imports(notebooks: tuple[Path, ...]) -> str:
    """The import statements of the code cells of ``notebooks``, each once, one per line.

    A notebook that cannot be read, or a cell that is not Python, adds
    nothing: its report fails in its own job, with its own outcome.
    """
    statements: dict[str, None] = {}
    for path in notebooks:
        try:
            cells = nbformat.read(path, as_version=4).cells
        except Exception:  # noqa: BLE001 - any unreadable notebook: the job reports it
            continue
        for cell in (c for c in cells if c.cell_type == "code"):
            try:
                body = ast.parse(cell.source).body
            except SyntaxError:
                continue
            statements.update(
                (ast.unparse(node), None) for node in body if isinstance(node, ast.Import | ast.ImportFrom)
            )
    return "\n".join(statements)


@contextmanager
def _frozen_heap() -> Iterator[None]:
    """Keep the objects alive now out of garbage collection while the block runs.

    When the workers fork this process holds the libraries, hundreds of
    thousands of long-lived objects that each full collection would scan
    again while nbconvert and WeasyPrint allocate and free millions of small
    ones: without this a report's PDF takes about 0.3 s longer.  Forked
    workers inherit the frozen heap.
    """
    gc.collect()
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()
