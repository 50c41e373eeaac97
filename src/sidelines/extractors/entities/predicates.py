"""Mentions read from how an entity is described or introduced, added after names, nominals and pronouns.

* Appositions and copula predicates ("X, a retired judge,", "X was a judge"): a noun phrase in
  apposition to a mention, or the complement of "be"/"become" whose subject is a mention,
  describes the same entity and is added to it as a nominal mention; so is a noun the mention
  stands in apposition to ("her lawyer, X"). Names are never joined this way ("X is Y" between two
  names is left to name grouping), and a negated copula ("X is not a judge") says nothing.
* Self-introductions ("I'm X", "my name is X"): first-person pronouns outside quotations join X;
  with none, the one person a headline names as giving an interview or a speech ("Wikinews
  interviews X", "X: an interview", "Remarks by X") is who says "I" in the text below it. A
  transcript's speaker label (a line that is only a name, or "Name:" opening a line) and a letter's
  signature work as introductions.
  A noun whose possessor is the entity itself ("X, his wife, Y") is someone else and is left out.
* Definite nouns that end an earlier name ("the Harbor Bridge" ... "the bridge").
"""

from __future__ import annotations

from bisect import bisect_left
from typing import TYPE_CHECKING, cast

from spacy.attrs import IS_ALPHA, IS_UPPER

from sidelines.content.text import is_headline
from sidelines.extractors.entities.clusters import Cluster
from sidelines.extractors.entities.names import token_positions
from sidelines.extractors.lookup import doc_text, quoted_chars
from sidelines.lexicon.titles import HONORIFICS
from sidelines.nlp.analysis import analysis_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

COPULAS = frozenset({"be", "become", "remain"})
DESCRIPTION_POS = frozenset({"NOUN", "PROPN", "NUM"})
PLURAL_TAGS = frozenset({"NNS", "NNPS"})
# Words a description does not start with (they are outside the mention: "also a judge").
LEADING_SKIP = frozenset({"advmod", "punct", "cc", "preconj", "prep", "mark"})


def attach_predicates(parsed: "Doc", clusters: list[Cluster], name_tokens: set[int]) -> None:
    """Add appositions and copula predicates of each cluster's mentions as nominal mentions."""
    taken = {(s, e) for c in clusters for s, e, _ in c.others}
    taken |= {(m.start, m.end) for c in clusters for m in c.names}
    for cluster in clusters:
        heads = [_root(parsed, m.i, m.j) for m in cluster.names]
        for s, e, kind in list(cluster.others):
            if kind == "pronoun":
                pron = parsed.char_span(s, e, alignment_mode="expand")
                if pron is not None:
                    heads.append(pron.root)
        own = _own_chars(cluster)
        for head in heads:
            for tok in _descriptions(head):
                if tok.i in name_tokens or _owned_by(tok, own):
                    continue
                start = _start(tok)
                where = (parsed[start].idx, tok.idx + len(tok.text))
                if where in taken or start > tok.i:
                    continue
                taken.add(where)
                cluster.others.append((where[0], where[1], "nominal"))


def _own_chars(cluster: Cluster) -> frozenset[int]:
    """Where the cluster's names and pronouns start."""
    return frozenset([m.start for m in cluster.names] + [s for s, _, kind in cluster.others if kind == "pronoun"])


def _owned_by(tok: "Token", own: frozenset[int]) -> bool:
    """ "X, his wife, Y": a relation noun whose possessor is X itself names someone else than X."""
    return any(c.dep_ == "poss" and (c.idx in own or c.left_edge.idx in own) for c in tok.children)


def _root(parsed: "Doc", i: int, j: int) -> "Token":
    return parsed[i:j].root


def _descriptions(head: "Token") -> list["Token"]:
    """Head tokens of the noun phrases that say what ``head`` is."""
    found: list[Token] = [c for c in head.children if c.dep_ == "appos" and c.pos_ in DESCRIPTION_POS]
    if head.dep_ == "appos" and head.head.pos_ in {"NOUN", "PROPN"}:
        found.append(head.head)
    verb = head.head
    negated = any(c.dep_ == "neg" for c in verb.children)
    if head.dep_ == "nsubj" and verb.lemma_ in COPULAS and not negated:
        found += [c for c in verb.children if c.dep_ == "attr" and c.pos_ in DESCRIPTION_POS]
    if head.dep_ in {"nsubj", "nsubjpass"} and verb.pos_ == "VERB" and not negated:
        # "X was named chief executive", "X served as an adviser" (with no object the "as" could describe)
        if not any(c.dep_ in {"dobj", "obj"} for c in verb.children):
            # (with an object, "X called her the leader", the complement describes the object, below)
            found += [c for c in verb.children if c.dep_ == "oprd" and c.pos_ in DESCRIPTION_POS]
            found += [o for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"
                      for o in c.children if o.dep_ == "pobj" and o.pos_ in DESCRIPTION_POS]
    if head.dep_ in {"dobj", "obj"} and verb.pos_ == "VERB" and not negated:
        # "X called her the leader of the movement", "they elected him chairman"
        found += [c for c in verb.children if c.dep_ == "oprd" and c.pos_ in DESCRIPTION_POS]
    # "X, a lawyer and teacher": a conjunct describes the same one, unless a name says who it is ("X, his wife,
    # Ana, and the candidate for mayor, Y" lists others)
    found += [c for t in found if not _named(t, head) for c in t.children
              if c.dep_ == "conj" and c.pos_ == "NOUN" and not _named(c, head)]
    return [t for t in found if t.i != head.i and _describes(t)]


def _named(tok: "Token", head: "Token") -> bool:
    """Whether a person's name other than the mention ``head`` stands in apposition inside the noun phrase
    headed by ``tok``."""
    return any(t.dep_ == "appos" and t.ent_type_ == "PERSON" and t.i not in (tok.i, head.i) for t in tok.subtree)


def _describes(tok: "Token") -> bool:
    """A singular common description, not a date, number or name spaCy saw ("(1964)", "2000")."""
    if tok.tag_ in PLURAL_TAGS or tok.ent_type_ or tok.like_num:
        return False
    return tok.i == 0 or tok.doc[tok.i - 1].text != "("


def _start(tok: "Token") -> int:
    """Where the noun phrase headed by ``tok`` starts, leaving out leading adverbs and punctuation."""
    k = tok.left_edge.i
    doc = tok.doc
    while k < tok.i and (doc[k].dep_ in LEADING_SKIP or doc[k].is_punct):
        k += 1
    return k


FIRST_PERSON = frozenset({"i", "me", "my", "myself", "mine"})
# Headline words of a text in one person's voice: an interview with them, a speech or remarks of theirs.
INTERVIEW_WORDS = frozenset({"interview", "interviews"})
VOICE_WORDS = INTERVIEW_WORDS | {"speech", "remarks", "address", "transcript"}
SECOND_PERSON = frozenset({"you", "your", "yourself", "yours"})


def attach_self_references(parsed: "Doc", clusters: list[Cluster]) -> None:
    """ "I'm Ana Pineda", "my name is Ana": first-person pronouns outside quotations join that person.

    Each "I", "me", "my" joins the person who last introduced themselves or was named as speaker
    before it (the first one for the pronouns before any, as in a letter signed at the end).
    Pronouns inside quotation marks belong to whoever is quoted and are left alone.
    """
    owner: dict[int, int] = {}
    for n, cluster in enumerate(clusters):
        if cluster.label == "PERSON":
            for m in cluster.names:
                owner.update(dict.fromkeys(range(m.i, m.j), n))
    quoted = quoted_chars(parsed)
    intros = [(i, owner[i]) for i in sorted(owner)
              if (tok := parsed[i]).idx not in quoted and _introduces(tok)]
    intros = sorted(intros + _speaker_labels(parsed, owner, clusters))
    after = 0
    if not intros:
        voice = _headline_voice(parsed, owner)
        if voice is None:
            return
        after, n = voice
        intros = [(after, n)]
        if _is_interview(parsed):
            _attach_questions(parsed, clusters[n], after, quoted)
    for k, lower in enumerate(analysis_of(parsed).lowers):
        if lower not in FIRST_PERSON:
            continue
        tok = parsed[k]
        if tok.pos_ != "PRON" or tok.idx in quoted or tok.i < after:
            continue
        before = [n for i, n in intros if i < tok.i]
        n = before[-1] if before else intros[0][1]
        clusters[n].others.append((tok.idx, tok.idx + len(tok.text), "pronoun"))


def _speaker_labels(parsed: "Doc", owner: dict[int, int], clusters: list[Cluster]) -> list[tuple[int, int]]:
    """Transcript speaker labels: a line that is only a person's name ("Ana Pineda", "Dr. Pineda.") or
    starts with the name or their title and a colon ("Pineda: We will...", "THE PRESIDENT: Thank you"),
    with the person who speaks from there on."""
    found: list[tuple[int, int]] = []
    line_start = True
    words = analysis_of(parsed).texts
    # One flat list of booleans (a list of pairs per token would feed the garbage collector).
    caps = cast("list[bool]", parsed.to_array([IS_UPPER, IS_ALPHA]).all(axis=1).tolist() if len(parsed) else [])
    for k, word in enumerate(words):
        if not line_start and not caps[k]:
            # Nothing below applies to a word inside a line that is not in capitals (a token's
            # whitespace_ never holds a line break: spaCy makes line breaks tokens of their own).
            line_start = "\n" in word
            continue
        tok = parsed[k]
        if line_start and tok.lower_ in HONORIFICS and tok.i + 1 < len(parsed):
            line_start = True  # "Dr. Pineda." : the name comes after the honorific
            continue
        if line_start and tok.i in owner and tok.i > 0:
            n = owner[tok.i]
            k = tok.i
            while k < len(parsed) and owner.get(k) == n:
                k += 1
            rest = parsed[k] if k < len(parsed) else None
            if rest is None or rest.text == ":" or "\n" in rest.text or (
                    rest.text in {".", ":"} and (k + 1 == len(parsed) or "\n" in parsed[k + 1].text)):
                found.append((tok.i, n))
        elif _caps(tok) and not (tok.i > 0 and _caps(parsed[tok.i - 1])):
            label = _title_label(parsed, tok.i, clusters, line_start)
            if label is not None:
                found.append((tok.i, label))
        line_start = "\n" in tok.text or "\n" in tok.whitespace_
    return found


def _caps(tok: "Token") -> bool:
    return bool(tok.is_upper and tok.is_alpha)


def _title_label(parsed: "Doc", i: int, clusters: list[Cluster], line_start: bool) -> int | None:
    """ "THE PRESIDENT:" opening a line or ending one: the one person whose title that is (the longest
    title read from the end of the capitals: "EDT THE VICE PRESIDENT:" is the vice president)."""
    k = i
    while k < len(parsed) and _caps(parsed[k]) and k - i < 6:
        k += 1
    if k >= len(parsed) or parsed[k].text != ":":
        return None
    ends_line = k + 1 == len(parsed) or "\n" in parsed[k + 1].text or "\n" in parsed[k].whitespace_
    if not (line_start or ends_line):
        return None
    for start in range(i, k):
        holder = _title_holder(parsed, start, k, clusters)
        if holder is not None:
            return holder
    return None


def _title_holder(parsed: "Doc", i: int, k: int, clusters: list[Cluster]) -> int | None:
    """The one person whose title is the words ``i:k`` (a leading "the" left out)."""
    words = [t.lower_ for t in parsed[i:k] if t.lower_ != "the"]
    if not words:
        return None
    title = " ".join(words)
    holders = {n for n, c in enumerate(clusters) if c.label == "PERSON"
               for r in c.roles if r.title.lower().replace("-", " ") == title}
    return holders.pop() if len(holders) == 1 else None


def _is_interview(parsed: "Doc") -> bool:
    """Whether the first line announces an interview."""
    end = doc_text(parsed).find("\n")
    analysis = analysis_of(parsed)
    return any(w in INTERVIEW_WORDS for w in analysis.lowers[:bisect_left(analysis.token_starts, end)])


def _attach_questions(parsed: "Doc", cluster: Cluster, after: int, quoted: frozenset[int]) -> None:
    """ "you" in the questions of an interview (lines ending with "?") is the person interviewed."""
    text = doc_text(parsed)
    for tok in parsed:
        if tok.i < after or tok.lower_ not in SECOND_PERSON or tok.pos_ != "PRON" or tok.idx in quoted:
            continue
        end = text.find("\n", tok.idx)
        line = text[tok.idx : end if end >= 0 else len(text)].rstrip()
        if line.endswith("?"):
            cluster.others.append((tok.idx, tok.idx + len(tok.text), "pronoun"))


def _headline_voice(parsed: "Doc", owner: dict[int, int]) -> tuple[int, int] | None:
    """The token after the first line and the one person that line names as speaking, or None.

    The first line must read as a headline with a word of an interview or a speech; two people joined
    by "and" ("Remarks by X and Y") give no single voice.
    """
    text = doc_text(parsed)
    end = text.find("\n")
    if end <= 0 or not is_headline(text[:end].strip()):
        return None
    analysis = analysis_of(parsed)
    words = set(analysis.lowers[:bisect_left(analysis.token_starts, end)])  # the words before ``end``
    if not words & VOICE_WORDS:
        return None
    people: list[int] = []
    joined = False
    for tok in parsed:
        if tok.idx >= end:
            break
        n = owner.get(tok.i)
        if n is not None and n not in people:
            people.append(n)
        elif tok.lower_ in {"and", "&"} and people:
            joined = True
        if len(people) > 1 and joined:
            return None
    if not people:
        return None
    after = next((t.i for t in parsed if t.idx > end), len(parsed))
    return after, people[0]


def _introduces(tok: "Token") -> bool:
    """Whether a name token is the complement of "I am" or "my name is" ("I'm not X" is no introduction)."""
    if tok.dep_ != "attr" or tok.head.lemma_ != "be" or any(c.dep_ == "neg" for c in tok.head.children):
        return False
    for subject in tok.head.children:
        if subject.dep_ != "nsubj":
            continue
        if subject.lower_ == "i":
            return True
        if subject.lower_ == "name" and any(c.lower_ == "my" for c in subject.children):
            return True
    return False


HEAD_DETERMINERS = frozenset({"the", "this", "that"})


def attach_head_nominals(parsed: "Doc", clusters: list[Cluster], name_tokens: set[int]) -> None:
    """ "the bridge" after "the Bay Bridge", "the university" after "Rice University": a definite
    singular noun that ends an earlier name of a place, organisation or thing joins the latest such name."""
    by_word: dict[str, list[tuple[int, int]]] = {}
    for n, cluster in enumerate(clusters):
        if cluster.label in {"PERSON", "NORP"}:
            continue
        for m in cluster.names:
            for w in _head_words(parsed, m.i, m.j):
                by_word.setdefault(w, []).append((m.i, n))
    taken = {(s, e) for c in clusters for s, e, _ in c.others}
    for k in token_positions(parsed, frozenset(by_word)):
        tok = parsed[k]
        if tok.pos_ != "NOUN" or tok.tag_ != "NN" or tok.i in name_tokens:
            continue
        dets = [c for c in tok.lefts if c.dep_ == "det" and c.lower_ in HEAD_DETERMINERS]
        nxt = parsed[tok.i + 1] if tok.i + 1 < len(parsed) else None
        if not dets or (nxt is not None and (nxt.lower_ == "of" or nxt.pos_ == "PROPN")):
            continue
        earlier = [(i, n) for i, n in by_word[tok.lower_] if i < tok.i]
        where = (dets[0].idx, tok.idx + len(tok.text))
        if earlier and where not in taken:
            taken.add(where)
            clusters[earlier[-1][1]].others.append((where[0], where[1], "nominal"))


def _head_words(parsed: "Doc", i: int, j: int) -> list[str]:
    """The words a definite noun can take from a name: its last one, and the one before "of"."""
    found = [parsed[j - 1]] + [parsed[k - 1] for k in range(i + 1, j) if parsed[k].lower_ == "of"]
    return [t.lower_ for t in found if t.is_alpha and t.is_title]
