"""Every invented name of the demo: city-wide actors, stadsdelen, local organisations, initiatives,
streets, persons, and the names and turnout of activities.

None of them is a real neighbourhood, organisation or person (``FICTIEF.txt``
says so beside the files).
"""

from __future__ import annotations

#: City-wide actors (empty ``buurt``): key, naam, soort, herkomst, lijn, functies.  The city's programme
#: supports platforms and runs no process in a buurt itself: the buurtbudget is the stadsdelen's (a top-down
#: city-wide actor shares its infrastructure functions with every buurt it reaches, version 2).
STAD = (
    ("gemeente", "Gemeente, programma Buurtplatformrecht (fictief)", "gemeente", "bovenaf", "2", ()),
    ("thuishaven", "Woningcorporatie Thuishaven", "woningcorporatie", "bovenaf", "1", ("wonen",)),
    (
        "samenkracht",
        "Welzijnsstichting Samenkracht",
        "welzijnsorganisatie",
        "bovenaf",
        "1",
        ("zorg_en_welzijn", "ouderen", "jongeren"),
    ),
    ("vlonder", "Buurtfonds De Vlonder", "fonds", "gemengd", "2", ("buurtbudget",)),
    ("lantaarn", "Politie basisteam Lantaarn", "politie", "bovenaf", "1", ("veiligheid",)),
)


STADSDELEN = ("Noorderkim", "Zonnewaard", "Westerduin", "Morgenland")


#: Local professional organisations: key, naam, soort, herkomst, lijn, functies,
#: and the directed relation they typically have with a residents' initiative.
LOKAAL = (
    ("wc", "Buurthuis {}", "wijkcentrum", "bovenaf", "1", ("ontmoetingsplek", "activiteiten"), "ruimte"),
    ("bt", "Buurtteam {}", "welzijnsorganisatie", "bovenaf", "1", ("zorg_en_welzijn",), "ondersteuning"),
    ("sch", "Basisschool De Regenboogvis ({})", "onderwijs", "bovenaf", "1", ("onderwijs", "jongeren"), "werving"),
    ("zorg", "Zorgpunt {}", "zorgorganisatie", "bovenaf", "1", ("zorg_en_welzijn", "ouderen"), "ondersteuning"),
    (
        "stg",
        "Stichting Werkplaats {}",
        "maatschappelijke_organisatie",
        "gemengd",
        "1",
        ("werk_en_inkomen", "voedsel"),
        "werving",
    ),
    ("ond", "Ondernemerskring {}", "ondernemer", "onderop", "0", ("activiteiten",), "financiering"),
)


#: Residents' initiatives: naam, soort, functies.
INITIATIEVEN = (
    ("Moestuin {}", "bewonersinitiatief", ("groen_en_schoon", "duurzaamheid")),
    ("Huiskamer {}", "bewonersinitiatief", ("ontmoetingsplek", "ouderen")),
    ("Voedselkast {}", "bewonersinitiatief", ("voedsel",)),
    ("Jongerencollectief {}", "bewonersinitiatief", ("jongeren", "sport")),
    ("Buurtkoor {}", "vereniging", ("cultuur",)),
    ("Mantelzorgcafé {}", "lotgenotengroep", ("zorg_en_welzijn",)),
    ("Repair Café {}", "bewonersinitiatief", ("duurzaamheid",)),
    ("Sportclub {}", "vereniging", ("sport", "jongeren")),
    ("Taalmaatjes {}", "bewonersinitiatief", ("onderwijs", "werk_en_inkomen")),
    ("Wijkkrant {}", "bewonersinitiatief", ("informatievoorziening",)),
    ("Buurtwacht {}", "bewonersinitiatief", ("veiligheid",)),
    ("Kunstroute {}", "vereniging", ("cultuur", "activiteiten")),
    ("Zwerfafvalploeg {}", "bewonersinitiatief", ("groen_en_schoon",)),
    ("Ouderensoos {}", "vereniging", ("ouderen", "activiteiten")),
    ("Vrouwengroep {}", "lotgenotengroep", ("zorg_en_welzijn", "werk_en_inkomen")),
    ("Kookclub {}", "bewonersinitiatief", ("voedsel", "activiteiten")),
    ("Speeltuinvereniging {}", "vereniging", ("jongeren", "groen_en_schoon")),
    ("Energiecoöperatie {}", "bewonersinitiatief", ("duurzaamheid", "wonen")),
    ("Klussendienst {}", "bewonersinitiatief", ("wonen",)),
    ("Bewonersbelang {}", "bewonersinitiatief", ("belangenbehartiging",)),
)


COMMISSIE_SOORTEN = ("Bewonerscommissie", "Huurdersvereniging", "VvE")


STRATEN = (
    "Distelpad",
    "Wolkenstraat",
    "Zonnedauwlaan",
    "Pimpernelhof",
    "Kievitsbloemkade",
    "Hazelaarsingel",
    "Lavendelplein",
    "Sleutelbloemstraat",
    "Morgenroodpad",
    "Regenboogkade",
    "Zeepbelhof",
    "Vuurvliegstraat",
    "Nachtegaalsteeg",
    "Hooibergweg",
    "Vlasbloemhof",
    "Tinnegietershof",
    "Wilgenkatjesstraat",
    "Kruimelkade",
)


VOORNAMEN = (
    "Floor",
    "Jamila",
    "Kees",
    "Noor",
    "Ravi",
    "Tineke",
    "Yusuf",
    "Merel",
    "Abebe",
    "Lotte",
    "Sami",
    "Greet",
    "Dewi",
    "Bram",
    "Fatma",
    "Joop",
    "Ilse",
    "Mo",
    "Anouk",
    "Kofi",
)


ACHTERNAMEN = (
    "Wolkenveld",
    "Tuinzaad",
    "Lantaarnman",
    "Zeepbelder",
    "Kroosvijver",
    "Dauwbraam",
    "Mistelkamp",
    "Vlierhout",
    "Heggemoes",
    "Krulbeek",
    "Sterrenkroos",
    "Windhaver",
    "Pluimgras",
    "Bessemer-Uil",
    "Keteldoorn",
    "Zandhaas",
    "Mossel-Ster",
    "Dakgoot",
    "Lindeblad",
    "Parasolkamp",
)


ACTIVITEIT_NAMEN = {
    "buurtfeest": ("Buurtfeest", "Zomerfeest op het plein", "Burendag"),
    "weggeefactie": ("Weggeefmarkt", "Kledingruil", "Speelgoedruil"),
    "bewonersbijeenkomst": ("Bewonersavond", "Buurtoverleg", "Bewonersvergadering"),
    "markt": ("Buurtmarkt", "Rommelmarkt", "Streekmarkt"),
    "actie": ("Handtekeningenactie", "Inspraakactie", "Actie voor veilige oversteek"),
    "cursus": ("Taalcursus", "Cursus energiebesparen", "Computercursus voor ouderen"),
    "spreekuur": ("Spreekuur wonen", "Inloopspreekuur", "Formulierenhulp"),
    "schoonmaak": ("Schoonmaakochtend", "Zwerfvuilprikken", "Geveltuintjesdag"),
    "sport_en_spel": ("Straatvoetbal", "Spelletjesmiddag", "Buurtwandeling"),
    "cultuur": ("Open podium", "Buurtfilm", "Verhalenavond"),
    "overig": ("Buurtontbijt", "Kennismakingskoffie", "Buurtlunch"),
}


DEELNEMERS = {
    "buurtfeest": (60, 250),
    "weggeefactie": (20, 80),
    "bewonersbijeenkomst": (12, 60),
    "markt": (40, 200),
    "actie": (10, 120),
    "cursus": (6, 20),
    "spreekuur": (5, 25),
    "schoonmaak": (8, 40),
    "sport_en_spel": (10, 50),
    "cultuur": (20, 90),
    "overig": (10, 60),
}
