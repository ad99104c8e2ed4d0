"""The panel's figures as a researcher would compute them without the kit: the benchmark's baseline.

For each buurt and each month: filter the rows of the full tables with
pandas boolean masks (the snapshot rule of the data contract), build an
``nx.Graph``, and compute every figure of the panel with networkx and pandas
— the scalar figures of versions 1 to 3, the lists counted and the objects
spread over columns, exactly the columns of :func:`kit.analysis.panel.panel`;
the figures of a register the buurt keeps no row of are empty.
Straightforward code, neither slowed down nor sped up with the kit's tricks:
no per-buurt split of the tables, no reuse between months other than last
month's edges for ``verloop``, networkx's own algorithms.

It starts from the kit's loaded frames (``Dataset.actoren`` …): the
benchmark times the figures, not reading and typing CSV cells, and both
sides then compute from exactly the same typed values.  The ``platform``
column holds the platform's raw id; the benchmark maps it to public ids for
the comparison (a privacy rule of the kit's outputs, not a figure).

:func:`plain_panel` must equal the kit's panel on the benchmark's data
(``benchmarks/figures.py`` checks it on every run), so that the two timings
are of the same work.
"""

from __future__ import annotations

import statistics
from types import SimpleNamespace

import networkx as nx
import pandas as pd

INFRASTRUCTURE = {
    "netwerkorganisatie",
    "bewonersbijeenkomst",
    "informatievoorziening",
    "ontmoetingsplek",
    "belangenbehartiging",
    "buurtbudget",
}
CRITERIA = (
    "daadkracht",
    "meenemen",
    "zwakkeren",
    "zelfstandigheid",
    "verbinden",
    "draagvlak",
    "transparantie",
    "informeren",
    "coalitieakkoord",
    "mobiliseren",
)
UNITS = ("euro", "woningen", "personen", "m2", "stuks")
BARRIERS = (
    "tijd",
    "geld",
    "ruimte",
    "regels",
    "samenwerking",
    "communicatie",
    "kennis",
    "draagvlak",
    "instelling",
    "overig",
)
RESOURCES = ("ondersteuning", "financiering", "ruimte")
MAP_TYPES = {
    "lotgenotengroep": "lotgenoten",
    "sleutelfiguur": "buren_en_sleutelfiguren",
    "bewonersinitiatief": "bewonersinitiatieven",
    "bewonerscommissie": "bewonersinitiatieven",
    "buurtplatform": "bewonersinitiatieven",
    "vereniging": "verenigingen",
    "ondernemer": "bedrijven",
}
MAP_ROWS = (
    "lotgenoten",
    "buren_en_sleutelfiguren",
    "bewonersinitiatieven",
    "verenigingen",
    "bedrijven",
    "instellingen",
)
MAP_FUNCTIONS = {
    "samenwerking": "bundeling",
    "ondersteuning": "sociaal_kapitaal",
    "financiering": "sociaal_kapitaal",
    "ruimte": "sociaal_kapitaal",
    "werving": "werven",
}


def active(frame: pd.DataFrame, first: pd.Timestamp, last: pd.Timestamp) -> pd.Series:
    """Rows whose period (``vanaf`` … ``tot``, empty = open) meets the month."""
    return (frame["vanaf"].isna() | (frame["vanaf"] <= last)) & (frame["tot"].isna() | (frame["tot"] >= first))


def months_of(data) -> list[pd.Period]:
    """Every month from the earliest to the latest date of the dataset."""
    dates = []
    for frame, columns in (
        (data.buurten, ["start"]),
        (data.actoren, ["vanaf", "tot"]),
        (data.relaties, ["vanaf", "tot"]),
        (data.activiteiten, ["datum"]),
        (data.acties, ["gepland", "deadline", "afgerond"]),
        (data.intervisie, ["datum"]),
        (data.resultaten, ["datum", "gemeld"]),
        (data.verzoeken, ["gevraagd", "antwoord", "nagekomen"]),
        (data.erkenning, ["vanaf", "tot"]),
    ):
        for column in columns:
            dates.append(frame[column].dropna().dt.to_period("M"))
    dates.append(data.maatlat["maand"].dropna())
    every = pd.concat(dates)
    return list(pd.period_range(every.min(), every.max(), freq="M"))


def start_month(data, buurt: str, row, months) -> pd.Period | None:
    """The buurt's start, or else the first month it has an active actor."""
    if not pd.isna(row["start"]):
        return row["start"].to_period("M")
    own = data.actoren[data.actoren["buurt"] == buurt]
    if own.empty:
        return None
    return months[0] if own["vanaf"].isna().any() else own["vanaf"].min().to_period("M")


def first_data_month(data, buurt: str, row, months) -> pd.Period | None:
    """The first month of anything the buurt recorded."""
    found = [] if pd.isna(row["start"]) else [row["start"].to_period("M")]
    own = data.actoren[data.actoren["buurt"] == buurt]
    if own["vanaf"].isna().any():
        found.append(months[0])
    for frame, column in (
        (data.actoren, "vanaf"),
        (data.activiteiten, "datum"),
        (data.acties, "gepland"),
        (data.resultaten, "datum"),
        (data.resultaten, "gemeld"),
        (data.verzoeken, "gevraagd"),
        (data.erkenning, "vanaf"),
    ):
        dates = frame.loc[frame["buurt"] == buurt, column].dropna()
        if len(dates):
            found.append(dates.min().to_period("M"))
    scores = data.maatlat.loc[data.maatlat["buurt"] == buurt, "maand"]
    if len(scores):
        found.append(scores.min())
    return min(found) if found else None


def agreed(rows: list[tuple], a: str, b: str) -> int:
    """The intensity both sides stand behind: the lower of their own highest, else the highest of all rows."""
    by_a = [i for who, i in rows if who == a]
    by_b = [i for who, i in rows if who == b]
    if by_a and by_b:
        return min(max(by_a), max(by_b))
    return max(i for _, i in rows)


def fragmented_groups(activities: pd.DataFrame) -> int:
    """Groups of two or more activities of one soort within 14 days of each other without a shared organiser."""
    graph = nx.Graph()
    rows = list(
        zip(activities["id"], activities["soort"], activities["datum"], activities["organisatoren"], strict=True)
    )
    graph.add_nodes_from(r[0] for r in rows)
    for i, (a, soort, day, organisers) in enumerate(rows):
        for b, other, other_day, other_organisers in rows[i + 1 :]:
            if soort == other and abs((day - other_day).days) <= 14 and not set(organisers) & set(other_organisers):
                graph.add_edge(a, b)
    return sum(1 for c in nx.connected_components(graph) if len(c) >= 2)


def ei(graph: nx.Graph, group: dict) -> float | None:
    """Krackhardt's E-I index over the edges between actors of ``group``."""
    e = i = 0
    for a, b in graph.edges:
        if a in group and b in group:
            if group[a] == group[b]:
                i += 1
            else:
                e += 1
    return (e - i) / (e + i) if e + i else None


def action_counts(actions: pd.DataFrame, first, last, prefix: str) -> dict:
    closed_in_month = (actions["afgerond"] >= first) & (actions["afgerond"] <= last)
    is_open = (actions["gepland"] <= last) & (actions["afgerond"].isna() | (actions["afgerond"] > last))
    return {
        f"{prefix}_gepland": int(((actions["gepland"] >= first) & (actions["gepland"] <= last)).sum()),
        f"{prefix}_gedaan": int(((actions["status"] == "gedaan") & closed_in_month).sum()),
        f"{prefix}_niet_gedaan": int(((actions["status"] == "niet_gedaan") & closed_in_month).sum()),
        f"{prefix}_open": int(is_open.sum()),
        f"{prefix}_te_laat": int((is_open & (actions["deadline"] < last)).sum()),
    }


def month_row(data, buurt: str, month: pd.Period, marks: dict, previous: set | None) -> tuple[dict, set]:
    """The panel row of ``buurt`` in ``month`` and the month's edge set."""
    first, last = month.start_time, month.end_time.normalize()
    actors, relations = data.actoren, data.relaties
    alive = active(actors, first, last)
    own = actors[alive & (actors["buurt"] == buurt)]
    own_ids = set(own["id"])
    alive_ids = set(actors.loc[alive, "id"])
    rel = relations[
        active(relations, first, last)
        & relations["van"].isin(alive_ids)
        & relations["naar"].isin(alive_ids)
        & (relations["van"].isin(own_ids) | relations["naar"].isin(own_ids))
    ]
    members = own_ids | set(rel["van"]) | set(rel["naar"])
    snap = actors[alive & actors["id"].isin(members)]

    graph = nx.Graph()
    graph.add_nodes_from(snap["id"])
    ties = rel[rel["soort"] != "spanning"]
    graph.add_edges_from(zip(ties["van"], ties["naar"], strict=True))
    n = graph.number_of_nodes()

    recognitions = data.erkenning[data.erkenning["buurt"] == buurt].sort_values("vanaf", kind="stable")
    if recognitions.empty:
        platform = marks["platform"]
        recognised = None
    else:
        now = recognitions[active(recognitions, first, last)]
        before = recognitions[recognitions["vanaf"] <= last]
        if len(now):
            platform = now["platform"].iloc[0]
        elif len(before):
            platform = before["platform"].iloc[-1]
        else:
            platform = recognitions["platform"].iloc[0]
        recognised = len(now) > 0
    present = platform if platform in members else None

    centrality = nx.betweenness_centrality(graph)
    lijn = {a: int(v) for a, v in zip(snap["id"], snap["lijn"], strict=True) if not pd.isna(v)}
    resident = {a: v == 0 for a, v in lijn.items()}
    committees = own.loc[own["soort"] == "bewonerscommissie", "id"]
    collaboration = rel[rel["soort"] == "samenwerking"]
    views: dict[tuple, list] = {}
    for van, naar, who, intensity in zip(
        collaboration["van"],
        collaboration["naar"],
        collaboration["gemeld_door"],
        collaboration["intensiteit"],
        strict=True,
    ):
        views.setdefault(tuple(sorted((van, naar))), []).append((who, int(intensity)))

    candidates = snap[
        ~snap["persoon"] & ((snap["buurt"] == buurt) | (snap["buurt"].isna() & (snap["herkomst"] == "bovenaf")))
    ]
    infra = {a: set(f) & INFRASTRUCTURE for a, f in zip(candidates["id"], candidates["functies"], strict=True)}
    top_down = dict(zip(candidates["id"], candidates["herkomst"] == "bovenaf", strict=True))
    duplicated = parallel = 0
    rivals = set()
    ids = sorted(infra)
    for i, a in enumerate(ids):
        for b in ids[i + 1 :]:
            if (
                (a in own_ids or b in own_ids)
                and infra[a] & infra[b]
                and ((a, b) not in views or agreed(views[(a, b)], a, b) < 3)
            ):
                duplicated += 1
                parallel += top_down[a] or top_down[b]
                if present in (a, b):
                    rivals |= {a, b} - {present}
    gaps = 0
    for (a, b), rows in views.items():
        by_a = [i for who, i in rows if who == a]
        by_b = [i for who, i in rows if who == b]
        gaps += bool(by_a and by_b and abs(max(by_a) - max(by_b)) >= 2)

    information = rel[rel["soort"] == "informatie"]
    flows: dict[tuple, set] = {}
    for van, naar in zip(information["van"], information["naar"], strict=True):
        if van in resident and naar in resident and resident[van] != resident[naar]:
            key = (van, naar) if resident[van] else (naar, van)
            flows.setdefault(key, set()).add(resident[van])
    own_lijn0 = {a for a in own_ids if lijn.get(a) == 0}
    own_top_down = set(own.loc[own["herkomst"] == "bovenaf", "id"])
    provided = rel[rel["soort"].isin(RESOURCES) & rel["naar"].isin(own_lijn0 - own_top_down)]
    beside = rel[
        rel["soort"].isin(RESOURCES)
        & rel["naar"].isin(own_ids & (own_top_down | rivals) - {present})
        & rel["van"].map(lambda a: lijn.get(a, 0) >= 1)
    ]
    soon = (provided["tot"] >= (month + 1).start_time) & (provided["tot"] <= (month + 3).end_time.normalize())
    recruited = set(rel.loc[(rel["soort"] == "werving") & rel["van"].map(lambda a: lijn.get(a, 0) >= 1), "naar"])
    supported = set(rel.loc[rel["soort"].isin(RESOURCES), "naar"])

    activities = data.activiteiten[
        (data.activiteiten["buurt"] == buurt)
        & (data.activiteiten["datum"] >= first)
        & (data.activiteiten["datum"] <= last)
    ]
    actions = data.acties[data.acties["buurt"] == buurt]
    scores = data.maatlat[(data.maatlat["buurt"] == buurt) & (data.maatlat["maand"] == month)]
    mine = scores[scores["beoordeeld_door"] == "zelf"]
    self_scores = dict(zip(mine["criterium"], mine["score"].astype(int), strict=True))
    others = scores[scores["beoordeeld_door"] != "zelf"]
    both = [c for c in CRITERIA if c in set(mine["criterium"]) and c in set(others["criterium"])]
    results = data.resultaten[data.resultaten["buurt"] == buurt]
    achieved = (results["datum"] >= first) & (results["datum"] <= last)
    reported = (results["gemeld"] >= first) & (results["gemeld"] <= last)
    reported &= results["datum"].isna() | (results["datum"] < first)
    results = results[results["datum"].fillna(results["gemeld"]) <= last]
    requests = data.verzoeken[data.verzoeken["buurt"] == buurt]
    answered = requests[(requests["antwoord"] <= last) & (requests["uitkomst"] != "geen_reactie")]
    promised = requests[requests["uitkomst"].isin(("toegezegd", "deels")) & (requests["antwoord"] <= last)]
    asked_open = (requests["gevraagd"] <= last) & (requests["antwoord"].isna() | (requests["antwoord"] > last))
    answered_now = (requests["antwoord"] >= first) & (requests["antwoord"] <= last)
    failed = actions[
        (actions["status"] == "niet_gedaan") & (actions["afgerond"] >= first) & (actions["afgerond"] <= last)
    ]
    named = [code for codes in failed["belemmering"] for code in set(codes)]
    own_soort = dict(zip(own["id"], own["soort"], strict=True))
    cells = {f"verbindingskaart_{t}_{f}": 0 for t in MAP_ROWS for f in ("bundeling", "sociaal_kapitaal", "werven")}
    for van, naar, soort in zip(rel["van"], rel["naar"], rel["soort"], strict=True):
        if soort in MAP_FUNCTIONS:
            for kind in {MAP_TYPES.get(own_soort[a], "instellingen") for a in (van, naar) if a in own_soort}:
                cells[f"verbindingskaart_{kind}_{MAP_FUNCTIONS[soort]}"] += 1
    edges = {frozenset(e) for e in graph.edges}
    since = marks["recognised"]

    row = {
        "buurt": buurt,
        "maand": str(month),
        "in_proeftuin": marks["start"] is not None and month >= marks["start"] and len(own) > 0,
        "met_gegevens": marks["first_data"] is not None and month >= marks["first_data"],
        "platform": platform,
        "actoren": n,
        "relaties": len(ties),
        "spanningen": len(rel) - len(ties),
        "dichtheid": nx.density(graph) if n >= 2 else None,
        "componenten": nx.number_connected_components(graph),
        "grootste_component": max(len(c) for c in nx.connected_components(graph)) / n if n else None,
        "gem_intensiteit": collaboration["intensiteit"].mean() if len(collaboration) else None,
        "platform_betweenness": centrality[present] if present else None,
        "platform_bereik": (len(nx.single_source_shortest_path_length(graph, present, cutoff=2)) - 1) / (n - 1)
        if present and n > 1
        else None,
        "ruggengraat": sum(graph.has_edge(present, c) for c in committees) / len(committees)
        if present and len(committees)
        else None,
        "ei_index": ei(graph, resident),
        "eenrichtingsverkeer": sum(d == {True} for d in flows.values()) / len(flows) if flows else None,
        "verloop": None
        if previous is None or not (previous | edges)
        else 1 - len(previous & edges) / len(previous | edges),
        "activiteiten": len(activities),
        "bundelingsgraad": (activities["organisatoren"].map(len) >= 2).mean() if len(activities) else None,
        "maatlat_gemiddelde": statistics.fmean(self_scores.values()) if self_scores else None,
        "erkend": recognised,
        "erkend_maanden": (month - since).n if since is not None and month >= since else None,
        "resultaten": int(achieved.sum()),
        "resultaten_totaal": len(results),
        "antwoordtijd": statistics.median(((answered["antwoord"] - answered["gevraagd"]).dt.days).tolist())
        if len(answered)
        else None,
        "nagekomen": (promised["nagekomen"] <= last).mean() if len(promised) else None,
        "middelen": len(provided),
        "middelen_platform": int((provided["naar"] == present).sum()) if present else None,
        "maatlat_verschil": statistics.fmean(
            mine.loc[mine["criterium"] == c, "score"].mean() - others.loc[others["criterium"] == c, "score"].mean()
            for c in both
        )
        if both
        else None,
        "ei_index_eerste": ei(graph, {a: v == 0 for a, v in lijn.items() if v in (0, 1)}),
        "ei_index_tweede": ei(graph, {a: v == 0 for a, v in lijn.items() if v in (0, 2)}),
        "aantal_dubbele_functies": duplicated,
        "aantal_parallelle_infrastructuren": parallel,
        "aantal_belevingsverschillen": gaps,
        "aantal_versnipperde_activiteiten": fragmented_groups(activities),
        "aantal_middelen_aflopend": int(soon.sum()),
        "aantal_verbinders": min(5, sum(1 for v in centrality.values() if v > 0)),
        "aantal_vindplaats": len({a for a in recruited - supported if a in own_lijn0}),
        "resultaten_gemeld": int(reported.sum()),
        "aantal_middelen_naast": len(beside),
    }
    row.update(action_counts(actions, first, last, "acties"))
    row.update({f"maatlat_{c}": self_scores.get(c) for c in CRITERIA})
    sizes = results.dropna(subset=["omvang"]).groupby("eenheid")["omvang"].sum()
    row.update({f"resultaten_omvang_{u}": float(sizes.get(u, 0.0)) for u in UNITS})
    row.update(
        {
            "verzoeken_gedaan": int(((requests["gevraagd"] >= first) & (requests["gevraagd"] <= last)).sum()),
            "verzoeken_beantwoord": int((answered_now & (requests["uitkomst"] != "geen_reactie")).sum()),
            "verzoeken_open": int(asked_open.sum()),
            "verzoeken_open_30": int((asked_open & ((last - requests["gevraagd"]).dt.days > 30)).sum()),
            "verzoeken_toegezegd": int((answered_now & requests["uitkomst"].isin(("toegezegd", "deels"))).sum()),
            "verzoeken_afgewezen": int((answered_now & (requests["uitkomst"] == "afgewezen")).sum()),
        }
    )
    row.update({f"belemmeringen_{code}": named.count(code) for code in BARRIERS})
    row.update(action_counts(actions[actions["sessie"].notna()], first, last, "afspraken"))
    row.update(cells)
    row.update(seats_and_dialogues(data, buurt, first, last, actions))
    row.update(recorded(data, buurt, month))
    for register, columns in NULL_WHEN_NOT_KEPT.items():
        if not marks["kept"][register]:
            row.update(dict.fromkeys(columns, None))
    return row, edges


RUNGS = ("geinformeerd", "geraadpleegd", "adviserend", "coproducerend", "meebeslissend", "zelfbeherend")
AGREEMENT_PARTS = ("gemaakt", "nagekomen", "vervallen", "open", "te_laat")


def seats_and_dialogues(data, buurt: str, first, last, actions) -> dict:
    """Version 4's panel columns: seats, dialogues, agreements, the owners of open actions (the pulse is no column
    of the panel by default)."""
    seats = data.tafels[data.tafels["buurt"] == buurt]
    seats = seats[(seats["vanaf"] <= last) & (seats["tot"].isna() | (seats["tot"] >= first))]
    dialogues = data.dialogen[data.dialogen["buurt"] == buurt]
    made = data.dialoogafspraken.merge(
        dialogues[["id", "datum"]].rename(columns={"id": "dialoog"}), on="dialoog", how="inner"
    )
    still_open = (
        (made["datum"] <= last)
        & (made["nagekomen"].isna() | (made["nagekomen"] > last))
        & (made["vervallen"].isna() | (made["vervallen"] > last))
    )
    open_actions = actions[(actions["gepland"] <= last) & (actions["afgerond"].isna() | (actions["afgerond"] > last))]
    owners = open_actions["eigenaar"].dropna().value_counts()
    row = {
        "tafels": len(seats),
        "tafel_hoogste_rol": max((RUNGS.index(r) + 1 for r in seats["rol"]), default=None),
        "tafels_uitgenodigd": int((seats["toegang"] == "uitgenodigd").sum()),
        "dialogen": int(dialogues["datum"].between(first, last).sum()),
        "acties_eigenaren": len(owners),
        "acties_concentratie": owners.max() / len(open_actions) if len(open_actions) else None,
    }
    row.update({f"tafels_rol_{r}": int((seats["rol"] == r).sum()) for r in RUNGS})
    counts = {
        "gemaakt": made["datum"].between(first, last).sum(),
        "nagekomen": made["nagekomen"].between(first, last).sum(),
        "vervallen": made["vervallen"].between(first, last).sum(),
        "open": still_open.sum(),
        "te_laat": (still_open & (made["deadline"] < last)).sum(),
    }
    row.update({f"dialoogafspraken_{k}": int(n) for k, n in counts.items()})
    return row


def recorded(data, buurt: str, month: pd.Period) -> dict:
    """vastgelegd as the panel holds it: months from each register's latest month up to ``month`` (empty: none)."""
    own = data.actoren[data.actoren["buurt"] == buurt]
    relations = data.relaties[data.relaties["van"].isin(own["id"]) | data.relaties["naar"].isin(own["id"])]
    sources = {
        "actoren": (own, ("vanaf", "tot")),
        "relaties": (relations, ("vanaf", "tot")),
        "activiteiten": (data.activiteiten, ("datum",)),
        "acties": (data.acties, ("gepland", "afgerond")),
        "maatlat": (data.maatlat, ("maand",)),
        "resultaten": (data.resultaten, ("datum", "gemeld")),
        "verzoeken": (data.verzoeken, ("gevraagd", "antwoord", "nagekomen")),
        "erkenning": (data.erkenning, ("vanaf", "tot")),
        "tafels": (data.tafels, ("vanaf", "tot")),
        "dialogen": (data.dialogen, ("datum",)),
        "draaglast": (data.draaglast, ("maand",)),
    }
    row = {}
    for register, (frame, columns) in sources.items():
        if register not in ("actoren", "relaties"):
            frame = frame[frame["buurt"] == buurt]
        named = [frame[c].dropna() for c in columns]
        months = pd.concat(
            [d if register in ("maatlat", "draaglast") else d.dt.to_period("M") for d in named], ignore_index=True
        )
        months = months[months <= month]
        row[f"vastgelegd_{register}"] = (month - months.max()).n if len(months) else None
    return row


#: A register (or column) the buurt keeps no row of (in use nowhere) → the panel columns that are then empty.
NULL_WHEN_NOT_KEPT = {
    "activiteiten": ("activiteiten", "bundelingsgraad", "aantal_versnipperde_activiteiten"),
    "acties": (
        *(f"acties_{k}" for k in ("gepland", "gedaan", "niet_gedaan", "open", "te_laat", "eigenaren")),
        "acties_concentratie",
        *(f"afspraken_{k}" for k in ("gepland", "gedaan", "niet_gedaan", "open", "te_laat")),
        *(f"belemmeringen_{code}" for code in BARRIERS),
    ),
    "acties.sessie": tuple(f"afspraken_{k}" for k in ("gepland", "gedaan", "niet_gedaan", "open", "te_laat")),
    "acties.belemmering": tuple(f"belemmeringen_{code}" for code in BARRIERS),
    "maatlat": ("maatlat_gemiddelde", "maatlat_verschil", *(f"maatlat_{c}" for c in CRITERIA)),
    "resultaten": (
        "resultaten",
        "resultaten_gemeld",
        "resultaten_totaal",
        *(f"resultaten_omvang_{u}" for u in UNITS),
    ),
    "verzoeken": (
        "antwoordtijd",
        "nagekomen",
        *(f"verzoeken_{k}" for k in ("gedaan", "beantwoord", "open", "open_30", "toegezegd", "afgewezen")),
    ),
    "erkenning": ("erkend", "erkend_maanden"),
    "tafels": ("tafels", "tafel_hoogste_rol", "tafels_uitgenodigd", *(f"tafels_rol_{r}" for r in RUNGS)),
    "dialogen": ("dialogen", *(f"dialoogafspraken_{k}" for k in AGREEMENT_PARTS)),
}


def kept(data, buurt: str, pilot) -> dict[str, bool]:
    """Which registers the buurt keeps a row of, and which optional columns a row of the ``pilot``'s file fills."""
    found = {
        name: bool((getattr(data, name)["buurt"] == buurt).any())
        for name in ("activiteiten", "acties", "maatlat", "resultaten", "verzoeken", "erkenning", "tafels", "dialogen")
    }
    found["acties.sessie"] = found["acties"] and bool(pilot.acties["sessie"].notna().any())
    found["acties.belemmering"] = found["acties"] and bool((pilot.acties["belemmering"].map(len) > 0).any())
    return found


def split_by_buurt(data) -> dict[str, SimpleNamespace]:
    """Every buurt's rows, split off the full tables once: what the careful loop filters each month.

    A buurt's actors are its own and every actor at the other end of a
    relation with one of them; its relations are those with at least one
    end among its own actors; the other tables hold the rows of the buurt.
    The month's filters of :func:`month_row` are then the same as on the
    full tables, over a few hundred rows instead of the whole city.
    """
    actors, relations = data.actoren, data.relaties
    home = dict(zip(actors["id"], actors["buurt"], strict=True))
    touching: dict[str, list[int]] = {}
    for position, (van, naar) in enumerate(zip(relations["van"], relations["naar"], strict=True)):
        for buurt in {home[van], home[naar]}:
            if isinstance(buurt, str):
                touching.setdefault(buurt, []).append(position)
    by_buurt = {
        name: {buurt: rows for buurt, rows in getattr(data, name).groupby("buurt", sort=False)}
        for name in (
            "activiteiten",
            "acties",
            "maatlat",
            "resultaten",
            "verzoeken",
            "erkenning",
            "tafels",
            "dialogen",
            "draaglast",
        )
    }
    own_actors = {buurt: rows for buurt, rows in actors.groupby("buurt", sort=False)}
    split = {}
    for buurt in data.buurten["id"]:
        rel = relations.iloc[touching.get(buurt, [])]
        empty = {name: frame.iloc[:0] for name, frame in vars(data).items() if isinstance(frame, pd.DataFrame)}
        own = own_actors.get(buurt, empty["actoren"])
        ends = set(rel["van"]) | set(rel["naar"])
        split[buurt] = SimpleNamespace(
            **{name: tables.get(buurt, empty[name]) for name, tables in by_buurt.items()},
            actoren=pd.concat([own, actors[actors["id"].isin(ends - set(own["id"]))]]),
            relaties=rel,
            dialoogafspraken=data.dialoogafspraken,
        )
    return split


def plain_panel(data, buurten: list[str] | None = None, careful: bool = False) -> pd.DataFrame:
    """Every buurt (or those of ``buurten``) in every month of the dataset: a row each, the kit's panel columns.

    ``careful`` splits the tables per buurt once (:func:`split_by_buurt`) and
    computes each month from the buurt's rows: the loop a careful researcher
    writes.  Without, every month filters the full tables: the naive loop.
    """
    months = months_of(data)
    split = split_by_buurt(data) if careful else None
    rows = []
    for _, buurt_row in data.buurten.iterrows():
        buurt = buurt_row["id"]
        if buurten is not None and buurt not in buurten:
            continue
        rows_of_buurt = data if split is None else split[buurt]
        platform = buurt_row["platform"] if isinstance(buurt_row["platform"], str) else None
        start = start_month(rows_of_buurt, buurt, buurt_row, months)
        recognitions = rows_of_buurt.erkenning.loc[rows_of_buurt.erkenning["buurt"] == buurt, "vanaf"]
        registers = kept(rows_of_buurt, buurt, data)
        marks = {
            "start": start,
            "first_data": first_data_month(rows_of_buurt, buurt, buurt_row, months),
            "recognised": recognitions.min().to_period("M") if len(recognitions) else None,
            "platform": platform,
            "kept": registers,
        }
        previous = None
        for month in months:
            row, edges = month_row(
                rows_of_buurt, buurt, month, marks, previous if start is not None and month > start else None
            )
            rows.append(row)
            previous = edges
    frame = pd.DataFrame(rows)
    figures = [c for c in frame.columns if c not in ("buurt", "maand", "in_proeftuin", "met_gegevens", "platform")]
    return frame.astype({c: "float64" for c in figures})
