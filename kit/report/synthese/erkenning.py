"""Voor en na de erkenning: each figure's mean before and after, per buurt recognised in the period, with the
caution it needs."""

from __future__ import annotations

from kit.analysis.catalogue import COLUMN
from kit.analysis.period import AFTER, BEFORE, windows
from kit.data.months import month_text
from kit.dutch import MIN, getal, leeg, telwoord
from kit.report.html import Html, e, tabel
from kit.report.sectie import Sectie
from kit.report.synthese.rapport import Synthese
from kit.report.words import maand_lang, opsomming, periode_label


def render(rapport: Synthese) -> Html:
    """Each figure before and after recognition, per buurt recognised in the period, with the caution it needs."""
    if not rapport.erkenningen:
        return Html(f"<p>In {e(rapport.periode)} werd geen platform voor het eerst erkend.</p>")
    parts = [
        "<p>Erkenning geeft een buurtplatform een formele plek: het stadsdeel erkent het als het netwerk van de "
        "buurt. Verandert er daarna iets? Per buurt die in deze periode erkend werd: het gemiddelde van elk "
        f"kengetal over de {telwoord(BEFORE)} maanden vóór de maand van erkenning, en over de maand van erkenning "
        f"en de {telwoord(AFTER - 1)} maanden erna.</p>",
        '<p class="voorbehoud"><strong>Let op: dit is geen bewijs.</strong> Een verschil laat zien dát er iets '
        "veranderde, niet dat de erkenning het veroorzaakte. In dezelfde maanden gebeurde ook veel anders (de "
        f"zomer, nieuwe bewoners, een nieuwe instelling), {telwoord(AFTER)} maanden is kort, en wie erkend wordt, "
        "groeide "
        "misschien al. Lees het als een vraag voor het gesprek: wat veranderde er sinds de erkenning, en "
        "waarom?</p>",
    ]
    for b in rapport.erkenningen:
        if b in rapport.zonder_voor:
            continue
        parts.append(_voor_na_tabel(rapport, b))
    if rapport.zonder_voor:
        parts.append(
            f"<p>{e(opsomming([rapport.buurtnamen.get(b, b) for b in rapport.zonder_voor]))} "
            f"{'was' if len(rapport.zonder_voor) == 1 else 'waren'} al erkend vanaf het begin van de "
            "gegevens: daar is geen “voor” om mee te vergelijken.</p>"
        )
    return Html("".join(parts))


def _voor_na_tabel(rapport: Synthese, b: str) -> str:
    month = rapport.erkenningen[b]
    voor, na = windows(month)
    na = [m for m in na if m <= rapport.last]
    rows = []
    duiding: dict[str, list[str]] = {"gunstig": [], "aandachtspunt": []}
    frame = rapport.voor_na[rapport.voor_na["buurt"] == b]
    for _, r in frame.iterrows():
        k = COLUMN[r["figuur"]]
        if k.label is None or (leeg(r["voor"]) and leeg(r["na"])):
            continue
        tekst, soort = _verschil(k, r["voor"], r["na"])
        if soort in duiding:
            duiding[soort].append(k.label.lower() if not k.label.isupper() else k.label)
        rows.append(
            [
                e(k.label),
                _gemiddelde(k, r["voor"], r["maanden_voor"], BEFORE),
                _gemiddelde(k, r["na"], r["maanden_na"], AFTER),
                e(tekst),
            ]
        )
    kop = (
        f"<h3>{e(rapport.buurtnaam(b))}: erkend in {e(maand_lang(month))}</h3>"
        f"<p>Vóór: {e(periode_label(month_text(voor[0]), month_text(voor[-1])))}. Na: "
        f"{e(periode_label(month_text(na[0]), month_text(na[-1])))}."
    )
    if duiding["gunstig"]:
        kop += f" Gunstiger na de erkenning: {e(opsomming(duiding['gunstig']))}."
    if duiding["aandachtspunt"]:
        kop += f" Minder gunstig: {e(opsomming(duiding['aandachtspunt']))}."
    kop += (
        f" Een getal met een sterretje is het gemiddelde over minder dan {_venster()} maanden (niet elke maand had "
        "een waarde).</p>"
    )
    return kop + tabel(["Kengetal", "Vóór", "Na", "Verschil"], rows, getallen={1, 2}, klasse="voor-na")


def _gemiddelde(k, value, maanden: int, venster: int) -> str:
    """A mean over ``maanden`` months with a value, of a window of ``venster``; a star when fewer."""
    if leeg(value):
        return "–"
    text = getal(value, 1, strip=True) if k.decimals == 0 else k.text(value)
    return text + ("*" if maanden < venster else "")


def _verschil(k, voor, na) -> tuple[str, str]:
    """The change from ``voor`` to ``na`` in words, and its kind: gunstig, aandachtspunt, neutraal, gelijk, leeg."""
    if leeg(voor) or leeg(na):
        return "niet te vergelijken", "leeg"
    delta = float(na) - float(voor)
    shown = getal(abs(delta), 1 if k.decimals == 0 else k.decimals, strip=k.decimals == 0)
    if shown.strip("0,") == "":
        return "gelijk", "gelijk"
    hoger = "hoger" if delta > 0 else "lager"
    teken = "+" if delta > 0 else MIN
    soort = k.judgement(delta)
    if soort is None:
        return f"{teken}{shown}: {hoger}", "neutraal"
    return f"{teken}{shown}: {hoger} ({soort})", soort


def _venster() -> str:
    """The months a mean before and after recognition is taken over, in words."""
    return telwoord(BEFORE) if BEFORE == AFTER else f"{telwoord(BEFORE)} (vóór) of {telwoord(AFTER)} (na)"


SECTIE = Sectie(render, kop="Voor en na de erkenning")
