"""Text that XML 1.0 can hold: one rule for every XML document the kit writes from data.

XML 1.0 has no place for control characters other than tab, line feed and
carriage return, for lone surrogates, nor for the non-characters U+FFFE and
U+FFFF.  Names are pasted from e-mails and websites, and one such character
in one name makes the whole document unreadable to a strict parser: the
network map's SVG would be no image, a GEXF or GraphML export would not open
in Gephi.  Every text from the data passes :func:`xml_text` on its way into
such a document.
"""

from __future__ import annotations

import unicodedata


def xml_text(text: str) -> str:
    """``text`` with every character XML cannot hold, or a reader cannot see, made visible.

    A space-like character (a tab, a line break, a vertical tab from a word
    processor) becomes a space; a control character, a lone surrogate, a
    non-character or an unassigned one becomes U+FFFD, the replacement
    character, so that a reader sees that something was there.

    >>> xml_text("Buurt\\tplatform\\x1b 2\\ufffe\\ud800")
    'Buurt platform\ufffd 2\ufffd\ufffd'
    """
    return "".join(
        " " if ch.isspace() else "\ufffd" if unicodedata.category(ch) in ("Cc", "Cs", "Cn") else ch for ch in text
    )
