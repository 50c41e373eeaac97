"""US military installations and famous venues, and the town each lies at ("Fort Hood" -> Killeen, Texas).

News names a post, a base or an academy as where soldiers train, deploy from and graduate, and an
arena, a hall or a stadium as where a rally, a concert or a game is, and a reader places each at its
town (:data:`US_VENUES`: arenas, stadiums, halls and monuments that national news names without their
city). The names are those in use and the ones they replaced (posts renamed
in 2023 keep both); a town of the same name elsewhere ("West Point, Mississippi") is not the
academy, and a name written with another state after it ("Fort Bragg, Calif.") is the town there,
not the post (:func:`installation`).
"""

from __future__ import annotations

from functools import cache

# (names, town, state postal code): service academies and colleges, Army posts, Air Force bases, Navy and
# Marine Corps bases.
INSTALLATIONS: tuple[tuple[tuple[str, ...], str, str], ...] = (
    (("West Point", "United States Military Academy", "U.S. Military Academy"), "West Point", "NY"),
    (("Naval Academy", "U.S. Naval Academy", "United States Naval Academy"), "Annapolis", "MD"),
    (("Air Force Academy", "U.S. Air Force Academy", "United States Air Force Academy"), "Colorado Springs", "CO"),
    (("Coast Guard Academy", "U.S. Coast Guard Academy", "United States Coast Guard Academy"), "New London", "CT"),
    (("Merchant Marine Academy", "U.S. Merchant Marine Academy", "United States Merchant Marine Academy"),
     "Kings Point", "NY"),
    (("Virginia Military Institute",), "Lexington", "VA"),
    (("Naval War College", "U.S. Naval War College"), "Newport", "RI"),
    (("Army War College", "U.S. Army War College"), "Carlisle", "PA"),
    (("Fort Hood", "Fort Cavazos"), "Killeen", "TX"),
    (("Fort Bragg", "Fort Liberty"), "Fayetteville", "NC"),
    (("Fort Benning", "Fort Moore"), "Columbus", "GA"),
    (("Fort Knox",), "Radcliff", "KY"),
    (("Fort Campbell",), "Hopkinsville", "KY"),
    (("Fort Drum",), "Watertown", "NY"),
    (("Fort Sill",), "Lawton", "OK"),
    (("Fort Riley",), "Junction City", "KS"),
    (("Fort Carson",), "Colorado Springs", "CO"),
    (("Fort Gordon", "Fort Eisenhower"), "Augusta", "GA"),
    (("Fort Jackson",), "Columbia", "SC"),
    (("Fort Stewart",), "Hinesville", "GA"),
    (("Fort Polk", "Fort Johnson"), "Leesville", "LA"),
    (("Fort Leonard Wood",), "Waynesville", "MO"),
    (("Fort Bliss",), "El Paso", "TX"),
    (("Fort Huachuca",), "Sierra Vista", "AZ"),
    (("Fort Lewis", "Joint Base Lewis-McChord"), "Lakewood", "WA"),
    (("Fort Wainwright",), "Fairbanks", "AK"),
    (("Fort Rucker", "Fort Novosel"), "Enterprise", "AL"),
    (("Fort Belvoir",), "Alexandria", "VA"),
    (("Fort Detrick",), "Frederick", "MD"),
    (("Fort McNair",), "Washington", "DC"),
    (("Fort Myer",), "Arlington", "VA"),
    (("Fort Irwin",), "Barstow", "CA"),
    (("Fort Eustis",), "Newport News", "VA"),
    (("Fort Leavenworth",), "Leavenworth", "KS"),
    (("Fort Sam Houston",), "San Antonio", "TX"),
    (("Fort Dix",), "Browns Mills", "NJ"),
    (("Fort Greely",), "Delta Junction", "AK"),
    (("Andrews Air Force Base", "Joint Base Andrews"), "Camp Springs", "MD"),
    (("Wright-Patterson Air Force Base",), "Fairborn", "OH"),
    (("Lackland Air Force Base",), "San Antonio", "TX"),
    (("Nellis Air Force Base",), "Las Vegas", "NV"),
    (("Edwards Air Force Base",), "Lancaster", "CA"),
    (("Langley Air Force Base",), "Hampton", "VA"),
    (("Offutt Air Force Base",), "Bellevue", "NE"),
    (("Travis Air Force Base",), "Fairfield", "CA"),
    (("Eglin Air Force Base",), "Fort Walton Beach", "FL"),
    (("MacDill Air Force Base",), "Tampa", "FL"),
    (("Vandenberg Air Force Base",), "Lompoc", "CA"),
    (("Scott Air Force Base",), "Belleville", "IL"),
    (("Barksdale Air Force Base",), "Bossier City", "LA"),
    (("Minot Air Force Base",), "Minot", "ND"),
    (("Whiteman Air Force Base",), "Warrensburg", "MO"),
    (("Peterson Air Force Base",), "Colorado Springs", "CO"),
    (("Dover Air Force Base",), "Dover", "DE"),
    (("Camp Lejeune",), "Jacksonville", "NC"),
    (("Camp Pendleton",), "Oceanside", "CA"),
    (("Parris Island",), "Beaufort", "SC"),
    (("Pearl Harbor",), "Honolulu", "HI"),
    (("Naval Station Norfolk",), "Norfolk", "VA"),
    (("Naval Air Station Pensacola",), "Pensacola", "FL"),
    (("Naval Station Great Lakes",), "North Chicago", "IL"),
    (("Naval Base San Diego",), "San Diego", "CA"),
    (("Walter Reed", "Walter Reed National Military Medical Center"), "Bethesda", "MD"),
)

# (names, town, state postal code): venues and monuments known across the country by their own name.
US_VENUES: tuple[tuple[tuple[str, ...], str, str], ...] = (
    (("Madison Square Garden", "Carnegie Hall", "Empire State Building", "Rockefeller Center",
      "Yankee Stadium", "Citi Field", "Radio City Music Hall", "Statue of Liberty",
      "Brooklyn Bridge", "Grand Central Terminal", "Barclays Center", "Apollo Theater"), "New York City", "NY"),
    (("Golden Gate Bridge", "Alcatraz"), "San Francisco", "CA"),
    (("Fenway Park", "Faneuil Hall", "TD Garden"), "Boston", "MA"),
    (("Wrigley Field", "Soldier Field", "Navy Pier", "United Center", "McCormick Place"), "Chicago", "IL"),
    (("Gateway Arch",), "St. Louis", "MO"),
    (("Space Needle", "Pike Place Market"), "Seattle", "WA"),
    (("French Quarter", "Superdome", "Mercedes-Benz Superdome"), "New Orleans", "LA"),
    (("Graceland",), "Memphis", "TN"),
    (("Grand Ole Opry", "Ryman Auditorium"), "Nashville", "TN"),
    (("Hollywood Bowl", "Dodger Stadium", "Staples Center", "Griffith Observatory"), "Los Angeles", "CA"),
    (("Rose Bowl",), "Pasadena", "CA"),
    (("Las Vegas Strip", "Caesars Palace"), "Las Vegas", "NV"),
    (("Liberty Bell", "Independence Hall"), "Philadelphia", "PA"),
    (("Washington Monument", "Ford's Theatre"), "Washington", "DC"),
    (("Arlington National Cemetery",), "Arlington", "VA"),
    (("Lambeau Field",), "Green Bay", "WI"),
    (("Churchill Downs",), "Louisville", "KY"),
    (("Mall of America",), "Bloomington", "MN"),
    (("Walt Disney World",), "Orlando", "FL"),
    (("Astrodome", "NRG Stadium"), "Houston", "TX"),
    (("MetLife Stadium",), "East Rutherford", "NJ"),
)


@cache
def _table() -> dict[str, tuple[str, str]]:
    """Each installation's and venue's name, case-folded, with its (town, state postal code)."""
    return {name.casefold(): (town, state) for names, town, state in (*INSTALLATIONS, *US_VENUES) for name in names}


def installation(name: str, written_state: str | None = None) -> tuple[str, str] | None:
    """The (town, state postal code) of the installation or venue called ``name``; None when the text writes
    another state right after the name (``written_state``: "Fort Bragg, Calif." is the town in California)."""
    words = name.split()
    found = _table().get(" ".join(words[1:] if words[:1] in (["the"], ["The"]) else words).casefold())
    if found is None or written_state is not None and written_state != found[1]:
        return None
    return found
