"""In-document coreference: name variants, nominal mentions built from titles, and personal pronouns.

Names are grouped first (same name, surname of a full name, acronym of an organisation, another
name of the same country). Nominals such as "the Kremlin chief" or "the French president" then
join the person whose roles and country fit, and third-person pronouns join the most salient
earlier person of the right gender (a subject in the same or a previous sentence, the subject of
the main clause first). "The country", "the province" or "the region" join the latest fitting place a few
sentences back, or else the one such place named so far (or named three times as often as any other).
"""

from __future__ import annotations

import bisect
from collections import Counter
from typing import TYPE_CHECKING

from sidelines.extractors.entities import pronoun_context as context
from sidelines.extractors.entities.cluster_countries import cluster_country
from sidelines.extractors.entities.clusters import Cluster
from sidelines.extractors.entities.kind_modifiers import kind_determiner, latest_fitting
from sidelines.extractors.entities.names import NameMention, mention_root, token_positions
from sidelines.extractors.entities.pronoun_context import generic, quote_speaker_tokens, reporter_of, sentence_quotes
from sidelines.extractors.entities.title_words import title_variants
from sidelines.extractors.lookup import quoted_chars, sent_of, sentence_start
from sidelines.lexicon import countries
from sidelines.lexicon.kinds import KIND_NOMINALS
from sidelines.lexicon.pronouns import PERSON_PRONOUNS
from sidelines.lexicon.titles import (
    LEADER_TITLES,
    NOMINAL_HEADS,
    PORTFOLIOS,
    TITLE_MODIFIERS,
)
from sidelines.nlp.analysis import analysis_of
from sidelines.nlp.syntax import NOMINAL_SUBJECTS, SUBJECTS_WITH_PASSIVE

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# How many person mentions a nominal looks back (and then ahead) for the person it names.
NOMINAL_LOOKBACK = 200
KIND_WORDS = frozenset(KIND_NOMINALS) | {"its", "there"}
NOMINAL_LAST_WORDS = frozenset(h.split()[-1] for h in NOMINAL_HEADS)
TITLE_PARTS = TITLE_MODIFIERS | PORTFOLIOS
# How many sentences back "the country" or "its" looks for an organisation or place.
KIND_WINDOW = 4
# How much more often than any other a place must be named for "the city" to reach it beyond the window.
DOMINANT_RATIO = 3
# How many sentences back "there" looks for a place.
THERE_WINDOW = 1
NOMINAL_DETERMINERS = frozenset({"the"})
COUNTERPART_POSSESSIVES = frozenset({"his", "her", "their"})
NOMINAL_DETERMINERS_ANY = NOMINAL_DETERMINERS | COUNTERPART_POSSESSIVES
# Plural nominals for two office holders ("the two leaders", "both presidents") and the title each fits.
PLURAL_NOMINALS: dict[str, str] = {
    "leaders": "leader",
    "presidents": "president",
    "ministers": "minister",
    "premiers": "premier",
    "chancellors": "chancellor",
}
# Arguments of one verb that a personal pronoun among them never corefers with ("he told X").
COARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "dative"})
# Links from a word of a name to the name's head ("Anna" -> "Varga").
NAME_INNER_DEPS = frozenset({"compound", "flat", "det", "amod", "poss"})
# How many sentences (this one included) "the two leaders" looks back for the two people.
PLURAL_WINDOW = 3


class Resolver:
    """Attaches nominal and pronoun mentions of people to clusters."""

    def __init__(
        self,
        parsed: "Doc",
        text: str,
        clusters: list[Cluster],
        mentions: list[NameMention],
        role_spans: list[tuple[int, int]],
    ) -> None:
        self.parsed = parsed
        self.text = text
        self.clusters = clusters
        self.by_token: dict[int, NameMention] = {}
        for m in mentions:
            for k in range(m.i, m.j):
                self.by_token[k] = m
        self.role_tokens: set[int] = set()
        for s, e in role_spans:
            span = parsed.char_span(s, e, alignment_mode="expand")
            if span is not None:
                self.role_tokens.update(range(span.start, span.end))
        # A person named once by a single word is often a misread ("Oh Barb"); pronouns skip it.
        self.reliable = [
            len(c.names) > 1 or c.roles != [] or any(m.j - m.i > 1 for m in c.names) or c.gender is not None
            for c in clusters
        ]
        # Person mentions in text order: token index, cluster, subject or not, sentence start.
        self.timeline: list[tuple[int, int, bool, int]] = []
        for n, cluster in enumerate(clusters):
            if cluster.label != "PERSON":
                continue
            for m in cluster.names:
                head = parsed[m.j - 1]
                self.timeline.append((m.i, n, head.dep_ in NOMINAL_SUBJECTS, sentence_start(head)))
        self.timeline.sort()
        # The cluster of each token of a name, and of each pronoun once resolved (co-arguments below).
        self.cluster_at: dict[int, int] = {
            k: n for n, c in enumerate(clusters) for m in c.names for k in range(m.i, m.j)
        }
        # The cluster of the head of each nominal mention ("the senator said").
        self.nominal_at: dict[int, int] = {}

    def _add(self, tok_index: int, n: int, start: int, end: int, kind: str, subject: bool) -> None:
        self.clusters[n].others.append((start, end, kind))
        if kind == "nominal":
            self.nominal_at[tok_index] = n
        entry = (tok_index, n, subject, sentence_start(self.parsed[tok_index]))
        bisect.insort(self.timeline, entry)

    def add_nominal(self, tok_index: int, n: int, start: int, end: int, subject: bool) -> None:
        """Add a nominal mention of cluster ``n`` headed by token ``tok_index`` (pronouns may then take it)."""
        self._add(tok_index, n, start, end, "nominal", subject)

    # -- nominals -------------------------------------------------------------------------------
    def resolve_nominals(self) -> None:
        """ "the Kremlin chief", "the French president", "the foreign minister", "his counterpart"; a
        capitalised title ("the President", tagged as a proper noun) counts as well."""
        parsed = self.parsed
        for k in token_positions(parsed, NOMINAL_LAST_WORDS):
            tok = parsed[k]
            if tok.pos_ not in {"NOUN", "PROPN"} or tok.i in self.by_token or tok.i in self.role_tokens:
                continue
            head = tok.lower_
            if tok.i > 0 and f"{parsed[tok.i - 1].lower_} {head}" in NOMINAL_HEADS:
                head = f"{parsed[tok.i - 1].lower_} {head}"
            elif head not in NOMINAL_HEADS:
                continue
            nxt = parsed[tok.i + 1] if tok.i + 1 < len(parsed) else None
            if nxt is not None and (nxt.pos_ == "PROPN" or nxt.lower_ == "of" or nxt.text in {"-", "–"}):
                continue
            self._resolve_nominal(tok, head)

    def resolve_plural_nominals(self) -> None:
        """ "the two leaders", "both presidents": one nominal mention for each of the last two office holders.

        Only when exactly two distinct people with a fitting title were named in the few sentences
        before; the mention stays out of the pronoun timeline (it is plural).
        """
        parsed = self.parsed
        for k in token_positions(parsed, frozenset(PLURAL_NOMINALS)):
            tok = parsed[k]
            if tok.i in self.by_token or tok.i < 1 or tok.tag_ != "NNS":
                continue
            prev = parsed[tok.i - 1]
            if prev.lower_ == "both":
                first = prev
            elif prev.lower_ == "two" and tok.i >= 2 and parsed[tok.i - 2].lower_ == "the":
                first = parsed[tok.i - 2]
            else:
                continue
            nxt = parsed[tok.i + 1] if tok.i + 1 < len(parsed) else None
            if nxt is not None and (nxt.lower_ == "of" or nxt.pos_ == "PROPN"):
                continue
            pair = self._last_two_holders(first.i, PLURAL_NOMINALS[tok.lower_])
            for n in pair:
                self.clusters[n].others.append((first.idx, tok.idx + len(tok.text), "nominal"))

    def _last_two_holders(self, at: int, head: str) -> list[int]:
        """The two most recent distinct titled people fitting ``head`` before token ``at``, or nothing."""
        here = sentence_start(self.parsed[at])
        sent_starts = [s.start for s in self.parsed.sents if s.start <= here]
        oldest = sent_starts[-PLURAL_WINDOW] if len(sent_starts) >= PLURAL_WINDOW else 0
        pos = bisect.bisect_left(self.timeline, (at, -1, False, -1))
        found: list[int] = []
        for tok_index, n, _, _ in reversed(self.timeline[:pos]):
            if tok_index < oldest:
                break
            if n in found or not any(_title_fits(r.title, head, []) for r in self.clusters[n].roles):
                continue
            found.append(n)
        return found if len(found) == 2 else []

    def _nominal_parts(self, tok: "Token") -> tuple["Token | None", list[str], str | None]:
        """The determiner or possessive, the title words and the country inside the noun phrase."""
        det = None
        words: list[str] = []
        country = None
        for child in tok.lefts:
            if child.dep_ in {"det", "poss"} and child.lower_ in NOMINAL_DETERMINERS_ANY:
                det = child
        if det is None:
            return None, [], None
        for k in range(det.i + 1, tok.i):
            owner = self.by_token.get(k)
            if owner is not None:
                if owner.country:
                    country = owner.country
                elif owner.label not in ("PERSON", "GPE"):
                    return None, [], None
            elif parsed_lower(self.parsed, k) in TITLE_PARTS:
                words.append(parsed_lower(self.parsed, k))
            elif _describes_holder(self.parsed, k):
                continue  # "the embattled governor", "the former three-term governor": the same office
            elif self.parsed[k].text not in {"'s", "’s", "-"}:
                return None, [], None
        return det, words, country

    def _resolve_nominal(self, tok: "Token", head: str) -> None:
        det, words, country = self._nominal_parts(tok)
        if det is None:
            return
        start, end = det.idx, tok.idx + len(tok.text)
        if det.lower_ in COUNTERPART_POSSESSIVES:
            if head != "counterpart":
                return
            n = self._counterpart(tok)
        else:
            places = {self.text[m.start : m.end] for m in map(self.by_token.get, range(det.i + 1, tok.i))
                      if m is not None and m.label == "GPE"}
            n = self._title_match(tok.i, head, words, country, tuple(places))
            if n in self._coarguments(tok) or n == self.cluster_at.get(getattr(reporter_of(tok), "i", -1)):
                return  # "X attacked the senator", "X said the senator lied": never X
        if n is not None:
            self._add(tok.i, n, start, end, "nominal", tok.dep_ in NOMINAL_SUBJECTS)

    def _title_match(self, at: int, head: str, words: list[str], country: str | None,
                     places: tuple[str, ...] = ()) -> int | None:
        """The latest fitting person before token ``at`` (first one whose title names a place of it), else the next."""
        pos = bisect.bisect_left(self.timeline, (at, -1, False, -1))
        before = range(pos - 1, max(-1, pos - 1 - NOMINAL_LOOKBACK), -1)
        after = range(pos, min(len(self.timeline), pos + NOMINAL_LOOKBACK))
        for k in [*before, *after] if places else []:
            # "the Montana senator": first the holder whose title names the place
            if any(_title_fits(r.title, head, words) and _names_place(r.affiliation, places)
                   for r in self.clusters[self.timeline[k][1]].roles):
                return self.timeline[k][1]
        for k in [*before, *after]:
            n = self.timeline[k][1]
            cluster = self.clusters[n]
            if (country and cluster_country(cluster) != country) or (places and not country):
                continue  # a place of no known country ("the Dakota senator") is matched by the title's place only
            if any(_title_fits(r.title, head, words) for r in cluster.roles):
                return n
        return None

    def _counterpart(self, tok: "Token") -> int | None:
        """ "his counterpart": the latest titled person of another country than the possessor."""
        possessor = self._antecedent(tok.i, None)
        if possessor is None:
            return None
        own = cluster_country(self.clusters[possessor])
        for tok_index, n, _, _ in reversed(self.timeline):
            if tok_index >= tok.i or n == possessor:
                continue
            other = cluster_country(self.clusters[n])
            if self.clusters[n].roles and (own is None or other is None or other != own):
                return n
        return None

    # -- places and organisations --------------------------------------------------------------
    def resolve_kinds(self, with_its: bool = True) -> None:
        """ "the country", "the company" and "its" join the latest fitting place or organisation."""
        parsed = self.parsed
        kinds: list[tuple[int, int, str, int]] = []
        sent_no: dict[int, int] = {}
        for number, sent in enumerate(parsed.sents):
            sent_no[sent.start] = number
        subjects: set[int] = set()  # token indexes of names that are the subject of their clause
        for n, cluster in enumerate(self.clusters):
            kind = cluster_kind(cluster, self.text)
            if kind is None:
                continue
            for m in cluster.names:
                kinds.append((m.i, n, kind, sent_no[sentence_start(parsed[m.i])]))
                root = mention_root(parsed, m)
                if root.dep_ in NOMINAL_SUBJECTS:
                    subjects.add(m.i)
        kinds.sort()
        if not kinds:
            return
        firsts = [k[0] for k in kinds]
        for position in token_positions(parsed, KIND_WORDS):
            tok = parsed[position]
            low = tok.lower_
            want: set[str] | None = None
            start = tok.idx
            if low in KIND_NOMINALS and tok.pos_ == "NOUN" and tok.i not in self.by_token:
                det = kind_determiner(tok, self.by_token)  # "the country", "the Himalayan kingdom"
                if det is None:
                    continue
                nxt = parsed[tok.i + 1] if tok.i + 1 < len(parsed) else None
                if nxt is not None and (nxt.lower_ == "of" or nxt.pos_ == "PROPN"):
                    continue
                want = {KIND_NOMINALS[low]}
                start = parsed[det].idx
            elif with_its and low == "its" and tok.pos_ == "PRON":
                want = {"org", "country", "city"}
            elif with_its and low == "there" and tok.dep_ == "advmod":
                want = {"country", "city", "region"}
            if want is None:
                continue
            here = sent_no[sentence_start(tok)]
            pos = bisect.bisect_left(firsts, tok.i)
            window = THERE_WINDOW if low == "there" else KIND_WINDOW
            found = latest_fitting(kinds, pos, want, (here, window), KIND_NOMINALS.get(low) == "org", subjects)
            if found is None and low in KIND_NOMINALS:
                found = _dominant([n for _, n, kind, _ in kinds[:pos] if kind in want])
            if found is not None:
                self.clusters[found].others.append(
                    (start, tok.idx + len(tok.text), "nominal" if low in KIND_NOMINALS else "pronoun")
                )

    # -- pronouns -------------------------------------------------------------------------------
    def resolve_pronouns(self) -> None:
        """he/him/his/himself and she/her/hers/herself; "he or she" is generic and joins no one.

        A pronoun outside quotation marks does not reach a name inside a quotation of its own
        sentence: in '"I prefer X," he said' the speaker talks about X, so "he" is someone else (nor,
        where others are named, anyone named only in quotations: ``context.writers_people``); and
        a pronoun inside a quotation is not its speaker ('"He lied," X said': X would say "I").
        """
        parsed = self.parsed
        quoted = quoted_chars(parsed)

        for k, lower in enumerate(analysis_of(parsed).lowers):
            gender = PERSON_PRONOUNS.get(lower)
            if gender is None:
                continue
            tok = parsed[k]
            if tok.pos_ != "PRON" or generic(tok):
                continue
            skip = () if tok.idx in quoted else sentence_quotes(parsed, tok)
            exclude = self._coarguments(tok)
            if tok.idx in quoted:
                exclude |= self._speakers(tok)
            n = self._antecedent(tok.i, gender, skip, exclude)
            if n is None:
                continue
            self.cluster_at[tok.i] = n
            cluster = self.clusters[n]
            if cluster.gender is None:
                cluster.gender = gender
            self._add(tok.i, n, tok.idx, tok.idx + len(tok.text), "pronoun", tok.dep_ in NOMINAL_SUBJECTS)

    def _speakers(self, tok: "Token") -> frozenset[int]:
        """The clusters of the speaker of the quotation ``tok`` is in (a name, a description or a
        pronoun, resolved here when it comes later)."""
        out: set[int] = set()
        for subj in quote_speaker_tokens(self.parsed, tok.idx):
            n = self.cluster_at.get(subj.i, self.nominal_at.get(subj.i))
            gender = PERSON_PRONOUNS.get(subj.lower_)
            if n is None and gender is not None and subj.pos_ == "PRON":
                n = self._antecedent(subj.i, gender, sentence_quotes(self.parsed, subj), self._coarguments(subj))
            if n is not None:
                out.add(n)
        return frozenset(out)

    def _coarguments(self, tok: "Token") -> frozenset[int]:
        """Clusters named as another argument of the verb a subject or object pronoun belongs to: "he
        told Petrov" is not Petrov, nor is "him" in "Petrov thanked him" (reflexives aside)."""
        if tok.dep_ not in COARGUMENT_DEPS or tok.lower_.endswith(("self", "selves")):
            return frozenset()
        verb = tok.head
        args = [c for c in verb.children if c.dep_ in COARGUMENT_DEPS and c.i != tok.i]
        args += [g for c in verb.children if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "to")
                 for g in c.children if g.dep_ == "pobj"]
        return frozenset(self.cluster_at[a.i] for a in args if a.i in self.cluster_at)

    def _antecedent(self, at: int, gender: str | None, skip: tuple[tuple[int, int], ...] = (),
                    exclude: frozenset[int] = frozenset()) -> int | None:
        """The person a pronoun at token ``at`` most likely refers to: a subject nearby, else the most
        salient. Mentions that start inside a span of ``skip`` (the quotations reaching into its
        sentence) are passed over, and so are the clusters of ``exclude`` (the pronoun's co-arguments)."""
        parsed = self.parsed
        sent = sent_of(parsed[at])
        pos = bisect.bisect_left(self.timeline, (at, -1, False, -1))
        earlier = [e for e in self.timeline[max(0, pos - 40) : pos] if self._fits(e[1], gender)
                   and e[1] not in exclude and not any(a <= parsed[e[0]].idx < b for a, b in skip)]
        earlier = context.writers_people(parsed, at, earlier)
        if not earlier:
            return None
        here = [e for e in earlier if e[3] == sent.start]
        embedded = context.embedded_clause_subject(parsed, at, here)
        if embedded is not None:
            return embedded
        if here:
            subjects = [e for e in here if e[2]]
            if subjects:
                main = [e for e in subjects if self._main_subject(e[0])]
                return (main or subjects)[-1][1]
            return here[-1][1]
        # The subject of the nearest earlier sentence that names someone, or the one person named in the
        # sentence just before; else the most salient person.
        nearest = earlier[-1][3]
        subjects = [e for e in earlier if e[3] == nearest and e[2]]
        if subjects:
            # The subject of the main clause before those of subordinate clauses.
            main = [e for e in subjects if self._main_subject(e[0])]
            return (main or subjects)[-1][1]
        named = {e[1] for e in earlier if e[3] == nearest}
        if len(named) == 1 and sent.start > 0 and nearest == sentence_start(parsed[sent.start - 1]) and all(
                e[0] in self.by_token for e in earlier if e[3] == nearest) and not any(
                c.dep_ in SUBJECTS_WITH_PASSIVE | {"expl"} for c in parsed[sent.start - 1].sent.root.children):
            # "Just look at Senator X. He said ...": the one person named in a subjectless sentence just before
            # ("Next came questions about X. He said ..." has a subject: "he" stays the story's person)
            return named.pop()
        counts: dict[int, tuple[int, int]] = {}
        for rank, e in enumerate(earlier):
            counts[e[1]] = (counts.get(e[1], (0, 0))[0] + 1, rank)
        return max(counts, key=lambda n: counts[n])

    def _main_subject(self, k: int) -> bool:
        """Whether the mention at token ``k`` is (in) the subject of its sentence's main verb."""
        tok = self.parsed[k]
        while tok.dep_ in NAME_INNER_DEPS and tok.head.i != tok.i:
            tok = tok.head
        return tok.dep_ in NOMINAL_SUBJECTS and tok.head.dep_ == "ROOT"

    def _fits(self, n: int, gender: str | None) -> bool:
        cluster = self.clusters[n]
        if not self.reliable[n]:
            return False
        return gender is None or cluster.gender is None or cluster.gender == gender


def _dominant(named: list[int]) -> int | None:
    """Further back, "the city" is the one such place named so far, or the one named at least
    ``DOMINANT_RATIO`` times as often as any other."""
    counts = Counter(named).most_common(2)
    if not counts:
        return None
    if len(counts) == 1 or counts[0][1] >= DOMINANT_RATIO * counts[1][1]:
        return counts[0][0]
    return None


def parsed_lower(parsed: "Doc", k: int) -> str:
    """The lower-case text of token ``k``."""
    return str(parsed[k].lower_)


def _title_fits(title: str, head: str, words: list[str]) -> bool:
    """Whether a role title (or its head's part: "mayor of Lyon") fits a nominal: "leader" fits any top
    office; words must all appear."""
    return any(_one_title_fits(t.lower().replace("-", " "), head, words) for t in title_variants(title))


def _one_title_fits(low: str, head: str, words: list[str]) -> bool:
    if head == "leader":
        return any(low.endswith(t) for t in LEADER_TITLES) or low.endswith("leader")
    if not low.endswith(head.replace("-", " ")):
        return False
    return all(w in low.split() for w in words if w in PORTFOLIOS)


def _names_place(affiliation: str | None, places: tuple[str, ...]) -> bool:
    """Whether a role's affiliation is (or names) one of ``places``."""
    return affiliation is not None and any(p in affiliation.split(", ") or affiliation.endswith(p) for p in places)


def cluster_kind(cluster: Cluster, text: str) -> str | None:
    """ "country", "city" or "org" for clusters that "the country", "the city" or "the company" can name."""
    label = cluster.label
    if label == "ORG":
        return None if any(m.metonymic for m in cluster.names) else "org"
    if label == "LOC":
        return "region"
    if label == "GPE":
        m = cluster.names[0]
        if countries.country_by_name(text[m.start : m.end]) is not None:
            return "country"
        return "city"
    return None


def _describes_holder(parsed: "Doc", k: int) -> bool:
    """Whether token ``k`` before a title describes its holder without naming another office: an
    adjective or a number ("embattled", "veteran", "three") or a word joined to one by a hyphen
    ("three-term", "two-time")."""
    tok = parsed[k]
    if tok.ent_type_ in ("NORP", "GPE", "ORG", "PERSON"):
        return False
    if tok.pos_ in ("ADJ", "NUM") or tok.tag_ == "JJ":
        return True
    return k > 0 and parsed[k - 1].text in {"-", "–"} and tok.pos_ in ("NOUN", "ADJ")
