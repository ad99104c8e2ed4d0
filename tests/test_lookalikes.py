"""The table of look-alike letters (kit/lookalikes.py) and the tool that makes it from Unicode's confusables.txt."""

from __future__ import annotations

import importlib.util

from helpers import ROOT

from kit.lookalikes import LOOKALIKES


def _tool():
    spec = importlib.util.spec_from_file_location("lookalikes_tool", ROOT / "tools" / "lookalikes.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


#: Lines of confusables.txt as the standard writes them (version 13.0.0).
CONFUSABLES = """\
# Version: 13.0.0
0430 ;\t0061 ;\tMA\t# ( а → a ) CYRILLIC SMALL LETTER A → LATIN SMALL LETTER A\t#
0406 ;\t006C ;\tMA\t# ( І → l ) CYRILLIC CAPITAL LETTER BYELORUSSIAN-UKRAINIAN I → LATIN SMALL LETTER L\t# →Ӏ→
0456 ;\t0069 ;\tMA\t# ( і → i ) CYRILLIC SMALL LETTER BYELORUSSIAN-UKRAINIAN I → LATIN SMALL LETTER I\t#
04CF ;\t006C ;\tMA\t# ( ӏ → l ) CYRILLIC SMALL LETTER PALOCHKA → LATIN SMALL LETTER L\t#
0412 ;\t0042 ;\tMA\t# ( В → B ) CYRILLIC CAPITAL LETTER VE → LATIN CAPITAL LETTER B\t#
006D ;\t0072 006E ;\tMA\t# ( m → rn ) LATIN SMALL LETTER M → LATIN SMALL LETTER R, LATIN SMALL LETTER N\t#
028D ;\t0072 006E ;\tMA\t# ( ʍ → rn ) fictional, for the test\t#
00D7 ;\t0078 ;\tMA\t#* ( × → x ) MULTIPLICATION SIGN → LATIN SMALL LETTER X\t#
1D412 ;\t0053 ;\tMA\t# ( 𝐒 → S ) MATHEMATICAL BOLD CAPITAL S → LATIN CAPITAL LETTER S\t#
0417 ;\t0033 ;\tMA\t# ( З → 3 ) CYRILLIC CAPITAL LETTER ZE → DIGIT THREE\t#
"""


def test_the_tool_keeps_letters_that_look_like_latin_letters_and_folds_their_case():
    tool = _tool()
    table = tool.lookalikes(tool.prototypes(CONFUSABLES.splitlines()))
    # Cyrillic a; capital І is the I it looks like, small palochka an l; В a b; "rn" is m. Left out: ASCII, the
    # multiplication sign (no letter), the mathematical S (NFKD makes it S) and З (it looks like a digit).
    assert table == {"a": "\u0430", "b": "\u0412", "i": "\u0406\u0456", "l": "\u04cf", "m": "\u028d"}


def test_the_module_the_tool_writes_is_the_table():
    tool = _tool()
    namespace: dict = {}
    exec(tool.module({"a": "\u0430\U0001d6a8", "ae": "\u00e6"}, "13.0.0"), namespace)
    assert namespace["LOOKALIKES"] == {"a": "\u0430\U0001d6a8", "ae": "\u00e6"}


def test_the_committed_table_has_the_letters_names_are_disguised_with():
    latin = {char: letter for letter, chars in LOOKALIKES.items() for char in chars}
    assert [latin.get(c) for c in "\u0405\u0430\u0456\u0406\u0412\u041e\u0392\u039f\u0399\u0391"] == list("saiiboboia")
    assert all(not c.isascii() and c.isalpha() for c in latin)
