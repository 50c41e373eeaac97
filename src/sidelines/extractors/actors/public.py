"""Domestic public figures of a story set in one country: the weakest country evidence, used last.

A national story names its own people by what they do ("Acme chief executive X", "coach Y") and
its politicians by the race they run ("X led among Republican voters in the poll"). A person still
without a country after every stronger rule takes the story's home country when

* the document is set in one country: the home country that its places and publisher agree on
  (:func:`home_country`) is named by at least :data:`DOC_COUNTRY_SHARE` of the mentions of its
  places and peoples (:func:`story_country`), and
* the person holds a role that is not the press's (writers, reporters and moderators report on a
  country's life rather than act in it; a "counterpart" is someone else's official), or is named
  in a sentence about the home country's party politics (a party word or an election word); for
  the latter, stronger evidence, it is enough that the home country leads the story's countries;
* or, in a story set in one country, is named there in full (a first name and a surname), as a
  story names the people of its own country's life, and holds no role of the press; in a story that
  names its publisher's country at least half the time (:data:`PUBLISHED_HOME_SHARE`: a national
  paper's home story naming a foreign city or two), when named in full and named again (one of the
  story's own actors, not a passing mention);
* or, in a story whose every place, people and organisation lies in one country (named by at least
  :data:`MIN_PLACE_MENTIONS` of its places), holds a role or is named in full: a local story ("a shooting
  in Springfield, Illinois") is about that country's people, whatever the publisher's country or
  however few times the country itself is named (:func:`only_country`).

Someone who meets that country's "counterpart" ("X met her Chilean counterpart in Santiago") is a visitor,
never one of its people.

The document's own authors are left alone. A null country beats a wrong one: a story that names
several countries has no document country, and nothing here applies.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sidelines.extractors.actors.authors import author_ids
from sidelines.extractors.actors.countries import CountryLookup, country_of_name
from sidelines.extractors.actors.home import POSTING, publisher_country, story_country
from sidelines.extractors.actors.home_acts import acts_at_home
from sidelines.extractors.actors.offices import MEETING_NOUNS, MEETING_VERBS, holds_bare_office
from sidelines.extractors.entities.person_country import DOC_COUNTRY_SHARE, holds_national_office, party_homes
from sidelines.extractors.explain import decide
from sidelines.extractors.lookup import sent_of
from sidelines.lexicon.titles import MEDIA_HEADS, PARTY_AFFILIATIONS, POSTED_HEADS

if TYPE_CHECKING:
    from collections.abc import Iterator

    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

    from sidelines.model.document import Document
    from sidelines.model.record import Entity, Role

# Words of an election story (lemmas, lower case): a sentence holding one is about party politics.
ELECTION_LEMMAS = frozenset({
    "campaign", "primary", "nomination", "nominee", "election", "voter", "poll", "debate", "caucus",
    "delegate", "presidential", "candidate", "ballot", "electorate", "midterm", "runoff", "vote", "endorse",
    "endorsement", "supporter",
})
# Titles that make no domestic actor: someone else's official.
FOREIGN_PEER = "counterpart"
FOREIGN_TITLES = frozenset({FOREIGN_PEER})
# A story its publisher's country leads is its home story when it names that country this share of the time.
PUBLISHED_HOME_SHARE = 0.5
# How many place mentions must lie in a story's only country for its people to take it.
MIN_PLACE_MENTIONS = 2
# Titles of those who speak or act for someone else ("a spokesman for X", "her lawyer"), who may be foreign.
SERVING_TITLES = frozenset({
    "spokesman", "spokeswoman", "spokesperson", "aide", "adviser", "advisor", "lawyer", "attorney", "agent",
})
# Verbs whose object is held or let go by captors ("pirates released Captain X").
CAPTIVE_VERBS = frozenset({"kidnap", "abduct", "hijack", "release", "free", "rescue"})
# Verbs of a trip (lemmas): their subject, going to a place of a country, is a visitor there.
TRAVEL_LEMMAS = frozenset({"travel", "fly", "arrive", "visit", "tour", "land", "jet"})
# Prepositions that name a trip's end ("flew to", "arrived in"), not its cause ("after clashes in Kenya").
TRIP_PREPOSITIONS = frozenset({"to", "in", "into", "at"})
# How a person of a one-paragraph report naming one country is given it.
REPORT_RULE = "a role or full name, in a one-paragraph report naming one country (report-one-country)"


def _acting_role(person: "Entity") -> bool:
    """Whether the person holds a role of their own that is not the press's nor a foreign counterpart's."""
    for role in person.roles:
        words = role.title.lower().replace("-", " ").split()
        if words and not (set(words) & (MEDIA_HEADS | FOREIGN_TITLES)):
            return True
    return False


def _named_in_full(person: "Entity") -> bool:
    """Whether the person is named by two words or more ("Ann Lee"), and holds no role of the press."""
    if any(set(r.title.lower().replace("-", " ").split()) & MEDIA_HEADS for r in person.roles):
        return False
    return len(person.name.split()) > 1


def _named_again(person: "Entity") -> bool:
    """Whether the person is named more than once: one of the story's own actors, not a passing mention."""
    return sum(1 for m in person.mentions if m.kind == "name") > 1


def _is_party_sentence(sent: "SpacySpan") -> bool:
    return any(t.text in PARTY_AFFILIATIONS or t.lemma_.lower() in ELECTION_LEMMAS for t in sent)


def _in_party_politics(person: "Entity", parsed: "Doc") -> bool:
    """Whether a name of the person stands in a sentence about party politics or elections."""
    if any(set(r.title.lower().split()) & MEDIA_HEADS for r in person.roles):
        return False
    for m in person.mentions:
        if m.kind != "name":
            continue
        span = parsed.char_span(m.start, m.end, alignment_mode="expand")
        if span is not None and _is_party_sentence(sent_of(span.root)):
            return True
    return False


def only_country(doc: "Document", parsed: "Doc", least: int = MIN_PLACE_MENTIONS, *,
                 literal_only: bool = False) -> str | None:
    """The one country that every place, people and organisation of the document lies in, when at least
    ``least`` of its resolved places (``literal_only``: places named as places, not demonyms) name it;
    None when it names two or none."""
    named = CountryLookup(doc, parsed).setting_countries()
    if len(named) != 1:
        return None
    country = next(iter(named))
    places = sum(1 for p in doc.layer("places") if getattr(p, "country", None) == country
                 and (literal_only is False or getattr(p, "kind", "literal") == "literal"))
    return country if places >= least else None


def _subject_roots(person: "Entity", parsed: "Doc") -> "Iterator[Token]":
    """The heads of the subject phrases a person's mentions stand in (an apposition or compound
    climbed to its noun): their heads are the verbs the person does."""
    for m in person.mentions:
        span = parsed.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or span.root.dep_ not in ("nsubj", "nsubjpass", "appos", "compound"):
            continue
        root = span.root
        while root.dep_ in ("appos", "compound") and root.head.i != root.i:
            root = root.head
        yield root


def _acts_on(person: "Entity", country: str, doc: "Document", parsed: "Doc") -> bool:
    """Whether a place of ``country`` stands in an object or a prepositional phrase of a verb the person
    is the subject of: the country the person acts on, not the one they serve."""
    spots = _place_tokens(country, doc, parsed)
    for root in _subject_roots(person, parsed):
        verb = root.head
        aimed = [c for c in verb.children if c.dep_ in ("dobj", "obj", "dative", "prep", "xcomp", "ccomp")
                 and not (c.dep_ == "prep" and c.lower_ in ("in", "at"))]
        if any(t.i in spots for c in aimed for t in c.subtree):
            return True
    return False


def _place_tokens(country: str, doc: "Document", parsed: "Doc", trip_ends: bool = False) -> set[int]:
    """The tokens of the document's places in ``country``; with ``trip_ends``, only the places a trip to it may end
    at: the country itself or its capital (a trip to another of its towns is as often a local's)."""
    spots: set[int] = set()
    for place in doc.layer("places"):
        if getattr(place, "country", None) == country and (
                not trip_ends or country_of_name(doc.text[place.start : place.end]) == country):
            span = parsed.char_span(place.start, place.end, alignment_mode="expand")
            spots.update(t.i for t in span or ())
    return spots


def _travels_to(person: "Entity", spots: set[int], parsed: "Doc") -> bool:
    """ "X flew to Nairobi", "X arrived in Kenya", "X visited Nairobi": the subject of a trip verb whose phrase
    holds a trip's end in the country (``spots``: :func:`_place_tokens` with ``trip_ends``) is a visitor there,
    not one of its people."""
    for root in _subject_roots(person, parsed):
        verb = root.head
        if verb.lemma_.lower() in TRAVEL_LEMMAS and any(
                t.i in spots for c in verb.children
                if c.dep_ in ("dobj", "obj") or (c.dep_ == "prep" and c.lower_ in TRIP_PREPOSITIONS)
                for t in c.subtree):
            return True
    return False


def _meets_counterpart(person: "Entity", country: str, parsed: "Doc") -> bool:
    """ "X met her Chilean counterpart": a person who meets or calls a counterpart of ``country`` is
    that country's foreign peer, never one of its own."""
    from sidelines.lexicon.countries import country_of

    for root in _subject_roots(person, parsed):
        for tok in root.head.subtree:
            if tok.lemma_.lower() != FOREIGN_PEER or tok.i == root.i:
                continue
            for mod in tok.lefts:
                found = country_of(mod.text) if mod.text[:1].isupper() else None
                if found is not None and found.iso3 == country:
                    return True
    return False


def is_report(text: str) -> bool:
    """Whether a text is one paragraph (a wire report's lead, a coded news sentence), not an article."""
    return "\n" not in text.strip()


def _fill_local_people(doc: "Document", parsed: "Doc", people: "list[Entity]") -> None:
    """People with a role or a full name, in a story set wholly in one country, take that country (an envoy
    posted there, "Ambassador to X", serves another)."""
    people = [p for p in people if p.country is None and (_acting_role(p) or _named_in_full(p))
              and not any(POSTING.search(r.title) for r in p.roles)]
    country = only_country(doc, parsed) if people else None
    if country is None and is_report(doc.text):
        # A one-paragraph report names its country once: there its office holders take it, unless
        # the country is what their own act is aimed at ("threatened action against Russia").
        # Only a country-level office ("President X"): a spokesman or an aide may serve a foreigner.
        people = [p for p in people if holds_bare_office(p)]
        country = only_country(doc, parsed, least=1, literal_only=True) if people else None
        if country is not None:
            people = [p for p in people if not _acts_on(p, country, doc, parsed)]
    if country is None:
        return
    authors = author_ids(doc)
    # A story set abroad of a paper whose country is known: who meets or visits there may be its own envoy.
    publisher = publisher_country(doc)
    abroad = publisher not in (None, country)
    trip_ends = _place_tokens(country, doc, parsed, trip_ends=True)
    for person in people:
        homes = party_homes(person)
        if person.id in authors or (homes is not None and country not in homes):
            continue
        if _meets_counterpart(person, country, parsed) or _travels_to(person, trip_ends, parsed):
            if abroad and any(holds_national_office(r.title, r.affiliation) for r in person.roles):
                # The paper's own office holder on a trip ("Secretary of State X flew to Cairo").
                person.country = publisher
                decide(person, "country", "actors", "a national office held by a visitor, the publisher's country")
            continue
        person.country = country
        decide(person, "country", "actors", "a role or full name, in a story whose every place lies in one country")


def fill_public_countries(doc: "Document", parsed: "Doc") -> None:
    """Give the home country to role holders of a story set in one country, and to figures of its party
    politics where the home country leads the story's countries (as for party members in :mod:`.home`)."""
    entities = doc.layer("entities")
    people = [e for e in entities if e.type == "PERSON" and e.country is None]
    if not people:
        return
    leading = story_country(doc)
    if leading is None:
        _fill_local_people(doc, parsed, people)
        _fill_report_people(doc, parsed, people)
        return
    settled = story_country(doc, DOC_COUNTRY_SHARE)
    home_led = story_country(doc, PUBLISHED_HOME_SHARE) if publisher_country(doc) == leading else None
    authors = author_ids(doc)
    for person in people:
        homes = party_homes(person)
        if person.id in authors or (homes is not None and leading not in homes) \
                or _meets_counterpart(person, leading, parsed):
            continue
        if settled is not None and _acting_role(person):
            how = "a role in a story set in one country, that country"
        elif _in_party_politics(person, parsed):
            how = "named in a sentence of party politics, in a story whose home country leads"
        elif settled is not None and _named_in_full(person):
            how = "named in full in a story set in one country, that country"
        elif home_led is not None and _named_in_full(person) and _named_again(person):
            how = "named in full and again in a home story of its publisher's country"
        else:
            continue
        person.country = leading
        decide(person, "country", "actors", how)
    _fill_local_people(doc, parsed, people)
    _fill_report_people(doc, parsed, people)


def _aimed_at(person: "Entity", country: str, lookup: CountryLookup, parsed: "Doc") -> bool:
    """Whether a mention of ``country`` (a place, a people or a body of it) stands in an object or a
    prepositional phrase of a verb the person is the subject of ("X accused the Kenyan police")."""
    spots = {i for i, found in lookup.by_token.items() if found == country}
    for root in _subject_roots(person, parsed):
        aimed = [c for c in root.head.children if c.dep_ in ("dobj", "obj", "dative", "prep", "xcomp", "ccomp")
                 and not (c.dep_ == "prep" and c.lower_ in ("in", "at"))]
        if any(t.i in spots for c in aimed for t in c.subtree):
            return True
    return False


def _foreign_critic(person: "Entity", country: str, lookup: CountryLookup, parsed: "Doc") -> bool:
    """Whether the person's act is aimed at the country (:func:`_aimed_at`) and is none that only its own
    people do (:func:`home_acts.acts_at_home`: an opposition figure's charge, an office holder's arrests)."""
    return _aimed_at(person, country, lookup, parsed) and not acts_at_home(person, _subject_roots(person, parsed))


def _fill_report_people(doc: "Document", parsed: "Doc", people: "list[Entity]") -> None:
    """In a one-paragraph report (a wire lead, a coded news sentence) whose places, peoples and bodies name
    one country, by name or by demonym ("Malian troops captured rebel commander X"), people with a role or a
    full name take it (rule ``actors:report-one-country``): such a report is about that country's people. Not
    those posted abroad, members of another country's party, a counterpart's peers, nor people whose own
    act is aimed at the country ("X accused the Kenyan police"): a foreign critic is none of its people."""
    people = [p for p in people if p.country is None and (_acting_role(p) or _named_in_full(p))
              and not any(_serves_another(r) for r in p.roles)]
    if not people or not is_report(doc.text):
        return
    lookup = CountryLookup(doc, parsed)
    named = lookup.setting_countries()
    if len(named) != 1:
        return
    country = next(iter(named))
    authors = author_ids(doc)
    trip_ends = _place_tokens(country, doc, parsed, trip_ends=True)
    for person in people:
        homes = party_homes(person)
        if person.id in authors or (homes is not None and country not in homes) \
                or _meets_counterpart(person, country, parsed) or _foreign_critic(person, country, lookup, parsed) \
                or _in_meeting(person, parsed) or _held_captive(person, parsed) \
                or _travels_to(person, trip_ends, parsed):
            continue
        person.country = country
        decide(person, "country", "actors", REPORT_RULE)


def _serves_another(role: "Role") -> bool:
    """Whether a role is a posting ("the envoy for Yemen"), speaks or acts for someone (:data:`SERVING_TITLES`)
    or serves a named party of no known country: its holder may be of any country."""
    from sidelines.lexicon.countries import country_of

    words = set(role.title.lower().replace("-", " ").split())
    return bool(words & (POSTED_HEADS | SERVING_TITLES)) or (
        role.affiliation is not None and country_of(role.affiliation) is None)


def _held_captive(person: "Entity", parsed: "Doc") -> bool:
    """Whether a name of the person is the one kidnapped, hijacked, freed or rescued (:data:`CAPTIVE_VERBS`):
    hostages and crews of a one-country report are as often foreigners as its own people."""
    for root in _mention_roots(person, parsed):
        verb = next((t for t in (root, *root.ancestors) if t.pos_ in ("VERB", "AUX")), None)
        if verb is not None and verb.lemma_.lower() in CAPTIVE_VERBS:
            return True
    return False


def _in_meeting(person: "Entity", parsed: "Doc") -> bool:
    """Whether a name of the person stands under a meeting or a visit ("held talks with President X", "met X",
    "X visited"): the other side of a meeting is as often a foreign guest or host as one of the country's own."""
    meeting = MEETING_NOUNS | MEETING_VERBS
    return any(t.lemma_.lower() in meeting for root in _mention_roots(person, parsed) for t in (root, *root.ancestors))


def _mention_roots(person: "Entity", parsed: "Doc") -> "Iterator[Token]":
    """The root token of each of the person's mentions."""
    for m in person.mentions:
        span = parsed.char_span(m.start, m.end, alignment_mode="expand")
        if span is not None:
            yield span.root
