"""Benchmark: one ``metrics`` call on a month with 20,000 activities.

Copies the Lindenhof example and adds 20,000 activities in April 2024, in
one of two shapes:

- ``spread``: on random days of the month, one or two of 40 organisers, five
  kinds (what a very busy buurt would record);
- ``one-day-shared``: one kind on one day, all by the platform: no pair is linked.

(A day of 20,000 activities each by its own organiser, where every pair is
linked, needs 20,000 actors, and then the network measures dominate ``metrics``;
``tests/analysis/test_measures.py`` times the measure alone on it.)

Times ``proeftuin metrics DATASET --buurt lindenhof --maand 2024-04 --json``
in a fresh process (reading and validating included) and, apart, the
fragmentation measure alone on the month's activities.

Run: ``.venv/bin/python benchmarks/fragmentation.py [--shape spread] [--count 20000]``.
Not part of the test suite.
"""

from __future__ import annotations

import argparse
import csv
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHAPES = ("spread", "one-day-shared")
KINDS = ("markt", "buurtfeest", "cursus", "bewonersbijeenkomst", "schoonmaak")


def generate(folder: Path, shape: str, count: int, seed: int = 1) -> None:
    """Write the example plus ``count`` activities of ``shape`` into ``folder``."""
    rng = random.Random(seed)
    shutil.copytree(ROOT / "examples" / "lindenhof", folder)
    organisers = [f"org{i}" for i in range(40)]
    with open(folder / "actoren.csv", "a", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows(
            [actor, f"Organisator {actor}", "lindenhof", "bewonersinitiatief", "onderop", "0", "", "", "", "nee", ""]
            for actor in organisers
        )
    rows = []
    for i in range(count):
        if shape == "spread":
            kind, day, who = rng.choice(KINDS), rng.randint(1, 30), ";".join(rng.sample(organisers, rng.choice((1, 2))))
        else:
            kind, day, who = "markt", 15, "lh-plat"
        rows.append([f"x{i}", "lindenhof", "Activiteit", kind, f"2024-04-{day:02d}", who, "10", ""])
    with open(folder / "activiteiten.csv", "a", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows(rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shape", choices=SHAPES, default="spread")
    parser.add_argument("--count", type=int, default=20_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "druk"
        generate(folder, args.shape, args.count)
        command = [
            sys.executable,
            "-m",
            "kit",
            "metrics",
            str(folder),
            "--buurt",
            "lindenhof",
            "--maand",
            "2024-04",
            "--json",
        ]
        started = time.perf_counter()
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
        metrics = time.perf_counter() - started

        from kit.analysis.measures.activities import fragmented
        from kit.analysis.snapshot import snapshot
        from kit.data.dataset import load

        activities = snapshot(load(folder), "lindenhof", "2024-04").activiteiten
        started = time.perf_counter()
        groups = fragmented(activities)
        measure = time.perf_counter() - started
    print(
        f"{args.shape}, {len(activities)} activities in the month: metrics {metrics:.1f} s, "
        f"fragmented() alone {measure:.2f} s ({len(groups)} groups, largest {max(map(len, groups), default=0)})"
    )


if __name__ == "__main__":
    main()
