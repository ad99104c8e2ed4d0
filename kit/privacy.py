"""The privacy rule of the data contract, applied in one place for every output.

Persons (``persoon`` = ja) are named only with ``naam_tonen`` = ja; otherwise
they get a stable pseudonym that fits what they are (:data:`PSEUDONIEM`: a
resident key figure is ``Sleutelfiguur N``, a police officer
``Politiemedewerker N``).  A report for one buurt
names no actor of another buurt.  Every report, figure, export and log takes
actor names from :func:`display_names`, never from ``actoren.naam``; free
text typed by facilitators goes through :func:`redact` with the output's
:func:`redactor`, which finds a hidden name however it is typed
(:mod:`kit.names` holds the rule; :mod:`kit.data.hidden_names` applies it
to the actor table, for validation's messages too).  An organisation named
after a hidden person ("Huiskamer van Samira") is shown with the person's
pseudonym in its name, everywhere the organisation appears.  Ids are typed by people too:
outputs that print ids take them from :func:`public_ids`.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping

import pandas as pd

from .data.hidden_names import name_matchers
from .dutch import leeg
from .names import NameMatcher

#: How an actor of another buurt appears in a buurt's report.
OTHER_BUURT = "actor uit een andere buurt"
#: The figures of the carriers' load (``draaglast``, contract version 4), the most sensitive data the kit holds: a
#: buurt's own report and ``metrics`` show them; the panel only when asked for (``metrics --met-draaglast``); across
#: buurten only counts of buurten, never fewer than 3 (``docs/privacy.md``, "The carriers' load: who may see what").
PULSE = ("belasting", "dragers", "incident")


#: The pseudonym of a person without consent, by the actor's ``soort``: what the person is, soberly.  A
#: "Sleutelfiguur" is, in buurtwerk, a resident key figure, never an officer or a professional.
PSEUDONIEM = {
    "sleutelfiguur": "Sleutelfiguur",
    "bewonerscommissie": "Bewoner",
    "bewonersinitiatief": "Bewoner",
    "buurtplatform": "Bewoner",
    "vereniging": "Bewoner",
    "lotgenotengroep": "Bewoner",
    "maatschappelijke_organisatie": "Medewerker organisatie",
    "wijkcentrum": "Medewerker buurthuis",
    "welzijnsorganisatie": "Welzijnswerker",
    "zorgorganisatie": "Zorgverlener",
    "woningcorporatie": "Medewerker corporatie",
    "stadsdeel": "Medewerker stadsdeel",
    "stadsdeelcommissie": "Lid stadsdeelcommissie",
    "gemeente": "Medewerker gemeente",
    "politie": "Politiemedewerker",
    "onderwijs": "Leerkracht",
    "ondernemer": "Ondernemer",
    "fonds": "Medewerker fonds",
}
#: The pseudonym of a person of another ``soort`` (``overig``).
PSEUDONIEM_ANDERS = "Persoon"


def pseudonyms(actors: pd.DataFrame, buurt_names: Mapping[str, str] | None = None) -> dict[str, str]:
    """A pseudonym that fits what they are (:data:`PSEUDONIEM`) for every person without consent: ``Label N``.

    N counts the persons of the same buurt with the same label (city-wide
    persons form their own series, ``Label (stad) N``) in the order of the
    file, so a pseudonym stays the same from month to month as long as rows
    are added at the end, as the contract asks.  With ``buurt_names`` (buurt
    id → name), for outputs that show several buurten together, the buurt's
    name follows: ``Sleutelfiguur 1 (Vlinderhof)``.

    >>> frame = pd.DataFrame({"id": ["a", "b", "c"], "buurt": ["x", "x", "x"], "persoon": [True] * 3,
    ...                       "naam_tonen": [True, False, False],
    ...                       "soort": ["sleutelfiguur", "sleutelfiguur", "politie"]})
    >>> pseudonyms(frame)
    {'b': 'Sleutelfiguur 2', 'c': 'Politiemedewerker 1'}
    >>> pseudonyms(frame, {"x": "Vlinderhof"})["c"]
    'Politiemedewerker 1 (Vlinderhof)'
    """
    names = {}
    count: dict[tuple[object, str], int] = {}
    for actor, buurt, person, consent, soort in zip(
        actors["id"], actors["buurt"], actors["persoon"], actors["naam_tonen"], actors["soort"], strict=True
    ):
        if not person:
            continue
        label = PSEUDONIEM.get(soort, PSEUDONIEM_ANDERS)
        key = (buurt if isinstance(buurt, str) else None, label)
        count[key] = count.get(key, 0) + 1
        if consent:
            continue
        if key[0] is None:
            names[actor] = f"{label} (stad) {count[key]}"
        elif buurt_names is None:
            names[actor] = f"{label} {count[key]}"
        else:
            names[actor] = f"{label} {count[key]} ({buurt_names.get(buurt) or buurt})"
    return names


def _privacy(dataset, buurt: str | None) -> tuple[dict[str, str], NameMatcher, dict[str, str]]:
    """Display names, redactor and hidden labels of the outputs for ``buurt`` (or the whole pilot), computed once."""
    key = ("privacy", buurt)
    if key not in dataset.cache:
        actors = dataset.actoren
        if buurt is None:  # outputs of several buurten: the buurt's name makes a pseudonym unambiguous
            labels = pseudonyms(actors, dict(zip(dataset.buurten["id"], dataset.buurten["naam"], strict=True)))
        else:
            if "pseudonyms" not in dataset.cache:
                dataset.cache["pseudonyms"] = pseudonyms(actors)
            labels = dict(dataset.cache["pseudonyms"])
            for actor, home in zip(actors["id"], actors["buurt"], strict=True):
                if isinstance(home, str) and home != buurt:
                    labels[actor] = OTHER_BUURT
        matcher, in_names = name_matchers(actors, dataset.buurten, labels)
        names = {}
        for actor, name, person in zip(actors["id"], actors["naam"], actors["persoon"], strict=True):
            names[actor] = labels.get(actor) or (in_names.sub(name) if isinstance(name, str) and not person else name)
        dataset.cache[key] = (names, matcher, labels)
    return dataset.cache[key]


def display_names(dataset, buurt: str | None = None) -> dict[str, str]:
    """The name of every actor as an output may show it.

    With ``buurt``, the names as buurt B's report shows them: actors of other
    buurten become :data:`OTHER_BUURT`.  Without, the names for outputs that
    cover the whole pilot (the overview, exports for researchers): only the
    person rule applies.  An organisation's name has hidden persons' names
    replaced (:func:`redactor`).
    """
    return dict(_privacy(dataset, buurt)[0])


def redactor(dataset, buurt: str | None = None) -> NameMatcher:
    """What finds the hidden names in free text for the outputs of :func:`display_names` (same ``buurt``)."""
    return _privacy(dataset, buurt)[1]


def public_ids(dataset, buurt: str | None = None, table: str = "actoren") -> dict[str, str]:
    """Identifiers safe to publish: ids are typed by facilitators and may contain a name.

    Ids that spell a hidden name (``lh-samira``) get an opaque id
    (``anoniem-N``, N the row in the file), and so do, in ``actoren``,
    persons without consent and (with ``buurt``) actors of other buurten;
    other ids are kept.
    """
    _, matcher, labels = _privacy(dataset, buurt)
    frame = getattr(dataset, table)
    return {
        value: f"anoniem-{number}"
        if (table == "actoren" and value in labels) or matcher.finds(value, any_case=True)
        else value
        for number, value in enumerate(frame["id"], start=1)
    }


def public_files(dataset, *, markers: bool = False) -> list:
    """The dataset's files (:class:`kit.data.reading.SourceFile`) as outputs for the whole pilot may name them;
    with ``markers`` also its fictional-data markers.

    A workbook, unlike the CSV files of the contract, is named by whoever
    saved it, perhaps after a person, and so is the folder of each of
    several datasets combined (``noord/actoren.csv``): a name is redacted
    like free text.
    """
    matcher = redactor(dataset)
    files = [*dataset.files, *(dataset.markers if markers else [])]
    return [dataclasses.replace(file, name=matcher.sub(file.name)) for file in files]


def redact(text, matcher: NameMatcher) -> str:
    """``text`` (free text typed by a facilitator) with every hidden name replaced; ``''`` when missing.

    >>> redact("Samira belde", NameMatcher({"samira": "Sleutelfiguur 1"}))
    'Sleutelfiguur 1 belde'
    """
    if leeg(text):
        return ""
    return matcher.sub(str(text))
