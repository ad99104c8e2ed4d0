"""A dataset read once per process, for as long as its files stay unchanged.

A report kernel renders report after report from one dataset
(:mod:`kit.render.execute`), and the render factory reads the same dataset
to plan its jobs: each asks :func:`load_dataset`, so the dataset is read
and validated once, and the figures each report computes stay in its cache
for the next.  Reports only read the dataset.  Several datasets combined
(:mod:`kit.data.combine`) are one dataset here, known by all their paths.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from .dataset import Dataset, load

#: Datasets read by :func:`load_dataset` in this process: paths -> (stamp, dataset).
_LOADED: dict[tuple[Path, ...], tuple[tuple[tuple[str, int, int], ...], Dataset]] = {}


def load_dataset(dataset: Dataset | str | os.PathLike[str] | Sequence[str | os.PathLike[str]]) -> Dataset:
    """A loaded :class:`~kit.data.dataset.Dataset`, from itself, from a path or from several paths combined.

    Paths are read and validated once per process for as long as their
    files stay unchanged (same names, sizes and modification times), every
    file of every dataset.
    """
    if isinstance(dataset, Dataset):
        return dataset
    paths = tuple(Path(p).resolve() for p in ([dataset] if isinstance(dataset, str | os.PathLike) else dataset))
    stamp = tuple(entry for path in paths for entry in _stamp(path))
    known = _LOADED.get(paths)
    if known is None or known[0] != stamp:
        known = _LOADED[paths] = (stamp, load(paths if len(paths) > 1 else paths[0]))
    return known[1]


def _stamp(path: Path) -> tuple[tuple[str, int, int], ...]:
    """Name, size and modification time of every file of the dataset at ``path``."""
    files = sorted(path.iterdir()) if path.is_dir() else [path]
    return tuple((str(f), s.st_size, s.st_mtime_ns) for f in files if f.is_file() for s in [f.stat()])
