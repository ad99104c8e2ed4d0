"""The committed notebooks: no outputs, and the kernel that `make lab` registers."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest

from kit.render.kernel import KERNEL_NAME, kit_kernel

ROOT = Path(__file__).resolve().parents[1]
#: Where notebooks live in the checkout (notebooks/ links the report notebooks of kit/).
NOTEBOOKS = sorted(
    {
        p.resolve()
        for folder in ("notebooks", "kit")
        for p in (ROOT / folder).rglob("*.ipynb")
        if ".ipynb_checkpoints" not in p.parts
    }
)


def test_notebooks_are_found():
    assert {p.name for p in NOTEBOOKS} >= {"maandrapport.ipynb", "overzicht.ipynb", "verkennen.ipynb"}


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_notebook_is_committed_without_outputs(path):
    nb = nbformat.read(path, as_version=4)
    for number, cell in enumerate(nb.cells, start=1):
        if cell.cell_type == "code":
            assert not cell.outputs and cell.execution_count is None, f"{path.name}, cel {number}: wis de uitvoer"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_notebook_declares_the_kit_kernel(path):
    assert nbformat.read(path, as_version=4).metadata.kernelspec.name == KERNEL_NAME


def test_make_lab_registers_that_kernel():
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert re.findall(r"ipykernel install .*--name (\S+)", makefile) == [KERNEL_NAME]


@pytest.mark.slow
def test_verkennen_runs_with_papermill_from_the_project_root(tmp_path):
    """``papermill notebooks/verkennen.ipynb uit.ipynb`` from the checkout: no default path depends on the folder.

    Run from the project root, where a path relative to notebooks/ (``../build/demo``) points outside the
    checkout; nbval runs it from notebooks/ (``make test``).
    """
    out = tmp_path / "uit.ipynb"
    with kit_kernel():
        done = subprocess.run(
            [sys.executable, "-m", "papermill", "notebooks/verkennen.ipynb", str(out), "-p", "uit", str(tmp_path)],
            cwd=ROOT,
            capture_output=True,
            text=True,
        )
    assert done.returncode == 0, done.stderr[-3000:]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["panel.xlsx", "uit.ipynb", "zilverdistel.gexf"]
    [loading] = [c for c in nbformat.read(out, as_version=4).cells if "data = load(" in c.source]
    assert "Vlinderhof" in str(loading.outputs)  # data.buurten of the demo
