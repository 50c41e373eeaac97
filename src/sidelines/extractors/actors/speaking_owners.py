"""Organisations a speaker phrase names that the tagger never built: "a spokesman for Harrowgate said",
"a story by the website Skylark says", "a Corvane spokeswoman said".

An unnamed spokesperson speaks for whom the phrase says they speak for, and a text for its author or its
outlet (:mod:`sidelines.extractors.quotes.speakers`); when that owner is a capitalised proper name that no
entity covers, the quote has no speaker. The owner's place in the phrase says it is a body: the object of
"for" or "of" after a spokesperson noun, a proper noun before it ("a Corvane spokeswoman"), or the object of
"by", "in" or "from" after a noun of a text. An outlet's name right after a lower-case noun of an outlet
("the website X", "a story by the website X") is the speaker too, in any case ("the blog northnotes"), also
over a description entity that holds the noun and the name; not a noun of people ("the website users"). Such
a name becomes an organisation entity and the quote's speaker (rule ``owners``), or the entity that already
covers it when that is a person or an organisation; a country's name, a name that two bodies share ("for X
and Y"), or one the document gives another type, is left alone.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sidelines.extractors.actors.groups import side_words
from sidelines.extractors.explain import decide, explain
from sidelines.extractors.quotes.speakers import PERSON_SUFFIXES, TEXT_NOUNS
from sidelines.lexicon import countries
from sidelines.lexicon.titles import SPOKESPERSON_NOUNS
from sidelines.model.record import SAID_KINDS, Entity, Mention, next_entity_number

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from sidelines.model.document import Document

# Prepositions after a spokesperson noun, and after a noun of a text, whose object is its owner.
SPOKESPERSON_PREPS = frozenset({"for", "of"})
TEXT_PREPS = frozenset({"by", "in", "from"})
# Nouns of news outlets, after which the outlet's name may follow ("the website X", "the newspaper X").
OUTLET_NOUNS = frozenset({
    "website", "site", "newspaper", "paper", "magazine", "tabloid", "daily", "weekly", "broadcaster",
    "network", "channel", "blog", "outlet", "journal", "station", "newsletter",
})


def add_speaking_owners(doc: "Document", parsed: "Doc") -> None:
    """Make an organisation of the proper-name owner of an unresolved spokesperson or text speaker phrase."""
    entities: list[Any] = doc.layers.setdefault("entities", [])
    for quote in doc.layers.get("quotes") or []:
        phrase = quote.speaker_mention
        if phrase is None or quote.kind not in SAID_KINDS:
            continue
        span = parsed.char_span(phrase.start, phrase.end, alignment_mode="expand")
        if span is None:
            continue
        outlet = _outlet_name(span)
        if quote.speaker is not None and not (outlet is not None and _described(quote.speaker, entities, outlet)):
            continue  # a speaker found stays, but for a description that holds an outlet's name
        owner = outlet or (_owner_name(span) if quote.speaker is None else None)
        if owner is None:
            continue
        # a description that holds the name ("website northpolls", a generic side) does not name it
        covering = [e for e in _covering(entities, owner[0].idx, owner[-1].idx + len(owner[-1].text))
                    if not _covering([e], owner[0].idx - 2, owner[0].idx - 1)]
        if covering:
            if covering[0].type in ("ORG", "PERSON") and len(covering) == 1:
                quote.speaker = covering[0].id  # "a story by the website X": the outlet named after its noun
                decide(quote, "speaker", "owners", "the entity over the named owner or outlet of the phrase")
            continue
        name = owner.text
        entity = next((e for e in entities if e.type == "ORG" and e.name == name), None)
        if entity is None:
            entity = Entity(id=f"e{next_entity_number(entities)}", name=name, type="ORG", mentions=[],
                            explanation=explain("owners", "the body an unnamed spokesperson or a text speaks for"))
            entities.append(entity)
        start = owner[0].idx
        entity.mentions.append(Mention(start=start, end=start + len(name), text=name, kind="name"))
        quote.speaker = entity.id
        decide(quote, "speaker", "owners", "the named body an unnamed spokesperson or a text speaks for")


def _owner_name(span: "Span") -> "Span | None":
    """The proper name that owns the phrase's spokesperson or text head, else None."""
    head = span.root
    low = head.lemma_.lower()
    if head.lower_ in SPOKESPERSON_NOUNS:
        preps = SPOKESPERSON_PREPS
        candidates = [t for t in head.children if t.dep_ == "compound" and t.pos_ == "PROPN" and t.i < head.i]
    elif low in TEXT_NOUNS:
        preps = TEXT_PREPS
        candidates = []
    else:
        return None
    for prep in (t for t in head.children if t.dep_ == "prep" and t.lower_ in preps):
        for obj in (g for g in prep.children if g.dep_ == "pobj"):
            candidates.append(obj)
            # "the website Skylark": the outlet's name after a common noun, in apposition or compound
            candidates += [t for t in obj.children if t.dep_ in ("appos", "compound") and t.pos_ == "PROPN"]
    for tok in candidates:
        if any(c.dep_ == "conj" for c in tok.children) or tok.dep_ == "conj":
            return None  # "a spokesman for X and Y": two bodies share the spokesperson, neither speaks
        name = _proper_run(tok)
        if name is not None:
            return name
    return None


def _outlet_name(span: "Span") -> "Span | None":
    """The name right after a noun of an outlet in the phrase ("the website northpolls", "a story by the
    newspaper Daily Lantern"): in apposition to it, its compound head ("the blog northnotes"), or a second
    subject of the same verb (a misparse)."""
    for noun in span:
        if noun.lower_ not in OUTLET_NOUNS or not noun.text.islower() or noun.i + 1 >= len(noun.doc):
            continue
        name = noun.doc[noun.i + 1]
        while name.dep_ == "compound" and name.head.i > name.i:
            name = name.head  # "the newspaper La Gazeta": "La" leans on "Gazeta"
        beside = name.dep_ in ("nsubj", "nsubjpass") and noun.dep_ == "pobj" and name.head.i > name.i
        # "the blog northnotes": the noun leans on the name as a compound, as it would on "the blog editors"
        leaning = noun.dep_ == "compound" and noun.head.i == name.i and not _group_word(name)
        if not (name.dep_ == "appos" and name.head.i == noun.i or beside or leaning):
            continue
        if name.lemma_.lower() in TEXT_NOUNS or name.lower_ in TEXT_NOUNS:
            continue  # "the journal article said", "the website post said": a text, not the outlet's name
        if name.pos_ not in ("PROPN", "NOUN") or name.is_stop or not name.tag_.startswith("NN"):
            continue
        if any(c.dep_ in ("poss", "prep", "relcl", "acl", "amod") or c.dep_ == "det" and not leaning
               for c in name.children):
            continue  # "the website, the company's pride and joy": a description, not a name
        return noun.doc[noun.i + 1: name.i + 1]
    return None


def _group_word(tok: "Token") -> bool:
    """Whether a noun names people or a group ("editors", "staff", "users"), not an outlet."""
    lemma = tok.lemma_.lower()
    return lemma in side_words() or tok.lower_ in side_words() or lemma.endswith(PERSON_SUFFIXES)


def _proper_run(tok: "Token") -> "Span | None":
    """The capitalised proper-noun run ending at ``tok`` ("Harbor Freight"), unless it names a country."""
    if tok.pos_ != "PROPN" or not tok.text[:1].isupper() or tok.ent_type_ in ("PERSON", "GPE", "NORP", "LOC"):
        return None
    first = tok
    while first.i > 0:
        prev = tok.doc[first.i - 1]
        if prev.pos_ != "PROPN" or not prev.text[:1].isupper() or prev.head.i not in range(first.i, tok.i + 1):
            break
        first = prev
    name = tok.doc[first.i: tok.i + 1]
    if countries.country_by_name(name.text) is not None:
        return None
    return name


def _described(speaker: str, entities: list[Any], name: "Span") -> bool:
    """Whether the speaker entity is a description holding the outlet's noun and ``name`` ("website X")."""
    return any(e.id == speaker and _covering([e], name[0].idx - 2, name[0].idx - 1) for e in entities)


def _covering(entities: list[Any], start: int, end: int) -> list[Any]:
    """The entities with a mention over ``[start, end)``."""
    return [e for e in entities if any(m.start < end and start < m.end for m in e.mentions)]
