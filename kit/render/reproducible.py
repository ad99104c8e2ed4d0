"""Same data in, same bytes out: the build date that tools write into files.

Two tools stamp the current time into their output unless the
reproducible-builds variable ``SOURCE_DATE_EPOCH`` is set: fontTools (the
modification date of every font subset WeasyPrint embeds in a PDF) and
matplotlib (the date in an SVG figure's metadata; the kernel inherits the
variable).  During a render it is set to the first day of the report month,
unless the caller already set it.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime

import pandas as pd


def epoch(month: pd.Period) -> int:
    """Return the Unix time of midnight UTC on the first day of ``month``.

    >>> epoch(pd.Period("1970-02", "M"))
    2678400
    """
    return int(datetime(month.year, month.month, 1, tzinfo=UTC).timestamp())


@contextmanager
def source_date(month: pd.Period) -> Iterator[None]:
    """Set ``SOURCE_DATE_EPOCH`` to :func:`epoch` of ``month`` (if unset) for the block."""
    if "SOURCE_DATE_EPOCH" in os.environ:
        yield
        return
    os.environ["SOURCE_DATE_EPOCH"] = str(epoch(month))
    try:
        yield
    finally:
        os.environ.pop("SOURCE_DATE_EPOCH", None)
