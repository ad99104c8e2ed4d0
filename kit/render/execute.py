"""Execute a report notebook with papermill and keep the result reproducible.

Papermill injects the parameters (in a cell tagged ``injected-parameters``)
and runs the notebook in the kit's kernel (:mod:`kit.render.kernel`).  The
executed notebook is returned in memory, also when a cell raised, so that the
caller can keep it for inspection.  Timestamps and durations that papermill
and nbclient record are removed, so that two runs on the same data give the
same ``.ipynb``.

One kernel serves every report a process renders (:class:`ReportKernel`):
starting a kernel and importing the kit costs about 1.4 s, more than most
of the work of a report.  Before each notebook the kernel is brought back to
a fresh state: the user namespace is emptied and the execution counter set
back to 1 (see :data:`RESET`), so no variable of one buurt's report can
reach the next and the executed notebook is the same whichever reports ran
before it.  What stays is what a fresh kernel would rebuild identically: the
imported modules and their caches.  A kernel that died is replaced.
"""

from __future__ import annotations

import tempfile
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from uuid import uuid4

import nbformat
import papermill
from jupyter_client.asynchronous import AsyncKernelClient
from jupyter_client.manager import AsyncKernelManager
from jupyter_core.paths import jupyter_runtime_dir
from jupyter_core.utils import run_sync
from nbformat import NotebookNode
from papermill.clientwrap import PapermillNotebookClient
from papermill.engines import NBClientEngine, papermill_engines
from papermill.log import logger as papermill_log
from papermill.translators import translate_parameters

#: Metadata keys that change from run to run without the content changing.
VOLATILE_KEYS = ("start_time", "end_time", "duration", "output_path")
#: Seconds to wait for a new kernel to answer.
STARTUP_SECONDS = 60
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
    seen: Counter[str] = Counter()
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


def recorded_as(nb: NotebookNode, shown: dict | None) -> NotebookNode:
    """Record ``shown`` in ``nb`` (in place) as the parameters it ran with: in the cell papermill inserted and
    in papermill's metadata, as papermill writes them; ``None`` leaves ``nb`` as it is.

    The kept notebook is an output like the report: it must not print a path
    the kernel needed but a reader may not see.
    """
    if shown is None:
        return nb
    language = nb.metadata.get("kernelspec", {}).get("language", "python")
    for cell in nb.cells:
        if INSERTED_TAGS[0] in cell.metadata.get("tags", []):
            cell.source = translate_parameters(nb.metadata.get("kernelspec", {}).get("name"), language, shown)
    if "parameters" in nb.metadata.get("papermill", {}):
        nb.metadata["papermill"]["parameters"] = dict(shown)
    return nb


#: Run in the kernel before each notebook, silently: empty the namespace, count
#: cells from 1 again, and keep the long-lived objects left (modules, the
#: dataset cache) out of garbage collection, which otherwise rescans them
#: throughout the report.
RESET = "get_ipython().reset(new_session=True)\nimport gc\ngc.collect()\ngc.freeze()"
#: The papermill engine that runs notebooks in a :class:`ReportKernel`.
ENGINE = "proeftuin-kit"


class _ResettingClient(PapermillNotebookClient):
    """Papermill's notebook client, running :data:`RESET` before the first cell."""

    def papermill_execute_cells(self):
        reply = self.wait_for_reply(self.kc.execute(RESET, silent=True, store_history=False))
        if reply is None or reply["content"]["status"] != "ok":
            raise RuntimeError("de kernel kon niet worden teruggezet")
        super().papermill_execute_cells()


class _KitEngine(NBClientEngine):
    """Papermill engine for a kernel, and its client, that outlive the notebook.

    A new client would wait about 0.2 s for the kernel's output channel to
    settle; the kernel's own client is connected already.
    """

    @classmethod
    def execute_managed_notebook(cls, nb_man, kernel_name, *, km, kc, **_unused):
        client = _ResettingClient(nb_man, km=km, kernel_name=kernel_name, log=papermill_log)
        client.kc = kc
        return client.execute()


papermill_engines.register(ENGINE, _KitEngine)


class ReportKernel:
    """One kit kernel, started on first use and reused for notebook after notebook.

    Parameters
    ----------
    kernel_name
        The kernelspec to start, normally :data:`kit.render.kernel.KERNEL_NAME`.
    cwd
        The kernel's working directory: the notebooks' folder, so that a
        report can use files next to it.
    """

    def __init__(self, kernel_name: str, cwd: Path):
        self.kernel_name = kernel_name
        self.cwd = Path(cwd)
        self._km: AsyncKernelManager | None = None
        self._kc: AsyncKernelClient | None = None
        self._ready = False

    def start(self) -> None:
        """Start a kernel if none is running, or if the last one died, without waiting for it to answer.

        The kernel boots in its own process (Python and IPython, about 0.7 s),
        so the caller can use that time for its own preparations before
        :meth:`execute` waits for the kernel to answer.
        Its connection file goes into the Jupyter runtime folder, during a
        render the render's private one (:func:`kit.render.kernel.kit_kernel`);
        left alone, jupyter_client would put it in the system's temporary
        folder, where nothing removes it after a killed render.
        """
        if self._km is not None and not run_sync(self._km.is_alive)():
            self.close()
        if self._km is None:
            connection_file = _runtime() / f"kernel-{uuid4()}.json"
            km = AsyncKernelManager(kernel_name=self.kernel_name, connection_file=str(connection_file))
            run_sync(km.start_kernel)(cwd=str(self.cwd))
            kc = km.client()
            kc.start_channels()
            self._km, self._kc, self._ready = km, kc, False

    def connect(self) -> tuple[AsyncKernelManager, AsyncKernelClient]:
        """Return the manager and a connected client of a running kernel that answers (see :meth:`start`)."""
        self.start()
        assert self._km is not None and self._kc is not None, "start() makes a kernel and its client"
        if not self._ready:
            run_sync(self._kc.wait_for_ready)(timeout=STARTUP_SECONDS)
            self._ready = True
        return self._km, self._kc

    def warm(self, code: str) -> None:
        """Start the kernel and run ``code`` in it silently, before any notebook: the imports a report would wait
        for are done while there is nothing else to do.

        The namespace ``code`` fills is emptied before every notebook
        (:data:`RESET`); what stays are the modules it imported, as after any
        report.  Its output is dropped.  A kernel that does not start or
        answer in time is closed: the first notebook starts a new one, and
        fails as it would have.
        """
        try:
            _, kc = self.connect()
            run_sync(kc.execute_interactive)(
                code, silent=True, store_history=False, allow_stdin=False, timeout=STARTUP_SECONDS, output_hook=_dropped
            )
        except Exception:  # noqa: BLE001 - only a head start: the first notebook meets the problem itself
            self.close()

    def execute(self, notebook: Path, parameters: dict, shown: dict | None = None) -> Executed:
        """Run ``notebook`` with ``parameters`` in this kernel.

        Papermill only hands back a failed notebook by writing it to its
        output path, hence the temporary file; during a render it is made in
        the render's private folder (:func:`kit.render.kernel.kit_kernel`),
        which is cleaned up even after the render was killed.

        Parameters
        ----------
        notebook
            The report notebook (not modified).
        parameters
            Values for the notebook's ``parameters`` cell; plain JSON types.
        shown
            The parameters as the executed notebook records them, where they
            differ: a dataset's path may spell a person's name
            (:func:`recorded_as`).
        """
        with tempfile.TemporaryDirectory(prefix="proeftuin-run-", dir=_runtime()) as tmp:
            output = Path(tmp) / notebook.name
            try:
                km, kc = self.connect()
                nb = papermill.execute_notebook(
                    notebook,
                    output,
                    parameters=parameters,
                    engine_name=ENGINE,
                    kernel_name=self.kernel_name,
                    progress_bar=False,
                    request_save_on_cell_execute=False,
                    km=km,
                    kc=kc,
                )
                return Executed(recorded_as(strip_volatile(nb), shown), None)
            except papermill.PapermillExecutionError as error:
                failed = nbformat.read(output, as_version=4) if output.exists() else None
                return Executed(failed and recorded_as(strip_volatile(failed), shown), error.ename)
            except Exception as error:  # noqa: BLE001 - a broken kernel must not stop the batch
                return Executed(None, type(error).__name__)

    def close(self) -> None:
        """Stop the kernel, without waiting for a graceful shutdown (all output is in by then)."""
        if self._kc is not None:
            self._kc.stop_channels()
            self._kc = None
        if self._km is not None:
            km, self._km = self._km, None
            run_sync(km.shutdown_kernel)(now=True)
            run_sync(km.cleanup_resources)()


def _dropped(_message: dict) -> None:
    """Drop a message of the kernel (the output of :meth:`ReportKernel.warm`)."""


def _runtime() -> Path:
    """The Jupyter runtime folder (during a render the render's private one), created if needed."""
    folder = Path(jupyter_runtime_dir())
    folder.mkdir(parents=True, exist_ok=True)
    return folder


#: The kernels of this process, by kernelspec and working directory.
_KERNELS: dict[tuple[str, Path], ReportKernel] = {}


def kernel_for(kernel_name: str, cwd: Path) -> ReportKernel:
    """Return this process's kernel for ``kernel_name`` in ``cwd``, created on first use.

    A render process, or each of its workers, thus runs all its reports in
    one kernel; :func:`close_kernels` stops them.
    """
    key = (kernel_name, Path(cwd))
    if key not in _KERNELS:
        _KERNELS[key] = ReportKernel(kernel_name, cwd)
    return _KERNELS[key]


def close_kernels() -> None:
    """Stop every kernel :func:`kernel_for` started in this process."""
    while _KERNELS:
        _KERNELS.popitem()[1].close()
