"""What changed in a buurt's network in a month: actors and relations that started or ended."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pandas as pd

from kit.privacy import display_names

from .snapshot import snapshot

if TYPE_CHECKING:
    from kit.data.dataset import Dataset


def changes(dataset: Dataset, buurt: str, maand: str | pd.Period) -> dict[str, pd.DataFrame]:
    """Actors and relations of the buurt's snapshot that started or ended in ``maand``.

    Names follow the privacy rule for buurt B's report (:func:`kit.privacy.display_names`).

    Returns
    -------
    dict
        ``actoren_begonnen``, ``actoren_gestopt`` (columns ``id``, ``naam``,
        ``soort``, ``datum``) and ``relaties_begonnen``, ``relaties_gestopt``
        (columns ``id``, ``van``, ``naar``, ``soort``, ``datum``).
    """
    snap = snapshot(dataset, buurt, maand)
    names = display_names(dataset, buurt)
    first, last = snap.first_day, snap.last_day
    result = {}
    for kind, frame in (("actoren", snap.actoren), ("relaties", snap.relaties)):
        for event, column in (("begonnen", "vanaf"), ("gestopt", "tot")):
            rows = frame[frame[column].between(first, last)]
            table = pd.DataFrame({"id": rows["id"].to_numpy()})
            if kind == "actoren":
                table["naam"] = [names[a] for a in rows["id"]]
            else:
                table["van"] = [names[a] for a in rows["van"]]
                table["naar"] = [names[a] for a in rows["naar"]]
            table["soort"] = rows["soort"].to_numpy()
            table["datum"] = rows[column].to_numpy()
            result[f"{kind}_{event}"] = table.sort_values(["datum", "id"], ignore_index=True)
    return result
