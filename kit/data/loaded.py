"""A dataset read once per process, for as long as its files stay unchanged.

A report kernel renders report after report from one dataset
(:mod:`kit.render.execute`), and the render factory reads the same dataset
to plan its jobs: each asks :func:`load_dataset`, so the dataset is read
and validated once, and the figures each report computes stay in its cache
for the next.  Reports only read the dataset.
"""

from __future__ import annotations

import os
from pathlib import Path

from .dataset import Dataset, load

#: Datasets read by :func:`load_dataset` in this process: path -> (stamp, dataset).
_LOADED: dict[Path, tuple[tuple[tuple[str, int, int], ...], Dataset]] = {}


def load_dataset(dataset: Dataset | str | os.PathLike[str]) -> Dataset:
    """A loaded :class:`~kit.data.dataset.Dataset`, from itself or from a path.

    A path is read and validated once per process for as long as its files
    stay unchanged (same names, sizes and modification times).
    """
    if not isinstance(dataset, str | os.PathLike):
        return dataset
    path = Path(dataset).resolve()
    stamp = _stamp(path)
    known = _LOADED.get(path)
    if known is None or known[0] != stamp:
        known = _LOADED[path] = (stamp, load(path))
    return known[1]


def _stamp(path: Path) -> tuple[tuple[str, int, int], ...]:
    """Name, size and modification time of every file of the dataset at ``path``."""
    files = sorted(path.iterdir()) if path.is_dir() else [path]
    return tuple((f.name, s.st_size, s.st_mtime_ns) for f in files if f.is_file() for s in [f.stat()])
