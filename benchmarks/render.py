"""Benchmark the report factory against the floor of its own pipeline.

Usage::

    python benchmarks/render.py DATASET MAAND [--jobs N] [--herhaal K] [--previous PATH]

The FLOOR is the same pipeline (papermill in the kit kernel, HTML, PDF) on a
notebook that only imports the libraries the report uses (the kit modules the
report imports, and through them pandas, pandera, openpyxl, networkx and
matplotlib; see FLOOR_IMPORTS): what any report costs before it computes or
draws anything.  Measured in the same run, so the ratios do not depend on the
machine:

- one report / floor                         target <= 1.5
- whole month / (reports x floor / cores)    target <= 1.2

One report is rendered on its own, as ``proeftuin render --buurt B`` does:
in a kernel started for it.  The month renders every report with ``--jobs``
workers, and each worker runs all its reports in one kernel
(:mod:`kit.render.execute`); its target compares it with eleven single
floors, as the issue defines it.

``--previous PATH`` (a checkout of an earlier commit, for example made with
``git worktree add /tmp/old b0376ff``) also times what a facilitator waits
for, with that checkout and with this one, in turns: ``proeftuin render
--buurt B`` (one report and the overview) and ``proeftuin render`` (the
month), each a fresh ``python -m kit`` with the checkout first on
``PYTHONPATH``.  Both render the demo dataset of the earlier checkout (its
``proeftuin demo``), which both can read.  Target: no slowdown beyond 10 %
(:data:`TARGET_SLOWDOWN`), in wall time and in the CPU time of the command
and every process it started.

Not part of the test suite: it takes a minute (with ``--previous`` a few
more) and its figures are only meaningful on an otherwise idle machine.
Everything is written to a temporary directory.
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
from pathlib import Path

import nbformat
from nbformat.v4 import new_code_cell, new_notebook

from kit.data.dataset import load
from kit.render.batch import NOTEBOOKS, Outcome, render
from kit.render.execute import ReportKernel
from kit.render.kernel import kit_kernel

STAGES = ("uitvoeren", "html", "pdf", "schrijven")
#: ``--previous``: the current kit may take at most this factor of the earlier checkout's time.
TARGET_SLOWDOWN = 1.10


#: What the report notebooks import, and so every library they use (pandas,
#: pandera and openpyxl through kit.data.dataset, networkx, matplotlib's Figure
#: through kit.report.charts), without running any of it.  ``import kit``
#: alone would load nothing: the package's ``__init__`` is empty.
FLOOR_IMPORTS = "\n".join(
    f"import kit.{module}"
    for module in (
        "data.dataset",
        "analysis.figures",
        "analysis.panel",
        "report.charts",
        "report.layout",
        "report.network_map",
        "report.maandrapport",
        "report.overzicht",
    )
)


def write_floor(folder: Path) -> Path:
    """Write floor versions of both report notebooks into ``folder``; return it."""
    parameters = new_code_cell('dataset = ""\nbuurt = ""\nmaand = ""')
    parameters.metadata["tags"] = ["parameters"]
    imports = new_code_cell(FLOOR_IMPORTS)
    for name in ("maandrapport", "overzicht"):
        nb = new_notebook(cells=[parameters, imports])
        nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
        nbformat.write(nb, folder / f"{name}.ipynb")
    return folder


def one_report(dataset: Path, maand: str, buurt: str, notebooks: Path, out: Path) -> Outcome:
    """Render one buurt (in one worker process); return its outcome.

    The overview is rendered too (``render`` always does), but only the
    buurt's own outcome is timed.
    """
    summary = render(dataset, maand, buurten=[buurt], out=out, jobs=1, force=True, progress=False, notebooks=notebooks)
    [outcome] = [o for o in summary.outcomes if o.naam == buurt]
    if outcome.status != "geschreven":
        sys.exit(f"{buurt}: {outcome.status} ({outcome.error})")
    return outcome


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
    """Run ``command`` with ``checkout`` first on ``PYTHONPATH``; return its wall and CPU seconds.

    The CPU seconds are those of the command and of every process it started
    and waited for (its workers, and through them their kernels).
    """
    env = dict(os.environ, PYTHONPATH=str(checkout))
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(command, check=True, env=env, cwd=checkout, stdout=subprocess.DEVNULL)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


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
    """Run the benchmark and print figures and ratios."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("dataset", type=Path)
    parser.add_argument("maand")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--herhaal", type=int, default=3, help="herhalingen per meting (mediaan)")
    parser.add_argument("--previous", type=Path, help="checkout van een eerdere commit om mee te vergelijken")
    args = parser.parse_args(argv)
    buurt = str(load(args.dataset).buurten["id"].iloc[0])

    with tempfile.TemporaryDirectory(prefix="proeftuin-bench-") as tmp:
        tmp = Path(tmp)
        (tmp / "floor").mkdir()
        floor_nb = write_floor(tmp / "floor")
        one_report(args.dataset, args.maand, buurt, NOTEBOOKS, tmp / "opwarmen")
        # Floor, report and month in turn, so that a slow spell of the machine hits all three.
        floors, reports, months = [], [], []
        for _ in range(args.herhaal):
            floors.append(one_report(args.dataset, args.maand, buurt, floor_nb, tmp / "floor-out"))
            reports.append(one_report(args.dataset, args.maand, buurt, NOTEBOOKS, tmp / "rapport"))
            start = time.perf_counter()
            summary = render(args.dataset, args.maand, out=tmp / "maand", jobs=args.jobs, force=True, progress=False)
            months.append(time.perf_counter() - start)
        floor, report, month = median_stages(floors), median_stages(reports), statistics.median(months)
        kernel = kernel_only(args.herhaal)

    n = len(summary.outcomes)
    cores = min(args.jobs, os.cpu_count() or 1)
    print(f"dataset {args.dataset}, maand {args.maand}, buurt {buurt}, {cores} cores, mediaan van {args.herhaal}")
    print(f"{'seconden':<24}" + "".join(f"{s:>11}" for s in (*STAGES, "totaal")))
    for label, stages in (("vloer (alleen imports)", floor), ("maandrapport", report)):
        print(f"{label:<24}" + "".join(f"{stages[s]:>11.2f}" for s in (*STAGES, "totaal")))
    print(f"kernel starten en stoppen (lege notebook): {kernel:.2f} s")
    print(
        f"hele maand: {n} rapporten ({len(summary.failed)} mislukt) in {month:.2f} s met --jobs {args.jobs} "
        f"(van {min(months):.2f} tot {max(months):.2f} s)"
    )
    print(f"rapport / vloer = {report['totaal'] / floor['totaal']:.2f}  (doel <= 1.5)")
    ideal = n * floor["totaal"] / cores
    print(f"maand / ({n} x vloer / {cores}) = {month / ideal:.2f}  (doel <= 1.2)")
    if args.previous is None:
        return 0 if summary.ok else 1
    with tempfile.TemporaryDirectory(prefix="proeftuin-bench-") as tmp:
        same_speed = compare_previous(args.previous.resolve(), args.maand, args.jobs, args.herhaal, Path(tmp))
    return 0 if summary.ok and same_speed else 1


if __name__ == "__main__":
    sys.exit(main())
