"""Tests of the fictional demo dataset (kit.demo): shape, determinism and stories."""

from __future__ import annotations

import re
from itertools import combinations

import pandas as pd
import pytest

from kit.data.contract import (
    CRITERIA,
    DATE_KINDS,
    FILES,
    INFRASTRUCTURE_FUNCTIONS,
    SOORT_RELATIE,
    STATUS,
)
from kit.demo import COLUMNS, write_demo

#: The contract's files the demo writes.
WRITTEN = {stem: FILES[stem] for stem in COLUMNS}


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
        assert header == ",".join(c.name for c in spec.columns if not c.optional_column)


def test_writes_version_1_of_the_contract(tmp_path):
    """Until its stories tell them, the demo leaves out version 2's files and columns (not written empty)."""
    write_demo(tmp_path)
    assert not [name for name in ("resultaten.csv", "verzoeken.csv", "erkenning.csv") if (tmp_path / name).exists()]
    assert (tmp_path / "acties.csv").read_text(encoding="utf-8").splitlines()[0].endswith(",reden")


def test_two_runs_are_byte_identical(tmp_path):
    first = write_demo(tmp_path / "a")
    second = write_demo(tmp_path / "b")
    for a, b in zip(first, second):
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
    for stem, spec in WRITTEN.items():
        for column in (c for c in spec.columns if c.kind in DATE_KINDS):
            values = [v for v in tables[stem][column.name] if v]
            assert values, (stem, column.name)
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


# --- the buurten and their networks -------------------------------------------

def test_ten_buurten_with_platform_and_start(tables):
    buurten = tables["buurten"]
    assert len(buurten) == 10
    assert (buurten["platform"] != "").all()
    assert set(buurten["start"]) == {"2025-01", "2025-03"}
    platforms = tables["actoren"].set_index("id").loc[buurten["platform"]]
    assert (platforms["soort"] == "buurtplatform").all()


def test_actor_numbers_and_city_wide_actors(tables):
    actors, relations = tables["actoren"], tables["relaties"]
    sizes = actors[actors["buurt"] != ""].groupby("buurt").size()
    assert sizes.between(15, 35).all(), sizes.to_dict()
    buurt_of = dict(zip(actors["id"], actors["buurt"]))
    city = actors[actors["buurt"] == ""]
    assert len(city) >= 5
    for actor, soort, naam in zip(city["id"], city["soort"], city["naam"]):
        touched = {buurt_of[other] for van, naar in zip(relations["van"], relations["naar"])
                   for other in (van, naar) if actor in (van, naar) and other != actor} - {""}
        if soort == "stadsdeel":  # a stadsdeel reaches all of its own buurten
            buurten = tables["buurten"]
            assert touched == set(buurten.loc["Stadsdeel " + buurten["stadsdeel"] == naam, "id"]), actor
        else:
            assert len(touched) >= 3, actor
    assert set(actors["herkomst"]) == {"onderop", "bovenaf", "gemengd"}
    assert set(actors["lijn"]) == {"0", "1", "2"}


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
    buurt_of = dict(zip(actors["id"], actors["buurt"]))
    views = relations[(relations["soort"] == "samenwerking") & (relations["gemeld_door"] != "")]
    seen: dict[frozenset, dict[str, int]] = {}
    for van, naar, door, intensity in zip(views["van"], views["naar"], views["gemeld_door"], views["intensiteit"]):
        assert door in (van, naar)
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
        *parallel["functies"].map(_items))
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
    pairs = [(van, naar) for van, naar in zip(relations["van"], relations["naar"]) if van in own or naar in own]
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
    extra = own[(own["soort"] == soort) & own["functies"].map(
        lambda cell: bool(_items(cell) & set(INFRASTRUCTURE_FUNCTIONS)))]
    ties = [_ties(tables, a) for a in extra["id"]]
    assert any(((t["van"] == platform) | (t["naar"] == platform)).any() for t in ties)


# --- action lists, intervision, scores -------------------------------------------

def test_action_lists(tables):
    actions = tables["acties"]
    assert set(actions["buurt"]) == set(tables["buurten"]["id"])
    assert set(actions["status"]) == set(STATUS)
    not_done = actions[actions["status"] == "niet_gedaan"]
    assert len(not_done) >= 5 and (not_done["reden"].str.len() > 20).all()
    assert (actions.loc[actions["status"] != "niet_gedaan", "reden"] == "").all()
    closed = actions[actions["status"] != "open"]
    assert (closed["afgerond"] != "").all() and (closed["afgerond"] >= closed["gepland"]).all()
    open_ = actions[actions["status"] == "open"]
    assert (open_["afgerond"] == "").all()
    assert (open_["deadline"] < "2025-12-01").sum() >= 3  # overdue by December


def test_intervision_monthly_with_rotating_chair(tables):
    sessions = tables["intervisie"]
    assert len(sessions) == 12
    assert sorted(sessions["datum"].map(_month)) == list(range(1, 13))
    assert sessions["voorzitter"].nunique() == 10
    for _, row in sessions.iterrows():
        assert row["voorzitter"] in _items(row["aanwezig"])
        assert row["thema"] and row["lessen"] and row["afspraken"]


def test_maatlat_scores_every_month_from_the_start(tables):
    scores = tables["maatlat"]
    key = ["buurt", "maand", "criterium", "beoordeeld_door"]
    assert not scores.duplicated(key).any()
    assert scores["score"].astype(int).between(1, 5).all()
    zelf = scores[scores["beoordeeld_door"] == "zelf"]
    for buurt, start in zip(tables["buurten"]["id"], tables["buurten"]["start"]):
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
    validation = pytest.importorskip("kit.data.validation")
    dataset = pytest.importorskip("kit.data.dataset")
    result = validation.validate(demo)
    assert result.errors == []
    # the one intended warning: a key person without recorded consent
    assert len(result.warnings) == 1
    assert "naam_tonen" in str(result.warnings[0])
    loaded = dataset.load(demo)
    assert loaded is not None
