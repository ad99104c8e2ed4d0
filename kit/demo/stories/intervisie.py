"""The pilot's own story: an intervision session of all pilot buurten, most months.

Each session's agreements (``afspraken``) return on the action lists of the
buurten that took them on (``Story.afspraken`` in their modules).  As in a
real year, two months have no recorded session: the summer (August) and
November, which the facilitator did not write up.  The reports say that no
session was recorded, not that none took place.
"""

from __future__ import annotations

#: The recorded intervision sessions, month → thema, lessen, afspraken: none in August (the summer) nor in
#: November (not written up).
SESSIES = {
    1: (
        "Wat maakt een buurtplatform?",
        "Elke buurt verstaat er iets anders onder; het netwerk tekenen helpt.",
        "Elke buurt maakt een eerste netwerkkaart.",
    ),
    2: (
        "Bewonerscommissies als ruggengraat",
        "Een platform is sterk als de commissies het als het hunne zien.",
        "Vlinderhof deelt hoe zij commissies betrekken.",
    ),
    3: (
        "Een nieuw platform opstarten",
        "Begin klein en laat zien wat er al gebeurt.",
        "Zonnedauwkwartier krijgt een maatje uit een ervaren buurt.",
    ),
    4: (
        "Signalen ophalen en terugbrengen",
        "Wie signalen ophaalt zonder terug te koppelen, verliest vertrouwen.",
        "Buurten vragen professionals om terugkoppeling binnen een maand.",
    ),
    5: (
        "Het buurtbudget: wie beslist?",
        "Bewoners willen meebeslissen, niet alleen meepraten.",
        "Wolkenkade deelt hun stemavond als voorbeeld.",
    ),
    6: (
        "Als een sleutelfiguur wegvalt",
        "Te veel hangt aan één persoon; taken vroeg delen.",
        "Elke buurt schrijft op wie wat doet.",
    ),
    7: (
        "Een tweede bewonersavond naast de eigen",
        "Parallelle structuren ontstaan als instellingen niet eerst vragen wat er is.",
        "Gezamenlijke brief aan de stadsdelen over bestaande platforms.",
    ),
    9: (
        "Van rivaliteit naar samenwerking",
        "Een gedeelde agenda helpt meer dan een gedeelde naam.",
        "Hommelberg vertelt in oktober hoe het verder ging.",
    ),
    10: (
        "Peerreview op de maatlat",
        "Buurten scoren zichzelf vaak hoger dan anderen hen scoren.",
        "Elk kwartaal een peerreview op drie criteria.",
    ),
    12: (
        "Terugblik op het jaar",
        "Het netwerk laten zien maakt gesprekken met instellingen concreter; "
        "drie buurten liepen vast op gebrek aan ruimte.",
        "Lessen bundelen voor de stadsdeelcommissies, met een gezamenlijke vraag om ruimte.",
    ),
}
