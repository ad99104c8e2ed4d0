"""The batch when things go wrong: a report that hangs, a render that is killed (kit.render.batch, .kernel).

These renders use two tiny report notebooks (a report of the buurt ``traag``
sleeps ten minutes), so that what is tested is the batch, not the reports.
"""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import nbformat
import psutil
import pytest
from helpers import EXAMPLE as LINDENHOF
from nbformat.v4 import new_code_cell, new_notebook

from kit.render.batch import Job, render
from kit.render.kernel import RUNTIME_FOLDER, kit_kernel, remove_dead
from kit.render.page import Page
from kit.render.versions import Decision, made_from

MAAND = "2024-04"
#: Seconds a tiny report may take: about 2.5 s on a loaded 2-core machine, so four times that.
LIMIT = 10


@pytest.fixture(scope="module")
def notebooks(tmp_path_factory) -> Path:
    """A maandrapport that prints its buurt (and for ``traag`` first sleeps), and an overzicht that prints its month."""
    folder = tmp_path_factory.mktemp("notebooks")
    bodies = {
        "maandrapport": "import time\nif buurt == 'traag':\n    time.sleep(600)\nprint(buurt)",
        "overzicht": "print(maand)",
    }
    for name, body in bodies.items():
        parameters = new_code_cell('dataset = ""\nmaand = ""\nbuurt = ""', metadata={"tags": ["parameters"]})
        nb = new_notebook(cells=[parameters, new_code_cell(body)])
        nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
        nbformat.write(nb, folder / f"{name}.ipynb")
    return folder


@pytest.fixture
def runtime(tmp_path, monkeypatch) -> Path:
    """A Jupyter runtime folder of the test's own; returns the folder of the kit's private render folders."""
    monkeypatch.setenv("JUPYTER_RUNTIME_DIR", str(tmp_path / "runtime"))
    return tmp_path / "runtime" / RUNTIME_FOLDER


def _alive(processes) -> list[psutil.Process]:
    """Those of ``processes`` still running (a zombie is not)."""
    alive = []
    for process in processes:
        try:
            if process.status() != psutil.STATUS_ZOMBIE:
                alive.append(process)
        except psutil.NoSuchProcess:
            pass
    return alive


def _kit_processes(runtime: Path) -> list[psutil.Process]:
    """Processes whose command line names ``runtime``: the kernels of a render there."""
    found = []
    for process in psutil.process_iter(["cmdline"]):
        if any(str(runtime) in part for part in process.info["cmdline"] or ()):
            found.append(process)
    return found


@pytest.mark.slow
def test_a_hanging_report_fails_alone_and_the_batch_goes_on(notebooks, runtime, tmp_path):
    out = tmp_path / "rapporten"
    start = time.monotonic()
    summary = render(
        LINDENHOF,
        MAAND,
        buurten=["lindenhof", "traag"],
        out=out,
        jobs=1,
        progress=False,
        notebooks=notebooks,
        timeout=LIMIT,
    )
    assert time.monotonic() - start < 120, "the hanging report was stopped, not waited for"
    assert [(o.naam, o.status) for o in summary.outcomes] == [
        ("lindenhof", "geschreven"),
        ("traag", "mislukt"),
        ("overzicht", "geschreven"),
    ]
    [late] = summary.failed
    assert late.error == "tijdslimiet" and late.seconds["totaal"] >= LIMIT
    line = next(line for line in summary.describe().splitlines() if line.startswith("traag:"))
    assert line == f"traag: MISLUKT (tijdslimiet: na {LIMIT} seconden afgebroken; meer tijd geven kan met --timeout)"
    assert (out / MAAND / "overzicht.pdf").exists(), "the report after the hanging one ran in a fresh worker"
    assert not (out / MAAND / "traag").exists() or not list((out / MAAND / "traag").iterdir())
    assert not _alive(psutil.Process().children(recursive=True)), "no worker or kernel left running"
    assert not list(runtime.iterdir()), "the private runtime folder is removed"


@pytest.mark.slow
def test_a_killed_render_is_cleaned_up_by_the_next(notebooks, runtime, tmp_path):
    """SIGKILL a render in the middle of a report; its worker and kernel follow; the next render removes its folder."""
    script = (
        "import sys; from pathlib import Path; from kit.render.batch import render; "
        f"render({str(LINDENHOF)!r}, {MAAND!r}, buurten=['traag'], out=Path(sys.argv[1]), jobs=1, progress=False, "
        f"notebooks=Path({str(notebooks)!r}), timeout=None)"
    )
    render_process = subprocess.Popen(
        [sys.executable, "-c", script, str(tmp_path / "rapporten")], env=os.environ.copy()
    )
    family: list[psutil.Process] = []
    try:
        deadline = time.monotonic() + 120
        while not list(runtime.glob("render-*/runtime/kernel-*.json")):
            assert time.monotonic() < deadline and render_process.poll() is None, "the render did not start its kernel"
            time.sleep(0.2)
        [dead] = [p for p in runtime.iterdir() if p.is_dir()]
        family = psutil.Process(render_process.pid).children(recursive=True)
        assert len(family) == 2, "a worker and its kernel run"
        os.kill(render_process.pid, signal.SIGKILL)
        render_process.wait()
        _gone, alive = psutil.wait_procs(family, timeout=15)
        assert not _alive(alive), "the worker and the kernel of a killed render stop by themselves"
    finally:  # whatever failed above, leave no process behind
        render_process.kill()
        for process in family:
            with contextlib.suppress(psutil.NoSuchProcess):
                process.kill()
    assert dead.exists(), "a killed render cannot clean up after itself"

    with kit_kernel():
        assert not dead.exists(), "the next render removed the dead render's folder"
        [own] = [p for p in runtime.iterdir() if p.is_dir()]
        assert remove_dead(runtime) == [] and own.exists(), "a running render's folder is left alone"
    assert not list(runtime.iterdir())
    assert not _alive(_kit_processes(runtime))


def _job(folder: Path, files: dict[str, str], force: bool = False) -> Job:
    return Job(
        "lindenhof",
        Path("maandrapport.ipynb"),
        {},
        folder,
        "maandrapport",
        Page("t", "k", False),
        ("html", "pdf"),
        "proeftuin-kit",
        made_from(files),
        force,
    )


def _report(folder: Path, files: dict[str, str] | None, suffixes=("ipynb", "html", "pdf")) -> None:
    """Write a report whose notebook records ``files`` as its inputs (``None``: records nothing)."""
    folder.mkdir(parents=True, exist_ok=True)
    nb = new_notebook()
    if files is not None:
        nb.metadata["proeftuin"] = {"invoer": made_from(files)}
    for suffix in suffixes:
        (folder / f"maandrapport.{suffix}").write_text(nbformat.writes(nb) if suffix == "ipynb" else suffix)


def test_decide_renders_a_new_report(tmp_path):
    assert _job(tmp_path, {"actoren.csv": "1"}).decide() == Decision()


def test_decide_skips_a_complete_report_from_the_same_inputs_unless_forced(tmp_path):
    _report(tmp_path, {"actoren.csv": "1"})
    assert _job(tmp_path, {"actoren.csv": "1"}).decide() == Decision(skip=True)
    forced = _job(tmp_path, {"actoren.csv": "1"}, force=True).decide()
    assert forced == Decision(), "forced: rendered again, nothing kept (it would say the same)"


def test_decide_renews_and_keeps_a_report_from_other_inputs(tmp_path):
    _report(tmp_path, {"actoren.csv": "1", "relaties.csv": "2"})
    for force in (False, True):
        decision = _job(tmp_path, {"actoren.csv": "1", "relaties.csv": "3"}, force).decide()
        assert decision == Decision(keep=True, reason="gegevens veranderd: relaties.csv")


def test_decide_keeps_a_report_whose_inputs_are_unknown(tmp_path):
    _report(tmp_path, None)
    decision = _job(tmp_path, {"actoren.csv": "1"}).decide()
    assert decision == Decision(keep=True, reason="niet na te gaan waaruit de vorige versie is gemaakt")


def test_decide_completes_missing_formats_without_keeping(tmp_path):
    _report(tmp_path, {"actoren.csv": "1"}, suffixes=("ipynb", "html"))
    assert _job(tmp_path, {"actoren.csv": "1"}).decide() == Decision()


@pytest.mark.slow
def test_a_dataset_the_caller_read_is_not_read_again(notebooks, runtime, tmp_path, monkeypatch):
    from kit.data.dataset import load

    data = load(LINDENHOF)
    monkeypatch.setattr("kit.data.dataset.load", lambda *_: pytest.fail("the dataset was read a second time"))
    out = tmp_path / "rapporten"
    summary = render(data, MAAND, buurten=["lindenhof"], out=out, jobs=1, progress=False, notebooks=notebooks)
    assert summary.ok
    nb = nbformat.read(out / MAAND / "lindenhof" / "maandrapport.ipynb", as_version=4)
    [injected] = [c for c in nb.cells if "injected-parameters" in c.metadata.get("tags", [])]
    assert f'dataset = "{LINDENHOF}"' in injected.source, "the notebook gets the dataset's absolute path"
