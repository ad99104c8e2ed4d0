"""Write environment.yml: the kit's direct dependencies for conda, at the versions of uv.lock.

Run by ``make lock`` after the lock is refreshed, so conda users get the same
versions as ``make`` installs.  Conda solves the indirect dependencies itself.

Usage::

    python requirements/environment.py
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
#: The extras a conda environment holds besides the base dependencies: those of ``make test`` and ``make lab``.
EXTRAS = ("test", "lab")


def normalized(name: str) -> str:
    """A distribution name as the lock spells it (PEP 503): ``Foo_Bar`` -> ``foo-bar``."""
    return re.sub(r"[-_.]+", "-", name).lower()


def direct_dependencies(project: dict) -> list[str]:
    """The names of the base dependencies and those of :data:`EXTRAS`, in the order of pyproject.toml."""
    specs = project["dependencies"] + [s for extra in EXTRAS for s in project["optional-dependencies"][extra]]
    return list(dict.fromkeys(normalized(re.match(r"[A-Za-z0-9._-]+", spec)[0]) for spec in specs))


def environment(pyproject: dict, lock: dict) -> str:
    """The text of environment.yml: every direct dependency pinned to its locked version."""
    versions: dict[str, set[str]] = {}
    for package in lock["package"]:
        versions.setdefault(package["name"], set()).add(package["version"])
    lines = [
        "# For conda users; written by `make lock` from uv.lock (requirements/environment.py): do not edit.",
        "# The same versions as `make` installs; conda chooses the indirect dependencies.",
        "name: proeftuin",
        "channels:",
        "  - conda-forge",
        "dependencies:",
        f"  - python{pyproject['requires-python']}",
    ]
    for name in direct_dependencies(pyproject):
        [version] = versions[name]  # fork-strategy "fewest" gives one version per package
        lines.append(f"  - {name}=={version}")
    lines += ["  - pip", "  - pip:", "      - -e .", ""]
    return "\n".join(lines)


if __name__ == "__main__":
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    lock = tomllib.loads((ROOT / "uv.lock").read_text(encoding="utf-8"))
    (ROOT / "environment.yml").write_text(environment(pyproject, lock), encoding="utf-8")
