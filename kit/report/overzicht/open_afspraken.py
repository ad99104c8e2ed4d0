"""Afspraken uit eerdere intervisies die nog open staan: who carries them, and their deadlines."""

from __future__ import annotations

import pandas as pd

from kit.analysis.pilot import agreements
from kit.report.html import Html, e
from kit.report.overzicht.rapport import Overzicht
from kit.report.proeftuin import afspraken_tabel
from kit.report.sectie import BIJLAGE, Sectie
from kit.report.words import maand_lang, meervoud


def render(rapport: Overzicht) -> Html:
    """Agreements of earlier intervision sessions still open at the end of the month, and who carries them."""
    last = rapport.month.end_time.normalize()
    frame = agreements(
        rapport.data.acties, rapport.data.intervisie, last, until=rapport.month.start_time - pd.Timedelta(days=1)
    )
    if frame.empty:
        return Html("<p>Uit eerdere intervisies staan geen afspraken op de actielijsten van de buurten.</p>")
    open_ = frame[frame["stand"].isin(["open", "te_laat"])]
    klaar = len(frame) - len(open_)
    intro = (
        f"<p>Van de {meervoud(len(frame), 'afspraak', 'afspraken')} uit eerdere intervisies die buurten op hun "
        f"actielijst zetten, {'is' if klaar == 1 else 'zijn'} er {klaar} afgerond. "
    )
    if open_.empty:
        return Html(intro + "Er staat er geen meer open.</p>")
    te_laat = int((open_["stand"] == "te_laat").sum())
    return Html(
        intro + f"Aan het eind van {e(maand_lang(rapport.month))} "
        f"{'loopt' if len(open_) == 1 else 'lopen'} er nog {len(open_)}"
        + (f", waarvan {te_laat} over de deadline" if te_laat else "")
        + ":</p>"
        + afspraken_tabel(open_, rapport)
    )


SECTIE = Sectie(render, kop="Afspraken uit eerdere intervisies die nog open staan", deel=BIJLAGE)
