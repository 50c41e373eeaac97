"""Group actors: "Israeli troops", "Kenya's parliament", "police in Nairobi" as entities with a country.

News names many actors by what they are rather than who: armies, police, governments, rebels,
protesters. This module finds noun phrases headed by such a generic actor noun that no entity
covers yet, reads their country from the phrase itself (a demonym, a possessive, a compound
place, "of X", "in X", "from X") or, failing that, from the document when it names exactly one
country, and appends them to the ``entities`` layer as nominal mentions so that events can
reference them. A patron's word ("Iranian-backed") names no group's country; a group of "its"/"their"
that a state reports on is that state's (:mod:`.group_owners`); "a spokesman for X" is X's. A phrase
with no country evidence is left alone: it would add nothing an event record could use, and a wrong
country is worse than none.

Run by the ``actors`` extractor (after entities and places). The ``groups`` extractor (after
quotes, so that no speaker becomes a bare "officials") adds the other generic sides: "the media",
"co-workers", "the SWAT team", for events to name, with the country their own phrase states
("Moldovan activists", "journalists in Tbilisi"). Failing that, people named by role or trade
("activists", "fishermen") take the document's country where it names only one (rule
:data:`DOMESTIC_HOW`), unless something marks them as outsiders: a modifier ("foreign", "visiting"),
a "from" phrase or an "of" phrase of several states, a plural state office ("ministers"), an outside
mission ("monitors") or a verb that sends them home or hosts them ("deported"). Bodies ("the company") never do.
"""

from __future__ import annotations

import logging
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from sidelines.extractors.actors.armed_peoples import ARMED_PEOPLE_HOW, armed_people_country
from sidelines.extractors.actors.capitalised_nouns import capitalised_plural, group_word, singular_of
from sidelines.extractors.actors.countries import CountryLookup, regional_name
from sidelines.extractors.actors.group_owners import (
    PATRON_WORDS,
    REPORTER_RULE,
    find_reporter,
    read_reporter_country,
    split_patron,
)
from sidelines.extractors.actors.local_groups import LOCAL_CROWDS, OUTLAWS, WHERE_HOW, only_victims_named, where_it_acts
from sidelines.extractors.actors.office_sides import HOLDER_HOW, aims_at, the_office_holder
from sidelines.extractors.actors.possessive_groups import note_possessive_side, possessor_side
from sidelines.extractors.actors.state_bodies import STATE_BODY_HOW, acted_on_by_state, state_body
from sidelines.extractors.explain import decide, explain
from sidelines.lexicon.titles import MEDIA_HEADS, POSTED_HEADS, RELATIONS, TITLE_HEADS, occupations
from sidelines.model.record import Entity, Mention, next_entity_number
from sidelines.nlp.analysis import analysis_of
from sidelines.nlp.syntax import lemma_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from sidelines.model.document import Document

log = logging.getLogger(__name__)
# Bodies that act as one in the singular ("the army", "the government"); every other group noun
# names a person when singular ("a police officer") and is read only from its own modifiers then.
INSTITUTIONS = frozenset({
    "police", "army", "military", "navy", "militia", "government", "administration", "regime", "cabinet", "ministry",
    "parliament", "legislature", "court", "junta", "opposition", "delegation", "embassy", "newspaper", "leadership",
})
# Generic actor nouns (lemmas) and the entity type their phrase gets: institutions and armed
# bodies are organisations, crowds and populations are groups of people (NORP).
GROUP_NOUNS: dict[str, str] = {
    **dict.fromkeys(
        (
            *sorted(INSTITUTIONS),
            # members of a state's forces and bodies, armed groups and envoys
            "troop", "soldier", "authority", "official", "rebel", "guerrilla", "insurgent", "militant", "separatist",
            "fighter", "lawmaker", "legislator", "diplomat", "negotiator", "commander", "officer", "policeman",
            "gunman",
            # armed and unruly groups of one state's soil (general English words)
            "militiaman", "tribesman", "bandit", "pirate", "extremist", "hardliner", "commando", "paratrooper",
            "gendarme",
        ),
        "ORG",
    ),
    # crowds: those found where they act (local_groups), and those from elsewhere by definition
    **dict.fromkeys((*LOCAL_CROWDS, "refugee", "settler", "immigrant"), "NORP"),
}
# More generic actor nouns, kept as event sides with no country but the one their own phrase states
# ("the media", "co-workers", "the SWAT team"): general English words for people acting together or
# for their bodies.
# Bodies that act as one in the singular ("the media", "the campaign"):
ROLE_BODIES = (
    "media", "press", "team", "group", "staff", "union", "campaign", "committee", "company", "firm", "agency",
    "department", "council", "board", "party", "organization", "organisation", "network", "coalition",
    "alliance", "security", "jury", "prosecution", "bureau", "management", "commission", "movement",
)
# Officials of such bodies, and people by what they are or do:
ROLE_OFFICERS = ("guard", "prosecutor", "agent", "investigator")
ROLE_PEOPLE = (
    "journalist", "reporter", "voter", "delegate", "member", "leader", "activist", "crowd", "critic", "employee",
    "coworker", "co-worker", "colleague", "inmate", "family", "investor", "lawyer", "judge", "doctor",
    "nurse", "patient", "teacher", "community", "neighbor", "neighbour", "liberal", "conservative",
    "progressive", "backer", "ally", "donor", "hacker", "suspect", "attacker", "youth", "senator",
    "representative", "governor", "mayor", "candidate", "republican", "democrat", "elite", "expert", "analyst",
    "economist", "scientist", "parent", "friend", "relative", "player", "driver",
    "bomber", "shooter", "assailant", "kidnapper", "sniper",
    "attendee", "spokesman", "spokeswoman", "spokesperson", "plaintiff",
)
# People named by what was done to them ("the victims", "freed the hostages"): sides that are
# acted on, never the ones who act (events read PATIENT_RULE).
PATIENT_PEOPLE = frozenset({"victim", "hostage", "detainee", "captive"})
PATIENT_RULE = "generic side acted on"
# Plain words for people ("detained three men", "people fled"): sides of events, but no party
# that vouches for an event on its own (events read PEOPLE_RULE, see confidence.is_anchored).
PLAIN_PEOPLE = frozenset(
    {"people", "person", "man", "woman", "child", "boy", "girl", "migrant", "passenger", "pilgrim", "tourist"}
)
PEOPLE_RULE = "plain people side"
ROLE_GROUP_NOUNS: dict[str, str] = {
    **dict.fromkeys(ROLE_BODIES + ROLE_OFFICERS, "ORG"),
    **dict.fromkeys((*ROLE_PEOPLE, *sorted(PATIENT_PEOPLE), *sorted(PLAIN_PEOPLE)), "NORP"),
}
# The nouns among them that act as one in the singular: the bodies, and a community.
ROLE_INSTITUTIONS = frozenset(ROLE_BODIES) | {"community"}
# People who are seldom of the story's own country: helpers and watchers from outside, and those who
# report on it or are posted there; a generic side of these takes only the country its phrase states.
OUTSIDE_PEOPLE = frozenset({"ally", "donor", "hacker", "expert", "analyst", "economist", "scientist", "investor"})
# Plain people who are away from home by definition.
TRAVELLERS = frozenset({"migrant", "tourist", "pilgrim", "passenger"})
# Modifiers that mark people as outsiders to the country they are in: from another state
# ("foreign", "overseas", "exiled", "expatriate", "émigré"), from several states ("international",
# "multinational", "world", "global", "regional", "western", "neighbouring") or present as guests
# ("visiting"). Closed class: adjectives of origin or scope, not of a country.
OUTSIDER_MARKS = frozenset({
    "foreign", "overseas", "abroad", "exiled", "exile", "expatriate", "expat", "émigré", "emigre", "alien",
    "international", "multinational", "transnational", "world", "global", "regional", "western", "neighbouring",
    "neighboring", "visiting", "outside", "allied",
})
# People who are from another state by what the noun means: foreigners, exiles, asylum seekers.
OUTSIDERS = frozenset({
    "foreigner", "expatriate", "expat", "exile", "émigré", "emigre", "emigrant", "visitor", "guest", "seeker",
    "national", "mercenary",
})
# People of missions sent from outside to watch or keep a peace: seldom of the country they work in (a state's
# envoys abroad are titles.POSTED_HEADS).
OUTSIDE_MISSIONS = frozenset({"monitor", "observer", "peacekeeper", "inspector", "mediator"})
# Offices of a state: one holder each (presidents, ministers of a portfolio) or a state's delegates abroad
# (envoys), and senators, who travel as delegations; in the plural news uses them for the holders of
# several states ("the presidents met", "finance ministers", "visiting senators"), so not the story's own.
STATE_OFFICES = frozenset({
    "president", "premier", "minister", "chancellor", "king", "queen",
    "monarch", "emperor", "emir", "sultan", "sheikh", "head", "leader", "senator", "envoy", "ambassador",
})
# "leaders" and "heads" of a body the phrase names ("union leaders", "community leaders") are no state's.
BODY_OFFICES = frozenset({"leader", "head"})
# Nouns after "of" that name several states: areas beyond one state in any number ("of the region"),
# states in the plural ("of the two countries"; "of the country" is the story's own).
BEYOND_STATES = frozenset({"region", "world", "continent", "bloc"})
STATE_WORDS = frozenset({"country", "nation", "state", "government", "power", "neighbour", "neighbor"})
# Verbs whose object is, by their meaning, from another state: sent back to it, or received as guests.
# ("expel", "evacuate", "welcome" and "invite" are left out: parties expel members, towns are evacuated.)
FOREIGNER_VERBS = frozenset({"deport", "extradite", "repatriate", "host"})
# How a generic side of people took the country of a story that names only one.
DOMESTIC_HOW = "people by role or trade, not marked as outsiders, of the one country the document names"
PHRASE_HOW = "the country word or demonym of the group"
SPOKEN_FOR_HOW = "the state or body a spokesman speaks for ('a spokesman for X')"
# Where a countryless group must stand to be kept: an argument of a verb or preposition.
ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "obj", "pobj", "dative", "agent", "conj", "appos"})
ANY_INSTITUTION = INSTITUTIONS | ROLE_INSTITUTIONS
# Nouns whose modifiers name what they back, not where they are from ("Israel supporters").
BACKERS = frozenset({"supporter"})
# Nouns that act only in the plural ("forces" as troops, not "the use of force").
PLURAL_ONLY = frozenset({"force"})
# Missions abroad: "the French embassy" is France's, but "an embassy in Tehran" is not Iran's.
MISSION_NOUNS = frozenset({"embassy", "consulate", "mission"})
# People who speak for the body or state after "for" ("a spokesman for the Ugandan army").
SPEAKERS_FOR = frozenset({"spokesman", "spokeswoman", "spokesperson"})
# Members of a state's forces and bodies: one of them ("a former army officer") is of the story's one
# country, as their plural is; envoys and negotiators are not (they work abroad).
HOME_MEMBERS = frozenset({
    "soldier", "officer", "official", "commander", "policeman", "gunman", "militant", "rebel", "guerrilla",
    "insurgent", "separatist", "fighter", "lawmaker", "legislator",
})
# Modifier dependencies that carry a phrase's country ("Israeli troops", "Kenya's parliament").
MODIFIER_DEPS = frozenset({"amod", "compound", "nmod", "poss", "npadvmod"})
# Prepositions whose object locates or owns a group ("police in Nairobi", "the army of Chad").
LOCATING_PREPS = frozenset({"of", "in", "from"})
# ... and for a spokesman, "for X" too ("a spokesman for the Ugandan army").
SPOKEN_FOR_PREPS = LOCATING_PREPS | {"for"}
# Prepositions of comparison: their object describes someone ("acting like a spoiled child"), it acts
# and is acted on by nobody.
COMPARISON_PREPS = frozenset({"like", "unlike", "than"})
# Determiners and the like left out of the mention span.
SKIP_DEPS = frozenset({"det", "predet", "punct", "nummod", "quantmod", "cc", "prep", "case", "neg"})


@lru_cache(maxsize=1)
def side_words() -> frozenset[str]:
    """Every lemma or word :func:`find_countryless_groups` can take: group and role nouns, relations,
    trades and offices."""
    return frozenset(PLURAL_ONLY | set(GROUP_NOUNS) | set(ROLE_GROUP_NOUNS) | RELATIONS | occupations() | TITLE_HEADS)


def group_type(tok: "Token") -> str | None:
    """The entity type of a generic actor noun, or None when ``tok`` is none."""
    if tok.pos_ not in ("NOUN", "PROPN") or tok.dep_ == "compound" or (tok.dep_ == "poss" and not possessor_side(tok)):
        return None
    lemma = group_word(tok)
    if lemma in PLURAL_ONLY:
        return "ORG" if tok.tag_ in ("NNS", "NNPS") or capitalised_plural(tok) else None
    return GROUP_NOUNS.get(lemma) or GROUP_NOUNS.get(tok.lower_)


def _phrase_country(head: "Token", lookup: CountryLookup) -> tuple[str | None, str]:
    """The country a group phrase states and how: its modifiers first, then "of/in/from X" ("for X" after a
    spokesman), then the state that reports the act of the group as its own."""
    for child in head.lefts:
        if child.dep_ not in MODIFIER_DEPS:
            continue
        sub = list(child.subtree)
        if any(PATRON_WORDS.search(t.text) for t in sub) or split_patron(sub) or regional_name(
                " ".join(t.text for t in sub)):
            continue  # a patron's word, or a region of several states ("South American leaders")
        iso = lookup.of_tokens(sub)
        if iso is not None:
            return iso, PHRASE_HOW
    lemma = lemma_of(head)
    preps = frozenset({"of"}) if lemma in MISSION_NOUNS else (
        SPOKEN_FOR_PREPS if lemma in SPEAKERS_FOR else LOCATING_PREPS)
    for child in head.rights:
        if child.dep_ == "prep" and child.lower_ in preps:
            objs = [gc for gc in child.children if gc.dep_ == "pobj"]
            for pobj in objs:
                iso = lookup.of_tokens(
                    [pobj, *[t for t in pobj.subtree if t.dep_ in MODIFIER_DEPS | {"pobj", "appos"}]]
                )
                if iso is not None:
                    return iso, SPOKEN_FOR_HOW if child.lower_ == "for" else PHRASE_HOW
    if (iso := armed_people_country(head, lookup.document_countries())) is not None:
        return iso, ARMED_PEOPLE_HOW
    iso = read_reporter_country(head, lookup)
    return iso, REPORTER_RULE if iso is not None else PHRASE_HOW


def _owned(head: "Token", lookup: CountryLookup) -> bool:
    """Whether an organisation without a country modifies the phrase ("NATO troops", "UN forces"), is the
    body a spokesman speaks for ("a spokesman for the UN agency"), or reports the act of the group as its
    own ("the movement said its fighters fired")."""
    teller = find_reporter(head, strict=False)
    spoken_for = [c for c in head.rights if c.dep_ == "prep" and c.lower_ == "for"] if (
        lemma_of(head) in SPEAKERS_FOR) else []
    return any(
        t.i in lookup.stateless_orgs for child in head.lefts if child.dep_ in MODIFIER_DEPS for t in child.subtree
    ) or any(t.i in lookup.stateless_orgs for owner in (teller, *spoken_for) if owner is not None
             for t in owner.subtree)


def _span_of(head: "Token") -> tuple[int, int]:
    """Character span of the head noun with its left modifiers, without determiners."""
    start = head.idx
    for child in head.lefts:
        if child.dep_ in SKIP_DEPS:
            continue
        first = min(child.subtree, key=lambda t: t.i)
        start = min(start, first.idx)
    return start, head.idx + len(head.text)


def _placed_unknown(head: "Token", lookup: CountryLookup) -> bool:
    """Whether the phrase places the group at a name no country is known for ("activists in Velmora"):
    the story's one country may not be theirs."""
    for child in head.rights:
        if child.dep_ == "prep" and child.lower_ in LOCATING_PREPS:
            for pobj in (gc for gc in child.children if gc.dep_ == "pobj"):
                if any(t.pos_ == "PROPN" and t.i not in lookup.by_token for t in pobj.subtree):
                    return True
    return False


def _domestic(lemma: str, kind: str, rule: str, singular: bool = False) -> bool:
    """Whether a generic side of people may take the story's one country ("activists", "fishermen", "three
    men"): people by their role, trade, relation or plain name; not acted-on people (hostages are often
    foreigners), travellers, backers, people from outside or on outside missions. One member of a state's
    forces or bodies ("arrested a former army officer") may too: their plural took it as a group already."""
    if singular and lemma in HOME_MEMBERS:
        return rule == "generic side"
    return kind == "NORP" and rule in ("generic side", PEOPLE_RULE) and lemma not in GROUP_NOUNS and lemma not in (
        BACKERS | OUTSIDE_PEOPLE | MEDIA_HEADS | POSTED_HEADS | TRAVELLERS | OUTSIDERS | OUTSIDE_MISSIONS)


def _regional(head: "Token") -> bool:
    """Whether a modifier names the group by a region of several states ("Asian investors", "Balkan leaders")."""
    words = [t for child in head.lefts if child.dep_ in MODIFIER_DEPS for t in child.subtree]
    return any(regional_name(" ".join(t.text for t in words[k:k + 2])) for k in range(len(words)))


def _marked_outsider(head: "Token") -> bool:
    """Whether the phrase or its verb marks a group as outsiders, so that the story's one country is not
    theirs: a modifier of origin or scope ("foreign doctors", "world leaders", "visiting players") or of a
    region of several states ("Asian investors"), a "from" phrase that named no country ("from abroad",
    "from twelve nations"), an "of" phrase of several states ("ministers of the region"), a plural state
    office ("presidents", "senators"), or a verb that sends them home or hosts them ("deported the workers")."""
    lemma = group_word(head)
    if _regional(head):
        return True
    for child in head.children:
        words = [t for t in child.subtree if t.i != head.i]
        if child.i < head.i and any(t.lower_ in OUTSIDER_MARKS for t in words):
            return True
        if child.dep_ == "advmod" and child.lower_ in OUTSIDER_MARKS:
            return True
        if child.dep_ == "prep" and child.lower_ == "from":
            return True
        if child.dep_ == "prep" and child.lower_ == "of" and any(gc.dep_ == "pobj" and gc.pos_ != "PROPN" and (
                lemma_of(gc) in BEYOND_STATES or (lemma_of(gc) in STATE_WORDS and gc.tag_ == "NNS"))
                for gc in child.children):
            return True
    if head.tag_ in ("NNS", "NNPS") and lemma in STATE_OFFICES and not (lemma in BODY_OFFICES and any(
            c.dep_ in ("compound", "poss", "nmod") for c in head.lefts)):
        return True
    return head.dep_ in ("dobj", "nsubjpass") and lemma_of(head.head) in FOREIGNER_VERBS


def find_countryless_groups(doc: "Document", parsed: "Doc") -> list[tuple[int, int, str, str, str | None, str]]:
    """(start, end, type, rule, country, how) of generic actor phrases that stand as arguments.

    "Co-workers tipped off building security", "the media criticised him", "police arrested the
    suspect": the sides of events that no name covers. Plural nouns (also one opening its sentence that the
    tagger read as a name, "Attackers fled", by its singular), bodies that act in the singular, and determined
    singular role nouns ("the suspect"); nothing inside a name. Their
    country is the one their own phrase states ("Moldovan activists", "journalists in Tbilisi");
    failing that, people by their role ("activists", "opposition leaders") take the document's
    country where it names only one, as generic groups do (:func:`find_group_actors`), unless
    :func:`_marked_outsider` finds them marked as from elsewhere. In a one-paragraph report, a state's
    one-holder office named by "the" alone ("the prime minister") is such a side too (:mod:`.office_sides`).
    """
    lookup = CountryLookup(doc, parsed)
    countries = lookup.setting_countries()
    only = next(iter(countries)) if len(countries) == 1 else None
    report = only is not None and "\n" not in doc.text.strip()
    found: list[tuple[int, int, str, str, str | None, str]] = []
    analysis = analysis_of(parsed)
    lemmas, lowers, words = analysis.lemmas, analysis.lowers, side_words()
    for k, tag in enumerate(analysis.pos):
        if k in lookup.covered or not ((tag == "NOUN" and (lemmas[k] in words or lowers[k] in words))
                                       or (tag == "PROPN" and singular_of(lowers[k]) in words)):
            continue  # no token made for the rest (nor for a noun no test below can take)
        tok = parsed[k]
        capitalised = capitalised_plural(tok)  # "Attackers were seen ...": a plural the tagger read as a name
        if tok.dep_ not in ARGUMENT_DEPS or (tag == "PROPN" and not capitalised):
            continue
        if tok.dep_ == "pobj" and tok.head.lower_ in COMPARISON_PREPS:
            continue
        lemma = group_word(tok)
        kind = group_type(tok) or ROLE_GROUP_NOUNS.get(lemma) or ROLE_GROUP_NOUNS.get(tok.lower_)
        plain = kind is None and (lemma in RELATIONS or lemma in occupations() or (
            lemma in TITLE_HEADS and (tok.tag_ == "NNS" or capitalised)))
        if plain:
            # "stabbed her ex-husband", "killed a pharmacist", "freed two ministers": people named by a
            # relation, a trade (derived lexicons) or an office in the plural are a plain side when
            # nothing names them.
            kind = "NORP"
        office = kind is None and report and the_office_holder(tok)
        if office:
            kind = "NORP"  # "demanded the resignation of the prime minister" (rule ``groups:report-office``)
        if kind is None:
            continue
        singular_person = any(c.dep_ in ("det", "poss") for c in tok.children)
        singular = tok.tag_ not in ("NNS", "NNPS") and not capitalised
        if singular and lemma not in ANY_INSTITUTION and not singular_person:
            # "the suspect", "his lawyer" name one person; a bare singular ("police officer") does not.
            continue
        start, end = _span_of(tok)
        rule = PATIENT_RULE if lemma in PATIENT_PEOPLE else (
            PEOPLE_RULE if plain or lemma in PLAIN_PEOPLE else "generic side")
        country, how = (None, PHRASE_HOW) if lemma in BACKERS else _phrase_country(tok, lookup)
        body = state_body(tok) and not acted_on_by_state(tok, only, lookup)
        if country is None and only is not None and (_domestic(lemma, kind, rule, singular) or body) \
                and not (_owned(tok, lookup) or _placed_unknown(tok, lookup) or _marked_outsider(tok)):
            country, how = only, STATE_BODY_HOW if body else DOMESTIC_HOW
            if office:
                country, how = (None, how) if aims_at(tok, only, lookup) else (only, HOLDER_HOW)
        found.append((start, end, kind, rule, country, how))
    return found


def find_group_actors(doc: "Document", parsed: "Doc") -> list[tuple[int, int, str, str, str]]:
    """(start, end, type, country, how it was read) of the group actor phrases that no entity covers."""
    lookup = CountryLookup(doc, parsed)
    countries = lookup.setting_countries()
    only = next(iter(countries)) if len(countries) == 1 else None
    found: list[tuple[int, int, str, str, str]] = []
    analysis = analysis_of(parsed)
    lemmas, lowers = analysis.lemmas, analysis.lowers
    for k, tag in enumerate(analysis.pos):
        if k in lookup.covered or tag not in ("NOUN", "PROPN") or not (
                lemmas[k] in PLURAL_ONLY or lemmas[k] in GROUP_NOUNS or lowers[k] in GROUP_NOUNS
                or (tag == "PROPN" and singular_of(lowers[k]) in GROUP_NOUNS)):
            continue  # group_type takes nouns of its lists only: no token made for the rest
        tok = parsed[k]
        kind = group_type(tok)
        if kind is None:
            continue
        lemma = group_word(tok)
        plural = tok.tag_ in ("NNS", "NNPS") or capitalised_plural(tok)
        country, how = (None, PHRASE_HOW) if lemma in BACKERS else _phrase_country(tok, lookup)
        if country is None and lemma not in INSTITUTIONS and not plural:
            continue
        regional = country is None and _regional(tok)  # "European farmers blocked roads in Brussels"
        if country is None and not regional:
            country, how = where_it_acts(tok, lemma, lookup), WHERE_HOW
        if country is None and not regional and not _owned(tok, lookup) and not (
                lemma in OUTLAWS and only_victims_named(tok, only, lookup)):
            country, how = only, PHRASE_HOW
        if country is None:
            continue
        start, end = _span_of(tok)
        found.append((start, end, kind, country, how))
    return found


def add_group_actors(doc: "Document", parsed: "Doc", *, countryless: bool = False) -> list[Entity]:
    """Append group actors to the entities layer with fresh ids; return the new entities.

    With ``countryless`` the generic sides with no country are added instead (see
    :func:`find_countryless_groups`).
    """
    entities: list[Any] = doc.layers.setdefault("entities", [])
    next_id = next_entity_number(entities)
    added: list[Entity] = []
    found: list[tuple[int, int, str, str | None, str, str]] = (
        [(start, end, kind, country, rule, how)
         for start, end, kind, rule, country, how in find_countryless_groups(doc, parsed)]
        if countryless else
        [(start, end, kind, country, "group with its country", how)
         for start, end, kind, country, how in find_group_actors(doc, parsed)]
    )
    for start, end, kind, country, rule, how in found:
        text = doc.text[start:end]
        ent = Entity(
            id=f"e{next_id}",
            name=text,
            type=kind,
            mentions=[Mention(start=start, end=end, text=text, kind="nominal")],
            country=country,
            explanation=explain("groups" if countryless else "actors", rule),
        )
        if country:
            decide(ent, "country", "groups" if countryless else "actors", how)
        note_possessive_side(ent, parsed, start, end, "groups" if countryless else "actors")
        next_id += 1
        entities.append(ent)
        added.append(ent)
    if added:
        log.debug("added %d group actors", len(added))
    return added
