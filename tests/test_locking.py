"""Locks between processes (kit.locking): one holder at a time, released by a crash, no file left behind."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time

import psutil
import pytest

from kit.locking import locked, try_lock


def test_one_holder_at_a_time(tmp_path):
    """Threads add one to a number in a file, read and write apart, many times: no addition is lost.

    Each holder removes the lock file as it lets go while others wait on it: a
    waiter that then held the removed file's lock beside the next holder of a
    new file would lose additions.
    """
    lock, counter = tmp_path / ".teller.lock", tmp_path / "teller"
    counter.write_text("0")

    def add(times: int) -> None:
        for _ in range(times):
            with locked(lock):
                value = int(counter.read_text())
                time.sleep(0.0005)
                counter.write_text(str(value + 1))

    threads = [threading.Thread(target=add, args=(50,)) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert counter.read_text() == "200"
    assert list(tmp_path.iterdir()) == [counter], "the lock file is removed"


def test_a_killed_holder_leaves_nothing_locked(tmp_path):
    """A process holding the lock is killed (-9): the lock is free at once, and its file is cleaned up by the next."""
    lock = tmp_path / "rapport" / ".maandrapport.lock"
    script = (
        "import sys, time; from pathlib import Path; from kit.locking import locked\n"
        "with locked(Path(sys.argv[1])):\n    print('vast', flush=True)\n    time.sleep(600)"
    )
    holder = subprocess.Popen([sys.executable, "-c", script, str(lock)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline() == "vast\n"
        taken = threading.Event()

        def take() -> None:
            with locked(lock):
                taken.set()

        waiter = threading.Thread(target=take, daemon=True)
        waiter.start()
        assert not taken.wait(0.5), "the lock is held by the other process"
        fd = os.open(lock, os.O_RDONLY)
        try:
            assert not try_lock(fd)
        finally:
            os.close(fd)
        os.kill(holder.pid, signal.SIGKILL)
        holder.wait()
        assert taken.wait(10), "a killed holder's lock is free"
        waiter.join()
    finally:
        holder.kill()
        holder.wait()
        if holder.stdout is not None:
            holder.stdout.close()
    assert not lock.exists(), "the next holder removed the file the killed one left"


def test_the_lock_is_released_when_the_block_raises(tmp_path):
    lock = tmp_path / ".x.lock"
    before = psutil.Process().num_fds()
    with pytest.raises(KeyError), locked(lock):
        assert lock.exists()
        raise KeyError
    assert psutil.Process().num_fds() == before, "the lock file is closed, so its lock released"
    assert not lock.exists()
