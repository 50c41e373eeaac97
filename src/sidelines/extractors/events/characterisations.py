"""Event nouns that characterise rather than tell an act, and documents that are no agreements.

"he was not a threat", "the militia poses a grave threat to the region": the noun says what someone
is, and no one threatened anyone (CAMEO codes "pose a real threat" as a comment, 012, not as a
threat, 13). "issued a memorandum": a memo; only a memorandum of understanding (of cooperation, of
intent) is an agreement. "the terrorist threat", "the threat of climate change": a danger talked about;
"attacks on reporters are rare": how often a kind of event happens.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sidelines.extractors.events.people_words import is_people
from sidelines.extractors.lookup import lemma_of
from sidelines.lexicon import plover as lex

if TYPE_CHECKING:
    from spacy.tokens import Token

# Agreement nouns that are also mere documents: an agreement only "of understanding" and the like.
DOCUMENT_AGREEMENTS = frozenset({"memorandum"})
# What a memorandum is of when it is an agreement ("of understanding", "a cooperation memorandum").
ACCORD_WORDS = frozenset({"understanding", "agreement", "cooperation", "intent", "association"})


def of_accord(noun: "Token") -> bool:
    """Whether a memorandum is one of understanding, of cooperation and the like."""
    for child in noun.children:
        if child.dep_ in ("compound", "amod") and lemma_of(child) in ACCORD_WORDS:
            return True
        if child.dep_ == "prep" and child.lower_ == "of" and any(
                lemma_of(g) in ACCORD_WORDS for g in child.children if g.dep_ == "pobj"):
            return True
    return False


# Subjects that name a party in "he was a threat".
PARTY_SUBJECT_PRONOUNS = frozenset({"he", "she", "i", "you", "we", "they"})


# Verbs that say what something is or stands for ("poses a threat", "remains a threat", "represents
# a concession"): their object characterises the subject (CAMEO codes "pose a real threat" as a
# comment, 012, not a threat, 13).
CHARACTERISING_VERBS = frozenset({"pose", "represent", "constitute", "remain", "become"})


def is_said_of_person(noun: "Token") -> bool:
    """ "he was not a threat", "X is a threat to the party", "the militia poses a threat": an event
    noun said of a party (a name or a personal pronoun after "be"; anything after a characterising
    verb) characterises it; it tells no act ("the statement was a threat" may)."""
    if noun.dep_ in ("attr", "dobj", "obj", "oprd") and lemma_of(noun.head) in CHARACTERISING_VERBS:
        return True
    if noun.dep_ != "attr" or lemma_of(noun.head) != "be":
        return False
    subj = next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
    return subj is not None and (subj.pos_ == "PROPN" or subj.lower_ in PARTY_SUBJECT_PRONOUNS)


# Threats that are messages someone sent ("a bomb threat", "death threats"): acts, whatever their modifier.
MESSAGE_THREATS = frozenset({"bomb", "death", "kidnap", "kidnapping", "rape"})
# Verbs that deal with a threat as a problem ("face the terrorist threat", "counter the cyber threat").
PROBLEM_VERBS = frozenset({"face", "counter", "combat", "fight", "tackle", "address", "confront", "discuss", "assess",
                           "rank", "ignore", "downplay", "underestimate", "exaggerate", "reduce", "eliminate", "meet",
                           "deter", "understand", "see", "describe", "cite"})
# Prepositions of a threat's source or a target it was aimed at ("the threat from X", "a threat against Y").
THREAT_PARTY_PREPS = frozenset({"from", "by", "against"})
# Adjectives that say how often things of a kind happen ("attacks are rare here").
FREQUENCY_ADJECTIVES = frozenset({"common", "rare", "frequent", "commonplace", "routine", "widespread", "uncommon",
                                  "unusual", "usual", "normal", "familiar", "infrequent"})
COPULAS = frozenset({"be", "become", "remain", "grow", "seem"})


def is_topic_threat(noun: "Token") -> bool:
    """ "the terrorist threat", "the threat of climate change", "the cyber threat to the system": *threat* as a
    topic or a danger, with no one who threatens and no one threatened ("Norvale's threat to close the border",
    "a threat from X", "a bomb threat", "issued a nuclear threat" stay threats)."""
    if lemma_of(noun) != "threat" or noun.tag_ != "NN":
        return False
    if noun.dep_ in ("dobj", "obj") and lemma_of(noun.head) not in PROBLEM_VERBS:
        return False  # "Kestria issued a nuclear threat": its subject threatens
    for child in noun.children:
        if child.dep_ == "poss" or (child.dep_ == "acl" and any(c.dep_ == "aux" for c in child.children)):
            return False
        if child.dep_ == "compound" and (child.pos_ == "PROPN" or child.ent_type_ in ("GPE", "NORP", "ORG", "PERSON")):
            return False  # "the Norvale threat": a named party threatens
        if child.dep_ in ("compound", "amod") and lemma_of(child) in MESSAGE_THREATS:
            return False
        if child.dep_ == "prep" and (child.lower_ in THREAT_PARTY_PREPS or (child.lower_ == "to" and any(
                is_people(g) for g in child.children if g.dep_ == "pobj"))):
            return False
        if child.dep_ == "prep" and child.lower_ == "of" and any(
                lemma_of(g) in lex.NOUN_TRIGGERS or lemma_of(g) in lex.VIOLENCE_WORDS
                for g in child.children if g.dep_ == "pobj"):
            return False  # "the threat of sanctions", "a threat of violence": threatened acts
    return True


def is_generic_kind(noun: "Token") -> bool:
    """ "Attacks on reporters have become more frequent", "such protests are rare": how often a kind of event
    happens, no event (a bare plural subject of a copula with an adjective of frequency)."""
    if noun.tag_ != "NNS" or noun.dep_ != "nsubj" or lemma_of(noun.head) not in COPULAS:
        return False
    if any(c.dep_ in ("det", "poss", "nummod") for c in noun.children):
        return False
    return any(c.dep_ == "acomp" and lemma_of(c) in FREQUENCY_ADJECTIVES for c in noun.head.children)


# Prepositions that name what one talks, asks, worries or argues about.
TOPIC_PREPS = frozenset({"about", "over", "regarding", "concerning"})
# Verbs of talk, dispute or worry whose "over" names a topic ("argued over the bombing"); after other verbs
# "over" names a cause ("expelled over the protests").
OVER_TOPIC_VERBS = frozenset({"argue", "debate", "quarrel", "bicker", "wrangle", "worry", "fret", "agonize", "disagree",
                              "split", "divide", "feud", "spar", "negotiate", "talk", "haggle"})


def is_topic_mention(noun: "Token") -> bool:
    """ "skeptical about the trade deal", "asked about the protests", "the debate over sanctions": an event
    noun after a preposition of topic, with no party, place, time or number in its phrase, is what is
    talked about, not an act told ("asked about the protests in Lyon", "the dispute over Kestria's
    sanctions" name the event)."""
    if noun.dep_ != "pobj" or noun.head.lower_ not in TOPIC_PREPS:
        return False
    governor = noun.head.head
    if noun.head.lower_ == "over" and governor.pos_ in ("VERB", "AUX") and lemma_of(governor) not in OVER_TOPIC_VERBS:
        return False  # "sanctioned Moscow over the invasion", "resigned over the bombing": a cause, told as an event
    return not any(t.ent_type_ or t.pos_ in ("PROPN", "PRON", "NUM") or is_people(t)
                   for t in noun.subtree if t.i != noun.i)


def names_no_act(noun: "Token") -> bool:
    """An event noun said of a party, a topic threat or event, or a kind of event (above)."""
    return is_said_of_person(noun) or is_topic_threat(noun) or is_generic_kind(noun) or is_topic_mention(noun)
