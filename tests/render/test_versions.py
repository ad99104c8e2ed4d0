"""Earlier versions of a report: kept, numbered, never lost when a replacement is interrupted (kit.render.versions)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from kit.render import versions

OLD = {"html": b"oud html", "pdf": b"oud pdf", "ipynb": b"oud ipynb"}
NEW = {"html": b"nieuw html", "pdf": b"nieuw pdf", "ipynb": b"nieuw ipynb"}


def _files(folder: Path) -> dict[str, bytes]:
    """Every file under ``folder`` by relative path, with its bytes."""
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def _written(folder: Path, contents: dict[str, bytes]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for suffix, data in contents.items():
        (folder / f"maandrapport.{suffix}").write_bytes(data)
    return folder


def test_first_report_keeps_nothing(tmp_path):
    assert versions.replace(tmp_path, "maandrapport", NEW, keep=True) is None
    assert _files(tmp_path) == {f"maandrapport.{s}": d for s, d in NEW.items()}


def test_renewed_report_keeps_the_earlier_one_under_the_next_number(tmp_path):
    _written(tmp_path, OLD)
    assert versions.replace(tmp_path, "maandrapport", NEW, keep=True) == 1
    assert versions.replace(tmp_path, "maandrapport", {s: d + b"2" for s, d in NEW.items()}, keep=True) == 2
    files = _files(tmp_path)
    assert {k: v for k, v in files.items() if ".v1." in k} == {f"maandrapport.v1.{s}": d for s, d in OLD.items()}
    assert files["maandrapport.v2.pdf"] == b"nieuw pdf" and files["maandrapport.pdf"] == b"nieuw pdf2"
    assert list(versions.earlier(tmp_path, "maandrapport")) == [1, 2]
    assert list(versions.earlier(tmp_path, "maandrapport")[1]) == ["html", "pdf", "ipynb"]


def test_overwrite_without_keeping(tmp_path):
    _written(tmp_path, OLD)
    assert versions.replace(tmp_path, "maandrapport", NEW, keep=False) is None
    assert _files(tmp_path) == {f"maandrapport.{s}": d for s, d in NEW.items()}


def test_a_format_the_new_report_lacks_goes_with_the_earlier_version(tmp_path):
    """An old PDF beside a new HTML would be a report of other data under the current name."""
    _written(tmp_path, OLD)
    versions.replace(tmp_path, "maandrapport", {"html": NEW["html"], "ipynb": NEW["ipynb"]}, keep=True)
    assert _files(tmp_path) == {
        "maandrapport.html": b"nieuw html",
        "maandrapport.ipynb": b"nieuw ipynb",
        "maandrapport.v1.html": b"oud html",
        "maandrapport.v1.pdf": b"oud pdf",
        "maandrapport.v1.ipynb": b"oud ipynb",
    }


class Interrupted(BaseException):
    """Stands in for a kill: not an Exception, so nothing on the way catches it."""


def _failing_step(original, steps: dict[str, int], fail_at: int):
    """``original`` counting every call of the file system in ``steps``; the ``fail_at``-th raises Interrupted."""

    def run(*args, **kwargs):
        steps["n"] += 1
        if steps["n"] == fail_at:
            raise Interrupted
        return original(*args, **kwargs)

    return run


@pytest.mark.parametrize("keep", [True, False])
def test_an_interruption_at_any_step_loses_nothing_and_recovers(tmp_path, monkeypatch, keep):
    """Interrupt the k-th file-system step of a replacement for every k; recover; compare with the whole run.

    Before the plan is in place the old report must be intact; after it, recovery must finish the replacement.
    """
    whole = _written(tmp_path / "heel", OLD)
    versions.replace(whole, "maandrapport", NEW, keep=keep)
    expected = _files(whole)
    old_only = {f"maandrapport.{s}": d for s, d in OLD.items()}

    k = 0
    while True:
        folder = _written(tmp_path / f"stap{k}", OLD)
        steps = {"n": 0}
        with monkeypatch.context() as patch:
            for name in ("replace", "link", "rename", "unlink", "rmdir"):
                patch.setattr(os, name, _failing_step(getattr(os, name), steps, k + 1))
            try:
                versions.replace(folder, "maandrapport", NEW, keep=keep)
                finished = True
            except Interrupted:
                finished = False
        if finished:
            break
        left = _files(folder).values()
        assert not keep or all(data in left for data in OLD.values()), f"interrupted at step {k + 1}: an old file lost"
        versions.recover(folder, "maandrapport")
        assert _files(folder) in (expected, old_only), f"interrupted at step {k + 1}"
        assert not [p for p in folder.iterdir() if p.name.startswith(".")], "no staging left after recovery"
        k += 1
    assert k > 5, "the replacement has several steps, each was interrupted once"
