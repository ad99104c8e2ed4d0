"""Locks between processes, so that two renders into one folder take turns where they must.

A lock is the operating system's lock on an open file (:func:`fcntl.flock`,
on Windows :func:`msvcrt.locking`), not a file whose existence means
"locked": the operating system releases it when the process that holds it
ends, also after ``kill -9`` or a crash, so a render that dies never leaves
a report locked.

:func:`locked` removes its lock file when it releases the lock, so a
finished render leaves no file behind.  A process that was waiting on the
file just removed gets a lock nobody else can see; it notices (the name no
longer leads to the file it holds) and waits on the new file instead.
Windows cannot remove an open file: there the lock file stays, which is
harmless.
"""

from __future__ import annotations

import errno
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None  # type: ignore[assignment]  # tested before every use
    import msvcrt


def try_lock(fd: int) -> bool:
    """Take the exclusive lock on the open file ``fd`` without waiting; return whether it was free."""
    try:
        if fcntl is not None:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        else:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
    except OSError:
        return False
    return True


def _wait_for_lock(fd: int) -> None:
    """Take the exclusive lock on the open file ``fd``, waiting as long as another process holds it."""
    if fcntl is not None:
        fcntl.flock(fd, fcntl.LOCK_EX)
        return
    while True:
        try:
            msvcrt.locking(fd, msvcrt.LK_LOCK, 1)
            return
        except OSError as error:  # it gives up after ten seconds: then wait again
            if error.errno != errno.EDEADLOCK:
                raise


@contextmanager
def locked(path: Path) -> Iterator[None]:
    """Hold the exclusive lock of the lock file ``path`` while the block runs.

    Waits while another process (or another :func:`locked` of this one)
    holds it; the lock file and its folder are created when missing.  Not
    reentrant: taking the same lock again inside the block waits forever.
    A process forked inside the block would hold the lock too, until it
    ends: start workers before or after.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    while True:  # another round only when the holder removed the file while this process waited on it
        fd = os.open(path, os.O_RDONLY | os.O_CREAT, 0o666)
        try:
            _wait_for_lock(fd)
            if _names(path, fd):
                break
        except BaseException:
            os.close(fd)
            raise
        os.close(fd)
    try:
        yield
    finally:
        try:
            path.unlink(missing_ok=True)  # while still held: whoever waits on this file starts again
        except OSError:  # Windows cannot remove an open file; it stays, unlocked below
            pass
        finally:
            os.close(fd)


def _names(path: Path, fd: int) -> bool:
    """Whether ``path`` still names the open file ``fd``."""
    try:
        return os.path.samestat(os.stat(path), os.fstat(fd))
    except FileNotFoundError:
        return False
