"""The kit's own Jupyter kernel: the Python that runs the kit itself.

Reports must run in the interpreter where the kit and its dependencies are
installed (normally the project's venv).  Asking for the kernel ``python3``
is not enough: a ``python3`` kernelspec in the user's own Jupyter directory
(``~/.local/share/jupyter/kernels``) takes precedence over the venv's and may
point at another Python.  Installing a kernelspec globally is not wanted
either.  So for the duration of a render the kit writes a private kernelspec,
``proeftuin-kit``, whose command is :data:`sys.executable`, into a temporary
directory and puts that directory first on ``JUPYTER_PATH`` (which Jupyter
searches before all other locations).  Worker processes inherit the variable.

The kernel's own log (a warning about unencrypted local TCP, an error when
it is interrupted at shutdown) is silenced: it is noise on the console of a
batch, and what goes wrong in a report cell is kept in its notebook anyway.
IPython's command history is off: parallel kernels otherwise queue on the
lock of one SQLite file in ``~/.ipython``, and reports have no use for it.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

KERNEL_NAME = "proeftuin-kit"


def kernelspec() -> dict:
    """Return the kernelspec that starts a quiet IPython kernel in this interpreter."""
    return {
        "argv": [
            sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}",
            "--IPKernelApp.log_level=CRITICAL", "--HistoryManager.enabled=False",
        ],
        "display_name": "Proeftuin kit",
        "language": "python",
        "metadata": {"debugger": False},
    }


@contextmanager
def kit_kernel() -> Iterator[str]:
    """Make the kernel :data:`KERNEL_NAME` available; yield its name.

    ``JUPYTER_PATH`` is restored and the temporary kernelspec removed on exit.
    """
    previous = os.environ.get("JUPYTER_PATH")
    with tempfile.TemporaryDirectory(prefix="proeftuin-kernel-") as tmp:
        folder = Path(tmp) / "kernels" / KERNEL_NAME
        folder.mkdir(parents=True)
        (folder / "kernel.json").write_text(json.dumps(kernelspec(), indent=1), encoding="utf-8")
        os.environ["JUPYTER_PATH"] = os.pathsep.join(p for p in (tmp, previous) if p)
        try:
            yield KERNEL_NAME
        finally:
            if previous is None:
                os.environ.pop("JUPYTER_PATH", None)
            else:
                os.environ["JUPYTER_PATH"] = previous
