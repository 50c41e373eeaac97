"""Home countries of news outlets and web domains, for the offices a domestic story leaves unsaid.

A national paper writes "Treasury Secretary X" or "Vice President Y" for its own country's officials;
the publisher's country is then the office's. Keys are outlet keys (``content.source_chain.normalise_outlet``:
lower-case letters and digits). International wire agencies are left out: they write for every country.
"""

from __future__ import annotations

OUTLET_COUNTRIES: dict[str, str] = {
    # United States
    "nyt": "USA", "nytimes": "USA", "newyorktimes": "USA", "washpost": "USA", "washingtonpost": "USA",
    "wapo": "USA", "usatoday": "USA", "huffpost": "USA", "politico": "USA", "breitbart": "USA",
    "westjournal": "USA", "westernjournal": "USA", "westernjournalism": "USA", "foxnews": "USA", "cnn": "USA",
    "nbcnews": "USA", "cbsnews": "USA", "abcnews": "USA", "npr": "USA", "msnbc": "USA", "wsj": "USA",
    "wallstreetjournal": "USA", "latimes": "USA", "thehill": "USA", "axios": "USA", "newsweek": "USA",
    "chicagotribune": "USA", "bostonglobe": "USA", "nypost": "USA", "newyorkpost": "USA", "espn": "USA",
    # United Kingdom
    "bbc": "GBR", "guardian": "GBR", "theguardian": "GBR", "telegraph": "GBR", "thetimes": "GBR",
    "independent": "GBR", "dailymail": "GBR", "skynews": "GBR", "ft": "GBR", "financialtimes": "GBR",
    # elsewhere
    "cbc": "CAN", "globeandmail": "CAN", "abcnetau": "AUS", "smh": "AUS", "timesofindia": "IND",
    "hindustantimes": "IND", "thehindu": "IND", "dawn": "PAK", "scmp": "HKG", "straitstimes": "SGP",
    "japantimes": "JPN", "koreaherald": "KOR", "haaretz": "ISR", "lemonde": "FRA", "lefigaro": "FRA",
    "spiegel": "DEU", "derspiegel": "DEU", "faz": "DEU", "elpais": "ESP", "corriere": "ITA",
}

# Second-level labels of a domain that belong to a government of one country ("whitehouse.gov").
GOVERNMENT_DOMAINS: dict[str, str] = {"gov": "USA", "mil": "USA"}
