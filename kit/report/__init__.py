"""The report factory: notebooks in, Dutch HTML and PDF reports out.

:func:`render` (in :mod:`kit.report.batch`) is the entry point.  It is loaded
lazily: report notebooks import helpers from this package inside their
kernel, and must not pay for papermill, nbconvert and WeasyPrint there.
"""

__all__ = ["Outcome", "RenderSummary", "render"]


def __getattr__(name: str):
    """Import :mod:`.batch` on first use of one of :data:`__all__`."""
    if name in __all__:
        from . import batch

        return getattr(batch, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
