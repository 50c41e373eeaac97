"""Topics of talks from the trigger's own phrase: objects of "discuss" and "on/about X", lists unfolded.

Topics told in the participants' statements are added later by :mod:`.quote_topics`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sidelines.extractors.events.occasions import np_bounds
from sidelines.extractors.lookup import doc_text, same_line, sent_of
from sidelines.lexicon import plover as lex

if TYPE_CHECKING:
    from spacy.tokens import Token


def _topic_items(tok: "Token") -> list["Token"]:
    """Heads of the listed topics under a phrase, descending "a range of issues including ..."."""
    for _ in range(4):
        if tok.lemma_.lower() not in lex.TOPIC_LIST_WORDS:
            break
        nxt = None
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ in ("of", "including", "such"):
                nxt = next((g for g in c.children if g.dep_ == "pobj"), None) or next(
                    (g for g in c.children if g.dep_ == "prep"), None)
            elif c.dep_ == "prep" and c.lower_ == "like":
                nxt = next((g for g in c.children if g.dep_ == "pobj"), None)
            if nxt is not None and c.lower_ != "of":
                break
        if nxt is None:
            break
        if nxt.dep_ == "prep":
            nxt = next((g for g in nxt.children if g.dep_ == "pobj"), nxt)
        tok = nxt
    return [tok, *tok.conjuncts]


def find_topics(head: "Token", verb: "Token | None") -> list[str]:
    """Topics of talks: objects of "discuss", and "on/about X" phrases, lists unfolded."""
    text = doc_text(head.doc)
    items: list[Token] = []
    anchors = [verb, head]
    # Phrases the parser hung on a headline above: taken back by the trigger of their own line.
    anchors.extend(t for t in sent_of(head) if t.dep_ == "prep" and not same_line(t, t.head) and same_line(t, head))
    for anchor in anchors:
        if anchor is None:
            continue
        if anchor.dep_ == "prep" and not same_line(anchor, anchor.head):
            anchor = anchor.head
            if not same_line(anchor, head):
                items.extend(g2 for c in anchor.children if c.dep_ == "prep" and c.lower_ in lex.TOPIC_PREPS
                             and same_line(c, head) for g in c.children if g.dep_ == "pobj"
                             for g2 in _topic_items(g))
                continue
        if anchor.lemma_.lower() in lex.TOPIC_VERBS:
            for c in anchor.children:
                if c.dep_ in ("dobj", "obj"):
                    items.extend(_topic_items(c))
        for c in anchor.children:
            if c.dep_ == "prep" and c.lower_ in lex.TOPIC_PREPS:
                for g in c.children:
                    if g.dep_ == "pobj" and g.ent_type_ not in ("DATE", "TIME") and \
                            g.lemma_.lower() not in lex.SIDELINE_NOUNS:
                        items.extend(_topic_items(g))
    topics: list[str] = []
    for tok in items:
        if tok.pos_ == "PRON" or tok.ent_type_ in ("PERSON", "DATE", "TIME"):
            continue
        start, end = np_bounds(tok)
        topic = text[start:end]
        if topic and topic.lower() not in {t.lower() for t in topics}:
            topics.append(topic)
    return topics
