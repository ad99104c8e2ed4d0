"""Colofon: how the report was made, from which data, by which software; the same section in every report.

The day it was made, the kit's version and those of the libraries that
compute and draw, the months of the data; every data file with its SHA-256
checksum (a checksum changes when a single character of the file changes,
so anyone can check which data a report rests on); a sentence on names
shown only with consent; and the warnings validation gave.
"""

from __future__ import annotations

from datetime import date

from kit.data.concerns import problem_buurten
from kit.provenance import versions
from kit.report.context import Rapport
from kit.report.html import Html, e, lijst, tabel
from kit.report.sectie import Sectie
from kit.report.words import datum_tekst, meervoud

#: How the colophon writes a library's distribution name.
SPELLING = {"weasyprint": "WeasyPrint"}


def software() -> str:
    """The kit's version and the versions of the libraries that compute and draw, as a Dutch sentence.

    A figure or drawing may change with a library's release, so a reader can
    tell which software made the report (:func:`kit.provenance.versions`).
    """
    kit_version, *libraries = versions().items()
    used = ", ".join(f"{SPELLING.get(name, name)} {version}" for name, version in libraries)
    return f"de proeftuin kit, versie {kit_version[1]} ({used})"


def render(rapport: Rapport, gemaakt: date | None = None) -> Html:
    """Data files with checksums, the software and its versions, the months of the data, the day it was made,
    and the warnings.

    ``gemaakt`` defaults to today: a day, not a time, so reports rendered
    twice on one day are identical.  In a buurt's report (``rapport.buurt``)
    only the warnings that concern no other buurt are listed
    (:func:`kit.data.concerns.problem_buurten`): a warning may quote the id
    of another buurt's actor, and a buurt's report names none.  The others
    are counted; each is listed in the report of the buurt it concerns.
    """
    data, schoon, buurt = rapport.data, rapport.schoon, rapport.buurt

    files = tabel(
        ["Bestand", "Controlegetal (SHA-256)"],
        [[e(schoon(f.name)), f'<code class="sha">{e(f.sha256)}</code>'] for f in data.files],  # a name in a name
    )
    own = [p for p in data.warnings if buurt is None or problem_buurten(data, p) <= {buurt}]
    elders = len(data.warnings) - len(own)
    warnings = [schoon(p.format("nl")) for p in own]
    parts = [
        f"<p>Gemaakt op {e(datum_tekst(gemaakt or date.today()))} met {e(software())}, uit de gegevens van "
        f"{e(rapport.periode)}. Dezelfde gegevens en dezelfde versies geven hetzelfde rapport.</p>",
        "<p>Gebruikte gegevensbestanden. Het controlegetal verandert als er ook maar één teken in het bestand "
        "verandert; zo is na te gaan op welke gegevens dit rapport rust.</p>",
        files,
        "<p>Namen van personen staan alleen in dit rapport als zij daar toestemming voor gaven; anders staat er "
        "een vaste schuilnaam die zegt wat iemand is (Sleutelfiguur 1, Politiemedewerker 1, …).</p>",
    ]
    if data.fictional:
        parts.insert(0, "<p><strong>Fictieve demonstratiegegevens.</strong></p>")
    over = " over deze buurt" if buurt is not None else ""
    if warnings:
        parts.append(
            f"<p>De controle van de gegevens gaf {meervoud(len(warnings), 'waarschuwing', 'waarschuwingen')}"
            f"{over} (geen fouten):</p>" + lijst((f"<code>{e(w)}</code>" for w in warnings), "waarschuwingen")
        )
    else:
        parts.append(f"<p>De controle van de gegevens gaf geen waarschuwingen{over}.</p>")
    if elders:
        parts.append(
            f"<p>Daarnaast gaf de controle {meervoud(elders, 'waarschuwing', 'waarschuwingen')} over andere "
            "buurten (of over deze en een andere buurt samen). Die staan niet in dit rapport, omdat ze een "
            "actor van een andere buurt kunnen noemen; de begeleider ziet ze alle met "
            "<code>proeftuin validate</code>.</p>"
        )
    return Html("".join(parts))


SECTIE = Sectie(render, kop="Colofon", altijd=True)
