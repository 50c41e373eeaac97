"""Delegation frames: people listed after "the Swedish delegation" are Swedish.

A sentence that names a delegation by its country ("the Swedish delegation included X", "members
of the Nigerian delegation, including Y") gives that country to the people it lists as members; so
does a state that is represented by people or sends them ("Norway was represented by X and Y",
"Argentina sent X to the summit"). A following sentence that continues the list ("Also present
were ...") keeps the frame.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Protocol

from sidelines.extractors.lookup import sentence_start
from sidelines.lexicon import countries
from sidelines.lexicon.titles import DELEGATION_WORDS
from sidelines.nlp.analysis import analysis_of
from sidelines.nlp.syntax import NOMINAL_SUBJECTS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from sidelines.extractors.entities.names import NameMention

# A sentence that continues the list of the previous one ("Also present were ...").
CONTINUATION_STARTS = frozenset({"also", "other", "others", "among", "joining", "accompanying"})
# Verbs that list the members of a delegation that is their subject ("the delegation included X").
FRAME_VERBS = frozenset({"include", "comprise", "be", "lead", "head", "consist", "feature", "number"})
# Verbs whose passive subject is a state its listed people act for ("Norway was represented by X").
REPRESENTED_VERBS = frozenset({"represent"})
# Verbs whose subject is a state sending the people of its object ("Argentina sent X to the summit").
SENDING_VERBS = frozenset({"send", "dispatch"})


class _Role(Protocol):
    affiliation: str | None
    country: str | None


def _country_name(iso3: str | None) -> str | None:
    country = countries.country_by_code(iso3) if iso3 else None
    return country.name if country else None


def _frame_country(sent: "Span", by_token: dict[int, NameMention]) -> tuple[str | None, "Token | None"]:
    """The country of a delegation named in the sentence ("the Swedish delegation") and its noun."""
    doc = sent.doc
    analysis = analysis_of(doc)
    lowers, lemmas = analysis.lowers, analysis.lemmas
    for k in range(sent.start, sent.end):
        if lowers[k] not in DELEGATION_WORDS:
            continue  # no token made for the other words
        tok = doc[k]
        if tok.pos_ != "NOUN":
            continue
        for child in tok.children:
            owner = by_token.get(child.i)
            if owner is not None and owner.country and owner.label in {"NORP", "GPE", "ORG"}:
                return owner.country, tok
            if child.dep_ == "prep" and child.lower_ == "of":
                for obj in child.children:
                    owner = by_token.get(obj.i)
                    if owner is not None and owner.country:
                        return owner.country, tok
    for k in range(sent.start, sent.end):
        if lemmas[k] not in REPRESENTED_VERBS and lemmas[k] not in SENDING_VERBS:
            continue
        tok = doc[k]
        dep = "nsubjpass" if lemmas[k] in REPRESENTED_VERBS else "nsubj"
        if tok.pos_ != "VERB":
            continue
        for child in tok.children:
            owner = by_token.get(child.i)
            if child.dep_ == dep and owner is not None and owner.label == "GPE" and owner.country:
                return owner.country, tok
    return None, None


def _in_frame(head: "Token", frame: "Token") -> bool:
    """Whether a person (by the head token of the name) is listed as a member of a delegation.

    Members hang off the delegation noun or its "members of" noun ("members of the Swedish delegation,
    including X"), or are the objects of a listing verb whose subject is the delegation ("the Swedish
    delegation included X", "was led by X"). Anyone reached only through another verb is not a member:
    "the Mexican government is worried that X's rhetoric ..." says nothing of X's country.
    """
    anchors = {frame.i}
    if frame.dep_ == "pobj" and frame.head.lower_ == "of" and frame.head.head.pos_ in {"NOUN", "PROPN", "PRON"}:
        anchors.add(frame.head.head.i)
    for anc in head.ancestors:
        if anc.i in anchors:
            return True
        if anc.pos_ in {"VERB", "AUX"} and anc.dep_ != "prep":  # "including" is a preposition here
            return anc.lemma_.lower() in FRAME_VERBS and any(
                c.i in anchors and c.dep_ in NOMINAL_SUBJECTS for c in anc.children
            )
    return False


def apply_delegation_frames(
    parsed: "Doc", persons: "list[tuple[int, NameMention]]", by_token: "dict[int, NameMention]",
    roles: "Mapping[int, Sequence[_Role]]",
) -> None:
    """Give the people a delegation frame lists (and their unaffiliated roles) the delegation's country.

    A following sentence that continues the list ("Also present were ...") keeps the frame.
    """
    by_sent: dict[int, list[tuple[int, NameMention]]] = {}
    for n, m in persons:
        by_sent.setdefault(sentence_start(parsed[m.i]), []).append((n, m))
    carried: str | None = None
    for sent in parsed.sents:
        members = by_sent.get(sent.start, [])
        country, frame = _frame_country(sent, by_token)
        listed: list[tuple[int, NameMention]] = []
        if country is not None and frame is not None:
            listed = [(n, m) for n, m in members if _in_frame(parsed[m.j - 1], frame)]
        elif carried is not None:
            # A sentence that continues the list ("Also present were ...") keeps the frame of the last one.
            first_word = next((t.lower_ for t in sent if not t.is_space), "")
            if first_word in CONTINUATION_STARTS:
                country, listed = carried, members
        if not listed:
            carried = None if members or country else carried
            continue
        for n, m in listed:
            if m.country is None:
                m.country = country
                for r in roles.get(n, []):
                    if r.affiliation is None:
                        r.affiliation = _country_name(country)
                        r.country = country
        carried = country
