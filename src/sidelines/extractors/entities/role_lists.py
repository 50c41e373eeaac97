"""Titles the role reader's patterns miss: plural titles over lists of names, "as TITLE", "who was the TITLE".

* "presidential candidates X and Y", "X and Y, two PBS journalists", "the two reporters who broke the
  story, X and Y,": each person listed holds the title, in the singular ("presidential candidate"),
  with the title words before it as written. The people listed are the name next to the title and
  the names joined to it by the parse as conjuncts or appositions; anyone reached otherwise is left alone;
* "X served as governor", "fired X after one season as coach", "X, who served as mayor,": the title
  after "as" belongs to the object of the verb it hangs from, else to its subject (a relative "who"
  stands for the name the clause hangs from);
* "X, who was the party's treasurer,": the title of a relative clause on the name;
* "X arrived on Monday. He is a retired police officer": a title after "be" whose subject is a pronoun
  that coreference gave to X.

Only people without a role of their own take these (the role reader's readings are more precise).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sidelines.extractors.entities.names import NameMention
from sidelines.extractors.entities.roles import RoleFinding, RoleReader
from sidelines.extractors.entities.title_words import domain_end
from sidelines.extractors.lookup import quoted_chars
from sidelines.lexicon.titles import PORTFOLIOS, TITLE_HEADS, TITLE_MODIFIERS, occupations

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from sidelines.extractors.entities.clusters import Cluster

PLURAL_TAGS = frozenset({"NNS", "NNPS"})
TITLE_PARTS = TITLE_MODIFIERS | PORTFOLIOS
TITLE_WORDS = TITLE_PARTS | TITLE_HEADS
LIST_DEPS = frozenset({"conj", "appos"})
NOT_MODIFIER_POS = frozenset({"VERB", "AUX", "DET", "ADP"})
# The most title words read before the plural head.
MAX_MODIFIERS = 4
# Subordinators of a clause that states no fact ("as if he is an emperor", "unless she is the nominee").
CONDITIONS = frozenset({"if", "unless", "whether"})
# Words that count the people of a list before their plural title ("X and Y, two PBS journalists").
COUNT_WORDS = frozenset({"two", "three", "four", "five", "both", "all"})


def _singular(head: "Token") -> str:
    lemma = head.lemma_.lower()
    return head.text[:1] + lemma[1:] if head.text[:1].isupper() else lemma


def _plural_title(parsed: "Doc", m: "NameMention", text: str) -> RoleFinding | None:
    """The plural title right before a name ("presidential candidates"), given in the singular."""
    k = m.i - 1
    start = parsed[m.i].sent.start
    if k < start:
        return None
    head = parsed[k]
    if head.tag_ not in PLURAL_TAGS or head.lemma_.lower() not in TITLE_HEADS or head.lower_ in TITLE_HEADS:
        return None
    first = k
    while (first - 1 >= start and k - first < MAX_MODIFIERS
           and parsed[first - 1].lower_ in TITLE_PARTS
           and parsed[first - 1].pos_ not in NOT_MODIFIER_POS):
        first -= 1
    title = text[parsed[first].idx : head.idx] + _singular(head)
    return RoleFinding(title, start=parsed[first].idx, end=head.idx + len(head.text))


def _listed_with(parsed: "Doc", m: "NameMention") -> set[int]:
    """Tokens of the sentence joined to the name by conjunction or apposition (transitively)."""
    span = set(range(m.i, m.j))
    found: set[int] = set()
    for tok in parsed[m.i].sent:
        t = tok
        while t.dep_ in LIST_DEPS and t.head.i != t.i:
            t = t.head
            if t.i in span:
                found.add(tok.i)
                break
    return found


def _title_at(parsed: "Doc", head: "Token", text: str) -> RoleFinding:
    """The title ending at ``head`` with the title words before it, the head in the singular."""
    first = head.i
    while (first - 1 >= head.sent.start and head.i - first < MAX_MODIFIERS
           and parsed[first - 1].lower_ in TITLE_WORDS
           and parsed[first - 1].pos_ not in NOT_MODIFIER_POS):
        first -= 1
    word = _singular(head) if head.tag_ in PLURAL_TAGS else head.text
    last = parsed[domain_end(parsed, head.i)]  # "secretary of state"
    if last.i > head.i:
        word = text[head.idx : last.idx + len(last.text)]
    return RoleFinding(text[parsed[first].idx : head.idx] + word, start=parsed[first].idx,
                       end=head.idx + len(head.text))


def _is_head(tok: "Token", plural: bool) -> bool:
    if plural:
        return tok.tag_ in PLURAL_TAGS and tok.lemma_.lower() in TITLE_HEADS and tok.lower_ not in TITLE_HEADS
    return (tok.pos_ == "NOUN" or tok.is_lower) and (tok.lower_ in TITLE_HEADS or tok.lower_ in occupations())


def _plural_apposition(parsed: "Doc", m: "NameMention") -> "Token | None":
    """ "X and Y, two PBS journalists": the plural title in apposition to the name; where the parser
    hangs it elsewhere, the plural title right after the comma and a number word."""
    found = next((c for c in parsed[m.j - 1].children if c.dep_ == "appos" and c.i >= m.j and _is_head(c, True)),
                 None)
    k = m.j + 1
    if found is not None or k >= len(parsed) or parsed[m.j].text != "," or parsed[k].lower_ not in COUNT_WORDS:
        return found
    for tok in parsed[k + 1 : k + 2 + MAX_MODIFIERS]:
        if _is_head(tok, True):
            return tok
        if tok.pos_ in NOT_MODIFIER_POS or tok.is_punct:
            break
    return None


def _plural_head_before(parsed: "Doc", m: "NameMention") -> "Token | None":
    """ "The two Courier reporters who broke the story, X and Y,": the plural title the listed names
    (the name or the first of its conjuncts) stand in apposition to, before them."""
    top = parsed[m.j - 1]
    while top.dep_ == "conj" and top.head.i != top.i:
        top = top.head
    head = top.head
    if top.dep_ == "appos" and head.i < m.i and _is_head(head, True):
        return head
    return None


def _conj_group(parsed: "Doc", m: "NameMention") -> set[int]:
    """Tokens of the names coordinated with the name ("X and Y"): those reached from its top conjunct."""
    top = parsed[m.j - 1]
    while top.dep_ == "conj" and top.head.i != top.i:
        top = top.head
    found = {top.i}
    for tok in top.sent:
        t = tok
        while t.dep_ in ("conj", "compound") and t.head.i != t.i:
            t = t.head
            if t.i == top.i:
                found.add(tok.i)
                break
    return found


def _as_title_holder(tok: "Token", person_at: dict[int, int]) -> int | None:
    """The person an "as TITLE" phrase describes: the object of its verb, else the subject."""
    verb = tok.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    for deps in (("dobj", "nsubjpass"), ("nsubj",)):
        for child in verb.children:
            if child.dep_ in deps and child.i in person_at:
                return person_at[child.i]
    # "X, who served as mayor,": the relative clause's subject stands for the name it hangs from
    if verb.dep_ == "relcl" and any(c.dep_ == "nsubj" and c.lower_ in ("who", "that") for c in verb.children):
        return person_at.get(verb.head.i)
    return None


def add_clause_titles(
    parsed: "Doc", text: str, mentions: "list[NameMention]", roles: dict[int, list[RoleFinding]]
) -> None:
    """ "X served as governor", "X, who was the party's treasurer,": titles for people with no role yet."""
    person_at = {k: n for n, x in enumerate(mentions) if x.label == "PERSON" for k in range(x.i, x.j)}
    found: dict[int, RoleFinding] = {}
    for tok in parsed:
        if tok.dep_ == "pobj" and tok.head.lower_ == "as" and _is_head(tok, False):
            n = _as_title_holder(tok.head, person_at)
            if n is not None:
                found.setdefault(n, _title_at(parsed, tok, text))
        elif tok.dep_ == "attr" and _is_head(tok, False) and tok.head.dep_ == "relcl" and tok.head.lemma_ == "be":
            subject = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
            n = person_at.get(tok.head.head.i)
            if n is not None and subject is not None and subject.lower_ in ("who", "that"):
                found.setdefault(n, _title_at(parsed, tok, text))
    for n, role in found.items():
        roles.setdefault(n, [role])


def add_shared_titles(
    parsed: "Doc", text: str, mentions: "list[NameMention]", roles: dict[int, list[RoleFinding]]
) -> None:
    """Give every person listed after a plural title (and without a role yet) that title."""
    person_at = {k: n for n, x in enumerate(mentions) if x.label == "PERSON" for k in range(x.i, x.j)}
    for n, m in enumerate(mentions):
        if m.label != "PERSON" or n in roles:
            continue
        role, appos = _plural_title(parsed, m, text), None
        if role is None:
            appos = _plural_apposition(parsed, m) or _plural_head_before(parsed, m)
            role = _title_at(parsed, appos, text) if appos is not None else None
        if role is None:
            continue
        near = _listed_with(parsed, m) | (_conj_group(parsed, m) if appos is not None else set())
        listed = {n} | {person_at[k] for k in near if k in person_at}
        for x in sorted(listed):
            if x not in roles:
                roles[x] = [RoleFinding(role.title, start=role.start, end=role.end)]


def add_pronoun_titles(parsed: "Doc", text: str, mentions: "list[NameMention]", clusters: "list[Cluster]") -> None:
    """ "He is a retired police officer": the title after "be" of a person's pronoun mention is the person's
    (not in a quotation, a negated clause or a condition: "as if he is an emperor")."""
    reader = RoleReader(parsed, text, mentions)
    quoted = quoted_chars(parsed)
    for cluster in clusters:
        if cluster.label != "PERSON":
            continue
        for start, end, kind in cluster.others:
            span = parsed.char_span(start, end) if kind == "pronoun" and start not in quoted else None
            if span is None or any(c.dep_ == "neg" or (c.dep_ == "mark" and c.lower_ in CONDITIONS)
                                   for c in span.root.head.children):
                continue  # "as if he is an emperor", "he was not a candidate": no title of his
            role = reader.predicate(NameMention(start, end, "PERSON", span.start, span.end, source="pronoun"))
            if role is not None and all(r.title.lower() != role.title.lower() for r in cluster.roles):
                cluster.roles.append(role)
