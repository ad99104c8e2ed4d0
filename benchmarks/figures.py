"""Benchmark: the full panel of figures on a city-sized dataset.

Generates synthetic datasets of 120, 240 and 480 buurten (24 months, about
150 actors and 300 relations per buurt, about 5% of relations starting or
ending each month), loads each once through the real reader and validator,
and times ``kit.analysis.panel.panel`` on each.  Prints the times, their ratios
against the 120-buurten run of the same session (this machine is shared and
noisy, so only ratios within one run mean something), the target (480
buurten under 120 s, growth no faster than linear) and what dominates the
time, from a profile of one buurt.

Run: ``.venv/bin/python benchmarks/figures.py [--sizes 120,240,480] [--jobs N]``.
Not part of the test suite.
"""

from __future__ import annotations

import argparse
import cProfile
import csv
import os
import pstats
import random
import tempfile
import time
from pathlib import Path

from kit.data.contract import FILES, FUNCTIE, SOORT_ACTOR
from kit.data.dataset import load
from kit.analysis.panel import buurt_rows, panel
from kit.data.months import dataset_months

MONTHS = [f"{2023 + m // 12}-{m % 12 + 1:02d}" for m in range(24)]
ACTORS, RELATIONS, CITY_ACTORS = 150, 300, 40


def _month_day(month: str, rng: random.Random) -> str:
    return f"{month}-{rng.randint(1, 28):02d}"


def generate(folder: Path, buurten: int, seed: int = 1) -> None:
    """Write a synthetic dataset of ``buurten`` buurten into ``folder`` (CSV, as facilitators would)."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    rows = {stem: [] for stem in FILES}
    city = [f"stad{i}" for i in range(CITY_ACTORS)]
    for actor in city:
        rows["actoren"].append([actor, f"Stadsactor {actor}", "", "stadsdeel", "bovenaf", "2", "buurtbudget", "", "", "nee", ""])
    for b in range(buurten):
        buurt = f"b{b:03d}"
        ids = [f"{buurt}-a{i}" for i in range(ACTORS)]
        rows["buurten"].append([buurt, f"Buurt {b}", f"Stadsdeel {b % 7}", ids[0], MONTHS[0]])
        for i, actor in enumerate(ids):
            person = i % 15 == 14
            start = "" if rng.random() < 0.7 else rng.choice(MONTHS)
            end = "" if rng.random() < 0.9 else rng.choice(MONTHS[12:])
            rows["actoren"].append([
                actor, f"Actor {actor}", buurt, "buurtplatform" if i == 0 else ("sleutelfiguur" if person else rng.choice(SOORT_ACTOR)),
                rng.choice(("onderop", "bovenaf", "gemengd")), str(rng.choice((0, 0, 1, 2))),
                ";".join(rng.sample(FUNCTIE, 2)), start, end if not start or end >= start else "",
                "ja" if person else "nee", "ja" if person and rng.random() < 0.5 else ("nee" if person else ""),
            ])
        for r in range(RELATIONS):
            van, naar = rng.sample(ids + city[:4], 2)
            soort = rng.choice(("samenwerking", "samenwerking", "informatie", "ondersteuning", "spanning", "ruimte"))
            # about 5% of relations start or end in each month: ~60% of them change within 24 months
            changing = rng.random() < 0.6
            start = rng.choice(MONTHS) if changing and rng.random() < 0.5 else ""
            end = rng.choice(MONTHS) if changing and not start else ""
            reporter = rng.choice(("", "", van, naar)) if soort == "samenwerking" else ""
            rows["relaties"].append([
                f"{buurt}-r{r}", van, naar, soort, str(rng.randint(1, 5)) if soort == "samenwerking" else "",
                start, end, reporter, "interview", "",
            ])
        for month in MONTHS:
            for k in range(4):
                organisers = ";".join(rng.sample(ids[:40], rng.choice((1, 1, 2))))
                rows["activiteiten"].append([f"{buurt}-{month}-{k}", buurt, "Activiteit", rng.choice(("markt", "buurtfeest", "cursus")),
                                             _month_day(month, rng), organisers, "20", ""])
            rows["acties"].append([f"{buurt}-x{month}", buurt, "Actie", ids[0], _month_day(month, rng), "", "open", "", ""])
            for criterium in ("daadkracht", "informeren", "verbinden"):
                rows["maatlat"].append([buurt, month, criterium, str(rng.randint(1, 5)), "zelf", ""])
    for stem, spec in FILES.items():
        with open(folder / spec.filename, "w", newline="", encoding="utf-8") as handle:
            writer = csv.writer(handle)
            writer.writerow([c.name for c in spec.columns])
            writer.writerows(rows[stem])


def dominant(dataset, buurt: str) -> str:
    """Profile one buurt's months; name the parts of the work that take the most time.

    The snapshot and network builders and each kit function that
    ``month_figures`` calls are counted with everything they call; what
    remains of ``month_figures`` is its own pandas filtering that prepares
    the measures' inputs.
    """
    profiler = cProfile.Profile()
    profiler.enable()
    buurt_rows(dataset, buurt, dataset_months(dataset))
    profiler.disable()
    stats = pstats.Stats(profiler).stats
    total = sum(v[2] for v in stats.values())
    figures_key = next(k for k in stats if k[0].endswith("kit/analysis/figures.py") and k[2] == "month_figures")
    parts = {"month_figures (preparing inputs)": stats[figures_key][3]}
    for key, (_, _, _, cumulative, callers) in stats.items():
        path, _, name = key
        if path.endswith("kit/analysis/snapshot.py") and name in ("snapshot", "network"):
            parts[name] = cumulative
        elif figures_key in callers and "/kit/" in path:  # a measure, with what it calls
            parts[f"{Path(path).stem}.{name}"] = callers[figures_key][3]
            parts["month_figures (preparing inputs)"] -= callers[figures_key][3]
    ranked = sorted(parts.items(), key=lambda kv: -kv[1])[:6]
    return "; ".join(f"{label} {seconds / total:.0%}" for label, seconds in ranked)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="120,240,480")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    results = {}
    with tempfile.TemporaryDirectory() as tmp:
        for size in sizes:
            folder = Path(tmp) / f"stad-{size}"
            started = time.perf_counter()
            generate(folder, size)
            generated = time.perf_counter()
            data = load(folder)
            loaded = time.perf_counter()
            frame = panel(data, jobs=args.jobs)
            done = time.perf_counter()
            results[size] = done - loaded
            print(
                f"{size:4d} buurten: {len(data.actoren):6d} actors, {len(data.relaties):6d} relations; "
                f"generate {generated - started:5.1f} s, load+validate {loaded - generated:5.1f} s, "
                f"panel {done - loaded:6.1f} s ({len(frame)} rows, {args.jobs} jobs)"
            )
        print(f"what dominates (profile of one buurt, 24 months): {dominant(data, data.buurten['id'].iloc[0])}")
    base = sizes[0]
    for size in sizes:
        ratio = results[size] / results[base]
        print(f"ratio {size}/{base} buurten: time ×{ratio:.2f} for size ×{size / base:.0f} "
              f"(linear would be ×{size / base:.0f}; per buurt ×{ratio / (size / base):.2f})")
    largest = sizes[-1]
    verdict = "met" if results[largest] < 120 else "NOT met"
    print(f"target: {largest} buurten under 120 s: {results[largest]:.1f} s, {verdict}")


if __name__ == "__main__":
    main()
