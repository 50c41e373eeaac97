"""Descriptions: a definite title that describes the one person just named ("the head coach").

A story names someone, then goes on with a description instead of the name: "That will be a worry
for X. The head coach returns on Monday", "X spoke on Tuesday. ... the retired surgeon said", "she
focused on X, using the Republican nominee's words". Such a noun phrase is a mention of that person
and its words are a role of theirs. It is read only where the reading is safe:

* "the" and a singular occupation or position, with an age or an office's domain around it ("the
  44-year-old lawmaker", "the former secretary of state") (a title head, or an occupation noun derived from
  training text, ``data/occupations.txt``; an office that the nominal reader of :mod:`.coref` matches
  against stated titles, "senator", "spokesman", only where that reader found no holder, and never a
  leader's, "the president"), with only modifiers before it, as the subject or the possessor of its
  clause, outside quotation marks; or as an object or an object's possessor ("followed the Nevada senator",
  "a swipe at the magnate", "thanked the senator's staff"), where the person must be the only one left once
  its co-arguments and the subjects of its sentence are set aside, and no personal pronoun (a name not yet
  resolved) stands where the person is looked for;
* exactly one person is mentioned before it, outside quotation marks, in its sentence, or, with
  none there, in the sentence before (with several, the one of them who is a subject there, who
  then gets the mention but not the title; for an office, not when every one there is named only
  after a preposition: "Against X, the Ohio governor won" is about someone else);
* it is not inside what that person is reported to say ("X said the ambassador had been summoned"), nor, as
  a subject, a person its own clause names ("the nominee has not moved to defend X");
* the same noun was not used before for someone else ("a lawyer ... the lawyer"; an earlier "the lawyer" is a
  description too, and does not count), its gender and a
  country in it do not contradict the person's;
* where one person was given the title before ("X, the judge, ... Y said nothing. ... the judge said"), the
  description is that holder rather than the person just named (it only redirects a reading the rules above
  make; for a party's role, held by one person at a time, the earlier holder is read in any case).

"The Norwegian said" (a singular demonym heading its phrase) is read the same way, as a mention
only: a nationality is no role.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sidelines.extractors.entities.cluster_countries import cluster_country
from sidelines.extractors.entities.clusters import Cluster
from sidelines.extractors.entities.roles import RoleFinding
from sidelines.extractors.entities.title_words import HYPHENS, domain_end, hyphen_word, title_variants
from sidelines.extractors.lookup import quoted_chars, sent_of
from sidelines.lexicon.pronouns import PERSON_PRONOUNS
from sidelines.lexicon.titles import (
    LEADER_TITLES,
    NOMINAL_HEADS,
    PARTY_AFFILIATIONS,
    PARTY_ROLES,
    RELATIONS,
    TITLE_GENDER,
    TITLE_HEADS,
    occupations,
)
from sidelines.nlp.analysis import analysis_of

if TYPE_CHECKING:
    from collections.abc import Iterable

    from spacy.tokens import Doc, Span, Token

    from sidelines.extractors.entities.coref import Resolver
    from sidelines.extractors.entities.names import NameMention

# Heads that describe a person by occupation or position; offices are left to the nominal reader, which
# matches them against stated titles, and read here only for a person with no title that fits them.
DESCRIPTION_HEADS = (TITLE_HEADS | occupations()) - NOMINAL_HEADS - {"head", "counterpart"}
# Offices read as a description when the nominal reader found no holder: not a leader's ("the president"
# is often the incumbent, named nowhere near), nor a word for someone else's official or a guest.
OFFICE_HEADS = frozenset(h for h in NOMINAL_HEADS if " " not in h) - LEADER_TITLES - {
    "counterpart", "host", "guest", "head", "chief"}
PERSON_HEADS = DESCRIPTION_HEADS | OFFICE_HEADS
# Heads that alone name a part in an event ("the host"), but with a noun of a trade compounded before them a
# person's occupation ("the radio host", "the talk show host").
COMPOUNDED_HEADS = frozenset({"host"})


def _hyphen_parts(heads: frozenset[str]) -> frozenset[str]:
    """The heads, and their parts before and after each hyphen ("front-runner": "front", "runner")."""
    cuts = [(h, k) for h in heads for k, ch in enumerate(h) if ch == "-"]
    return heads | {h[:k] for h, k in cuts} | {h[k + 1:] for h, k in cuts}


#: Every token a description's head can be written with: spaCy splits "front-runner" into three tokens, and
#: :func:`.title_words.hyphen_word` joins them again; a token outside it heads no description.
HEAD_TOKENS = _hyphen_parts(PERSON_HEADS | COMPOUNDED_HEADS)
DESCRIPTION_DEPS = frozenset({"nsubj", "nsubjpass", "poss"})
# An object ("followed the Nevada senator", "a swipe at the magnate") or its possessor ("thanked the senator's
# staff") is read too, but only for the one person named before it who is no argument of its verbs (the subject
# of a verb is never its own object).
OBJECT_DEPS = frozenset({"dobj", "pobj"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "agent", "expl"})
ARGUMENT_DEPS = SUBJECT_DEPS | frozenset({"dobj", "dative", "attr", "oprd"})
MODIFIER_POS = frozenset({"ADJ", "NOUN", "PROPN", "VERB"})
NEXT_BLOCKERS = frozenset({"of", "-", "–", "for", "to"})
# Entity types of a span of time after "for" ("for years", "for an hour").
SPAN_OF_TIME = frozenset({"DATE", "TIME"})
# Spellings of one party word ("GOP nominee", "Republican nominee").
PARTY_SPELLINGS = {"GOP": "Republican", "Republicans": "Republican", "Democrat": "Democratic",
                   "Democrats": "Democratic"}
# How many tokens back a description looks for an earlier use of its noun.
REUSE_WINDOW = 200


def _modifiers_start(tok: "Token", det: "Token", by_token: "dict[int, NameMention]") -> tuple[int, str | None] | None:
    """The first word after the determiner, and a country named among the modifiers; None when a
    word between is no modifier of a title (a name of a person, a possessive, a number)."""
    country, first = None, det.i + 1
    age = _age_end(tok.doc, first, tok.i)
    if age is not None:  # "the 44-year-old lawmaker": the age is no part of the title
        first = age
    for k in range(first, tok.i):
        word = tok.doc[k]
        owner = by_token.get(k)
        if owner is not None:
            if owner.label == "PERSON":
                return None
            country = owner.country or country
        elif (word.pos_ not in MODIFIER_POS or word.text in {"'s", "’s"}) and word.text not in HYPHENS:
            return None
    return first, country


def _age_end(doc: "Doc", i: int, stop: int) -> int | None:
    """ "44-year-old": where the words after an age written before a title begin, or None."""
    words = [t.lower_ for t in doc[i : min(i + 5, stop)]]
    if len(words) == 5 and doc[i].like_num and words[1:] in (["-", "year", "-", "old"], ["-", "years", "-", "old"]):
        return i + 5
    return None


def _complement_next(tok: "Token", nxt: "Token") -> bool:
    """Whether the word after a title may start its complement, naming someone else ("the lawyer for the family",
    "the ambassador to Chile", "the senator-elect"): not an infinitive's "to" that the parse hangs on a verb
    ("urged the senator to resign"), nor "for" hung on the verb before a span of time or the person's own
    ("covering the senator for years", "thanked the governor for his help")."""
    if nxt.lower_ not in NEXT_BLOCKERS:
        return False
    if nxt.head.i == tok.i:
        return True
    if nxt.lower_ == "to":
        return not (nxt.dep_ == "aux" and nxt.head.pos_ in ("VERB", "AUX"))
    obj = next((c for c in nxt.children if c.dep_ == "pobj"), None)
    if nxt.lower_ != "for" or obj is None:
        return True
    # "for his help" is the title holder's own; "for his son" names whom the title serves
    own = any(c.dep_ == "poss" and c.pos_ == "PRON" for c in obj.children) and obj.lemma_.lower() not in RELATIONS
    return not (own or obj.ent_type_ in SPAN_OF_TIME)


def _seeks_office(tok: "Token") -> bool:
    """ "the Democratic nominee for president": a party role followed by the office it seeks."""
    doc = tok.doc
    return (tok.lower_ in PARTY_ROLES and tok.i + 2 < len(doc) and doc[tok.i + 1].lower_ == "for"
            and doc[tok.i + 2].lower_ in TITLE_HEADS)


def _in_adjunct(tok: "Token") -> bool:
    """Whether a name's token heads (through compounds) the object of a preposition ("Against X, ...")."""
    while tok.dep_ == "compound" and tok.head.i != tok.i:
        tok = tok.head
    return tok.dep_ == "pobj"


def _person_named_before(
    tok: "Token", resolver: "Resolver", quoted: frozenset[int], arguments: bool = False,
    exclude: frozenset[int] = frozenset(),
) -> tuple[int | None, bool]:
    """The one person mentioned (by name or an earlier description) before ``tok`` in its sentence,
    or else in the sentence before; names inside quotation marks are spoken about and do not count.

    With several there, the one person who is a subject there ("X praised Y ... The retired surgeon
    said"); the flag says whether the person was the only one (only then is the noun their title).
    With ``arguments``, none when every one there is named only after a preposition ("Against X, the
    governor won" is about someone else). People in ``exclude`` (an object's co-arguments) never count."""
    doc = tok.doc
    seen = [(i, n, subject) for i, n, subject, _ in resolver.timeline if doc[i].idx not in quoted
            and n not in exclude]
    sent = sent_of(tok)
    start, end = sent.start, tok.i
    here = [(i, n, subject) for i, n, subject in seen if start <= i < end]
    if not here and sent.start > 0:
        prev = _sentence_before(sent, quoted)
        here = [(i, n, subject) for i, n, subject in seen if prev.start <= i < prev.end]
    if arguments and here and all(_in_adjunct(doc[i]) for i, _, _ in here):
        return None, False
    people = {n for _, n, _ in here}
    if len(people) == 1:
        return people.pop(), True
    subjects = {n for i, n, subject in here if subject or _joined_to_subject(doc[i])}
    return (subjects.pop() if len(subjects) == 1 else None), False


def _joined_to_subject(tok: "Token") -> bool:
    """ "X and Y wore hats": whether a name's token heads (through compounds) a conjunct of a subject, which is
    as much the subject as the first conjunct is."""
    while tok.dep_ in ("compound", "flat") and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ != "conj":
        return False
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok.dep_ in SUBJECT_DEPS


def _sentence_before(sent: "Span", quoted: frozenset[int]) -> "Span":
    """The sentence before ``sent``, past sentences wholly inside quotation marks: the parser ends sentences
    inside a quotation of several ("X said, “We will not move. Nobody asked us.” The ..."), whose speaker is
    named in the sentence that opened it."""
    doc = sent.doc
    prev = sent_of(doc[sent.start - 1])
    while prev.start > 0 and all(t.idx in quoted for t in prev if t.is_alpha):
        prev = sent_of(doc[prev.start - 1])
    return prev


def _named_in_clause(tok: "Token", resolver: "Resolver") -> frozenset[int]:
    """ "The nominee has not moved to defend X": a person named in the clause of a subject description, after
    the description, is someone else (a name is never bound by a subject over it)."""
    if tok.dep_ not in ("nsubj", "nsubjpass"):
        return frozenset()
    after = tok.right_edge.i  # a name before it ("After X won, the senator said") may well be the one
    # the clause without the clauses joined to it ("..., and it is not clear whether X knew")
    clause = [t for c in tok.head.children if c.dep_ not in ("conj", "cc", "parataxis") for t in c.subtree]
    return frozenset(
        resolver.cluster_at[t.i] for t in clause
        if t.i > after and t.i in resolver.cluster_at and t.i in resolver.by_token
        and resolver.by_token[t.i].label == "PERSON"
    )


def _named_after(tok: "Token", resolver: "Resolver") -> bool:
    """ "the candidate for governor, X": a person's name in apposition to the description (or right after it and
    a comma) says who it is, whoever was named before."""
    def person(t: "Token") -> bool:
        return t.i in resolver.by_token and resolver.by_token[t.i].label == "PERSON"

    if any(t.dep_ == "appos" and person(t) for t in tok.subtree):
        return True
    after = tok.right_edge.i + 1
    return after + 1 < len(tok.doc) and tok.doc[after].text == "," and person(tok.doc[after + 1])


def _definite_use(tok: "Token") -> bool:
    """ "the candidate for governor": an earlier use under "the" describes someone already known, as the
    later one does; only an indefinite or bare one ("a lawyer", "two lawyers") brings in someone else."""
    return any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)


def _compounded(tok: "Token", word: str) -> bool:
    """ "the talk show host": a head of :data:`COMPOUNDED_HEADS` after a lower-case common noun compounded to it."""
    before = tok.doc[tok.i - 1] if tok.i > 0 else None
    return (word in COMPOUNDED_HEADS and before is not None and before.dep_ == "compound" and before.head.i == tok.i
            and before.pos_ == "NOUN" and before.is_lower and not before.ent_type_)


def _object_role(tok: "Token") -> str:
    """The dependency of a word, or of the first conjunct it is joined to ("between himself and the senator")."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return str(tok.dep_)


def _argument_spans(tok: "Token") -> list[tuple[int, int]]:
    """Where the people an object description cannot be stand: the subjects of the verbs above it, and the
    other arguments of the nearest verb ("X introduced Y to the host", "X attacked Y"; "X stopped attacking Y to
    mock the magnate" leaves Y, an argument of another verb)."""
    spans: list[tuple[int, int]] = []
    nearest = True
    node = tok
    while node.head.i != node.i:
        node, below = node.head, node
        if node.pos_ not in ("VERB", "AUX"):
            continue
        for child in node.children:
            if child.i != below.i and (child.dep_ in SUBJECT_DEPS or (nearest and child.dep_ in ARGUMENT_DEPS)):
                spans.append((child.left_edge.i, child.i))  # the argument up to its head, no clause after it
        nearest = False
    return spans


def _object_excluded(tok: "Token", resolver: "Resolver", quoted: frozenset[int]) -> frozenset[int] | None:
    """The people an object description cannot be (its co-arguments and the subjects of its sentence), or
    None when a personal pronoun before it, in its sentence or the one before, and no co-argument, may name
    its holder ("She beat X ... a worry for the senator": "she" is no name yet, so X may be the wrong one)."""
    doc = tok.doc
    sent = sent_of(tok)
    spans = _argument_spans(tok)

    def inside(i: int) -> bool:
        return any(lo <= i <= hi for lo, hi in spans)

    excluded = frozenset(n for i, n, subject, _ in resolver.timeline
                         if inside(i) or (subject and sent.start <= i < tok.i))
    named_here = any(sent.start <= i < tok.i and n not in excluded and doc[i].idx not in quoted
                     for i, n, _, _ in resolver.timeline)
    first = _sentence_before(sent, quoted).start if sent.start > 0 and not named_here else sent.start
    if any(t.lower_ in PERSON_PRONOUNS and t.dep_ != "poss" and not t.lower_.endswith("self")
           and t.idx not in quoted and not inside(t.i) for t in doc[first : tok.i]):
        return None
    return excluded


def _reported_by(tok: "Token", n: int, resolver: "Resolver") -> bool:
    """ "X said the ambassador had been summoned": a description in a clause that person ``n``'s own verb
    governs is someone else."""
    clause = tok.head
    if clause.dep_ not in ("ccomp", "xcomp"):
        return False
    subject = next((c for c in clause.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return False
    # the reporter is the subject and its conjuncts, not someone its relative clause names ("X, who backed Y,")
    clauses = {t.i for c in subject.children if c.dep_ in ("relcl", "acl") for t in c.subtree}
    reporter = {t.i for t in subject.subtree} - clauses
    return any(i in reporter and k == n for i, k, _, _ in resolver.timeline)


def _party(words: "Iterable[str]") -> str | None:
    """The party that words of a description or a role name ("Republican", "GOP"), in one spelling."""
    for text in words:
        for w in text.split():
            if w in PARTY_AFFILIATIONS:
                return PARTY_SPELLINGS.get(w, w)
    return None


def _known_holder(tok: "Token", word: str, party: str | None, clusters: list[Cluster],
                  resolver: "Resolver") -> int | None:
    """The one person named before ``tok`` who was given a title of the same head (and party, if the description
    names one): "Republican nominee X ... the Republican nominee's words" is X, whoever was named last."""
    found = {n for i, n, _, _ in resolver.timeline if i < tok.i and any(
        any(t.lower().replace("-", " ").split()[-1:] == [word.replace("-", " ").split()[-1]]
            for t in title_variants(r.title))
        and (party is None or _party([r.title, r.affiliation or ""]) == party) for r in clusters[n].roles)}
    # A former holder holds it no more ("Former Democratic nominee X endorsed Y. The Democratic nominee ...").
    found -= {n for i, n, _, _ in resolver.timeline if i < tok.i and any(
        t.lower_ in ("former", "ex", "then") for t in tok.doc[max(0, i - 4):i])}
    return found.pop() if len(found) == 1 else None


# Verbs that pass an office to their object ("the club hired X", "X was appointed") and verbs by which its
# holder gives it up or loses it ("X resigned", "X was ousted").
SUCCESSION_VERBS = frozenset({"hire", "appoint", "name", "replace", "succeed", "elect", "install", "promote"})
LEAVING_VERBS = frozenset({"resign", "quit", "oust", "fire", "sack", "dismiss", "depose", "retire"})


def _handed_on(tok: "Token", holder: int, resolver: "Resolver") -> bool:
    """Whether the title may have passed from its earlier holder to someone else before ``tok``: another person
    is the object of a verb of succession ("The club hired Y", "Y was appointed"), or the holder is the subject
    of a verb of leaving ("X, the coach, resigned") between the holder's first mention and ``tok``."""
    since = next((i for i, n, _, _ in resolver.timeline if n == holder), tok.i)
    doc = tok.doc
    for i, n, _, _ in resolver.timeline:
        if not since <= i < tok.i:
            continue
        head = doc[i]
        while head.head.i != head.i and head.dep_ in ("compound", "flat", "appos"):
            head = head.head
        verb = head.head
        if n != holder and verb.lemma_.lower() in SUCCESSION_VERBS and head.dep_ in ("dobj", "nsubjpass", "oprd"):
            return True
        if n == holder and verb.lemma_.lower() in LEAVING_VERBS and head.dep_ in ("nsubj", "nsubjpass"):
            return True
    return False


def _demonym(tok: "Token", resolver: "Resolver") -> bool:
    """ "the Norwegian said": a singular one-word nationality or demonym under "the", heading its own
    phrase as a subject or possessor, stands for a person (it is no description of a group)."""
    owner = resolver.by_token.get(tok.i)
    return (owner is not None and owner.label == "NORP" and owner.j - owner.i == 1 and tok.tag_ == "NNP"
            and tok.dep_ in DESCRIPTION_DEPS and tok.i > 0 and tok.doc[tok.i - 1].lower_ == "the"
            and tok.doc[tok.i - 1].dep_ == "det" and tok.doc[tok.i - 1].head.i == tok.i)


def _unread_since(tok: "Token", det: "Token", cluster: Cluster, resolver: "Resolver", taken: set[int]) -> bool:
    """ "X wrote to the governor. The governor did not reply": the same noun under "the" since X was last named,
    not read as X, is someone else, whom the later use goes on describing."""
    named = [m.j for m in cluster.names if m.j <= det.i]
    for t in det.doc[max(named, default=det.i) : det.i]:
        if t.lemma_ == tok.lemma_ and t.pos_ == "NOUN" and _definite_use(t) and t.i not in resolver.role_tokens \
                and not any(c.dep_ == "det" and c.idx in taken for c in t.children):
            return True
    return False


def describe_people(parsed: "Doc", text: str, clusters: list[Cluster], resolver: "Resolver") -> None:
    """Join definite descriptions to the one person just named, and give that person their title."""
    taken = {s for c in clusters for s, _, _ in c.others}
    quoted = quoted_chars(parsed)
    analysis = analysis_of(parsed)
    tags, lowers = analysis.tags, analysis.lowers
    for k, tag in enumerate(tags):
        if tag not in ("NN", "NNP"):
            continue  # neither a demonym (NNP) nor a singular description (NN, or a lower-case NNP)
        if k not in resolver.by_token and lowers[k] not in HEAD_TOKENS:
            continue  # no demonym (no name over it) and no word of a description's head: no token made
        tok = parsed[k]
        if _demonym(tok, resolver) and tok.idx not in quoted and parsed[tok.i - 1].idx not in taken:
            owner = resolver.by_token[tok.i]
            n, _ = _person_named_before(tok, resolver, quoted)
            own = cluster_country(clusters[n]) if n is not None else None
            if n is not None and (owner.country is None or own in (None, owner.country)):
                start = parsed[tok.i - 1].idx
                resolver.add_nominal(tok.i, n, start, tok.idx + len(tok.text), tok.dep_ != "poss")
                taken.add(start)
            continue
        singular = (tok.pos_ == "NOUN" and tok.tag_ == "NN") or (tok.tag_ == "NNP" and tok.is_lower)
        # the possessor of an object ("walked into the foreman's cabin") is read as the object is
        is_object = _object_role(tok) in OBJECT_DEPS or (tok.dep_ == "poss" and _object_role(tok.head) in OBJECT_DEPS)
        if not singular or (tok.dep_ not in DESCRIPTION_DEPS and not is_object):
            continue
        word = hyphen_word(tok)
        if not word.endswith(tok.lower_):
            word = tok.lower_
        if ((word not in PERSON_HEADS and not _compounded(tok, word)) or tok.i in resolver.by_token
                or tok.i in resolver.role_tokens or tok.idx in quoted):
            continue
        nxt = parsed[tok.i + 1] if tok.i + 1 < len(parsed) else None
        last = parsed[domain_end(parsed, tok.i)]  # "the former secretary of state"
        if (nxt is not None and (nxt.pos_ == "PROPN" or _complement_next(tok, nxt)) and not _seeks_office(tok)
                and last.i == tok.i):
            continue
        det = next((c for c in tok.lefts if c.dep_ == "det"), None)
        if det is None or det.lower_ != "the" or det.idx in taken or _named_after(tok, resolver):
            continue
        found = _modifiers_start(tok, det, resolver.by_token)
        if found is None:
            continue
        first, country = found
        reused = any(t.lemma_ == tok.lemma_ and not _definite_use(t)
                     for t in parsed[max(0, det.i - REUSE_WINDOW) : det.i] if t.pos_ == "NOUN")
        exclude = _object_excluded(tok, resolver, quoted) if is_object else _named_in_clause(tok, resolver)
        if exclude is None:
            continue
        n, only = _person_named_before(tok, resolver, quoted, arguments=word in OFFICE_HEADS, exclude=exclude)
        party = _party(t.text for t in parsed[first : tok.i])
        # a definite title is the one person the article gave it before ("X, the auditor, ... Y ... the auditor
        # said" is X, not Y), where a reading names someone anyway (the holder redirects it, never makes one); a
        # party's role is held by one person at a time, so its earlier holder is the one described in any case
        holder = _known_holder(tok, word, party, clusters, resolver)
        known = holder is not None and holder not in exclude and (
            word in PARTY_ROLES or (n is not None and not reused and (only or not is_object)
                                    and not _handed_on(tok, holder, resolver)))
        if known and holder != n:
            n, only = holder, False  # "the Republican nominee": the one who was given that title, not the nearest
        elif not known and reused:
            continue  # "a lawyer ... the lawyer": the noun was someone else's before
        if n is None or (is_object and not only and not known) or _reported_by(tok, n, resolver) or (
                party and any(_party([r.title, r.affiliation or ""]) not in (None, party) for r in clusters[n].roles)):
            continue
        cluster = clusters[n]
        if _unread_since(tok, det, cluster, resolver, taken):
            continue
        gender = TITLE_GENDER.get(tok.lower_)
        if (gender and cluster.gender and gender != cluster.gender) or (
                country and cluster_country(cluster) not in (None, country)):
            continue
        start, end = det.idx, last.idx + len(last.text)
        resolver.add_nominal(tok.i, n, start, end, tok.dep_ in ("nsubj", "nsubjpass"))
        taken.add(start)
        if only:  # with several people before, the subject is only the likelier one: no title for them
            cluster.roles.append(RoleFinding(text[parsed[first].idx : end], start=parsed[first].idx, end=end))
