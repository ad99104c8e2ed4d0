"""Finding the names of persons in text the way people type them.

A facilitator records "Samira El-Amrani" once in ``actoren.csv`` and then
writes "Samira", "samira_el-amrani", "SAMIRA EL AMRANI", "SamiraElAmrani",
"Samira's" or "El Amrani" in an action, a reason or a lesson, pasted from an
e-mail with non-breaking spaces, soft hyphens or zero-width characters, with
accents or without, composed or decomposed.  This module finds all of them,
as whole words, and replaces the span of the *original* text.

Matching works on a folded copy of the text (:func:`fold`): compatibility
decomposition (NFKD) with the accents and other combining marks dropped,
case folded, format characters (zero-width space and joiners, soft hyphen,
direction marks: Unicode category Cf) removed, and every run of white space,
line breaks, hyphens, dashes and underscores made one space.  In a pattern
the parts of a name may be separated by one such space or by nothing.

Which spellings are matched (:func:`spellings`)
------------------------------------------------
A name is read as words; a remark in parentheses or brackets ("(nieuw)") is
not part of it, and a particle (van, de, der, ter, el, …) belongs to the word
after it, so "Jan van Dijk" has the parts "Jan" and "van Dijk", and
"Samira El-Amrani" the parts "Samira" and "El-Amrani" (a hyphenated word
stays one part).

- The *full name* of two words or more is always matched, in any spelling.
- A *part* is matched on its own ("Jan", "van Dijk", "El-Amrani", "Samira",
  also a one-word name) unless it is an ordinary word of the data or the
  language, which would be wiped from every report:

  - a particle, a Dutch function word ("ben", "wil", "al") or a word for a
    role ("wijkagent", "voorzitter", the actor types of the contract);
  - one letter;
  - a word or the whole name of a buurt or stadsdeel, a value of a
    vocabulary, or the whole name of an organisation ("Dynamo");
  - for a person recorded by role ("Wijkagent K-buurt", "Opbouwwerker
    Dynamo"), also any word of an organisation's name: after a role word the
    rest of the name says where the person works, not who they are.

  A part is matched inside the name of an organisation otherwise:
  "Huiskamer van Samira" names Samira.
- The last word of a surname with a particle is not matched without its
  particle: "Dijk", "Vries", "Groot" and "Meer" are ordinary words.
- A genitive ``s`` is taken with the name ("Jans fiets"); an apostrophe
  genitive stays ("Samira's" becomes "Sleutelfiguur 1's").

Where two persons share a part ("Jan"), the part cannot say whom it means: it
is replaced by :data:`HIDDEN`, never by one person's pseudonym.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache

#: What replaces a name that cannot be attributed to one person (and names in validation messages).
HIDDEN = "[…]"

#: Words that attach to the part after them ("van Dijk", "El-Amrani", "de la Cruz").
PARTICLES = frozenset(
    "van de der den het 't ter ten te op in aan bij uit onder over von zu zum da das do dos du del della di "
    "la le les el al".split()
)
#: Dutch function words that are also given names (Ben, Wil, Mag) or particles: never matched on their own.
FUNCTION_WORDS = frozenset(
    "aan al als bij ben bent dan dat de deze die dit door een en er ga gaat had heb heeft het hier hij hoe hun ik "
    "in is ja je jij kan kon kunnen maar mag me meer met mij mijn na naar nee niet nog nu of om ons ook op over "
    "te tot u uit van veel voor was wat we wel wie wij wil wilt zal ze zei zij zijn zo zou".split()
)
#: Words for a role, with which facilitators record a person they do not name ("Wijkagent K-buurt").
ROLE_WORDS = frozenset(
    "agent ambtenaar beheerder bewoner bewoonster buurtagent buurtconcierge buurtmoeder buurtregisseur buurtvader "
    "buurtwerker concierge consulent contactpersoon coordinator directeur dokter gebiedsmakelaar gebiedsregisseur "
    "huisarts huismeester jongerenwerker juf leerkracht medewerker medewerkster meester mentor opbouwwerker "
    "penningmeester projectleider secretaris sleutelfiguur trekker verpleegkundige voorzitter vrijwilliger "
    "vrijwilligster wethouder wijkagent wijkmanager wijkverpleegkundige".split()
)

_SEPARATORS = frozenset("-_\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d")
_APOSTROPHES = frozenset("\u2018\u2019\u201b\u02bc\u00b4`")
#: Letters that compatibility decomposition leaves alone.
_LETTERS = {"ø": "o", "æ": "ae", "œ": "oe", "ł": "l", "đ": "d", "ð": "d", "þ": "th", "ı": "i", "ħ": "h"}
_ASCII = str.maketrans({c: " " for c in "-_\t\n\r\v\f"})
_REMARK = re.compile(r"\([^)]*\)?|\[[^\]]*\]?")


@lru_cache(maxsize=4096)
def _fold_char(char: str) -> str:
    if char.isspace() or char in _SEPARATORS:
        return " "
    if char in _APOSTROPHES:
        return "'"
    if unicodedata.category(char) == "Cf":
        return ""
    decomposed = unicodedata.normalize("NFKD", char.casefold())
    letters = "".join(_LETTERS.get(c, c) for c in decomposed if not unicodedata.combining(c))
    return " ".join(letters.split()) if letters.strip() else (" " if letters else "")


@dataclass(frozen=True)
class Folded:
    """A folded text and, for each of its characters, the span of the original text it came from."""

    text: str
    starts: list[int] | None  # None: the folded text has the original's offsets
    ends: list[int] | None

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The span of the original text that folded ``[start, end)`` came from."""
        if self.starts is None or self.ends is None:
            return start, end
        return self.starts[start], self.ends[end - 1]


def fold(text: str) -> Folded:
    """``text`` folded for matching names (see the module docstring), with the way back to the original.

    >>> fold("José\u00a0Ñúñez-Gómez_\u200bII").text
    'jose nunez gomez ii'
    >>> fold("Sa\u00admira's  fiets").text
    "samira's fiets"
    """
    if text.isascii():
        folded = text.lower().translate(_ASCII)
        if "  " not in folded:
            return Folded(folded, None, None)
    chars: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    for index, char in enumerate(text):
        folded_char = _fold_char(char)
        if not folded_char and ends:
            ends[-1] = index + 1  # a dropped mark goes with the letter before it
        for c in folded_char:
            if c == " " and chars and chars[-1] == " ":
                ends[-1] = index + 1
                continue
            chars.append(c)
            starts.append(index)
            ends.append(index + 1)
    return Folded("".join(chars), starts, ends)


def folded(text: str) -> str:
    """Only the folded text of :func:`fold`."""
    return fold(text).text


def words(name: str) -> list[str]:
    """The parts of a name, folded: a remark in brackets left out, particles joined to the word after them.

    >>> words("Jan van Dijk"), words("Samira El-Amrani"), words("Wijkagent K-buurt (nieuw)")
    (['jan', 'van dijk'], ['samira', 'el amrani'], ['wijkagent', 'k buurt'])
    """
    parts, pending = [], []
    for word in _REMARK.sub(" ", name).split():
        word = folded(word).strip()
        if not word:
            continue
        if word in PARTICLES:
            pending.append(word)
            continue
        parts.append(" ".join([*pending, word]))
        pending = []
    return parts


def spellings(
    name: str, ordinary: frozenset[str] = frozenset(), organisation_words: frozenset[str] = frozenset()
) -> list[str]:
    """The folded spellings under which ``name`` (of a person) is matched: the full name and its parts.

    ``ordinary`` holds folded words and names of the data that are never
    matched alone (buurten, stadsdelen, vocabularies, organisations' whole
    names); ``organisation_words`` the words of organisations' names, which a
    person recorded by role does not claim.  The rule is in the module
    docstring.

    >>> spellings("Jan van Dijk")
    ['jan van dijk', 'jan', 'van dijk']
    >>> spellings("Wijkagent K-buurt (nieuw)", ordinary=frozenset({"k buurt"}))
    ['wijkagent k buurt']
    >>> spellings("Opbouwwerker Dynamo", organisation_words=frozenset({"stichting", "dynamo"}))
    ['opbouwwerker dynamo']
    """
    parts = words(name)
    if not parts:
        return []
    result = [" ".join(parts)] if len(parts) > 1 else []
    by_role = parts[0] in ROLE_WORDS
    for part in parts:
        letters = sum(c.isalnum() for c in part)
        if (
            letters < 2
            or part in PARTICLES
            or part in FUNCTION_WORDS
            or part in ROLE_WORDS
            or part in ordinary
            or (by_role and any(w in organisation_words for w in part.split()))
        ):
            continue
        if part not in result:
            result.append(part)
    return result


def ordinary_words(names: Iterable[str]) -> set[str]:
    """Every folded name in ``names`` and each of its words: what :func:`spellings` never matches alone.

    >>> sorted(ordinary_words(["K-buurt", "Nieuw-West"]))
    ['buurt', 'k', 'k buurt', 'nieuw', 'nieuw west', 'west']
    """
    result = set()
    for name in names:
        text = " ".join(folded(name).split())
        if text:
            result.add(text)
            result.update(text.split())
    return result


_NON_WORD = re.compile(r"\W")


@lru_cache(maxsize=4096)
def _alternation(alternatives: tuple[str, ...]) -> re.Pattern:
    """One pattern for the spelling patterns ``alternatives``, tried in their order, as whole words."""
    return re.compile(r"(?<!\w)(" + "|".join(alternatives) + r")s?(?!\w)")


class NameMatcher:
    """Many names, each with what replaces it, found as whole words however they are typed.

    Parameters
    ----------
    replacements : mapping of str to str or None
        Folded spelling (as :func:`spellings` gives it) → its replacement;
        ``None`` keeps a spelling as typed, so that a longer name that is
        shown ("Jan Bakker", with consent) is not cut by a shorter one that
        is hidden ("Jan").

    >>> matcher = NameMatcher({"samira el amrani": "Sleutelfiguur 1", "samira": "Sleutelfiguur 1"})
    >>> matcher.sub("SAMIRA EL\u00a0AMRANI en samira_el-amrani; Samira's fiets, niet Samiraatje")
    "Sleutelfiguur 1 en Sleutelfiguur 1; Sleutelfiguur 1's fiets, niet Samiraatje"
    """

    def __init__(self, replacements: Mapping[str, str | None]):
        self._replacements = {spelling.replace(" ", ""): shown for spelling, shown in replacements.items()}
        #: The pattern of each spelling, by its letters without spaces (what it matches, spaces aside).
        self._alternatives: dict[str, set[str]] = {}
        for spelling in replacements:
            if spelling.strip():
                pattern = " ?".join(map(re.escape, spelling.split()))
                self._alternatives.setdefault(spelling.replace(" ", ""), set()).add(pattern)
        self._lengths = sorted({len(letters) for letters in self._alternatives})

    def _pattern(self, folded_text: str) -> re.Pattern | None:
        r"""The pattern for ``folded_text``: every spelling that could match somewhere in it, longest pattern first.

        One pattern of all spellings would do, but the regular expression
        engine tries its alternatives one by one at every position, so that
        finding the names of a city's persons in all its actors' names would
        grow with the square of the city.  A match starts where ``(?<!\w)``
        holds and spans the letters of its spelling, spaces aside; a spelling
        whose letters start at no such place cannot match, and leaving it out
        of the alternation changes nothing of what the pattern finds.
        """
        letters = folded_text.replace(" ", "")
        before = [0] * (len(folded_text) + 1)  # letters before each position of the text
        for position, char in enumerate(folded_text):
            before[position + 1] = before[position] + (char != " ")
        found: set[str] = set()
        for start in (0, *(match.end() for match in _NON_WORD.finditer(folded_text))):
            at = before[start]
            for length in self._lengths:
                if at + length > len(letters):
                    break
                found.update(self._alternatives.get(letters[at : at + length], ()))
        return _alternation(tuple(sorted(found, key=lambda a: (-len(a), a)))) if found else None

    def _hidden(self, text: str):
        """``(start, end, replacement)`` in ``text`` for every name to replace."""
        if not self._alternatives:
            return
        folded_text = fold(text)
        pattern = self._pattern(folded_text.text)
        if pattern is None:
            return
        for match in pattern.finditer(folded_text.text):
            shown = self._replacements[match.group(1).replace(" ", "")]
            if shown is not None:
                yield *folded_text.span(*match.span()), shown

    def sub(self, text: str) -> str:
        """``text`` with every hidden name replaced."""
        pieces, last = [], 0
        for start, end, shown in self._hidden(text):
            pieces += [text[last:start], shown]
            last = end
        return "".join(pieces) + text[last:] if pieces else text

    def finds(self, text: str) -> bool:
        """Whether ``text`` holds a hidden name."""
        return next(self._hidden(text), None) is not None
