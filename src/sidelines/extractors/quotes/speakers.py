"""Speakers: the entity a speaker mention stands for.

A title phrase ("the country's foreign minister") is the one person the article gives that title
(none when two hold it), or the person named in apposition; else the entity with a mention over the
phrase's head word, or over the possessor of a non-title head ("Clinton's campaign"); a country that
owns a title is never the speaker, nor is the person a relation is of ("her husband said": the one
person named as someone's husband, else no one). An unnamed spokesperson ("a spokesman for the
ministry said") is the person or organisation spoken for. A definite title no one holds ("the retired surgeon") is the
one person who is the subject of its sentence or the one before, and "it" the one organisation that is;
so is a demonym under "the" ("the Norwegian said"), never the group it names. A text by or in a named outlet
("a story by X says") is that outlet's.
A pronoun is whom the entities' coreference linked it to (its pronoun mention); one it left open stays
unresolved: quotes never resolve a pronoun again.
A dateline ("CAIRO (Reuters) -") is never the speaker: the parse often takes its city for the subject of
the first sentence's cue, and the speaker is then the subject after it (:func:`past_dateline`).
"""

from __future__ import annotations

from bisect import bisect_left
from typing import TYPE_CHECKING, Any

from sidelines.extractors.entities.title_words import CLOSING_PUNCT, title_variants
from sidelines.extractors.lookup import doc_text, sent_of
from sidelines.lexicon import countries
from sidelines.lexicon.kinds import KIND_NOMINALS
from sidelines.lexicon.speech import CUE_NOUNS, REPORTING_VERBS
from sidelines.lexicon.titles import ORG_WORDS, RELATIONS, SPOKESPERSON_NOUNS, TITLE_HEADS
from sidelines.nlp.syntax import SUBJECT_RELATIVES

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


# Texts whose author ("by X") or outlet ("in X") speaks for them: "a story by X says", "an article in X".
TEXT_NOUNS = CUE_NOUNS | frozenset({
    "story", "piece", "report", "study", "analysis", "profile", "investigation", "paper",
})


# The "how" of a definite description of a person no rule resolved ("the Air Force veteran said"):
# the quotes extractor gives it the person quoted last, when there is one close before.
DESCRIPTION = "a definite description of a person"


SUBJECT_DEPS = ("nsubj", "nsubjpass")

# Nouns of organisations that a name before them names ("the Hamas group", "the Acme company").
GROUP_NOUNS = frozenset(k for k, kind in KIND_NOMINALS.items() if kind == "org") | {"movement", "campaign"}


def after_dateline(parsed: "Doc", dateline: tuple[int, int] | None) -> int | None:
    """Where the first word after a dateline starts (None without a dateline)."""
    if dateline is None:
        return None
    return next((t.idx for t in parsed if t.idx >= dateline[1] and not t.is_space), dateline[1])


def past_dateline(
    parsed: "Doc", span: tuple[int, int] | None, head: int | None, d1: int | None
) -> tuple[tuple[int, int] | None, int | None]:
    """The speaker phrase and head with the dateline left out.

    "LIMA (Reuters) - Peru's trade minister, Ana Soto, said ...": spaCy makes "LIMA" the subject and the
    minister its apposition. A head inside the dateline gives way to the subject of the same verb, or
    the apposition of the head, that stands after the dateline; a phrase that only begins inside it
    ("May 3 (AP): the ministry") starts after it. ``d1`` is where the body after the dateline starts.
    """
    if span is None or d1 is None or span[0] >= d1:
        return span, head
    if head is None or parsed[head].idx >= d1:
        return ((max(span[0], d1), span[1]), head) if span[1] > d1 else (None, None)
    tok = parsed[head]
    after = [c for c in tok.head.children if c.dep_ in SUBJECT_DEPS and c.idx >= d1 and c.i != tok.i]
    after += [c for c in tok.children if c.dep_ == "appos" and c.idx >= d1]
    if not after:
        return None, None
    new = after[0]
    right = new.right_edge
    if new.dep_ == "appos":
        # "the foreign secretary, X," ends at the secretary's own apposition, not at the verb
        right = max((t for t in new.subtree if t.i < tok.head.i or tok.head.i < tok.i), key=lambda t: t.i)
        while right.is_punct and right.i > new.i:
            right = parsed[right.i - 1]
    start = max(new.left_edge.idx, d1)
    return (start, right.idx + len(right.text)), new.i


# Verbs of making or delivering a text, as lemmas: "a statement issued by X" speaks for X, "a report seen by X"
# does not.
MAKER_VERBS = frozenset({
    "issue", "release", "write", "compile", "draft", "sign", "publish", "prepare", "send", "post", "deliver",
    "author", "produce", "pen", "submit", "circulate", "distribute", "broadcast", "tweet", "file",
})


class SpeakerResolver:
    """Speaker mentions to entity ids: the entity with a mention over the phrase (pronouns included,
    as the coreference linked them)."""

    def __init__(self, entities: list[Any], parsed: "Doc", headline: tuple[int, int] | None = None) -> None:
        self.parsed = parsed
        rows = []
        for e in entities:
            for m in getattr(e, "mentions", []):
                rows.append((m.start, m.end, e.id, e.type))
        rows.sort()
        self.rows = rows
        self.starts = [r[0] for r in rows]
        self.max_len = max((r[1] - r[0] for r in rows), default=0)
        h0, h1 = headline or (0, 0)
        # A pronoun never reaches back into the headline: its names are the story's, not the sentence's.
        self.persons = [r for r in rows if r[3] == "PERSON" and not h0 <= r[0] < h1]
        self.titles = {e.id: [r.title for r in e.roles] for e in entities
                       if getattr(e, "type", "") == "PERSON" and getattr(e, "roles", None)}
        # Places that may own an "its" speaker ("its foreign ministry"): states, which act as governments.
        self.states = {e.id for e in entities if getattr(e, "type", "") == "GPE"
                       and countries.country_by_name(getattr(e, "name", "")) is not None}

    def title_holders(self, head: "Token") -> list[str]:
        """Ids of the people whose role title ends with the nominal's title words."""
        words = _title_words(head)
        # A holder of the title as written comes first; a head's part alone ("governor" of "governor of the
        # central bank") only when no one holds it as written ("the minister" is Y, the minister, not X, the
        # minister of state for trade).
        exact = [pid for pid, titles in self.titles.items() if any(title_fits(t, words, whole=True) for t in titles)]
        return exact or [pid for pid, titles in self.titles.items() if any(title_fits(t, words) for t in titles)]

    def _appos_person(self, tok: "Token") -> str | None:
        """The person a name in apposition to ``tok`` stands for, else None."""
        for child in tok.children:
            if child.dep_ == "appos":
                found = [r for r in self.overlapping(child.idx, child.idx + len(child.text)) if r[3] == "PERSON"]
                if found:
                    return found[0][2]
        return None

    def _named_by_appos(self, head: "Token") -> str | None:
        """ "Norway's chief negotiator, Ivan Petrov, said": the person named in apposition."""
        named = self._appos_person(head)
        if named is not None:
            return named
        for place in (g for p in head.children if p.dep_ == "prep" for g in p.children if g.dep_ == "pobj"):
            # "Norlandia's ambassador to Borvia, Eik Stromm, said": a person's name set off after a place or a
            # body of the title is the title's holder, not the place's (the parse hangs it on the place)
            if place.pos_ == "PROPN" and not any(r[3] == "PERSON" for r in self.overlapping(place.idx, place.idx + 1)):
                named = self._appos_person(place)
                if named is not None:
                    return named
        # "according to his chief of staff, X.": a name after a comma, closing the clause, the parse left loose
        after = head.right_edge.i + 2
        if after < len(self.parsed) and self.parsed[after - 1].text == ",":
            tok = self.parsed[after]
            for r in self.overlapping(tok.idx, tok.idx + 1):
                if r[3] == "PERSON" and r[0] == tok.idx and doc_text(self.parsed)[r[1]:r[1] + 1] in CLOSING_PUNCT:
                    return r[2]
        return None

    def _related(self, head: "Token") -> str | None:
        """The one person the article names with the relation of ``head`` ("her husband": whoever is named
        "her husband, X" elsewhere), else None."""
        holders = [pid for pid, titles in self.titles.items() if any(t.lower() == head.lower_ for t in titles)]
        return holders[0] if len(holders) == 1 else None

    def _subject_before(self, head: "Token", kind: str = "PERSON") -> str | None:
        """The one entity of ``kind`` that is a subject earlier in ``head``'s sentence, else in the one before."""
        sent = sent_of(head)
        sents = [sent] if sent.start == 0 else [sent, sent_of(self.parsed[sent.start - 1])]
        rows = self.persons if kind == "PERSON" else [r for r in self.rows if r[3] == kind]
        starts = [r[0] for r in rows]
        for s in sents:
            ids = set()
            for r in rows[bisect_left(starts, s.start_char):]:
                if r[0] >= min(s.end_char, head.idx):
                    break
                span = self.parsed.char_span(r[0], r[1], alignment_mode="expand")
                if span is not None and span.root.dep_ in ("nsubj", "nsubjpass"):
                    ids.add(r[2])
            if ids:
                return ids.pop() if len(ids) == 1 else None
        return None

    def _group_owner_before(self, head: "Token") -> str | None:
        """ "Lopez's campaign backtracked. It said ...": the one person or organisation owning a group noun
        that is a subject earlier in ``head``'s sentence, else in the one before; none when that sentence
        names another person or organisation after the group ("X's campaign hired Acme. It said ...")."""
        sent = sent_of(head)
        sents = [sent] if sent.start == 0 else [sent, sent_of(self.parsed[sent.start - 1])]
        for s in sents:
            ids: set[str] = set()
            last = s.start_char
            for tok in s:
                if tok.i >= head.i or tok.dep_ not in SUBJECT_DEPS or tok.lower_ not in GROUP_NOUNS:
                    continue
                for owner in tok.children:
                    if owner.dep_ in ("poss", "compound", "amod"):  # only a person or organisation named
                        ids |= {r[2] for r in self.overlapping(owner.idx, owner.idx + len(owner.text))
                                if r[3] in ("PERSON", "ORG")}
                last = max(last, tok.idx + len(tok.text))
            if ids:
                end = min(s.end_char, head.idx)
                others = {r[2] for r in self.overlapping(last, end) if r[3] in ("PERSON", "ORG")} - ids
                return ids.pop() if len(ids) == 1 and not others else None
        return None

    def _author_before(self, head: "Token") -> str | None:
        """The person or organisation that is the subject of a verb whose object is ``head``'s noun
        ("wrote a letter", "issued a statement"), or that spoke in it ("In a statement, X said"), in ``head``'s
        sentence or the two before, nearest first."""
        lemma = head.lemma_.lower()
        sent = sent_of(head)
        start = sent.start
        for _ in range(2):
            if start > 0:
                start = sent_of(self.parsed[start - 1]).start
        for tok in reversed(self.parsed[start:head.i]):
            if tok.lemma_.lower() != lemma:
                continue
            # "issued a statement", or "In a statement, X said": the text the subject put out or spoke in
            # "In a statement, X said": only a verb of speaking ("X featured in a report" is not X's report)
            verb = tok.head if tok.dep_ == "dobj" else tok.head.head if (
                tok.dep_ == "pobj" and tok.head.lower_ == "in" and tok.head.dep_ == "prep"
                and tok.head.head.lemma_.lower() in REPORTING_VERBS) else None
            if verb is None or verb.pos_ != "VERB":
                continue
            for sub in verb.children:
                if sub.dep_ != "nsubj":
                    continue
                found = [r for r in self.overlapping(sub.idx, sub.idx + len(sub.text)) if r[3] in ("PERSON", "ORG")]
                if not found:
                    return self._named_by_appos(sub)
                return max(found, key=lambda r: r[1] - r[0])[2]
        return None

    def _described_before(self, head: "Token") -> str | None:
        """The one person with a nominal mention before ``head``'s phrase that ends with its words ("the harbor
        master" after "X, the harbor master,"), else None."""
        if any(c.dep_ in ("prep", "acl", "relcl") and c.i > head.i for c in head.children):
            return None  # "the driver of the truck": a description narrowed after its head is someone else
        words = _title_words(head)
        start = head.left_edge.idx
        text = doc_text(self.parsed)
        ids = set()
        for r in self.persons:
            if r[0] >= start:
                break
            if not text[r[0]].islower():
                continue  # a name, not a description
            have = text[r[0]:r[1]].lower().replace("-", " ").split()
            if len(have) > len(words) and have[len(have) - len(words):] == words:
                ids.add(r[2])
        return ids.pop() if len(ids) == 1 else None

    def overlapping(self, start: int, end: int) -> list[tuple[int, int, str, str]]:
        """Entity mentions overlapping ``[start, end)``."""
        hi = bisect_left(self.starts, end)
        lo = bisect_left(self.starts, start - self.max_len)
        return [r for r in self.rows[lo:hi] if r[1] > start]

    def resolve(self, span: tuple[int, int] | None, head: int | None) -> str | None:
        """The entity id of a speaker mention, or None for unnamed groups and unknown speakers."""
        return self.resolve_how(span, head)[0]

    def resolve_how(self, span: tuple[int, int] | None, head: int | None) -> tuple[str | None, str]:
        """The entity id of a speaker mention and the rule that found it (or why none was found)."""
        if span is None:
            return None, "no speaker phrase"
        start, end = span
        head_tok = self.parsed[head] if head is not None else None
        if head_tok is not None and head_tok.lower_ in SUBJECT_RELATIVES and head_tok.head.dep_ == "relcl":
            # "Smith, who ... said": the relative pronoun stands for the noun it hangs on.
            head_tok = head_tok.head.head
            start, end = head_tok.left_edge.idx, head_tok.idx + len(head_tok.text)
        if head_tok is not None and head_tok.pos_ == "NOUN" and head_tok.lower_ in TITLE_HEADS:
            # "the country's foreign minister said": the one person the article gives that title,
            # never the country that owns the title; two holders leave the speaker open.
            holders = self.title_holders(head_tok)
            named = self._named_by_appos(head_tok)
            if named is not None:
                return named, "the person named in apposition to the title"
            if len(holders) > 1:
                # A definite title looks back: of two holders, the one named only later is not meant.
                before = {r[2] for r in self.persons if r[1] <= head_tok.left_edge.idx and r[2] in holders}
                if len(before) != 1:
                    return None, "a title two people hold"
                return before.pop(), "the one person named before whom the article gives the title"
            if holders:
                return holders[0], "the one person the article gives the title"
        if head_tok is not None:
            h0, h1 = head_tok.idx, head_tok.idx + len(head_tok.text)
            covering = self.overlapping(h0, h1)
            if covering:
                best = max(covering, key=lambda r: (r[3] in ("PERSON", "ORG", "GPE", "NORP"), r[1] - r[0]))
                if head_tok.pos_ == "PRON":
                    return best[2], "a pronoun the entities' coreference resolved"
                if best[3] == "NORP" and _definite(head_tok):
                    # "..., the Norwegian said": a demonym under "the" describes one person, not the group.
                    described = self._subject_before(head_tok)
                    if described is not None:
                        return described, "a definite demonym: the person the sentence before is about"
                    return None, DESCRIPTION
                return best[2], "an entity mention over the phrase's head"
        if head_tok is not None and head_tok.pos_ != "PRON":
            # A name that owns the head ("Clinton's spokesman", "the spokesman for X") or is
            # the head's own name; a modifier ("the Turkish president") is not the speaker.
            named = self._named_by_appos(head_tok)
            if named is not None:
                return named, "the name in apposition"
            if head_tok.lower_ in RELATIONS:
                # "her husband said": a relative or a colleague of someone, never that someone
                return self._related(head_tok), "the one person holding the relation"
            owners = [t for t in head_tok.children if t.dep_ == "poss"]
            # "the Whitmore campaign said": a person's name before the head owns it as "Whitmore's" would
            # (a place's does not: "the Ohio team")
            owners += [t for t in head_tok.children if t.dep_ == "compound" and t.pos_ == "PROPN"]
            preps = ("for", "of", "by", "in", "from") if head_tok.lemma_.lower() in TEXT_NOUNS else ("for", "of")
            owners += [g for p in head_tok.children if p.dep_ == "prep" and p.lower_ in preps
                       for g in p.children if g.dep_ == "pobj"]
            if head_tok.lemma_.lower() in TEXT_NOUNS:  # "a statement issued by X", "an article written by X"
                # only a verb of making or delivering the text: "a memo obtained by X" is not X's
                owners += [g for a in head_tok.children if a.dep_ == "acl" and a.tag_ == "VBN"
                           and a.lemma_.lower() in MAKER_VERBS
                           for b in a.children if b.dep_ == "agent" for g in b.children if g.dep_ == "pobj"]
            # "a statement from X": a text comes from its author, a person or a body, never a place ("a report
            # from Kabul" is where it was filed); its maker is the name over the owner's head word, never one
            # nested deeper ("a letter from the family of X" is not X's)
            sent_from = {g.i for g in owners if g.head.lower_ == "from" or g.head.dep_ == "agent"}
            for owner in owners:
                found = self.overlapping(owner.left_edge.idx, owner.right_edge.idx + len(owner.right_edge.text))
                if owner.lower_ == "its" and found and all(r[3] in ("GPE", "LOC", "FAC") and r[2] not in self.states
                                                           for r in found):
                    # "Acme has a plant in Antwerp. Its spokesman said": a town or a region is no speaker's
                    # owner; the organisation the sentence (or the one before) is about is
                    org = self._subject_before(head_tok, "ORG")
                    sent = sent_of(head_tok)
                    since = sent if sent.start == 0 else sent_of(self.parsed[sent.start - 1])
                    if org is not None and {r[2] for r in self.rows if r[3] == "ORG"
                                            and since.start_char <= r[0] < head_tok.idx} - {org}:
                        org = None  # "Police raided the offices of X. Its spokesman": another body is named
                    if org is None:
                        return None, "its: a place that is no state"
                    return org, "its: the organisation that is the subject, not a place"
                text_noun = head_tok.lemma_.lower() in TEXT_NOUNS or head_tok.lower_ in GROUP_NOUNS
                if owner.i in sent_from:
                    found = [r for r in found if r[3] in ("PERSON", "ORG") and r[0] <= owner.idx < r[1]]
                if head_tok.lower_ in SPOKESPERSON_NOUNS:
                    # An unnamed spokesperson is the voice of the person or body spoken for
                    # ("a spokesman for the ministry said", "a Helix spokeswoman said"): the name over the
                    # owner's head word, not one in its relative clause ("the company that bought X"), and
                    # none when two bodies share the spokesperson ("for X and Y").
                    if any(c.dep_ == "conj" for c in owner.children):
                        continue
                    found = [r for r in found if r[3] in ("PERSON", "ORG") and r[0] <= owner.idx < r[1]]
                elif head_tok.lower_ in TITLE_HEADS or (owner.dep_ == "compound" and not text_noun):
                    # A title's owner is whom the speaker serves, not the speaker; only a person may
                    # stand for their own office ("Clinton's spokesman" speaks for Clinton).
                    found = [r for r in found if r[3] == "PERSON"]
                elif owner.dep_ == "compound":
                    # "the Associated Press report": a text speaks for its author, never for a place;
                    # "the Hamas group": a group noun after a name is that organisation itself
                    found = [r for r in found if r[3] in ("PERSON", "ORG")]
                if found:
                    owner_id = max(found, key=lambda r: (r[3] in ("PERSON", "ORG"), r[1] - r[0]))[2]
                    if head_tok.lower_ in SPOKESPERSON_NOUNS:
                        return owner_id, "the person or body an unnamed spokesperson speaks for"
                    return owner_id, "the owner of the head"
        if head_tok is None:
            found = self.overlapping(start, end)
            if found:
                return max(found, key=lambda r: r[1] - r[0])[2], "an entity mention over the phrase"
            return None, "no entity over the phrase"
        if _definite(head_tok) and head_tok.pos_ == "NOUN":
            # "X, the harbor master, met the press. [...] “...,” the harbor master said": the one person the
            # article described so before.
            described = self._described_before(head_tok)
            if described is not None:
                return described, "a definite description: the one person described so before"
        if _definite_title(head_tok):
            # "..., the retired surgeon said": a title no one in the article holds describes
            # the one person who is the subject of this sentence or the one before.
            described = self._subject_before(head_tok)
            if described is not None:
                return described, "a definite title: the person the sentence before is about"
        if _definite(head_tok) and head_tok.lemma_.lower() in TEXT_NOUNS:
            # "X wrote a letter ... “...,” the letter read": the text speaks for whoever issued it.
            author = self._author_before(head_tok)
            if author is not None:
                return author, "a definite text: the one who wrote or issued it just before"
        if _definite(head_tok) and head_tok.pos_ == "NOUN" and _person_noun(head_tok):
            return None, DESCRIPTION
        if head_tok.lower_ == "it" and head_tok.dep_ in ("nsubj", "nsubjpass"):
            # "..., it said": the organisation the sentence before (or this one) is about.
            org = self._subject_before(head_tok, "ORG")
            if org is not None:
                return org, "it: the organisation that is the subject of the sentence before"
            group_owner = self._group_owner_before(head_tok)
            if group_owner is not None:
                return group_owner, "it: whose campaign or group is the subject of the sentence before"
        return None, "an unnamed speaker"


def _definite_title(head: "Token") -> bool:
    """ "the retired surgeon": a singular title noun under "the", with no owner."""
    if head.pos_ != "NOUN" or head.tag_ != "NN" or head.lower_ not in TITLE_HEADS:
        return False
    return _definite(head)


# Suffixes of nouns of agents and adherents ("veteran", "socialist", "lawmaker", "nominee").
PERSON_SUFFIXES = ("ist", "an", "er", "or", "ee")


def _person_noun(head: "Token") -> bool:
    """A noun that can describe a person: a title, or an agent noun by its suffix that names no text and no
    organisation."""
    lemma = head.lemma_.lower()
    if head.lower_ in TITLE_HEADS:
        return True
    # "the ethics committee said": an organisation's word with an agent's ending is no person
    return lemma.endswith(PERSON_SUFFIXES) and lemma not in TEXT_NOUNS and lemma not in ORG_WORDS


def _definite(head: "Token") -> bool:
    """A singular noun under "the", with no owner ("the Norwegian", "the retired surgeon")."""
    if head.tag_ not in ("NN", "NNP"):
        return False
    kids = [c for c in head.children if c.dep_ in ("det", "poss")]
    return len(kids) == 1 and kids[0].lower_ == "the"


def _title_words(head: "Token") -> list[str]:
    """The title a nominal gives: its head with the compounds and adjectives before it ("foreign minister")."""
    words = [head.lower_]
    for left in reversed(list(head.lefts)):
        if left.dep_ not in ("compound", "amod") or left.i != head.i - len(words):
            break
        words.insert(0, left.lower_)
    return words


def title_fits(title: str, words: list[str], whole: bool = False) -> bool:
    """Whether a role title ends with the words of a nominal title ("Trade Minister" fits "minister")."""
    for variant in (title,) if whole else title_variants(title):  # "governor of the Bank of Japan" fits "governor"
        have = variant.lower().replace("-", " ").split()
        if len(have) >= len(words) and have[len(have) - len(words):] == words:
            return True
    return False
