"""Roles of people: titles before a name, appositives, "X is a TITLE", "head of ORG X", and delegation frames.

Each role has a title ("Energy Minister", "director-general") and, where the text states or implies it, an
affiliation: a country ("Swedish Prime Minister X" -> Sweden) or an organisation ("Vattenfall director-general
X" -> Vattenfall). People also get a country: from a demonym or country in their title, from an organisation's
country, from the delegation they are listed in, or from a party marker ("Sen. X (R-Texas)"). Abbreviated
titles are given as the office ("Gov." -> "Governor"), and an office's domain or place belongs to its title
("Inspector General of Police X"; office_extents: "X, the mayor of Lyon,").
Descriptions count as roles too: "X, a retired firefighter," and "veteran comedian X". An appositive title may
mention another person it serves ("X, a senior adviser to Y,"), and its body after "for", "at", "with", "of" or
"from" gives a country ("a spokeswoman for the Russian Foreign Ministry").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sidelines.extractors.entities.copular_titles import copula_of, predicate_extent, predicate_head
from sidelines.extractors.entities.delegations import apply_delegation_frames
from sidelines.extractors.entities.names import NameMention, demonym_noun_country
from sidelines.extractors.entities.office_extents import full_office_end, office_before_comma, subject_title_served
from sidelines.extractors.entities.person_country import place_country
from sidelines.extractors.entities.role_bodies import body_affiliation, country_before_body, title_apposed_to_home
from sidelines.extractors.entities.served import SERVED_PREPOSITIONS, served_after
from sidelines.extractors.entities.title_conjuncts import conjunct_roles
from sidelines.extractors.entities.title_words import (
    affiliation_of,
    country_name,
    domain_end,
    is_description,
    is_prenominal_description,
    is_title_head,
    is_title_word,
    possessor_country,
    posted_to,
    title_before_comma,
    title_end_before,
    title_tokens_before,
)
from sidelines.extractors.lookup import sentence_start
from sidelines.lexicon import countries
from sidelines.lexicon.titles import (
    COMPOUND_TITLES,
    OFFICE_DOMAINS,
    PARTY_MARKERS,
    PARTY_ROLES,
    PLACE_SEATS,
    PORTFOLIOS,
    POSTED_HEADS,
    RELATIONS,
    TITLE_ABBREVIATIONS,
    TITLE_HEADS,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

PARTY_MARKER_RES = tuple((re.compile(pattern), iso3) for pattern, iso3 in PARTY_MARKERS)
# The longest office domain after "of", in tokens ("Inspector General of Police", "Secretary of Homeland Security").
MAX_DOMAIN_TOKENS = 3
POSSESSIVE_TOKENS = frozenset({"'s", "’s", "'", "’"})
# Prepositions that say where a person is from ("X of Brazil", "X, 34, from Recife").
ORIGIN_PREPOSITIONS = frozenset({"of", "from"})
# Prepositions between a title head and its domain ("Inspector General of Police", "Advisor for Africa").
DOMAIN_PREPOSITIONS = frozenset({"of", "for"})


@dataclass
class RoleFinding:
    """A title read from the text, with its affiliation and the country it implies."""

    title: str
    affiliation: str | None = None
    country: str | None = None
    counterpart: bool = False
    served: int | None = None  # where the person the title serves is named ("Y's spokesman", "adviser to Y")
    start: int = 0
    end: int = 0


class RoleReader:
    """Reads roles for the person mentions of one document."""

    def __init__(self, parsed: "Doc", text: str, mentions: list[NameMention]) -> None:
        self.parsed = parsed
        self.text = text
        self.mentions = mentions
        self.by_token: dict[int, NameMention] = {}
        for m in mentions:
            for k in range(m.i, m.j):
                self.by_token[k] = m
        self.new_mentions: list[NameMention] = []

    def title_text(self, first: int, last: int) -> str:
        """The title as written, an abbreviation given as its office ("Ohio Gov." -> "Ohio Governor")."""
        toks = self.parsed[first : last + 1]
        if not any(t.lower_ in TITLE_ABBREVIATIONS for t in toks):
            return self.text[toks[0].idx : toks[-1].idx + len(toks[-1].text)]
        return "".join(TITLE_ABBREVIATIONS.get(t.lower_, t.text) + (t.whitespace_ if t.i < last else "") for t in toks)

    def _has_head(self, first: int, last: int) -> bool:
        tok = self.parsed[last] if first <= last else None
        return tok is not None and (
            is_title_head(tok) or tok.lower_ in TITLE_ABBREVIATIONS
            or (last > first and f"{self.parsed[last - 1].lower_} {tok.lower_}" in COMPOUND_TITLES)
        )

    def _is_region(self, mention: NameMention | None, i: int, j: int) -> bool:
        """Whether tokens [i, j) are a place an office covers ("for Africa"), named or known to the gazetteer."""
        if mention is not None:
            return mention.label in {"GPE", "LOC"} and mention.i == i and mention.j == j
        words = self.parsed[i:j]
        if not all(t.pos_ == "PROPN" and t.is_title for t in words):
            return False
        from sidelines.gazetteer import get_gazetteer

        return bool(get_gazetteer().lookup(self.text[words[0].idx : words[-1].idx + len(words[-1].text)]))

    def domain_start(self, last: int, stop: int, depth: int = 0) -> int | None:
        """ "Inspector General of Police X", "Senior Advisor for Africa X": the title head before an
        "of DOMAIN" or "for DOMAIN" that ends at ``last``; the head may have a domain of its own
        ("Minister of State for External Affairs")."""
        for size in range(1, MAX_DOMAIN_TOKENS + 1):
            k = last - size
            if k - 1 < stop or self.parsed[k].lower_ not in DOMAIN_PREPOSITIONS:
                continue
            words = self.parsed[k + 1 : last + 1]
            if any(t.i in self.by_token and self.by_token[t.i].label == "PERSON" for t in words):
                continue
            domain = " ".join(t.lower_ for t in words)
            region = self.by_token.get(k + 1)
            is_domain = (
                domain in OFFICE_DOMAINS
                or all(t.lower_ in PORTFOLIOS for t in words)
                or (self.parsed[k].lower_ == "for" and self._is_region(region, k + 1, last + 1))
            )
            if not is_domain:
                continue
            if self.parsed[k - 1].lower_ in TITLE_HEADS:
                return title_tokens_before(self.parsed, k - 1, stop, self.by_token)
            if depth == 0:
                nested = self.domain_start(k - 1, stop, depth + 1)
                if nested is not None:
                    return nested
        # "Ambassador to the Philippines X": the posting belongs to the title (and names no sender).
        place = self.by_token.get(last)
        if place is not None and place.label == "GPE" and place.j == last + 1:
            k = place.i - 1
            if k >= stop and self.parsed[k].lower_ == "the":
                k -= 1
            if k - 1 >= stop and self.parsed[k].lower_ == "to" and self.parsed[k - 1].lower_ in POSTED_HEADS:
                return title_tokens_before(self.parsed, k - 1, stop, self.by_token)
        return None

    def prenominal(self, m: NameMention) -> RoleFinding | None:
        """ "Swedish Prime Minister X", "Vattenfall director-general X", "head of the Federal Agency X"."""
        parsed = self.parsed
        sent_start = sentence_start(parsed[m.i])
        last = title_end_before(parsed, m.i - 1, sent_start)  # "Senator (Robert) Kane", "Minister Dr. X"
        if last < sent_start:
            return None
        first = title_tokens_before(parsed, last, sent_start, self.by_token)
        headed = self._has_head(first, last)
        if first > last:
            tail = self._title_ending_a_name(m)
            if tail is not None:
                return tail
            if is_prenominal_description(parsed[last], m.i, m.j):  # "veteran comedian X"
                first, headed = title_tokens_before(parsed, last - 1, sent_start, self.by_token), True
                first = min(first, last)
        if first <= last and not headed:
            # "Secretary of State X", "Minister of Foreign Affairs X": the head comes before "of".
            k = first - 1
            if k - 1 >= sent_start and parsed[k].lower_ == "of" and parsed[k - 1].lower_ in TITLE_HEADS:
                first = title_tokens_before(parsed, k - 1, sent_start, self.by_token)
                headed = True
        if first > last or not headed:
            domain_first = self.domain_start(last, sent_start)
            if domain_first is not None:
                first, headed = domain_first, True
        if first > last or not headed:
            return self._head_of(m, sent_start)
        # "Chief of Defence Staff General X": a rank after an office keeps the office before it.
        office = self.domain_start(first - 1, sent_start) if first - 1 > sent_start else None
        first = first if office is None else office
        first = self._joined_portfolios(first, sent_start)
        if first - 2 >= sent_start and parsed[first - 1].lower_ == "for" and parsed[first - 2].lower_ in PARTY_ROLES:
            first = title_tokens_before(parsed, first - 2, sent_start, self.by_token)  # "nominee for governor X"
        end = parsed[last].idx + len(parsed[last].text)
        role = RoleFinding(self.title_text(first, last), start=parsed[first].idx, end=end)
        role.counterpart = parsed[last].lower_ == "counterpart"
        self.attach_affiliation(role, first - 1, self._abbreviated_place_start(first, sent_start))
        return role

    def _abbreviated_place_start(self, first: int, sent_start: int) -> int:
        """ "Calif. Gov. X": a sentence the parser ends at a place's abbreviation starts at that place."""
        place = self.by_token.get(first - 1) if first == sent_start else None
        if place is None or place.label != "GPE" or not self.parsed[first - 1].text.endswith("."):
            return sent_start
        return place.i

    # Words joining the portfolios of one office ("Health, Labour and Welfare Minister").
    JOINERS = frozenset({"and", ",", "&"})

    def _joined_portfolios(self, first: int, stop: int) -> int:
        """ "Mines and Energy Minister X", "Health, Labour and Welfare Minister X": capitalised
        portfolios joined by "and" or a comma before the title's first portfolio belong to the title."""
        parsed = self.parsed
        while first - 2 >= stop and parsed[first].lower_ in PORTFOLIOS and parsed[first - 1].lower_ in self.JOINERS:
            before = parsed[first - 2]
            owner = self.by_token.get(before.i)
            if not (before.is_title and before.lower_ in PORTFOLIOS) or (owner is not None and owner.label == "PERSON"):
                break
            first -= 2
        return first

    def _title_ending_a_name(self, m: NameMention) -> RoleFinding | None:
        """ "Genesee County Sheriff X": a name of an office, read as a place or organisation, that ends
        in a title right before the person: the title is theirs, the rest of the name its affiliation."""
        owner = self.by_token.get(m.i - 1)
        if owner is None or owner.label == "PERSON" or owner.j != m.i or owner.j - owner.i < 2:
            return None
        last = m.i - 1
        first = last + 1
        while first - 1 > owner.i and is_title_word(self.parsed[first - 1]):
            first -= 1
        if first > last or not self._has_head(first, last):
            return None
        toks = self.parsed[owner.i : first]
        affiliation = self.text[toks[0].idx : toks[-1].idx + len(toks[-1].text)]
        start, end = self.parsed[first].idx, self.parsed[last].idx + len(self.parsed[last].text)
        return RoleFinding(self.title_text(first, last), affiliation, start=start, end=end)

    def attach_affiliation(self, role: RoleFinding, k: int, sent_start: int) -> None:
        """Fill the affiliation from the name right before the title (possibly with "'s")."""
        parsed = self.parsed
        possessive = k >= sent_start and parsed[k].text in POSSESSIVE_TOKENS
        k -= int(possessive)
        if k < sent_start:
            return
        body_country = country_before_body(parsed, self.by_token, k, sent_start) if not possessive else None
        if body_country is not None:
            role.affiliation, role.country = country_name(body_country), body_country
            return
        owner = self.by_token.get(k)
        if owner is not None:
            if owner.label == "PERSON" and owner.j == k + 1 and possessive:
                role.served = owner.start  # "Brekke's spokeswoman"
            if owner.label == "PERSON" or owner.j != k + 1:
                return
            role.affiliation, role.country = affiliation_of(owner, self.text)
            role.country = role.country or possessor_country(self.parsed, self.by_token, owner, sent_start)
            return
        demonym = countries.country_by_demonym(parsed[k].text) if parsed[k].dep_ in ("amod", "compound") else None
        if demonym is not None and parsed[k].is_title:  # "Brazilian striker X" with "Brazilian" left unlabelled
            role.affiliation, role.country = demonym.name, demonym.iso3
            return
        # An unlabelled proper name right before a title is an organisation ("Vattenfall director-general").
        if parsed[k].pos_ == "PROPN" and parsed[k].is_title and k not in self.by_token and k > sent_start:
            first = k
            while (
                first - 1 > sent_start
                and parsed[first - 1].pos_ == "PROPN"
                and parsed[first - 1].is_title
                and first - 1 not in self.by_token
            ):
                first -= 1
            start, end = parsed[first].idx, parsed[k].idx + len(parsed[k].text)
            surface = self.text[start:end]
            country = countries.country_of(surface)
            if country is not None:
                role.affiliation, role.country = country.name, country.iso3
                return
            org = NameMention(start, end, "ORG", first, k + 1, source="role")
            self.new_mentions.append(org)
            for t in range(first, k + 1):
                self.by_token[t] = org
            role.affiliation = surface

    def country_after(self, m: NameMention) -> tuple[str | None, bool]:
        """ "Maria Costa of Brazil", "Ana Ruiz, 34, from Valparaiso, Chile": where a person is from.

        The place is a country or its capital, or a town or state the gazetteer places in one country
        ("of Columbia, South Carolina" reads the state, the last place of the chain). The flag says
        whether the place named is the country itself (or its capital) rather than a place inside it.
        """
        parsed = self.parsed
        k = m.j
        heads = set(range(m.i, m.j))
        if k + 3 < len(parsed) and parsed[k].text == "," and parsed[k + 1].like_num and parsed[k + 2].text == ",":
            heads.add(k + 1)  # the age between commas: "Ana Ruiz, 34, from ..."
            k += 3
        if k + 1 >= len(parsed) or parsed[k].lower_ not in ORIGIN_PREPOSITIONS or parsed[k].head.i not in heads:
            return None, False
        place = self.by_token.get(k + 1)
        if place is None or place.i != k + 1 or place.label not in {"GPE", "LOC"} or place.metonymic:
            return None, False
        if place.country:
            return place.country, True
        chain = [place]
        while place.j + 1 < len(parsed) and parsed[place.j].text == ",":
            nxt = self.by_token.get(place.j + 1)
            if nxt is None or nxt.i != place.j + 1 or nxt.label != "GPE":
                break
            chain.append(nxt)
            place = nxt
        for where in reversed(chain):
            country = where.country or place_country(self.text[where.start : where.end])
            if country is not None:
                return country, False
        return None, False

    def party_country(self, m: NameMention) -> str | None:
        """ "Sen. X (R-Texas)", "Rep. Y, D-N.Y.,": a party marker only one country's press writes."""
        after = self.text[m.end : m.end + 24]
        return next((iso3 for pattern, iso3 in PARTY_MARKER_RES if pattern.match(after)), None)

    def country_before(self, m: NameMention) -> str | None:
        """ "Brazil's Maria Costa", "Swedish Erik Lindqvist": a country right before a name without a title."""
        k = m.i - 1
        if k >= 0 and self.parsed[k].text in POSSESSIVE_TOKENS:
            k -= 1
        owner = self.by_token.get(k) if k >= 0 else None
        if (
            owner is not None
            and owner.j == k + 1
            and owner.label in {"GPE", "NORP"}
            and not owner.metonymic
            and m.i <= self.parsed[k].head.i < m.j
            and not posted_to(self.parsed, owner.i)
        ):
            # the country must modify the name itself: not "Mexico's Trump problem", "Mexican Trump fans";
            # a country a title is posted to ("Ambassador to [the] Peru X") is not the holder's
            return owner.country
        if owner is None and k >= 0 and m.i <= self.parsed[k].head.i < m.j:
            return demonym_noun_country(self.parsed[k].text)
        return None

    def _head_of(self, m: NameMention, sent_start: int) -> RoleFinding | None:
        """ "head of [the] ORG X": the organisation ends right before the name."""
        parsed = self.parsed
        org = self.by_token.get(m.i - 1)
        if org is None or org.label in {"PERSON", "NORP"} or org.j != m.i:
            return None
        k = org.i - 1
        if k >= sent_start and parsed[k].lower_ == "the":
            k -= 1
        if k < sent_start or parsed[k].lower_ != "of":
            return None
        last = k - 1
        first = title_tokens_before(parsed, last, sent_start, self.by_token)
        if not self._has_head(first, last):
            return None
        affiliation, country = affiliation_of(org, self.text)
        return RoleFinding(self.title_text(first, last), affiliation, country,
                           start=parsed[first].idx, end=parsed[last].idx + len(parsed[last].text))

    def predicate(self, m: NameMention) -> RoleFinding | None:
        """ "X is a former U.S. Army captain", "X was the party's treasurer": a title after "be"."""
        verb = copula_of(self.parsed[m.j - 1])
        if verb is None:
            return None
        head = predicate_head(verb, self.by_token)
        if head is None:
            return None
        stop = max(sentence_start(head), head.left_edge.i)
        first, last = predicate_extent(self.parsed, head, stop, self.by_token)
        role = RoleFinding(self.title_text(first, last), start=self.parsed[first].idx, end=head.idx + len(head.text))
        self.attach_affiliation(role, first - 1, stop)
        if role.affiliation is None:  # "X is the director of the Y Center", "X is a fellow at Y"
            body_affiliation(self.by_token, self.text, role, head)
        return role

    def _posting_end(self, head: "Token") -> int:
        """ "the ambassador to Japan": the last token of the posting after an envoy's title, else the head."""
        if head.lower_ not in POSTED_HEADS:
            return head.i
        for prep in head.children:
            if prep.dep_ == "prep" and prep.lower_ == "to" and prep.i == head.i + 1:
                for obj in prep.children:
                    place = self.by_token.get(obj.i)
                    if obj.dep_ == "pobj" and place is not None and place.label == "GPE":
                        return place.j - 1
        return head.i

    def _names_holder(self, other: NameMention, head: "Token") -> bool:
        """Whether another person inside a title phrase is the one it names ("head of the Service Y"):
        not a person before the head ("a senior Y aide"), one the title serves ("adviser to Y",
        "spokesman for Y"), one a relation or description is "of" ("the mother of Y") or one naming
        something else in it ("a delegate on the Y slate")."""
        if other.j <= head.i:
            return False
        root = self.parsed[other.j - 1]
        if root.dep_ in ("compound", "poss", "amod") and not other.i <= root.head.i < other.j:
            return False
        if root.dep_ != "pobj" or root.head.head.i != head.i:
            return True
        # "adviser to Y", "the mother of Y", "a confidant of Y" (no office: "head of Y" may name its holder)
        of_relation = root.head.lower_ == "of" and head.lower_ not in TITLE_HEADS
        return not (root.head.lower_ in SERVED_PREPOSITIONS or of_relation)

    def _office_before_place(self, place_tok: "Token") -> "Token | None":
        """The title before "of PLACE" (or a seat's "from PLACE") is the name's: "the senator from Ohio, X,"."""
        place = self.by_token.get(place_tok.i)
        if place is None or place.label not in {"GPE", "ORG"} or place_tok.dep_ != "pobj":
            return None
        prep, office = place_tok.head, place_tok.head.head
        seat = prep.lower_ == "of" or (prep.lower_ == "from" and office.lower_ in PLACE_SEATS)
        return office if seat and office.i < prep.i and is_title_head(office) else None

    def _office_name_start(self, head: "Token") -> int | None:
        """Where the title ending at ``head`` starts when it is read as a name ("Surgeon General", a
        name made of title words only), ``head.i`` when it is no name, None when another name holds it."""
        office = self.by_token.get(head.i)
        if office is None:
            return head.i
        words = self.parsed[office.i : office.j]
        if office.label == "PERSON" or office.j != head.i + 1 or not all(is_title_word(t) for t in words):
            return None
        return office.i

    def appositive(self, m: NameMention) -> RoleFinding | None:
        """ "X, Russia's foreign minister," and "Russia's foreign minister, X,"."""
        parsed = self.parsed
        head = None
        for k in range(m.i, m.j):
            for child in parsed[k].children:
                if child.dep_ == "appos" and child.i >= m.j and (
                        is_title_head(child) or child.lower_ in RELATIONS or is_description(child)):
                    head = child
                    break
        last_tok = parsed[m.j - 1]
        head = head or subject_title_served(parsed, m)
        if (head is None and last_tok.dep_ == "appos" and last_tok.head.i < m.i
                and (is_title_head(last_tok.head) or last_tok.head.lower_ in RELATIONS)):
            head = last_tok.head
        if head is None and last_tok.dep_ == "appos":
            head = self._office_before_place(last_tok.head)
        if head is None:
            head = title_before_comma(parsed, m.i, m.j)
        if head is None:
            head = title_apposed_to_home(parsed, self.by_token, m)
        if head is None:
            return None
        office_first = self._office_name_start(head)
        if office_first is None:
            return None
        # "X, head of the Service Y": the phrase names someone else (a relative clause, "who supports Y", does not).
        # A possessor ("X, President Y's nominee,") names the owner; a name joined ("X, an aide, and Y,") is listed.
        clauses = {t.i for c in head.children if c.dep_ in ("relcl", "acl", "poss")
                   or (c.dep_ == "conj" and c.i in self.by_token) for t in c.subtree}
        if any(
            self.by_token[t.i].label == "PERSON" and self._names_holder(self.by_token[t.i], head)
            for t in head.subtree
            if t.i in self.by_token and not m.i <= t.i < m.j and t.i not in clauses
        ):
            return None
        sent_start = sentence_start(head)
        first = min(head.i, office_first,
                    title_tokens_before(parsed, head.i, max(sent_start, head.left_edge.i), self.by_token))
        last = full_office_end(parsed, self.by_token, head.i, max(self._posting_end(head), domain_end(parsed, head.i)))
        role = RoleFinding(self.title_text(first, last), start=parsed[first].idx, end=head.idx + len(head.text))
        role.counterpart = head.lower_ == "counterpart"
        self.attach_affiliation(role, first - 1, max(sent_start, head.left_edge.i))
        if role.affiliation is None or role.country is None:  # "the Republican mayor of Springfield"
            body_affiliation(self.by_token, self.text, role, head)
        served = served_after(self.by_token, head)
        role.served = served.start if served is not None and role.served is None else role.served
        return role


def read_roles(reader: RoleReader) -> dict[int, list[RoleFinding]]:
    """Roles of every person mention of the reader (by index in its ``mentions``); organisations found on
    the way are left in ``reader.new_mentions``.

    Person mentions also get their ``country`` set where a role or a delegation frame implies one.
    """
    parsed, mentions = reader.parsed, reader.mentions
    roles: dict[int, list[RoleFinding]] = {}
    persons = [(n, m) for n, m in enumerate(mentions) if m.label == "PERSON"]
    for n, m in persons:
        found = [r for r in (reader.prenominal(m), reader.appositive(m) or office_before_comma(reader, m),
                             reader.predicate(m)) if r]
        found += conjunct_roles(parsed, reader.text, found, reader.by_token)
        if found:
            roles[n] = found
            for r in found:
                if r.country and m.country is None:
                    m.country = r.country
        if m.country is None:
            m.country = reader.country_before(m) or reader.party_country(m)
        if m.country is None:
            m.country, named = reader.country_after(m)
            for r in found:
                if named and r.affiliation is None:  # "President X of Sweden": the office is Sweden's
                    r.affiliation, r.country = country_name(m.country), m.country
    apply_delegation_frames(parsed, persons, reader.by_token, roles)
    return roles
