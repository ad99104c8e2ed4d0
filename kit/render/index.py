"""``reports/index.html``: every month and every report rendered so far, and every synthesis.

The index is rebuilt from what is on disk, not from the last batch, so it
also lists earlier months and survives renders of single buurten.  The
syntheses of periods (``synthese-JJJJ-MM-JJJJ-MM/``) come first.  Links are
relative, so the folder can be copied or served anywhere.  Earlier versions
of a report (:mod:`.versions`) are listed after it, so a report that was sent
stays findable after it was renewed.

Every render rewrites the index, also two at the same time.  Each scans and
writes it holding the lock of :data:`LOCK`, after its own reports are in
place, so the index written last was scanned after every report of both was
written: it lists them all.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from kit import atomic, locking
from kit.data.months import MONTH, maand_label

from .page import CONTENT_SECURITY_POLICY, stylesheet
from .versions import earlier

FORMATS = ("html", "pdf", "bijlage.pdf")
#: How the index names each format's link (a monthly report's appendix PDF, :data:`kit.render.batch.BIJLAGE`).
LINK_TEKST = {"html": "HTML", "pdf": "PDF", "bijlage.pdf": "bijlage (PDF)"}
#: The file whose lock a render holds while it scans and writes the index.
LOCK = ".index.lock"
_TITLE = re.compile(r"<title>(.*?)</title>", re.S)
#: The folder of a synthesis: ``synthese-<van>-<tot>`` (:func:`kit.render.batch.synthese_folder`).
SYNTHESE_PATROON = re.compile(rf"synthese-({MONTH.pattern})-({MONTH.pattern})")


@dataclass(frozen=True)
class Entry:
    """One report on disk: its label, the relative links to its formats and to those of its earlier versions."""

    label: str
    links: dict[str, str]
    earlier: dict[int, dict[str, str]] = field(default_factory=dict)


def _entry(folder: Path, stem: str, out: Path, fallback: str) -> Entry | None:
    """Return the report ``folder/stem.*`` as an entry, or ``None`` if it has no HTML or PDF."""
    files = {fmt: folder / f"{stem}.{fmt}" for fmt in FORMATS}
    links = {fmt: path.relative_to(out).as_posix() for fmt, path in files.items() if path.exists()}
    if not links:
        return None
    label = fallback
    try:
        found = _TITLE.search(files["html"].read_text(encoding="utf-8", errors="replace"))
    except OSError:  # no HTML, or another render just moved it to an earlier version
        found = None
    if found:
        label = html.unescape(found[1]).strip()
    versions = {
        number: {fmt: path.relative_to(out).as_posix() for fmt, path in files.items() if fmt in FORMATS}
        for number, files in earlier(folder, stem).items()
    }
    return Entry(label, links, {number: links for number, links in versions.items() if links})


def scan(out: Path) -> dict[str, list[Entry]]:
    """Return the reports under ``out`` per month, newest month first.

    Within a month the overview comes first, then the buurten by id.
    """
    months: dict[str, list[Entry]] = {}
    for folder in sorted(out.iterdir(), reverse=True) if out.is_dir() else ():
        if not (folder.is_dir() and MONTH.fullmatch(folder.name)):
            continue
        entries = [_entry(folder, "overzicht", out, "Overzicht")]
        entries += [
            _entry(sub, "maandrapport", out, sub.name)
            for sub in sorted(p for p in folder.iterdir() if p.is_dir() and not p.name.startswith("."))
        ]
        if found := [e for e in entries if e is not None]:
            months[folder.name] = found
    return months


def scan_syntheses(out: Path) -> list[Entry]:
    """Return the syntheses under ``out``, the latest period first (by its last month, then its first)."""
    found = []
    for folder in out.iterdir() if out.is_dir() else ():
        if folder.is_dir() and (match := SYNTHESE_PATROON.fullmatch(folder.name)) and match[1] <= match[2]:
            entry = _entry(
                folder, "synthese", out, f"Synthese {maand_label(match[1])} tot en met {maand_label(match[2])}"
            )
            if entry is not None:
                found.append(((match[2], match[1]), entry))
    return [entry for _, entry in sorted(found, key=lambda item: item[0], reverse=True)]


def render_index(months: dict[str, list[Entry]], syntheses: Sequence[Entry] = ()) -> str:
    """Return the Dutch index page for ``months`` (see :func:`scan`) and ``syntheses`` (:func:`scan_syntheses`)."""
    lines = [
        "<!DOCTYPE html>",
        '<html lang="nl">',
        "<head>",
        '<meta charset="utf-8">',
        # the policy first, before anything the browser could load
        f'<meta http-equiv="Content-Security-Policy" content="{html.escape(CONTENT_SECURITY_POLICY)}">',
        # a phone lays the page out at its own width (320 pixels and up), not at a desktop's 980
        '<meta name="viewport" content="width=device-width, initial-scale=1.0">',
        "<title>Rapporten proeftuin buurtplatformrecht</title>",
        '<meta name="author" content="Proeftuin kit">',
        f"<style>\n{stylesheet()}</style>",
        "</head>",
        '<body class="index">',
        "<main>",
        "<h1>Rapporten proeftuin buurtplatformrecht</h1>",
    ]
    if not months and not syntheses:
        lines.append("<p>Er zijn nog geen rapporten gemaakt.</p>")
    groups = ([("synthese", "Synthese over een periode", syntheses)] if syntheses else []) + [
        (maand, maand_label(maand).capitalize(), entries) for maand, entries in months.items()
    ]
    for anchor, heading, entries in groups:
        lines += [f'<h2 id="{anchor}">{html.escape(heading)}</h2>', "<ul>"]
        for entry in entries:
            kept = "; ".join(f"versie {number} ({_links(links)})" for number, links in entry.earlier.items())
            kept = f"; eerdere versies: {kept}" if kept else ""
            lines.append(f"<li>{html.escape(entry.label)} ({_links(entry.links)}){kept}</li>")
        lines.append("</ul>")
    lines += ["</main>", "</body>", "</html>", ""]
    return "\n".join(lines)


def _links(links: dict[str, str]) -> str:
    """``HTML · PDF · bijlage (PDF)``, each a link."""
    return " · ".join(f'<a href="{html.escape(href)}">{LINK_TEKST[fmt]}</a>' for fmt, href in links.items())


def write_index(out: Path) -> Path:
    """Scan ``out`` and (re)write ``out/index.html`` atomically, holding the index's lock; return its path."""
    path = out / "index.html"
    with locking.locked(out / LOCK):
        atomic.write_text(path, render_index(scan(out), scan_syntheses(out)))
    return path
