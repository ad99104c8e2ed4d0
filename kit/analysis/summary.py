"""What the terminal shows: figures of a month in Dutch or as JSON, and buurten per month.

Privacy: actors are named as buurt B's report names them
(:func:`kit.privacy.display_names`), activities by their redacted names, and
the JSON carries :func:`kit.privacy.public_ids`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pandas as pd

from kit.data.months import month_text
from kit.data.spans import dataset_months
from kit.dutch import geheel, getal, telwoord
from kit.privacy import display_names, public_ids, redact, redactor

from .catalogue import FIGURES, Column
from .measures.requests import OVERDUE_DAYS
from .measures.resources import ENDING_MONTHS
from .registers import NAMEN, kept, not_kept
from .snapshot import snapshot

if TYPE_CHECKING:
    from kit.data.dataset import Dataset

#: The figures of one number the summary shows as a line each: all but ``erkend``, which the platform's line says.
_LINES = tuple(c for f in FIGURES if f.shape == "scalar" and f.key != "erkend" for c in f.columns)
#: Words for the keys of the objects ``verzoeken`` and ``verbindingskaart``.
_WORDS = {
    "open_30": f"langer dan {OVERDUE_DAYS} dagen open",
    "buren_en_sleutelfiguren": "buren en sleutelfiguren",
    "sociaal_kapitaal": "sociaal kapitaal",
}


def _counts(counts: dict[str, Any]) -> str:
    """``{"gedaan": 2, "open_30": 1}`` → ``2 gedaan, 1 langer dan 30 dagen open``."""
    return ", ".join(f"{geheel(n)} {_WORDS.get(key, key.replace('_', ' '))}" for key, n in counts.items())


def _number(column: Column, value: object) -> str:
    """A figure as the summary prints it: a count whole, else with the column's decimals (days without a trailing 0).

    >>> from kit.analysis.catalogue import COLUMN
    >>> _number(COLUMN["antwoordtijd"], 31.5), _number(COLUMN["antwoordtijd"], 40), _number(COLUMN["dichtheid"], 0.25)
    ('31,5', '40', '0,25')
    """
    if isinstance(value, int):
        return geheel(value)
    return getal(value, column.decimals or 0, strip=column.unit == "days")


def describe(figures: dict[str, Any], dataset: Dataset) -> str:
    """The figures of :func:`kit.analysis.figures.figures` as readable Dutch lines, actors by their shown names.

    What the buurt does not keep is said once, as "niet vastgelegd" (:mod:`kit.analysis.registers`), and its
    figures are left out rather than shown as 0 or "geen".
    """
    names = display_names(dataset, figures["buurt"])
    registers = kept(dataset, figures["buurt"])
    matcher = redactor(dataset, figures["buurt"])
    activities = {
        a: redact(n, matcher) for a, n in zip(dataset.activiteiten["id"], dataset.activiteiten["naam"], strict=True)
    }
    lines = [f"Buurt {figures['buurt']}, {figures['maand']}"]
    platform = figures["platform"]
    if platform is not None:
        status = "geen erkenning vastgelegd"
        if registers["erkenning"]:
            status = f"{'erkend' if figures['erkend'] else 'niet erkend'} deze maand"
        lines.append(f"  platform: {names[platform]} ({status})")
    missing = not_kept(registers)
    if missing:
        lines.append("  niet vastgelegd voor deze buurt: " + ", ".join(NAMEN[name] for name in missing))
    lines += [
        f"  {_number(column, figures[column.name]):>6}  {column.label}"
        for column in _LINES
        if column.figure is None or column.figure.register is None or registers[column.figure.register]
    ]
    for key, text in (
        ("dubbele_functies", "dubbele functies"),
        ("parallelle_infrastructuren", "parallelle infrastructuren"),
    ):
        for item in figures[key]:
            lines.append(f"  {text}: {' en '.join(names[a] for a in item['actoren'])} ({', '.join(item['functies'])})")
    for item in figures["belevingsverschillen"]:
        views = ", ".join(f"{names[a]} ziet {i}" for a, i in item["intensiteit"].items())
        lines.append(f"  belevingsverschil: {views}")
    for group in figures["versnipperde_activiteiten"] or ():
        lines.append(f"  versnipperde activiteiten: {', '.join(activities[a] for a in group)}")
    for key, text in (("acties", "acties"), ("afspraken", "afspraken uit de intervisie"), ("verzoeken", "verzoeken")):
        if figures[key] is not None:
            lines.append(f"  {text}: " + _counts(figures[key]))
    if figures["belemmeringen"]:
        lines.append("  belemmeringen: " + _counts(figures["belemmeringen"]))
    if figures["resultaten_omvang"]:
        lines.append(
            "  bereikt tot nu toe: "
            + ", ".join(f"{getal(amount, strip=True)} {unit}" for unit, amount in figures["resultaten_omvang"].items())
        )
    relations = dataset.relaties.set_index("id")
    for relation in figures["middelen_aflopend"]:
        row = relations.loc[relation]
        lines.append(
            f"  loopt binnen {telwoord(ENDING_MONTHS)} maanden af: {row['soort']} van {names[row['van']]} aan "
            f"{names[row['naar']]}"
        )
    for relation in figures["middelen_naast"]:
        row = relations.loc[relation]
        lines.append(f"  steun naast het platform: {row['soort']} van {names[row['van']]} aan {names[row['naar']]}")
    recorded = figures["vastgelegd"]
    lines.append("  laatst vastgelegd: " + ", ".join(f"{key} {recorded[key] or '–'}" for key in recorded))
    for item in figures["verbinders"]:
        lines.append(
            f"  verbinder: {names[item['actor']]} (betweenness {getal(item['betweenness'])}, "
            f"effectieve omvang {getal(item['effectieve_omvang'], 1)})"
        )
    for kind, cells in figures["verbindingskaart"].items():
        if any(cells.values()):
            lines.append(f"  verbindingskaart, {_WORDS.get(kind, kind)}: {_counts(cells)}")
    for actor in figures["vindplaats"]:
        lines.append(f"  vindplaats (er wordt geworven, er komt niets terug): {names[actor]}")
    return "\n".join(lines)


def public_figures(figures: dict[str, Any], dataset: Dataset) -> dict[str, Any]:
    """The figures of :func:`kit.analysis.figures.figures` with the ids an output may print.

    Actors and activities are named by :func:`kit.privacy.public_ids` for
    the buurt: ``anoniem-N`` for a person without consent, an actor of
    another buurt, or an id that spells a hidden name.
    """
    actors = public_ids(dataset, figures["buurt"])
    activities = public_ids(dataset, figures["buurt"], "activiteiten")
    result = dict(figures)
    for key in ("dubbele_functies", "parallelle_infrastructuren"):
        result[key] = [{**item, "actoren": [actors[a] for a in item["actoren"]]} for item in figures[key]]
    result["belevingsverschillen"] = [
        {
            "actoren": [actors[a] for a in item["actoren"]],
            "intensiteit": {actors[a]: level for a, level in item["intensiteit"].items()},
        }
        for item in figures["belevingsverschillen"]
    ]
    if figures["versnipperde_activiteiten"] is not None:
        result["versnipperde_activiteiten"] = [
            [activities[a] for a in group] for group in figures["versnipperde_activiteiten"]
        ]
    if figures["platform"] is not None:
        result["platform"] = actors[figures["platform"]]
    relations = public_ids(dataset, figures["buurt"], "relaties")
    for key in ("middelen_aflopend", "middelen_naast"):
        result[key] = [relations[r] for r in figures[key]]
    result["verbinders"] = [{**item, "actor": actors[item["actor"]]} for item in figures["verbinders"]]
    result["vindplaats"] = [actors[a] for a in figures["vindplaats"]]
    return result


def month_summary(dataset: Dataset) -> pd.DataFrame:
    """Number of actors in each buurt's snapshot per month: a first look at a dataset."""
    months = dataset_months(dataset)
    return pd.DataFrame(
        {
            month_text(month): [len(snapshot(dataset, buurt, month).actoren) for buurt in dataset.buurten["id"]]
            for month in months
        },
        index=pd.Index(dataset.buurten["id"], name="buurt"),
    )
