"""Zo is er gerekend: how the synthesis counts, in Dutch, for readers who want to check it."""

from __future__ import annotations

from kit.analysis.period import AFTER, BEFORE
from kit.dutch import telwoord
from kit.report.html import Html, e, lijst
from kit.report.sectie import Sectie
from kit.report.synthese.rapport import Synthese
from kit.report.words import datum_tekst


def render(rapport: Synthese) -> Html:
    """How the synthesis was computed, for readers who want to check it."""
    items = [
        "Alle cijfers komen uit dezelfde maandcijfers als de maandrapporten (“proeftuin metrics”), buurt voor "
        "buurt en maand voor maand; de synthese telt ze op of neemt een gemiddelde.",
        "Een buurt doet mee in een maand vanaf haar start, als er die maand actieve actoren van de buurt zijn.",
        "Resultaten, verzoeken en afgeronde acties tellen als hun datum (resultaat, vraag, afronding) in de "
        f"periode valt; hoe het ermee stond, is bekeken op de laatste dag van de periode "
        f"({datum_tekst(rapport.last_day)}). Gegevens van na de periode tellen niet mee.",
        "Dagen tot antwoord: de mediaan, de middelste waarde: de helft kreeg sneller antwoord, de helft "
        "langzamer. Een verzoek dat zonder antwoord is gesloten, heeft geen antwoordtijd.",
        f"Vóór en na de erkenning: vóór zijn de {telwoord(BEFORE)} maanden vóór de maand van erkenning, na zijn "
        f"die maand en de {telwoord(AFTER - 1)} maanden erna (voor zover ze in de periode vallen); de maanden vóór "
        "mogen vóór de periode liggen. "
        "Alleen maanden waarin de buurt al gegevens heeft, tellen mee. Erkenning is de eerste maand met een "
        "erkend platform.",
        "Een parallelle infrastructuur loopt van de eerste tot de laatste maand waarin ze in de maandcijfers "
        "staat; opgelost is ze in de eerste maand daarna. Staan beide partijen dan nog in het netwerk, dan "
        "werken ze inmiddels echt samen; anders is een van beide gestopt. “Of eerder”: ze bestond al in de "
        "eerste maand van de gegevens.",
        "Steun, geld en ruimte: relaties van een ander naar een bewonersgroep (nulde lijn) van de buurt. "
        "Gestopt is wat in de laatste maand niet meer telt of op de laatste dag afloopt.",
        "Lessen per thema: bijeenkomsten met hetzelfde thema (hoofdletters en spaties niet meegeteld) staan "
        "bij elkaar.",
    ]
    return Html(lijst(e(i) for i in items))


SECTIE = Sectie(render, kop="Zo is er gerekend", nieuwe_pagina=True)
