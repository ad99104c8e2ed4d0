"""What the reports share: intervision sessions, the colophon."""

from __future__ import annotations

from datetime import date

import pandas as pd

from kit.provenance import versions
from kit.report.html import e, tabel
from kit.report.words import datum_tekst, maand_lang, meervoud


def sessies_in(data, month: pd.Period) -> pd.DataFrame:
    iv = data.intervisie
    first, last = month.start_time, month.end_time.normalize()
    return iv[iv["datum"].between(first, last)].sort_values(["datum", "id"])


def sessie_html(sessie, buurtnamen: dict, schoon, aanwezig: str) -> str:
    """One intervision session: date and theme, chair, ``aanwezig`` (a sentence), lessons, agreements.

    ``schoon`` removes protected names from the free text.
    """
    voorzitter = buurtnamen.get(sessie["voorzitter"], sessie["voorzitter"])
    return (
        f"<h3>{e(datum_tekst(sessie['datum']))}: {e(schoon(sessie['thema']))}</h3>"
        f"<p>Voorzitter: {e(voorzitter)}. {e(aanwezig)}</p>"
        f"<p><strong>Lessen:</strong> {e(schoon(sessie['lessen'])) or '–'}</p>"
        f"<p><strong>Afspraken:</strong> {e(schoon(sessie['afspraken'])) or '–'}</p>"
    )


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


def colofon(
    data,
    month: pd.Period,
    schoon=lambda t: t,
    gemaakt: date | None = None,
    periode: str | None = None,
    buurt: str | None = None,
) -> str:
    """Data files with checksums, the software and its versions, data month, the day it was made, and the warnings.

    ``gemaakt`` defaults to today: a day, not a time, so reports rendered
    twice on one day are identical.  ``periode`` names the months of a
    report over a period (the synthesis) instead of ``month``.  With ``buurt``
    (a buurt's report) only the warnings that concern no other buurt are
    listed (:func:`kit.data.concerns.problem_buurten`): a warning may quote
    the id of another buurt's actor, and a buurt's report names none.  The
    others are counted; each is listed in the report of the buurt it concerns.
    """
    from kit.data.concerns import problem_buurten

    files = tabel(
        ["Bestand", "Controlegetal (SHA-256)"],
        [[e(schoon(f.name)), f'<code class="sha">{e(f.sha256)}</code>'] for f in data.files],  # a name in a name
    )
    own = [p for p in data.warnings if buurt is None or problem_buurten(data, p) <= {buurt}]
    elders = len(data.warnings) - len(own)
    warnings = [schoon(p.format("nl")) for p in own]
    parts = [
        f"<p>Gemaakt op {e(datum_tekst(gemaakt or date.today()))} met {e(software())}, uit de gegevens van "
        f"{e(periode or maand_lang(month))}. Dezelfde gegevens en dezelfde versies geven hetzelfde rapport.</p>",
        "<p>Gebruikte gegevensbestanden. Het controlegetal verandert als er ook maar één teken in het bestand "
        "verandert; zo is na te gaan op welke gegevens dit rapport rust.</p>",
        files,
        "<p>Namen van personen staan alleen in dit rapport als zij daar toestemming voor gaven; anders staat er "
        "een vaste schuilnaam (Sleutelfiguur 1, 2, …).</p>",
    ]
    if data.fictional:
        parts.insert(0, "<p><strong>Fictieve demonstratiegegevens.</strong></p>")
    over = " over deze buurt" if buurt is not None else ""
    if warnings:
        parts.append(
            f"<p>De controle van de gegevens gaf {meervoud(len(warnings), 'waarschuwing', 'waarschuwingen')}"
            f'{over} (geen fouten):</p><ul class="waarschuwingen">'
            + "".join(f"<li><code>{e(w)}</code></li>" for w in warnings)
            + "</ul>"
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
    return "".join(parts)
