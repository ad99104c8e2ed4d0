"""The title every report opens with: its ``h1``, a subtitle, the banner of fictional data, what the report is."""

from __future__ import annotations

from kit.report.context import Rapport
from kit.report.html import e


def titel(rapport: Rapport, kop: str, ondertitel: str, waarin: str) -> str:
    """The ``h1`` ``kop`` with ``ondertitel`` under it, and for the demo data the banner that everything
    ``waarin`` (``in dit rapport``) is invented; HTML, for the report's own paragraphs to follow."""
    parts = [f"<h1>{e(kop)}</h1>", f'<p class="ondertitel">{e(ondertitel)}</p>']
    if rapport.data.fictional:
        parts.append(
            '<p class="fictief-melding"><strong>Fictieve demonstratiegegevens.</strong> '
            f"Alle buurten, organisaties en personen {e(waarin)} zijn verzonnen.</p>"
        )
    return "".join(parts)
