"""Same data in, same bytes out: the build date that tools write into files.

fontTools stamps the current time into every font subset WeasyPrint embeds
in a PDF unless the reproducible-builds variable ``SOURCE_DATE_EPOCH`` is
set.  A report's PDF is stamped with the first day of its month
(:func:`build_date`), unless the caller set the variable already; the
stamp travels with each report's job and is set while its PDF is made
(:func:`stamped`), since the workers that make PDFs start before the month
is known (:class:`kit.render.factory.Factory`).  The charts and the network
map carry no date: the kit writes their SVG itself.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pandas as pd

VARIABLE = "SOURCE_DATE_EPOCH"


def epoch(month: pd.Period) -> int:
    """Return the Unix time of midnight UTC on the first day of ``month``.

    >>> import pandas as pd
    >>> epoch(pd.Period("1970-02", "M"))
    2678400
    """
    return int(datetime(month.year, month.month, 1, tzinfo=UTC).timestamp())


def build_date(month: pd.Period) -> str:
    """The ``SOURCE_DATE_EPOCH`` of a report of ``month``: the caller's, if set, else :func:`epoch` of ``month``."""
    return os.environ.get(VARIABLE) or str(epoch(month))


@contextmanager
def stamped(build: str | None) -> Iterator[None]:
    """Set ``SOURCE_DATE_EPOCH`` to ``build`` for the block (``None``: leave it as it is); restore what it was."""
    if build is None:
        yield
        return
    saved = os.environ.get(VARIABLE)
    os.environ[VARIABLE] = build
    try:
        yield
    finally:
        if saved is None:
            os.environ.pop(VARIABLE, None)
        else:
            os.environ[VARIABLE] = saved
