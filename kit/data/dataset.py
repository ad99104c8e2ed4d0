"""The loaded, typed dataset that every analysis starts from."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pandas as pd

from .contract import FILES
from .problems import Problem
from .reading import SourceFile
from .typed import typed

if TYPE_CHECKING:
    from .validation import ValidationResult

#: A file the demo generator writes beside the data: its presence marks the data as fictional.
FICTIONAL_MARKER = "FICTIEF.txt"


class InvalidDataset(ValueError):
    """Raised by :func:`load` when the dataset has errors; ``result`` holds them all."""

    def __init__(self, result: ValidationResult, lang: str = "nl"):
        self.result = result
        where = ", ".join(result.public(str(path)) for path in result.paths or (result.path,))
        super().__init__(f"{len(result.errors)} fout(en) in {where}:\n{result.format(lang)}")


@dataclass
class Dataset:
    """A valid dataset: one typed :class:`pandas.DataFrame` per file of the contract.

    Optional files that were absent are empty frames with the contract's
    columns, and optional columns that were absent are empty columns, so
    analysis code never has to ask whether a file or column existed (nor
    which version of the contract the data was written for).

    Attributes
    ----------
    path : Path
        Where it was read from (the first dataset, when several were combined).
    paths : tuple of Path
        Every dataset it was read from: one, or several combined
        (:mod:`kit.data.combine`).
    files : list of SourceFile
        The files read, with SHA-256 checksums (for the report's colophon);
        when several datasets were combined, each named with its dataset
        (``noord/actoren.csv``, ``zuid.xlsx``).
    warnings : list of Problem
        What validation warned about.
    markers : list of SourceFile
        The fictional-data marker ``FICTIEF.txt`` beside the files of each
        dataset that has one, with its checksum (a report records it among
        its inputs).
    places : dict
        File stem → where each row of its frame was read, in order: the
        ``(source, line)`` a validation problem points at
        (:mod:`kit.data.concerns`).
    cache : dict
        Derived structures (the per-buurt split of :mod:`kit.analysis.snapshot`),
        computed once.  Treat the frames as read-only, or clear it.
    """

    path: Path
    buurten: pd.DataFrame
    actoren: pd.DataFrame
    relaties: pd.DataFrame
    activiteiten: pd.DataFrame
    acties: pd.DataFrame
    intervisie: pd.DataFrame
    maatlat: pd.DataFrame
    resultaten: pd.DataFrame
    verzoeken: pd.DataFrame
    erkenning: pd.DataFrame
    tafels: pd.DataFrame
    dialogen: pd.DataFrame
    dialoogafspraken: pd.DataFrame
    draaglast: pd.DataFrame
    paths: tuple[Path, ...] = ()
    files: list[SourceFile] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)
    markers: list[SourceFile] = field(default_factory=list)
    places: dict[str, tuple[tuple[str, int], ...]] = field(default_factory=dict)
    cache: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)

    @property
    def fictional(self) -> bool:
        """True for demo data (a ``FICTIEF.txt`` beside the files of any of its datasets): reports say so."""
        return bool(self.markers)


def load(path: str | Path | Sequence[str | Path]) -> Dataset:
    """Read and validate a dataset, or several as one (:mod:`kit.data.combine`); return it typed, or raise
    :class:`InvalidDataset`.

    Examples
    --------
    >>> data = load("examples/lindenhof")   # doctest: +SKIP
    >>> data.actoren.loc[0, "vanaf"]                  # doctest: +SKIP
    Timestamp('2022-01-01 00:00:00')
    """
    from .combine import validate_all  # here: a report kernel handed its dataset never loads pandera

    result = validate_all([path] if isinstance(path, str | os.PathLike) else path)
    if not result.ok:
        raise InvalidDataset(result)
    return from_validation(result)


def from_validation(result: ValidationResult) -> Dataset:
    """Build the :class:`Dataset` of a validation result without errors."""
    paths = result.paths or (Path(result.path),)
    frames = {}
    for stem, spec in FILES.items():
        frame = result.tables.get(stem)
        if frame is None:
            frame = typed(spec, pd.DataFrame({c.name: pd.Series([], dtype=object) for c in spec.columns}))
        frames[stem] = frame.reset_index(drop=True)
    return Dataset(
        path=paths[0],
        paths=paths,
        files=result.files,
        warnings=result.warnings,
        markers=_markers(paths),
        places=result.places,
        **frames,
    )


def _markers(paths: Sequence[Path]) -> list[SourceFile]:
    """The fictional-data markers beside the datasets at ``paths``, each once, named with its dataset when several."""
    from .combine import labels, prefix, qualified

    markers: dict[Path, SourceFile] = {}
    names = labels(paths) if len(paths) > 1 else [""]
    for path, name in zip(paths, names, strict=True):
        file = (path if path.is_dir() else path.parent) / FICTIONAL_MARKER
        found = _marker(file)
        if found is not None and file.resolve() not in markers:
            markers[file.resolve()] = replace(found, name=qualified(prefix(path, name) if name else "", found.name))
    return list(markers.values())


def _marker(path: Path) -> SourceFile | None:
    """The fictional-data marker at ``path`` with its SHA-256, or ``None`` when there is none.

    Read in blocks, so a huge marker costs no memory.  One that is no file
    (a folder of that name, a pipe, which could block reading) or cannot be
    read still marks the data as fictional; its checksum then says so.
    """
    if not path.is_file():
        return SourceFile(path.name, "onleesbaar") if path.exists() else None
    try:
        with path.open("rb") as handle:
            return SourceFile(path.name, hashlib.file_digest(handle, "sha256").hexdigest())
    except FileNotFoundError:  # removed since
        return None
    except OSError:  # no permission
        return SourceFile(path.name, "onleesbaar")
