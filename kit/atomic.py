"""Atomic file writes, so that an interrupted batch leaves no half-written report.

A file is written to a temporary file in the same directory and then moved
over the target with :func:`os.replace`, which is atomic on POSIX and Windows
when source and target are on the same file system.  A reader therefore sees
either the old complete file or the new complete file, never a partial one.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def _umask() -> int:
    """Return the process umask (reading it requires setting it)."""
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_bytes(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` atomically, creating parent directories.

    The temporary file gets the permissions an ordinary new file would get
    (``0o666`` minus the umask) rather than the private ``0o600`` of
    :mod:`tempfile`, so reports stay readable for colleagues.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, 0o666 & ~_umask())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_text(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` atomically as UTF-8."""
    write_bytes(path, text.encode("utf-8"))
