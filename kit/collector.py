"""Pause Python's cyclic garbage collector around work that allocates much and keeps little in cycles.

Two places in the kit allocate millions of small objects in a burst: the
panel's figures (:mod:`kit.analysis.panel`) and the conversion of a report
into HTML and PDF (:mod:`kit.render.batch`).  Each collection those
allocations trigger walks every object still alive, again and again, while
reference counting frees almost all of the garbage anyway.  Pausing the
collector for the burst saves a fifth of the panel's time and about a tenth
of a PDF's (measured).  What the burst leaves in cycles (WeasyPrint's boxes
point at their parents) is collected the first time the collector runs
after it, so memory stays bounded by one burst.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """Context in which the cyclic garbage collector does not run; it resumes after, if it ran before.

    Examples
    --------
    >>> import gc
    >>> with collector_paused():
    ...     gc.isenabled()
    False
    >>> gc.isenabled()
    True
    """
    running = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if running:
            gc.enable()
