"""The demo dataset loaded, wherever the caller runs: for notebooks that need data without a path.

Not imported by :mod:`kit.demo` itself: ``proeftuin demo`` only writes
files, and need not load the data layer's validation to do so.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from kit.data.dataset import Dataset, load

from .writer import write_demo


def load_demo() -> Dataset:
    """The demo dataset, written afresh into a temporary folder and loaded from there.

    The folder is removed again: the dataset is in memory, and its ``files``
    keep their names and checksums.  The same on every call, like the demo's
    files; ``notebooks/verkennen.ipynb`` explores it when no dataset is given.
    """
    with tempfile.TemporaryDirectory(prefix="proeftuin-demo-") as folder:
        write_demo(Path(folder))
        return load(folder)
