"""Workers and kernels started before the data is read (kit.render.factory), each report dated by its month."""

from __future__ import annotations

import os
import time

import nbformat
import pandas as pd
import psutil
import pytest
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

from kit.cli import main
from kit.render.factory import MAAND_NOTEBOOKS, NOTEBOOKS, SYNTHESE_NOTEBOOKS, Factory, _imports, maand_factory
from kit.render.reproducible import VARIABLE, build_date, epoch, stamped


def test_the_kernels_import_what_the_notebooks_import():
    month = _imports(tuple(NOTEBOOKS / name for name in MAAND_NOTEBOOKS)).splitlines()
    assert month == [
        "from kit.report.maandrapport import Maandrapport, toon",
        "from kit.report.overzicht import Overzicht, toon",
    ]
    assert _imports(tuple(NOTEBOOKS / name for name in SYNTHESE_NOTEBOOKS)) == (
        "from kit.report.synthese import Synthese, toon"
    )


def test_only_import_lines_of_code_cells_once_and_an_unreadable_notebook_adds_nothing(tmp_path):
    nb = new_notebook(
        cells=[
            new_markdown_cell("import os"),
            new_code_cell("import json\nx = json.dumps(1)\nfrom os import path as p"),
            new_code_cell("import json"),
            new_code_cell("%%time\nimport csv"),  # no Python: IPython's magic
        ]
    )
    path = tmp_path / "een.ipynb"
    nbformat.write(nb, path)
    (tmp_path / "kapot.ipynb").write_text("{geen notebook", encoding="utf-8")
    assert _imports((path, tmp_path / "kapot.ipynb", tmp_path / "weg.ipynb")) == "import json\nfrom os import path as p"


@pytest.mark.parametrize(
    ("workers", "buurten", "cores", "ahead"),
    [(2, None, 2, 2), (8, None, 2, 2), (4, ["lindenhof"], 8, 2), (4, ["lindenhof", "lindenhof"], 8, 2)],
)
def test_a_factory_starts_no_more_workers_than_cores_or_reports(workers, buurten, cores, ahead, monkeypatch):
    """One buurt asked for (twice or not): its report and the overview, two workers ahead."""
    monkeypatch.setattr(os, "cpu_count", lambda: cores)
    factory = maand_factory(workers, buurten)
    assert (factory.workers, factory.ahead) == (workers, ahead)


def test_each_report_is_dated_by_its_month_unless_the_caller_set_the_date(monkeypatch):
    monkeypatch.delenv(VARIABLE, raising=False)
    assert build_date(pd.Period("2025-12", "M")) == str(epoch(pd.Period("2025-12", "M"))) == "1764547200"
    monkeypatch.setenv(VARIABLE, "86400")
    assert build_date(pd.Period("2025-12", "M")) == "86400"


def test_the_date_is_set_while_a_pdf_is_made_and_restored_after(monkeypatch):
    monkeypatch.setenv(VARIABLE, "1")
    with stamped("1764547200"):
        assert os.environ[VARIABLE] == "1764547200"
    assert os.environ[VARIABLE] == "1"
    monkeypatch.delenv(VARIABLE)
    with stamped("1764547200"), stamped(None):
        assert os.environ[VARIABLE] == "1764547200"
    assert VARIABLE not in os.environ


def _workers() -> list[psutil.Process]:
    return psutil.Process().children(recursive=True)


@pytest.mark.slow
def test_render_starts_its_workers_before_it_reads_the_data_and_stops_them_when_the_data_has_errors(
    example, tmp_path, monkeypatch, capsys
):
    import kit.cli

    (example / "relaties.csv").unlink()
    real, seen = kit.cli._load, []

    def load(paths):
        seen.append(len(_workers()))
        return real(paths)

    monkeypatch.setattr(kit.cli, "_load", load)
    before = {p.pid for p in _workers()}
    with pytest.raises(SystemExit) as stopped:
        main(["render", str(example), "--out", str(tmp_path / "uit"), "--jobs", "2", "--stil"])
    assert stopped.value.code == 1
    assert "relaties.csv: ontbrekend bestand" in capsys.readouterr().err
    assert seen and seen[0] >= 2, "two workers were running when the data was read"
    assert {p.pid for p in _workers()} <= before, "no worker and no kernel is left"
    assert not (tmp_path / "uit").exists()


@pytest.mark.slow
def test_a_factory_left_unused_leaves_no_process_and_no_private_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("JUPYTER_RUNTIME_DIR", str(tmp_path))
    before = {p.pid for p in _workers()}
    with Factory(2, tuple(NOTEBOOKS / name for name in MAAND_NOTEBOOKS)) as factory:
        assert len(factory.pool._workers) == min(2, os.cpu_count() or 1)
        time.sleep(0.5)  # the kernels are starting
    assert {p.pid for p in _workers()} <= before
    assert not [p for p in (tmp_path / "proeftuin-kit").iterdir() if p.name.startswith("render-")]
