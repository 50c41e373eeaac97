"""Countries of actors: read from their names, from the one country a document names, or not at all.

* :func:`country_of_name` reads a country from an entity's name (its whole, first or last word)
  with the country lexicon; :func:`actor_type` undoes tagger slips that hide an actor's kind.
* :func:`fill_stateless_countries` gives organisations and peoples that still have no country the
  document's country, where the document names exactly one and the body is not international.
* :func:`fill_name_countries` gives places, peoples, organisations and venues without a country
  the one their name says (the byline's authors are left alone), also through a one-letter misspelling.
* :class:`CountryLookup` maps tokens to the country of the entity or place written over them.
"""

from __future__ import annotations

import logging
from functools import cache, lru_cache
from typing import TYPE_CHECKING, Any

from sidelines.extractors.actors.authors import author_ids
from sidelines.extractors.explain import decide, explain
from sidelines.gazetteer.regions import is_multi_state_demonym
from sidelines.lexicon.countries import SPLIT_PEOPLES
from sidelines.lexicon.kinds import AWARD_WORDS
from sidelines.lexicon.korea import korea_veto, names_the_north
from sidelines.nlp.analysis import analysis_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from sidelines.model.document import Document
    from sidelines.model.record import Entity

log = logging.getLogger(__name__)

# Entity types whose country the event extractor may fill from the country lexicon.
COUNTRY_FILL_TYPES = frozenset({"GPE", "NORP", "ORG", "FAC"})
# Last words of institution names the tagger sometimes takes for events ("the Montenegro Assembly").
INSTITUTION_WORDS = frozenset({
    "assembly", "parliament", "council", "congress", "senate", "court", "government", "ministry",
    "commission", "cabinet", "duma", "legislature", "knesset",
})
# Words of international bodies, which take no country from the story they appear in.
INTERNATIONAL_WORDS = frozenset({
    "united", "nations", "un", "u.n.", "nato", "eu", "european", "international", "world", "global",
    "amnesty", "red", "osce", "iaea", "imf", "opec", "asean", "african", "arab", "interpol", "unesco",
    "unicef", "unhcr", "who", "wto", "g7", "g8", "g20", "commonwealth", "oecd", "human",
})
# Compass words that name a part of a region ("West African", "South American"): a closed class.
COMPASS_WORDS = frozenset({
    "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "northeast",
    "northwest", "southeast", "southwest", "northeastern", "northwestern", "southeastern", "southwestern",
})
# The demonym the continents of the Americas share, a region of several states after a compass word.
CONTINENT_PART_DEMONYMS = frozenset({"american", "americans"})
# Entity types a one-word misspelt country name or demonym may be tagged as ("Afganistan", "Quatar").
MISSPELT_TYPES = frozenset({"GPE", "NORP", "ORG"})
# Entity types whose country can stand for the group's.
COUNTRY_TYPES = frozenset({"GPE", "NORP", "ORG", "LOC", "FAC"})
# A place the gazetteer knows vetoes a misspelt country only when it has this many people: a town
# ("Granada", "Columbia") is a name of its own, a hamlet of a few hundred is no rival to a country.
PLACE_VETO_POPULATION = 15000
# Dependencies of a word that modifies a noun: an untagged demonym counts only there ("Omani army").
MODIFIER_DEPS = frozenset({"amod", "compound", "nmod"})
MISSPELT_RULE = "a misspelt country name or demonym"
DEMONYM_RULE = "a demonym the tagger left unmarked"
SPLIT_RULE = "a country name or demonym of several words the tagger split"
# The most words of a country name the tagger may split ("Democratic Republic of the Congo").
MAX_NAME_WORDS = 5


def country_of_name(name: str, north_named: bool = False) -> str | None:
    """ISO3 the country lexicon reads from an entity name (its whole, first two, first or last words).

    A name, demonym, capital or seat of government; None when the lexicon does not load, or for a bare
    "Korea"/"Korean" where the document names the North (``north_named``, :func:`~sidelines.lexicon.korea.korea_veto`).
    """
    try:
        from sidelines.lexicon.countries import country_by_people_demonym, country_of
    except ImportError:  # pragma: no cover - the lexicon ships with the package
        return None
    if regional_name(name):
        return None  # "Latin American leaders": a region of several states, not "American"
    try:
        hit = country_of(name)
        if hit is None and "-" in name:
            hit = country_of(name.split("-")[0])
        if hit is None and " " in name:
            words = name.split()
            # "the South Sudanese National Assembly": a two-word country name or demonym leads.
            lead = country_of(" ".join(words[:2])) if len(words) > 2 else None
            hit = lead or country_of(words[0]) or country_of(words[-1])
        if hit is None:
            # "Tibetan monks", "the Scottish Parliament": a people or region of one state, or a constituent
            # country, leads the name or is all of it.
            hit = country_by_people_demonym(name) or country_by_people_demonym(name.split()[0])
    except Exception:  # noqa: BLE001 - a half-written lexicon must not stop extraction
        log.debug("country lexicon unavailable", exc_info=True)
        return None
    return korea_veto(hit.iso3, name, north_named) if hit is not None else None


def is_award(name: str) -> bool:
    """Whether a name is a prize's ("the X Award", "the Y Prize")."""
    words = name.split()
    return bool(words) and words[-1].lower() in AWARD_WORDS


CAPITAL_ACTOR_HOW = "a capital of two words or more tagged as a person acts as its state (capital-as-person)"


def capital_as_person(ent: Any) -> bool:
    """Whether ``ent`` is a capital of two words or more the tagger read as a person with no title, alias or
    pronoun ("Buenos Aires accused ...", "La Paz rejected ..."): it acts as its state (rule capital-as-person)."""
    from sidelines.lexicon.countries import country_by_capital

    words = ent.name.split()
    personal = ent.roles or ent.aliases or any(m.kind == "pronoun" for m in ent.mentions)
    return bool(ent.type == "PERSON" and len(words) > 1 and not personal and country_by_capital(ent.name) is not None)


def actor_type(ent: Any) -> str:
    """The type an entity acts as in events, undoing tagger slips that hide an actor.

    "the Montenegro Assembly" tagged EVENT acts as an organisation, "the X Award" tagged ORG as no
    actor; "Sri Lanka" (or a misspelt "Venezula") or "Bosnian Serbs" tagged PERSON, whose every
    word is a country name or demonym, act as a place or people, as does a capital of two words or
    more ("Buenos Aires").
    """
    words = ent.name.split()
    if ent.type == "EVENT" and words and words[-1].lower() in INSTITUTION_WORDS:
        return "ORG"
    if ent.type == "ORG" and is_award(ent.name):
        return "WORK_OF_ART"
    personal = ent.roles or ent.aliases or any(m.kind == "pronoun" for m in ent.mentions)
    if ent.type == "PERSON" and words and not personal:
        # A person with a title, another name or a "he"/"she" is a person ("Chad", "Georgia").
        from sidelines.lexicon.countries import country_by_name, country_by_people_demonym

        if country_by_name(ent.name) is not None or (len(words) == 1 and misspelt_country(ent.name)):
            return "GPE"
        if capital_as_person(ent):
            return "GPE"  # "Buenos Aires accused ...": a capital of two words or more is seldom a person's name
        if all(country_by_people_demonym(w) is not None for w in words):
            return "NORP"
    return ent.type


class CountryLookup:
    """Token -> country of the entity (or place) written over it."""

    def __init__(self, doc: "Document", parsed: "Doc") -> None:
        self.by_token: dict[int, str] = {}
        self.covered: set[int] = set()
        self.stateless_orgs: set[int] = set()
        # Words of a longer name the entity layer gives no country ("Latin America", "Central Asia"): one of
        # them is no country of its own.
        self.countryless_names: set[int] = set()
        # A bare "Korea"/"Korean" is the South's only where the document does not name the North.
        self.north_named = names_the_north(doc.text)
        self.parsed = parsed
        analysis = analysis_of(parsed)
        for ent in doc.layer("entities"):
            stateless = ent.type == "ORG" and not ent.country
            country = ent.country if ent.type in COUNTRY_TYPES else None
            for m in ent.mentions:
                span = analysis.span(m.start, m.end)
                if span is None:
                    continue
                tokens = range(span.start, span.end)
                self.covered.update(tokens)
                if len(tokens) > 1 and not ent.country:
                    self.countryless_names.update(tokens)
                if stateless:
                    self.stateless_orgs.update(tokens)
                if country:
                    for i in tokens:
                        self.by_token.setdefault(i, country)
        for place in doc.layer("places"):
            span = analysis.span(place.start, place.end)
            country = getattr(place, "country", None)
            if getattr(place, "kind", None) == "demonym" and doc.text[place.start:place.end].lower() in SPLIT_PEOPLES:
                continue  # "Kurdish" is read as Kurdistan on a map, but Kurds live in several states
            if span is not None:
                country = korea_veto(country, analysis.span_text(span.start, span.end), self.north_named)
            if not country:
                continue
            for i in range(span.start, span.end) if span is not None else ():
                self.by_token.setdefault(i, country)

    def of_tokens(self, tokens: "list[Token]") -> str | None:
        """The first country named over ``tokens`` (text order), by entity or by the country lexicon."""
        for tok in sorted(tokens, key=lambda t: t.i):
            if tok.i in self.by_token:
                return self.by_token[tok.i]
        for tok in sorted(tokens, key=lambda t: t.i):
            if (tok.pos_ in ("PROPN", "ADJ", "NOUN") and tok.text[:1].isupper()
                    and tok.ent_type_ not in ("PERSON", "ORG", "WORK_OF_ART") and tok.i not in self.countryless_names):
                iso = korea_veto(_lexicon_country(tok.text), tok.text, self.north_named) or misspelt_country(tok.text)
                if iso is not None:
                    return iso
        return None

    def document_countries(self) -> set[str]:
        """Every country the document's entities and places name."""
        return set(self.by_token.values())

    def setting_countries(self) -> set[str]:
        """The countries the document names, or none when every one of them is named only by a demonym bound
        to a phrase acted on ("kidnapped two Italian tourists") or to people away from home ("Danish tourists
        praised"), which tells nothing of where the story is set (bound_demonyms). A bound demonym still
        names a rival: it never makes a story of two countries a story of one."""
        from sidelines.extractors.actors.bound_demonyms import is_bound_demonym
        from sidelines.extractors.actors.groups import GROUP_NOUNS, OUTSIDE_MISSIONS, OUTSIDERS, TRAVELLERS

        actors = frozenset(GROUP_NOUNS)
        outsiders = OUTSIDERS | OUTSIDE_MISSIONS | TRAVELLERS
        named = self.document_countries()
        free = any(not is_bound_demonym(self.parsed[i], actors, outsiders) for i in self.by_token)
        return named if free else set()


def _lexicon_country(word: str) -> str | None:
    """ISO3 of a country name or demonym, also of a people or region of one state ("Flemish"); not capitals
    or codes, which too many words look like."""
    from sidelines.lexicon.countries import country_by_name, country_by_people_demonym

    hit = country_by_name(word) or country_by_people_demonym(word)
    return hit.iso3 if hit is not None else None


def _is_international(name: str) -> bool:
    return any(w.lower().strip(".,()") in INTERNATIONAL_WORDS for w in name.split()) or regional_name(name)


def regional_name(name: str) -> bool:
    """Whether a name opens with the demonym of a region of several states ("Asian investors", "Latin American
    leaders", "Balkan"), also of a compass part of one ("West African", "South American"; not a state's own
    demonym, "South African"): it is of no one state, and takes none from the story."""
    words = name.split()
    if not words:
        return False
    if is_multi_state_demonym(" ".join(words[:2])):
        return True
    if is_multi_state_demonym(words[0]):  # "African Americans", "Asian American voters": a people of one state
        return len(words) < 2 or words[1].lower() not in CONTINENT_PART_DEMONYMS
    if len(words) < 2 or words[0].lower() not in COMPASS_WORDS:
        return False
    part = words[1].lower()
    if not (is_multi_state_demonym(part) or part in CONTINENT_PART_DEMONYMS):
        return False
    from sidelines.lexicon.countries import country_of

    return country_of(" ".join(words[:2])) is None  # "South African", "Central African": a state's


def fill_stateless_countries(doc: "Document", parsed: "Doc") -> None:
    """Organisations and peoples with no country take the document's one country, if it names one.

    "The Homeland Union ... convince the Lithuanian Parliament": in a story that names a single
    country, its parties, movements and communities belong to it. International bodies ("NATO",
    "the UN") and names the country lexicon reads a country from are left alone.
    """
    lookup = CountryLookup(doc, parsed)
    countries = lookup.setting_countries()
    if len(countries) != 1:
        return
    only = next(iter(countries))
    for ent in doc.layer("entities"):
        if ent.country is not None or ent.type not in ("ORG", "NORP") or _is_international(ent.name):
            continue
        if country_of_name(ent.name, lookup.north_named) is not None or misspelt_country(ent.name) is not None:
            continue  # fill_name_countries reads it from the name itself
        ent.country = only
        decide(ent, "country", "actors", "the one country the document names")


def fill_name_countries(doc: "Document") -> None:
    """Entities without a country take the one their name says, if their type can have one.

    Places, peoples, organisations and venues ("the Kenyan Parliament", "Sri Lanka" tagged as a
    person) get the country the lexicon reads from their name; the byline's authors are skipped.
    """
    authors = author_ids(doc)
    north = names_the_north(doc.text)
    for ent in doc.layer("entities"):
        if ent.id in authors:
            continue
        if ent.country is None and ent.type in COUNTRY_FILL_TYPES:
            iso = country_of_name(ent.name, north)
            if iso is not None and (ent.type != "ORG" or iso):
                ent.country = iso
                decide(ent, "country", "actors", "read from the name")
        if actor_type(ent) != ent.type and ent.country is None:
            ent.country = country_of_name(ent.name, north)
            if ent.country is not None:
                decide(ent, "country", "actors", CAPITAL_ACTOR_HOW if capital_as_person(ent) else "read from the name")
        if ent.country is None and actor_type(ent) in MISSPELT_TYPES:
            iso = misspelt_country(ent.name)
            if iso is not None:
                ent.country = iso
                decide(ent, "country", "actors", MISSPELT_RULE)


@lru_cache(maxsize=4096)
def misspelt_country(name: str) -> str | None:
    """ISO3 of a country a one-word ``name`` misspells by one letter, unless the gazetteer knows it as a place."""
    from sidelines.gazetteer.index import get_gazetteer
    from sidelines.lexicon.misspelt import country_by_misspelling

    if " " in name.strip():
        return None
    hit = country_by_misspelling(name)
    if hit is None or any(p.population >= PLACE_VETO_POPULATION for p in get_gazetteer().lookup(name)):
        return None
    return hit.iso3


def add_misspelt_countries(doc: "Document", parsed: "Doc") -> list["Entity"]:
    """Capitalised proper nouns and adjectives no entity covers that misspell a country's name or
    demonym ("Ethiopa has agreed", "Tunesian fishermen") become a state (GPE) or a people (NORP);
    so do demonyms the tagger left unmarked ("Omani army", "Turkmen towns")."""
    from sidelines.lexicon.countries import country_by_people_demonym
    from sidelines.lexicon.misspelt import misspelt_demonym
    from sidelines.model.record import Entity, Mention, next_entity_number

    entities: list[Any] = doc.layers.setdefault("entities", [])
    lookup = CountryLookup(doc, parsed)
    covered, north = lookup.covered, lookup.north_named
    next_id = next_entity_number(entities)
    added: list[Entity] = []
    analysis = analysis_of(parsed)
    for i, pos in enumerate(analysis.pos):
        if pos not in ("PROPN", "ADJ") or not analysis.capitalised[i]:
            continue  # the cheap tests below, without making the token
        tok = parsed[i]
        if (tok.i in covered or not tok.is_alpha or not tok.text[:1].isupper() or tok.is_upper
                or tok.pos_ not in ("PROPN", "ADJ") or tok.ent_type_ in ("PERSON", "WORK_OF_ART")):
            continue
        demonym = country_by_people_demonym(tok.text) if tok.dep_ in MODIFIER_DEPS else None
        if demonym is not None and korea_veto(demonym.iso3, tok.text, north) is None:
            continue  # a bare "Korean" of a story naming the North
        iso = demonym.iso3 if demonym is not None else misspelt_country(tok.text)
        if iso is None:
            continue
        rule = DEMONYM_RULE if demonym is not None else MISSPELT_RULE
        ent = Entity(
            id=f"e{next_id}", name=tok.text,
            type="NORP" if demonym is not None or misspelt_demonym(tok.text) else "GPE",
            mentions=[Mention(start=tok.idx, end=tok.idx + len(tok.text), text=tok.text, kind="name")],
            country=iso, explanation=explain("actors", rule),
        )
        decide(ent, "country", "actors", rule)
        next_id += 1
        entities.append(ent)
        added.append(ent)
    return added


def join_split_country_words(doc: "Document", parsed: "Doc") -> list["Entity"]:
    """A country name or demonym of several words that the tagger split into fragments ("Sierra" an
    organisation and "Leonean" a person; "Democratic Republic" and "Congo") becomes one state (GPE) or
    people (NORP); the fragments, each only ever written inside the name, are dropped."""
    from sidelines.model.record import Entity, Mention, next_entity_number

    entities: list[Any] = doc.layers.setdefault("entities", [])
    analysis = analysis_of(parsed)
    token_sets = []
    for ent in entities:
        spans = [analysis.span(m.start, m.end) for m in ent.mentions]
        token_sets.append({i for s in spans if s is not None for i in range(s.start, s.end)})
    added: list[Entity] = []
    covered = set().union(*token_sets)
    first_words = _first_words()
    next_free = 0
    for i, lower in enumerate(analysis.lowers):
        # Only a first word of a country's name, with an entity within reach: per-token work stays constant.
        if i < next_free or lower not in first_words:
            continue
        if not any(k in covered for k in range(i, i + MAX_NAME_WORDS)):
            continue
        found = _split_country_name(parsed, i, token_sets)
        if found is None:
            continue
        window = set(range(i, i + found[0]))
        fragments = [e for e, toks in zip(entities, token_sets, strict=True) if toks & window]
        if all(e.country == found[1] for e in fragments):
            continue  # fragments that already say its country ("Bosnia" and "Herzegovina")
        n, country, demonym = found
        for k in sorted((k for k, toks in enumerate(token_sets) if toks & window), reverse=True):
            del entities[k], token_sets[k]
        span = parsed[i:i + n]
        ent = Entity(
            id=f"e{next_entity_number(entities)}", name=span.text, type="NORP" if demonym else "GPE",
            mentions=[Mention(start=span.start_char, end=span.end_char, text=span.text, kind="name")],
            country=country, explanation=explain("actors", SPLIT_RULE),
        )
        decide(ent, "country", "actors", SPLIT_RULE)
        _mend_split_affiliations(entities, span.text, country)
        entities.append(ent)
        token_sets.append(window)
        covered |= window
        added.append(ent)
        next_free = i + n
    return added


def _mend_split_affiliations(entities: list[Any], name: str, iso3: str) -> None:
    """People whose title the tagger tied to a fragment of a split country word ("Foreign Minister"
    of "Leonean" in "Sierra Leonean Foreign Minister X") hold it for that country."""
    fragments = set(name.split())
    for person in (e for e in entities if e.type == "PERSON" and e.country is None):
        if any(role.affiliation in fragments for role in person.roles):
            person.country = iso3
            decide(person, "country", "actors", SPLIT_RULE)


@cache
def _first_words() -> frozenset[str]:
    """The first words of the country names and demonyms of two words or more ("sierra", "democratic")."""
    from sidelines.lexicon.countries import all_countries, normalize

    forms = (f for c in all_countries() for f in (*c.names, *c.demonyms))
    return frozenset(key.split()[0].strip(",") for key in map(normalize, forms) if " " in key)


def _split_country_name(parsed: "Doc", i: int, token_sets: list[set[int]]) -> tuple[int, str, bool] | None:
    """(length, ISO3, is a demonym) of the longest country name or demonym of 2 to 5 words from token
    ``i`` that two or more entities split, or one entity only partly covers, and none runs past."""
    from sidelines.lexicon.countries import country_by_demonym, country_by_name

    first = parsed[i]
    if not (first.is_alpha and first.text[:1].isupper()) or first.lower_ not in _first_words():
        return None
    for n in range(min(MAX_NAME_WORDS, len(parsed) - i), 1, -1):
        span = parsed[i:i + n]
        if not span[-1].text[:1].isupper():
            continue
        demonym = country_by_demonym(span.text)
        country = demonym or country_by_name(span.text)
        if country is None:
            continue
        window = set(range(i, i + n))
        touching = [toks for toks in token_sets if toks & window]
        if not touching or any(not toks <= window for toks in touching) or any(toks == window for toks in touching):
            return None  # untagged, a larger name holds it ("Sierra Leone Army"), or tagged whole already
        return n, country.iso3, demonym is not None
    return None
