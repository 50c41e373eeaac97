"""Quoted labels: words in quotation marks that name something, no one's statement.

"the so-called “reform”", "a county known as “the Crossroads of America”", "a senator dubbed “the Iron
Lady” by the press", "a group that calls itself “the real opposition”", "described himself as a “democratic
socialist”", "the nickname “Slick”": the marks set off a name or label (rule "label"), given by the writer or
by whoever named the thing; nothing in them is said in the story. A verb of naming with a subject of its own
and an object that is no reflexive ("Berg called the plan “a giveaway”") judges, and what it quotes stays a
quote. A lone common noun in marks after "the" or a possessive ("the “elites” in this city", "the party's
“list”") is the writer's distance from a word (rule "scare_word"), no one's words; after "a" ("a “mistake”")
it may be what someone called a thing. So is a lower-case phrase without a verb in marks that no cue reports,
inside a sentence of the writer's (rule "scare_phrase").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# Verbs that give a name or label (closed class).
LABEL_VERBS = frozenset({"call", "dub", "name", "nickname", "label", "brand", "term", "title", "entitle",
                         "know", "style", "bill"})
# Verbs that give a label only with a reflexive object ("described himself as a “...”").
SELF_LABEL_VERBS = LABEL_VERBS | frozenset({"describe", "present", "fashion", "cast", "see"})
REFLEXIVES = frozenset({"himself", "herself", "itself", "themselves", "ourselves", "myself", "yourself",
                        "yourselves"})
# Words that may stand between a naming verb and its label ("known as a", "calls itself the").
LINKS = frozenset({"as", "a", "an", "the"})
# Words that may stand between a label noun and its label ("self-description of being a “...”", "slogan, “...”").
NOUN_LINKS = frozenset({"of", "being", ","})
# Nouns that name a label (closed class): what follows them in marks is the label, no one's statement.
LABEL_NOUNS = frozenset({"nickname", "moniker", "sobriquet", "epithet", "slogan", "motto", "hashtag", "tagline",
                         "catchphrase", "self-description", "term", "label"})
# Label nouns with another common sense ("his first term", "a record label"): a label only when what follows
# in marks is short, no sentence of someone's ("In his first term, “we cut taxes,” Ruiz said").
AMBIGUOUS_NOUNS = frozenset({"term", "label"})
MAX_AMBIGUOUS_LABEL_WORDS = 4


def _before(parsed: "Doc", start: int) -> "Token | None":
    """The last word before character ``start`` that is no quotation mark or space."""
    span = parsed.char_span(start, start + 1, alignment_mode="expand")
    i = span.start if span is not None else len(parsed)
    while i > 0 and i - 1 < len(parsed) and (parsed[i - 1].is_quote or parsed[i - 1].is_space
                                              or parsed[i - 1].idx >= start):
        i -= 1
    return parsed[i - 1] if i > 0 else None


def is_label(text: str, start: int, parsed: "Doc", end: int | None = None) -> bool:
    """Whether the quotation that opens at ``start`` (and ends at ``end``, where given) is a name or label
    (rule "label") or a scare word (rule "scare_word"), not anyone's words."""
    tok = _before(parsed, start)
    if tok is None:
        return False
    if end is not None and _scare_word(text, start, end, parsed, tok):
        return True
    if tok.lower_ in ("so-called", "so - called") or (tok.lower_ == "called" and tok.i > 0
                                                     and tok.nbor(-1).lower_ in ("so", "so-")):
        return True  # "the so-called “reform”"
    steps = 0
    while tok.lower_ in LINKS | NOUN_LINKS and tok.i > 0 and steps < 4:
        tok, steps = tok.nbor(-1), steps + 1
    if _label_noun(tok) and not (tok.lemma_.lower() in AMBIGUOUS_NOUNS and _long(text, start, end, parsed)):
        return True  # "the nickname “Slick”", "his self-description of being a “centrist”"
    if tok.lower_ in REFLEXIVES:
        return tok.head.lemma_.lower() in SELF_LABEL_VERBS  # "calls itself “...”", "described himself as a “...”"
    return _naming_participle(tok) and not any(c.dep_ == "dobj" for c in tok.children if c.i < tok.i)


def _long(text: str, start: int, end: int | None, parsed: "Doc") -> bool:
    """Whether the quotation from ``start`` (to ``end`` or its closing mark) is longer than a label or holds a
    verb ("In her second term, “we fixed the roads,”")."""
    stop = end if end is not None else min((k for k in (text.find(m, start + 1) for m in "”\"") if k > 0),
                                           default=len(text))
    span = parsed.char_span(start, stop, alignment_mode="expand")
    return len(text[start:stop].split()) > MAX_AMBIGUOUS_LABEL_WORDS or (
        span is not None and any(t.pos_ in ("VERB", "AUX") for t in span))


def _label_noun(tok: "Token") -> bool:
    """A noun that names a label ("nickname", "slogan", "self-description"); "description" alone is someone's
    account of a thing ("his description of the plan as “a disaster”"), which may hold their words."""
    if tok.pos_ != "NOUN":
        return False  # "labeled “...”" is the verb
    if tok.lemma_.lower() in LABEL_NOUNS:
        return True
    return tok.lower_ == "description" and tok.i > 1 and tok.nbor(-1).text == "-" and tok.nbor(-2).lower_ == "self"


def _scare_word(text: str, start: int, end: int, parsed: "Doc", before: "Token") -> bool:
    """ "the “elites” in this city", "Cruz's “list”": one common noun in marks right after "the" or a possessive."""
    words = text[start:end].strip(" ,.;:!?").split()
    if len(words) != 1:
        return False
    span = parsed.char_span(start, start + len(text[start:end].rstrip(" ,.;:!?")), alignment_mode="expand")
    nouns = [t for t in span if not t.is_punct] if span is not None else []
    if len(nouns) != 1 or nouns[0].tag_ not in ("NN", "NNS"):
        return False
    return before.lower_ == "the" or before.tag_ in ("POS", "PRP$")


def _naming_participle(tok: "Token") -> bool:
    """ "dubbed “...”", "known as “...”", "was called “...”": a participle of naming with no subject of its own
    (hanging on a noun, or passive), or one the parser took for a past form with no subject ("a town, called
    the “Gateway” by its people")."""
    if tok.lemma_.lower() not in LABEL_VERBS or tok.tag_ not in ("VBN", "VBD"):
        return False
    if _agent(tok):
        return True  # "called the “Gateway” by its people": a passive, whatever the parse made of it
    if tok.tag_ == "VBD":
        return not any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in tok.children) and tok.dep_ in (
            "acl", "advcl", "conj", "appos", "amod", "relcl") and not (tok.dep_ == "conj" and _has_subject(tok.head))
    return tok.dep_ in ("acl", "amod", "advcl") or any(c.dep_ == "auxpass" for c in tok.children) or (
        tok.head.lemma_.lower() == "become")


def _agent(tok: "Token") -> bool:
    """Whether a verb has a "by" phrase after it (the agent of a passive)."""
    return any(c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by") for c in tok.children if c.i > tok.i)


def _has_subject(tok: "Token") -> bool:
    """Whether a verb has a subject of its own (a verb joined to it shares it)."""
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)


# The most words of an uncued phrase in marks taken for the writer's label.
MAX_PHRASE_WORDS = 8


def scare_phrase(text: str, start: int, end: int, parsed: "Doc") -> bool:
    """ "suburbs like Brenton and “the little kingdom of Marsh Hill,” where the mill closed": a lower-case phrase
    in marks with no verb, inside a sentence of the writer's and under no cue, is the writer's label (rule
    "scare_phrase")."""
    words = text[start:end].split()
    if not words or len(words) > MAX_PHRASE_WORDS or not words[0][:1].islower():
        return False
    span = parsed.char_span(start, end, alignment_mode="expand")
    if span is None or any(t.pos_ in ("VERB", "AUX") for t in span):
        return False
    before = _before(parsed, start)
    return before is not None and before.sent == span[0].sent and before.is_alpha


def label_frame(cue: "Token") -> bool:
    """ "calls itself “the real opposition”", "a county called “...” by its citizens": a naming cue whose
    object is the thing named, no statement."""
    lemma = cue.lemma_.lower()
    if any(c.dep_ == "dobj" and c.lower_ in REFLEXIVES for c in cue.children):
        return lemma in SELF_LABEL_VERBS
    return _naming_participle(cue) and (_agent(cue) or not any(c.dep_ in ("nsubj", "nsubjpass") for c in cue.children))


__all__ = ["is_label", "label_frame", "scare_phrase"]
