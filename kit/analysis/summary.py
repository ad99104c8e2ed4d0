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
from kit.dutch import geheel, getal
from kit.privacy import display_names, public_ids, redact, redactor

from .snapshot import snapshot

if TYPE_CHECKING:
    from kit.data.dataset import Dataset

_LINES = (
    ("actoren", "actoren in het netwerk"),
    ("relaties", "relaties (zonder spanningen)"),
    ("spanningen", "spanningen"),
    ("dichtheid", "dichtheid (deel van alle mogelijke verbindingen)"),
    ("componenten", "losse delen van het netwerk"),
    ("grootste_component", "deel van de actoren in het grootste deel"),
    ("gem_intensiteit", "gemiddelde intensiteit van samenwerking (1–5)"),
    ("platform_betweenness", "makelaarsrol van het platform (0–1)"),
    ("platform_bereik", "bereik van het platform binnen twee stappen"),
    ("ruggengraat", "deel van de bewonerscommissies verbonden met het platform"),
    ("ei_index", "E-I-index bewoners/professionals (−1 gescheiden … +1 verbonden)"),
    ("eenrichtingsverkeer", "deel eenrichtingsverkeer van informatie"),
    ("verloop", "verloop van verbindingen sinds vorige maand"),
    ("activiteiten", "activiteiten"),
    ("bundelingsgraad", "deel activiteiten met meerdere organisatoren"),
    ("maatlat_gemiddelde", "gemiddelde zelfbeoordeling (1–5)"),
    ("erkend_maanden", "maanden sinds de eerste erkenning van het platform"),
    ("resultaten", "resultaten bereikt deze maand"),
    ("resultaten_totaal", "resultaten bereikt tot nu toe"),
    ("antwoordtijd", "dagen tot een antwoord op een verzoek (mediaan)"),
    ("nagekomen", "deel van de toezeggingen dat is nagekomen"),
    ("middelen", "relaties met steun, geld of ruimte voor bewoners (nulde lijn)"),
    ("middelen_platform", "daarvan voor het platform"),
    ("maatlat_verschil", "eigen score min die van anderen op de maatlat"),
    ("ei_index_eerste", "E-I-index bewoners/eerste lijn"),
    ("ei_index_tweede", "E-I-index bewoners/tweede lijn"),
)
#: Decimals of the figures that are not a share: the median of whole days falls on a whole or half day.
_DECIMALS = {"antwoordtijd": 1}
#: Words for the keys of the objects ``verzoeken`` and ``verbindingskaart``.
_WORDS = {
    "open_30": "langer dan 30 dagen open",
    "buren_en_sleutelfiguren": "buren en sleutelfiguren",
    "sociaal_kapitaal": "sociaal kapitaal",
}


def _counts(counts: dict[str, Any]) -> str:
    """``{"gedaan": 2, "open_30": 1}`` → ``2 gedaan, 1 langer dan 30 dagen open``."""
    return ", ".join(f"{geheel(n)} {_WORDS.get(key, key.replace('_', ' '))}" for key, n in counts.items())


def _number(key: str, value: object) -> str:
    """A figure as the summary prints it: a count whole, ``antwoordtijd`` in days (``31,5``), a share with two decimals.

    >>> _number("antwoordtijd", 31.5), _number("antwoordtijd", 40), _number("dichtheid", 0.25), _number("actoren", 8)
    ('31,5', '40', '0,25', '8')
    """
    if isinstance(value, int):
        return geheel(value)
    if key in _DECIMALS:
        return getal(value, _DECIMALS[key], strip=True)
    return getal(value)


def describe(figures: dict[str, Any], dataset: Dataset) -> str:
    """The figures of :func:`kit.analysis.figures.figures` as readable Dutch lines, actors by their shown names."""
    names = display_names(dataset, figures["buurt"])
    matcher = redactor(dataset, figures["buurt"])
    activities = {
        a: redact(n, matcher) for a, n in zip(dataset.activiteiten["id"], dataset.activiteiten["naam"], strict=True)
    }
    lines = [f"Buurt {figures['buurt']}, {figures['maand']}"]
    platform = figures["platform"]
    if platform is not None:
        lines.append(f"  platform: {names[platform]} ({'erkend' if figures['erkend'] else 'niet erkend'} deze maand)")
    lines += [f"  {_number(key, figures[key]):>6}  {text}" for key, text in _LINES]
    for key, text in (
        ("dubbele_functies", "dubbele functies"),
        ("parallelle_infrastructuren", "parallelle infrastructuren"),
    ):
        for item in figures[key]:
            lines.append(f"  {text}: {' en '.join(names[a] for a in item['actoren'])} ({', '.join(item['functies'])})")
    for item in figures["belevingsverschillen"]:
        views = ", ".join(f"{names[a]} ziet {i}" for a, i in item["intensiteit"].items())
        lines.append(f"  belevingsverschil: {views}")
    for group in figures["versnipperde_activiteiten"]:
        lines.append(f"  versnipperde activiteiten: {', '.join(activities[a] for a in group)}")
    lines.append("  acties: " + _counts(figures["acties"]))
    lines.append("  afspraken uit de intervisie: " + _counts(figures["afspraken"]))
    if figures["belemmeringen"]:
        lines.append("  belemmeringen: " + _counts(figures["belemmeringen"]))
    lines.append("  verzoeken: " + _counts(figures["verzoeken"]))
    if figures["resultaten_omvang"]:
        lines.append(
            "  bereikt tot nu toe: "
            + ", ".join(f"{getal(amount, strip=True)} {unit}" for unit, amount in figures["resultaten_omvang"].items())
        )
    relations = dataset.relaties.set_index("id")
    for relation in figures["middelen_aflopend"]:
        row = relations.loc[relation]
        lines.append(f"  loopt binnen drie maanden af: {row['soort']} van {names[row['van']]} aan {names[row['naar']]}")
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
    result["versnipperde_activiteiten"] = [
        [activities[a] for a in group] for group in figures["versnipperde_activiteiten"]
    ]
    if figures["platform"] is not None:
        result["platform"] = actors[figures["platform"]]
    relations = public_ids(dataset, figures["buurt"], "relaties")
    result["middelen_aflopend"] = [relations[r] for r in figures["middelen_aflopend"]]
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
