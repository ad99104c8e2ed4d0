"""The stories of the demo's buurten: one module each, and the pilot's intervision sessions.

A story module holds the buurt's :class:`~kit.demo.model.Story` as
``STORY``: the numbers that shape its ordinary network and registers, its
results, the agreements of intervision sessions it carries on its action
list, and its own events (``kenmerken``: functions that add them to the
buurt; events more than one story has are in :mod:`.common`).  Its
docstring tells the story; ``tests/test_demo.py`` checks it on the data.

Adding a buurt: write its module beside the others and add its ``STORY``
at the end of :data:`STORIES`.  Each buurt draws from its own random
stream, numbered by its place in :data:`STORIES`, so the buurten before it
keep their data; the intervision sessions, whose chair rotates over all
buurten, change.
"""

from __future__ import annotations

from . import (
    duinroos,
    hommelberg,
    klaproos,
    lepelaar,
    maanzaad,
    parelmoer,
    reigersbos,
    vlinderhof,
    windvang,
    wolkenkade,
    zilverdistel,
    zonnedauw,
)

#: The buurten in the order of ``buurten.csv``.
STORIES = (
    vlinderhof.STORY,
    zilverdistel.STORY,
    zonnedauw.STORY,
    parelmoer.STORY,
    klaproos.STORY,
    windvang.STORY,
    maanzaad.STORY,
    lepelaar.STORY,
    hommelberg.STORY,
    wolkenkade.STORY,
    duinroos.STORY,
    reigersbos.STORY,
)
