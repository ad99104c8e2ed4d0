"""Execute a report notebook with papermill and keep the result reproducible.

Papermill injects the parameters (in a cell tagged ``injected-parameters``)
and runs the notebook in the kit's kernel (:mod:`kit.report.kernel`).  The
executed notebook is returned in memory, also when a cell raised, so that the
caller can keep it for inspection.  Timestamps and durations that papermill
and nbclient record are removed, so that two runs on the same data give the
same ``.ipynb``.
"""

from __future__ import annotations

import tempfile
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import nbformat
import papermill
from nbformat import NotebookNode

#: Metadata keys that change from run to run without the content changing.
VOLATILE_KEYS = ("start_time", "end_time", "duration", "output_path")
#: Tags of the cells papermill inserts (parameters; error markers of a failed run).
INSERTED_TAGS = ("injected-parameters", "papermill-error-cell-tag")


@dataclass(frozen=True)
class Executed:
    """An executed notebook and, when it failed, the name of the error.

    ``notebook`` is ``None`` only when no notebook came back at all (the
    kernel did not start or died); ``error`` is then the Python exception name.
    """

    notebook: NotebookNode | None
    error: str | None


def strip_volatile(nb: NotebookNode) -> NotebookNode:
    """Remove run-dependent metadata (timings, temporary paths) from ``nb`` in place.

    The cells papermill inserts get random ids; they get fixed ones instead.
    """
    seen = Counter()
    for cell in nb.cells:
        tag = next((t for t in INSERTED_TAGS if t in cell.metadata.get("tags", [])), None)
        if tag:
            cell.id = f"{tag}-{seen[tag]}"
            seen[tag] += 1
    for meta in (nb.metadata, *(cell.metadata for cell in nb.cells)):
        meta.pop("execution", None)
        for key in VOLATILE_KEYS:
            meta.get("papermill", {}).pop(key, None)
    return nb


def execute(notebook: Path, parameters: dict, kernel_name: str) -> Executed:
    """Run ``notebook`` with ``parameters`` in the kernel ``kernel_name``.

    The working directory is the notebook's folder, so that a report can use
    files next to it.  Papermill only hands back a failed notebook by writing
    it to its output path, hence the temporary file.  The kernel is killed
    rather than asked to shut down once the last cell has answered: all
    output is in by then, and a graceful shutdown costs about 0.3 s a report.

    Parameters
    ----------
    notebook
        The report notebook (not modified).
    parameters
        Values for the notebook's ``parameters`` cell; plain JSON types.
    kernel_name
        The kernelspec to start, normally :data:`kit.report.kernel.KERNEL_NAME`.
    """
    with tempfile.TemporaryDirectory(prefix="proeftuin-run-") as tmp:
        output = Path(tmp) / notebook.name
        try:
            nb = papermill.execute_notebook(
                notebook,
                output,
                parameters=parameters,
                kernel_name=kernel_name,
                cwd=notebook.parent,
                progress_bar=False,
                request_save_on_cell_execute=False,
                shutdown_kernel="immediate",
            )
            return Executed(strip_volatile(nb), None)
        except papermill.PapermillExecutionError as error:
            failed = nbformat.read(output, as_version=4) if output.exists() else None
            return Executed(failed and strip_volatile(failed), error.ename)
        except Exception as error:  # noqa: BLE001 - a broken kernel must not stop the batch
            return Executed(None, type(error).__name__)
