"""Lists of places read at one level, and towns tied to the county they lie in (pure functions)."""

from __future__ import annotations

from sidelines.extractors.places.config import PlacesConfig
from sidelines.extractors.places.context import containment, county_links
from sidelines.extractors.places.lists import list_level, list_peers
from sidelines.extractors.places.recognize import Toponym
from sidelines.gazetteer import GazetteerEntry


def _mention(text: str, body: str, cands: tuple[GazetteerEntry, ...], chosen: GazetteerEntry | None = None,
             nth: int = 0) -> Toponym:
    start = -1
    for _ in range(nth + 1):
        start = body.index(text, start + 1)
    return Toponym(start, start + len(text), text, cands, chosen=chosen)


def test_list_peers_join_names_by_commas_and_or() -> None:
    body = "Jobs left Oregon, Nevada or Washington for Boise last year."
    oregon = GazetteerEntry("Oregon", 44.0, -120.5, "USA", "1", 0, "ADM1", "OR")
    nevada = GazetteerEntry("Nevada", 39.25, -116.75, "USA", "2", 0, "ADM1", "NV")
    boise = GazetteerEntry("Boise", 43.6, -116.2, "USA", "3", 200000, "PPL", "ID")
    mentions = [_mention("Oregon", body, (oregon,), oregon), _mention("Nevada", body, (nevada,), nevada),
                _mention("Washington", body, ()), _mention("Boise", body, (boise,), boise)]
    peers = list_peers(mentions, body)
    assert peers == [[1, 2], [0, 2], [0, 1], []]  # "for" ends the list
    assert list_level(mentions, peers[2], 1) == "state"
    assert list_level(mentions, peers[3], 1) is None


def test_a_list_of_mixed_levels_says_nothing() -> None:
    body = "Buses run between Dayton, Ohio and Erie."
    ohio = GazetteerEntry("Ohio", 40.3, -82.8, "USA", "1", 0, "ADM1", "OH")
    dayton = GazetteerEntry("Dayton", 39.76, -84.19, "USA", "2", 140000, "PPL", "OH")
    mentions = [_mention("Dayton", body, (dayton,), dayton), _mention("Ohio", body, (ohio,), ohio),
                _mention("Erie", body, ())]
    assert list_level(mentions, list_peers(mentions, body)[2], 1) is None


def test_a_town_is_supported_by_the_county_it_lies_in_not_by_another_town() -> None:
    body = "A Milton man was fined by the Hale County court; he lives near Avon."
    config = PlacesConfig()
    milton_a = GazetteerEntry("Milton", 33.0, -87.0, "USA", "11", 4000, "PPL", "AL", admin2="900")
    milton_b = GazetteerEntry("Milton", 41.0, -77.0, "USA", "12", 7000, "PPL", "PA", admin2="901")
    hale = GazetteerEntry("Hale County", 32.8, -87.6, "USA", "900", 15000, "ADM2", "AL", admin2="900")
    avon = GazetteerEntry("Avon", 41.1, -77.1, "USA", "13", 3000, "PPL", "PA", admin2="901")
    mentions = [_mention("Milton", body, (milton_a, milton_b)), _mention("Hale County", body, (hale,)),
                _mention("Avon", body, (avon,))]
    links = county_links(mentions)
    assert containment(milton_a, links, "milton", config) == 1.0
    assert containment(milton_b, links, "milton", config) == 0.0  # Avon shares its county: no pull
    assert containment(hale, links, "hale county", config) == 1.0
