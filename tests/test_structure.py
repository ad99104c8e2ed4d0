"""The package's structure, drawn from its imports: no circle, no import back up a layer, no file too long.

Every import of a ``kit`` module counts, wherever it stands: at the top, under
``if TYPE_CHECKING:`` or inside a function (an import inside a function still
makes the module depend on the other; hiding it there only hides a circle).
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import networkx as nx
import pytest

ROOT = Path(__file__).resolve().parents[1]
KIT = ROOT / "kit"

#: The layers, lowest first; a module may import from its own layer and those before it (README, "Layout").
LAYERS = (
    (
        "tools",
        (
            "kit",
            "kit.lookalikes",
            "kit.names",
            "kit.dutch",
            "kit.atomic",
            "kit.paths",
            "kit.locking",
            "kit.safe_cells",
            "kit.safe_xml",
            "kit.collector",
            "kit.provenance",
        ),
    ),
    ("data", ("kit.data",)),
    ("privacy", ("kit.privacy",)),
    ("analysis", ("kit.analysis",)),
    ("report", ("kit.report",)),
    ("render", ("kit.render",)),
    ("commands", ("kit.demo", "kit.cli", "kit.__main__")),
)
#: Layers that do not import each other although one lies above the other: the render factory executes the
#: report notebooks and prints what they show, it does not word them (issue 19, part 4).
APART = (("kit.render", "kit.report"),)
#: The most lines a file of kit/ may have (issue 19).
LONGEST = 800
#: Files still longer, each with the work that splits it; the test fails once one may leave the list.
TOO_LONG_FOR_NOW: dict[str, str] = {}


def _modules() -> dict[str, Path]:
    modules = {}
    for path in sorted(KIT.rglob("*.py")):
        parts = path.relative_to(ROOT).with_suffix("").parts
        modules[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = path
    return modules


def _imported(module: str, path: Path, node: ast.Import | ast.ImportFrom, modules: dict[str, Path]) -> list[str]:
    """The kit modules an import statement names (``from kit.data import months``: kit.data.months)."""
    if isinstance(node, ast.Import):
        return [alias.name for alias in node.names if alias.name in modules]
    package = module.split(".") if path.name == "__init__.py" else module.split(".")[:-1]
    if node.level:
        package = package[: len(package) - node.level + 1]
        target = ".".join([*package, node.module] if node.module else package)
    else:
        target = node.module or ""
    submodules = [f"{target}.{alias.name}" for alias in node.names if f"{target}.{alias.name}" in modules]
    return submodules or ([target] if target in modules else [])


def imports() -> list[tuple[str, str, str]]:
    """Every import of a kit module by a kit module: (importer, imported, ``path:line``)."""
    modules = _modules()
    found = []
    for module, path in modules.items():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import | ast.ImportFrom):
                where = f"{path.relative_to(ROOT)}:{node.lineno}"
                found += [
                    (module, target, where) for target in _imported(module, path, node, modules) if target != module
                ]
    return found


def layer(module: str) -> int:
    """The position in :data:`LAYERS` of the layer whose longest name ``module`` is or lies in."""
    found = [
        (len(prefix), number)
        for number, (_, prefixes) in enumerate(LAYERS)
        for prefix in prefixes
        if module == prefix or module.startswith(prefix + ".")
    ]
    assert found, f"{module}: no layer in tests/test_structure.py LAYERS; add it where it belongs"
    return max(found)[1]


def test_every_module_has_a_layer():
    for module in _modules():
        layer(module)


def test_no_import_runs_back_up_a_layer():
    upward = [
        f"{where}: {importer} ({LAYERS[layer(importer)][0]}) imports {target} ({LAYERS[layer(target)][0]})"
        for importer, target, where in imports()
        if layer(target) > layer(importer)
    ]
    assert not upward, "\n".join(upward)


def test_the_render_factory_does_not_import_the_reports():
    crossing = [
        f"{where}: {importer} imports {target}"
        for importer, target, where in imports()
        for upper, lower in APART
        if _within(importer, upper) and _within(target, lower)
    ]
    assert not crossing, "\n".join(crossing)


def _within(module: str, package: str) -> bool:
    return module == package or module.startswith(package + ".")


def test_the_imports_draw_no_circle():
    graph = nx.DiGraph()
    for importer, target, where in imports():
        graph.add_edge(importer, target, where=where)
    circles = []
    for cycle in nx.simple_cycles(graph):
        steps = zip(cycle, [*cycle[1:], cycle[0]], strict=True)
        circles.append(cycle[0] + "".join(f" -> {b} ({graph.edges[a, b]['where']})" for a, b in steps))
    assert not circles, "\n".join(circles)


def test_the_checks_see_imports_inside_functions_and_under_type_checking(tmp_path, monkeypatch):
    """The drawing counts every kind of import: a circle through a function's import is still a circle."""
    package = tmp_path / "kit"
    (package / "data").mkdir(parents=True)
    (package / "__init__.py").write_text("")
    (package / "data" / "__init__.py").write_text("")
    (package / "data" / "a.py").write_text(
        "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from .b import B\n"
    )
    (package / "data" / "b.py").write_text("def f():\n    from kit.data import a\n    from kit import privacy\n")
    (package / "privacy.py").write_text("")
    monkeypatch.setitem(globals(), "ROOT", tmp_path)
    monkeypatch.setitem(globals(), "KIT", package)
    assert sorted((a, b) for a, b, _ in imports()) == [
        ("kit.data.a", "kit.data.b"),
        ("kit.data.b", "kit.data.a"),
        ("kit.data.b", "kit.privacy"),
    ]
    with pytest.raises(AssertionError) as upward:
        test_no_import_runs_back_up_a_layer()
    assert str(upward.value).startswith("kit/data/b.py:3: kit.data.b (data) imports kit.privacy (privacy)")
    with pytest.raises(AssertionError) as circle:
        test_the_imports_draw_no_circle()
    assert str(circle.value).split("\n")[0] in (
        "kit.data.a -> kit.data.b (kit/data/a.py:3) -> kit.data.a (kit/data/b.py:2)",
        "kit.data.b -> kit.data.a (kit/data/b.py:2) -> kit.data.b (kit/data/a.py:3)",
    )


def test_no_file_of_kit_is_longer_than_800_lines():
    lengths = {
        str(path.relative_to(ROOT)): len(path.read_text(encoding="utf-8").splitlines()) for path in _modules().values()
    }
    too_long = {name: lines for name, lines in lengths.items() if lines > LONGEST}
    assert set(too_long) == set(TOO_LONG_FOR_NOW), (
        f"files of more than {LONGEST} lines: {too_long} (split them; take one that is short now off TOO_LONG_FOR_NOW)"
    )


def test_the_command_line_imports_a_layer_only_when_a_command_runs():
    """kit.cli imports each command's layers inside the command (its docstring says why): none at start.

    Only the exceptions for what the data do not hold (:mod:`kit.data.lookup`, which imports nothing) are
    named at the top, so that one ``except`` can catch them for every command.
    """
    code = (
        "import sys, kit.cli; print(sorted(m for m in sys.modules if m in ('pandas', 'networkx') "
        "or m.startswith('kit.data.') and m != 'kit.data.lookup'))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    assert done.stdout.strip() == "[]"


# --- the tests mirror the layers --------------------------------------------------------------------------

TESTS = ROOT / "tests"
#: The folder of each layer's tests, and the modules a test file there must import (what it tests).
TEST_FOLDERS = {
    "data": ("kit.data",),
    "analysis": ("kit.analysis",),
    "report": ("kit.report",),
    "render": ("kit.render",),
    "privacy": ("kit.privacy", "kit.names"),
}
#: The tests of the command line, the demo, the small tools at kit/'s top and the project itself stay in tests/.
ROOT_TESTS = {
    "test_checks.py": "ruff, formatting and mypy on the project",
    "test_cli.py": "kit.cli",
    "test_demo.py": "kit.demo",
    "test_docs.py": "README.md and docs/ against the code",
    "test_export.py": "proeftuin export",
    "test_lock.py": "uv.lock and requirements/",
    "test_locking.py": "kit.locking",
    "test_lookalikes.py": "kit.lookalikes",
    "test_notebooks.py": "notebooks/ and the report notebooks",
    "test_packaging.py": "the wheel",
    "test_paths.py": "kit.paths",
    "test_safe_cells.py": "kit.safe_cells",
    "test_structure.py": "this file: the package's and the tests' structure",
}


def _kit_imports(path: Path) -> set[str]:
    """Every ``kit`` module a test file imports, wherever the import stands."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found |= {node.module} | {f"{node.module}.{alias.name}" for alias in node.names}
        elif isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
    return {name for name in found if name == "kit" or name.startswith("kit.")}


def test_every_test_file_sits_in_the_folder_of_its_layer():
    """A test file is in tests/ only if :data:`ROOT_TESTS` lists it, and otherwise in the folder of the layer it
    tests (:data:`TEST_FOLDERS`), importing from that layer: a new file lands where the next maintainer looks."""
    misplaced = []
    for path in sorted(TESTS.rglob("test_*.py")):
        where = path.relative_to(TESTS)
        if len(where.parts) == 1:
            if where.name not in ROOT_TESTS:
                misplaced.append(f"{where}: not a test of the project or of kit's top; move it to its layer's folder")
        elif where.parts[0] not in TEST_FOLDERS or len(where.parts) > 2:
            misplaced.append(f"{where}: tests/ has a folder per layer only ({', '.join(TEST_FOLDERS)})")
        elif not any(_within(name, package) for name in _kit_imports(path) for package in TEST_FOLDERS[where.parts[0]]):
            misplaced.append(f"{where}: imports nothing of {' or '.join(TEST_FOLDERS[where.parts[0]])}")
    assert misplaced == []


def test_tests_share_code_through_helpers_not_through_each_other():
    """A test file imports no other test file (whose folder pytest may not have put on the path yet): what tests
    share is in ``tests/helpers.py``."""
    borrowing = []
    for path in sorted(TESTS.rglob("test_*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = [node.module or ""] if isinstance(node, ast.ImportFrom) else []
            names += [alias.name for alias in node.names] if isinstance(node, ast.Import) else []
            borrowing += [
                f"{path.relative_to(TESTS)}: {name}" for name in names if name.startswith(("test_", "conftest"))
            ]
    assert borrowing == []


def test_the_root_tests_listed_exist():
    assert sorted(p.name for p in TESTS.glob("test_*.py")) == sorted(ROOT_TESTS)
