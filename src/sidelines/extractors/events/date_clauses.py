"""The grammar the event dates read: which verb a time hangs on, which clause it belongs to, and the tense
and aspect of a trigger (``dates.DateResolver`` decides with them)."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from sidelines.lexicon import plover as lex
from sidelines.lexicon import speech
from sidelines.nlp.analysis import analysis_of
from sidelines.nlp.syntax import auxiliaries
from sidelines.timex.anchor import PRESENT_AUX

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

    from sidelines.model import Document

# Speech acts ("is calling on", "are urging"): in the present progressive they are made as the story is
# told, so they date to the day of publication; wanting, seeking or suspecting are states, not acts.
SPEECH_ACT_VERBS = (lex.REQUEST_VERBS | lex.ACCUSE_VERBS | lex.THREAT_VERBS) - {"want", "seek", "suspect"}
# Prepositions that put an act at an occasion ("in a statement", "at a rally", "during a debate"), and how
# many heads a time may climb to reach the act through one ("on Tuesday" > "statement" > "in" > act), or
# through one set off after the subject ("on Tuesday" > "interview" > "in" > subject > act).
FRAME_PREPS = frozenset({"at", "during", "in", "on", "amid"})
FRAME_STEPS = 4
PARENTHETICAL_STEPS = 5
# A time's own preposition on the occasion ("a rally on Tuesday"); a time in a phrase of what the occasion is
# about ("a statement about the 2016 election", "a hearing on the 2008 crisis") is the topic's, not the act's.
TIME_PREPS = frozenset({"on", "at", "in"})
# Links of a time set right on an occasion noun ("an interview Tuesday", "a 2016 interview") or a participle
# ("speaking Tuesday").
DIRECT_TIME_DEPS = frozenset({"npadvmod", "tmod", "compound", "nummod"})
# Participles that tell an occasion of speaking or appearing ("Speaking at a rally on Tuesday, X said"); not
# one of a state or a plan ("Facing a vote on Friday", "Heading into the primary on March 5").
OCCASION_PARTICIPLES = frozenset({
    "speak", "address", "appear", "talk", "testify", "visit", "campaign", "write", "tell", "say", "announce",
    "answer", "respond", "reply", "comment", "brief", "remark", "post", "tweet", "attend", "meet", "stump"})
# Links by which a verb heads a clause of its own: a time hanging on that verb is that clause's.
CLAUSE_DEPS = frozenset({"advcl", "ccomp", "parataxis", "relcl"})
# Calendar units of a period running up to now ("the past week").
PERIOD_UNITS = frozenset({"week", "weekend", "month", "year", "decade", "quarter"})
# Prepositions that put an event noun before or after its clause's time ("after the attack, X said").
ORDER_PREPS = frozenset({"after", "before", "since", "following", "until", "till"})
# Subordinators of a clause that happens at the main clause's time ("when they revolted in 1956, ...").
SAME_TIME_WORDS = frozenset({"when", "while", "as"})
# Links by which a clause joins the main one and shares a time fronted before it ("In 2019, prosecutors
# said police had arrested ..."), and how many of them an event's clause may climb.
FRONTED_LINKS = frozenset({"conj", "advcl", "ccomp", "xcomp", "parataxis"})
FRONTED_STEPS = 3
# Auxiliaries of a plan or a possibility: what they tell is not done at the time of the main clause.
PLAN_AUX = frozenset({"will", "'ll", "shall", "wo", "would", "could", "can", "ca", "may", "might", "must",
                      "should", "to", "going"})


def verb_above(span: "SpacySpan") -> "Token | None":
    """The verb a time expression hangs from (within four steps)."""
    cur = span.root
    for _ in range(4):
        if cur.head.i == cur.i:
            return None
        cur = cur.head
        if cur.pos_ in ("VERB", "AUX"):
            return cur
    return None


def _is_when_clause_of(tok: "Token") -> bool:
    """Whether ``tok`` heads a "when" clause ("..., when X spoke out"), relative or adverbial."""
    return tok.dep_ in ("relcl", "advcl") and any(
        c.dep_ in ("advmod", "mark") and c.lower_ == "when" for c in tok.children)


# Nouns of an occasion of saying ("at a rally", "in an interview"): an infinitive told there dates its speaker.
SAYING_OCCASIONS = speech.CUE_NOUNS | lex.OCCASION_NOUNS


def _told_at_occasion(verb: "Token", span: "SpacySpan") -> bool:
    """Whether the infinitive holds, before the time, the occasion of the saying ("called for a prosecutor to
    oversee an inquiry at a rally on Monday"); with none ("vowed to finish the bridge by June") the time is the
    planned act's alone."""
    return any(c.dep_ == "prep" and c.lower_ in FRAME_PREPS and c.i < span.start and any(
        p.dep_ == "pobj" and p.lemma_.lower() in SAYING_OCCASIONS for p in c.children) for c in verb.subtree)


def acts_of_the_day(span: "SpacySpan") -> list["Token"]:
    """The verbs a time dates: the one it hangs from (and the verb a subjectless infinitive completes), and a
    "when" clause on it or on that verb ("The hall fell silent Thursday, when X spoke out": X spoke out on
    Thursday)."""
    verb = verb_above(span)
    acts = [verb] if verb is not None else []
    if verb is not None and verb.dep_ == "xcomp" and verb.head.pos_ in ("VERB", "AUX") and not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) and _told_at_occasion(verb, span):
        # "X called for a prosecutor to oversee an inquiry ... at a rally on Monday": the infinitive has no
        # subject of its own, so the verb it completes is done that day too, as the date of that verb itself
        # reads it (a day after publication is the planned act's alone: the callers check).
        acts.append(verb.head)
    holders = [*span, *acts]
    acts += [c for h in holders for c in h.children if c.i not in {a.i for a in acts} and _is_when_clause_of(c)]
    return acts


def person_mentions(doc: "Document", parsed: "Doc") -> dict[int, str]:
    """Token index -> id of the person (entities layer, with its coreference) a mention there refers to."""
    return entity_mentions(doc, parsed, ("PERSON",))


def entity_mentions(doc: "Document", parsed: "Doc", types: tuple[str, ...] | None = None) -> dict[int, str]:
    """Token index -> id of the entity (of ``types``, else any) a mention there refers to (entities layer)."""
    out: dict[int, str] = {}
    analysis = analysis_of(parsed)
    for ent in doc.layer("entities"):
        if types is not None and ent.type not in types:
            continue
        for m in ent.mentions:
            span = analysis.span(m.start, m.end)  # kept: the actors step read the same mentions
            for i in range(span.start, span.end) if span is not None else ():
                out.setdefault(i, ent.id)
    return out


def subject_person(verb: "Token", persons: dict[int, str]) -> str | None:
    """The person the subject of ``verb`` refers to, if any."""
    return next((persons[c.i] for c in verb.children if c.dep_ == "nsubj" and c.i in persons), None)


def other_person_acts(tokens: "SpacySpan", person: str, persons: dict[int, str]) -> bool:
    """Whether a name of a person other than ``person`` is a subject among ``tokens``."""
    return any(t.dep_ in ("nsubj", "nsubjpass") and t.pos_ == "PROPN" and (
        persons.get(t.i, person) != person or (t.i not in persons and t.ent_type_ == "PERSON")) for t in tokens)


def rolling_period(span: "SpacySpan") -> bool:
    """Whether a time is a period running up to now ("the past week", "the last month"), not a calendar one."""
    words = [t.lower_ for t in span.doc[max(span.start - 1, 0):span.end]]
    return len(words) >= 3 and words[-3] == "the" and words[-2] in ("past", "last") and words[-1] in PERIOD_UNITS


def ordered_before_or_after(noun: "Token") -> bool:
    """Whether an event noun is put before or after its clause ("after the attack", "ahead of the vote")."""
    if noun.dep_ != "pobj" or noun.pos_ not in ("NOUN", "PROPN"):
        return False
    prep = noun.head
    if prep.lower_ in ORDER_PREPS:
        return True
    return prep.lower_ in ("of", "to") and prep.head.lower_ in ("ahead", "prior")


def is_when_clause(tok: "Token") -> bool:
    """Whether ``tok`` is the verb of a relative "when" clause ("on Monday, when Petrov walked out")."""
    return tok.dep_ == "relcl" and any(c.dep_ == "advmod" and c.lower_ == "when" for c in tok.children)


def subject_named(verb: "Token", name: str) -> bool:
    """Whether the subject of ``verb`` is a name whose head word is ``name`` ("Senator Ivan Petrov")."""
    return any(c.dep_ == "nsubj" and c.pos_ == "PROPN" and c.lower_ == name for c in verb.children)


def next_day(day: str) -> str:
    """The ISO day after ``day``."""
    return (dt.date.fromisoformat(day[:10]) + dt.timedelta(days=1)).isoformat()


def previous_day(day: str) -> str:
    """The ISO day before ``day``."""
    return (dt.date.fromisoformat(day[:10]) - dt.timedelta(days=1)).isoformat()


def hangs_on(span: "SpacySpan", verb: "Token") -> bool:
    """Whether a time expression is a modifier of the verb itself ("Monday", "on Monday", "in early March")."""
    root = span.root
    if root.head.i == verb.i:
        return root.dep_ in ("npadvmod", "advmod", "obl", "tmod", "nmod")
    if root.dep_ == "npadvmod" and after_object(root, verb):
        return True
    return root.dep_ == "pobj" and root.head.head.i == verb.i and root.head.dep_ == "prep"


def after_object(root: "Token", verb: "Token") -> bool:
    """Whether a bare time told right after the verb's object ("went after X's record Tuesday", "blocked the road
    Monday") hangs, by the parse, on that object: it is the verb's time, since a noun takes its time before it ("the
    Tuesday vote") or through a preposition ("the vote on Tuesday")."""
    noun = root.head
    if noun.pos_ not in ("NOUN", "PROPN") or noun.i > root.i:
        return False
    if noun.dep_ == "dobj":
        return noun.head.i == verb.i
    return noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.i == verb.i


def frames(span: "SpacySpan", verb: "Token") -> bool:
    """Whether a time dates the occasion of ``verb``: its own phrase hangs on a noun after an occasion
    preposition of the verb ("[in] a statement on Tuesday", "[during] a debate on Tuesday night") or of its
    subject set off by commas ("X, in an interview on Tuesday, said"), or on a participle of speaking or
    appearing that describes the subject ("X, speaking to reporters on Tuesday, said"; "Speaking at a rally
    on Tuesday, X said"). A time of what the occasion is about ("a statement about the 2016 election") never."""
    chain = _chain_to(span.root, verb, PARENTHETICAL_STEPS)
    if not chain:
        return False
    last, inner = chain[-1], chain[:-1]
    if last.dep_ == "prep" and last.lower_ in FRAME_PREPS:
        return len(chain) <= FRAME_STEPS and _occasion_time(chain)
    if last.dep_ in ("nsubj", "nsubjpass"):
        if inner and _parenthetical_occasion(inner[-1]):
            return _occasion_time(inner)
        return bool(inner) and inner[-1].dep_ == "acl" and _occasion_participle(inner)
    return _bare_participle(last) and last.i < verb.i and _occasion_participle(chain)


def _chain_to(tok: "Token", verb: "Token", steps: int) -> list["Token"]:
    """The tokens from ``tok`` up to the one below ``verb`` (within ``steps`` heads); empty if none."""
    chain = []
    for _ in range(steps):
        if tok.head.i == tok.i:
            return []
        chain.append(tok)
        tok = tok.head
        if tok.i == verb.i:
            return chain
    return []


def _time_on(chain: list["Token"]) -> bool:
    """Whether ``chain`` (the time first) is the time's own phrase on the next head: "on Tuesday", "Tuesday"."""
    if len(chain) == 1:
        return chain[0].dep_ in DIRECT_TIME_DEPS
    return (len(chain) == 2 and chain[0].dep_ == "pobj" and chain[1].dep_ == "prep"
            and chain[1].lower_ in TIME_PREPS)


def _occasion_time(chain: list["Token"]) -> bool:
    """Whether ``chain`` is a time's own phrase on a noun after an occasion preposition, the chain's last
    ("on Tuesday" > "statement" > "in")."""
    if len(chain) < 3:
        return False
    noun, prep = chain[-2], chain[-1]
    return (prep.dep_ == "prep" and prep.lower_ in FRAME_PREPS and noun.dep_ == "pobj"
            and noun.pos_ in ("NOUN", "PROPN") and _time_on(chain[:-2]))


def _occasion_participle(chain: list["Token"]) -> bool:
    """Whether ``chain`` ends in a participle of speaking or appearing that the time's own phrase hangs on,
    directly or through an occasion preposition ("speaking on Tuesday", "speaking at a rally on Tuesday")."""
    part, rest = chain[-1], chain[:-1]
    if part.tag_ != "VBG" or part.lemma_.lower() not in OCCASION_PARTICIPLES:
        return False
    return _time_on(rest) or _occasion_time(rest)


def _parenthetical_occasion(prep: "Token") -> bool:
    """An occasion preposition set off by a comma after the subject ("X, in an interview on Tuesday, ...")."""
    return prep.dep_ == "prep" and prep.lower_ in FRAME_PREPS and prep.i > 0 and prep.doc[prep.i - 1].text == ","


def _bare_participle(tok: "Token") -> bool:
    """A present participle clause with no subordinator or auxiliary before its verb ("Speaking at a
    rally, X said"; not "Having won ...", "After speaking ...", "While visiting ...")."""
    return tok.dep_ == "advcl" and tok.tag_ == "VBG" and not any(
        c.dep_ in ("aux", "auxpass", "mark", "nsubj") for c in tok.children)


def attached_to(span: "SpacySpan", anchors: set[int]) -> bool:
    """Whether a time expression hangs (within four steps) on one of the anchor tokens, not through the
    verb of another clause ("criticized, though last week she defended ...": the time is the defending's)."""
    cur = span.root
    for _ in range(4):
        if cur.i in anchors:
            return True
        if cur.head.i == cur.i or other_clause(cur, anchors):
            return False
        cur = cur.head
    return False


# Links of a time that modifies a noun before it ("the 2016 decision"): the time is that noun's.
NOUN_TIME_DEPS = frozenset({"compound", "nummod", "amod"})
# Nouns of a gathering: a time put before one ("at the March 3 hearing", "the 2019 vote") still frames the act.
GATHERING_NOUNS = lex.OCCASION_NOUNS | lex.DISSENT_NOUNS | frozenset(
    {"hearing", "debate", "briefing", "sitting", "vote"})


def names_another_noun(span: "SpacySpan", anchors: set[int]) -> bool:
    """Whether a time is put before a noun other than the anchors ("criticized the 2016 decision"): it dates
    that noun, not the event; the time of a gathering ("at the 2016 convention", "in the May 2 vote") still
    frames the act."""
    root = span.root
    noun = root.head
    if root.dep_ not in NOUN_TIME_DEPS or noun.i in anchors or noun.pos_ not in ("NOUN", "PROPN"):
        return False
    return span.end <= noun.i and noun.lemma_.lower() not in GATHERING_NOUNS


def trailing_participle(tok: "Token") -> bool:
    """A bare participle adjunct told after its main verb ("fired on Sunday, killing four"): no marker, no
    subject of its own and no "having" (that one was done before)."""
    if tok.dep_ != "advcl" or tok.tag_ != "VBG" or tok.i < tok.head.i:
        return False
    return not any(c.dep_ in ("mark", "nsubj", "nsubjpass") or c.lower_ == "having" for c in tok.children)


def through_infinitive(span: "SpacySpan", anchors: set[int]) -> bool:
    """Whether a time reaches the anchor through a "to" infinitive ("invited X to visit Y later this year")."""
    cur = span.root
    for _ in range(4):
        if cur.i in anchors or cur.head.i == cur.i:
            return False
        if cur.dep_ == "xcomp" and any(c.dep_ == "aux" and c.lower_ == "to" for c in cur.children):
            return True
        cur = cur.head
    return False


def other_clause(tok: "Token", anchors: set[int]) -> bool:
    """Whether ``tok`` heads a clause of its own below an anchor: an adverbial, reported or loose clause,
    or a relative one on another word than the anchor; a clause of the same time ("when they revolted in
    1956, he refused") is not another's."""
    if tok.pos_ not in ("VERB", "AUX") or tok.dep_ not in CLAUSE_DEPS:
        return False
    if tok.dep_ == "advcl" and any(c.dep_ in ("mark", "advmod") and c.lower_ in SAME_TIME_WORDS for c in tok.children):
        return False
    return not (tok.dep_ == "relcl" and tok.head.i in anchors)


def is_speech_in_progress(tok: "Token") -> bool:
    """A speech act in the present progressive ("is calling on", "are urging"), or a gerund joined to a
    verb in it ("is joining X in calling for")."""
    if tok.tag_ != "VBG" or tok.lemma_.lower() not in SPEECH_ACT_VERBS:
        return False
    if tok.dep_ == "pcomp" and tok.head.dep_ == "prep" and tok.head.head.tag_ == "VBG":
        tok = tok.head.head  # "is joining them in calling for": the progressive is on the verb it joins
    return any(c.dep_ == "aux" and c.lower_ in PRESENT_AUX for c in tok.children)


def is_current(tok: "Token") -> bool:
    """Present perfect or present progressive ("has held", "are being attended"): ongoing or just done."""
    auxes = [c.lower_ for c in tok.children if c.dep_ in ("aux", "auxpass")]
    return any(a in ("has", "have", "is", "are") for a in auxes) and tok.tag_ in ("VBN", "VBG")


def is_perfect(tok: "Token") -> bool:
    """Present perfect ("has met", "have been arrested"): some time up to now."""
    auxes = [c.lower_ for c in tok.children if c.dep_ in ("aux", "auxpass")]
    return any(a in ("has", "have", "'ve") for a in auxes) and tok.tag_ == "VBN"


def is_past_aux(tok: "Token") -> bool:
    """A past participle with a past auxiliary ("was signed", "were arrested", "had met")."""
    return tok.tag_ == "VBN" and any(
        c.dep_ in ("aux", "auxpass") and c.lower_ in ("was", "were", "had") for c in tok.children)


def is_past_perfect(tok: "Token") -> bool:
    """Past perfect ("had endorsed", "had been arrested"): done before a time told in the past."""
    return tok.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ == "had" for c in tok.children)


def fronted(span: "SpacySpan", root: "Token", sent_start: int) -> bool:
    """Whether a time opens its sentence as an adverbial of the main verb, before its subject ("In 2019,
    prosecutors said ...", "Late on Sunday, X sent ..."); only a conjunction or punctuation may come first."""
    if not hangs_on(span, root):
        return False
    phrase = span.root.head if span.root.dep_ == "pobj" else span.root
    doc = span.doc
    if any(not (t.is_punct or t.is_space or t.pos_ == "CCONJ") for t in doc[sent_start:phrase.left_edge.i]):
        return False
    subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), root)
    return phrase.right_edge.i < subject.i


def shares_main_time(anchor: "Token", root: "Token") -> bool:
    """Whether ``anchor``'s clause is the main one or joins it through clauses of the same time: a
    conjunct, a reported or loose clause, a bare complement, an adverbial clause with no subordinator or
    one of the same time ("writing", "when she met"), a "where" clause on the place or occasion of the
    verb ("appeared at a rally where she endorsed X"); never another relative clause, a "to" infinitive (a
    plan), a clause of cause, condition, concession or order ("because", "if", "though", "after")."""
    cur = anchor
    for _ in range(FRONTED_STEPS):
        if cur.i == root.i:
            return True
        if is_where_clause(cur):
            cur = _verb_of_noun(cur.head)
            continue
        if cur.head.i == cur.i or cur.dep_ not in FRONTED_LINKS:
            return False
        if cur.dep_ == "advcl" and any(
                c.dep_ == "mark" and c.lower_ not in SAME_TIME_WORDS for c in cur.children):
            return False
        if cur.dep_ == "xcomp" and any(c.dep_ == "aux" and c.lower_ == "to" for c in cur.children):
            return False
        cur = cur.head
    return False


def is_where_clause(tok: "Token") -> bool:
    """Whether ``tok`` is the verb of a relative "where" clause ("a rally where she endorsed X"): it
    happens at the place or occasion, so at the time of the clause that names it."""
    return tok.dep_ == "relcl" and any(c.dep_ == "advmod" and c.lower_ == "where" for c in tok.children)


def _verb_of_noun(noun: "Token") -> "Token":
    """The verb a noun is the object of, directly or through a preposition ("appeared [at] a rally");
    else the noun itself (which then links no further)."""
    head = noun.head
    if noun.dep_ == "pobj" and head.dep_ == "prep":
        head = head.head
    return head if head.pos_ in ("VERB", "AUX") and noun.dep_ in ("pobj", "dobj") else noun


def tells_a_done_act(tok: "Token") -> bool:
    """Whether a verb tells a single act done (past, past perfect, a participle or a bare imperative), not
    a plan ("would meet", "to meet"), a present ("says", "is meeting") or a state up to now ("have attacked")."""
    auxes = auxiliaries(tok)
    if auxes & PLAN_AUX or is_perfect(tok) or is_current(tok):
        return False
    return tok.tag_ in ("VBD", "VBN", "VBG", "VB")


def reported(anchor: "Token", root: "Token") -> bool:
    """Whether ``anchor`` is in what a reporting verb below ``root`` (or ``root`` itself) says."""
    cur = anchor
    for _ in range(FRONTED_STEPS):
        if cur.i == root.i or cur.head.i == cur.i:
            return False
        if cur.dep_ == "ccomp" and cur.head.lemma_.lower() in lex.REPORTING_VERBS:
            return True
        cur = cur.head
    return False
