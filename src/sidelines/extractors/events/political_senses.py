"""Senses that trigger words take in political prose, where campaigns attack, fight and kill in words.

* "was attacked by Republicans for his vote", "knocked his rivals for their votes": a verb of hitting
  aimed at a party for a reason (no time, no party), in a sentence that tells no violence, is criticism;
* "targeted the incumbent with a wave of ads", "was ambushed by the moderators' questions": a hit made
  with, or by, words is criticism (rule ``political:word-attack``, ASSAULT read as ACCUSE); a mob, forces or a
  thing that hits ("a mob attacked X over ...", "artillery struck X"), a weapon or harm told, or a count of times
  ("for the first time") is no reason in words, and the hit stays ASSAULT;
* "vowed to fight the nomination", "fighting the lawsuit in court": a fight against a measure, a case or a
  plan, with no party fought and no violence told, is opposition in words, no violence;
* "killed it in the debate": *kill it* is doing well; "shot down the idea", "blew up at reporters", "stormed to
  victory", "fought back tears", "the campaign bombed": idioms of force that tell no force;
* "seized the momentum", "hijacked the debate": nothing taken from a party; "shutting her down": a person
  cut off in talk, no one coerced;
* "asked not to be named", "requested anonymity": a source's boilerplate, no request;
* "the committee sanctioned nine debates": *sanction* of an event (a debate, a race, a poll) permits it;
* "called Delgado to congratulate her": a call made to congratulate, thank or apologise asks nothing: it is a
  phone call (rule ``political:courtesy-call``, REQUEST read as CONSULT);
* "the chairman called for a voice vote": a presiding officer calling a step of procedure asks no party;
* "held a town hall meeting in Ames": a person's town hall is campaigning, no talks between parties.

These checks read only the dependency parse of the trigger's own sentence; whether it tells violence or harm is
:func:`.violence_topics.tells_harm`. The two retyping rules are recorded among the event's type rules.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sidelines.extractors.events.people_words import PEOPLE_ENTITY_TYPES, is_people
from sidelines.extractors.events.verb_dependents import particle
from sidelines.extractors.events.violence_topics import tells_harm
from sidelines.extractors.lookup import lemma_of
from sidelines.lexicon import plover as lex

if TYPE_CHECKING:
    from spacy.tokens import Token

    from sidelines.extractors.events.candidates import EventCandidate

WORD_ATTACK_RULE = "political:word-attack"
COURTESY_CALL_RULE = "political:courtesy-call"
# Verbs of hitting that campaigns use of words ("knocked", "slammed", "targeted", "ambushed").
HITTING_VERBS = frozenset({
    "attack", "assault", "target", "knock", "hit", "slam", "hammer", "blast", "bash", "ambush", "strike", "pummel",
    "batter", "savage", "maul", "lash", "pound", "clobber", "skewer", "torch", "trash", "bludgeon", "pillory",
    "whack", "swipe",
})
# What a hit is made with, or by, when it is made in words: the means of words and the campaign's media.
WORD_MEANS = lex.VERBAL_ATTACK_MEANS | frozenset({
    "commercial", "mailer", "flyer", "speech", "op-ed", "editorial", "column", "post", "statement", "letter",
    "email", "video", "spot", "message", "interview", "question", "questioning", "debate", "wave", "barrage",
    "salvo", "volley", "series", "round", "torrent", "blitz",
})
# Texts, which hit only in words ("the editorial attacked X").
TEXT_NOUNS = frozenset({"editorial", "op-ed", "column", "article", "report", "book", "memoir", "ad", "advert",
                        "advertisement", "commercial", "mailer", "flyer", "tweet", "post", "statement", "letter",
                        "memo", "essay", "piece", "story", "speech", "video", "spot", "blog", "headline", "cartoon"})
# Attackers whose hit tells violence ("a mob attacked", "rioters attacked", "Kestrian forces struck").
ASSAILANTS = frozenset({"mob", "crowd", "rioter", "gang", "assailant", "attacker", "vigilante", "thug", "raider",
                        "looter", "mugger", "robber", "settler", "villager", "force", "jet", "warplane", "tank",
                        "artillery", "man", "men", "youth", "extremist", "insurgent", "gunboat", "warship"})
# Nouns of an occasion, counted, that a "for" names no reason by ("for the first time", "for a second night").
OCCASION_NOUNS = frozenset({"time", "day", "night", "week", "weekend", "month", "year", "hour", "occasion", "row",
                            "straight", "consecutive"})
# Verbs of saying that a hit is made by ("attacked him by accusing him of ...", "by calling him a fraud").
SAYING_VERBS = frozenset({"accuse", "call", "label", "brand", "claim", "say", "suggest", "question", "criticize",
                          "criticise", "mock", "ridicule", "compare", "describe", "dismiss", "charge", "allege",
                          "blame", "argue", "tweet", "write", "portray", "paint", "liken", "deride", "imply",
                          "insinuate", "assert", "declare", "characterize", "characterise", "dub", "denounce"})
# Quantifier heads a means hangs under ("a wave of ads", "a barrage of questions").
MEANS_QUANTIFIERS = frozenset({"wave", "barrage", "salvo", "volley", "series", "round", "torrent", "blitz",
                               "flurry", "stream", "string", "spate"})
# What one fights that is a measure, a case or a plan, no party ("fight the nomination", "the lawsuit").
FOUGHT_MEASURES = frozenset({
    "nomination", "lawsuit", "suit", "case", "charge", "indictment", "ruling", "order", "bill", "law", "rule",
    "regulation", "measure", "proposal", "plan", "policy", "tax", "ban", "mandate", "deal", "agreement",
    "treaty", "amendment", "decision", "appointment", "confirmation", "merger", "subpoena", "effort", "move",
    "legislation", "reform", "cut", "increase", "hike", "closure", "initiative", "referendum", "result",
    "change", "requirement", "fee", "fine", "tariff", "budget", "program", "programme", "pipeline", "project",
    "development", "expansion", "extradition", "deportation", "eviction", "recall", "impeachment", "label",
})
# Ideas and claims, which one shoots down only by rejecting them ("shot down the idea").
IDEA_NOUNS = FOUGHT_MEASURES | frozenset({"idea", "suggestion", "notion", "rumor", "rumour", "report", "claim",
                                          "request", "theory", "speculation", "question", "argument", "offer"})
# What a campaign seizes or hijacks that is no property or person ("seized the momentum", "hijacked the debate").
SEIZED_ABSTRACTS = frozenset({"momentum", "initiative", "opportunity", "moment", "chance", "spotlight", "mantle",
                              "limelight", "narrative", "agenda", "debate", "conversation", "headline", "hand",
                              "advantage", "lead", "issue", "message", "discussion", "story", "news", "cycle"})
# What one storms "to" that is a result, not a place ("stormed to victory").
RESULT_NOUNS = frozenset({"victory", "win", "lead", "triumph", "power", "fame", "prominence"})
# Feelings fought back ("fought back tears").
FEELING_NOUNS = frozenset({"tear", "emotion", "anger", "laughter", "laugh", "smile", "nerve", "urge", "fear"})
# Subjects that bomb only as flops ("the campaign bombed in the South").
FLOP_SUBJECTS = frozenset({"campaign", "candidacy", "bid", "ad", "show", "film", "movie", "speech", "performance",
                           "launch", "rollout", "book", "album", "plan", "pitch", "joke", "debut", "sequel"})
# Verbs the boilerplate of anonymity asks for in the passive ("asked not to be named").
ANONYMITY_VERBS = frozenset({"name", "identify", "quote", "use", "cite", "publish", "disclose", "reveal"})
# Personal pronouns as objects ("shutting her down").
PERSONAL_OBJECTS = frozenset({"him", "her", "me", "you", "us", "them"})
# Events one sanctions as their authority: permitted, not punished ("sanctioned nine debates").
SANCTIONED_EVENTS = frozenset({
    "debate", "race", "tournament", "event", "game", "match", "poll", "primary", "caucus", "election",
    "contest", "bout", "championship", "competition", "forum", "league", "season", "rally", "march", "vote",
    "referendum", "ballot", "convention", "festival", "parade", "fight", "meet", "tour", "series", "straw",
})
# Spans of time a sanctioned event is "for" ("for the primary season").
SPANS = frozenset({"season", "year", "cycle", "term", "month", "week", "summer", "autumn", "fall", "spring", "winter"})
# What a call is made to do that asks nothing of the one called.
COURTESY_VERBS = frozenset({"congratulate", "thank", "apologize", "apologise", "wish", "console", "condole",
                            "commiserate", "welcome", "praise"})
# Steps of procedure that a presiding officer calls ("called for a voice vote", "called a recess").
PROCEDURE_NOUNS = frozenset({"vote", "recess", "quorum", "adjournment", "order", "roll", "ballot", "break",
                             "tally", "division", "count"})
PRESIDING_TITLES = frozenset({"chair", "chairman", "chairwoman", "chairperson", "speaker", "moderator",
                              "president", "presiding", "clerk", "secretary", "convener", "parliamentarian"})
# Titles that name a head of state or a minister unless "of" (or before) a chamber ("the president of the senate").
HEAD_TITLES = frozenset({"president", "secretary"})
CHAMBERS = frozenset({"senate", "assembly", "house", "chamber", "council", "parliament", "congress", "convention",
                      "committee", "board", "meeting", "session", "conference", "synod", "caucus", "legislature",
                      "senado", "duma", "diet", "bundestag", "knesset", "sejm", "storting", "riksdag", "folketing"})
TOWN_HALL_WORDS = frozenset({"town", "townhall", "town-hall"})
HOLDING_VERBS = frozenset({"hold", "host", "stage", "headline", "have", "do", "schedule", "plan"})


def _pobjs(tok: "Token", *preps: str) -> list["Token"]:
    found = [g for c in tok.children if c.dep_ in ("prep", "agent") and c.lower_ in preps
             for g in c.children if g.dep_ in ("pobj", "pcomp")]
    return found + [n for g in found for n in g.conjuncts]


def _text(tok: "Token") -> bool:
    """A text, not a part of a thing ("the editorial", "a piece in the Herald"; not "a piece of shrapnel")."""
    return lemma_of(tok) in TEXT_NOUNS and not any(
        lemma_of(g) not in TEXT_NOUNS and lemma_of(g) not in WORD_MEANS for g in _pobjs(tok, "of"))


def _hitters(verb: "Token") -> list["Token"]:
    """Who or what hits: the subject, or the agent of a passive."""
    return [c for c in verb.children if c.dep_ in ("nsubj", "csubj")] + _pobjs(verb, "by")


def _occasion(tok: "Token") -> bool:
    """A count of times, not a reason ("for the first time", "for a third straight day")."""
    return lemma_of(tok) in OCCASION_NOUNS or any(
        c.ent_type_ == "ORDINAL" or c.lower_ in ("next", "last", "umpteenth", "nth") for c in tok.children)


def _party(tok: "Token") -> bool:
    return tok.ent_type_ in PEOPLE_ENTITY_TYPES or is_people(tok) or (
        tok.pos_ == "PROPN" and tok.ent_type_ not in ("DATE", "TIME")) or (
        tok.pos_ == "PRON" and tok.lower_ not in ("it", "this", "that", "what", "which"))


def _in_words(tok: "Token") -> bool:
    """A means of words, or a quantity of them ("a wave of television ads")."""
    if lemma_of(tok) in MEANS_QUANTIFIERS:
        return any(lemma_of(g) in WORD_MEANS or g.lower_ in WORD_MEANS for g in _pobjs(tok, "of"))
    return lemma_of(tok) in WORD_MEANS or tok.lower_ in WORD_MEANS


def hits_in_words(verb: "Token") -> bool:
    """ "was attacked by X for his vote", "knocked rivals over their votes", "targeted X with ads",
    "was ambushed by questions", "attacked X by accusing him", "the editorial attacked X": a hit on a party
    for a reason, with or by words, or by a text; no violence told."""
    if lemma_of(verb) not in HITTING_VERBS or tells_harm(verb):
        return False
    if any(c.dep_ == "nsubj" and _text(c) for c in verb.children):
        return True
    if any(g.pos_ == "VERB" and lemma_of(g) in SAYING_VERBS for g in _pobjs(verb, "by")):
        return True
    hit = [c for c in verb.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
    if not hit or not any(_party(t) for t in hit):
        return False
    if any(_in_words(g) for g in _pobjs(verb, "with", "by")):
        return True
    hitters = _hitters(verb)
    if any(lemma_of(h) in ASSAILANTS or h.lower_ in ASSAILANTS or not _party(h) for h in hitters):
        return False  # a mob, forces or a thing hit in deed ("a mob attacked X over ...", "artillery struck X")
    reasons = [r for g in _pobjs(verb, "for", "over") for r in (_pobjs(g, "for", "over") if _occasion(g) else [g])]
    return bool(reasons) and all(not _party(g) and g.ent_type_ not in ("DATE", "TIME", "MONEY")
                                 for g in reasons)


def retype_political_senses(cands: list["EventCandidate"]) -> None:
    """Read an ASSAULT verb told in words (:func:`hits_in_words`) as criticism (``political:word-attack``),
    and a call made as a courtesy (:func:`calls_to_courtesy`) as a phone call (``political:courtesy-call``)."""
    for cand in cands:
        verb = cand.verb if cand.verb is not None else cand.head
        if cand.kind == "noun":
            continue
        if cand.type == "ASSAULT" and hits_in_words(verb):
            cand.type, cand.mode = "ACCUSE", "disapprove"
            cand.type_rules.add(WORD_ATTACK_RULE)
        elif cand.type == "REQUEST" and calls_to_courtesy(verb):
            cand.type, cand.mode = "CONSULT", "phone"
            cand.type_rules.add(COURTESY_CALL_RULE)


def fights_a_measure(verb: "Token") -> bool:
    """ "vowed to fight the nomination", "are fighting the lawsuit": a measure fought, no party, no violence."""
    if lemma_of(verb) not in ("fight", "battle", "combat") or tells_harm(verb):
        return False
    fought = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
    fought += [n for f in fought for n in f.conjuncts]
    return bool(fought) and all(lemma_of(f) in FOUGHT_MEASURES and f.ent_type_ not in PEOPLE_ENTITY_TYPES
                                for f in fought)


def kills_it(verb: "Token") -> bool:
    """ "killed it in the debate": *kill it*, nothing else killed, no violence told."""
    objs = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
    return lemma_of(verb) == "kill" and len(objs) == 1 and objs[0].lower_ == "it" and not tells_harm(verb)


def sanctions_an_event(verb: "Token") -> bool:
    """ "the committee sanctioned nine debates": every thing sanctioned is an event, sanctioned for nothing."""
    if lemma_of(verb) != "sanction" or any(g.ent_type_ not in ("DATE", "TIME") and lemma_of(g) not in SPANS
                                           for g in _pobjs(verb, "for", "over")):
        return False
    things = [c for c in verb.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
    things += [n for t in things for n in t.conjuncts]
    return bool(things) and all(lemma_of(t) in SANCTIONED_EVENTS for t in things)


def calls_to_courtesy(verb: "Token") -> bool:
    """ "called Delgado to congratulate her": the call's purpose is the caller's courtesy, no request."""
    if lemma_of(verb) != "call" or any(g.ent_type_ not in ("DATE", "TIME") for g in _pobjs(verb, "on", "upon", "for")):
        return False
    purposes = [c for c in verb.children if c.dep_ in ("xcomp", "advcl") and c.tag_ == "VB"]
    return bool(purposes) and all(lemma_of(p) in COURTESY_VERBS for p in purposes)


def _presiding(subj: "Token") -> bool:
    """A presiding officer: a chair or a speaker, or a president or secretary of a chamber ("the president
    of the senate", "Senate President X"), not a head of state or a minister ("the president", "President X")."""
    mods = [c for c in subj.children if c.dep_ in ("compound", "amod")]
    lemma, mods = lemma_of(subj), mods + [g for m in mods for g in m.children if g.dep_ in ("compound", "amod")]
    chamber = any(lemma_of(g) in CHAMBERS for g in _pobjs(subj, "of")) or any(lemma_of(m) in CHAMBERS for m in mods)
    if lemma in PRESIDING_TITLES:
        return lemma not in HEAD_TITLES or chamber
    return any(lemma_of(m) in PRESIDING_TITLES and (lemma_of(m) not in HEAD_TITLES or chamber) for m in mods)


def presides_a_vote(verb: "Token") -> bool:
    """ "the chairman called for a voice vote", "the chair called a recess": procedure, asking no party."""
    if lemma_of(verb) != "call":
        return False
    called = [c for c in verb.children if c.dep_ in ("dobj", "obj")] + _pobjs(verb, "for")
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return bool(called) and all(lemma_of(c) in PROCEDURE_NOUNS for c in called) and bool(subjects) and all(
        _presiding(s) for s in subjects)


def _town_hall(noun: "Token") -> bool:
    return noun.lower_ in TOWN_HALL_WORDS or any(
        c.dep_ in ("compound", "amod", "nmod") and (c.lower_ in TOWN_HALL_WORDS or lemma_of(c) == "hall")
        for c in noun.children)


def holds_town_hall(verb: "Token") -> bool:
    """ "held a town hall meeting in Ames": a person's town hall, no partner named after "with"."""
    if lemma_of(verb) not in HOLDING_VERBS:
        return False
    held = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not held or not all(_town_hall(h) for h in held) or _pobjs(verb, "with", "between"):
        return False
    return not any(_pobjs(h, "with", "between") for h in held) and not any(
        s.ent_type_ in ("GPE", "NORP") or s.conjuncts for s in subjects)


def _things(verb: "Token") -> list["Token"]:
    found = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
    return found + [n for f in found for n in f.conjuncts]


def figurative_force(verb: "Token") -> bool:
    """ "shot down the idea", "blew up at reporters", "stormed to victory", "fought back tears", "the campaign
    bombed in the South": idioms of force that tell a rejection, an outburst, a win, a feeling or a flop."""
    lemma, things = lemma_of(verb), _things(verb)
    if lemma == "shoot" and particle(verb) == "down":
        return bool(things) and all(lemma_of(t) in IDEA_NOUNS for t in things)
    if lemma == "blow" and particle(verb) == "up":
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)  # a person blows up, a car explodes
        return not things and bool(_pobjs(verb, "at")) and not tells_harm(verb) and subj is not None and _party(subj)
    if lemma == "storm":
        return any(lemma_of(g) in RESULT_NOUNS for g in _pobjs(verb, "to", "into"))
    if lemma == "fight" and things and all(lemma_of(t) in FEELING_NOUNS for t in things):
        return True
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return lemma == "bomb" and not things and subj is not None and lemma_of(subj) in FLOP_SUBJECTS


def seizes_an_abstract(verb: "Token") -> bool:
    """ "seized the momentum", "hijacked the debate": nothing held or taken from a party."""
    things = _things(verb)
    return lemma_of(verb) in ("seize", "hijack", "grab", "capture", "steal") and bool(things) and all(
        lemma_of(t) in SEIZED_ABSTRACTS and not t.ent_type_ for t in things)


def silences_a_person(verb: "Token") -> bool:
    """ "shutting her down", "shut Carlson down", "shut him up": a person cut off in talk, no force told."""
    if lemma_of(verb) != "shut" or particle(verb) not in ("down", "up") or tells_harm(verb):
        return False
    things = _things(verb)
    return bool(things) and all(
        t.ent_type_ == "PERSON" or (t.pos_ == "PRON" and t.lower_ in PERSONAL_OBJECTS) for t in things)


def asks_anonymity(verb: "Token") -> bool:
    """ "asked not to be named", "who asked not to be identified": a source's boilerplate, no request."""
    return lemma_of(verb) in ("ask", "request") and any(
        c.dep_ == "xcomp" and lemma_of(c) in ANONYMITY_VERBS and any(g.dep_ == "neg" for g in c.children)
        and any(g.dep_ == "auxpass" for g in c.children) for c in verb.children) or (
        lemma_of(verb) == "request" and any(lemma_of(t) == "anonymity" for t in _things(verb)))


def is_political_sense(verb: "Token", event_type: str) -> bool:
    """Whether a trigger verb takes a sense of political prose that tells no event of its type (see the module)."""
    if event_type == "ASSAULT":
        return fights_a_measure(verb) or kills_it(verb) or figurative_force(verb)
    if event_type == "COERCE" and (seizes_an_abstract(verb) or silences_a_person(verb)):
        return True
    if event_type == "SANCTION":
        return sanctions_an_event(verb)
    if event_type == "REQUEST":
        return presides_a_vote(verb) or asks_anonymity(verb)
    return event_type == "CONSULT" and holds_town_hall(verb)
