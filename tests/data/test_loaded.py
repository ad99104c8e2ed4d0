"""A dataset read once per render: the render hands what it read to its kernels (kit.data.loaded.hand_over)."""

from __future__ import annotations

import os
import subprocess
import sys

import pandas as pd
import pytest

from kit.data import dataset, loaded
from kit.data.dataset import load
from kit.render.kernel import kit_kernel


@pytest.fixture
def fresh(monkeypatch):
    """A process that has read nothing yet (as a new kernel), with every read counted."""
    monkeypatch.setattr(loaded, "_LOADED", {})
    reads = []

    def counted(path):
        reads.append(path)
        return load(path)

    monkeypatch.setattr(dataset, "load", counted)  # load_dataset imports it when it runs
    return reads


def test_a_kernel_takes_the_dataset_the_render_handed_over_without_reading_it(example, fresh):
    data = load(example)
    with kit_kernel():
        folder = os.environ[loaded.HANDED_OVER]
        loaded.hand_over(data)
        taken = loaded.load_dataset(str(example))
        assert fresh == [], "read again although it was handed over"
        pd.testing.assert_frame_equal(taken.actoren, data.actoren)
        assert taken.cache == {} and taken.files == data.files
        assert [p.stat().st_mode & 0o077 for p in os.scandir(folder)] == [0]  # private to the user
        assert os.stat(os.path.dirname(folder)).st_mode & 0o077 == 0  # and so is the render's folder
    assert loaded.HANDED_OVER not in os.environ and not os.path.exists(folder)  # gone with the render


def test_a_dataset_changed_after_it_was_handed_over_is_read_again(example, fresh):
    with kit_kernel():
        loaded.hand_over(load(example))
        relations = example / "relaties.csv"
        relations.write_text(relations.read_text(encoding="utf-8") + "\n", encoding="utf-8")
        os.utime(relations, ns=(1, 1))
        loaded.load_dataset(example)
    assert fresh == [example.resolve()]


def test_outside_a_render_nothing_is_handed_over(example, fresh):
    loaded.hand_over(load(example))  # no render: no folder, no file, no error
    loaded.load_dataset(example)
    assert fresh == [example.resolve()]


def test_a_kernel_handed_its_dataset_renders_without_loading_the_validator(demo_path):
    """The validator (pandera, about 0.3 s to import) is for reading files: a kernel that takes the handed-over
    dataset renders a monthly report and the sheet without it."""
    code = (
        "import sys\n"
        "from kit.report import maandrapport, overzicht\n"
        f"r = maandrapport.Maandrapport({str(demo_path)!r}, 'zilverdistel', '2025-12')\n"
        "maandrapport.toon(r, *maandrapport.SECTIES)\n"
        f"overzicht.toon(overzicht.Overzicht({str(demo_path)!r}, '2025-12'), *overzicht.SECTIES)\n"
        "print('pandera' in sys.modules)\n"
    )
    with kit_kernel():
        loaded.hand_over(load(demo_path))
        found = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert found.stdout.split() == ["False"]
