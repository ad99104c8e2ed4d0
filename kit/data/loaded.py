"""A dataset read once per process for as long as its files stay unchanged, and once per render.

A report kernel renders report after report from one dataset
(:mod:`kit.render.execute`), and the render factory reads the same dataset
to plan its jobs: each asks :func:`load_dataset`, so the dataset is read
and validated once, and the figures each report computes stay in its cache
for the next.  Reports only read the dataset.  Several datasets combined
(:mod:`kit.data.combine`) are one dataset here, known by all their paths.

A render's kernels are processes of their own.  So that they do not read
and validate again what the render has just read (about 0.6 s of every
kernel's first report), the render hands the dataset over
(:func:`hand_over`): pickled into its private folder
(:func:`kit.render.kernel.kit_kernel`), which only the user can write and
which holds the kernels' own specification, and removed with it.  A kernel
takes it only while every file of the dataset is as it was when it was
handed over.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .dataset import Dataset

#: The environment variable that names the folder where a render hands its datasets to its kernels.
HANDED_OVER = "PROEFTUIN_GELEZEN"

Stamp = tuple[tuple[str, int, int], ...]
#: Datasets read by :func:`load_dataset` in this process: paths -> (stamp, dataset).
_LOADED: dict[tuple[Path, ...], tuple[Stamp, Dataset]] = {}


def load_dataset(dataset: Dataset | str | os.PathLike[str] | Sequence[str | os.PathLike[str]]) -> Dataset:
    """A loaded :class:`~kit.data.dataset.Dataset`, from itself, from a path or from several paths combined.

    Paths are read and validated once per process for as long as their
    files stay unchanged (same names, sizes and modification times), every
    file of every dataset; during a render, not at all when the render
    handed the dataset over (:func:`hand_over`).
    """
    from .dataset import Dataset, load  # late: a render names HANDED_OVER before it imports pandas

    if isinstance(dataset, Dataset):
        return dataset
    paths = tuple(Path(p).resolve() for p in ([dataset] if isinstance(dataset, str | os.PathLike) else dataset))
    stamp = _stamps(paths)
    known = _LOADED.get(paths)
    if known is None or known[0] != stamp:
        handed = _handed(paths, stamp)
        known = _LOADED[paths] = (stamp, handed or load(paths if len(paths) > 1 else paths[0]))
    return known[1]


def hand_over(dataset: Dataset) -> None:
    """Leave ``dataset`` for this render's kernels, which would otherwise read and validate it again.

    Does nothing outside a render (no :data:`HANDED_OVER` folder).  The
    file is written privately and atomically; the dataset's cache stays
    behind (each kernel computes its own figures).
    """
    folder = os.environ.get(HANDED_OVER)
    if not folder:
        return
    paths = tuple(path.resolve() for path in dataset.paths or (dataset.path,))
    handle, name = tempfile.mkstemp(dir=folder, suffix=".tmp")  # readable by the user alone
    with os.fdopen(handle, "wb") as file:
        pickle.dump((_stamps(paths), replace(dataset, cache={})), file, protocol=pickle.HIGHEST_PROTOCOL)
    os.replace(name, _handed_path(Path(folder), paths))


def _handed(paths: tuple[Path, ...], stamp: Stamp) -> Dataset | None:
    """The dataset at ``paths`` as this render handed it over, if it did and its files are unchanged since."""
    folder = os.environ.get(HANDED_OVER)
    if not folder:
        return None
    try:
        with _handed_path(Path(folder), paths).open("rb") as file:
            handed_stamp, dataset = pickle.load(file)  # the render's own file, in its private folder
    except OSError:
        return None
    return dataset if handed_stamp == stamp else None


def _handed_path(folder: Path, paths: tuple[Path, ...]) -> Path:
    """The file in ``folder`` that holds the dataset read from ``paths``."""
    return folder / (hashlib.sha256("\n".join(map(str, paths)).encode()).hexdigest()[:32] + ".pickle")


def _stamps(paths: tuple[Path, ...]) -> Stamp:
    """Name, size and modification time of every file of every dataset at ``paths``."""
    return tuple(entry for path in paths for entry in _stamp(path))


def _stamp(path: Path) -> Stamp:
    """Name, size and modification time of every file of the dataset at ``path``."""
    files = sorted(path.iterdir()) if path.is_dir() else [path]
    return tuple((str(f), s.st_size, s.st_mtime_ns) for f in files if f.is_file() for s in [f.stat()])
