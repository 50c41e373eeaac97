"""Non-events among trigger words: speeches, interviews, hosted occasions and figurative uses.

A consultation needs two parties who meet or talk with each other. A candidate speaking to a crowd,
a politician giving an interview to an outlet or talking to reporters, someone "talking about" a
subject, or a host "hosting" a dinner or a show tells no meeting. These checks read only the
dependency parse of the trigger's own sentence.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from sidelines.extractors.events.candidacy import seeks_office
from sidelines.extractors.events.electorate import is_mass_opinion, is_poll_support
from sidelines.extractors.events.figurative import is_figurative_act
from sidelines.extractors.events.nonacts import attacks_in_words
from sidelines.extractors.events.people_words import people_word
from sidelines.extractors.events.permissions import is_circumstance_permission
from sidelines.extractors.events.quantities import counted_noun
from sidelines.extractors.events.senses import joins_broadcast
from sidelines.extractors.lookup import lemma_of, sent_of
from sidelines.lexicon import plover as lex
from sidelines.lexicon.countries import country_by_name
from sidelines.nlp.analysis import analysis_of

if TYPE_CHECKING:
    from spacy.tokens import Token

# Prepositions that name the other party of a talk or meeting.
PARTNER_PREPS = frozenset({"with", "to"})
# Verbs whose partners are checked against the audience words.
AUDIENCE_CHECKED_VERBS = lex.SPEECH_CONSULT_VERBS | lex.AUDIENCE_SPEECH_VERBS | {"meet"}


def partners(verb: "Token") -> list["Token"]:
    """The heads of the other party of a talk: "with X", "to X", a direct object, and their conjuncts."""
    out: list[Token] = []
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in PARTNER_PREPS:
            for obj in child.children:
                if obj.dep_ == "pobj":
                    out += [obj, *obj.conjuncts]
        elif child.dep_ in ("dobj", "obj"):
            out += [child, *child.conjuncts]
    return out


def is_audience(tok: "Token") -> bool:
    """Whether a partner is an audience, the press or a gathering rather than a party to talks."""
    if tok.ent_type_ in ("PERSON", "GPE", "NORP"):
        return False
    if lemma_of(tok) in lex.AUDIENCE_NOUNS or lemma_of(tok) in lex.OCCASION_NOUNS:
        return True
    # "the Chamber of Commerce", "the Economic Club": an organisation addressed, not a counterpart.
    return tok.ent_type_ == "ORG" and any(lemma_of(t) in lex.AUDIENCE_NOUNS for t in tok.subtree)


def in_interview(tok: "Token") -> bool:
    """Whether the trigger's sentence tells an interview or a broadcast ("in an interview with X")."""
    return any(t.pos_ == "NOUN" and lemma_of(t) in lex.INTERVIEW_WORDS for t in sent_of(tok))


def is_speech_not_meeting(verb: "Token") -> bool:
    """A talk/speak/meet verb that tells a speech, an interview or remarks, not talks between parties.

    "spoke to reporters", "speaking to the gathering", "met with supporters", "talked about the
    economy" (no partner, a single speaker), "told CNN in an interview" are not consultations;
    "spoke with his counterpart", "the two leaders talked about trade" are.
    """
    lemma = lemma_of(verb)
    if lemma not in AUDIENCE_CHECKED_VERBS:
        return False
    found = partners(verb)
    if found and all(is_audience(p) for p in found):
        return True
    if lemma in lex.SPEECH_CONSULT_VERBS and in_interview(verb):
        return True
    if lemma in lex.SPEECH_CONSULT_VERBS and not found and _talks_about_only(verb):
        return True
    return False


def _talks_about_only(verb: "Token") -> bool:
    """ "what they're talking about": a subject talked about, with no conjoined parties who talk."""
    if not any(c.dep_ == "prep" and c.lower_ in lex.TOPIC_PREPS for c in verb.children) and not any(
        c.dep_ == "pobj" and c.lower_ in ("what", "which") for c in verb.subtree
    ):
        return False
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subj is None or not list(subj.conjuncts)


def is_hosted_occasion(verb: "Token") -> bool:
    """ "hosted a dinner", "a breakfast hosted by X", "host the awards": hosting a thing, not a guest."""
    if lemma_of(verb) != "host":
        return False
    hosted = [c for c in verb.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
    if verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN"):
        hosted.append(verb.head)
    if not hosted:
        # "when she first hosted in 2007": a host of a show, no guest at all.
        return not any(c.dep_ == "agent" for c in verb.children)
    return not any(
        h.ent_type_ in lex.GUEST_ENTITY_TYPES or lemma_of(h) in lex.GUEST_NOUNS
        or any(c.ent_type_ in lex.GUEST_ENTITY_TYPES for c in h.conjuncts)
        for h in hosted
    )


def is_figurative_protest(verb: "Token") -> bool:
    """ "demonstrated that/how ...", "as campaigns have demonstrated": showing, not protesting."""
    if lemma_of(verb) not in lex.INTRANSITIVE_PROTEST_VERBS:
        return False
    for child in verb.children:
        if child.dep_ in ("dobj", "obj", "ccomp", "xcomp"):
            return True
        if child.dep_ == "mark" and child.lower_ == "as":
            return True
    return False


def is_fulfilled_not_met(verb: "Token") -> bool:
    """ "met the deadline", "the objective has been met", "was met with criticism": no meeting."""
    if lemma_of(verb) != "meet":
        return False
    for child in verb.children:
        if child.dep_ in ("dobj", "obj", "nsubjpass") and lemma_of(child) in lex.MET_OBJECTS:
            return True
        if child.dep_ == "nsubjpass" and child.ent_type_ not in lex.GUEST_ENTITY_TYPES and not any(
            c.dep_ == "agent" for c in verb.children
        ):
            return True
        if child.dep_ == "prep" and child.lower_ == "with" and any(
            lemma_of(g) in lex.MET_OBJECTS for g in child.children if g.dep_ == "pobj"
        ):
            return True
    return False


def is_figurative_material(verb: "Token") -> bool:
    """ "amassed a fortune", "strengthened the prospect", "killed the bill", "destroyed trust": no force,
    no violence."""
    lemma = lemma_of(verb)
    # "deployed hundreds of police": what is counted is what is deployed.
    objects = [counted_noun(c) for c in verb.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
    if lemma in lex.FORCE_VERBS:
        return bool(objects) and not any(
            lemma_of(o) in lex.FORCE_OBJECTS or o.ent_type_ in ("NORP", "ORG") for o in objects
        )
    if lemma in lex.FIGURATIVE_HARM_VERBS:
        # "destroys credibility", "killed the bill": harm to an abstract thing is no violence.
        return bool(objects) and all(lemma_of(o) in lex.ABSTRACT_HARM_OBJECTS for o in objects)
    return False


def is_naming_call(verb: "Token") -> bool:
    """ "a class called Perception", "what he called a disgrace": naming, not calling for anything."""
    return lemma_of(verb) == "call" and any(c.dep_ == "oprd" for c in verb.children)


def is_lone_sit_down(verb: "Token") -> bool:
    """ "Then I sat down": a sit-down is talks only with a partner or with parties sitting together."""
    if lemma_of(verb) != "sit":
        return False
    if any(c.dep_ == "prep" and c.lower_ in ("with", "between", "across") for c in verb.children):
        return False
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return True
    return not (list(subj.conjuncts) or subj.tag_ in ("NNS", "NNPS") or subj.lower_ in ("they", "we"))


def is_no_comment(verb: "Token") -> bool:
    """ "declined to comment", "refused to say when": no rejection, a reporter's note."""
    return lemma_of(verb) in lex.REJECT_VERBS and any(
        c.dep_ == "xcomp" and lemma_of(c) in lex.NO_COMMENT_VERBS for c in verb.children
    )


def is_non_event_verb(verb: "Token") -> bool:
    """Whether a trigger verb tells a speech, an interview, a hosted occasion, a figurative use or a
    permission no one grants."""
    return (
        is_speech_not_meeting(verb) or is_hosted_occasion(verb) or is_figurative_protest(verb)
        or is_fulfilled_not_met(verb) or is_figurative_material(verb) or is_naming_call(verb)
        or is_lone_sit_down(verb) or is_no_comment(verb) or is_dismissal(verb) or is_hiring(verb)
        or is_suspect_description(verb) or is_poll_support(verb) or is_mass_opinion(verb) or is_natural_harm(verb)
        or is_game_result(verb) or is_requested_content(verb) or is_counted_participle(verb)
        or is_circumstance_permission(verb) or seeks_office(verb) or joins_broadcast(verb)
    )


def is_non_event_trigger(verb: "Token", kind: str, event_type: str) -> bool:
    """A plain trigger verb that is no event (above), or any verb trigger whose arguments make it figurative or
    a mass's opinion."""
    return (kind == "verb" and is_non_event_verb(verb)) or is_figurative_act(verb, event_type) or (
        is_mass_opinion(verb) or is_poll_support(verb))  # "60 percent of voters supported his call": nor is a light one


# Natural hazards, illness and accidents: what they destroy or kill tells no act of anyone.
NATURAL_CAUSES = frozenset({
    "hurricane", "storm", "typhoon", "cyclone", "tornado", "earthquake", "quake", "tremor", "aftershock",
    "flood", "flooding", "tsunami", "wildfire", "blaze", "landslide", "mudslide", "avalanche", "drought",
    "eruption", "volcano", "blizzard", "wind", "rain", "snow", "heatwave", "lightning", "disease",
    "illness", "cancer", "virus", "epidemic", "pandemic", "outbreak", "crash", "accident", "collision",
})


def _natural(tok: "Token") -> bool:
    """A natural hazard, an illness or an accident, also one named ("Hurricane Maria", "the floods")."""
    return any(lemma_of(t) in NATURAL_CAUSES or t.lower_ in NATURAL_CAUSES
               for t in [tok, *(c for c in tok.children if c.dep_ in ("compound", "amod"))])


# Adverbs and nouns that tell harm done without intent ("accidentally shot", "killed in a hunting accident").
ACCIDENT_ADVERBS = frozenset({"accidentally", "inadvertently", "unintentionally", "accidently"})
ACCIDENT_NOUNS = frozenset({"accident", "mishap"})


def _by_accident(verb: "Token") -> bool:
    """ "accidentally shot a neighbour", "wounded in a shooting accident at the range": harm without intent."""
    return any((c.dep_ == "advmod" and c.lower_ in ACCIDENT_ADVERBS) or (
        c.dep_ == "prep" and c.lower_ in ("in", "during") and any(
            g.dep_ == "pobj" and lemma_of(g) in ACCIDENT_NOUNS for g in c.children)) for c in verb.children)


def is_natural_harm(verb: "Token") -> bool:
    """ "the cyclone destroyed the school", "destroyed by floods", "killed in the earthquake": no one acts;
    nor does anyone who harms by accident ("accidentally shot", "killed in a hunting accident").

    The cause is the verb's subject, its passive agent, or (a passive with no agent) what it happened in.
    """
    for child in verb.children:
        if child.dep_ == "nsubj" and _natural(child):
            return True
        if child.dep_ == "agent" and any(g.dep_ == "pobj" and _natural(g) for g in child.children):
            return True
    if any(_by_accident(v) for v in (verb, *verb.conjuncts)):
        return True
    if any(c.dep_ == "auxpass" for c in verb.children) and not any(c.dep_ == "agent" for c in verb.children):
        return any(c.dep_ == "prep" and c.lower_ in ("in", "during") and any(
            g.dep_ == "pobj" and _natural(g) for g in c.children) for c in verb.children)
    return False


# Verbs of winning over someone, and the words that place them in a game, a race or a vote.
DEFEAT_VERBS = frozenset({"beat", "defeat", "crush", "rout", "thrash", "trounce", "outscore", "edge",
                          "overpower", "hammer", "down", "top", "eliminate", "blank", "upset"})
CONTEST_WORDS = frozenset({
    "game", "match", "final", "finals", "semifinal", "semi", "quarterfinal", "championship", "tournament",
    "league", "cup", "season", "playoff", "playoffs", "series", "title", "inning", "overtime", "race",
    "primary", "election", "vote", "ballot", "runoff", "contest", "derby", "bout", "round", "point", "goal", "caucus",
    "team", "squad",
})
SCORE = re.compile(r"^\d{1,3}-\d{1,3}$")


# What is won, held or defended in a game or a race ("defend their title", "retained her seat").
PRIZE_WORDS = frozenset({"title", "crown", "championship", "trophy", "cup", "medal", "pennant", "belt", "seat"})


def is_game_result(verb: "Token") -> bool:
    """ "beat the Tigers 3-1", "defeated Italy in the semi-final", "defend their title": a game or a race."""
    if any(c.dep_ in ("dobj", "obj") and lemma_of(c) in PRIZE_WORDS for c in verb.children):
        return True
    if lemma_of(verb) not in DEFEAT_VERBS:
        return False
    near = list(verb.subtree) if verb.dep_ != "ROOT" else list(sent_of(verb))
    tokens = [t.lower_ for t in near]
    if any(SCORE.match(t) for t in tokens) or any(
            a.isdigit() and b == "-" and c.isdigit() for a, b, c in zip(tokens, tokens[1:], tokens[2:], strict=False)):
        return True
    return any(lemma_of(t) in CONTEST_WORDS or t.lower_ in CONTEST_WORDS for t in near if t.pos_ in ("NOUN", "ADJ"))


# Words of a game being played (not of a vote or a race: a "51-49 vote" is a political act).
GAME_WORDS = frozenset({
    "game", "match", "semifinal", "semifinals", "quarterfinal", "quarterfinals", "tournament", "playoff",
    "playoffs", "inning", "innings", "overtime", "halftime", "tie", "dunk", "rebound", "rebounds",
    "touchdown", "touchdowns", "goal", "goals", "scored", "scoring",
})
# The most points a side scores in a game as news reports it.
MAX_GAME_SCORE = 200


def _has_score(tokens: list[str]) -> bool:
    """Whether tokens hold a game score ("51-50", "51 - 50")."""
    if any(SCORE.match(t) and max(int(x) for x in t.split("-")) <= MAX_GAME_SCORE for t in tokens):
        return True
    return any(a.isdigit() and b == "-" and c.isdigit() and max(int(a), int(c)) <= MAX_GAME_SCORE
               for a, b, c in zip(tokens, tokens[1:], tokens[2:], strict=False))


def is_game_report(tok: "Token") -> bool:
    """ "sealed the deal for the Jays after a 15-2 run in the semifinals", "broke a 12-12 tie": a sentence
    that tells a game as it was played (a score and a word of play) tells no political act."""
    sent = sent_of(tok)
    tokens = analysis_of(tok.doc).lowers[sent.start:sent.end]
    return _has_score(tokens) and any(t in GAME_WORDS for t in tokens)


# Types whose participle before a noun describes it ("pledged delegates", "the endorsed candidate").
DESCRIBING_TYPES = frozenset({"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "REQUEST", "ACCUSE", "REJECT", "THREATEN"})


def is_counted_participle(verb: "Token") -> bool:
    """ "leads by 271 pledged delegates": a participle between a number and its noun, read as a verb.

    Only verbal acts: "300 detained protesters" still tells detentions.
    """
    hit = lex.VERB_TRIGGERS.get(lemma_of(verb))
    if hit is None or hit[0] not in DESCRIBING_TYPES or verb.tag_ not in ("VBD", "VBN") or verb.i == 0:
        return False
    before, doc = verb.doc[verb.i - 1], verb.doc
    after = doc[verb.i + 1] if verb.i + 1 < len(doc) else None
    if before.tag_ != "CD" or before.ent_type_ in ("DATE", "TIME") or after is None:
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return False
    return (after.head.i == verb.i and after.dep_ in ("dobj", "obj")) or verb.dep_ == "amod"


# Nouns whose infinitive tells what is asked, offered, planned or refused ("a request to meet X"):
# that act is the noun's content, told by the noun's own event, no event of its own.
CONTENT_NOUNS = frozenset(
    {n for n, (t, _) in lex.NOUN_TRIGGERS.items() if t in ("REQUEST", "AGREE", "THREATEN", "REJECT")}
    - {"agreement", "deal", "accord", "treaty", "pact", "memorandum", "consensus", "extension"}
    | {"plan", "proposal", "bid", "permission", "invitation", "call"})


def is_requested_content(verb: "Token") -> bool:
    """ "turned down Belgium's request to meet X", "rejected an offer to mediate": the act asked for.

    Only where a trigger verb takes the noun as its object, so that the request (or offer, threat,
    refusal) is told by that verb's event; "welcomed the offer to mediate" keeps its one event.
    """
    noun = verb.head
    if verb.dep_ != "acl" or noun.pos_ != "NOUN" or lemma_of(noun) not in CONTENT_NOUNS:
        return False
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    taker = noun.head
    if noun.dep_ not in ("dobj", "obj", "nsubjpass") or taker.pos_ not in ("VERB", "AUX"):
        return False
    particles = {c.lower_ for c in taker.children if c.dep_ == "prt"}
    return lemma_of(taker) in lex.VERB_TRIGGERS or any(
        (lemma_of(taker), p) in lex.PHRASAL_TRIGGERS for p in particles)


# Verbs that dismiss a person from a post when a person is their object ("fired the coach").
DISMISSAL_VERBS = frozenset({"fire", "sack"})
# Prepositions that aim a weapon ("fired at the crowd", "fired on protesters", "fired upon").
AIM_PREPS = frozenset({"at", "on", "upon", "into", "toward", "towards"})
# Verbs that describe a suspect when they modify a noun ("the man accused of ..."), agent unnamed.
SUSPECT_VERBS = frozenset({"accuse", "charge", "suspect", "allege"})
PERSON_PRONOUNS = frozenset({"him", "her", "them", "he", "she", "they"})


def _person_like(tok: "Token") -> bool:
    """A person named, a personal pronoun, or a noun for people or a body (:func:`.people_word`: "its chief
    financial officer", "staff members", "the board")."""
    return tok.ent_type_ == "PERSON" or tok.lower_ in PERSON_PRONOUNS or people_word(lemma_of(tok))


def _patients(verb: "Token") -> list["Token"]:
    """Objects and passive subjects, also the passive subject of a first conjunct ("was hired and fired")."""
    out = [c for c in verb.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
    if verb.dep_ == "conj" and not any(c.dep_.startswith("nsubj") for c in verb.children):
        out += [c for c in verb.head.children if c.dep_ == "nsubjpass"]
        if not out:
            # "re - signed X" read as two conjoined verbs: the first holds the shared object.
            out += [c for c in verb.head.children if c.dep_ in ("dobj", "obj")]
    if not out:
        # "signed and released X": the object of the last conjunct is shared.
        out += [c for conj in verb.children if conj.dep_ == "conj" for c in conj.children if c.dep_ in ("dobj", "obj")]
    return out


def is_dismissal(verb: "Token") -> bool:
    """ "fired the coach", "was fired in March": a person dismissed, nothing shot (no "at", "on")."""
    if lemma_of(verb) not in DISMISSAL_VERBS:
        return False
    if any(c.dep_ == "prep" and c.lower_ in AIM_PREPS and not any(
            g.ent_type_ in ("DATE", "TIME") for g in c.children) for c in verb.children):
        return False
    return any(_person_like(p) for p in _patients(verb))


def is_hiring(verb: "Token") -> bool:
    """ "signed receiver X", "signed him to a contract": a person hired, no accord signed."""
    return lemma_of(verb) == "sign" and any(
        p.ent_type_ == "PERSON" or p.lower_ in PERSON_PRONOUNS for p in _patients(verb)
    )


def is_suspect_description(verb: "Token") -> bool:
    """ "the man accused of stabbing ...", "a teacher charged with theft": a suspect described, no act told."""
    if lemma_of(verb) not in SUSPECT_VERBS or verb.tag_ != "VBN":
        return False
    if any(c.dep_ == "agent" for c in verb.children):
        return False
    if any(c.dep_ == "ccomp" for c in verb.children) and any(c.dep_ == "nsubj" for c in verb.children):
        return False  # "X lied, the ministry charged" read as a participle: a doer and what it charges
    # A participle with no auxiliary is no finite verb, whatever the parser made of its noun.
    return verb.dep_ in ("acl", "relcl") or not any(c.dep_ in ("aux", "auxpass") for c in verb.children)


def is_modifier_noun(noun: "Token") -> bool:
    """An event noun that only modifies another noun ("talk shows", "the meeting room")."""
    nxt = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    if nxt is not None and nxt.lower_ in lex.MEDIA_HEAD_WORDS:
        # "the talk shows" even where the parser reads "shows" as a verb.
        return True
    return noun.dep_ == "compound" and lemma_of(noun.head) not in lex.GENERIC_EVENT_NOUNS and (
        lemma_of(noun.head) not in lex.NOUN_TRIGGERS
    )


def is_interview_talk(noun: "Token") -> bool:
    """ "a conversation with CNN", "talks with reporters": a talk noun whose partner is an audience."""
    if noun.lemma_.lower() not in ("talk", "conversation", "discussion", "meeting", "chat"):
        return False
    found = [
        obj
        for prep in noun.children
        if prep.dep_ == "prep" and prep.lower_ in PARTNER_PREPS
        for obj in prep.children
        if obj.dep_ == "pobj"
    ]
    return bool(found) and all(is_audience(p) for p in found)


# Event types whose noun a city name before it only locates ("the Paris attacks", "the Athens riots").
PLACE_MODIFIED_TYPES = frozenset({"ASSAULT", "PROTEST"})


def is_place_modifier(event_type: str, modifier: "Token", *, is_place: bool = False) -> bool:
    """A town before a violence or protest noun is where it happened, not who did it; a country is an actor.

    ``is_place`` says the entities layer typed the modifier as a place where the parser did not.
    """
    if event_type not in PLACE_MODIFIED_TYPES or not (is_place or modifier.ent_type_ == "GPE"):
        return False
    name = " ".join(t.text for t in modifier.subtree)
    return country_by_name(name) is None and country_by_name(modifier.text) is None


# Verbs of force that, with "back" and a person as subject, tell a retort ("X shot back in a statement").
RETORT_VERBS = frozenset({"shoot", "fire", "hit", "strike", "lash"})


def is_retort(verb: "Token") -> bool:
    """ "the governor shot back, calling it absurd": a verbal reply, unless force is named in the sentence."""
    if attacks_in_words(verb):  # "attacked him in the debate": criticism
        return True
    if lemma_of(verb) not in RETORT_VERBS or not any(c.lower_ in ("back", "out") for c in verb.children
                                                       if c.dep_ in ("prt", "advmod")):
        return False
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    # A person, not a state, an armed force or a group that could fire back.
    if subj is None or subj.ent_type_ in ("GPE", "NORP", "ORG", "LOC", "FAC") or lemma_of(subj) in lex.FORCE_OBJECTS:
        return False
    if any(c.dep_ in ("dobj", "obj") for c in verb.children):
        return False
    return not any(lemma_of(t) in lex.VIOLENCE_WORDS for t in sent_of(verb) if t.i != verb.i)


# Gatherings that a lone politician holds as campaigning ("held three rallies") unless aimed at something.
CAMPAIGN_GATHERINGS = frozenset({"rally", "march"})
# Children that aim a rally or march at something: "against the tax", "over the cuts", "to protest".
PROTEST_AIMS = frozenset({"against", "over"})


def is_campaign_rally(event_type: str, words: list["Token"], sources_are_people: bool) -> bool:
    """ "Senator X held three rallies", "we'll go marching into the convention": campaigning, no protest.

    ``words`` are the trigger and its event noun; ``sources_are_people`` says every source found is
    a person (a crowd, a union or a party staging a rally protests). A rally "against" or "over"
    something, or one held "to protest", stays a protest.
    """
    if event_type != "PROTEST" or not sources_are_people:
        return False
    if not any(lemma_of(w) in CAMPAIGN_GATHERINGS for w in words):
        return False
    return not any(
        (c.dep_ == "prep" and c.lower_ in PROTEST_AIMS)
        or (c.dep_ in ("acl", "advcl", "xcomp") and lemma_of(c) == "protest")
        for w in words
        for c in w.children
    )

