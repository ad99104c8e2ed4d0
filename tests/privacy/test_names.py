"""Finding names as people type them (kit.names): folding, which parts are matched alone, replacing spans."""

from __future__ import annotations

import random
import re
import unicodedata

import pytest

from kit.names import HIDDEN, Context, NameMatcher, fold, spellings, visible_parts


def matcher_for(name: str, shown: str = "Sleutelfiguur 1", context: Context | None = None) -> NameMatcher:
    forms = spellings(name, context or Context())
    return NameMatcher(dict.fromkeys(forms, shown), {form for form, capital in forms.items() if capital})


@pytest.mark.parametrize(
    "typed",
    [
        "Samira El-Amrani",
        "SAMIRA EL AMRANI",
        "samira el amrani",
        "samira_el-amrani",
        "SamiraElAmrani",
        "Samira\u00a0El\u00a0Amrani",
        "Samira  El\nAmrani",
        "Samira El\r\nAmrani",
        "Sa\u00admira El-Amrani",
        "Sam\u200bira\u200d El\u2011Amrani",
        "Samira El\u2013Amrani",
        "Samira",
        "samira",
        "SAMIRA",
        "El-Amrani",
        "el amrani",
        "ElAmrani",
        "S a m i r a",  # spaced out letter by letter
        "s-a-m-i-r-a",
        "S a m i r a  E l - A m r a n i",
    ],
)
def test_every_spelling_of_a_name_is_replaced_as_a_whole(typed):
    assert matcher_for("Samira El-Amrani").sub(f"({typed}) belde.") == "(Sleutelfiguur 1) belde."


@pytest.mark.parametrize(
    "typed, expected",
    [
        ("Samira's fiets", "Sleutelfiguur 1's fiets"),
        ("Samira\u2019s fiets", "Sleutelfiguur 1\u2019s fiets"),
        ("Samiraatje en Samirastraat", "Samiraatje en Samirastraat"),  # whole words only
        ("samira2024@example.org", "samira2024@example.org"),
        ("Amrani belde", "Sleutelfiguur 1 belde"),  # the last word of a surname with a particle: with a capital
        ("amrani belde", "amrani belde"),  # in small letters it may be a word
        ("'s amira' en sam ira", "'s amira' en sam ira"),  # spaced out means every letter on its own
    ],
)
def test_possessives_and_whole_words(typed, expected):
    assert matcher_for("Samira El-Amrani").sub(typed) == expected


def test_accents_present_or_absent_composed_or_decomposed():
    matcher = matcher_for("José Ñúñez")
    decomposed = unicodedata.normalize("NFD", "José Ñúñez")
    assert matcher.sub(f"Jose Nunez, JOSÉ ÑÚÑEZ en {decomposed}.") == (
        "Sleutelfiguur 1, Sleutelfiguur 1 en Sleutelfiguur 1."
    )
    # the combining accent after the last letter goes with the name, it does not dangle after the pseudonym
    assert matcher.sub(unicodedata.normalize("NFD", "José belt")) == "Sleutelfiguur 1 belt"
    assert matcher_for("Søren Ødegård").sub("Soren Odegard") == "Sleutelfiguur 1"


def test_jan_van_dijk_given_name_and_surname_with_particle():
    """ "Jan" alone and "van Dijk" are names; "Dijk" alone only with a capital, "van" never."""
    forms = spellings("Jan van Dijk")
    assert [f for f, capital in forms.items() if not capital][:3] == ["jan van dijk", "jan", "van dijk"]
    assert forms["dijk"] is True and forms["jan dijk"] is False and "van" not in forms
    matcher = matcher_for("Jan van Dijk")
    assert matcher.sub("Jan belde; VAN DIJK kwam; Jans fiets; Jan Dijk en Dijk") == (
        "Sleutelfiguur 1 belde; Sleutelfiguur 1 kwam; Sleutelfiguur 1 fiets; Sleutelfiguur 1 en Sleutelfiguur 1"
    )
    assert matcher.sub("Het water van de dijk, van Amsterdam") == "Het water van de dijk, van Amsterdam"


@pytest.mark.parametrize(
    "typed",
    [
        "DE VRIES",
        "de Vries'",
        "meneer Vries",
        "Meneer vries",
        "dhr. Vries",
        "DHR Vries",
        "mw.vries",
        "mevrouw De Vries",
        "Jan Vries",
        "jan vries",
        "Vries",
        "VRIES",
        "juf Vries",
        "\U0001d415ries",
    ],
)
def test_de_vries_after_a_title_or_the_first_name_or_with_a_capital(typed):
    shown = matcher_for("Jan de Vries").sub(f"({typed}) belde")
    assert "Sleutelfiguur 1" in shown and "vries" not in fold(shown).text, shown


def test_vries_in_small_letters_is_a_word():
    assert matcher_for("Jan de Vries").sub("het ging vries, de vriezer") == "het ging vries, de vriezer"


def test_a_person_recorded_by_role():
    """Role words, the remark and the buurt's name stay; the whole description is the name."""
    context = Context.of(["K-buurt"])
    assert spellings("Wijkagent K-buurt (nieuw)", context) == {"wijkagent k buurt": False}
    matcher = matcher_for("Wijkagent K-buurt (nieuw)", context=context)
    assert matcher.sub("De wijkagent_k-buurt belde over de nieuwe K-buurt; Wijkagent\u00a0K-buurt komt") == (
        "De Sleutelfiguur 1 belde over de nieuwe K-buurt; Sleutelfiguur 1 komt"
    )
    assert visible_parts("Wijkagent K-buurt (nieuw)", context) == [(2, "place")]


def test_role_and_the_whole_name_of_an_organisation():
    """ "Opbouwwerker Dynamo" works at Dynamo: that organisation keeps its name; a word of an organisation's name
    after a role word, or any part after a title, is a name."""
    dynamo = Context.of(organisations=["Dynamo"])
    assert matcher_for("Opbouwwerker Dynamo", context=dynamo).sub("Opbouwwerker Dynamo belde Dynamo") == (
        "Sleutelfiguur 1 belde Dynamo"
    )
    stichting = Context.of(organisations=["Stichting Dynamo", "Moskee Fatima", "Fatima"])
    assert matcher_for("Opbouwwerker Dynamo", context=stichting).sub("Stichting Dynamo") == (
        "Stichting Sleutelfiguur 1"
    )
    assert matcher_for("Juf Fatima", context=stichting).sub("Moskee Fatima en Fatima") == (
        "Moskee Sleutelfiguur 1 en Sleutelfiguur 1"
    )
    assert "ahmed" in spellings("Buurtvader Ahmed", stichting)


def test_function_words_and_single_letters():
    """ "Ben" is a name with a capital, "ben" a verb; an initial or a number is never a name alone."""
    matcher = matcher_for("Ben Smit")
    assert (
        matcher.sub("Ik ben blij, zei Ben Smit; Ben belde") == "Ik ben blij, zei Sleutelfiguur 1; Sleutelfiguur 1 belde"
    )
    assert {f for f, capital in spellings("J. Smit").items() if not capital} >= {"j. smit", "smit"}
    assert "j." not in spellings("J. Smit") and "12" not in spellings("Wijkagent 12")
    assert visible_parts("Ben Smit") == [(1, "word")] and visible_parts("J. Smit") == []


def test_a_double_surname_is_matched_whole_and_by_each_name():
    matcher = matcher_for("Anna Bakker-Visser")
    assert matcher.sub("Bakker-Visser, Visser en Bakker") == "Sleutelfiguur 1, Sleutelfiguur 1 en Sleutelfiguur 1"


def test_a_part_shared_by_two_persons_names_neither():
    matcher = NameMatcher(
        {"jan van dijk": "Sleutelfiguur 1", "van dijk": "Sleutelfiguur 1", "jan": HIDDEN, "jan bakker": None}
    )
    assert matcher.sub("Jan van Dijk, Jan en Jan Bakker") == f"Sleutelfiguur 1, {HIDDEN} en Jan Bakker"
    assert not matcher.finds("Jan Bakker") and matcher.finds("jan")


def test_fold_maps_back_to_the_original_text():
    text = "Ze\u00a0zei:  Sa\u00admira\u200b!"
    folded = fold(text)
    assert folded.text == "ze zei: samira!"
    start = folded.text.index("samira")
    assert text[slice(*folded.span(start, start + len("samira")))] == "Sa\u00admira\u200b"
    assert fold("plain text").starts is None  # ASCII without double separators keeps its offsets


def _one_alternation(replacements: dict, text: str) -> str:
    """What NameMatcher did with one pattern of every spelling, longest first: the reference for its shortcut."""
    words = {" ?".join(map(re.escape, s.split())) for s in replacements if s.strip()}
    spaced_out = {" ".join(map(re.escape, s.replace(" ", ""))) for s in replacements if len(s.replace(" ", "")) > 1}
    alternatives = sorted(words | spaced_out, key=lambda a: (-len(a), a))
    keys = {s.replace(" ", ""): shown for s, shown in replacements.items()}
    folded_text, pieces, last = fold(text), [], 0
    for match in re.finditer(r"(?<!\w)(" + "|".join(alternatives) + r")s?(?!\w)", folded_text.text):
        shown = keys[match.group(1).replace(" ", "")]
        if shown is not None:
            start, end = folded_text.span(*match.span())
            pieces += [text[last:start], shown]
            last = end
    return "".join(pieces) + text[last:] if pieces else text


@pytest.mark.parametrize("seed", range(30))
def test_the_matcher_finds_what_one_pattern_of_all_spellings_finds(seed):
    """The matcher only tries the spellings whose letters start where a match could; on random spellings
    that share letters and words (with and without spaces, kept or hidden) and texts made of them, it
    replaces exactly what one alternation of all spellings replaces."""
    rng = random.Random(seed)
    syllables = ["sa", "mi", "ra", "el", "jan", "s", "van", "dijk", "'t", "a", "an", "ja"]
    spellings_ = {
        " ".join("".join(rng.sample(syllables, rng.randint(1, 2))) for _ in range(rng.randint(1, 3)))
        for _ in range(rng.randint(1, 12))
    }
    replacements = {s: rng.choice(("Sleutelfiguur 1", "Sleutelfiguur 2", HIDDEN, None)) for s in spellings_}
    matcher = NameMatcher(replacements)
    for _ in range(40):
        words = [rng.choice([*spellings_, *syllables, "de", "'s", "-", "x1"]) for _ in range(rng.randint(1, 6))]
        text = "".join(w + rng.choice((" ", "", "_", "'", ", ")) for w in words)
        if rng.random() < 0.3:
            text = text.upper()
        assert matcher.sub(text) == _one_alternation(replacements, text), text
        assert matcher.finds(text) == (_one_alternation(replacements, text) != text)
