"""Worker processes with a time limit per task (kit.render.workers)."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from functools import partial
from pathlib import Path

import psutil
import pytest

from kit.render.workers import Pool, Stopped


def _task(argument: tuple[str, Path]) -> str:
    """``ok`` answers at once; ``hangt`` starts a child (as a worker starts its kernel) and sleeps; ``sterft`` exits."""
    kind, folder = argument
    if kind == "hangt":
        child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(600)"], start_new_session=True)
        (folder / "kind.pid").write_text(str(child.pid))
        time.sleep(600)
    if kind == "sterft":
        os._exit(3)
    return f"{kind} in {os.getpid()}"


def _gone(pid: int) -> bool:
    try:
        return psutil.Process(pid).status() == psutil.STATUS_ZOMBIE
    except psutil.NoSuchProcess:
        return True


def test_every_task_gives_its_result(tmp_path):
    tasks = [("ok", tmp_path)] * 5
    results = list(Pool(_task, 2, 0).run(tasks, timeout=60))
    assert len(results) == 5
    assert all(r.startswith("ok in ") for _, r in results)
    assert len({r for _, r in results}) <= 2, "two workers, each reused"


@pytest.mark.slow
def test_a_task_past_its_limit_is_killed_with_its_children_and_the_rest_goes_on(tmp_path):
    tasks = [("ok", tmp_path), ("hangt", tmp_path), ("ok", tmp_path)]
    start = time.monotonic()
    results = list(Pool(_task, 1, 0).run(tasks, timeout=3))
    assert time.monotonic() - start < 60
    [(_, stopped)] = [(t, r) for t, r in results if t[0] == "hangt"]
    assert isinstance(stopped, Stopped) and stopped.reason == "tijdslimiet" and stopped.seconds >= 3
    first, last = [r for t, r in results if t[0] == "ok"]
    assert first != last, "the task after the killed one ran in a new worker"
    assert _gone(int((tmp_path / "kind.pid").read_text())), "the hanging task's child was killed too"


def test_a_worker_that_dies_fails_its_task_only(tmp_path):
    tasks = [("sterft", tmp_path), ("ok", tmp_path)]
    results = dict(Pool(_task, 1, 0).run(tasks, timeout=60))
    assert results[("sterft", tmp_path)] == Stopped("werkproces", results[("sterft", tmp_path)].seconds)
    assert results[("ok", tmp_path)].startswith("ok in ")


@pytest.mark.slow
def test_closing_early_kills_the_workers(tmp_path):
    results = Pool(_task, 2, 0).run([("hangt", tmp_path), ("ok", tmp_path)], timeout=None)
    task, _result = next(results)
    assert task[0] == "ok"
    while not (tmp_path / "kind.pid").exists():
        time.sleep(0.05)
    children = psutil.Process().children()
    results.close()
    assert all(_gone(c.pid) for c in children)
    assert _gone(int((tmp_path / "kind.pid").read_text()))


def _started(folder: Path) -> None:
    """A worker's preparation: leave its pid in ``folder``."""
    (folder / f"{os.getpid()}.gestart").write_text("")


def _waited_for(folder: Path, count: int) -> list[int]:
    """The pids of the workers that left a mark in ``folder``, once ``count`` did (at most 30 s)."""
    deadline = time.monotonic() + 30
    while len(marks := list(folder.glob("*.gestart"))) < count and time.monotonic() < deadline:
        time.sleep(0.05)
    return sorted(int(mark.stem) for mark in marks)


def test_a_pool_prepares_its_workers_before_the_tasks_are_known(tmp_path):
    """Workers started ahead run their preparation at once; those the tasks do not need are killed."""
    with Pool(_task, 3, 2, prepare=partial(_started, tmp_path)) as pool:
        ahead = _waited_for(tmp_path, 2)
        assert len(ahead) == 2, "both workers started ahead prepared before any task was given"
        results = list(pool.run([("ok", tmp_path)], timeout=60))
        [(_, result)] = results
        assert result.startswith("ok in ") and int(result.split()[-1]) in ahead, "a prepared worker ran the task"
        assert sum(not _gone(pid) for pid in ahead) == 0, "the worker no task needed was killed, the other stopped"


def test_a_pool_starts_the_workers_its_tasks_need_beyond_those_started_ahead(tmp_path):
    with Pool(_task, 2, 1, prepare=partial(_started, tmp_path)) as pool:
        results = list(pool.run([("ok", tmp_path)] * 4, timeout=60))
    assert len(results) == 4 and len({r for _, r in results}) == 2, "two workers: one ahead, one when needed"
    assert len(_waited_for(tmp_path, 2)) == 2, "the worker started later prepared too"


def test_a_pool_that_never_ran_kills_its_workers(tmp_path):
    """The render stops: the data had errors. Nothing of the pool is left."""
    with Pool(_task, 2, 2, prepare=partial(_started, tmp_path)):
        pids = _waited_for(tmp_path, 2)
    assert len(pids) == 2 and all(_gone(pid) for pid in pids)
