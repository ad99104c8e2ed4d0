"""Paths the user names: checked before any work, and explained in one Dutch line when they cannot be used.

A command that is going to write checks its targets first: a folder must be
a folder (or not exist yet) and writable, a file must not be a folder.  The
check creates nothing: writability is tried with an anonymous temporary file
in the nearest existing folder, which is what the operating system will
really allow (permissions, a read-only disk, a full quota), also for root,
whom permission bits do not stop.  So a wrong ``--out`` is reported before a
panel is computed or a report rendered, and nothing is half-written.

What the checks cannot foresee (a disk that fills up halfway) still arrives
as an :class:`OSError`; :func:`describe` turns it into the same kind of line.

A file the kit reads (a workbook, each CSV file of a dataset folder) must be
a regular file: :func:`input_refusal` says why one is not, without opening it
(opening a named pipe waits for a writer, reading a device may never end),
and :func:`read_input` reads one with a bound.
"""

from __future__ import annotations

import errno
import os
import stat
import tempfile
from pathlib import Path

#: How each operating-system error is said to a facilitator.
REASONS = {
    errno.ENOENT: "bestaat niet",
    errno.EACCES: "geen toestemming",
    errno.EPERM: "geen toestemming",
    errno.ENOTDIR: "een deel van het pad is een bestand, geen map",
    errno.EISDIR: "is een map, geen bestand",
    errno.EROFS: "de schijf is alleen-lezen",
    errno.ENOSPC: "de schijf is vol",
    errno.EEXIST: "bestaat al",
    errno.ENAMETOOLONG: "de naam is te lang",
}
#: Workbooks the kit reads (openpyxl's formats).
WORKBOOK_SUFFIXES = (".xlsx", ".xlsm")
#: :func:`read_input` reads this much at a time.
_PIECE = 2**20
#: How each of :func:`input_refusal`'s reasons is said to a facilitator, after the path.
REFUSALS = {
    "folder": "is een map, geen bestand",
    "special": "is geen gewoon bestand (een apparaat, een pipe of een socket) en wordt niet gelezen",
    "outside": "is een snelkoppeling naar een bestand buiten de map van de dataset en wordt niet gelezen",
    "dangling": "is een snelkoppeling die nergens naar wijst",
}


class PathProblem(Exception):
    """A path that cannot be used; the message is one Dutch line that names it."""


def describe(error: OSError) -> str:
    """Return ``error`` as one Dutch line: the path and what is wrong with it.

    >>> describe(IsADirectoryError(errno.EISDIR, "Is a directory", "uit/panel.csv"))
    'uit/panel.csv: is een map, geen bestand'
    """
    reason = REASONS.get(error.errno or 0) or error.strerror or type(error).__name__
    return f"{error.filename}: {reason}" if error.filename else reason


def _nearest_existing(path: Path) -> Path:
    """``path`` itself if it exists, else its nearest ancestor that does."""
    for candidate in (path, *path.parents):
        if candidate.exists():
            return candidate
    return Path.cwd()


def _file_in_the_way(path: Path) -> Path | None:
    """The first component of ``path`` that is a file where a folder is needed, if any."""
    for candidate in reversed((path, *path.parents)):
        if candidate.exists() and not candidate.is_dir():
            return candidate
    return None


def folder_to_write(path: str | Path) -> Path:
    """Check that ``path`` is, or can become, a folder this process can write in; return it.

    Raises
    ------
    PathProblem
        ``path`` (or a folder above it) is a file, or the nearest existing
        folder takes no new files.
    """
    path = Path(path)
    blocking = _file_in_the_way(path.absolute())
    if blocking == path.absolute():
        raise PathProblem(f"{path}: is een bestand, geen map")
    if blocking is not None:
        raise PathProblem(f"{path}: kan hier geen map maken ({blocking} is een bestand, geen map)")
    _try_writing(path, path)
    return path


def file_to_write(path: str | Path) -> Path:
    """Check that ``path`` can be written as a file: not a folder, in a folder that can be written; return it."""
    path = Path(path)
    if path.is_dir():
        raise PathProblem(f"{path}: is een map, geen bestand")
    blocking = _file_in_the_way(path.parent.absolute())
    if blocking is not None:
        raise PathProblem(f"{path}: kan hier geen bestand maken ({blocking} is een bestand, geen map)")
    _try_writing(path, path.parent)
    return path


def _try_writing(path: Path, folder: Path) -> None:
    """Create and drop an anonymous file in ``folder`` or its nearest existing ancestor.

    Raise, naming ``path``, if that fails.
    """
    folder = _nearest_existing(folder.absolute())
    try:
        with tempfile.TemporaryFile(dir=folder):
            pass
    except OSError as error:
        raise PathProblem(
            f"{path}: kan niet schrijven in {folder} ({REASONS.get(error.errno or 0) or error.strerror})"
        ) from None


def files_to_write(folder: Path, names) -> list[Path]:
    """Check ``folder`` and every file ``names`` in it before one of them is written; return the paths."""
    folder_to_write(folder)
    return [file_to_write(Path(folder) / name) for name in names]


def input_refusal(path: Path, folder: Path | None = None) -> str | None:
    """Why the kit does not read ``path`` as an input file, a key of :data:`REFUSALS`; ``None`` if it may.

    Only a regular file is read, never a folder, named pipe, device or
    socket (``"folder"``, ``"special"``), and this is found without opening
    the path.  A symbolic link is followed, but for a file of a dataset
    ``folder`` only to a file inside that folder (``"outside"``): a link to
    ``/etc/passwd`` named ``actoren.csv`` would otherwise have its first line
    quoted in a message.  A link to nothing, or to itself, is ``"dangling"``.
    A path that does not exist is left to whatever opens it.
    """
    if folder is not None and path.is_symlink():
        try:
            target = path.resolve(strict=True)
        except (OSError, RuntimeError):  # missing, or a loop (RuntimeError before Python 3.13)
            return "dangling"
        if not target.is_relative_to(folder.resolve()):
            return "outside"
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return "dangling" if path.is_symlink() else None
    if stat.S_ISDIR(mode):
        return "folder"
    return None if stat.S_ISREG(mode) else "special"


def read_input(path: Path, limit: int) -> bytes | None:
    """The bytes of the input file ``path`` (see :func:`input_refusal`), or ``None`` if it holds more than ``limit``.

    The file is opened without waiting and read a megabyte at a time up to
    ``limit``, so that even a file swapped for a pipe or a device after
    :func:`input_refusal` looked can neither hang nor fill the memory.
    """
    descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))  # Windows has no O_NONBLOCK
    with os.fdopen(descriptor, "rb") as stream:
        if os.fstat(descriptor).st_size > limit:
            return None
        pieces, size = [], 0
        while piece := stream.read(min(_PIECE, limit + 1 - size)):
            pieces.append(piece)
            size += len(piece)
            if size > limit:
                return None
    return b"".join(pieces)


def dataset_to_read(path: str | Path) -> Path:
    """Check that ``path`` is a dataset that can be read: a folder, or a workbook; return it.

    Raises
    ------
    PathProblem
        ``path`` does not exist, cannot be read, is a file but no workbook
        (a facilitator naming ``actoren.csv`` instead of its folder), or a
        workbook that is no regular file (:func:`input_refusal`; it is not
        opened).
    """
    path = Path(path)
    if not path.exists():
        blocking = _file_in_the_way(path.absolute())
        where = f" ({blocking} is een bestand, geen map)" if blocking is not None else ""
        raise PathProblem(f"dataset '{path}' bestaat niet{where}")
    try:
        if path.is_dir():
            os.listdir(path)
        elif path.suffix.lower() in WORKBOOK_SUFFIXES:
            if refusal := input_refusal(path):
                raise PathProblem(f"dataset '{path}' {REFUSALS[refusal]}")
            with path.open("rb"):
                pass
        else:
            raise PathProblem(
                f"dataset '{path}' is een bestand, geen map en geen Excel-werkmap: "
                "geef de map met de CSV-bestanden of een .xlsx-werkmap"
            )
    except OSError as error:
        raise PathProblem(
            f"dataset '{path}' is niet te lezen ({REASONS.get(error.errno or 0) or error.strerror})"
        ) from None
    return path
