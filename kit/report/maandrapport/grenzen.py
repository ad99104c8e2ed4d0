"""The bounds of the buurtbrief: how many lines each list that grows with the data shows, in one place.

Issue 20: the brief a platform receives is at most four A4 pages and about
1,200 words, also in a busy month.  Each list below shows at most its bound
(:class:`kit.report.ruimte.Ruimte`); what does not fit is counted in one
sentence that names the appendix's section listing it in full
(:mod:`.volledig`, headed by the titles below).  Refusals and requests closed
without an answer are never cut (:data:`kit.report.ruimte.ALTIJD`).
"""

from __future__ import annotations

from kit.report.ruimte import Ruimte

#: The appendix's headings of the full lists, which the counting sentences name.
ALLE_GEBEURTENISSEN = "Alle gebeurtenissen van de maand"
ALLES_OPEN = "Alles wat openstaat bij instellingen"
ALLES_SCHUURT = "Alle parallelle infrastructuur en spanning"
ALLES_AAN_TAFEL = "Alle plekken aan tafel, gesprekken en afspraken"


def _in_bijlage(kop: str) -> str:
    return f"de bijlage, ‘{kop}’"


#: "Deze maand": the most lines of the section together, the groups in their order (refusals and requests closed
#: without an answer are never cut, but take room) …
DEZE_MAAND = 9
#: … and of each group, by :data:`kit.report.ruimte.VOORRANG`.
GEBEURTENISSEN = Ruimte(3, "gebeurtenis", "gebeurtenissen", _in_bijlage(ALLE_GEBEURTENISSEN))
#: "Wat openstaat bij instellingen": the open requests and promises of all institutions together, longest wait first.
OPEN = Ruimte(3, "open punt", "open punten", _in_bijlage(ALLES_OPEN))
#: "Waar het schuurt": the parallel infrastructures, and the tensions, each.
PARALLEL = Ruimte(2, "parallelle infrastructuur", "parallelle infrastructuren", _in_bijlage(ALLES_SCHUURT))
SPANNINGEN = Ruimte(2, "spanning", "spanningen", _in_bijlage(ALLES_SCHUURT))
#: "Aan tafel": the seats, the dialogues and the agreements, each.
PLEKKEN = Ruimte(3, "plek", "plekken", _in_bijlage(ALLES_AAN_TAFEL))
GESPREKKEN = Ruimte(2, "gesprek", "gesprekken", _in_bijlage(ALLES_AAN_TAFEL))
AFSPRAKEN = Ruimte(2, "afspraak", "afspraken", _in_bijlage(ALLES_AAN_TAFEL))
