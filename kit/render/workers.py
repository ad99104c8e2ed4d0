"""Run tasks in worker processes, each task within a time limit.

A report can hang: a cell that waits forever, a layout that never ends.  A
limit on cell execution alone does not help, since converting to HTML and
PDF runs in the worker itself, and a thread cannot be stopped from outside.
So every task runs in a worker process that is killed, with everything it
started (its Jupyter kernel), when the task outlives its limit; a fresh
worker takes the next task.  :class:`concurrent.futures.ProcessPoolExecutor`
cannot do this: killing one of its workers breaks the whole pool.

Workers are forked where the platform allows it, so they start fast and
inherit the libraries the parent has loaded (and, in tests, its patches).
A worker runs task after task, keeping what it built (the kernel of
:mod:`.execute`) until it is told to stop or its parent is gone; a worker
whose parent was killed in the middle of a task exits within a second, and
its kernel follows it (ipykernel watches its parent the same way).

A :class:`Pool` can start its workers before their tasks are known, each
first running a preparation of its own (starting its kernel) while the
parent still works out what to do (reads the data).
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from typing import Generic, TypeVar

import psutil

Task = TypeVar("Task")
Result = TypeVar("Result")

#: Seconds a worker gets to stop by itself (stopping its kernel) when the work is done.
STOP_SECONDS = 10


@dataclass(frozen=True)
class Stopped:
    """Why a task gave no result: ``"tijdslimiet"`` (killed after ``seconds``) or ``"werkproces"`` (it died)."""

    reason: str
    seconds: float


def _serve(
    conn: Connection, function: Callable, finish: Callable[[], None] | None, prepare: Callable[[], None] | None
) -> None:
    """The worker's loop: ``prepare``, then run each task received on ``conn`` and send back its result."""
    threading.Thread(target=_exit_when_orphaned, args=(os.getppid(),), daemon=True).start()
    try:
        if prepare is not None:
            prepare()
        while True:
            try:
                task = conn.recv()
            except EOFError:  # the parent is gone
                break
            if task is None:
                break
            conn.send(function(task))
    except (BrokenPipeError, KeyboardInterrupt):
        pass
    finally:
        if finish is not None:
            finish()


def _exit_when_orphaned(parent: int) -> None:
    """Exit this process as soon as its parent ``parent`` is gone, even while a task runs."""
    while os.getppid() == parent:
        time.sleep(1)
    os._exit(1)


def _context():
    """Fork where the platform can (fast, inherits what is loaded); spawn elsewhere."""
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods else "spawn")


def kill_tree(pid: int) -> None:
    """Kill process ``pid`` and every process it started, children first; wait for them."""
    try:
        parent = psutil.Process(pid)
        family = [*parent.children(recursive=True), parent]
    except psutil.NoSuchProcess:
        return
    for process in family:
        with contextlib.suppress(psutil.NoSuchProcess):
            process.kill()
    psutil.wait_procs(family, timeout=STOP_SECONDS)


class _Worker(Generic[Task]):
    """One worker process, the parent's end of its pipe, and the task it is running."""

    def __init__(self, function: Callable, finish: Callable[[], None] | None, prepare: Callable[[], None] | None):
        self.conn, child = _context().Pipe()
        self.process = _context().Process(target=_serve, args=(child, function, finish, prepare), daemon=True)
        self.process.start()
        child.close()
        self.task: Task | None = None
        self.deadline = float("inf")
        self.started = 0.0

    def give(self, task: Task, timeout: float | None) -> None:
        """Send ``task`` to the worker and start its clock."""
        self.task = task
        self.started = time.monotonic()
        self.deadline = self.started + timeout if timeout else float("inf")
        self.conn.send(task)

    def done(self) -> Task:
        """Forget the finished task and return it: the worker is free."""
        task, self.task, self.deadline = self.task, None, float("inf")
        assert task is not None, "done() follows start()"
        return task

    def kill(self) -> None:
        """Kill the worker and everything it started."""
        kill_tree(self.process.pid)
        self.process.join()
        self.conn.close()

    def stop(self) -> None:
        """Ask the worker to stop by itself; kill it if it does not in time."""
        with contextlib.suppress(OSError):
            self.conn.send(None)
        self.process.join(STOP_SECONDS)
        if self.process.is_alive():
            self.kill()
        self.conn.close()


class Pool(Generic[Task, Result]):
    """Worker processes that start before their tasks are known, and then run them (:meth:`run`) once.

    Parameters
    ----------
    function
        A module-level function (picklable where workers are spawned) run on
        every task.  It should not raise: an exception that escapes it kills
        its worker and the task is reported as :class:`Stopped`
        (``"werkproces"``).
    size
        The most workers the pool runs: no more than there are tasks.
    ahead
        Workers started at once, before the tasks are known (at most
        ``size``); :meth:`run` starts the others the tasks need, and stops
        those they do not.
    finish
        Called in a worker when it stops (not when it is killed).
    prepare
        Called in every worker as it starts, before its first task: work
        that does not depend on the tasks (starting a kernel) runs while the
        parent prepares them.  It should not raise; a worker whose
        preparation raised is dead, and its first task is :class:`Stopped`.

    Used as a context manager, the workers left when the block ends (all of
    them, when :meth:`run` was never called) are killed.
    """

    def __init__(
        self,
        function: Callable[[Task], Result],
        size: int,
        ahead: int,
        finish: Callable[[], None] | None = None,
        prepare: Callable[[], None] | None = None,
    ):
        self._function, self._finish, self._prepare = function, finish, prepare
        self.size = max(1, size)
        self._workers: list[_Worker[Task]] = [self._new() for _ in range(min(ahead, self.size))]

    def _new(self) -> _Worker[Task]:
        return _Worker(self._function, self._finish, self._prepare)

    def run(self, tasks: list[Task], timeout: float | None) -> Iterator[tuple[Task, Result | Stopped]]:
        """Run every task; yield each with its result as it completes.

        ``timeout`` is the seconds a task may take, counted from the moment a
        worker gets it; ``None`` or 0 for no limit.  A task past its limit
        yields ``Stopped("tijdslimiet", seconds)``; its worker is killed with
        every process it started, and a new worker takes the next task.
        Workers beyond the number of tasks are killed first; missing ones
        are started before the first result is asked for, so that the
        caller may start threads (a progress bar) afterwards.  Closing the
        iterator early, or an exception in the caller, kills the workers;
        when every task is done they are stopped.
        """
        queue = deque(tasks)
        wanted = min(self.size, len(queue))
        for worker in self._workers[wanted:]:
            worker.kill()
        del self._workers[wanted:]
        self._workers += [self._new() for _ in range(wanted - len(self._workers))]
        return _results(queue, self._workers, self._new, timeout)

    def close(self) -> None:
        """Kill the workers that are left."""
        while self._workers:
            self._workers.pop().kill()

    def __enter__(self) -> Pool[Task, Result]:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


def _results(queue: deque, pool: list[_Worker], new: Callable[[], _Worker], timeout: float | None) -> Iterator:
    """The loop behind :meth:`Pool.run`: hand out tasks, collect results, enforce the limits.

    ``pool`` is the pool's own list of workers, kept up to date: a killed
    worker leaves it, its successor joins it, and it is empty at the end.
    """
    try:
        for worker in pool:
            worker.give(queue.popleft(), timeout)
        while any(w.task is not None for w in pool):
            busy = [w for w in pool if w.task is not None]
            wait_for = max(0.0, min(w.deadline for w in busy) - time.monotonic())
            wait(
                [w.conn for w in busy] + [w.process.sentinel for w in busy],
                None if wait_for == float("inf") else wait_for,
            )
            for worker in busy:
                outcome = _collect(worker)
                if outcome is None:
                    continue
                task = worker.done()
                if isinstance(outcome, Stopped):
                    pool.remove(worker)
                    if queue:
                        worker = new()
                        pool.append(worker)
                if queue:
                    worker.give(queue.popleft(), timeout)
                yield task, outcome
    except BaseException:
        while pool:
            pool.pop().kill()
        raise
    else:
        while pool:
            pool.pop().stop()


def _collect(worker: _Worker):
    """The result of the worker's task if it is in, a :class:`Stopped` if it never will be, else ``None``."""
    reason = "werkproces"
    if worker.conn.poll():
        try:
            return worker.conn.recv()
        except (EOFError, OSError):  # the worker died while sending
            pass
    elif not worker.process.is_alive():
        pass
    elif time.monotonic() >= worker.deadline:
        reason = "tijdslimiet"
    else:
        return None
    seconds = time.monotonic() - worker.started
    worker.kill()
    return Stopped(reason, seconds)
