"""Finding the names of persons in text the way people type them.

A facilitator records "Samira El-Amrani" once in ``actoren.csv`` and then
writes "Samira", "samira_el-amrani", "SAMIRA EL AMRANI", "SamiraElAmrani",
"Samira's", "El Amrani" or "mevrouw Amrani" in an action, a reason or a
lesson, pasted from an e-mail or a social-media post with non-breaking
spaces, soft hyphens, invisible characters, look-alike letters of other
scripts or mathematical letters, with accents or without, composed or
decomposed.  This module finds all of them, as whole words, and replaces the
span of the *original* text.

Matching works on a folded copy of the text (:func:`fold`): compatibility
decomposition (NFKD, which makes mathematical, fullwidth and other styled
letters plain), letters of other scripts that look like a Latin letter made
that letter (the confusables skeleton of Unicode TR39, :mod:`kit.lookalikes`),
case folded, every mark (accents, enclosing circles) and every
default-ignorable or format character (zero-width spaces and joiners, word
joiner, soft hyphen, variation selectors, fillers, direction controls)
removed, and every run of white space, line breaks, hyphens, dashes and
underscores made one space.  In a pattern the parts of a name may be
separated by one such space or by nothing; a name spaced out letter by letter
("S a m i r a", "s-a-m-i-r-a") is matched too.

Which spellings are matched (:func:`spellings`)
------------------------------------------------
A name is read as parts; a remark in parentheses or brackets ("(nieuw)") is
not part of it, and a particle (van, de, der, ter, el, …) belongs to the word
after it, so "Jan van Dijk" has the parts "Jan" and "van Dijk", and
"Samira El-Amrani" the parts "Samira" and "El-Amrani".  A name that starts
with a word for a role ("Wijkagent K-buurt", "Opbouwwerker Dynamo") or a
title ("Juf Fatima") is *recorded by role*.  The rule protects names first:

- The *full name* of two parts or more is always matched.
- A part is a name after the first name or after a title: "Jan Vries" and
  "meneer Vries" (``dhr.``, ``mevrouw``, ``juf``, …: :data:`TITLES`) name
  Jan de Vries, whatever the part is on its own.
- A part alone is matched, unless it is

  - one letter or has no letter (an initial, a number: "Wijkagent 12");
  - an ordinary word: a Dutch function word ("Ben", "Wil"), a word for a
    role or a title, a word of the name of a buurt or stadsdeel or of a
    vocabulary value, or the last word of a surname with a particle ("Vries"
    of "de Vries", "Amrani" of "El-Amrani").  Such a part is matched only
    where it is written with a capital letter: "Vries belde" hides it, "de
    vries" of the dyke does not;
  - the whole name of a buurt or stadsdeel ("West"), kept wherever it stands
    alone;
  - for a person recorded by a role word (not a title), the rest of the name
    when it is the whole name of an organisation or place: the person's
    place of work ("Opbouwwerker Dynamo" works at Dynamo).

  A hyphenated part ("Bakker-Visser") is matched as a whole and each of its
  words as a part.

Names of places are kept as whole phrases, longest first ("Bos en Lommer" is
no name though "Bos" is); an organisation's name is kept only when it holds no
hidden name (:func:`kit.data.hidden_names.name_matchers`).  What a rule leaves visible
:func:`visible_parts` says, for the facilitator.

A genitive ``s`` is taken with the name ("Jans fiets"); an apostrophe
genitive stays ("Samira's" becomes "Sleutelfiguur 1's").  Where two persons
share a part ("Jan"), the part cannot say whom it means: it is replaced by
:data:`HIDDEN`, never by one person's pseudonym.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache

from .lookalikes import LOOKALIKES

#: What replaces a name that cannot be attributed to one person (and names in validation messages).
HIDDEN = "[…]"

#: Words that attach to the part after them ("van Dijk", "El-Amrani", "de la Cruz").
PARTICLES = frozenset(
    "van de der den het 't ter ten te op in aan bij uit onder over von zu zum da das do dos du del della di "
    "la le les el al".split()
)
#: Dutch function words that are also given names (Ben, Wil, Mag) or particles: matched alone only with a capital.
FUNCTION_WORDS = frozenset(
    "aan al als bij ben bent dan dat de deze die dit door een en er ga gaat had heb heeft het hier hij hoe hun ik "
    "in is ja je jij kan kon kunnen maar mag me meer met mij mijn na naar nee niet nog nu of om ons ook op over "
    "te tot u uit van veel voor was wat we wel wie wij wil wilt zal ze zei zij zijn zo zou".split()
)
#: Words for a role, with which facilitators record a person they do not name ("Wijkagent K-buurt").
ROLE_WORDS = frozenset(
    "agent ambtenaar beheerder bewoner bewoonster buurtagent buurtconcierge buurtmoeder buurtregisseur buurtvader "
    "buurtwerker concierge consulent contactpersoon coordinator directeur gebiedsmakelaar gebiedsregisseur "
    "huisarts huismeester jongerenwerker leerkracht medewerker medewerkster mentor opbouwwerker "
    "penningmeester projectleider secretaris sleutelfiguur trekker verpleegkundige voorzitter vrijwilliger "
    "vrijwilligster wethouder wijkagent wijkmanager wijkverpleegkundige".split()
)
#: Words written before a person's name ("meneer Vries", "juf Fatima"); the abbreviations also with a full stop.
TITLES = frozenset(
    "meneer menheer mevrouw juffrouw juf meester dokter zuster broeder imam oom ome tante opa oma heer "
    "mevr mvr mw mej dhr hr mr dr drs ir ing prof".split()
)
_ABBREVIATED_TITLES = ("mevr", "mvr", "mw", "mej", "dhr", "hr", "mr", "dr", "drs", "ir", "ing", "prof")
#: How a title is written before a name, folded.
_TITLE_SPELLINGS = tuple(sorted(TITLES)) + tuple(f"{title}." for title in _ABBREVIATED_TITLES)

_SEPARATORS = frozenset("-_\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d")
_APOSTROPHES = frozenset("\u2018\u2019\u201b\u02bc\u00b4`")
#: Unicode's Default_Ignorable_Code_Point (DerivedCoreProperties.txt, stable since Unicode 6.0): characters
#: that render as nothing.  Some are letters or marks (Hangul fillers, variation selectors), not format characters.
_IGNORABLE = (
    (0x00AD, 0x00AD),
    (0x034F, 0x034F),
    (0x061C, 0x061C),
    (0x115F, 0x1160),
    (0x17B4, 0x17B5),
    (0x180B, 0x180F),
    (0x200B, 0x200F),
    (0x202A, 0x202E),
    (0x2060, 0x206F),
    (0x3164, 0x3164),
    (0xFE00, 0xFE0F),
    (0xFEFF, 0xFEFF),
    (0xFFA0, 0xFFA0),
    (0xFFF0, 0xFFF8),
    (0x1BCA0, 0x1BCA3),
    (0x1D173, 0x1D17A),
    (0xE0000, 0xE0FFF),
)
#: Letters neither decomposition nor the look-alikes make Latin.
_LETTERS = {"ð": "d", "þ": "th"}
_LATIN = {char: latin for latin, chars in LOOKALIKES.items() for char in chars}
_ASCII = str.maketrans({c: " " for c in "-_\t\n\r\v\f"})
_REMARK = re.compile(r"\([^)]*\)?|\[[^\]]*\]?")


def ignorable(char: str) -> bool:
    """Whether ``char`` renders as nothing: a default-ignorable code point or a format character (category Cf)."""
    code = ord(char)
    return unicodedata.category(char) == "Cf" or any(low <= code <= high for low, high in _IGNORABLE)


def _plain(char: str) -> str:
    """``char`` decomposed, its look-alike Latin letters taken, case folded, without marks or ignorables."""
    result = []
    for part in unicodedata.normalize("NFKD", char):
        for c in unicodedata.normalize("NFKD", _LATIN.get(part, part).casefold()):
            if not unicodedata.category(c).startswith("M") and not ignorable(c):
                result.append(_LETTERS.get(c, _LATIN.get(c, c)))
    return "".join(result)


@lru_cache(maxsize=4096)
def _fold_char(char: str) -> str:
    if char.isspace() or char in _SEPARATORS:
        return " "
    if char in _APOSTROPHES:
        return "'"
    if ignorable(char):
        return ""
    letters = _plain(char)
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

    A character that folds to nothing (an accent, an invisible character)
    goes with the letter before it, so a replaced name takes it along.

    >>> fold("José\u00a0Ñúñez-Gómez_\u200bII").text
    'jose nunez gomez ii'
    >>> fold("Sa\u00admira's  fiets").text
    "samira's fiets"
    >>> fold("\U0001d412\u0430m\u0456\u2060ra\ufe0f").text  # mathematical S, Cyrillic a and i, word joiner
    'samira'
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


def _words(name: str) -> list[tuple[int, str]]:
    """The parts of a name, folded, each with the number of the (last) word it is written in, counted from 1:
    a remark in brackets left out, particles joined to the next word.

    >>> _words("Jan van Dijk"), _words("Samira El-Amrani"), _words("Wijkagent K-buurt (nieuw)")
    ([(1, 'jan'), (3, 'van dijk')], [(1, 'samira'), (2, 'el amrani')], [(1, 'wijkagent'), (2, 'k buurt')])
    """
    parts, pending = [], []
    for number, typed in enumerate(_REMARK.sub(" ", name).split(), start=1):
        word = " ".join(folded(typed).split())
        if not word:
            continue
        pending.append(word)
        if word not in PARTICLES:
            parts.append((number, " ".join(pending)))
            pending = []
    return parts


@dataclass(frozen=True)
class Context:
    """What the data name besides persons, folded: it decides which parts of a person's name are matched alone.

    Attributes
    ----------
    places : frozenset of str
        Whole names (and ids) of buurten and stadsdelen.
    words : frozenset of str
        The words of those names and of the vocabularies' values: ordinary
        words of the data, matched alone only with a capital.
    organisations : frozenset of str
        Whole names of organisations: where a person recorded by role works.
    """

    places: frozenset[str] = frozenset()
    words: frozenset[str] = frozenset()
    organisations: frozenset[str] = frozenset()

    @classmethod
    def of(cls, places: Iterable[str] = (), vocabulary: Iterable[str] = (), organisations: Iterable[str] = ()):
        """The context of the names of ``places``, the values of ``vocabulary`` and the names of ``organisations``.

        >>> context = Context.of(["Bos en Lommer"], ["zorg_en_welzijn"], ["Stichting Dynamo"])
        >>> sorted(context.places), sorted(context.words), sorted(context.organisations)
        (['bos en lommer'], ['bos', 'en', 'lommer', 'welzijn', 'zorg'], ['stichting dynamo'])
        """
        place_names = {folded(name).strip() for name in places}
        values = {folded(value).strip() for value in vocabulary}
        return cls(
            frozenset(p for p in place_names if p),
            frozenset(w for text in place_names | values for w in text.split()),
            frozenset(o for o in (" ".join(folded(name).split()) for name in organisations) if o),
        )


#: Why a part of a name is not matched alone everywhere (:func:`visible_parts` says it to the facilitator).
WORD, TAIL, PLACE, WORK = "word", "tail", "place", "work"
#: Parts that are no name at all: an initial or a number, a role or title before the name.
_NONE = "none"


@dataclass(frozen=True)
class _Part:
    number: int  # of the word of the name it is written in, from 1
    folded: str
    why: str | None  # None: matched alone; WORD, TAIL: only with a capital; PLACE, WORK, _NONE: never alone
    position: int  # of the part of the name it is (a tail or a word of a hyphenated part: of its part)


def _letters(text: str) -> int:
    return sum(c.isalpha() for c in text)


def _why(word: str, context: Context) -> str | None:
    """Why one part (or a word of one) is not matched alone everywhere; ``None`` when it is."""
    bare = word.rstrip(".")
    if _letters(word) < 2:
        return _NONE
    if word in context.places:
        return PLACE
    if bare in FUNCTION_WORDS or bare in ROLE_WORDS or bare in TITLES or word in context.words:
        return WORD
    return None


@dataclass(frozen=True)
class _Name:
    parts: list[_Part]  # the parts, the last words of surnames with a particle (TAIL), the words of hyphenated parts
    full: str | None  # the full name of two parts or more
    first: str | None  # the first name, when the name starts with one
    by_role: bool  # recorded by a role word (not a title)


def _name(name: str, context: Context) -> _Name:
    """``name`` read as parts, each with why it is not matched alone everywhere (the module docstring)."""
    named = _words(name)
    if not named:
        return _Name([], None, None, False)
    lead = named[0][1].rstrip(".")
    by_role, by_title = lead in ROLE_WORDS, lead in TITLES
    rest = " ".join(word for _, word in named[1:])
    rest_why = (
        (WORK if rest in context.organisations else PLACE if rest in context.places else None) if by_role else None
    )
    parts = []
    for position, (number, word) in enumerate(named):
        why = _NONE if position == 0 and (by_role or by_title) else rest_why or _why(word, context)
        parts.append(_Part(number, word, why, position))
        if why in (PLACE, WORK, _NONE):
            continue
        pieces = word.split()
        particles = 0
        while particles < len(pieces) - 1 and pieces[particles] in PARTICLES:
            particles += 1
        if particles:
            tail = " ".join(pieces[particles:])
            tail_why = _NONE if _letters(tail) < 2 else PLACE if tail in context.places else TAIL
            parts.append(_Part(number, tail, tail_why, position))
        elif len(pieces) > 1:
            parts += [_Part(number, piece, _why(piece, context), position) for piece in pieces]
    full = " ".join(word for _, word in named) if len(named) > 1 else None
    first = named[0][1] if len(named) > 1 and not (by_role or by_title) else None
    return _Name(parts, full, first, by_role)


def spellings(name: str, context: Context = Context()) -> dict[str, bool]:
    """The folded spellings under which ``name`` (of a person) is matched; ``True``: only with a capital letter.

    The rule is in the module docstring: the full name, the parts matched
    alone, and every part after the first name or a title.

    >>> spellings("Jan van Dijk")["dijk"], spellings("Jan van Dijk")["jan dijk"], spellings("Jan van Dijk")["dhr. dijk"]
    (True, False, False)
    >>> [spelling for spelling in spellings("Jan van Dijk") if spelling.split()[0].rstrip(".") not in TITLES]
    ['jan van dijk', 'jan', 'van dijk', 'dijk', 'jan dijk']
    >>> spellings("Wijkagent K-buurt (nieuw)", Context.of(["K-buurt"]))
    {'wijkagent k buurt': False}
    >>> spellings("Opbouwwerker Dynamo", Context.of(organisations=["Dynamo"]))
    {'opbouwwerker dynamo': False}
    """
    read = _name(name, context)
    result: dict[str, bool] = {}

    def add(spelling: str, capital: bool) -> None:
        result[spelling] = result.get(spelling, capital) and capital

    if read.full:
        add(read.full, False)
    for part in read.parts:
        if part.why in (None, WORD, TAIL):
            add(part.folded, part.why is not None)
    for part in read.parts:
        if part.why == _NONE or (read.by_role and part.why in (PLACE, WORK)):
            continue
        if read.first is not None and part.position > 0:
            add(f"{read.first} {part.folded}", False)
        if part.why is not None:
            for title in _TITLE_SPELLINGS:
                add(f"{title} {part.folded}", False)
    return result


def visible_parts(name: str, context: Context = Context()) -> list[tuple[int, str]]:
    """The words of ``name`` (of a hidden person) that stay visible somewhere: their numbers, from 1, with why.

    ``WORD`` and ``TAIL``: written alone in small letters; ``PLACE`` and
    ``WORK``: written alone.  Initials, numbers and the role or title a
    person is recorded by are no names and not listed.  Numbers, not the
    words: a message that lists them is printed in reports.

    >>> visible_parts("Jan de Vries"), visible_parts("Opbouwwerker Dynamo", Context.of(organisations=["Dynamo"]))
    ([(3, 'tail')], [(2, 'work')])
    """
    seen: dict[int, str] = {}
    for part in _name(name, context).parts:
        if part.why in (WORD, TAIL, PLACE, WORK):
            seen.setdefault(part.number, part.why)
    return list(seen.items())


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
    capitalised : set of str
        Spellings replaced only where the text writes them with a capital
        letter ("Vries", not the "vries" of a word).

    >>> matcher = NameMatcher({"samira el amrani": "Sleutelfiguur 1", "samira": "Sleutelfiguur 1"})
    >>> matcher.sub("SAMIRA EL\u00a0AMRANI en samira_el-amrani; Samira's fiets, niet Samiraatje")
    "Sleutelfiguur 1 en Sleutelfiguur 1; Sleutelfiguur 1's fiets, niet Samiraatje"
    >>> matcher.sub("Ruzie: S a m i r a zei nee, s-a-m-i-r-a ook; niet 's amira'")
    "Ruzie: Sleutelfiguur 1 zei nee, Sleutelfiguur 1 ook; niet 's amira'"
    """

    def __init__(self, replacements: Mapping[str, str | None], capitalised: Iterable[str] = ()):
        self._replacements = {spelling.replace(" ", ""): shown for spelling, shown in replacements.items()}
        self._capitalised = frozenset(spelling.replace(" ", "") for spelling in capitalised)
        #: The pattern of each spelling, by its letters without spaces (what it matches, spaces aside).
        self._alternatives: dict[str, set[str]] = {}
        for spelling in replacements:
            if spelling.strip():
                letters = spelling.replace(" ", "")
                patterns = self._alternatives.setdefault(letters, set())
                patterns.add(" ?".join(map(re.escape, spelling.split())))
                if len(letters) > 1:  # spaced out letter by letter, "S a m i r a", to slip past a name check
                    patterns.add(" ".join(map(re.escape, letters)))
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

    def _hidden(self, text: str, any_case: bool = False):
        """``(start, end, replacement)`` in ``text`` for every name to replace (``any_case``: capitals or not)."""
        if not self._alternatives:
            return
        folded_text = fold(text)
        pattern = self._pattern(folded_text.text)
        if pattern is None:
            return
        for match in pattern.finditer(folded_text.text):
            key = match.group(1).replace(" ", "")
            shown = self._replacements[key]
            if shown is None:
                continue
            start, end = folded_text.span(*match.span())
            if key in self._capitalised and not (any_case or text[start].isupper()):
                continue
            yield start, end, shown

    def sub(self, text: str) -> str:
        """``text`` with every hidden name replaced."""
        pieces, last = [], 0
        for start, end, shown in self._hidden(text):
            pieces += [text[last:start], shown]
            last = end
        return "".join(pieces) + text[last:] if pieces else text

    def finds(self, text: str, any_case: bool = False) -> bool:
        """Whether ``text`` holds a hidden name; with ``any_case`` also a capitalised spelling in small letters.

        An id is a code, not a sentence: "lh-vries" spells Jan de Vries's name.
        """
        return next(self._hidden(text, any_case), None) is not None
