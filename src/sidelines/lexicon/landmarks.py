"""Landmarks and seats of government, and the city each stands in ("the Oval Office" -> Washington).

A seat of government the country lexicon knows ("the Kremlin") stands in its country's capital
unless :data:`SEAT_CITIES` says otherwise; other named buildings, squares and residences that
news writes as places are listed in :data:`LANDMARKS`. A name resolves to the city's point,
never to a namesake of the city (the White House is not in Washington state). US military academies and
installations (:mod:`.installations`) stand at their town in their state.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache

from sidelines.lexicon.countries import country_by_code, country_by_seat, normalize
from sidelines.lexicon.installations import installation


@dataclass(frozen=True, slots=True)
class Landmark:
    """Where a landmark stands: its city (as the gazetteer names it), country and, where known, state (a US
    postal code); ``seat`` for a government."""

    city: str
    iso3: str
    seat: bool
    admin1: str | None = None


# Seats of government outside their country's capital as the lexicon names it.
SEAT_CITIES: dict[str, str] = {"binnenhof": "The Hague", "holy see": "Vatican City"}

# Named places that are not a country's seat of government but stand for a city in news:
# (name, city, ISO3). Buildings of state, ministries known by their address, squares, residences.
LANDMARKS: tuple[tuple[str, str, str], ...] = (
    ("Capitol", "Washington", "USA"), ("U.S. Capitol", "Washington", "USA"), ("Lincoln Memorial", "Washington", "USA"),
    ("National Mall", "Washington", "USA"), ("Rose Garden", "Washington", "USA"),
    ("Situation Room", "Washington", "USA"), ("West Wing", "Washington", "USA"),
    ("Eisenhower Executive Office Building", "Washington", "USA"), ("Justice Department", "Washington", "USA"),
    ("Treasury Department", "Washington", "USA"), ("Camp David", "Thurmont", "USA"),
    ("Mar-a-Lago", "Palm Beach", "USA"), ("Wall Street", "New York City", "USA"),
    ("Times Square", "New York City", "USA"), ("Ground Zero", "New York City", "USA"),
    ("Red Square", "Moscow", "RUS"), ("Lubyanka", "Moscow", "RUS"), ("Smolenskaya Square", "Moscow", "RUS"),
    ("Smolny", "Saint Petersburg", "RUS"), ("Tiananmen Square", "Beijing", "CHN"),
    ("Tiananmen", "Beijing", "CHN"), ("Forbidden City", "Beijing", "CHN"), ("Buckingham Palace", "London", "GBR"),
    ("Trafalgar Square", "London", "GBR"), ("Scotland Yard", "London", "GBR"), ("Bundestag", "Berlin", "DEU"),
    ("Reichstag", "Berlin", "DEU"), ("Brandenburg Gate", "Berlin", "DEU"), ("Maidan", "Kyiv", "UKR"),
    ("Independence Square", "Kyiv", "UKR"), ("Tahrir Square", "Cairo", "EGY"), ("Taksim Square", "Istanbul", "TUR"),
    ("Dolmabahce Palace", "Istanbul", "TUR"), ("Vatican", "Vatican City", "VAT"),
    ("St. Peter's Square", "Vatican City", "VAT"), ("Green Zone", "Baghdad", "IRQ"),
    ("Temple Mount", "Jerusalem", "ISR"), ("Western Wall", "Jerusalem", "ISR"), ("Al-Aqsa", "Jerusalem", "ISR"),
    ("Palais des Nations", "Geneva", "CHE"), ("Berlaymont", "Brussels", "BEL"), ("Hofburg", "Vienna", "AUT"),
    ("Yasukuni Shrine", "Tokyo", "JPN"),
    ("Ark Saray", "Tashkent", "UZB"), ("Bellevue Palace", "Berlin", "DEU"),
    # Monuments, towers, churches and stadiums known worldwide by their own name.
    ("Eiffel Tower", "Paris", "FRA"), ("Louvre", "Paris", "FRA"), ("Champs-Elysees", "Paris", "FRA"),
    ("Champs-Élysées", "Paris", "FRA"), ("Arc de Triomphe", "Paris", "FRA"), ("Stade de France", "Paris", "FRA"),
    ("Big Ben", "London", "GBR"), ("Westminster Abbey", "London", "GBR"), ("Tower Bridge", "London", "GBR"),
    ("St Paul's Cathedral", "London", "GBR"), ("Colosseum", "Rome", "ITA"), ("Sistine Chapel", "Vatican City", "VAT"),
    ("Acropolis", "Athens", "GRC"), ("Parthenon", "Athens", "GRC"), ("Taj Mahal", "Agra", "IND"),
    ("Burj Khalifa", "Dubai", "ARE"), ("Pyramids of Giza", "Giza", "EGY"),
    ("Christ the Redeemer", "Rio de Janeiro", "BRA"), ("Maracana", "Rio de Janeiro", "BRA"),
    ("Maracanã", "Rio de Janeiro", "BRA"), ("Sagrada Familia", "Barcelona", "ESP"), ("Camp Nou", "Barcelona", "ESP"),
    ("Santiago Bernabeu", "Madrid", "ESP"), ("Santiago Bernabéu", "Madrid", "ESP"),
    ("Hagia Sophia", "Istanbul", "TUR"), ("Dome of the Rock", "Jerusalem", "ISR"),
    ("Church of the Holy Sepulchre", "Jerusalem", "ISR"), ("Church of the Nativity", "Bethlehem", "PSE"),
    ("Kaaba", "Mecca", "SAU"), ("Angkor Wat", "Siem Reap", "KHM"), ("Petronas Towers", "Kuala Lumpur", "MYS"),
    ("Shwedagon Pagoda", "Yangon", "MMR"), ("Bolshoi Theatre", "Moscow", "RUS"),
    ("Old Trafford", "Manchester", "GBR"), ("Anfield", "Liverpool", "GBR"), ("Allianz Arena", "Munich", "DEU"),
)


@cache
def _table() -> dict[str, tuple[str, str]]:
    return {normalize(name): (city, iso3) for name, city, iso3 in LANDMARKS}


@lru_cache(maxsize=65_536)  # a pure function of its strings, asked of the same names again and again
def landmark(text: str, written_state: str | None = None) -> Landmark | None:
    """Where the landmark, seat of government or US installation called ``text`` stands, else None.

    ``written_state``: the US state written right after the name, which an installation must lie in.
    """
    seat = country_by_seat(text)
    key = normalize(text)
    if seat is not None:
        city = SEAT_CITIES.get(key) or seat.capital
        return Landmark(city, seat.iso3, True) if city else None
    found = _table().get(key)
    if found is None:
        post = installation(text, written_state)
        return Landmark(post[0], "USA", False, post[1]) if post else None
    country = country_by_code(found[1])
    return Landmark(found[0], country.iso3 if country else found[1], False)
