"""The loaded, typed dataset that every analysis starts from."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

from .contract import FILES
from .problems import Problem
from .reading import SourceFile
from .typed import typed
from .validation import ValidationResult, validate

#: A file the demo generator writes beside the data: its presence marks the data as fictional.
FICTIONAL_MARKER = "FICTIEF.txt"


class InvalidDataset(ValueError):
    """Raised by :func:`load` when the dataset has errors; ``result`` holds them all."""

    def __init__(self, result: ValidationResult, lang: str = "nl"):
        self.result = result
        super().__init__(f"{len(result.errors)} fout(en) in {result.public(str(result.path))}:\n{result.format(lang)}")


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
        Where it was read from.
    files : list of SourceFile
        The files read, with SHA-256 checksums (for the report's colophon).
    warnings : list of Problem
        What validation warned about.
    marker : SourceFile or None
        The fictional-data marker ``FICTIEF.txt`` beside the files, with its
        checksum (a report records it among its inputs), or ``None``.
    lines : dict
        File stem → the physical line (or spreadsheet row) of each row of its
        frame, in order: where a validation problem's line points
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
    files: list[SourceFile] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)
    marker: SourceFile | None = None
    lines: dict[str, tuple[int, ...]] = field(default_factory=dict)
    cache: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)

    @property
    def fictional(self) -> bool:
        """True for demo data (a ``FICTIEF.txt`` beside the files): reports say so."""
        return self.marker is not None


def load(path: str | Path) -> Dataset:
    """Read and validate a dataset; return it typed, or raise :class:`InvalidDataset`.

    Examples
    --------
    >>> data = load("examples/lindenhof")   # doctest: +SKIP
    >>> data.actoren.loc[0, "vanaf"]                  # doctest: +SKIP
    Timestamp('2022-01-01 00:00:00')
    """
    result = validate(path)
    if not result.ok:
        raise InvalidDataset(result)
    return from_validation(result)


def from_validation(result: ValidationResult) -> Dataset:
    """Build the :class:`Dataset` of a validation result without errors."""
    path = Path(result.path)
    frames, lines = {}, {}
    for stem, spec in FILES.items():
        frame = result.tables.get(stem)
        if frame is None:
            frame = typed(spec, pd.DataFrame({c.name: pd.Series([], dtype=object) for c in spec.columns}))
        lines[stem] = tuple(int(line) for line in frame.index) if frame.index.name == "regel" else ()
        frames[stem] = frame.reset_index(drop=True)
    folder = path if path.is_dir() else path.parent
    return Dataset(
        path=path,
        files=result.files,
        warnings=result.warnings,
        marker=_marker(folder / FICTIONAL_MARKER),
        lines=lines,
        **frames,
    )


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
