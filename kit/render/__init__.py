"""The render factory: report notebooks in, Dutch HTML and PDF reports out.

:func:`render` (in :mod:`kit.render.batch`) is the entry point.  It is loaded
lazily, so that importing a helper of this package costs nothing.

- :mod:`.batch`: what to render, in which worker, and what came of it;
- :mod:`.factory`: the workers and their kernels, started before the data is read;
- :mod:`.job`: one report in a worker: execute, convert, write;
- :mod:`.workers`: worker processes, each report within a time limit;
- :mod:`.kernel` and :mod:`.execute`: the kit's own kernel, reused from
  report to report, in a private runtime folder, and papermill running a
  notebook in it;
- :mod:`.versions`: what a report was made from, and its earlier versions;
- :mod:`.convert`: nbconvert's HTML and WeasyPrint's PDF;
- :mod:`.page`: what the template puts around a report;
- :mod:`.index`: ``reports/index.html``;
- :mod:`.reproducible`: same data in, same bytes out;
- ``notebooks/`` and ``templates/``: the report notebooks and the nbconvert
  template, shipped as package data.
"""

__all__ = ["Outcome", "RenderSummary", "render"]


def __getattr__(name: str):
    """Import :mod:`.batch` on first use of one of :data:`__all__`."""
    if name in __all__:
        from . import batch

        return getattr(batch, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
