"""Named bodies of one state that news names without its country: parliaments, seats of government,
security services, forces, parties and armed movements ("the Bundestag", "Hamas", "the Kuomintang").

General knowledge, by kind: a reader knows that the Sejm is Poland's parliament and Boko Haram a Nigerian
movement, as the event coders' actor dictionaries do (CAMEO codes a body by the state it belongs to or
fights in). Only names one state's body bears: names several states give their bodies ("Congress", "the
National Assembly", "the Labour Party", "the Baath Party", "Justice and Development Party") and movements
across states ("al-Qaeda") are left out, as are names that are common words and acronyms other bodies share
("PRI", "CSU", "NPA"), and names other states' bodies bear too ("Muslim Brotherhood", "Tories", "KGB",
"National Security Agency", "Islamic Jihad", "Peshmerga", "ELN", "Guardia Civil", "Democratic Unionist Party",
"Ennahda"). A name is matched whole, without "the", dots and
apostrophes, case-insensitively (:func:`national_body_country`); ``known`` reads it with the WordNet
lexicon (rule "a known group").
"""

from __future__ import annotations

import re
from functools import cache

# ISO3 -> names. Codes are ISO 3166-1 alpha-3 (PSE for Palestinian bodies, as PLOVER/CAMEO code them).
_BY_COUNTRY: dict[str, tuple[str, ...]] = {
    # parliaments and their chambers
    "DEU": ("Bundestag", "Bundeswehr", "Bundesbank", "Stasi", "CDU", "SPD", "Christian Democratic Union of Germany",
            "Social Democratic Party of Germany", "Alternative for Germany", "AfD"),
    "RUS": ("Duma", "State Duma", "Kremlin", "FSB", "GRU", "United Russia"),
    "POL": ("Sejm", "Solidarnosc", "Law and Justice", "Civic Platform"),
    "UKR": ("Verkhovna Rada", "Rada", "SBU"),
    "NOR": ("Storting", "Stortinget"),
    "SWE": ("Riksdag",),
    "DNK": ("Folketing", "Folketinget"),
    "FIN": ("Eduskunta",),
    "ISL": ("Althing", "Althingi"),
    "IRL": ("Dail", "Dáil", "Dail Eireann", "Dáil Éireann", "Oireachtas", "Garda", "Gardai", "Garda Siochana",
            "Fianna Fail", "Fianna Fáil", "Fine Gael"),
    "IND": ("Lok Sabha", "Rajya Sabha", "Bharatiya Janata Party", "BJP", "Indian National Congress",
            "Research and Analysis Wing"),
    "LVA": ("Saeima",),
    "LTU": ("Seimas",),
    "EST": ("Riigikogu",),
    "HRV": ("Sabor",),
    "CHN": ("National People's Congress", "Zhongnanhai"),
    "PRK": ("Supreme People's Assembly", "Workers' Party of Korea", "Korean People's Army"),
    "KOR": ("Blue House",),
    "BGD": ("Jatiya Sangsad", "Awami League"),
    # seats of government and services named for the state
    "USA": ("White House", "Pentagon", "State Department", "Capitol Hill", "Foggy Bottom", "CIA", "FBI",
            "Central Intelligence Agency", "Federal Bureau of Investigation",
            "Joint Chiefs of Staff", "Democratic National Committee",
            "Republican National Committee", "GOP"),
    "GBR": ("Downing Street", "Scotland Yard", "MI5", "MI6", "Secret Intelligence Service", "Holyrood",
            "Stormont", "Ulster Unionist Party",
            "Ulster Unionists", "Ulster Defence Association", "Ulster Volunteer Force"),
    "FRA": ("Elysee", "Élysée", "Elysee Palace", "Élysée Palace", "Matignon"),
    "ARG": ("Casa Rosada", "Peronists"),
    "ITA": ("Carabinieri", "Quirinale", "Palazzo Chigi"),
    "ESP": ("Moncloa", "ETA"),
    "CAN": ("RCMP", "Royal Canadian Mounted Police", "Mounties"),
    "ISR": ("Shin Bet", "Shabak", "IDF", "Likud", "Kadima", "Shas"),
    "IRN": ("Revolutionary Guards", "Revolutionary Guard", "Islamic Revolutionary Guard Corps", "IRGC",
            "Basij", "Quds Force", "SAVAK"),
    "MMR": ("Tatmadaw",),
    "ROU": ("Securitate",),
    # parties and armed movements of one state
    "PSE": ("Hamas", "PLO", "Al-Aqsa Martyrs Brigades", "Al Aqsa Martyrs Brigades",
            "Palestinian Authority"),
    "LBN": ("Hizbollah", "Amal Movement"),
    "AFG": ("Taliban", "Northern Alliance", "Hezb-e-Islami"),
    "PAK": ("Tehrik-i-Taliban Pakistan", "Tehrik-e-Taliban"),
    "SOM": ("al-Shabaab", "al-Shabab", "Shabaab"),
    "NGA": ("Boko Haram",),
    "IRQ": ("Mahdi Army", "Badr Brigade", "Badr Organization", "Hashd al-Shaabi",
            "Popular Mobilization Forces"),
    "SYR": ("Free Syrian Army", "Shabiha", "YPG"),
    "YEM": ("Houthis", "Houthi", "Huthis", "Huthi", "Ansar Allah"),
    "SDN": ("Janjaweed", "Rapid Support Forces"),
    "TUR": ("PKK", "AKP"),
    "PER": ("Shining Path",),
    "MEX": ("Zapatistas", "EZLN", "Institutional Revolutionary Party"),
    "COL": ("National Liberation Army of Colombia", "M-19"),
    "NIC": ("Sandinistas", "FSLN", "Sandinista National Liberation Front"),
    "SLV": ("FMLN", "Farabundo Marti National Liberation Front"),
    "AGO": ("UNITA", "MPLA", "National Union for the Total Independence of Angola"),
    "MOZ": ("FRELIMO", "Frelimo", "RENAMO", "Renamo"),
    "NAM": ("SWAPO",),
    "ZWE": ("ZANU-PF", "Zanu-PF", "Zanu PF"),
    "ZAF": ("ANC", "African National Congress", "Inkatha", "Inkatha Freedom Party"),
    "SLE": ("Revolutionary United Front",),
    "RWA": ("Rwandan Patriotic Front", "RPF"),
    "COD": ("M23",),
    "TWN": ("Kuomintang", "KMT"),
    "VNM": ("Viet Cong", "Vietcong", "Viet Minh"),
    "LAO": ("Pathet Lao",),
    "PHL": ("New People's Army", "MILF"),
    "TUN": ("Nidaa Tounes",),
    "LKA": ("JVP",),
}
NATIONAL_BODIES: dict[str, str] = {name: iso for iso, names in _BY_COUNTRY.items() for name in names}
_DROP = re.compile(r"['’.]")
_LEADING_THE = re.compile(r"^the\s+", re.IGNORECASE)


def body_key(name: str) -> str:
    """A name as the list matches it: no leading "the", dots or apostrophes, lower case, single spaces."""
    return " ".join(_DROP.sub("", _LEADING_THE.sub("", name.strip())).lower().split())


@cache
def _table() -> dict[str, str]:
    return {body_key(name): iso for name, iso in NATIONAL_BODIES.items()}


def national_body_country(name: str) -> str | None:
    """ISO3 of the state whose body ``name`` is, or None when the list does not hold it."""
    return national_body_by_key(body_key(name))


def national_body_by_key(key: str) -> str | None:
    """``national_body_country`` for a name already normalised by ``body_key``."""
    return _table().get(key)
