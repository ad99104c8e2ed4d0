"""What a report was made from, and its earlier versions: a renewed report never loses the one that was sent.

A report is the set of files ``<stem>.ipynb``, ``<stem>.html``,
``<stem>.pdf`` and, for a monthly report rendered with its appendix,
``<stem>.bijlage.pdf`` in its folder.  Its executed notebook records what it was made
from (:func:`made_from`): the kit's version, the name and SHA-256 of every
dataset file (the checksums its colophon shows) and those of the
fictional-data marker ``FICTIEF.txt`` when there is one (it puts a banner on
every page).
The kit version counts as an input because a new version may compute a figure
differently; libraries do not, as their releases change how a report looks,
not what it says.

When a report is renewed because its inputs changed, the earlier one is kept
beside it under the next free version number: ``maandrapport.v1.pdf``,
``maandrapport.v2.pdf`` … (1 is the oldest).  All its files get the same
number; a format the new report does not have moves to the earlier version
too, so the current files always belong together.

Replacing several files cannot be one atomic step, so it is a small
transaction that an interruption at any point leaves recoverable:

1. the new files are written into ``.<stem>.nieuw/`` beside the report;
2. a plan (the version number to keep, the new formats) is written into it
   and the folder is renamed to ``.<stem>.klaar/``: from here on the change
   is decided;
3. the current files are linked to their version names (nothing is copied
   or lost: the same file gets a second name), then the new files are moved
   over the current names, the notebook last, and the folder is removed.

:func:`recover` finishes step 3 after an interruption (every step is safe to
repeat) or throws away an unfinished step 1, before anything reads the
report again.

Two renders may renew the same report at the same time (two facilitators
rendering into one shared folder, a scheduled render meeting a manual one).
So whoever reads the report to decide what to do, or changes its files,
holds the report's lock (:func:`locked`) from reading to writing: with it,
:func:`decide` decides again from what is on disk just before a new report is
put in place.  What another render put there meanwhile counts: a report from
the same inputs is not written twice, one from other inputs is kept as an
earlier version, and version numbers are claimed one at a time.  The lock is
not held while a report is executed and converted (seconds to minutes), only
for the milliseconds of deciding and moving files, so a render never waits
long for another, nor past its time limit.
"""

from __future__ import annotations

import json
import os
import re
import shutil
from collections.abc import Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from pathlib import Path

from kit import __version__, atomic, locking

#: The files of a report, the notebook last: it is the report's record of its inputs.
SUFFIXES = ("html", "pdf", "bijlage.pdf", "ipynb")
PLAN = "plan.json"


def made_from(files: dict[str, str], kit: str = __version__) -> dict:
    """Return the record of a report's inputs: the kit's version and ``{file name: SHA-256}``.

    >>> made_from({"actoren.csv": "ab12"}, kit="0.1.0")
    {'kit': '0.1.0', 'bestanden': {'actoren.csv': 'ab12'}}
    """
    return {"kit": kit, "bestanden": dict(sorted(files.items()))}


def recorded(folder: Path, stem: str) -> dict | None:
    """Return the inputs the report's notebook records.

    ``None`` when there is no notebook, or it was made before the kit recorded them.
    """
    try:
        nb = json.loads((folder / f"{stem}.ipynb").read_bytes())
        return nb["metadata"]["proeftuin"]["invoer"]
    except (OSError, ValueError, KeyError, TypeError):
        return None


def difference(before: dict | None, now: dict) -> str | None:
    """Say in Dutch what differs between two records of inputs; ``None`` when nothing does.

    >>> difference(made_from({"a.csv": "1", "b.csv": "2"}), made_from({"a.csv": "1", "b.csv": "3", "c.csv": "4"}))
    'gegevens veranderd: b.csv; nieuw bestand: c.csv'
    >>> difference(made_from({}, kit="0.1.0"), made_from({}, kit="0.2.0"))
    'gemaakt met kit 0.1.0, nu 0.2.0'
    >>> print(difference(None, made_from({})))
    niet na te gaan waaruit de vorige versie is gemaakt
    """
    if before is None:
        return "niet na te gaan waaruit de vorige versie is gemaakt"
    old, new = before.get("bestanden", {}), now["bestanden"]
    parts = [
        f"{label}: {', '.join(names)}"
        for label, names in (
            ("gegevens veranderd", [n for n in new if n in old and old[n] != new[n]]),
            ("nieuw bestand", [n for n in new if n not in old]),
            ("bestand verdwenen", [n for n in old if n not in new]),
        )
        if names
    ]
    if before.get("kit") != now["kit"]:
        parts.append(f"gemaakt met kit {before.get('kit', 'onbekend')}, nu {now['kit']}")
    return "; ".join(parts) or None


def current(folder: Path, stem: str) -> list[Path]:
    """The report's current files that exist."""
    return [p for p in (folder / f"{stem}.{s}" for s in SUFFIXES) if p.exists()]


def earlier(folder: Path, stem: str) -> dict[int, dict[str, Path]]:
    """The report's earlier versions, oldest first: ``{number: {suffix: path}}``."""
    pattern = re.compile(rf"{re.escape(stem)}\.v([1-9][0-9]*)\.({'|'.join(map(re.escape, SUFFIXES))})")
    found: dict[int, dict[str, Path]] = {}
    for path in folder.iterdir() if folder.is_dir() else ():
        if match := pattern.fullmatch(path.name):
            found.setdefault(int(match[1]), {})[match[2]] = path
    return {n: dict(sorted(found[n].items(), key=lambda item: SUFFIXES.index(item[0]))) for n in sorted(found)}


def lock_file(folder: Path, stem: str) -> Path:
    """The file whose lock is the report's lock (:func:`locked`): ``.<stem>.lock`` beside it."""
    return folder / f".{stem}.lock"


def locked(folder: Path, stem: str) -> AbstractContextManager[None]:
    """Hold the report's lock while the block runs; wait while another process holds it.

    Hold it around :func:`decide`, :func:`replace` and :func:`recover`, and
    not twice in one process at a time.
    """
    return locking.locked(lock_file(folder, stem))


@dataclass(frozen=True)
class Decision:
    """What to do with a report, decided from what is on disk (:func:`decide`).

    ``skip``: it exists, complete and from the same inputs.  ``keep``: it was
    made from other inputs and is kept as an earlier version, ``reason`` says
    why in Dutch.  Neither: the report is written (where there is none, or
    over one from the same inputs).
    """

    skip: bool = False
    keep: bool = False
    reason: str | None = None


def decide(folder: Path, stem: str, inputs: dict, suffixes: Sequence[str], force: bool) -> Decision:
    """Decide what to do with the report ``folder/stem`` to be made from ``inputs`` in ``suffixes``.

    A report made from other inputs than ``inputs`` (or from unknown ones)
    is renewed and kept; one made from the same inputs is skipped when it has
    every suffix, unless ``force``.  An interrupted replacement is recovered
    first.  The caller holds :func:`locked` until it has acted on the decision.
    """
    recover(folder, stem)
    if not current(folder, stem):
        return Decision()
    reason = difference(recorded(folder, stem), inputs)
    if reason is not None:
        return Decision(keep=True, reason=reason)
    if force or not all((folder / f"{stem}.{suffix}").exists() for suffix in suffixes):
        return Decision()
    return Decision(skip=True)


def replace(folder: Path, stem: str, contents: dict[str, bytes], keep: bool) -> int | None:
    """Make ``contents`` (``{suffix: bytes}``) the report's files; return the number the earlier one was kept under.

    With ``keep`` false, or when there is no earlier report, nothing is kept
    and ``None`` is returned: files of the same suffix are overwritten.  The
    caller holds :func:`locked`.
    """
    recover(folder, stem)
    staging = folder / f".{stem}.nieuw"
    shutil.rmtree(staging, ignore_errors=True)
    for suffix, data in contents.items():
        atomic.write_bytes(staging / f"{stem}.{suffix}", data)
    version = None
    if keep and current(folder, stem):
        version = max(earlier(folder, stem), default=0) + 1
    atomic.write_text(staging / PLAN, json.dumps({"versie": version, "formaten": sorted(contents)}))
    os.replace(staging, folder / f".{stem}.klaar")
    _apply(folder, stem)
    return version


def recover(folder: Path, stem: str) -> None:
    """Finish a replacement that was decided but interrupted; drop one that was not yet decided.

    The caller holds :func:`locked`: a replacement in progress looks interrupted.
    """
    ready = folder / f".{stem}.klaar"
    if (ready / PLAN).exists():
        _apply(folder, stem)
    shutil.rmtree(ready, ignore_errors=True)
    shutil.rmtree(folder / f".{stem}.nieuw", ignore_errors=True)


def _apply(folder: Path, stem: str) -> None:
    """Step 3 of the module docstring; safe to run again after an interruption."""
    ready = folder / f".{stem}.klaar"
    plan = json.loads((ready / PLAN).read_text(encoding="utf-8"))
    version, formats = plan["versie"], plan["formaten"]
    if version is not None:
        for suffix in SUFFIXES:
            now, kept = folder / f"{stem}.{suffix}", folder / f"{stem}.v{version}.{suffix}"
            still_old = suffix not in formats or (ready / now.name).exists()
            if still_old and now.exists() and not kept.exists():
                _link(now, kept)
        for suffix in SUFFIXES:
            if suffix not in formats:
                (folder / f"{stem}.{suffix}").unlink(missing_ok=True)
    for suffix in sorted(formats, key=SUFFIXES.index):
        new = ready / f"{stem}.{suffix}"
        if new.exists():
            os.replace(new, folder / new.name)
    (ready / PLAN).unlink()
    ready.rmdir()


def _link(path: Path, to: Path) -> None:
    """Give ``path`` the second name ``to``; copy it (atomically) where the file system has no hard links."""
    try:
        os.link(path, to)
    except OSError:
        atomic.write_bytes(to, path.read_bytes())
