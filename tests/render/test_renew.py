"""Renewing reports: what a report is made from, and two renders into one folder at once (kit.render.batch, .versions).

Most renders here replace the kernel and the converters with fakes that take
milliseconds (:func:`fast`), so that many renders can run; what is tested is
the batch: what it decides, writes and says.  A fake report's three files
each carry the name of the render that made them and a digest of the
inputs its notebook records, so a test can tell whether they belong
together.  The last test runs two real ``proeftuin render`` processes.
"""

from __future__ import annotations

import hashlib
import json
import multiprocessing
import os
import random
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

import nbformat
import pytest
from helpers import EXAMPLE as LINDENHOF
from nbformat.v4 import new_notebook
from pypdf import PdfReader

from kit.data.dataset import FICTIONAL_MARKER, load
from kit.paths import PathProblem
from kit.render import batch, convert, execute, job, versions
from kit.render.execute import Executed

MAAND = "2024-04"
#: Report name → (folder under the output, stem).
REPORTS = {"lindenhof": (f"{MAAND}/lindenhof", "maandrapport"), "overzicht": (MAAND, "overzicht")}
#: Rounds of two renders at once: about half a second each on an idle 2-core machine.
ROUNDS = 20


def _pause() -> None:
    """Wait a few milliseconds, differently in every process, so that two renders interleave differently."""
    time.sleep(random.SystemRandom().uniform(0, 0.02))


class FakeKernel:
    """Executes nothing: returns a notebook that names the render (``$RENDER``)."""

    def start(self) -> None:
        pass

    def warm(self, code: str) -> None:
        pass

    def execute(self, notebook: Path, parameters: dict, shown: dict | None = None) -> Executed:
        _pause()
        nb = new_notebook()
        nb.metadata["test"] = {"render": os.environ["RENDER"]}
        return Executed(nb, None)


def _digest(inputs: dict) -> str:
    return hashlib.sha256(json.dumps(inputs, sort_keys=True).encode()).hexdigest()


def _stamp(render: str, inputs: dict, fictional: bool) -> str:
    """What a fake HTML and PDF say about the render that made them."""
    return f"render={render} invoer={_digest(inputs)} fictief={fictional}"


def fake_html(nb, page) -> str:
    stamp = _stamp(nb.metadata["test"]["render"], nb.metadata["proeftuin"]["invoer"], page.fictief)
    return f"<html><head><title>{page.titel}</title></head><body>{stamp}</body></html>"


def fake_pdf(html: str, deel: str | None = None) -> bytes:
    _pause()
    return b"%PDF-nep\n" + html.encode()


@pytest.fixture
def fast(monkeypatch, tmp_path):
    """Renders with the fake kernel and converters, in a runtime folder of the test's own."""
    monkeypatch.setenv("JUPYTER_RUNTIME_DIR", str(tmp_path / "runtime"))
    monkeypatch.setenv("RENDER", "test")
    monkeypatch.setattr(execute, "kernel_for", lambda *_: FakeKernel())
    monkeypatch.setattr(convert, "prepare", lambda: None)
    monkeypatch.setattr(convert, "to_html", fake_html)
    monkeypatch.setattr(convert, "to_pdf", fake_pdf)


def _outcomes(summary: batch.RenderSummary) -> list[tuple]:
    return [(o.naam, o.status, o.version, o.reason) for o in summary.outcomes]


def _version(folder: Path, name: str) -> tuple[str, dict]:
    """The render that made the version ``name`` (``maandrapport``, ``maandrapport.v2``) and its inputs.

    Fails unless its notebook, HTML and PDF all exist and come from that one render.
    """
    nb = json.loads((folder / f"{name}.ipynb").read_text(encoding="utf-8"))
    render, inputs = nb["metadata"]["test"]["render"], nb["metadata"]["proeftuin"]["invoer"]
    stamp = _stamp(render, inputs, FICTIONAL_MARKER in inputs["bestanden"])
    assert stamp in (folder / f"{name}.html").read_text(encoding="utf-8"), f"{name}.html is of another render"
    assert stamp.encode() in (folder / f"{name}.pdf").read_bytes(), f"{name}.pdf is of another render"
    return render, inputs


def _chain(out: Path, naam: str) -> list[tuple[str, dict]]:
    """Every version of a report, the oldest first and the current one last, each checked to be whole."""
    relative, stem = REPORTS[naam]
    folder = out / relative
    numbers = list(versions.earlier(folder, stem))
    assert numbers == list(range(1, len(numbers) + 1)), f"{naam}: a version number is missing: {numbers}"
    assert not [p.name for p in folder.iterdir() if p.name.startswith(".")], "no staging or lock file is left"
    return [_version(folder, f"{stem}.v{n}") for n in numbers] + [_version(folder, stem)]


@pytest.mark.slow
def test_the_fictional_marker_is_an_input(fast, example, tmp_path):
    """Adding, changing and removing FICTIEF.txt renews the reports: the banner comes and goes with it."""
    out = tmp_path / "rapporten"
    marker = example / FICTIONAL_MARKER

    def lindenhof() -> tuple:
        [outcome, _overzicht] = _outcomes(batch.render(example, MAAND, out=out, jobs=1, progress=False))
        return outcome[1:]

    assert lindenhof() == ("geschreven", None, None)
    marker.write_text("Fictieve gegevens.\n", encoding="utf-8")
    assert lindenhof() == ("vernieuwd", 1, "nieuw bestand: FICTIEF.txt")
    assert lindenhof() == ("overgeslagen", None, None)
    marker.write_text("Verzonnen gegevens.\n", encoding="utf-8")
    assert lindenhof() == ("vernieuwd", 2, "gegevens veranderd: FICTIEF.txt")
    marker.unlink()
    assert lindenhof() == ("vernieuwd", 3, "bestand verdwenen: FICTIEF.txt")
    fictional = [FICTIONAL_MARKER in inputs["bestanden"] for _, inputs in _chain(out, "lindenhof")]
    assert fictional == [False, True, True, False], "each version's banner agrees with its record (_version)"


def test_the_marker_is_read_with_its_checksum(example):
    assert load(example).markers == [] and not load(example).fictional
    (example / FICTIONAL_MARKER).write_bytes(b"fictief")
    data = load(example)
    assert data.fictional and [m.name for m in data.markers] == [FICTIONAL_MARKER]
    assert data.markers[0].sha256 == hashlib.sha256(b"fictief").hexdigest()
    (example / FICTIONAL_MARKER).unlink()
    (example / FICTIONAL_MARKER).mkdir()
    data = load(example)
    assert data.fictional and data.markers[0].sha256 == "onleesbaar"
    (example / FICTIONAL_MARKER).rmdir()
    os.mkfifo(example / FICTIONAL_MARKER)
    data = load(example)  # reading a pipe would wait for a writer forever
    assert data.fictional and data.markers[0].sha256 == "onleesbaar"


def _render_in_child(dataset: Path, out: Path, render: str, conn) -> None:
    """Render ``dataset`` into ``out`` as the render named ``render``; send the outcomes back (forked process)."""
    os.environ["RENDER"] = render
    try:
        conn.send(_outcomes(batch.render(dataset, MAAND, out=out, jobs=2, progress=False)))
    except BaseException as error:  # noqa: BLE001 - the test says what went wrong
        conn.send(repr(error))


def _variant(tmp_path: Path, number: int) -> Path:
    """A copy of Lindenhof whose relaties.csv differs in bytes from every other variant's."""
    folder = tmp_path / "gegevens" / str(number)
    shutil.copytree(LINDENHOF, folder)
    with (folder / "relaties.csv").open("a", encoding="utf-8") as handle:
        handle.write("\n" * (number + 1))
    return folder


@pytest.mark.slow
def test_two_renders_at_once_keep_every_version_whole_and_say_what_they_did(fast, tmp_path):
    """Round after round two renders run at once into one folder, with data changed since the round before.

    In even rounds both have the same new data: one renews the reports, the
    other skips them.  In odd rounds their data differ: both renew, one
    keeps the other's report as an earlier version.  After every round every
    version is whole (its three files from one render), numbered without a
    gap, and each render's outcome is what is on disk: a render that says it
    wrote or renewed a report is in the chain of versions exactly where its
    outcome says, one that skipped is not in it, nothing failed.
    """
    out = tmp_path / "rapporten"
    context = multiprocessing.get_context("fork")
    written: dict[str, dict[str, tuple]] = {naam: {} for naam in REPORTS}
    for round_ in range(ROUNDS):
        data = {"a": _variant(tmp_path, 2 * round_)}
        data["b"] = data["a"] if round_ % 2 == 0 else _variant(tmp_path, 2 * round_ + 1)
        pipes, processes = {}, []
        for side, dataset in data.items():
            pipes[side], child = context.Pipe(duplex=False)
            process = context.Process(target=_render_in_child, args=(dataset, out, f"{round_}{side}", child))
            process.start()
            child.close()
            processes.append(process)
        results = {f"{round_}{side}": pipe.recv() for side, pipe in pipes.items()}
        for process in processes:
            process.join()
        assert all(isinstance(outcomes, list) for outcomes in results.values()), results

        for naam in REPORTS:
            said = {render: next(o for o in outcomes if o[0] == naam)[1:] for render, outcomes in results.items()}
            statuses = sorted(status for status, _, _ in said.values())
            assert "mislukt" not in statuses, f"round {round_}, {naam}: {said}"
            if round_ == 0:
                assert statuses == ["geschreven", "overgeslagen"], said
            elif round_ % 2 == 0:
                assert statuses == ["overgeslagen", "vernieuwd"], said
            else:
                assert statuses == ["vernieuwd", "vernieuwd"], said
            for render, (status, version, reason) in said.items():
                if status == "overgeslagen":
                    assert reason in (None, job.SKIPPED_MEANWHILE), said
                else:
                    written[naam][render] = (status, version, reason)

            chain = _chain(out, naam)
            renders = [render for render, _ in chain]
            assert sorted(renders) == sorted(written[naam]), f"round {round_}, {naam}: a version lost or extra"
            for render, (status, version, reason) in written[naam].items():
                position = renders.index(render)
                if status == "geschreven":
                    assert position == 0 and version is None and reason is None
                else:
                    assert position == version, f"{render} says it kept the earlier one as v{version}"
                    assert reason == versions.difference(chain[position - 1][1], chain[position][1])
            skipped = [render for render, (status, _, _) in said.items() if status == "overgeslagen"]
            for render in skipped:
                assert render not in renders
                [other] = set(said) - {render}
                assert chain[-1][0] == other, "the other render of the same data made the current report"

        index = (out / "index.html").read_text(encoding="utf-8")
        for relative, stem in REPORTS.values():
            for number in versions.earlier(out / relative, stem):
                assert f'href="{relative}/{stem}.v{number}.html"' in index, f"round {round_}: the index lacks it"


@pytest.mark.slow
def test_two_real_renders_at_once(tmp_path):
    """Two ``proeftuin render`` processes at once, of different data (one marked fictional), into one folder.

    Each report is written by one and renewed by the other, which keeps the
    first as version 1 and says so; both exit 0.  Every version's HTML and
    PDF show the banner exactly when its notebook records the marker, and
    the HTML's colophon shows the checksums its notebook records.
    """
    plain, fictional = tmp_path / "echt", tmp_path / "fictief"
    shutil.copytree(LINDENHOF, plain)
    shutil.copytree(LINDENHOF, fictional)
    (fictional / FICTIONAL_MARKER).write_text("Fictieve gegevens voor de test.\n", encoding="utf-8")
    with (fictional / "relaties.csv").open("a", encoding="utf-8") as handle:
        handle.write("\n")
    out = tmp_path / "rapporten"
    env = {**os.environ, "JUPYTER_RUNTIME_DIR": str(tmp_path / "runtime")}
    command = [sys.executable, "-m", "kit", "render", "--maand", MAAND, "--out", str(out), "--jobs", "1", "--stil"]
    processes = [
        subprocess.Popen([*command, str(data)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
        for data in (plain, fictional)
    ]
    results = [(process.communicate(timeout=600), process.returncode) for process in processes]
    for (stdout, stderr), status in results:
        assert status == 0, stdout + stderr
    lines = [line for (stdout, _), _ in results for line in stdout.splitlines()]
    for naam, (relative, stem) in REPORTS.items():
        said = sorted(line.split(": ")[1].split(" ")[0] for line in lines if line.startswith(f"{naam}: "))
        assert said == ["geschreven", "vernieuwd"], lines
        [renewed] = [line for line in lines if line.startswith(f"{naam}: vernieuwd")]
        assert f"vorige versie bewaard als {stem}.v1.*" in renewed
        folder = out / relative
        assert list(versions.earlier(folder, stem)) == [1]
        records = []
        for name in (f"{stem}.v1", stem):
            nb = nbformat.read(folder / f"{name}.ipynb", as_version=4)
            inputs = nb.metadata.proeftuin.invoer["bestanden"]
            html = (folder / f"{name}.html").read_text(encoding="utf-8")
            pdf = "\n".join(page.extract_text() for page in PdfReader(folder / f"{name}.pdf").pages)
            banner = FICTIONAL_MARKER in inputs
            assert ("Fictieve demonstratiegegevens" in html) == banner, name
            assert ("Fictieve demonstratiegegevens" in pdf) == banner, name
            assert all(sha in html for file, sha in inputs.items() if file != FICTIONAL_MARKER), name
            records.append(banner)
        assert sorted(records) == [False, True], "one version of each render"


@pytest.mark.slow
def test_the_index_written_last_lists_what_the_other_render_wrote(tmp_path, monkeypatch):
    """Render A scans for the index; render B writes a report and its index; then A writes: B's report stays listed.

    Without the index's lock A would write what it scanned before B's report
    was there, over B's index.
    """
    from kit.render import index

    out = tmp_path / "rapporten"
    (out / MAAND).mkdir(parents=True)
    scanned, b_wrote = threading.Event(), threading.Event()
    real_scan = index.scan

    def slow_scan(folder: Path) -> dict:
        found = real_scan(folder)
        if threading.current_thread().name == "A":
            scanned.set()
            b_wrote.wait(1)  # without the lock B writes its index meanwhile
        return found

    monkeypatch.setattr(index, "scan", slow_scan)
    a = threading.Thread(target=index.write_index, args=(out,), name="A")
    a.start()
    assert scanned.wait(10)
    (out / MAAND / "overzicht.html").write_text("<title>Overzicht van B</title>", encoding="utf-8")
    b = threading.Thread(target=lambda: (index.write_index(out), b_wrote.set()), name="B")
    b.start()
    a.join()
    b.join()
    assert "Overzicht van B" in (out / "index.html").read_text(encoding="utf-8")


def test_a_folder_where_a_lock_goes_is_refused_before_any_work(fast, tmp_path):
    out = tmp_path / "rapporten"
    lock = out / MAAND / "lindenhof" / ".maandrapport.lock"
    lock.mkdir(parents=True)
    with pytest.raises(PathProblem) as problem:
        batch.render(LINDENHOF, MAAND, out=out, jobs=1, progress=False)
    assert str(problem.value) == f"{lock}: is een map, geen bestand"
    assert not list(out.rglob("*.ipynb")), "nothing was rendered"
