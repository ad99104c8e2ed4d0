"""Writing the demo dataset: its CSV files in the contract's shape, and ``FICTIEF.txt``."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from kit.atomic import write_text
from kit.data.contract import FILES
from kit.paths import files_to_write
from kit.safe_cells import safe_rows

from .build import generate

FICTIEF_TEXT = (
    "Dit zijn fictieve demogegevens, gemaakt door de proeftuinkit: alle buurten, "
    "stadsdelen, organisaties en personen zijn verzonnen.\n"
)
#: The files the demo writes, with their columns: every file and column of the contract.
COLUMNS = {stem: [c.name for c in spec.columns] for stem, spec in FILES.items()}


def csv_text(stem: str, rows: list[dict[str, str]]) -> str:
    """Render rows as CSV text with the demo's columns in the contract's order."""
    columns = COLUMNS[stem]
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=columns, lineterminator="\n")
    writer.writeheader()
    writer.writerows(safe_rows(rows))
    return buffer.getvalue()


def write_demo(directory: Path) -> list[Path]:
    """Write the fictional demo dataset into ``directory``.

    Writes the CSV files of :data:`COLUMNS` (UTF-8, ``,``-separated) and
    ``FICTIEF.txt``, creating the directory if needed and overwriting only
    these files.  Each file is written atomically.

    Parameters
    ----------
    directory : pathlib.Path
        Where to write; may already exist.

    Returns
    -------
    list of pathlib.Path
        The written files, in contract order, ``FICTIEF.txt`` last.

    Raises
    ------
    kit.paths.PathProblem
        When the folder or one of the files cannot be written (checked before any is).
    """
    directory = Path(directory)
    files_to_write(directory, [spec.filename for spec in FILES.values()] + ["FICTIEF.txt"])
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    data = generate()
    for stem in COLUMNS:
        rows = data[stem]
        path = directory / FILES[stem].filename
        write_text(path, csv_text(stem, rows))
        written.append(path)
    banner = directory / "FICTIEF.txt"
    write_text(banner, FICTIEF_TEXT)
    return [*written, banner]
