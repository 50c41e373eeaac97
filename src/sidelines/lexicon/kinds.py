"""Nouns that name a place or an organisation by its kind ("the country", "the company").

The coreference of :mod:`sidelines.extractors.entities.coref` joins such a nominal to the latest fitting
place or organisation; quotes read a name before an organisation noun as that organisation.
"""

from __future__ import annotations

# Nominals for places and organisations ("the country", "the company") and the clusters they fit.
KIND_NOMINALS: dict[str, str] = {
    "country": "country",
    "nation": "country",
    # States named by their form ("the kingdom said", "the Himalayan kingdom"), as wire copy names them again.
    "kingdom": "country",
    "republic": "country",
    "emirate": "country",
    "sultanate": "country",
    "principality": "country",
    "city": "city",
    "capital": "city",
    "town": "city",
    "province": "city",
    "region": "region",
    "island": "region",
    "company": "org",
    "firm": "org",
    "organization": "org",
    "organisation": "org",
    "group": "org",
    "agency": "org",
    "team": "org",
    "club": "org",
    "band": "org",
    "university": "org",
    "party": "org",
    "ministry": "org",
    "alliance": "org",
    "bloc": "org",
    "airline": "org",
    "bank": "org",
}


# Last words of the names of prizes and honours, which the tagger takes for organisations ("the X Award"): a
# prize is given, it does not act.
AWARD_WORDS = frozenset({"award", "awards", "prize", "prizes", "medal", "trophy", "laureate"})
