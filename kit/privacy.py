"""The privacy rule of the data contract, applied in one place for every output.

Persons (``persoon`` = ja) are named only with ``naam_tonen`` = ja; otherwise
they get a stable pseudonym, ``Sleutelfiguur N``.  A report for one buurt
names no actor of another buurt.  Every report, figure, export and log takes
actor names from :func:`display_names`, never from ``actoren.naam``; free
text typed by facilitators goes through :func:`redact`.
"""

from __future__ import annotations

import re

import pandas as pd

from .dutch import leeg

#: How an actor of another buurt appears in a buurt's report.
OTHER_BUURT = "actor uit een andere buurt"


def pseudonyms(actors: pd.DataFrame) -> dict[str, str]:
    """``Sleutelfiguur N`` for every person without consent, numbered per buurt.

    N counts the persons of the same buurt (city-wide persons form their own
    series) in the order of the file, so a pseudonym stays the same from month
    to month as long as rows are added at the end, as the contract asks.

    >>> frame = pd.DataFrame({"id": ["a", "b"], "buurt": ["x", "x"], "persoon": [True, True],
    ...                       "naam_tonen": [True, False]})
    >>> pseudonyms(frame)
    {'b': 'Sleutelfiguur 2'}
    """
    names = {}
    count: dict[object, int] = {}
    for actor, buurt, person, consent in zip(actors["id"], actors["buurt"], actors["persoon"], actors["naam_tonen"]):
        if not person:
            continue
        key = buurt if isinstance(buurt, str) else None
        count[key] = count.get(key, 0) + 1
        if not consent:
            names[actor] = f"Sleutelfiguur {count[key]}" if key else f"Sleutelfiguur (stad) {count[key]}"
    return names


def display_names(dataset, buurt: str | None = None) -> dict[str, str]:
    """The name of every actor as an output may show it.

    With ``buurt``, the names as buurt B's report shows them: actors of other
    buurten become :data:`OTHER_BUURT`.  Without, the names for outputs that
    cover the whole pilot (the overview, exports for researchers): only the
    person rule applies.
    """
    if "pseudonyms" not in dataset.cache:
        dataset.cache["pseudonyms"] = pseudonyms(dataset.actoren)
    hidden = dataset.cache["pseudonyms"]
    names = {}
    for actor, home, name in zip(dataset.actoren["id"], dataset.actoren["buurt"], dataset.actoren["naam"]):
        if buurt is not None and isinstance(home, str) and home != buurt:
            names[actor] = OTHER_BUURT
        else:
            names[actor] = hidden.get(actor, name)
    return names


def public_ids(dataset, buurt: str | None = None) -> dict[str, str]:
    """Identifiers safe to publish: ids are typed by facilitators and may contain a name.

    Persons without consent and (with ``buurt``) actors of other buurten get
    an opaque id (``anoniem-N``, numbered in file order); other ids are kept.
    """
    names = display_names(dataset, buurt)
    hidden = dataset.cache["pseudonyms"]
    ids = {}
    for number, actor in enumerate(dataset.actoren["id"], start=1):
        ids[actor] = f"anoniem-{number}" if actor in hidden or names[actor] == OTHER_BUURT else actor
    return ids


def name_patterns(dataset, names: dict[str, str]) -> list[tuple[re.Pattern, str]]:
    """Patterns that find every real name an output may not show, with the name it shows instead.

    ``names`` are the output's :func:`display_names`.  Longest names first,
    so that "Jan de Vries" is replaced before "Jan".
    """
    pairs = {}
    for actor, naam in zip(dataset.actoren["id"], dataset.actoren["naam"]):
        shown = names.get(actor, naam)
        if isinstance(naam, str) and naam.strip() and shown != naam:
            pairs[naam.strip()] = shown
    ordered = sorted(pairs.items(), key=lambda kv: -len(kv[0]))
    return [(re.compile(r"(?<!\w)" + re.escape(real) + r"(?!\w)", re.IGNORECASE), shown) for real, shown in ordered]


def redact(text, patterns) -> str:
    """``text`` (free text typed by a facilitator) with every protected name replaced; ``''`` when missing.

    >>> redact("Samira belde", [(re.compile("Samira"), "Sleutelfiguur 1")])
    'Sleutelfiguur 1 belde'
    """
    if leeg(text):
        return ""
    text = str(text)
    for pattern, shown in patterns:
        text = pattern.sub(shown, text)
    return text
