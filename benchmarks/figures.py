"""Benchmark: the kit's panel against two plain networkx loops, on cities of 40 (and more) buurten.

Generates synthetic cities (24 months, about 150 actors and 300 relations
per buurt, about 5% of relations starting or ending each month, and the
rows of every figure of version 2: :func:`generate`) and times, on each, in
one fresh process each and interleaved:

- the kit: ``kit.analysis.panel.panel(data, jobs=1)``;
- the careful loop: the same panel as a careful researcher computes it
  without the kit: each buurt's rows split off the tables once, then per
  month a pandas filter, an ``nx.Graph`` and networkx
  (``benchmarks/plain.py``, ``plain_panel(careful=True)``);
- the naive loop: the same, but every month filtering the full tables.

All three start from the same loaded dataset (reading and validating are
not timed) and must compute the same panel: every run checks it (floats to
1e-9) before it prints a ratio.  Times are CPU seconds of each process
(this machine is shared, and CPU time is what another process's load
changes least) with wall seconds beside them; only ratios within one run
mean something.  Beyond ``--plain-buurten`` buurten (default 120) the loops
are timed on that many buurten drawn at random and scaled up, which the
output says (the naive loop grows with the square of the city).

Targets: the kit at least 5 times faster than the careful loop (and so
than the naive one) on the 40-buurt city.  With larger ``--sizes``: its
time growing linearly with the number of buurten (per buurt within 15 % of
the smallest size's), and 480 buurten under 120 s.  The output ends with
what dominates the kit's time, figure by figure, on one buurt.

``--previous PATH`` (a checkout of an earlier commit, for example made
with ``git worktree add /tmp/old b0376ff``) also times that checkout's
panel against the current one on the version 1 city, which it can read,
twice each, interleaved: no slowdown beyond 10 % is the target.

Run: ``.venv/bin/python benchmarks/figures.py [--sizes 40,120,240,480] [--runs 3] [--previous PATH ...]``.
Not part of the test suite: the default (40 buurten, one run) takes two minutes; the sizes up to 480 half an
hour.
"""

from __future__ import annotations

import argparse
import csv
import os
import pickle
import random
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

#: The kit at least this many times faster than the careful loop, on :data:`TARGET_SIZE` buurten.
TARGET_RATIO = 5
TARGET_SIZE = 40
#: The checkout of ``--previous`` may be at most this much faster than the current code.
TARGET_SLOWDOWN = 1.10
#: Linear growth: the kit's time per buurt at a larger size within this factor of that at the smallest.
TARGET_GROWTH = 1.15

MONTHS = [f"{2023 + m // 12}-{m % 12 + 1:02d}" for m in range(24)]
ACTORS, RELATIONS, CITY_ACTORS = 150, 300, 40


def _month_day(month: str, rng: random.Random) -> str:
    return f"{month}-{rng.randint(1, 28):02d}"


def _later_day(day: str, rng: random.Random, most: int = 90) -> str:
    """A day up to ``most`` days after ``day`` (``JJJJ-MM-DD``), for answers, deliveries and closings."""
    return str(date.fromisoformat(day) + timedelta(days=rng.randint(0, most)))


#: The values version 3 of the contract added to the vocabularies the city draws from.
VERSION_3_VALUES = ("stadsdeelcommissie", "instelling")


def generate(folder: Path, buurten: int, seed: int = 1, version: int = 2) -> None:
    """Write a synthetic dataset of ``buurten`` buurten into ``folder`` (CSV, as facilitators would).

    Version 1 is the city of earlier runs of this benchmark, row for row.
    Version 2 adds, from a second random stream so that the version 1 rows
    stay the same, the rows every version 2 figure works on: results (some
    with an amount), requests to city actors with every outcome, recognitions
    (a buurt without, with one, or with a platform that changes), actions
    done or not done with their barriers and intervision sessions, peer
    scores, ``werving`` and ``financiering`` relations, both sides' and third
    parties' accounts of a collaboration, and actors of unknown ``lijn`` or
    ``herkomst`` ``onbekend``.
    """
    from kit.data.contract import BELEMMERING, EENHEID, FILES, FUNCTIE, SOORT_ACTOR, UITKOMST

    # the vocabularies of version 2, so that the city stays the same row for row (and an earlier checkout reads it)
    soorten = tuple(soort for soort in SOORT_ACTOR if soort not in VERSION_3_VALUES)
    belemmeringen = tuple(code for code in BELEMMERING if code not in VERSION_3_VALUES)

    rng, extra = random.Random(seed), random.Random(seed + 1)
    v2 = version >= 2
    folder.mkdir(parents=True, exist_ok=True)
    rows = {stem: [] for stem in FILES}
    city = [f"stad{i}" for i in range(CITY_ACTORS)]
    for actor in city:
        rows["actoren"].append(
            [actor, f"Stadsactor {actor}", "", "stadsdeel", "bovenaf", "2", "buurtbudget", "", "", "nee", ""]
        )
    sessions = [(f"sessie-{month}", f"{month}-10") for month in MONTHS]
    if v2:
        rows["intervisie"] = [[sid, day, "b000", "", "Intervisie", "", ""] for sid, day in sessions]
    for b in range(buurten):
        buurt = f"b{b:03d}"
        ids = [f"{buurt}-a{i}" for i in range(ACTORS)]
        rows["buurten"].append([buurt, f"Buurt {b}", f"Stadsdeel {b % 7}", ids[0], MONTHS[0]])
        for i, actor in enumerate(ids):
            person = i % 15 == 14
            start = "" if rng.random() < 0.7 else rng.choice(MONTHS)
            end = "" if rng.random() < 0.9 else rng.choice(MONTHS[12:])
            row = [
                actor,
                f"Actor {actor}",
                buurt,
                "buurtplatform" if i == 0 else ("sleutelfiguur" if person else rng.choice(soorten)),
                rng.choice(("onderop", "bovenaf", "gemengd")),
                str(rng.choice((0, 0, 1, 2))),
                ";".join(rng.sample(FUNCTIE, 2)),
                start,
                end if not start or end >= start else "",
                "ja" if person else "nee",
                "ja" if person and rng.random() < 0.5 else ("nee" if person else ""),
            ]
            if v2 and i > 0:  # about 3% of unknown lijn, 5% of unknown herkomst
                row[5] = "" if extra.random() < 0.03 else row[5]
                row[4] = "onbekend" if extra.random() < 0.05 else row[4]
            rows["actoren"].append(row)
        for r in range(RELATIONS):
            van, naar = rng.sample(ids + city[:4], 2)
            soort = rng.choice(("samenwerking", "samenwerking", "informatie", "ondersteuning", "spanning", "ruimte"))
            # about 5% of relations start or end in each month: ~60% of them change within 24 months
            changing = rng.random() < 0.6
            start = rng.choice(MONTHS) if changing and rng.random() < 0.5 else ""
            end = rng.choice(MONTHS) if changing and not start else ""
            reporter = rng.choice(("", "", van, naar)) if soort == "samenwerking" else ""
            if v2 and soort != "samenwerking" and extra.random() < 0.25:
                soort = extra.choice(("werving", "financiering"))
            if v2 and soort == "samenwerking" and extra.random() < 0.1:
                reporter = extra.choice(ids)  # a third party's account (or, rarely, one of the sides)
            rows["relaties"].append(
                [
                    f"{buurt}-r{r}",
                    van,
                    naar,
                    soort,
                    str(rng.randint(1, 5)) if soort == "samenwerking" else "",
                    start,
                    end,
                    reporter,
                    "interview",
                    "",
                ]
            )
            if v2 and soort == "samenwerking" and reporter == van and extra.random() < 0.5:  # the other side's view
                rows["relaties"].append(
                    [f"{buurt}-r{r}b", naar, van, soort, str(extra.randint(1, 5)), start, end, naar, "interview", ""]
                )
        for m, month in enumerate(MONTHS):
            for k in range(4):
                organisers = ";".join(rng.sample(ids[:40], rng.choice((1, 1, 2))))
                rows["activiteiten"].append(
                    [
                        f"{buurt}-{month}-{k}",
                        buurt,
                        "Activiteit",
                        rng.choice(("markt", "buurtfeest", "cursus")),
                        _month_day(month, rng),
                        organisers,
                        "20",
                        "",
                    ]
                )
            planned = _month_day(month, rng)
            action = [f"{buurt}-x{month}", buurt, "Actie", ids[0], planned, "", "open", "", ""]
            if v2:
                status = extra.choice(("open", "gedaan", "niet_gedaan", "vervallen"))
                closed = _later_day(planned, extra) if status != "open" else ""
                barriers = ""
                if status == "niet_gedaan":
                    barriers = ";".join(extra.sample(belemmeringen, extra.choice((1, 2))))
                action = [
                    *action[:5],
                    _later_day(planned, extra, 60),
                    status,
                    closed,
                    "geen tijd" if status == "niet_gedaan" else "",
                    sessions[m][0] if extra.random() < 0.3 else "",
                    barriers,
                ]
            rows["acties"].append(action)
            for criterium in ("daadkracht", "informeren", "verbinden"):
                rows["maatlat"].append([buurt, month, criterium, str(rng.randint(1, 5)), "zelf", ""])
            if not v2:
                continue
            rows["maatlat"].append([buurt, month, "informeren", str(extra.randint(1, 5)), "peer", ""])
            if extra.random() < 0.5:
                amount = extra.random() < 0.6
                rows["resultaten"].append(
                    [
                        f"{buurt}-res{month}",
                        buurt,
                        _month_day(month, extra),
                        "",  # gemeld (version 3): recorded when achieved
                        "Resultaat",
                        "wonen",
                        extra.choice(city[:4]),
                        ids[1],
                        str(extra.randint(1, 20000)) if amount else "",
                        extra.choice(EENHEID) if amount else "",
                        "besluit",
                    ]
                )
            asked = _month_day(month, extra)
            outcome = extra.choice(UITKOMST)
            answered = _later_day(asked, extra) if outcome != "open" else ""
            kept = _later_day(answered, extra) if outcome in ("toegezegd", "deels") and extra.random() < 0.6 else ""
            rows["verzoeken"].append(
                [
                    f"{buurt}-vz{month}",
                    buurt,
                    ids[0],
                    extra.choice(city[:4]),
                    "Verzoek",
                    asked,
                    outcome,
                    answered,
                    kept,
                    "",
                ]
            )
        if v2 and b % 3:  # a third without recognitions; of the others every second one changes platform
            ends = MONTHS[14] if b % 3 == 2 else ""
            rows["erkenning"].append([buurt, ids[0], MONTHS[2 + b % 6], ends, city[0], "besluit"])
            if b % 3 == 2:
                rows["erkenning"].append([buurt, ids[1], MONTHS[17], "", city[0], "besluit"])
    for stem, spec in FILES.items():
        if not v2 and stem in ("resultaten", "verzoeken", "erkenning"):
            continue
        columns = [c.name for c in spec.columns if v2 or not c.optional_column]
        with open(folder / spec.filename, "w", newline="", encoding="utf-8") as handle:
            writer = csv.writer(handle)
            writer.writerow(columns)
            writer.writerows(row[: len(columns)] for row in rows[stem])


def dominant(dataset, buurt: str) -> str:
    """Time one buurt's months on a fresh cache, figure by figure; name the figures that take the most time.

    Each figure's measure (``Figure.compute``) is timed on its own; what
    several figures share (the network's shortest paths, betweenness, the
    month's relations …) counts with the first figure that asks for it.
    Making the month (its masks and edges, ``Month``) and preparing the
    buurt's arrays, once per buurt, are counted apart.
    """
    from kit.analysis.array_figures import Month, buurt_arrays
    from kit.analysis.catalogue import FIGURES
    from kit.analysis.figures import single_blas_thread
    from kit.analysis.snapshot import history
    from kit.data.spans import dataset_months

    history(dataset, buurt)  # the split of the dataset per buurt, once for every buurt, is not the buurt's work
    dataset.cache.pop("buurt_arrays", None)
    parts: dict[str, float] = {}
    with single_blas_thread():
        started = time.perf_counter()
        arrays = buurt_arrays(dataset, buurt)
        parts["preparing the buurt's arrays"] = time.perf_counter() - started
        previous = None
        for month in dataset_months(dataset):
            started = time.perf_counter()
            computed = Month(arrays, month, previous)
            parts["the month's masks and edges"] = parts.get("the month's masks and edges", 0) + (
                time.perf_counter() - started
            )
            for figure in FIGURES:
                started = time.perf_counter()
                figure.compute(computed)
                parts[figure.key] = parts.get(figure.key, 0) + time.perf_counter() - started
            previous = computed.codes
    total = sum(parts.values())
    ranked = sorted(parts.items(), key=lambda kv: -kv[1])[:6]
    return "; ".join(f"{label} {seconds / total:.0%}" for label, seconds in ranked)


def differences(plain, kit, dataset, tolerance: float = 1e-9) -> list[str]:
    """Where the baseline's panel differs from the kit's: ``[]`` when they are the same panel.

    ``plain`` holds the platform's raw id, which the comparison maps to its
    public id as the kit's panel prints it; rows are matched by buurt and
    month, and the baseline may hold fewer buurten (``--plain-buurten``).
    """
    from kit.privacy import public_ids

    plain = plain.assign(platform=plain["platform"].map(public_ids(dataset))).set_index(["buurt", "maand"])
    kit = kit.set_index(["buurt", "maand"])
    odd = sorted(set(kit.columns) ^ set(plain.columns))
    found = [f"columns in one panel only: {odd}"] if odd else []
    missing = plain.index.difference(kit.index)
    if len(missing) or plain.index.has_duplicates:
        return [*found, f"rows not in the kit's panel: {list(missing[:3])}"]
    kit = kit.loc[plain.index]
    for column in kit.columns.intersection(plain.columns):
        mine, theirs = kit[column], plain[column]
        both_missing = mine.isna() & theirs.isna()
        if mine.dtype.kind == "f":
            same = both_missing | ((mine - theirs).abs() <= tolerance)
        else:
            same = both_missing | (mine == theirs)
        if not same.all():
            where = same[~same].index[:3].tolist()
            found.append(
                f"{column}: {(~same).sum()} rows, e.g. {where}: kit {mine[~same].tolist()[:3]}, "
                f"plain {theirs[~same].tolist()[:3]}"
            )
    return found


def _work(kind: str, folder: Path, out: Path, buurten: list[str] | None) -> None:
    """The timed work of one process: load (not timed), compute the panel, write it and the times to ``out``.

    ``kit`` and ``previous`` time ``panel(data, jobs=1)`` of whatever ``kit``
    imports (for ``previous`` the checkout first on ``PYTHONPATH``, in the
    layout of its time); ``careful`` and ``naive`` time the loops of
    ``benchmarks/plain.py``, on ``buurten`` if given.
    """
    import kit

    if (Path(kit.__file__).parent / "analysis").is_dir():
        from kit.analysis.panel import panel
        from kit.data.dataset import load
    else:  # a checkout from before kit.data and kit.analysis
        from kit.dataset import load
        from kit.panel import panel
    data = load(folder)
    if kind in ("careful", "naive"):
        sys.path.insert(0, str(Path(__file__).parent))
        from plain import plain_panel

        compute = lambda: plain_panel(data, buurten, careful=kind == "careful")  # noqa: E731 - side by side
    else:
        compute = lambda: panel(data, jobs=1)  # noqa: E731 - the two computations side by side
    cpu, wall = time.process_time(), time.perf_counter()
    frame = compute()
    times = {"cpu": time.process_time() - cpu, "wall": time.perf_counter() - wall}
    profile = dominant(data, data.buurten["id"].iloc[0]) if kind == "kit" else None
    with open(out, "wb") as handle:
        pickle.dump({"frame": frame, "kit": kit.__file__, "profile": profile, **times}, handle)


def _process(kind: str, folder: Path, out: Path, buurten: list[str] | None = None, path: Path | None = None) -> dict:
    """Run :func:`_work` in a fresh process; return what it wrote."""
    command = [sys.executable, str(Path(__file__).resolve()), "--work", kind, str(folder), str(out)]
    if buurten:
        command += ["--buurten", ",".join(buurten)]
    env = dict(os.environ, PYTHONPATH=str(path)) if path else None
    subprocess.run(command, check=True, env=env, cwd=path)
    with open(out, "rb") as handle:
        return pickle.load(handle)


def _commit(path: Path) -> str:
    return subprocess.run(
        ["git", "-C", str(path), "log", "-1", "--format=%h %s"], capture_output=True, text=True
    ).stdout.strip()[:60] or str(path)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default=str(TARGET_SIZE))
    parser.add_argument("--runs", type=int, default=1, help="time each process this many times, interleaved")
    parser.add_argument(
        "--plain-buurten",
        type=int,
        default=120,
        help="time the loops on at most this many buurten drawn at random, scaled up",
    )
    parser.add_argument(
        "--previous",
        type=Path,
        action="append",
        default=[],
        help="a checkout of an earlier commit to time on the version 1 city",
    )
    parser.add_argument("--work", nargs=3, metavar=("KIND", "FOLDER", "OUT"), help=argparse.SUPPRESS)
    parser.add_argument("--buurten", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.work:
        kind, folder, out = args.work
        return _work(kind, Path(folder), Path(out), args.buurten.split(",") if args.buurten else None)
    from kit.data.dataset import load

    sizes = [int(s) for s in args.sizes.split(",")]
    kit_times, careful_ratios, verdicts = {}, {}, []
    profile = ""
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        for size in sizes:
            folder = tmp / f"stad-{size}"
            started = time.perf_counter()
            generate(folder, size)
            generated = time.perf_counter()
            data = load(folder)
            loaded = time.perf_counter()
            ids = list(data.buurten["id"])
            sample = sorted(random.Random(size).sample(ids, args.plain_buurten)) if size > args.plain_buurten else None
            share = len(ids) / len(sample) if sample else 1
            runs: dict[str, list[dict]] = {"kit": [], "careful": [], "naive": []}
            for _ in range(args.runs):
                for kind in runs:
                    runs[kind].append(_process(kind, folder, tmp / f"{kind}.pickle", None if kind == "kit" else sample))
            best = {kind: min(found, key=lambda r: r["cpu"]) for kind, found in runs.items()}
            kit = best["kit"]
            profile = kit["profile"]
            kit_times[size] = kit["cpu"]
            timed = f"{len(sample)} of {size} buurten timed, ×{share:.0f}" if sample else f"all {size} buurten"
            print(
                f"{size:4d} buurten: {len(data.actoren)} actors, {len(data.relaties)} relations, "
                f"{len(kit['frame'])} panel rows; generate {generated - started:.1f} s, "
                f"load+validate {loaded - generated:.1f} s; the best of {args.runs} run(s) each"
            )
            print(f"       kit panel (jobs=1)   {kit['cpu']:8.1f} s cpu {kit['wall']:8.1f} s wall")
            for kind, name in (("careful", "careful networkx loop"), ("naive", "naive networkx loop  ")):
                loop = best[kind]
                found = differences(loop["frame"], kit["frame"], data)
                ratio, wall_ratio = loop["cpu"] * share / kit["cpu"], loop["wall"] * share / kit["wall"]
                every = ", ".join(
                    f"×{r['cpu'] * share / k['cpu']:.1f}" for r, k in zip(runs[kind], runs["kit"], strict=True)
                )
                print(
                    f"       {name}{loop['cpu'] * share:8.1f} s cpu {loop['wall'] * share:8.1f} s wall ({timed}); "
                    f"ratio {kind}/kit ×{ratio:.1f} cpu, ×{wall_ratio:.1f} wall (runs: {every}); same panel: "
                    + ("yes (floats to 1e-9)" if not found else "NO\n         " + "\n         ".join(found))
                )
                if kind == "careful":
                    careful_ratios[size] = ratio
                verdicts.append(not found)
            sys.stdout.flush()
        print(f"what dominates the kit (one buurt, every month, figure by figure): {profile}")
        base = sizes[0]
        for size in sizes[1:]:
            grow = kit_times[size] / kit_times[base]
            per_buurt = grow / (size / base)
            print(
                f"growth {size}/{base} buurten: kit ×{grow:.2f} (linear ×{size / base:.0f}, per buurt "
                f"×{per_buurt:.2f}: {'linear' if per_buurt <= TARGET_GROWTH else 'NOT linear'})"
            )
        if 480 in kit_times:
            verdict = "met" if kit_times[480] < 120 else "NOT met"
            print(f"target: 480 buurten under 120 s: {kit_times[480]:.1f} s cpu, {verdict}")
        if TARGET_SIZE in careful_ratios:
            met = careful_ratios[TARGET_SIZE] >= TARGET_RATIO and all(verdicts)
            print(
                f"target: kit ≥ {TARGET_RATIO}× the careful loop on {TARGET_SIZE} buurten, same panels: "
                f"×{careful_ratios[TARGET_SIZE]:.1f}, {'met' if met else 'NOT met'}"
            )
        for path in args.previous:
            for size in sizes:
                folder = tmp / f"stad-v1-{size}"
                generate(folder, size, version=1)
                # twice, interleaved, the better of two: the comparison is within 10 %
                times = {"previous": [], "current": []}
                for _ in range(2):
                    times["previous"].append(_process("previous", folder, tmp / "previous.pickle", path=path)["cpu"])
                    times["current"].append(_process("kit", folder, tmp / "current.pickle")["cpu"])
                previous, current = min(times["previous"]), min(times["current"])
                verdict = "met" if current <= previous * TARGET_SLOWDOWN else "NOT met"
                print(
                    f"version 1 city of {size} buurten: {_commit(path)}: {previous:.1f} s cpu; current "
                    f"{current:.1f} s cpu: ×{current / previous:.2f}; no slowdown beyond 10 %: {verdict}"
                )
                sys.stdout.flush()


if __name__ == "__main__":
    main()
