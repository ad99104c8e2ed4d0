"""Tests of the fictional demo dataset (kit.demo): shape, determinism and stories."""

from __future__ import annotations

import hashlib
import re
from itertools import combinations

import networkx as nx
import pandas as pd
import pytest

from kit.analysis.figures import figures
from kit.analysis.registers import REGISTERS, kept
from kit.data.contract import (
    BELEMMERING,
    CRITERIA,
    DATE_KINDS,
    EENHEID,
    FILES,
    INFRASTRUCTURE_FUNCTIONS,
    SOORT_RELATIE,
    STATUS,
)
from kit.data.dataset import load
from kit.data.validation import validate
from kit.demo import COLUMNS, build, write_demo
from kit.demo.loading import load_demo
from kit.demo.stories import SESSIES, STORIES, read_story

#: The contract's files the demo writes.
WRITTEN = {stem: FILES[stem] for stem in COLUMNS}
#: The one source of everything known about Duinroosbuurt (its story's ``bron``).
BLOG = "blog van het platform"
#: The demo's files as they are: a change to the code of the demo that should not change its data (moving
#: story data between code and files, a refactoring) is held to these.  After a change of the data on purpose
#: (a story, the contract), replace them by the list the failing test prints.
DEMO_SHA256 = {
    "FICTIEF.txt": "22a2a64c700588059edcdd9dae8155f8d01f762164ceb5069bb38e68a35ae290",
    "acties.csv": "d08afcd9e2b2276df922671bf03db0c032eb80be5d92743d5252c84b17f6585c",
    "activiteiten.csv": "ac7ebfbd917bba922293b215b4f322c202bc63181b58a3430ed8063b4c5a407d",
    "actoren.csv": "a2b234cce5383d479aca3c998ec01ce1ef80df9d8174e998ffa8ed8d9d2ce6c2",
    "buurten.csv": "d78271f80eb0041458410310653f2f258ce4b6774ecf9a889e683542d28191f6",
    "dialogen.csv": "9ff09bc77888593e2283037fddc051d219d4a1a567a86f6a64d68dafe7311c0c",
    "dialoogafspraken.csv": "f22c6eeeaef18d4a96b493f71bc099555cc7cc9c115d1da4396a616bdb16787c",
    "draaglast.csv": "6b63ba38f42bf3025230804a7c726874744704ccdef57e9fca862ae9d1ec68ef",
    "erkenning.csv": "947101fe82bf7f994179954bf9cf2ff6d55046319ae7585c96afe32a68ca0a9f",
    "intervisie.csv": "efabcb7c1bc0e76ce889f104b90b0620ed6a6bb58c13ac338bc3269811d3720e",
    "maatlat.csv": "94d38784ba0294199e227776012757191f63b5e8b661d5917e46847e98755696",
    "relaties.csv": "aae33acd5d9bed59efb546cef702f29e9ab4e659c729ebccb7124bbede29ee97",
    "resultaten.csv": "a36b7f6ba71424e2a7eec5568a3df25aba03b7af28fa60b5f70cad533020a5ce",
    "tafels.csv": "dbd4213ef23647b82fe7381bfb2561ed3822c038947083823b7c53eee685e721",
    "verzoeken.csv": "3a22fd3349267ee692dbfa0b8e5788573840bc6857826c28605eac7ae71b36c9",
}
#: The buurten that keep each register (``Story.bijgehouden``): the others have no row in it.
KEEPING = {register: {s.id for s in STORIES if register in s.bijgehouden} for register in REGISTERS}


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    """The demo dataset written once, as a folder path."""
    directory = tmp_path_factory.mktemp("demo")
    write_demo(directory)
    return directory


@pytest.fixture(scope="module")
def tables(demo):
    """Every file of the demo as a frame of text cells."""
    return {
        stem: pd.read_csv(demo / spec.filename, dtype=str, keep_default_na=False, encoding="utf-8")
        for stem, spec in WRITTEN.items()
    }


def _items(cell: str) -> set[str]:
    return {item.strip() for item in cell.split(";") if item.strip()}


def _month(cell: str) -> int:
    return int(cell[5:7])


# --- files ---------------------------------------------------------------------


def test_writes_its_files_in_contract_order(tmp_path):
    paths = write_demo(tmp_path / "nieuw")
    assert [p.name for p in paths] == [spec.filename for spec in WRITTEN.values()] + ["FICTIEF.txt"]
    assert all(p.exists() for p in paths)
    for spec in WRITTEN.values():
        header = (tmp_path / "nieuw" / spec.filename).read_text(encoding="utf-8").splitlines()[0]
        assert header == ",".join(c.name for c in spec.columns)


def test_writes_version_2_of_the_contract(tables):
    """Every file and column of the contract, each with rows: the demo exercises version 2 as a whole."""
    assert set(WRITTEN) == set(FILES)
    for stem, frame in tables.items():
        assert len(frame), stem
    assert tables["acties"].columns[-2:].tolist() == ["sessie", "belemmering"]


def test_two_runs_are_byte_identical(tmp_path):
    first = write_demo(tmp_path / "a")
    second = write_demo(tmp_path / "b")
    for a, b in zip(first, second, strict=True):
        assert a.read_bytes() == b.read_bytes(), a.name


def test_overwrites_only_its_own_files(tmp_path):
    (tmp_path / "notities.txt").write_text("blijft staan", encoding="utf-8")
    (tmp_path / "actoren.csv").write_text("oud", encoding="utf-8")
    write_demo(tmp_path)
    assert (tmp_path / "notities.txt").read_text(encoding="utf-8") == "blijft staan"
    assert (tmp_path / "actoren.csv").read_text(encoding="utf-8").startswith("id,naam,")
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        [spec.filename for spec in WRITTEN.values()] + ["FICTIEF.txt", "notities.txt"]
    )


def test_fictief_banner_is_dutch(demo):
    text = (demo / "FICTIEF.txt").read_text(encoding="utf-8")
    assert "fictieve" in text and "proeftuinkit" in text


def test_every_date_lies_in_2025(tables):
    """Also every end date: a date in 2026 would add months to the dataset, and reports for them."""
    for stem, spec in WRITTEN.items():
        for column in (c for c in spec.columns if c.kind in DATE_KINDS):
            values = [v for v in tables[stem][column.name] if v]
            assert values or (stem, column.name) == ("erkenning", "tot"), (stem, column.name)
            for value in values:
                assert re.fullmatch(r"2025-(0[1-9]|1[0-2])(-\d\d)?", value), (stem, column.name, value)


def test_dates_span_the_whole_year(tables):
    months = {_month(v) for v in tables["activiteiten"]["datum"]}
    assert months == set(range(1, 13))


def test_ids_are_valid_and_unique(tables):
    for stem, spec in WRITTEN.items():
        if spec.id_column:
            ids = tables[stem][spec.id_column]
            assert ids.is_unique, stem
            assert ids.str.fullmatch(r"[A-Za-z0-9_-]+").all(), stem


def test_references_point_to_existing_rows(tables):
    actors, buurten = set(tables["actoren"]["id"]), set(tables["buurten"]["id"])
    relations = tables["relaties"]
    assert set(relations["van"]) | set(relations["naar"]) <= actors
    assert set(tables["buurten"]["platform"]) <= actors
    for cell in tables["activiteiten"]["organisatoren"]:
        assert _items(cell) and _items(cell) <= actors
    for cell in tables["intervisie"]["aanwezig"]:
        assert _items(cell) <= buurten
    assert set(relations["gemeld_door"]) - {""} <= actors
    requests, results = tables["verzoeken"], tables["resultaten"]
    assert set(requests["van"]) | set(requests["aan"]) <= actors
    assert set(results["tegenpartij"]) - {""} <= actors
    assert set().union(*results["samen_met"].map(_items)) <= actors
    recognitions = tables["erkenning"]
    assert set(recognitions["platform"]) | set(recognitions["besloten_door"]) <= actors
    assert set(tables["acties"]["sessie"]) - {""} <= set(tables["intervisie"]["id"])


# --- the buurten and their networks -------------------------------------------


def test_twelve_buurten_with_platform_and_start(tables):
    buurten = tables["buurten"]
    assert len(buurten) == len(STORIES) == 12
    assert (buurten["platform"] != "").all()
    assert set(buurten["start"]) == {"2025-01", "2025-02", "2025-03", "2025-05"}
    platforms = tables["actoren"].set_index("id").loc[buurten["platform"]]
    assert (platforms["soort"] == "buurtplatform").all()


def test_actor_numbers_and_city_wide_actors(tables):
    actors, relations = tables["actoren"], tables["relaties"]
    sizes = actors[actors["buurt"] != ""].groupby("buurt").size()
    assert sizes.drop(["duinroos", "reigersbos"]).between(15, 35).all(), sizes.to_dict()
    assert sizes["duinroos"] < 10 < sizes["reigersbos"] < 15  # a blog shows few actors
    buurt_of = dict(zip(actors["id"], actors["buurt"], strict=True))
    city = actors[actors["buurt"] == ""]
    assert len(city) >= 5
    for actor, soort, naam in zip(city["id"], city["soort"], city["naam"], strict=True):
        touched = {
            buurt_of[other]
            for van, naar in zip(relations["van"], relations["naar"], strict=True)
            for other in (van, naar)
            if actor in (van, naar) and other != actor
        } - {""}
        buurten = tables["buurten"]
        if soort == "stadsdeel":  # a stadsdeel reaches all of its own buurten
            assert touched == set(buurten.loc["Stadsdeel " + buurten["stadsdeel"] == naam, "id"]), actor
        elif soort == "stadsdeelcommissie":  # it decides on recognition; only Reigersbos's platform informs it
            assert touched == ({"reigersbos"} if actor == "sdc-zonnewaard" else set()), actor
        else:
            assert len(touched) >= 3, actor
    assert set(actors["herkomst"]) == {"onderop", "bovenaf", "gemengd", "onbekend"}
    assert set(actors["lijn"]) == {"0", "1", "2", ""}  # one actor of unknown lijn (Zonnedauwkwartier's newcomer)


def test_every_kind_of_relation_and_intensity(tables):
    relations = tables["relaties"]
    assert set(relations["soort"]) == set(SOORT_RELATIE)
    together = relations[relations["soort"] == "samenwerking"]
    assert set(together["intensiteit"]) == {"1", "2", "3", "4", "5"}
    assert (relations.loc[relations["soort"] != "samenwerking", "intensiteit"] == "").all()
    assert (relations["bron"] != "").all()
    assert (relations["van"] != relations["naar"]).all()


def test_perception_gaps_in_several_buurten(tables):
    relations, actors = tables["relaties"], tables["actoren"]
    buurt_of = dict(zip(actors["id"], actors["buurt"], strict=True))
    views = relations[(relations["soort"] == "samenwerking") & (relations["gemeld_door"] != "")]
    seen: dict[frozenset, dict[str, int]] = {}
    for van, naar, door, intensity in zip(
        views["van"], views["naar"], views["gemeld_door"], views["intensiteit"], strict=True
    ):
        if door not in (van, naar):
            continue  # a third party's account is no side's own view
        side = seen.setdefault(frozenset((van, naar)), {})
        side[door] = max(side.get(door, 0), int(intensity))
    gaps = [pair for pair, side in seen.items() if len(side) == 2 and max(side.values()) - min(side.values()) >= 2]
    assert len({buurt_of[a] or buurt_of[b] for a, b in map(tuple, gaps)}) >= 3


def test_duplicated_infrastructure_functions_exist(tables):
    actors = tables["actoren"]
    own = actors[(actors["buurt"] != "") & (actors["persoon"] == "nee")]
    duplicated = 0
    for _, group in own.groupby("buurt"):
        for (_, a), (_, b) in combinations(group.iterrows(), 2):
            shared = _items(a["functies"]) & _items(b["functies"]) & set(INFRASTRUCTURE_FUNCTIONS)
            duplicated += bool(shared)
    assert duplicated >= 10


def test_key_persons_with_every_kind_of_consent(tables):
    actors = tables["actoren"]
    persons = actors[actors["persoon"] == "ja"]
    assert (persons["soort"] == "sleutelfiguur").all()
    assert {"ja", "nee", ""} <= set(persons["naam_tonen"])
    assert persons["naam"].is_unique
    assert (actors.loc[actors["persoon"] == "nee", "naam_tonen"] == "").all()


# --- the stories ----------------------------------------------------------------


def _own(tables, buurt):
    actors = tables["actoren"]
    return actors[actors["buurt"] == buurt]


def _platform(tables, buurt):
    buurten = tables["buurten"].set_index("id")
    return buurten.loc[buurt, "platform"]


def _ties(tables, actor):
    relations = tables["relaties"]
    return relations[(relations["van"] == actor) | (relations["naar"] == actor)]


def test_story_strong_platform_backbone_and_bundling(tables):
    platform = _platform(tables, "vlinderhof")
    commissies = _own(tables, "vlinderhof").query("soort == 'bewonerscommissie'")["id"]
    assert len(commissies) >= 5
    ties = _ties(tables, platform)
    partners = set(ties["van"]) | set(ties["naar"])
    assert set(commissies) <= partners
    activities = tables["activiteiten"].query("buurt == 'vlinderhof'")
    bundled = activities["organisatoren"].map(lambda cell: len(_items(cell)) >= 2).mean()
    others = tables["activiteiten"].query("buurt != 'vlinderhof'")
    assert bundled >= 0.7 > others["organisatoren"].map(lambda cell: len(_items(cell)) >= 2).mean()


def test_story_stadsdeel_puts_a_parallel_platform_beside_the_residents(tables):
    platform = _platform(tables, "zilverdistel")
    actors = tables["actoren"].set_index("id")
    infrastructure = _items(actors.loc[platform, "functies"]) & set(INFRASTRUCTURE_FUNCTIONS)
    own = _own(tables, "zilverdistel")
    newcomers = own[(own["herkomst"] == "bovenaf") & own["vanaf"].isin(["2025-06", "2025-07"])]
    parallel = newcomers[newcomers["functies"].map(lambda cell: bool(_items(cell) & infrastructure))]
    assert {"netwerkorganisatie", "bewonersbijeenkomst", "informatievoorziening"} <= set().union(
        *parallel["functies"].map(_items)
    )
    tensions = _ties(tables, platform).query("soort == 'spanning'")
    assert set(tensions["van"]) | set(tensions["naar"]) >= set(parallel["id"])
    assert all(_month(v) >= 7 for v in tensions["vanaf"])
    meetings = tables["activiteiten"].query("buurt == 'zilverdistel' and soort == 'bewonersbijeenkomst'")
    split_months = set()
    for (_, a), (_, b) in combinations(meetings.iterrows(), 2):
        days = abs((pd.Timestamp(a["datum"]) - pd.Timestamp(b["datum"])).days)
        if days <= 14 and not _items(a["organisatoren"]) & _items(b["organisatoren"]):
            split_months.add(_month(a["datum"]))
    assert len(split_months) >= 4 and min(split_months) >= 7


def test_story_young_platform_grows_month_by_month(tables):
    assert tables["buurten"].set_index("id").loc["zonnedauw", "start"] == "2025-03"
    own = _own(tables, "zonnedauw")
    assert own.set_index("id").loc[_platform(tables, "zonnedauw"), "vanaf"] == "2025-03"
    assert len({v for v in own["vanaf"] if v}) >= 6
    activities = tables["activiteiten"].query("buurt == 'zonnedauw'")["datum"].map(_month)
    assert activities.min() >= 3
    assert (activities >= 10).sum() > (activities <= 5).sum()


def test_story_professionals_collect_without_bringing_back(tables):
    actors = tables["actoren"].set_index("id")
    relations = tables["relaties"].query("soort == 'informatie'")
    own = set(_own(tables, "parelmoer")["id"])
    pairs = [
        (van, naar) for van, naar in zip(relations["van"], relations["naar"], strict=True) if van in own or naar in own
    ]
    upward = {(v, n) for v, n in pairs if actors.loc[v, "lijn"] == "0" and actors.loc[n, "lijn"] != "0"}
    downward = {(n, v) for v, n in pairs if actors.loc[v, "lijn"] != "0" and actors.loc[n, "lijn"] == "0"}
    assert len(upward) >= 5 and not downward


def test_story_platform_fades_when_its_key_figure_leaves(tables):
    own = _own(tables, "klaproos")
    leaving = own[(own["soort"] == "sleutelfiguur") & (own["tot"] == "2025-06")]
    assert len(leaving) == 1
    ties = _ties(tables, leaving["id"].iloc[0])
    assert len(ties) >= 3 and all(v and _month(v) <= 6 for v in ties["tot"])
    platform_ties = _ties(tables, _platform(tables, "klaproos")).query("soort == 'samenwerking'")
    assert (platform_ties["tot"] != "").mean() >= 0.5
    months = tables["activiteiten"].query("buurt == 'klaproos'")["datum"].map(_month)
    assert (months <= 3).sum() >= 3 * (months >= 10).sum()


@pytest.mark.parametrize(
    "buurt, soort",
    [("maanzaad", "woningcorporatie"), ("hommelberg", "bewonersinitiatief"), ("wolkenkade", "bewonersinitiatief")],
)
def test_other_stories_add_their_own_actor(tables, buurt, soort):
    own = _own(tables, buurt)
    platform = _platform(tables, buurt)
    extra = own[
        (own["soort"] == soort) & own["functies"].map(lambda cell: bool(_items(cell) & set(INFRASTRUCTURE_FUNCTIONS)))
    ]
    ties = [_ties(tables, a) for a in extra["id"]]
    assert any(((t["van"] == platform) | (t["naar"] == platform)).any() for t in ties)


# --- the version 2 stories ------------------------------------------------------
# The figures of version 2 are computed here from the raw cells, by the spec's definitions, so that the
# stories are checked without the figures engine.


def _active(vanaf: str, tot: str, month: int) -> bool:
    """The snapshot rule for the demo's ``JJJJ-MM`` periods (every date lies in 2025)."""
    return (_month(vanaf) if vanaf else 1) <= month <= (_month(tot) if tot else 12)


def _snapshot(tables, buurt, month):
    """The snapshot of ``buurt`` in ``month``: (actors indexed by id, ids of its own actors, relations)."""
    actors = tables["actoren"]
    actors = actors[[_active(v, t, month) for v, t in zip(actors["vanaf"], actors["tot"], strict=True)]].set_index("id")
    own = set(actors.index[actors["buurt"] == buurt])
    relations = tables["relaties"]
    keep = [
        _active(v, t, month) and a in actors.index and b in actors.index and (a in own or b in own)
        for v, t, a, b in zip(relations["vanaf"], relations["tot"], relations["van"], relations["naar"], strict=True)
    ]
    relations = relations[keep]
    return actors.loc[sorted(own | set(relations["van"]) | set(relations["naar"]))], own, relations


def _network(actors, relations) -> nx.Graph:
    """N: the snapshot's actors, an edge for every relation but ``spanning``."""
    graph = nx.Graph()
    graph.add_nodes_from(actors.index)
    graph.add_edges_from(
        (a, b)
        for a, b, soort in zip(relations["van"], relations["naar"], relations["soort"], strict=True)
        if soort != "spanning"
    )
    return graph


def _agreed(relations, a, b) -> int:
    """The agreed intensity of {a, b}: where both reported their view, the lower of the two sides' highest."""
    rows = relations[
        (relations["soort"] == "samenwerking")
        & (((relations["van"] == a) & (relations["naar"] == b)) | ((relations["van"] == b) & (relations["naar"] == a)))
    ]
    sides = [
        [int(i) for i, door in zip(rows["intensiteit"], rows["gemeld_door"], strict=True) if door == x] for x in (a, b)
    ]
    if all(sides):
        return min(max(side) for side in sides)
    return max((int(i) for i in rows["intensiteit"]), default=0)


def _city_parallels(tables, buurt, month) -> list[tuple[str, str]]:
    """Version 2's parallel infrastructures with a city-wide top-down actor: (city actor, own actor) pairs."""
    actors, own, relations = _snapshot(tables, buurt, month)
    city = [a for a in actors.index if actors.loc[a, "buurt"] == "" and actors.loc[a, "herkomst"] == "bovenaf"]
    mine = [a for a in sorted(own) if actors.loc[a, "persoon"] == "nee"]
    infrastructure = set(INFRASTRUCTURE_FUNCTIONS)
    return [
        (c, m)
        for c in city
        for m in mine
        if _items(actors.loc[c, "functies"]) & _items(actors.loc[m, "functies"]) & infrastructure
        and _agreed(relations, c, m) < 3
    ]


def _ei(graph, actors, lijnen) -> float:
    """The E-I index of N restricted to the actors of ``lijnen``: lijn 0 against the others."""
    sub = graph.subgraph(n for n in graph if actors.loc[n, "lijn"] in lijnen)
    external = sum((actors.loc[a, "lijn"] == "0") != (actors.loc[b, "lijn"] == "0") for a, b in sub.edges)
    return (2 * external - sub.number_of_edges()) / sub.number_of_edges()


def _vindplaatsen(tables, buurt, month) -> list[str]:
    """Own lijn 0 actors where someone of lijn ≥ 1 recruits and nobody supports, funds or houses them."""
    actors, own, relations = _snapshot(tables, buurt, month)
    found = []
    for actor in sorted(a for a in own if actors.loc[a, "lijn"] == "0"):
        into = relations[relations["naar"] == actor]
        recruiters = into.loc[into["soort"] == "werving", "van"]
        if any(actors.loc[r, "lijn"] in ("1", "2") for r in recruiters) and not into["soort"].isin(MIDDELEN).any():
            found.append(actor)
    return found


MIDDELEN = ("ondersteuning", "financiering", "ruimte")
KAART_TYPES = {
    "lotgenotengroep": "lotgenoten",
    "sleutelfiguur": "buren_en_sleutelfiguren",
    "bewonersinitiatief": "bewonersinitiatieven",
    "bewonerscommissie": "bewonersinitiatieven",
    "buurtplatform": "bewonersinitiatieven",
    "vereniging": "verenigingen",
    "ondernemer": "bedrijven",
}
KAART_FUNCTIES = {"samenwerking": "bundeling", "werving": "werven", **dict.fromkeys(MIDDELEN, "sociaal_kapitaal")}


def _empty_cells(tables, buurt, month) -> int:
    """How many of the 6 × 3 cells of the verbindingskaart are 0."""
    actors, own, relations = _snapshot(tables, buurt, month)
    filled = set()
    for a, b, soort in zip(relations["van"], relations["naar"], relations["soort"], strict=True):
        if soort in KAART_FUNCTIES:
            filled |= {
                (KAART_TYPES.get(actors.loc[x, "soort"], "instellingen"), KAART_FUNCTIES[soort])
                for x in (a, b)
                if x in own
            }
    return 18 - len(filled)


def test_story_stadsdeel_leaves_the_platforms_requests_unanswered(tables):
    requests = tables["verzoeken"]
    stadsdeel = requests.query("buurt == 'zilverdistel' and aan == 'sd-zonnewaard'")
    assert len(stadsdeel) >= 3 and set(stadsdeel["uitkomst"]) == {"open", "geen_reactie"}
    waiting = stadsdeel.query("uitkomst == 'open'")
    assert (waiting["antwoord"] == "").all()
    assert (waiting["gevraagd"] < "2025-12-01").sum() >= 2  # open_30 in December
    closed = stadsdeel.query("uitkomst == 'geen_reactie'")
    assert (closed["antwoord"] != "").all() and (closed["nagekomen"] == "").all()
    # others answer the same platform, and the stadsdelen answer the other buurten
    assert (requests.query("buurt == 'zilverdistel' and aan != 'sd-zonnewaard'")["uitkomst"] != "open").any()
    silent = ("zilverdistel", "reigersbos")  # Reigersbos's stadsdeel is Zilverdistel's, silent all year
    elsewhere = requests[requests["aan"].str.startswith("sd-") & ~requests["buurt"].isin(silent)]
    assert len(elsewhere) >= 3 and (elsewhere["antwoord"] != "").all()


def test_story_corporation_promises_and_delivers_months_late(tables):
    promises = tables["verzoeken"].query("buurt == 'maanzaad' and aan == 'thuishaven' and uitkomst == 'toegezegd'")
    answered = pd.to_datetime(promises["antwoord"])
    delivered = pd.to_datetime(promises["nagekomen"].replace("", None))
    assert ((delivered - answered).dt.days >= 180).any()
    assert (delivered.isna() & (answered < "2025-06-01")).any()  # still waiting in December


def test_requests_every_outcome_and_consistent_dates(tables):
    requests = tables["verzoeken"]
    assert set(requests["uitkomst"]) == {"open", "toegezegd", "deels", "afgewezen", "geen_reactie"}
    assert ((requests["uitkomst"] == "open") == (requests["antwoord"] == "")).all()
    delivered = requests[requests["nagekomen"] != ""]
    assert delivered["uitkomst"].isin(["toegezegd", "deels"]).all()
    answered = requests[requests["antwoord"] != ""]
    assert (answered["antwoord"] >= answered["gevraagd"]).all()
    assert (delivered["nagekomen"] >= delivered["antwoord"]).all()
    assert set(requests["buurt"]) == KEEPING["verzoeken"] and len(KEEPING["verzoeken"]) == 11


def test_story_recognised_only_from_the_middle_of_the_year(tables):
    recognitions = tables["erkenning"].set_index("buurt")
    starts = tables["buurten"].set_index("id")["start"]
    assert recognitions.index.is_unique and set(recognitions.index) == KEEPING["erkenning"]
    late = recognitions[recognitions["vanaf"] != starts[recognitions.index]]
    assert list(late.index) == ["zonnedauw", "reigersbos"]
    assert late.loc["zonnedauw", "vanaf"] == "2025-07" > starts["zonnedauw"]
    platforms = tables["buurten"].set_index("id")["platform"]
    assert (recognitions["platform"] == platforms[recognitions.index]).all()
    # the stadsdeelcommissie's assessment in June, before it recognised the platform, was kinder than its own
    june = (
        tables["maatlat"]
        .query("buurt == 'zonnedauw' and maand == '2025-06'")
        .assign(score=lambda f: f["score"].astype(int))
    )
    by = june.groupby("beoordeeld_door")["score"].mean()
    assert by["stadsdeelcommissie"] > by["zelf"]


def test_recognition_is_decided_by_the_stadsdeelcommissie(tables):
    """Every recognition names the district committee of the buurt's stadsdeel, an actor of its own apart from the
    stadsdeel's administration; Duinroosbuurt has no recognition row at all."""
    actors = tables["actoren"].set_index("id")
    stadsdelen = tables["buurten"].set_index("id")["stadsdeel"]
    for buurt, row in tables["erkenning"].set_index("buurt").iterrows():
        decider = actors.loc[row["besloten_door"]]
        assert decider["soort"] == "stadsdeelcommissie" and decider["buurt"] == ""
        assert decider["naam"] == f"Stadsdeelcommissie {stadsdelen[buurt]}"
    assert "duinroos" not in set(tables["erkenning"]["buurt"])


def test_story_a_buurt_known_from_its_blog_only(tables, demo):
    """Duinroosbuurt: every relation is known from the platform's blog; no action list, maatlat, requests or
    recognition; in June a post lists three results achieved earlier, two on an unknown day.  The kit counts them
    as recorded after the fact, not as June's results, and calls nothing of the rest 0."""
    relations = tables["relaties"]
    mine = relations[relations["id"].str.startswith("dr-")]
    assert len(mine) >= 5 and set(mine["bron"]) == {BLOG}
    for stem in ("acties", "maatlat", "verzoeken", "erkenning"):
        assert "duinroos" not in set(tables[stem]["buurt"]), stem
    results = tables["resultaten"].query("buurt == 'duinroos'")
    later = results[results["gemeld"] != ""]
    assert set(later["gemeld"]) == {"2025-06-12"} and len(later) == 3
    assert (later["datum"] == "").sum() == 2 and (later.loc[later["datum"] != "", "datum"] < "2025-06").all()
    assert set(later["bron"].str[:4]) == {"Blog"} and len(results) == 4
    data = load(demo)
    assert [k for k, v in kept(data, "duinroos").items() if not v] == [
        "acties",
        "maatlat",
        "verzoeken",
        "erkenning",
        "tafels",
        "dialogen",
        "draaglast",
        "acties.sessie",
        "acties.belemmering",
    ]
    june = figures(data, "duinroos", "2025-06")
    assert (june["resultaten"], june["resultaten_gemeld"]) == (0, 3)
    assert june["acties"] is None and june["erkend"] is None and june["maatlat"] is None


def test_story_an_institution_never_answers_and_another_refuses(tables, demo):
    """Reigersbos: Stadsdeel Zonnewaard answers none of the platform's requests (the key of the buurthuis closed
    without a reaction in June, the rest open), the corporation refuses a room; the action that needed the key fails
    on the stadsdeel (barrier instelling); the committee the platform informs recognises it in September."""
    requests = tables["verzoeken"].query("buurt == 'reigersbos'")
    stadsdeel = requests[requests["aan"] == "sd-zonnewaard"]
    assert len(stadsdeel) >= 2 and set(stadsdeel["uitkomst"]) <= {"open", "geen_reactie"}
    closed = stadsdeel[stadsdeel["uitkomst"] == "geen_reactie"]
    assert list(closed["antwoord"]) == ["2025-06-30"] and "herinneringen" in closed["toelichting"].iloc[0]
    refused = requests[requests["uitkomst"] == "afgewezen"].set_index("onderwerp")
    assert refused.loc["Een ruimte in de plint voor het platform", "aan"] == "thuishaven"
    failed = tables["acties"].query("buurt == 'reigersbos' and status == 'niet_gedaan'")
    on_institution = failed[failed["belemmering"] == "instelling"]
    assert len(on_institution) == 1 and "stadsdeel reageerde niet" in on_institution["reden"].iloc[0]
    assert on_institution["afgerond"].iloc[0] == closed["antwoord"].iloc[0]  # it failed when the request was closed
    recognition = tables["erkenning"].set_index("buurt").loc["reigersbos"]
    assert (recognition["vanaf"], recognition["besloten_door"]) == ("2025-09", "sdc-zonnewaard")
    relations = tables["relaties"]
    assert len(relations.query("van == 'rb-plat' and naar == 'sdc-zonnewaard' and soort == 'informatie'")) == 1
    data = load(demo)
    june = figures(data, "reigersbos", "2025-06")
    assert june["belemmeringen"] == {"instelling": 1} and june["erkend"] is False
    assert figures(data, "reigersbos", "2025-09")["erkend"] is True


def test_support_beside_the_platform_is_the_stadsdeels_own_structures(demo):
    """Zilverdistel: the stadsdeel funds its own buurtnetwerk and newsletter, and the buurthuis gives the network a
    room: support beside the platform (middelen_naast), not money for residents (middelen)."""
    data = load(demo)
    december = figures(data, "zilverdistel", "2025-12")
    relations = data.relaties.set_index("id")
    assert set(relations.loc[december["middelen_naast"], "naar"]) == {"zd-sdnet", "zd-sdbrief"}
    assert len(december["middelen_naast"]) == 3
    may = figures(data, "zilverdistel", "2025-05")
    assert may["middelen_naast"] == []  # before the stadsdeel set up its network


def test_story_funding_ends_in_the_last_months(tables):
    """Money, support or a room for residents ends in the year only in Klaproosveld, in November and December.

    So ``middelen_aflopend`` (``tot`` in the three months after M) names them from September to November.
    """
    actors = tables["actoren"].set_index("id")
    relations = tables["relaties"]
    residents = set(actors.index[(actors["lijn"] == "0") & (actors["buurt"] != "")])
    ending = relations["soort"].isin(MIDDELEN) & (relations["tot"] != "")
    resources = relations[ending & relations["naar"].isin(residents)]
    late = resources[resources["tot"].isin(["2025-11", "2025-12"])]
    assert set(late["soort"]) == {"financiering"} and len(late) >= 2
    assert set(late["naar"].map(actors["buurt"])) == {"klaproos"}
    assert _platform(tables, "klaproos") in set(late["naar"])
    assert set(resources["naar"].map(actors["buurt"])) == {"klaproos"}  # the key figure's support ended in June
    ending_soon = set()
    for buurt in tables["buurten"]["id"]:
        for month in range(1, 13):
            snap_actors, own, active = _snapshot(tables, buurt, month)
            mine = active[
                active["soort"].isin(MIDDELEN)
                & active["naar"].isin(own)
                & (active["naar"].map(snap_actors["lijn"]) == "0")
            ]
            if mine["tot"].map(lambda tot, month=month: bool(tot) and month < _month(tot) <= month + 3).any():
                ending_soon.add((buurt, month))
    assert {("klaproos", m) for m in (9, 10, 11)} <= ending_soon and {b for b, _ in ending_soon} == {"klaproos"}


def test_story_lack_of_space_recurs_across_buurten(tables):
    actions = tables["acties"]
    failed = actions[actions["status"] == "niet_gedaan"]
    assert (failed["belemmering"] != "").all()  # no warning: every action not done says what stood in its way
    assert set().union(*actions["belemmering"].map(_items)) <= set(BELEMMERING)
    assert (actions.loc[actions["status"] != "niet_gedaan", "belemmering"] == "").all()
    per_code = {
        code: set(failed.loc[failed["belemmering"].map(lambda c, code=code: code in _items(c)), "buurt"])
        for code in BELEMMERING
    }
    assert len(per_code["ruimte"]) >= 3
    assert "ruimte" in tables["intervisie"].set_index("id").loc["iv-12", "lessen"]


def test_story_intervision_agreements_carried_over_months(tables):
    actions = tables["acties"]
    sessions = tables["intervisie"].set_index("id")
    agreed = actions[actions["sessie"] != ""]
    assert len(agreed) >= 5 and agreed["buurt"].nunique() == len(agreed)
    for _, row in agreed.iterrows():
        session = sessions.loc[row["sessie"]]
        assert row["gepland"] == session["datum"] and row["buurt"] in _items(session["aanwezig"])
    carried = agreed[(agreed["status"] == "open") & (agreed["deadline"] < "2025-09-01")]
    assert len(carried) >= 1  # open, overdue, on the list for months
    late = agreed[(agreed["status"] == "gedaan") & (agreed["afgerond"].str[:7] > agreed["deadline"].str[:7])]
    assert len(late) >= 1
    assert set(agreed["status"]) >= {"open", "gedaan", "niet_gedaan"}


@pytest.mark.slow
def test_story_stadsdeel_runs_its_own_buurtbudget_beside_the_platforms(tables):
    """Version 2's corrected rule on the raw data: a top-down actor without a buurt in the snapshot, sharing an
    infrastructure function with an own actor, without an agreed partnership of level 3 or more."""
    found = {
        (buurt, month): _city_parallels(tables, buurt, month)
        for buurt in tables["buurten"]["id"]
        for month in range(1, 13)
    }
    assert {key for key, pairs in found.items() if pairs} == {("windvang", m) for m in range(4, 13)}
    assert all(
        pairs == [("sd-noorderkim", "wh-pot")] for (buurt, _), pairs in found.items() if buurt == "windvang" and pairs
    )
    # Wolkenkade's commissie shares the function with its stadsdeel, but they decide together
    actors, _own, relations = _snapshot(tables, "wolkenkade", 12)
    assert "sd-morgenland" in actors.index and "buurtbudget" in _items(actors.loc["wk-budget", "functies"])
    assert _agreed(relations, "sd-morgenland", "wk-budget") >= 3


@pytest.mark.slow
def test_story_professionals_recruit_where_they_give_nothing(tables):
    found = {
        (buurt, month): _vindplaatsen(tables, buurt, month)
        for buurt in tables["buurten"]["id"]
        for month in range(1, 13)
    }
    assert {tuple(v) for v in found.values()} == {(), ("ph-moeders",)}
    assert all(found["parelmoer", month] == ["ph-moeders"] for month in range(1, 13))
    recruiters = tables["relaties"].query("naar == 'ph-moeders' and soort == 'werving'")["van"]
    assert len(set(recruiters)) >= 3


def test_story_one_key_person_bridges_two_groups(tables):
    """In Hommelberg until September the Bewonersraad reaches the platform only through one key person."""
    for month, bridged in ((6, True), (10, False)):
        actors, _, relations = _snapshot(tables, "hommelberg", month)
        graph = _network(actors, relations)
        without = graph.subgraph(n for n in graph if n != "hb-sf1")
        assert nx.has_path(graph, "hb-raad", "hb-plat")
        assert nx.has_path(without, "hb-raad", "hb-plat") is not bridged
    betweenness = nx.betweenness_centrality(_network(*_snapshot(tables, "hommelberg", 6)[::2]))
    top = sorted(betweenness, key=lambda a: (-betweenness[a], a))[:2]
    assert top == ["hb-plat", "hb-sf1"]
    assert tables["actoren"].set_index("id").loc["hb-sf1", "naam_tonen"] == "nee"  # a pseudonym in the report


def test_story_residents_mix_with_first_line_while_policy_stays_apart(tables):
    gaps = {}
    for buurt in tables["buurten"]["id"]:
        actors, _, relations = _snapshot(tables, buurt, 12)
        graph = _network(actors, relations)
        gaps[buurt] = (_ei(graph, actors, {"0", "1"}), _ei(graph, actors, {"0", "2"}))
    eerste, tweede = gaps["lepelaar"]
    assert eerste >= 0.2 and tweede <= -0.6
    assert max(gaps, key=lambda b: gaps[b][0] - gaps[b][1]) == "lepelaar"


def test_verbindingskaart_has_empty_cells_where_the_buurt_is_thin(tables):
    empty = {buurt: _empty_cells(tables, buurt, 12) for buurt in tables["buurten"]["id"]}
    assert empty["klaproos"] >= 8 and empty["vlinderhof"] <= 3
    assert max(empty, key=empty.get) == "klaproos"


def test_results_of_every_size_and_unit_with_sources(tables):
    results = tables["resultaten"]
    assert set(results["buurt"]) == KEEPING["resultaten"] == set(tables["buurten"]["id"])
    assert (results["bron"].str.len() > 5).all()
    sized = results[results["omvang"] != ""]
    assert set(sized["eenheid"]) == set(EENHEID) and (results.loc[results["omvang"] == "", "eenheid"] == "").all()
    amounts = sized["omvang"].astype(float)
    assert amounts.min() <= 1 and amounts.max() >= 10000 and len(sized) < len(results)
    assert len(set(results["domein"])) >= 6
    assert results.query("buurt == 'klaproos'")["datum"].max() < "2025-07"  # nothing after the key figure left


def test_assessments_by_peers_and_the_stadsdeelcommissie(tables):
    scores = tables["maatlat"].assign(score=lambda f: f["score"].astype(int))
    commissie = scores[scores["beoordeeld_door"] == "stadsdeelcommissie"]
    assert set(commissie["maand"]) == {"2025-06", "2025-12"}
    assert (commissie.groupby(["buurt", "maand"]).size() == 10).all()
    assert set(commissie["buurt"]) == KEEPING["maatlat"] and len(KEEPING["maatlat"]) == 11

    def verschil(buurt, maand):
        """maatlat_verschil: mean over criteria of self − mean of the others' scores."""
        month = scores[(scores["buurt"] == buurt) & (scores["maand"] == maand)]
        zelf = month[month["beoordeeld_door"] == "zelf"].set_index("criterium")["score"]
        others = month[month["beoordeeld_door"] != "zelf"].groupby("criterium")["score"].mean()
        return (zelf[others.index] - others).mean()

    assert verschil("zilverdistel", "2025-12") > 0 > verschil("zonnedauw", "2025-06")
    zilverdistel = scores[scores["buurt"] == "zilverdistel"].groupby(["maand", "beoordeeld_door"])["score"].mean()
    for maand in ("2025-06", "2025-12"):  # the stadsdeel sees its own network as the partner
        assert zilverdistel[maand, "stadsdeelcommissie"] < zilverdistel[maand, "zelf"]


def test_origin_unknown_is_rare_and_new(tables):
    actors = tables["actoren"]
    unknown = actors[actors["herkomst"] == "onbekend"]
    assert 1 <= len(unknown) <= 2 and set(unknown["buurt"]) == {"zonnedauw"}
    assert (unknown["vanaf"] >= "2025-10").all()


def test_a_third_party_tells_of_a_partnership(tables):
    relations = tables["relaties"]
    third = relations[
        (relations["gemeld_door"] != "")
        & (relations["gemeld_door"] != relations["van"])
        & (relations["gemeld_door"] != relations["naar"])
    ]
    assert len(third) == 1
    row = third.iloc[0]
    assert {row["van"], row["naar"]} == {"hb-raad", "hb-plat"} and row["gemeld_door"] == "samenkracht"
    assert row["soort"] == "samenwerking" and row["vanaf"] == "2025-09"


# --- action lists, intervision, scores -------------------------------------------


def test_action_lists(tables):
    actions = tables["acties"]
    assert set(actions["buurt"]) == KEEPING["acties"] == set(tables["buurten"]["id"]) - {"duinroos"}
    assert set(actions["status"]) == set(STATUS)
    not_done = actions[actions["status"] == "niet_gedaan"]
    assert len(not_done) >= 5 and (not_done["reden"].str.len() > 20).all()
    assert (actions.loc[actions["status"] != "niet_gedaan", "reden"] == "").all()
    closed = actions[actions["status"] != "open"]
    assert (closed["afgerond"] != "").all() and (closed["afgerond"] >= closed["gepland"]).all()
    open_ = actions[actions["status"] == "open"]
    assert (open_["afgerond"] == "").all()
    assert (open_["deadline"] < "2025-12-01").sum() >= 3  # overdue by December


def test_intervision_most_months_with_rotating_chair(tables):
    """A session every month but August (the summer) and November (not written up): no row, no session recorded."""
    sessions = tables["intervisie"]
    assert len(sessions) == 10 and list(SESSIES) == [1, 2, 3, 4, 5, 6, 7, 9, 10, 12]
    assert sorted(sessions["datum"].map(_month)) == list(SESSIES)
    assert sessions["voorzitter"].is_unique
    for _, row in sessions.iterrows():
        assert row["voorzitter"] in _items(row["aanwezig"])
        assert row["thema"] and row["lessen"] and row["afspraken"]


def test_maatlat_scores_every_month_from_the_start(tables):
    scores = tables["maatlat"]
    key = ["buurt", "maand", "criterium", "beoordeeld_door"]
    assert not scores.duplicated(key).any()
    assert scores["score"].astype(int).between(1, 5).all()
    zelf = scores[scores["beoordeeld_door"] == "zelf"]
    assert set(scores["buurt"]) == KEEPING["maatlat"] == set(tables["buurten"]["id"]) - {"duinroos"}
    for buurt, start in zip(tables["buurten"]["id"], tables["buurten"]["start"], strict=True):
        if buurt not in KEEPING["maatlat"]:
            continue
        mine = zelf[zelf["buurt"] == buurt]
        expected = {f"2025-{m:02d}" for m in range(_month(start), 13)}
        assert set(mine["maand"]) == expected
        assert len(mine) == 10 * len(expected)
        assert set(mine["criterium"]) == set(CRITERIA)
        for _, series in mine.sort_values("maand").groupby("criterium")["score"]:
            assert series.astype(int).diff().abs().max() <= 1  # slow drift
    assert (scores["beoordeeld_door"] == "peer").sum() >= 20


def test_maatlat_follows_the_stories(tables):
    zelf = tables["maatlat"].query("beoordeeld_door == 'zelf'").assign(score=lambda f: f["score"].astype(int))
    mean = zelf.groupby(["buurt", "maand"])["score"].mean()
    assert mean["klaproos", "2025-12"] < mean["klaproos", "2025-01"]
    assert mean["zonnedauw", "2025-12"] > mean["zonnedauw", "2025-03"]


# --- the demo passes the kit's own validation -------------------------------------


def test_demo_validates_and_loads(demo):
    result = validate(demo)
    assert result.errors == []
    # the one intended warning: a key person without recorded consent
    assert len(result.warnings) == 1
    assert "naam_tonen" in str(result.warnings[0])
    assert list(load(demo).buurten["id"]) == [story.id for story in STORIES]


@pytest.mark.slow
def test_load_demo_gives_the_demo_wherever_it_runs(demo):
    """The notebooks' default: the same demo as the files, loaded from a folder that is removed again."""
    data = load_demo()
    assert data.fictional and not data.path.exists()
    assert [(f.name, f.sha256) for f in data.files] == [(f.name, f.sha256) for f in load(demo).files]


# --- adding a buurt ----------------------------------------------------------------

#: A new buurt's story file, with a kenmerk, an own actor, relation, request and action, and a result.
KERSENHOF = """
id = "kersenhof"
code = "kh"
naam = "Kersenhof"
stadsdeel = "Zonnewaard"
start = 4
platform = "Buurtplatform Kersenhof"
herkomst = "onderop"
commissies = 2
initiatieven = 3
professionals = 2
sleutelfiguren = ["ja"]
ruggengraat = 0.5
bundeling = 0.3
terugkoppeling = 0.5
nieuw = 0.0
dubbel = 1
kloof = 0
activiteiten = [0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1]
actiestatussen = ["gedaan", "open"]
maatlat = [2, 3]
kenmerken = ["ruimtegebrek"]

[[actoren]]
key = "brief"
naam = "Tweede nieuwsbrief van het stadsdeel"
soort = "stadsdeel"
herkomst = "bovenaf"
lijn = "2"
functies = ["informatievoorziening"]
vanaf = 7

[[relaties]]
van = "sd"
naar = "brief"
soort = "financiering"

[[verzoeken]]
aan = "sd"
onderwerp = "Eén nieuwsbrief"
gevraagd = 2025-08-04
uitkomst = "open"

[[acties]]
omschrijving = "Nieuwsbrief samen maken"
eigenaar = "bc1"
gepland = 2025-08-11
deadline = 2025-09-30
status = "open"

[[resultaten]]
datum = 2025-11-03
omschrijving = "Buurtkamer open"
domein = "voorzieningen"
tegenpartij = "sd"
omvang = 1
eenheid = "stuks"
bron = "Huurcontract"
"""


def test_the_demo_is_the_same_as_its_checksums(demo):
    """The demo's files are exactly those of :data:`DEMO_SHA256`: moving the stories' data between code and
    files, or any change meant to keep the data, changes no byte."""
    actual = {path.name: hashlib.sha256(path.read_bytes()).hexdigest() for path in sorted(demo.iterdir())}
    listing = "\n".join(f'    "{name}": "{digest}",' for name, digest in actual.items())
    assert actual == DEMO_SHA256, f"the demo's files changed; if on purpose, DEMO_SHA256 becomes:\n{listing}"


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (
            ("maatlat = [2, 3]", "maatlat = [2, 3]\nmaatlaat = 1"),
            "kersenhof.toml: .*unexpected keyword argument 'maatlaat'",
        ),
        (('naam = "Kersenhof"', ""), "kersenhof.toml: .*missing 1 required .*'naam'"),
        (
            ('kenmerken = ["ruimtegebrek"]', 'kenmerken = ["ruimte"]'),
            r"kersenhof.toml: kenmerken \['ruimte'\] are not in",
        ),
        (("start = 4", "start = "), "kersenhof.toml: Invalid value"),
        (("vanaf = 7", "vnaf = 7"), r"kersenhof.toml: \[\[actoren\]\] 1 has \['vnaf'\]; it knows"),
        (("omvang = 1", "omvnag = 1"), r"kersenhof.toml: \[\[resultaten\]\] 1 has \['omvnag'\]"),
    ],
)
def test_a_story_file_that_is_wrong_names_the_file_and_what(change, message):
    with pytest.raises(ValueError, match=message):
        read_story(KERSENHOF.replace(*change, 1), "kersenhof.toml")


def test_a_story_that_names_an_actor_the_buurt_lacks_names_the_buurt_and_the_key(monkeypatch):
    story = read_story(KERSENHOF.replace('van = "sd"', 'van = "nergens"', 1), "kersenhof.toml")
    monkeypatch.setattr(build, "STORIES", (*STORIES, story))
    with pytest.raises(LookupError, match="kersenhof: the story names 'nergens', which this buurt does not have"):
        build.generate()


@pytest.mark.slow
def test_a_new_buurt_is_one_story_and_the_others_keep_their_data(tmp_path, monkeypatch, tables):
    """A story file added at the end of STORIES gives a valid dataset with the new buurt; the others keep their
    rows."""
    story = read_story(KERSENHOF, "kersenhof.toml")
    monkeypatch.setattr(build, "STORIES", (*STORIES, story))
    write_demo(tmp_path)
    result = validate(tmp_path)
    assert result.errors == []
    added = load(tmp_path)
    assert list(added.buurten["id"]) == [*(s.id for s in STORIES), "kersenhof"]
    own = added.actoren[added.actoren["buurt"] == "kersenhof"]
    assert own["id"].iloc[0] == "kh-plat" and len(own) == 1 + 2 + 3 + 1 + 2 + 1
    assert own["naam"].iloc[-1] == "Tweede nieuwsbrief van het stadsdeel" and own["vanaf"].iloc[-1] == pd.Timestamp(
        "2025-07-01"
    )
    assert added.resultaten["omschrijving"].eq("Buurtkamer open").sum() == 1
    assert added.verzoeken["onderwerp"].eq("Eén nieuwsbrief").sum() == 1
    assert added.acties.query("omschrijving == 'Nieuwsbrief samen maken'")["eigenaar"].tolist() == ["kh-bc1"]
    for stem in ("actoren", "relaties", "activiteiten", "acties", "maatlat", "resultaten", "verzoeken"):
        frame = pd.read_csv(tmp_path / FILES[stem].filename, dtype=str, keep_default_na=False, encoding="utf-8")
        assert frame.iloc[: len(tables[stem])].equals(tables[stem]), stem


def test_story_a_seat_gained_after_recognition_and_one_lost(demo):
    """Version 4. Zonnedauwkwartier, recognised in July, is invited in September to co-produce the playground: from
    one seat (its area meeting, consulted: rung 2) to two, the highest rung 4. Reigersbos, recognised in September,
    loses its seat on the corporation's sounding board (asked for, advising: rung 3) at the end of October. Both
    appear as events; Duinroosbuurt keeps no pulse, every other buurt does."""
    from kit.analysis.events import events

    data = load(demo)
    zk = {m: figures(data, "zonnedauw", m) for m in ("2025-08", "2025-10")}
    assert [(f["tafels"], f["tafel_hoogste_rol"], f["tafels_uitgenodigd"]) for f in zk.values()] == [
        (1, 2, 1),
        (2, 4, 2),
    ]
    rb = {m: figures(data, "reigersbos", m) for m in ("2025-09", "2025-11")}
    assert [(f["tafels"], f["tafel_hoogste_rol"], f["tafels_uitgenodigd"]) for f in rb.values()] == [
        (2, 3, 1),
        (1, 2, 1),
    ]
    assert [(e.kind, e.row) for e in events(data, "zonnedauw", "2025-09") if e.register == "tafels"] == [
        ("tafel_begonnen", "zk-t02")
    ]
    assert [(e.kind, e.row) for e in events(data, "reigersbos", "2025-10") if e.register == "tafels"] == [
        ("tafel_gestopt", "rb-t02")
    ]
    july = [(e.kind, e.row) for e in events(data, "reigersbos", "2025-07") if e.register == "dialoogafspraken"]
    assert july == [("dialoogafspraak_te_laat", "rb-d01-a1")], "the stadsdeel's key, due 30 June"
    assert zk["2025-10"]["dialoogafspraken"] == {"gemaakt": 0, "nagekomen": 1, "vervallen": 0, "open": 1, "te_laat": 0}
    pulse_kept = {b for b in data.buurten["id"] if kept(data, b)["draaglast"]}
    assert pulse_kept == set(data.buurten["id"]) - {"duinroos"}
