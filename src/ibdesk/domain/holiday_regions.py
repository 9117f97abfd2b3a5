"""Which school-holiday region (noord, midden, zuid) a municipality belongs to.

Source: Rijksoverheid/OCW, "Regio-indeling schoolvakanties"
(https://www.rijksoverheid.nl/onderwerpen/schoolvakanties/regios-schoolvakantie), as it
stands for the Regeling vaststelling schoolvakanties 2025-2030 (Stcrt. 2024, 19237). Whole
provinces belong to one region, except the municipalities listed as exceptions. Names
follow the municipal map of 1 January 2025; lookup ignores case, accents of 'â' and
spacing. A municipality that is not in the table (or is ambiguous, like 'Bergen') gives
no region: the school then chooses its region itself, ibdesk never guesses.

A school may belong to another region than its municipality (OCW grants that on request);
an explicit holiday region in the school's settings or the machine policy always wins.
"""

from __future__ import annotations

import unicodedata

from ibdesk.i18n import tr, tr_marked

REGIONS = ("noord", "midden", "zuid")
REGION_LABELS = {"noord": "Noord", "midden": "Midden", "zuid": "Zuid"}
SOURCE = (
    "Rijksoverheid/OCW, Regio-indeling schoolvakanties (Regeling vaststelling schoolvakanties 2025-2030, "
    "Stcrt. 2024, 19237)"
)

# province -> (region of the province, its municipalities)
PROVINCES: dict[str, tuple[str, tuple[str, ...]]] = {
    "Groningen": (
        "noord",
        (
            "Eemsdelta",
            "Groningen",
            "Het Hogeland",
            "Midden-Groningen",
            "Oldambt",
            "Pekela",
            "Stadskanaal",
            "Veendam",
            "Westerkwartier",
            "Westerwolde",
        ),
    ),
    "Fryslân": (
        "noord",
        (
            "Achtkarspelen",
            "Ameland",
            "Dantumadiel",
            "De Fryske Marren",
            "Harlingen",
            "Heerenveen",
            "Leeuwarden",
            "Noardeast-Fryslân",
            "Ooststellingwerf",
            "Opsterland",
            "Schiermonnikoog",
            "Smallingerland",
            "Súdwest-Fryslân",
            "Terschelling",
            "Tytsjerksteradiel",
            "Vlieland",
            "Waadhoeke",
            "Weststellingwerf",
        ),
    ),
    "Drenthe": (
        "noord",
        (
            "Aa en Hunze",
            "Assen",
            "Borger-Odoorn",
            "Coevorden",
            "De Wolden",
            "Emmen",
            "Hoogeveen",
            "Meppel",
            "Midden-Drenthe",
            "Noordenveld",
            "Tynaarlo",
            "Westerveld",
        ),
    ),
    "Overijssel": (
        "noord",
        (
            "Almelo",
            "Borne",
            "Dalfsen",
            "Deventer",
            "Dinkelland",
            "Enschede",
            "Haaksbergen",
            "Hardenberg",
            "Hellendoorn",
            "Hengelo",
            "Hof van Twente",
            "Kampen",
            "Losser",
            "Oldenzaal",
            "Olst-Wijhe",
            "Ommen",
            "Raalte",
            "Rijssen-Holten",
            "Staphorst",
            "Steenwijkerland",
            "Tubbergen",
            "Twenterand",
            "Wierden",
            "Zwartewaterland",
            "Zwolle",
        ),
    ),
    "Flevoland": ("noord", ("Almere", "Dronten", "Lelystad", "Noordoostpolder", "Urk", "Zeewolde")),
    "Noord-Holland": (
        "noord",
        (
            "Aalsmeer",
            "Alkmaar",
            "Amstelveen",
            "Amsterdam",
            "Bergen (NH)",
            "Beverwijk",
            "Blaricum",
            "Bloemendaal",
            "Castricum",
            "Den Helder",
            "Diemen",
            "Dijk en Waard",
            "Drechterland",
            "Edam-Volendam",
            "Enkhuizen",
            "Gooise Meren",
            "Haarlem",
            "Haarlemmermeer",
            "Heemskerk",
            "Heemstede",
            "Heiloo",
            "Hilversum",
            "Hollands Kroon",
            "Hoorn",
            "Huizen",
            "Koggenland",
            "Landsmeer",
            "Laren",
            "Medemblik",
            "Oostzaan",
            "Opmeer",
            "Ouder-Amstel",
            "Purmerend",
            "Schagen",
            "Stede Broec",
            "Texel",
            "Uitgeest",
            "Uithoorn",
            "Velsen",
            "Waterland",
            "Wijdemeren",
            "Wormerland",
            "Zaanstad",
            "Zandvoort",
        ),
    ),
    "Utrecht": (
        "midden",
        (
            "Amersfoort",
            "Baarn",
            "Bunnik",
            "Bunschoten",
            "De Bilt",
            "De Ronde Venen",
            "Eemnes",
            "Houten",
            "IJsselstein",
            "Leusden",
            "Lopik",
            "Montfoort",
            "Nieuwegein",
            "Oudewater",
            "Renswoude",
            "Rhenen",
            "Soest",
            "Stichtse Vecht",
            "Utrecht",
            "Utrechtse Heuvelrug",
            "Veenendaal",
            "Vijfheerenlanden",
            "Wijk bij Duurstede",
            "Woerden",
            "Woudenberg",
            "Zeist",
        ),
    ),
    "Zuid-Holland": (
        "midden",
        (
            "Alblasserdam",
            "Albrandswaard",
            "Alphen aan den Rijn",
            "Barendrecht",
            "Bodegraven-Reeuwijk",
            "Capelle aan den IJssel",
            "Delft",
            "Dordrecht",
            "Goeree-Overflakkee",
            "Gorinchem",
            "Gouda",
            "'s-Gravenhage",
            "Hardinxveld-Giessendam",
            "Hendrik-Ido-Ambacht",
            "Hillegom",
            "Hoeksche Waard",
            "Kaag en Braassem",
            "Katwijk",
            "Krimpen aan den IJssel",
            "Krimpenerwaard",
            "Lansingerland",
            "Leiden",
            "Leiderdorp",
            "Leidschendam-Voorburg",
            "Lisse",
            "Maassluis",
            "Midden-Delfland",
            "Molenlanden",
            "Nieuwkoop",
            "Nissewaard",
            "Noordwijk",
            "Oegstgeest",
            "Papendrecht",
            "Pijnacker-Nootdorp",
            "Ridderkerk",
            "Rijswijk",
            "Rotterdam",
            "Schiedam",
            "Sliedrecht",
            "Teylingen",
            "Vlaardingen",
            "Voorne aan Zee",
            "Voorschoten",
            "Waddinxveen",
            "Wassenaar",
            "Westland",
            "Zoetermeer",
            "Zoeterwoude",
            "Zuidplas",
            "Zwijndrecht",
        ),
    ),
    "Gelderland": (
        "midden",
        (
            "Aalten",
            "Apeldoorn",
            "Arnhem",
            "Barneveld",
            "Berg en Dal",
            "Berkelland",
            "Beuningen",
            "Bronckhorst",
            "Brummen",
            "Buren",
            "Culemborg",
            "Doesburg",
            "Doetinchem",
            "Druten",
            "Duiven",
            "Ede",
            "Elburg",
            "Epe",
            "Ermelo",
            "Harderwijk",
            "Hattem",
            "Heerde",
            "Heumen",
            "Lingewaard",
            "Lochem",
            "Maasdriel",
            "Montferland",
            "Neder-Betuwe",
            "Nijkerk",
            "Nijmegen",
            "Nunspeet",
            "Oldebroek",
            "Oost Gelre",
            "Oude IJsselstreek",
            "Overbetuwe",
            "Putten",
            "Renkum",
            "Rheden",
            "Rozendaal",
            "Scherpenzeel",
            "Tiel",
            "Voorst",
            "Wageningen",
            "West Betuwe",
            "West Maas en Waal",
            "Westervoort",
            "Wijchen",
            "Winterswijk",
            "Zaltbommel",
            "Zevenaar",
            "Zutphen",
        ),
    ),
    "Zeeland": (
        "zuid",
        (
            "Borsele",
            "Goes",
            "Hulst",
            "Kapelle",
            "Middelburg",
            "Noord-Beveland",
            "Reimerswaal",
            "Schouwen-Duiveland",
            "Sluis",
            "Terneuzen",
            "Tholen",
            "Veere",
            "Vlissingen",
        ),
    ),
    "Noord-Brabant": (
        "zuid",
        (
            "Alphen-Chaam",
            "Altena",
            "Asten",
            "Baarle-Nassau",
            "Bergeijk",
            "Bergen op Zoom",
            "Bernheze",
            "Best",
            "Bladel",
            "Boekel",
            "Boxtel",
            "Breda",
            "Cranendonck",
            "Deurne",
            "Dongen",
            "Drimmelen",
            "Eersel",
            "Eindhoven",
            "Etten-Leur",
            "Geertruidenberg",
            "Geldrop-Mierlo",
            "Gemert-Bakel",
            "Gilze en Rijen",
            "Goirle",
            "Halderberge",
            "Heeze-Leende",
            "Helmond",
            "'s-Hertogenbosch",
            "Heusden",
            "Hilvarenbeek",
            "Laarbeek",
            "Land van Cuijk",
            "Loon op Zand",
            "Maashorst",
            "Meierijstad",
            "Moerdijk",
            "Nuenen, Gerwen en Nederwetten",
            "Oirschot",
            "Oisterwijk",
            "Oosterhout",
            "Oss",
            "Reusel-De Mierden",
            "Roosendaal",
            "Rucphen",
            "Sint-Michielsgestel",
            "Someren",
            "Son en Breugel",
            "Steenbergen",
            "Tilburg",
            "Valkenswaard",
            "Veldhoven",
            "Vught",
            "Waalre",
            "Waalwijk",
            "Woensdrecht",
            "Zundert",
        ),
    ),
    "Limburg": (
        "zuid",
        (
            "Beek",
            "Beekdaelen",
            "Beesel",
            "Bergen (L)",
            "Brunssum",
            "Echt-Susteren",
            "Eijsden-Margraten",
            "Gennep",
            "Gulpen-Wittem",
            "Heerlen",
            "Horst aan de Maas",
            "Kerkrade",
            "Landgraaf",
            "Leudal",
            "Maasgouw",
            "Maastricht",
            "Meerssen",
            "Mook en Middelaar",
            "Nederweert",
            "Peel en Maas",
            "Roerdalen",
            "Roermond",
            "Simpelveld",
            "Sittard-Geleen",
            "Stein",
            "Vaals",
            "Valkenburg aan de Geul",
            "Venlo",
            "Venray",
            "Voerendaal",
            "Weert",
        ),
    ),
}

# Municipalities in another region than their province (same source).
EXCEPTIONS: dict[str, str] = {
    "Hattem": "noord",  # Gelderland
    "Eemnes": "noord",  # Utrecht
    "Zeewolde": "midden",  # Flevoland
    "Altena": "midden",  # Noord-Brabant
    # Gelderland's southern part, around Arnhem and Nijmegen, is regio zuid.
    **dict.fromkeys(
        (
            "Arnhem",
            "Berg en Dal",
            "Beuningen",
            "Doesburg",
            "Druten",
            "Duiven",
            "Heumen",
            "Lingewaard",
            "Maasdriel",
            "Montferland",
            "Nijmegen",
            "Overbetuwe",
            "Renkum",
            "Rheden",
            "Rozendaal",
            "West Maas en Waal",
            "Westervoort",
            "Wijchen",
            "Zaltbommel",
            "Zevenaar",
        ),
        "zuid",
    ),
}

# Other spellings people type for the same municipality.
ALIASES = {
    "den haag": "'s-Gravenhage",
    "s-gravenhage": "'s-Gravenhage",
    "den bosch": "'s-Hertogenbosch",
    "s-hertogenbosch": "'s-Hertogenbosch",
    "nuenen": "Nuenen, Gerwen en Nederwetten",
    "nuenen c.a.": "Nuenen, Gerwen en Nederwetten",
    "noardeast-fryslan": "Noardeast-Fryslân",
    "sudwest-fryslan": "Súdwest-Fryslân",
    "sudwest fryslan": "Súdwest-Fryslân",
}


def _key(name: str) -> str:
    """Case-insensitive, accent-insensitive, single-spaced."""
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return " ".join(plain.casefold().split())


def _table() -> dict[str, tuple[str, str]]:
    table = {}
    for region, names in PROVINCES.values():
        for name in names:
            table[_key(name)] = (name, EXCEPTIONS.get(name, region))
    return table


MUNICIPALITIES = _table()


def region_for_municipality(name: str | None) -> str | None:
    """'Renkum' -> 'zuid'; None for an unknown or ambiguous name ('Bergen' is in two provinces)."""
    if not name or not name.strip():
        return None
    key = _key(name)
    key = _key(ALIASES.get(key, name)) if key in ALIASES else key
    found = MUNICIPALITIES.get(key)
    return found[1] if found else None


def check_region(value: str | None, where: str = "") -> str | None:
    """A holiday region as stored: noord, midden or zuid (or None); anything else is refused.
    `where` names the setting in the message (a `mark`ed label, or a policy key and file)."""
    if value is None or not str(value).strip():
        return None
    region = str(value).strip().casefold()
    if region not in REGIONS:
        raise ValueError(
            tr(
                "'{value}' is geen vakantieregio. Nederland kent drie regio's voor de schoolvakanties: "
                "noord, midden en zuid ({where}).",
                value=value,
                where=tr_marked(where) if where else tr("vakantieregio"),
            )
        )
    return region
