"""Which software made an output: the kit's version and the versions of the libraries that compute and draw.

Figures and drawings may change with a library's release (a networkx
algorithm, a matplotlib default, WeasyPrint's layout), so every report's
colophon and every exported panel records them beside the kit's own version.
"""

from __future__ import annotations

from importlib import metadata

from kit import __version__

#: The libraries whose version can change what an output says or shows.
LIBRARIES = ("pandas", "networkx", "matplotlib", "weasyprint")


def versions() -> dict[str, str]:
    """The kit's version and those of :data:`LIBRARIES`, by distribution name.

    A library that is not installed is recorded as ``"-"``.

    >>> list(versions())
    ['proeftuin-kit', 'pandas', 'networkx', 'matplotlib', 'weasyprint']
    """
    found = {"proeftuin-kit": __version__}
    for name in LIBRARIES:
        try:
            found[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            found[name] = "-"
    return found
