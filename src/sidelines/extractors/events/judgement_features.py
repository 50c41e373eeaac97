"""What a quote says of a party: the features the learned judgement model reads (issue #11).

For each statement of a known speaker, every clause of its content that says how things are (no
prediction, condition or question) and mentions a party other than the speaker (a name, or a
pronoun or description the coreference resolved; a third-person subject pronoun left alone stands
for the party the quote is said of: "X said of Y") offers one :class:`JudgementOption` (speaker,
party, clause). Its features say how the clause speaks of the party: the VADER polarity of the
clause (``vaderSentiment``, MIT licence), of its sentence and of the whole quote; the party's place
in the clause (subject, object, object of a preposition, possessor...), crossed with the clause's
polarity; a first-person subject ("I blame X"), a verb of the subject's own feelings ("we like X"),
negation; whether the clause's verb is a CAMEO criticism or praise verb (the trigger lexicon);
whether the quote is direct; a party named only to qualify a noun ("the Texas senator"); the verdict of the earlier hand
rule (the clause's subject, or the object of a first-person clause, at a fixed VADER score); and,
over the whole article, how often and how warmly or harshly the speaker speaks of the party.
:mod:`.quote_judgements` scores the options with the model.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from sidelines.content.source_chain import same_outlet
from sidelines.eventtype.lexicon import load_lexicon
from sidelines.extractors.events.index import ACTOR_TYPES
from sidelines.lexicon import plover as lex
from sidelines.nlp.analysis import analysis_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from sidelines.extractors.events.index import EntityIndex
    from sidelines.model.document import Document
    from sidelines.nlp.analysis import DocAnalysis

# Dependencies that start a clause of their own inside another.
CLAUSE_DEPS = frozenset({"ROOT", "ccomp", "advcl", "conj", "relcl", "parataxis", "csubj", "xcomp"})
# Cue verbs of questions put: what they hold is asked, not said ("asked whether X would resign").
QUESTION_CUES = frozenset({"ask", "wonder", "inquire", "query", "question"})
# Subordinators of conditions: "if X fails" judges no one.
CONDITIONS = frozenset({"if", "unless", "whether"})
# Verbs telling the subject's own feelings ("X enjoys", "X fears"): the clause judges its object, not X.
FEELING_VERBS = frozenset({"enjoy", "like", "love", "hope", "want", "wish", "fear", "hate", "worry", "prefer",
                           "appreciate", "welcome", "dislike", "regret", "dread", "desire", "care"})
FIRST_PERSON = frozenset({"i", "we", "me", "us"})
THIRD_PERSON = frozenset({"he", "she", "they"})
# Prepositions whose object a first-person clause judges ("ashamed of X", "proud of X").
OBJECT_PREPS = frozenset({"of", "about", "with", "on", "for", "in", "to"})
# The hand rule's VADER compound scores of a clause at or beyond which it judges its party (chosen on
# the tuning half of the whole-article gold before the model; now two of the model's features).
HAND_ACCUSE_AT = -0.45
HAND_SUPPORT_AT = 0.6
# The parties a quote can judge: people and bodies. Places and peoples named in quotes are mostly
# where and of whom things are said (on the tune articles 5 of 81 such speaker-party pairs were
# ACCUSE or SUPPORT in the gold, against 77 of 227 for people and bodies).
JUDGED_PARTY_TYPES = frozenset({"PERSON", "ORG"})
# The party's place in its clause, by the dependency of the argument that holds it.
ROLES = {"nsubj": "subject", "csubj": "subject", "expl": "subject", "nsubjpass": "passive", "dobj": "object",
         "dative": "object", "attr": "attribute", "acomp": "attribute", "oprd": "attribute", "prep": "prep",
         "agent": "agent", "npadvmod": "other", "appos": "other"}


@dataclass
class JudgementOption:
    """One party spoken of in one clause of a speaker's quote, with the features of how it is spoken of."""

    speaker: str
    target: str
    head: "Token"
    cue: "Span | None"
    features: dict[str, float] = field(default_factory=dict)


@lru_cache(maxsize=1)
def _analyzer() -> Any:
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    return SentimentIntensityAnalyzer()


def polarity(text: str) -> dict[str, float]:
    """VADER's scores of a text: ``compound`` (-1 most negative to 1), ``pos``, ``neg`` and ``neu``."""
    return dict(_scores(text))


@lru_cache(maxsize=4096)
def _scores(text: str) -> tuple[tuple[str, float], ...]:
    """VADER's scores, kept: a quote's sentence and clauses are read once for all the parties it names."""
    return tuple((k, float(v)) for k, v in _analyzer().polarity_scores(text).items())


def compound(text: str) -> float:
    """VADER's compound polarity of a text, -1 (most negative) to 1, with its negation rules."""
    return polarity(text)["compound"]


def is_said(head: "Token", span: "Span") -> bool:
    """A clause that says how things are: neither it nor a clause above it in the quote is future, modal,
    infinitival or a condition ("would win", "to help her defeat X", "if he loses")."""
    tok = head
    while True:
        if any(c.dep_ in ("aux", "auxpass") and c.lower_ in lex.FUTURE_OR_MODAL | {"to"} for c in tok.children):
            return False
        if any(c.dep_ == "mark" and c.lower_ in CONDITIONS for c in tok.children):
            return False
        if tok.head.i == tok.i or not span.start <= tok.head.i < span.end:
            return True
        tok = tok.head


def clause_heads(analysis: "DocAnalysis", start: int, end: int) -> dict[int, int]:
    """For each token of ``[start, end)``, the head of the innermost clause of that stretch holding it:
    a verb heading a clause of its own, or a sentence's root of any kind ("Only one: X.")."""
    deps, pos, heads = analysis.deps, analysis.pos, analysis.heads
    out: dict[int, int] = {}
    for i in range(start, end):
        k = i
        while not (deps[k] == "ROOT" or (pos[k] in ("VERB", "AUX") and deps[k] in CLAUSE_DEPS)) and (
                heads[k] != k and start <= heads[k] < end):
            k = heads[k]
        out[i] = k
    return out


def argument_of(tok: "Token", head: "Token") -> "Token":
    """The child of the clause head whose phrase holds ``tok`` (``tok`` itself when it is the head)."""
    while tok.head.i != head.i and tok.i != head.i and tok.head.i != tok.i:
        tok = tok.head
    return tok


def role_of(tok: "Token", head: "Token") -> str:
    """The party's place in its clause: subject, passive, object, attribute, prep, agent or other."""
    arg = argument_of(tok, head)
    if arg.i == head.i:
        return "head"
    if arg.dep_ == "prep" and arg.head.i == head.i and tok.i != arg.i:
        return "prep"
    return ROLES.get(arg.dep_, "other")


def is_modifier(tok: "Token", index: "EntityIndex") -> bool:
    """A party named only to qualify another noun ("the Texas senator", "chairman of the committee",
    "the GOP nominee"): a modifier, or the object of a noun's preposition, outside its own mention."""
    own = set(index.by_token.get(tok.i, ()))
    if own & set(index.by_token.get(tok.head.i, ())):
        return False
    if tok.dep_ in ("compound", "amod", "nmod", "npadvmod"):
        return True
    return tok.dep_ == "pobj" and tok.head.head.pos_ in ("NOUN", "PROPN") and tok.head.head.i != tok.head.i


def _inside_mention(tok: "Token", party: str, index: "EntityIndex") -> bool:
    """Whether a token of a party's mention hangs on another token of it ("Marco" of "Marco Rubio")."""
    return tok.head.i != tok.i and party in index.by_token.get(tok.head.i, ())


def parties_at(tok: "Token", index: "EntityIndex", speaker: str) -> list[str]:
    """The actor entities mentioned at a token, other than the speaker and plain generic sides."""
    return [e for e in index.by_token.get(tok.i, ())
            if e != speaker and index.types.get(e) in ACTOR_TYPES and e not in index.patients]


def spoken_of(cue: "Span | None", index: "EntityIndex", speaker: str) -> list[str]:
    """The party a quote is said of ("X said of Y", "X said about Y"): the object of the cue's "of"/"about"."""
    if cue is None:
        return []
    return [e for t in cue for p in t.children if p.dep_ == "prep" and p.lower_ in ("of", "about")
            for g in p.children if g.dep_ == "pobj" for e in parties_at(g, index, speaker)]


def _parties(tok: "Token", index: "EntityIndex") -> list[str]:
    """Actor entities at a noun phrase's head, its possessor or its appositions."""
    out: list[str] = []
    for t in (tok, *(c for c in tok.children if c.dep_ in ("poss", "appos"))):
        for eid in index.by_token.get(t.i, ()):
            if eid not in out and index.types.get(eid) in ACTOR_TYPES and eid not in index.patients:
                out.append(eid)
    return out


def hand_rule_parties(head: "Token", speaker: str, index: "EntityIndex", about: list[str]) -> list[str]:
    """The parties the hand rule judges in a verb's clause: its active subject (a pronoun the coreference
    left alone stands for the party the quote is said of); or, when the speaker speaks of itself ("I
    blame X"), its objects. The rule's verdict (a clause at or below ``HAND_ACCUSE_AT``) is a feature."""
    subj = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass", "expl")), None)
    if subj is not None and head.dep_ == "xcomp":
        return []  # "help her defeat X": the object of another verb, told what to do, is judged by no one
    if subj is None and head.dep_ in ("conj", "xcomp"):
        subj = next((c for c in head.head.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.dep_ != "nsubj":
        return []
    found = _parties(subj, index)
    if not found and subj.lower_ in THIRD_PERSON:
        found = about
    if found and speaker not in found:
        return found
    if subj.lower_ not in FIRST_PERSON and speaker not in found:
        return []
    objects: list[str] = []
    for child in head.children:
        if child.dep_ in ("dobj", "attr"):
            objects.extend(_parties(child, index))
        elif child.dep_ in ("prep", "acomp"):
            for grand in child.children:
                if grand.dep_ == "prep" and grand.lower_ in OBJECT_PREPS:
                    objects.extend(e for g in grand.children if g.dep_ == "pobj" for e in _parties(g, index))
                elif grand.dep_ == "pobj" and child.lower_ in OBJECT_PREPS:
                    objects.extend(_parties(grand, index))
    return [e for e in objects if e != speaker]


def clause_text(head: "Token", members: dict[int, list[int]], skip_feeling: bool) -> str:
    """The words of a clause (the indices of its tokens, its own sub-clauses left out), without a verb
    of the judged subject's own feelings when ``skip_feeling``."""
    words = members.get(head.i, [])
    if skip_feeling and head.lemma_.lower() in FEELING_VERBS:
        words = [i for i in words if i != head.i]
    texts = analysis_of(head.doc).texts
    return " ".join(texts[i] for i in words)


def lexicon_weights(head: "Token") -> tuple[float, float]:
    """The CAMEO lexicon's ACCUSE and SUPPORT weights of the clause's verb ("slam" ACCUSE, "praise" SUPPORT)."""
    lexicon = load_lexicon()
    entry = lexicon.verb_entry(lexicon.lemma(head)) if head.pos_ in ("VERB", "AUX") else None
    types = entry["types"] if entry else {}
    return float(types.get("ACCUSE", 0.0)), float(types.get("SUPPORT", 0.0))


def _states(head: "Token", span: "Span") -> bool:
    """A clause that says how things are: no prediction, condition or question."""
    if not is_said(head, span):
        return False
    analysis = analysis_of(head.doc)
    sentence = analysis.span_text(*analysis.sent_bounds(head.i))
    return not sentence.rstrip().rstrip("\"'”’ ").endswith("?")


def _clause_features(head: "Token", span: "Span") -> dict[str, float]:
    """What a clause says regardless of which party it holds."""
    subj = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None and head.dep_ in ("conj", "xcomp"):
        subj = next((c for c in head.head.children if c.dep_ == "nsubj"), None)
    accuse, support = lexicon_weights(head)
    analysis = analysis_of(head.doc)
    first, last = analysis.sent_bounds(head.i)
    sentence = analysis.texts[max(first, span.start):min(last, span.end)]  # the sentence's words in the quote
    return {
        "first_person_subject": float(subj is not None and subj.lower_ in FIRST_PERSON),
        "feeling_verb": float(head.lemma_.lower() in FEELING_VERBS),
        "negated": float(any(c.dep_ == "neg" for c in head.children)),
        "lexicon_accuse": accuse, "lexicon_support": support,
        "sentence_compound": compound(" ".join(sentence)),
    }


def quote_options(quote: Any, speaker: str, span: "Span", cue: "Span | None",
                  index: "EntityIndex") -> list[JudgementOption]:
    """The options of one quote: each (party, clause) of its content, with its features."""
    parsed = span.doc
    analysis = analysis_of(parsed)
    lowers, by_token = analysis.lowers, index.by_token
    tokens = range(span.start, span.end)
    # Tokens of a party, or a pronoun that may stand for one: only these are made into spaCy tokens.
    named = [i for i in tokens if by_token.get(i) or lowers[i] in THIRD_PERSON]
    if not named:
        return []  # a quote that names no one judges no one
    head_of = clause_heads(analysis, span.start, span.end)
    members: dict[int, list[int]] = {}
    for i in tokens:
        members.setdefault(head_of[i], []).append(i)
    about = spoken_of(cue, index, speaker)
    whole: float | None = None
    clauses: dict[int, dict[str, float]] = {}
    texts: dict[tuple[int, bool], dict[str, float]] = {}
    found: dict[tuple[str, int], JudgementOption] = {}
    for i in named:
        tok = parsed[i]
        parties = [p for p in parties_at(tok, index, speaker) if not _inside_mention(tok, p, index)]
        if not parties and tok.lower_ in THIRD_PERSON and tok.dep_ == "nsubj" and not index.by_token.get(tok.i):
            parties = about  # "He is a fraud," X said of Y: the pronoun the coreference left alone is Y
        if not parties:
            continue
        head = parsed[head_of[i]]
        if head.i not in clauses:
            # A prediction, a condition or a question judges no one ("will lose", "if he is corrupt").
            clauses[head.i] = _clause_features(head, span) if _states(head, span) else {}
        if not clauses[head.i]:
            continue
        role = role_of(tok, head)
        skip = role == "subject"
        if (head.i, skip) not in texts:
            texts[(head.i, skip)] = polarity(clause_text(head, members, skip))
        scores = texts[(head.i, skip)]
        for party in parties:
            key = (party, head.i)
            if key in found:
                continue  # the first mention of a party in a clause is its place ("X's ally X")
            feats = dict(clauses[head.i])
            whole = compound(span.text) if whole is None else whole
            feats.update({"compound": scores["compound"], "pos": scores["pos"], "neg": scores["neg"],
                          "quote_compound": whole, f"role={role}": 1.0, f"compound*role={role}": scores["compound"],
                          "direct": float(bool(quote.direct)), "said_of": float(party in about),
                          "pronoun": float(tok.pos_ == "PRON"), "possessor": float(tok.dep_ == "poss"),
                          "modifier": float(is_modifier(tok, index)),
                          f"target_type={index.types.get(party)}": 1.0})
            if feats["first_person_subject"] and role != "subject":
                feats["compound*first_person_object"] = scores["compound"]
                feats["feeling*first_person_object"] = feats["feeling_verb"]
            found[key] = JudgementOption(speaker, party, head, cue, feats)
    hand: dict[int, list[str]] = {}
    for opt in found.values():
        h = opt.head
        if h.i not in hand:
            verb = h.pos_ in ("VERB", "AUX") and h.dep_ in CLAUSE_DEPS
            hand[h.i] = hand_rule_parties(h, speaker, index, about) if verb else []
        if opt.target in hand[h.i]:
            score = opt.features["compound"]
            opt.features["hand_accuse"] = float(score <= HAND_ACCUSE_AT)
            opt.features["hand_support"] = float(score >= HAND_SUPPORT_AT)
    per_clause: dict[int, int] = {}
    for _, at in found:
        per_clause[at] = per_clause.get(at, 0) + 1
    for opt in found.values():
        opt.features["other_parties"] = math.log1p(per_clause[opt.head.i] - 1)
    return list(found.values())


# Prepositions that make a naming verb an appeal ("called on X to stop", "called for X to resign").
APPEAL_PREPS = frozenset({"on", "upon", "for"})


def _pins_label(tok: "Token", naming: frozenset[str]) -> bool:
    """A naming verb of a cue ("called Y a liar", "described Y as reckless"), not an appeal ("called on Y to ...")."""
    return tok.pos_ == "VERB" and tok.lemma_.lower() in naming and not any(
        c.dep_ in ("prep", "prt") and c.lower_ in APPEAL_PREPS
        and not any(g.ent_type_ in ("DATE", "TIME") for g in c.children) for c in tok.children)  # not "on Tuesday"


def _no_harsh_label(span: "Span", index: "EntityIndex") -> bool:
    """Whether what a naming verb pins on a party is kind or nothing: a label the naming rule reads as
    praise ("a friend and a great leader": :mod:`.labels`), or no label at all, only the party named
    ("called Y on Tuesday")."""
    from sidelines.extractors.events.labels import SUPPORT_AT

    words = [t for t in span if not (t.is_punct or t.is_space or index.by_token.get(t.i) or (
        t.dep_ in ("compound", "det", "amod", "nmod") and index.by_token.get(t.head.i)))]  # "Governor Y"
    return not words or compound(span.text) >= SUPPORT_AT


def judgement_options(doc: "Document", parsed: "Doc", index: "EntityIndex") -> list[JudgementOption]:
    """Every (speaker, party, clause) of the statements of known speakers, with its features; a party
    is a person or a body written with a name somewhere, other than the story's outlet. Questions put ("asked whether"),
    kind or empty labels pinned by a naming verb ("called Y a friend"), polls and quotes with no speaker
    offer none."""
    from sidelines.extractors.events.labels import LABEL_VERBS
    analysis = analysis_of(parsed, doc)
    options: list[JudgementOption] = []
    for quote in doc.layer("quotes"):
        speaker = quote.speaker
        if quote.kind != "statement" or speaker is None or speaker not in index.types:
            continue
        if same_outlet(index.names.get(speaker), doc.publisher):
            continue
        cue = analysis.span(quote.cue.start, quote.cue.end) if quote.cue is not None else None
        if cue is not None and any(t.lemma_.lower() in QUESTION_CUES for t in cue):
            continue
        span = analysis.span(quote.content.start, quote.content.end)
        if span is None:
            continue
        if cue is not None and any(_pins_label(t, LABEL_VERBS) for t in cue) and _no_harsh_label(span, index):
            continue  # "X called Y a friend", "called Y on Tuesday": no ill spoken of Y
        options.extend(opt for opt in quote_options(quote, speaker, span, cue, index)
                       if opt.target in index.named and index.types.get(opt.target) in JUDGED_PARTY_TYPES
                       and not same_outlet(index.names.get(opt.target), doc.publisher))
    _add_pair_features(options, index)
    return options


def _add_pair_features(options: list[JudgementOption], index: "EntityIndex") -> None:
    """How often, and how harshly or warmly at most, the speaker speaks of the party in the article."""
    pairs: dict[tuple[str, str], list[JudgementOption]] = {}
    for opt in options:
        pairs.setdefault((opt.speaker, opt.target), []).append(opt)
    for group in pairs.values():
        scores = [o.features["compound"] for o in group]
        for opt in group:
            opt.features.update({"pair_clauses": math.log1p(len(group) - 1), "pair_min_compound": min(scores),
                                 "pair_max_compound": max(scores),
                                 "target_mentions": math.log1p(index.mention_counts.get(opt.target, 0))})
