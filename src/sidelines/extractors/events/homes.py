"""Words around a person that name someone or somewhere else: a home town, and the party a relation is to.

"an Ohio man", "a man from Akron", "X, 41, of Lubbock": the place says where the person is from and does
not act (rule ``sides:home-place``). "the sister of X", "the victims of Y": a relation's "of" phrase names
the party the relation is to, another actor than the one the phrase stands for (rule ``sides:relation-of``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sidelines.extractors.actors.groups import PATIENT_PEOPLE, PLAIN_PEOPLE, ROLE_PEOPLE
from sidelines.extractors.lookup import lemma_of
from sidelines.lexicon.titles import KINSHIP, NOMINAL_HEADS, RELATIONS, occupations

if TYPE_CHECKING:
    from spacy.tokens import Token

# Dependencies of a country word that only describes the person it modifies ("Russian President X").
MODIFIER_DEPS = frozenset({"amod", "compound", "poss", "nmod"})
# One person named by sex, age, kin, home or trade ("an Ohio man", "a teacher from Leeds"; more trades
# in the derived occupation lists of lexicon.titles): the place says where the person is from and does
# not act. The leading offices (titles.NOMINAL_HEADS: governor, mayor, senator...) are left out: they serve
# their place.
# One person (or couple) by age or dwelling.
DWELLERS = frozenset({"teenager", "teen", "resident", "native", "pensioner", "retiree", "couple"})
INDIVIDUAL_NOUNS = (PLAIN_PEOPLE | RELATIONS | frozenset(ROLE_PEOPLE) | DWELLERS | {"student"}) - NOMINAL_HEADS
# Place entity types that only say where an individual is from.
HOME_TYPES = frozenset({"GPE", "LOC"})
# Prepositions that give an individual's home ("a man from Akron", "X of Lubbock").
HOME_PREPS = frozenset({"from", "of"})
# Nouns whose "of" phrase is a home ("a resident of Dayton", "a mother of Tulsa"): one person by sex, age,
# kin or dwelling. Other nouns' "of" phrase names the body the person acts for ("the delegate of Peru",
# "a judge of the court", "the community of X"), so "of" gives a home only after these or a name.
OF_HOME_NOUNS = PLAIN_PEOPLE | KINSHIP | DWELLERS | {"grandmother", "grandfather"}
# Those held by another ("the hostages of X"): X is mostly the captor, a side of what is done to them.
CAPTIVE_NOUNS = frozenset({"hostage", "captive", "detainee", "prisoner"})
# Nouns for what one is to another party, whose "of"/"for" phrase names that party ("the widow of X",
# "a friend of Y"): kin and personal ties (titles.RELATIONS, less the working ties "agent", "employee",
# "boss"..., by which one acts for a body), and those acted on (groups.PATIENT_PEOPLE: "the victims of X",
# less the captives).
RELATION_NOUNS = KINSHIP | (PATIENT_PEOPLE - CAPTIVE_NOUNS) | frozenset({
    "fiancé", "fiancée", "fiance", "fiancee", "girlfriend", "boyfriend", "friend", "neighbor", "neighbour",
    "roommate", "classmate", "mentor", "protégé", "protege", "successor", "predecessor", "family", "relative",
})
# Prepositions of the party a relation is to ("the widow of X", "a friend for the family").
RELATION_PREPS = frozenset({"of", "for"})


def is_individual(head: "Token") -> bool:
    """A singular noun for one person by sex, age, kin, home or trade ("man", "teenager", "teacher")."""
    return head.tag_ == "NN" and (lemma_of(head) in INDIVIDUAL_NOUNS or lemma_of(head) in occupations())


def individual_heads(head: "Token", person_tokens: set[int]) -> list["Token"]:
    """The tokens of a phrase that stand for one person a place may be the home of: the head when it is
    an individual noun, its apposition when that is one ("the victim, a Yonkers grandmother"), and the
    named person's own tokens ("Owen Tate of Lubbock"), given by ``person_tokens``."""
    out = [head] if is_individual(head) else []
    out += [c for c in head.children if c.dep_ == "appos" and is_individual(c)]
    out += [t for t in head.subtree if t.i in person_tokens and (t.i == head.i or t.dep_ == "appos")]
    return out


def home_of_individual(toks: list["Token"], head: "Token", place: bool = True) -> bool:
    """Whether place tokens only say where one person (``head``, see :func:`individual_heads`) is from
    ("an Ohio man", "a man from Akron", "X, 41, of Lubbock"). ``place``: whether the entity is itself a
    place (GPE/LOC), which an of/from phrase needs ("a lawyer from the Cairo Bar Association" is a body)."""
    named = head.ent_type_ == "PERSON"
    for t in toks:
        if not named and t.head.i == head.i and t.dep_ in MODIFIER_DEPS and t.dep_ != "poss":
            continue
        if place and _in_home_phrase(t, head):
            continue  # "a man from New York", "X of Boise, Idaho"
        if not named and t.dep_ == "compound" and t.head.head.i == head.i and t.head.dep_ == "compound":
            continue  # "a New York woman"
        return False
    return True


def _in_home_phrase(tok: "Token", head: "Token") -> bool:
    """Whether a token is in the object of a home preposition on ``head`` ("from New York", "of Boise, Idaho")."""
    while tok.dep_ in ("compound", "appos", "conj") and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ != "pobj" or tok.head.lower_ not in HOME_PREPS or tok.head.head.i != head.i:
        return False
    return tok.head.lower_ == "from" or _homed_by_of(head)


def _homed_by_of(head: "Token") -> bool:
    """Whether an "of" phrase on ``head`` gives a home: after a name that holds no office ("X of Lubbock",
    not "President X of Peru": an office serves its place) or a home noun (:data:`OF_HOME_NOUNS`)."""
    if head.ent_type_ != "PERSON":
        return head.tag_ == "NN" and lemma_of(head) in OF_HOME_NOUNS
    name = [t for t in head.subtree if t.ent_iob_ != "O" and t.ent_type_ == "PERSON" or t.i == head.i]
    near = [c for t in name for c in t.children if c.dep_ in ("compound", "appos", "nmod")]
    if head.dep_ == "appos":
        near.append(head.head)  # "the French President, X of France"
    return not any(lemma_of(t) in NOMINAL_HEADS or t.lower_ in NOMINAL_HEADS for t in near)


def is_relation_of(child: "Token") -> bool:
    """Whether a child is the "of"/"for" phrase or the possessor of a relation noun (no name's part): the
    party the relation is to ("the sister of X", "the victims of Y", "X's widow": the possessor's part is rule
    ``homes:relation-possessor``)."""
    noun = child.head
    # "X's widow": a named possessor of a relation noun is the other party too (a possessive pronoun is left
    # to the coreference: "a man shot his wife" may be told with "his" alone).
    whose = child.dep_ == "prep" and child.lower_ in RELATION_PREPS or child.dep_ == "poss" and child.pos_ != "PRON"
    return whose and noun.pos_ == "NOUN" and not noun.ent_type_ and lemma_of(noun) in RELATION_NOUNS


def in_relation_of(tok: "Token") -> bool:
    """Whether a token lies in a relation's "of"/"for" phrase ("the sister of X"): another party than the
    phrase's, never a side the sentence's other words may give (rule ``sides:relation-of``)."""
    while tok.head.i != tok.i:
        if is_relation_of(tok):
            return True
        tok = tok.head
    return False


def of_conjunct(mod: "Token", people: set[int]) -> bool:
    """Whether a demonym modifies a coordinated noun naming no person ("X and his Ugandan counterpart agreed"):
    that conjunct's country, a side of its own (rule ``sides:conjunct-demonym``). A relation noun
    (:data:`RELATION_NOUNS`: "X and his Ugandan wife") tells a private person's home, no state's part."""
    head = mod.head
    while head.dep_ in ("amod", "compound") and head.head.i != head.i:
        head = head.head
    return head.dep_ == "conj" and head.pos_ == "NOUN" and head.i not in people and lemma_of(head) not in RELATION_NOUNS


def is_home_place(tok: "Token", place: bool = True) -> bool:
    """Whether a place's mention head only says where one person is from ("a man from Elmvale", "an Ohio
    woman", "X, 41, of Lubbock"): the same test as the argument phrases make (rule ``sides:home-place``),
    for an entity reached from anywhere in the sentence (the learned sides)."""
    noun = tok
    while noun.dep_ in ("compound", "appos", "conj") and noun.head.i != noun.i:
        noun = noun.head
    if noun.dep_ == "pobj" and noun.head.lower_ in HOME_PREPS:
        noun = noun.head.head
    elif noun.dep_ in MODIFIER_DEPS and noun.dep_ != "poss":
        noun = noun.head
    else:
        return False
    if noun.i == tok.i or noun.pos_ not in ("NOUN", "PROPN"):
        return False
    people = {t.i for t in noun.subtree if t.ent_type_ == "PERSON"}
    return any(home_of_individual([tok], h, place) for h in individual_heads(noun, people))
