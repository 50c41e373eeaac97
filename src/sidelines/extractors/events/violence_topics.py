"""Whether a sentence tells violence, leaving out violence words that only name a policy or a topic.

"The mayor attacked her rival over the bomb-squad budget", "slammed the council about army cadet
funding", "was soft on knife crime": "bomb", "army" and "knife" name what the quarrel is about, not
force used. A violence word counts unless it only modifies a noun that is no violence word, names no
people and is no place where it happened ("army cadet funding"; "a rebel spokesman" and "outside a
police station" still tell it), or is the object of "over", "about" or "on" hung on a word other than
an act of force ("soft on knives"; "an attack on police" still tells it).
:func:`retype_attack_in_words` makes an attack between named people in a sentence that tells no
violence ACCUSE and names its rule: ``attack-in-words`` when the sentence has no violence word at all
(the older rule), ``violence-topic`` when its violence words only name topics.

:func:`tells_harm` is the wider test the political senses of words of force read (:mod:`.political_senses`:
"attacked X with ads", "fight the nomination", "killed it"): any word of violence or harm in the sentence
besides the trigger keeps the literal sense, a topic word too, and the words of arms and injury
(:data:`HARM_WORDS`) count as well.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sidelines.extractors.events.locative_sides import LOCATIVE_PREPS
from sidelines.extractors.events.people_words import is_people
from sidelines.extractors.lookup import lemma_of, sent_of
from sidelines.lexicon import plover as lex
from sidelines.lexicon.titles import TITLE_HEADS, occupations
from sidelines.nlp.analysis import analysis_of

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from sidelines.extractors.events.candidates import EventCandidate
    from sidelines.extractors.events.index import EntityIndex

# Rules that make an attack in words ACCUSE: no violence word in the sentence, or only topic ones.
WORDS_RULE = "attack-in-words"
TOPIC_RULE = "violence-topic"

# Dependencies of a word that only qualifies the noun it hangs on ("army cadet funding").
MODIFIER_DEPS = frozenset({"compound", "amod", "nmod"})
# Tags of plural nouns.
PLURAL_TAGS = frozenset({"NNS", "NNPS"})
# Prepositions whose object is what a stance or a quarrel is about.
TOPIC_PREPS = frozenset({"over", "about", "on"})
# Words of harm and arms that tell violence in a sentence beside ``lex.VIOLENCE_WORDS`` ("with sticks"), for
# :func:`tells_harm`.
HARM_WORDS = frozenset({"machete", "stone", "stick", "club", "beat", "beating", "lynch", "bullet", "shrapnel",
                        "grenade", "explosive", "artillery", "mortar", "torture", "blood", "bleed", "injury",
                        "tear-gas", "teargas", "baton", "axe", "arson", "raid"})
# Heads of an "on" phrase whose object is the one struck ("an attack on police", "fired on protesters").
FORCE_HEADS = frozenset({"attack", "assault", "fire", "strike", "raid", "crackdown", "bombing", "shooting"})


def is_topic_word(tok: "Token") -> bool:
    """Whether a violence word only names a policy or a topic: a modifier of a noun that is no violence
    word, or the object of a topic preposition hung on a word other than an act of force."""
    if tok.dep_ in MODIFIER_DEPS:
        # A plural is no policy's name: "Rebels attack town" is a headline the parser read as one noun.
        # Nor a modifier of people: "a rebel spokesman", "an army officer" name an armed side.
        # Nor a modifier of a place where it happened: "outside a police station", "at a gun shop".
        head = tok.head
        return tok.tag_ not in PLURAL_TAGS and lemma_of(head) not in lex.VIOLENCE_WORDS and not (
            is_people(head) or lemma_of(head) in TITLE_HEADS or lemma_of(head) in occupations()
            or _is_where(head))
    if tok.dep_ == "pobj" and tok.head.lower_ in TOPIC_PREPS:
        governor = tok.head.head
        return lemma_of(governor) not in FORCE_HEADS and lemma_of(governor) not in lex.VIOLENCE_WORDS
    return False


def _is_where(noun: "Token") -> bool:
    """Whether a noun is the object of a preposition of place ("in an army hospital")."""
    return noun.dep_ == "pobj" and noun.head.lower_ in LOCATIVE_PREPS


def tells_violence(sent: "Span") -> bool:
    """Whether a sentence holds a violence word that is not only a policy or a topic (:func:`is_topic_word`)."""
    lemmas = analysis_of(sent.doc).lemmas
    return any(lemmas[t.i] in lex.VIOLENCE_WORDS and not is_topic_word(t) for t in sent)


def tells_harm(tok: "Token") -> bool:
    """Whether the sentence of ``tok`` holds a word of violence or harm other than ``tok`` itself, by lemma or,
    for :data:`HARM_WORDS`, by form; a word that only names a topic counts too (unlike :func:`tells_violence`)."""
    return any(t.i != tok.i and (lemma_of(t) in lex.VIOLENCE_WORDS or lemma_of(t) in HARM_WORDS
                                 or t.lower_ in HARM_WORDS) for t in sent_of(tok))


def retype_attack_in_words(cand: "EventCandidate", index: "EntityIndex", sent: "Span", violent: bool) -> bool:
    """Make "X attacked Y" with a named person among its sides ACCUSE when ``sent`` tells no violence
    (``violent``: :func:`tells_violence`, asked once a sentence); the rule's name goes to
    ``cand.type_rules``. Whether it retyped."""
    if violent or cand.type != "ASSAULT" or lemma_of(cand.head) != "attack" or not any(
            index.types.get(e) == "PERSON" for e in cand.actors):
        return False
    lemmas = analysis_of(sent.doc).lemmas[sent.start:sent.end]
    cand.type, cand.mode = "ACCUSE", "disapprove"
    cand.type_rules.add(WORDS_RULE if lex.VIOLENCE_WORDS.isdisjoint(lemmas) else TOPIC_RULE)
    return True
