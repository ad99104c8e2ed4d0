"""Benchmark the report factory against the plain pipeline a Jupyter user would script.

Usage::

    python benchmarks/render.py DATASET MAAND [--herhaal K] [--previous PATH]

The BASELINE (issue 20, section 8) renders the same month from the same
notebooks and data with the tools' own command lines, two reports at a time
(:data:`LANES`): for every buurt's ``maandrapport.ipynb`` and for the
``overzicht.ipynb``, ``papermill`` (in the environment's ``python3``
kernel), then ``jupyter nbconvert --to html --no-input``, then the
``weasyprint`` CLI.  The KIT is ``proeftuin render DATASET --maand MAAND
--jobs 2``: every report of the month as HTML and PDF, and what the kit
renders by default besides (the index; an appendix PDF, when it is rendered
by default, counts in the kit's time).  Both run as fresh processes into
empty folders, in turns (which goes first alternates), ``--herhaal`` times;
the medians of wall time and of CPU time (of the command and every process
it started) give the ratios.  Target: the kit at least :data:`TARGET` times
faster in wall time.

Then one month is rendered in this process to show where the kit's time
goes: per report the median seconds of executing the notebook, making the
HTML, the PDF and writing, and the seconds to start and stop a kernel.

``--previous PATH`` (a checkout of an earlier commit, for example made with
``git worktree add /tmp/old b0376ff``) also times what a facilitator waits
for, with that checkout and with this one, in turns: ``proeftuin render
--buurt B`` (one report and the overview) and ``proeftuin render`` (the
month), each a fresh ``python -m kit`` with the checkout first on
``PYTHONPATH``.  Both render the demo dataset of the earlier checkout (its
``proeftuin demo``), which both can read.  Target: no slowdown beyond 10 %
(:data:`TARGET_SLOWDOWN`), in wall time and in the CPU time of the command
and every process it started.

Not part of the test suite: it takes minutes and its figures are only
meaningful on an otherwise idle machine.  Everything is written to a
temporary directory.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import nbformat
from nbformat.v4 import new_code_cell, new_notebook

from kit.data.dataset import load
from kit.render.batch import NOTEBOOKS, Outcome, render
from kit.render.execute import ReportKernel
from kit.render.kernel import kit_kernel

STAGES = ("uitvoeren", "html", "pdf", "schrijven")
#: The kit must render the month at least this many times faster than the plain pipeline (wall time).
TARGET = 5.0
#: Reports the plain pipeline renders at a time, and the kit's ``--jobs``: two, as the issue sets it.
LANES = 2
#: ``--previous``: the current kit may take at most this factor of the earlier checkout's time.
TARGET_SLOWDOWN = 1.10
#: The environment's command-line tools (papermill, jupyter, weasyprint) sit beside its Python.
BIN = Path(sys.executable).parent


def plain_report(notebook: Path, parameters: dict[str, str], stem: str, out: Path) -> None:
    """One report as a Jupyter user scripts it: papermill, nbconvert's HTML without code, WeasyPrint's PDF."""
    executed = out / f"{stem}.ipynb"
    values = [arg for name, value in parameters.items() for arg in ("-r", name, value)]
    quiet = {"check": True, "stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL}
    subprocess.run(
        [BIN / "papermill", notebook, executed, "-k", "python3", "--no-progress-bar", *values], cwd=out, **quiet
    )
    subprocess.run([BIN / "jupyter", "nbconvert", "--to", "html", "--no-input", executed], cwd=out, **quiet)
    subprocess.run([BIN / "weasyprint", out / f"{stem}.html", out / f"{stem}.pdf"], cwd=out, **quiet)


def plain_month(dataset: Path, maand: str, buurten: list[str], out: Path) -> None:
    """Every report of ``maand`` through :func:`plain_report`, :data:`LANES` at a time (as ``xargs -P2``)."""
    out.mkdir(parents=True)
    data = str(dataset.resolve())
    reports = [
        (NOTEBOOKS / "maandrapport.ipynb", {"dataset": data, "buurt": b, "maand": maand}, b) for b in buurten
    ] + [(NOTEBOOKS / "overzicht.ipynb", {"dataset": data, "maand": maand}, "overzicht")]
    with ThreadPoolExecutor(LANES) as lanes:
        list(lanes.map(lambda report: plain_report(*report, out), reports))


def timed(run) -> tuple[float, float]:
    """Call ``run()``; return its wall seconds and the CPU seconds of every process it started and waited for."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    run()
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def kit_month(dataset: Path, maand: str, out: Path, checkout: Path | None = None) -> None:
    """``proeftuin render`` of the whole month into ``out``, as a fresh process (``checkout`` first on the path)."""
    command = [sys.executable, "-m", "kit", "render", str(dataset), "--maand", maand, "--out", str(out)]
    env = dict(os.environ, **({"PYTHONPATH": str(checkout)} if checkout else {}))
    subprocess.run([*command, "--jobs", str(LANES), "--stil"], check=True, env=env, stdout=subprocess.DEVNULL)


def median_stages(outcomes: list[Outcome]) -> dict[str, float]:
    """Return the median seconds per stage, and in ``totaal`` the median total."""
    stages = {s: statistics.median(o.seconds.get(s, 0.0) for o in outcomes) for s in STAGES}
    stages["totaal"] = statistics.median(sum(o.seconds.values()) for o in outcomes)
    return stages


def kernel_only(repeat: int) -> float:
    """Return the median seconds to start a kit kernel, run nothing and stop it."""
    with tempfile.TemporaryDirectory() as tmp, kit_kernel() as kernel_name:
        path = Path(tmp) / "leeg.ipynb"
        nbformat.write(new_notebook(cells=[new_code_cell("pass")]), path)
        times = []
        for _ in range(repeat):
            start = time.perf_counter()
            kernel = ReportKernel(kernel_name, Path(tmp))
            kernel.execute(path, {})
            kernel.close()
            times.append(time.perf_counter() - start)
    return statistics.median(times)


def timed_command(command: list[str], checkout: Path) -> tuple[float, float]:
    """Run ``command`` with ``checkout`` first on ``PYTHONPATH``; return its wall and CPU seconds."""
    env = dict(os.environ, PYTHONPATH=str(checkout))
    return timed(lambda: subprocess.run(command, check=True, env=env, cwd=checkout, stdout=subprocess.DEVNULL))


def compare_previous(previous: Path, maand: str, jobs: int, repeat: int, tmp: Path) -> bool:
    """Time ``proeftuin render`` of one buurt and of the month with ``previous`` and with this checkout.

    Prints the medians and the ratios; returns whether every ratio is within
    :data:`TARGET_SLOWDOWN`.
    """
    current = Path(__file__).resolve().parent.parent
    dataset = tmp / "vorige-demo"
    subprocess.run(
        [sys.executable, "-m", "kit", "demo", str(dataset)],
        check=True,
        env=dict(os.environ, PYTHONPATH=str(previous)),
        cwd=previous,
        stdout=subprocess.DEVNULL,
    )
    buurt = str(load(dataset).buurten["id"].iloc[0])
    render = [sys.executable, "-m", "kit", "render", str(dataset), "--maand", maand, "--force", "--stil"]
    commands = {
        f"een rapport (--buurt {buurt})": [*render, "--buurt", buurt, "--jobs", str(jobs)],
        f"hele maand (--jobs {jobs})": [*render, "--jobs", str(jobs)],
    }
    times: dict[tuple[str, str], list[tuple[float, float]]] = {}
    for _ in range(repeat):
        for label, command in commands.items():
            for version, checkout in (("vorige", previous), ("huidige", current)):
                out = tmp / f"vergelijk-{version}"
                times.setdefault((label, version), []).append(timed_command([*command, "--out", str(out)], checkout))
    print(f"vergeleken met {_commit(previous)}, op diens demo, mediaan van {repeat}:")
    met = True
    for label in commands:
        row = []
        for i, unit in ((0, "wall"), (1, "cpu")):
            before = statistics.median(t[i] for t in times[(label, "vorige")])
            now = statistics.median(t[i] for t in times[(label, "huidige")])
            met &= now <= before * TARGET_SLOWDOWN
            row.append(f"{unit} {before:.2f} -> {now:.2f} s (x{now / before:.2f})")
        print(f"  {label}: " + "; ".join(row))
    print(f"geen vertraging boven {TARGET_SLOWDOWN - 1:.0%}: {'gehaald' if met else 'NIET gehaald'}")
    return met


def _commit(path: Path) -> str:
    """The commit checked out at ``path``: short hash and subject."""
    line = subprocess.run(["git", "-C", str(path), "log", "-1", "--format=%h %s"], capture_output=True, text=True)
    return line.stdout.strip()[:60] or str(path)


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print figures, ratios and the verdict."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("dataset", type=Path)
    parser.add_argument("maand")
    parser.add_argument("--herhaal", type=int, default=3, help="herhalingen per meting (mediaan)")
    parser.add_argument("--previous", type=Path, help="checkout van een eerdere commit om mee te vergelijken")
    args = parser.parse_args(argv)
    buurten = [str(b) for b in load(args.dataset).buurten["id"]]

    with tempfile.TemporaryDirectory(prefix="proeftuin-bench-") as tmp:
        tmp = Path(tmp)
        kit_month(args.dataset, args.maand, tmp / "opwarmen")  # caches of fonts and bytecode, for both
        times: dict[str, list[tuple[float, float]]] = {"plain": [], "kit": []}
        for i in range(args.herhaal):
            turns = {
                "plain": lambda i=i: plain_month(args.dataset, args.maand, buurten, tmp / f"plain-{i}"),
                "kit": lambda i=i: kit_month(args.dataset, args.maand, tmp / f"kit-{i}"),
            }
            for name in sorted(turns, reverse=bool(i % 2)):  # kit first, then plain first, …
                times[name].append(timed(turns[name]))
        summary = render(args.dataset, args.maand, out=tmp / "profiel", jobs=LANES, force=True, progress=False)
        kernel = kernel_only(args.herhaal)

    n = len(buurten) + 1
    print(f"dataset {args.dataset}, maand {args.maand}: {n} rapporten, {LANES} tegelijk, mediaan van {args.herhaal}")
    medians = {name: [statistics.median(t[i] for t in runs) for i in (0, 1)] for name, runs in times.items()}
    for name, label in (("plain", "papermill -> nbconvert -> weasyprint"), ("kit", "proeftuin render")):
        spread = ", ".join(f"{w:.1f}" for w, _ in times[name])
        print(f"  {label:<38} wall {medians[name][0]:6.1f} s ({spread})   cpu {medians[name][1]:6.1f} s")
    wall, cpu = (medians["plain"][i] / medians["kit"][i] for i in (0, 1))
    print(f"kit sneller dan de gewone pijplijn: wall x{wall:.2f}, cpu x{cpu:.2f}  (doel: wall >= x{TARGET:g})")
    print(f"oordeel: {'gehaald' if wall >= TARGET else 'NIET gehaald'}")
    stages = median_stages(summary.outcomes)
    print("waar de tijd van de kit heen gaat (seconden per rapport, mediaan; in-proces, --jobs 2):")
    print("  " + "".join(f"{s:>11}" for s in (*STAGES, "totaal")))
    print("  " + "".join(f"{stages[s]:>11.2f}" for s in (*STAGES, "totaal")))
    print(f"  kernel starten en stoppen (lege notebook): {kernel:.2f} s")
    if args.previous is None:
        return 0 if summary.ok and wall >= TARGET else 1
    with tempfile.TemporaryDirectory(prefix="proeftuin-bench-") as tmp:
        same_speed = compare_previous(args.previous.resolve(), args.maand, LANES, args.herhaal, Path(tmp))
    return 0 if summary.ok and wall >= TARGET and same_speed else 1


if __name__ == "__main__":
    sys.exit(main())
