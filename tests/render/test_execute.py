"""One kernel for many reports: each notebook still starts fresh (kit.render.execute)."""

from __future__ import annotations

from pathlib import Path

import nbformat
import pytest
from nbformat.v4 import new_code_cell, new_notebook

from kit.render.execute import ReportKernel, close_kernels, kernel_for
from kit.render.kernel import RUNTIME_FOLDER, kit_kernel, remove_dead


def _notebook(folder: Path, name: str, *sources: str) -> Path:
    """Write a notebook with one code cell per source; return its path."""
    nb = new_notebook(cells=[new_code_cell(s) for s in sources])
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    path = folder / f"{name}.ipynb"
    nbformat.write(nb, path)
    return path


def _outputs(nb) -> list[str]:
    """The text of every output, cell by cell."""
    return ["".join(o.get("text", "") or o.get("data", {}).get("text/plain", "") for o in c.outputs) for c in nb.cells]


@pytest.fixture()
def kernel(tmp_path):
    """A kit kernel in ``tmp_path``; stopped after the test."""
    with kit_kernel() as name:
        kernel = ReportKernel(name, tmp_path)
        yield kernel
        kernel.close()


@pytest.mark.slow
def test_second_notebook_sees_nothing_of_the_first(kernel, tmp_path):
    first = _notebook(tmp_path, "eerste", "geheim = 'naam van een bewoner'", "print(len(geheim))")
    second = _notebook(tmp_path, "tweede", "print('geheim' in globals())", "print(1 + 1)")
    one = kernel.execute(first, {})
    two = kernel.execute(second, {})
    three = kernel.execute(second, {})
    assert one.error is None and two.error is None
    assert _outputs(one.notebook) == ["", "20\n"]
    assert _outputs(two.notebook) == ["False\n", "2\n"]
    assert [c.execution_count for c in two.notebook.cells] == [1, 2]
    assert nbformat.writes(two.notebook) == nbformat.writes(three.notebook)


@pytest.mark.slow
def test_reused_kernel_keeps_imported_modules(kernel, tmp_path):
    """What stays between notebooks is what a fresh kernel rebuilds the same: modules."""
    first = _notebook(tmp_path, "eerste", "import sys\nsys.modules['json'].proeftuin_merk = 1")
    second = _notebook(tmp_path, "tweede", "import json\nprint(getattr(json, 'proeftuin_merk', 0))")
    kernel.execute(first, {})
    assert _outputs(kernel.execute(second, {}).notebook) == ["1\n"]


@pytest.mark.slow
def test_failing_cell_keeps_the_kernel_and_is_reported(kernel, tmp_path):
    failing = _notebook(tmp_path, "fout", "x = 1", "raise ValueError('kapot')", "print('niet bereikt')")
    fine = _notebook(tmp_path, "goed", "print('x' in globals())")
    result = kernel.execute(failing, {})
    assert result.error == "ValueError"
    assert result.notebook is not None
    assert _outputs(kernel.execute(fine, {}).notebook) == ["False\n"]


@pytest.mark.slow
def test_a_kernel_that_died_is_replaced(kernel, tmp_path):
    dying = _notebook(tmp_path, "sterft", "import os\nos._exit(1)")
    fine = _notebook(tmp_path, "goed", "print('weer op')")
    assert kernel.execute(dying, {}).error is not None
    result = kernel.execute(fine, {})
    assert result.error is None
    assert _outputs(result.notebook) == ["weer op\n"]


@pytest.mark.slow
def test_kernel_for_gives_one_kernel_per_folder(tmp_path):
    with kit_kernel() as name:
        try:
            assert kernel_for(name, tmp_path) is kernel_for(name, tmp_path)
            assert kernel_for(name, tmp_path) is not kernel_for(name, tmp_path / "elders")
        finally:
            close_kernels()


def test_a_kernel_that_cannot_start_is_a_failed_notebook(tmp_path):
    notebook = _notebook(tmp_path, "goed", "print(1)")
    result = ReportKernel("geen-kernel-met-deze-naam", tmp_path).execute(notebook, {})
    assert result.notebook is None and result.error == "NoSuchKernel"


@pytest.mark.slow
def test_a_render_keeps_its_files_in_a_private_folder_and_removes_a_dead_ones(tmp_path, monkeypatch):
    """Connection files go into the render's own folder; a folder whose lock nobody holds is a dead render's."""
    monkeypatch.setenv("JUPYTER_RUNTIME_DIR", str(tmp_path))
    base = tmp_path / RUNTIME_FOLDER
    dead = base / "render-1-dood"
    (dead / "runtime").mkdir(parents=True)
    (dead / "runtime" / "kernel-oud.json").write_text("{}")
    (base / "render-1-dood.lock").touch()
    with kit_kernel() as name:
        assert not dead.exists() and not (base / "render-1-dood.lock").exists()
        [own] = [p for p in base.iterdir() if p.is_dir()]
        assert remove_dead(base) == [] and own.exists(), "the folder of a running render is left alone"
        kernel = ReportKernel(name, tmp_path)
        try:
            kernel.connect()
            assert len(list((own / "runtime").glob("kernel-*.json"))) == 1
        finally:
            kernel.close()
    assert not list(base.iterdir())


@pytest.mark.slow
def test_a_started_kernel_boots_while_the_caller_works_and_is_started_once(kernel, tmp_path):
    import time

    from kit.render.convert import prepare

    notebook = _notebook(tmp_path, "pid", "import os\nprint(os.getpid())")
    begin = time.monotonic()
    kernel.start()
    assert time.monotonic() - begin < 1, "start() does not wait for the kernel to answer"
    prepare()
    kernel.start()
    first = _outputs(kernel.execute(notebook, {}).notebook)
    assert _outputs(kernel.execute(notebook, {}).notebook) == first, "one kernel, started once"


@pytest.mark.slow
def test_a_warmed_kernel_keeps_the_modules_and_forgets_the_names(kernel, tmp_path):
    """Warming imports what the notebooks import; the notebook still starts with an empty namespace."""
    kernel.warm("import colorsys\nvoorraad = 'van het opwarmen'")
    check = _notebook(tmp_path, "na", "import sys\nprint('colorsys' in sys.modules, 'voorraad' in globals())")
    result = kernel.execute(check, {})
    assert result.error is None and _outputs(result.notebook) == ["True False\n"]
    assert [c.execution_count for c in result.notebook.cells] == [1]


@pytest.mark.slow
def test_warming_a_kernel_that_cannot_start_leaves_the_report_to_fail_alone(tmp_path):
    kernel = ReportKernel("geen-kernel-met-deze-naam", tmp_path)
    kernel.warm("import json")  # does not raise
    result = kernel.execute(_notebook(tmp_path, "n", "print(1)"), {})
    assert result.notebook is None and result.error == "NoSuchKernel"
