"""Settings of the places extractor, read from the ``[extractors.places]`` table of the settings."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict

from sidelines.extractors.base import ExtractorConfig


class FeaturePrior(BaseModel):
    """Prior score of a gazetteer entry by its feature kind (GeoNames codes)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    CONT: float = 11.0  # continent
    RGN: float = 10.0  # region
    PCLI: float = 10.5  # country
    ADM1: float = 8.5  # state, province
    ADM2: float = 5.0  # county
    PPLC: float = 2.0  # capital
    PPL: float = 0.0  # city, town


class PlacesConfig(ExtractorConfig):
    """Thresholds of recognition and weights of resolution of the places extractor (see default_settings.toml)."""

    # -- recognition
    # Longest name, in tokens, the gazetteer scan tries.
    max_name_tokens: int = 4
    # Smallest population for a city the NER did not tag to be read as a place.
    min_untagged_city_population: int = 100_000
    # Keep one-word location entities the gazetteer does not know (mostly mislabelled surnames).
    keep_unknown_single_words: bool = False
    # A one-word location entity that is the surname of a person the article names ("Preston said")
    # is no place, unless a civic noun follows ("Preston police") or it names a country or state.
    surnames_block_tagged: bool = True
    # Read the people of a state, province, region or big city as a demonym ("Ohioans", "Ontarians").
    derived_demonyms: bool = True
    # Smallest population of a town read inside a longer unknown location name.
    min_inner_population: int = 1_000
    # Proximity weight that lets an untagged small town in without a named state or country.
    pending_proximity: float = 0.5
    # Read capitalised words before "Street", "Avenue", "Road"... as a street the NER missed.
    streets: bool = True
    # -- resolution
    # Prior score of each feature kind.
    feature_prior: FeaturePrior = FeaturePrior()
    # Weight of log10(population) in a town's score.
    population_weight: float = 1.0
    # Penalty for a candidate found only under one of its alternate names.
    alias_penalty: float = 1.5
    # Further penalty for such a candidate when a town, state or country bears the name as its own
    # ("Springfield" is a Springfield before it is Springfield Gardens, "Mexico" the country before
    # Mexico City, "Des Moines" the city before its county).
    shadowed_alias_penalty: float = 2.0
    # Bonus for a national capital the country lexicon knows (Washington, Moscow) over namesakes.
    national_capital_bonus: float = 1.0
    # Bonus per other place name (weighted by how unambiguous it is) with a candidate within about
    # one grid cell; at most proximity_cap of them count. Only towns, counties and states take part.
    proximity_bonus: float = 2.0
    proximity_cap: float = 2.0
    # A name with n local candidates weighs 1 / n ** this exponent in the proximity test.
    proximity_ambiguity_exponent: float = 1.0
    # Weight of each namesake in the first round's proximity grid and in the area votes:
    # (population + 1000) ** this exponent, normalised over the name's namesakes; 0 weighs them
    # alike (1 / n ** proximity_ambiguity_exponent in the grid, 1 / areas in the votes).
    prior_share_exponent: float = 1.0
    # After the first round, measure proximity to the other mentions' current choices only.
    proximity_from_choices: bool = True
    # From the second round on, move a name's point in the grid as soon as its choice changes, so
    # that the names of one article settle together instead of swapping places between rounds.
    sequential_updates: bool = True
    # Grid cell size in degrees for the proximity test.
    grid_degrees: float = 1.0
    # A name the gazetteer cannot place takes the point of the nearest resolved town (else state) in
    # the text; a small town qualified by a state or country it has no namesake in takes that area's.
    borrow_points: bool = True
    # A small town farther than this from every other local name of a story whose local names
    # cluster is a place the gazetteer lacks: it takes the nearest clustered name's point (0: off;
    # default_settings.toml gives the trade-off measured at 500).
    stray_km: float = 0.0
    # A small town with no namesake in the counties (or the one state) a local story names, nor near its
    # other places, is that area's town the gazetteer lacks: it takes the county's point, or that of the
    # story's nearest town in the state (fallback._county_strays).
    county_strays: bool = True
    # A name before "in" and a town ("a park near X in Y") keeps only its readings near that town (inside.py).
    inside_towns: bool = True
    # Names whose most populous reading is a town of at least this many people ("Detroit", "Portland"):
    # such a name read as its big city lends no local context (state, proximity, area vote) to the
    # small namesakes another such name has in the same country (0: off).
    anchor_population: int = 500_000
    # Rounds of re-resolution with the context of the other mentions' choices.
    context_rounds: int = 3
    # Bonus for a candidate in a country the article names; in a US state it names; for "City, ST";
    # in the country most of the article's names point to.
    country_context_bonus: float = 2.5
    state_context_bonus: float = 1.5
    # Whether a town's state counts as a state the article names (else only named states and counties).
    towns_name_states: bool = True
    adjacent_state_bonus: float = 6.0
    # A qualifier ("Elizabethtown, Pennsylvania") rules out the name's namesakes elsewhere, in all
    # its mentions in the article (resolve.qualified_pools).
    qualifier_rules: bool = True
    qualifier_spreads: bool = True
    # A state or country written around a name qualifies it too: before it ("the Texas town of Paris",
    # "the Swiss city of Geneva") or in an appositive after it ("Victoria, the capital of British Columbia").
    written_qualifiers: bool = True
    dominant_country_bonus: float = 1.5
    # Article home-area vote: each distinct local name (town or county) spreads one vote over the
    # admin-1 units (US states, provinces) where it has a namesake, and a named state or a "Town, ST"
    # qualifier casts area_mention_vote for its own. A candidate gains area_vote_bonus per vote its
    # unit gets from the other names, up to area_vote_cap votes.
    area_vote_bonus: float = 1.0
    # Bonus for a candidate in the country the entities layer gives the same name ("Geneva" -> CHE).
    entity_country_bonus: float = 1.0
    # The dateline's place sets the article's dominant country.
    dateline_home: bool = True
    # The dateline's place is read as a town when it has a town reading ("NEW YORK (Reuters)").
    dateline_towns: bool = True
    area_vote_cap: float = 3.0
    # Bonus for a town when another name of the article reads as its county, and for a county when
    # another name reads as a town in it, per such name up to containment_cap names.
    containment_bonus: float = 3.0
    containment_cap: float = 1.0
    # Bonus for a reading of the level (country, state, county, town) that all the other names of
    # its list read as ("California, Washington and Utah"), when the list has list_min_peers others.
    list_level_bonus: float = 3.0
    list_min_peers: int = 1
    area_mention_vote: float = 1.0
    # A town of at least famous_population people ("Geneva", "London") is famous: in a story naming
    # famous_min_states states or provinces or more, its namesakes (in its country or others) with
    # famous_ratio times fewer people take no country, state, dominant-country or area-vote bonus
    # unless their first-round proximity reaches famous_local_support or their county is named
    # (:mod:`.famous`). 0: off.
    famous_population: int = 100_000
    famous_ratio: float = 8.0
    # The same for a namesake in the famous city's own country, which needs famous_home_ratio times
    # fewer people (Cleveland, Wisconsin, against Ohio's Cleveland): national news names both countries' towns.
    famous_home_ratio: float = 50.0
    famous_min_states: int = 2
    famous_local_support: float = 0.5
    # A name that is a state, province, country or region is none of its towns under this many people unless
    # a qualifier, its county named or nearby small towns say so (:mod:`.prominent`; 0: off). Geo and articles
    # tune give the same numbers from 0 to 100,000; 10,000 drops few real towns and still the villages that
    # national news misreads (probes of made-up text).
    area_town_min_population: int = 10_000
    # Towns of this many people or more named near such a village are no local support for it: national news
    # names big cities anywhere; a local story names the small towns around its village (:mod:`.prominent`;
    # tune numbers equal from 0 to 100,000).
    area_town_support_population: int = 50_000
    # A famous city's namesake in its own country tiny_ratio times smaller needs local support in any story,
    # and its county named in a story naming famous_min_states states (:mod:`.prominent`; 0: off). Geo tune
    # LGL within 161 km: 0, 50, 100, 250 and 500 give 908/984, 150 gives 909/984.
    tiny_ratio: float = 150.0
    # Venues the NER tags as organisations ("Iowa State University") are places (:mod:`.venues`).
    venues: bool = True
    # A venue's building with no place name in it ("the Grand Harbour Hotel") is a place too, at the town named with it.
    venue_buildings: bool = False
