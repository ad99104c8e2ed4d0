"""The pilot's own story: one intervision session a month of all pilot buurten.

Each session's agreements (``afspraken``) return on the action lists of the
buurten that took them on (``Story.afspraken`` in their modules).
"""

from __future__ import annotations

#: One intervision session per month: thema, lessen, afspraken.
SESSIES = (
    (
        "Wat maakt een buurtplatform?",
        "Elke buurt verstaat er iets anders onder; het netwerk tekenen helpt.",
        "Elke buurt maakt een eerste netwerkkaart.",
    ),
    (
        "Bewonerscommissies als ruggengraat",
        "Een platform is sterk als de commissies het als het hunne zien.",
        "Vlinderhof deelt hoe zij commissies betrekken.",
    ),
    (
        "Een nieuw platform opstarten",
        "Begin klein en laat zien wat er al gebeurt.",
        "Zonnedauwkwartier krijgt een maatje uit een ervaren buurt.",
    ),
    (
        "Signalen ophalen en terugbrengen",
        "Wie signalen ophaalt zonder terug te koppelen, verliest vertrouwen.",
        "Buurten vragen professionals om terugkoppeling binnen een maand.",
    ),
    (
        "Het buurtbudget: wie beslist?",
        "Bewoners willen meebeslissen, niet alleen meepraten.",
        "Wolkenkade deelt hun stemavond als voorbeeld.",
    ),
    (
        "Als een sleutelfiguur wegvalt",
        "Te veel hangt aan één persoon; taken vroeg delen.",
        "Elke buurt schrijft op wie wat doet.",
    ),
    (
        "Een tweede bewonersavond naast de eigen",
        "Parallelle structuren ontstaan als instellingen niet eerst vragen wat er is.",
        "Gezamenlijke brief aan de stadsdelen over bestaande platforms.",
    ),
    (
        "Zomer en bereik",
        "In de zomer haken mensen af; kleine activiteiten houden contact.",
        "Iedere buurt plant één laagdrempelige zomeractiviteit.",
    ),
    (
        "Van rivaliteit naar samenwerking",
        "Een gedeelde agenda helpt meer dan een gedeelde naam.",
        "Hommelberg vertelt in oktober hoe het verder ging.",
    ),
    (
        "Peerreview op de maatlat",
        "Buurten scoren zichzelf vaak hoger dan anderen hen scoren.",
        "Elk kwartaal een peerreview op drie criteria.",
    ),
    (
        "Belevingsverschillen",
        "Professionals zien de samenwerking rooskleuriger dan bewoners.",
        "Bij elk interview beide kanten vragen.",
    ),
    (
        "Terugblik op het jaar",
        "Het netwerk laten zien maakt gesprekken met instellingen concreter; "
        "drie buurten liepen vast op gebrek aan ruimte.",
        "Lessen bundelen voor de stadsdeelcommissies, met een gezamenlijke vraag om ruimte.",
    ),
)
