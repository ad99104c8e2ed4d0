"""The kit's own Jupyter kernel, and a private folder for everything a render leaves behind.

Reports must run in the interpreter where the kit and its dependencies are
installed (normally the project's venv).  Asking for the kernel ``python3``
is not enough: a ``python3`` kernelspec in the user's own Jupyter directory
(``~/.local/share/jupyter/kernels``) takes precedence over the venv's and may
point at another Python.  Installing a kernelspec globally is not wanted
either.  So for the duration of a render the kit writes a private kernelspec,
``proeftuin-kit``, whose command is :data:`sys.executable`, and puts its
folder first on ``JUPYTER_PATH`` (which Jupyter searches before all other
locations).  Worker processes inherit the variable.

That kernelspec, the kernels' connection files (``JUPYTER_RUNTIME_DIR``),
the dataset the render hands its kernels (``gelezen``,
:func:`kit.data.loaded.hand_over`) and the notebooks papermill writes while
it runs all live in one private folder
per render, ``render-<pid>-<random>`` under ``proeftuin-kit`` in the user's
Jupyter runtime folder.  It is removed when the render ends; a render that
was killed cannot remove it, so every render first removes the folders of
renders that are gone.  A render holds a lock on ``render-….lock`` beside its
folder for as long as it or one of its workers lives (the operating system
releases it when they die, also after ``kill -9``): a folder whose lock can
be taken belongs to no living render.

The kernel's own log (a warning about unencrypted local TCP, an error when
it is interrupted at shutdown) is silenced: it is noise on the console of a
batch, and what goes wrong in a report cell is kept in its notebook anyway.
IPython's command history is off: parallel kernels otherwise queue on the
lock of one SQLite file in ``~/.ipython``, and reports have no use for it.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

from jupyter_core.paths import jupyter_runtime_dir

from kit.locking import try_lock

KERNEL_NAME = "proeftuin-kit"
#: The folder, in the user's Jupyter runtime folder, that holds each render's private folder.
RUNTIME_FOLDER = "proeftuin-kit"


def kernelspec() -> dict:
    """Return the kernelspec that starts a quiet IPython kernel in this interpreter."""
    return {
        "argv": [
            sys.executable,
            "-m",
            "ipykernel_launcher",
            "-f",
            "{connection_file}",
            "--IPKernelApp.log_level=CRITICAL",
            "--HistoryManager.enabled=False",
        ],
        "display_name": "Proeftuin kit",
        "language": "python",
        "metadata": {"debugger": False},
    }


@contextmanager
def kit_kernel() -> Iterator[str]:
    """Make the kernel :data:`KERNEL_NAME` available in a private runtime folder; yield its name.

    Leftovers of renders that are gone are removed first.  On exit
    ``JUPYTER_PATH``, ``JUPYTER_RUNTIME_DIR`` and
    :data:`~kit.data.loaded.HANDED_OVER` are restored and the private folder
    is removed.
    """
    from kit.data.loaded import HANDED_OVER  # the data layer: late, a worker imports this module before pandas

    base = Path(jupyter_runtime_dir()) / RUNTIME_FOLDER
    base.mkdir(parents=True, exist_ok=True)
    remove_dead(base)
    saved = {name: os.environ.get(name) for name in ("JUPYTER_PATH", "JUPYTER_RUNTIME_DIR", HANDED_OVER)}
    with _private_folder(base) as folder:
        spec = folder / "kernels" / KERNEL_NAME
        spec.mkdir(parents=True)
        (spec / "kernel.json").write_text(json.dumps(kernelspec(), indent=1, allow_nan=False), encoding="utf-8")
        (folder / "runtime").mkdir()
        (folder / "gelezen").mkdir()
        os.environ["JUPYTER_PATH"] = os.pathsep.join(p for p in (str(folder), saved["JUPYTER_PATH"]) if p)
        os.environ["JUPYTER_RUNTIME_DIR"] = str(folder / "runtime")
        os.environ[HANDED_OVER] = str(folder / "gelezen")
        try:
            yield KERNEL_NAME
        finally:
            for name, value in saved.items():
                if value is None:
                    os.environ.pop(name, None)
                else:
                    os.environ[name] = value


@contextmanager
def _private_folder(base: Path) -> Iterator[Path]:
    """Create ``base/render-<pid>-<random>/`` with its lock held; remove both afterwards.

    The lock file is locked under a name :func:`remove_dead` ignores and then
    renamed, so no other render ever sees it unlocked.
    """
    fd, name = tempfile.mkstemp(prefix=f".render-{os.getpid()}-", suffix=".tmp", dir=base)
    try:
        try_lock(fd)
        lock = base / Path(name).name[1:].replace(".tmp", ".lock")
        os.replace(name, lock)
        folder = lock.with_suffix("")
        folder.mkdir(mode=0o700)  # the notebooks and the dataset it holds are for the user alone
        try:
            yield folder
        finally:
            shutil.rmtree(folder, ignore_errors=True)
            with suppress(OSError):
                lock.unlink()
    finally:
        os.close(fd)
        with suppress(OSError):
            os.unlink(name)


def remove_dead(base: Path) -> list[Path]:
    """Remove the private folders under ``base`` whose render is gone; return them.

    A render is gone when its lock can be taken.  The folder of a render
    that is still running, or whose workers still run, is left alone.
    """
    removed = []
    for lock in sorted(base.glob("render-*.lock")):
        try:
            fd = os.open(lock, os.O_RDWR)
        except OSError:
            continue
        try:
            if try_lock(fd):
                shutil.rmtree(lock.with_suffix(""), ignore_errors=True)
                with suppress(OSError):
                    lock.unlink()
                removed.append(lock.with_suffix(""))
        finally:
            os.close(fd)
    return removed
