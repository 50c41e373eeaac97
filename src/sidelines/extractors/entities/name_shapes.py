"""People the tagger cuts at a lower-case particle or reads as something else, found from the shape of the
name and the document's other mentions (no list of names).

* "Dirk van der Merwe", "Luis Alberto dos Santos": capitalised words, one to three lower-case name particles,
  and capitalised words again, where the tagger made a person of either side, are one person
  (:func:`join_particle_names`, rule "particle");
* "Delphine Rousseau-Marchal" read as an organisation: a name of two or three capitalised proper nouns, none a
  word of an organisation's name, a title, a country or its people, not a place, not after an article ("the
  Middle East Quartet") nor in quotation marks (a slogan), is a person when the document calls its last word
  "Ms." or "Dr.", or tags that word alone as a person while no other person's full name ends in it ("the Stop
  Trump movement" beside "Donald Trump" stays), or sets the name in apposition to a person's noun ("a lawyer",
  "a neighbour") or an age (:func:`relabel_name_shaped_people`, rule "name-shape").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sidelines.extractors.entities.names import NameMention, covered_tokens, token_positions
from sidelines.lexicon import countries
from sidelines.lexicon.titles import (
    COMPANY_NAME_WORDS,
    HONORIFICS,
    ORG_WORDS,
    PORTFOLIOS,
    RELATIONS,
    TITLE_ABBREVIATIONS,
    TITLE_HEADS,
    TITLE_MODIFIERS,
    occupations,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# Lower-case particles inside personal names (Dutch, German, Romance, Arabic, Swahili patronymic words).
NAME_PARTICLES = frozenset({
    "van", "von", "der", "den", "ter", "ten", "zu", "de", "da", "das", "dos", "do", "du", "del", "della", "dei",
    "di", "la", "le", "y", "bin", "bint", "ibn", "al", "el", "wa",
})
MAX_PARTICLES = 3
# Words on either side of the particles: at most this many capitalised words.
MAX_SIDE = 3
# Labels a name-shaped mention may carry when the tagger took a person for something else.
MISREAD_LABELS = frozenset({"ORG", "NORP", "WORK_OF_ART", "PRODUCT", "EVENT", "LAW", "FAC", "GPE", "LOC"})
# Honorifics that only ever stand before a person's surname ("Ms. X", "Dr. X").
SURNAME_HONORIFICS = frozenset(k for k in HONORIFICS if k.rstrip(".") in {"mr", "mrs", "ms", "miss", "dr", "prof"})
NOT_NAME_WORDS = TITLE_HEADS | TITLE_MODIFIERS | PORTFOLIOS | ORG_WORDS | COMPANY_NAME_WORDS \
    | frozenset(HONORIFICS) | frozenset(TITLE_ABBREVIATIONS)
MAX_AGE = 110
# Role nouns that firms, parties, teams and places take as often as people do ("Morgan Stanley, an adviser",
# "Fianna Fail, its coalition partner", "Real Madrid, the defending champion"): no sign of a person.
SHARED_ROLE_NOUNS = frozenset({
    "adviser", "advisor", "ally", "backer", "broker", "buyer", "champion", "challenger", "client", "contractor",
    "counsel", "creditor", "defender", "developer", "donor", "employer", "holder", "host", "incumbent", "investor",
    "landlord", "leader", "lender", "maker", "manufacturer", "member", "operator", "opponent", "owner", "partner",
    "producer", "provider", "rival", "seller", "shareholder", "sponsor", "supplier", "tenant", "underwriter",
    "winner",
})
# A person's name read as something else has two or three words (particles and hyphen-joined pieces aside).
MAX_WORDS = 3
ARTICLES = frozenset({"the", "a", "an"})
QUOTE_MARKS = frozenset("\"“‘'")


def _capital_word(tok: "Token") -> bool:
    """A capitalised word that can be part of a personal name (no title, organisation or company word)."""
    return tok.is_title and tok.is_alpha and tok.lower_ not in NOT_NAME_WORDS


def _glued(parsed: "Doc", k: int) -> bool:
    """Whether token ``k`` is a hyphen glued to the words on both sides ("Achebe-Hart")."""
    return (0 < k < len(parsed) - 1 and parsed[k].text in {"-", "–"} and not parsed[k - 1].whitespace_
            and not parsed[k].whitespace_)


def _words_back(parsed: "Doc", end: int, covered: set[int]) -> int:
    """Where the run of capitalised name words (hyphen-joined pieces too) ending before ``end`` starts."""
    k = end
    while k > 0 and end - k < MAX_SIDE + 2 and k - 1 not in covered and (
            _capital_word(parsed[k - 1]) or (_glued(parsed, k - 1) and _capital_word(parsed[k - 2]))):
        k -= 1
    return k


def _words_forward(parsed: "Doc", start: int, covered: set[int]) -> int:
    """Where the run of capitalised name words (hyphen-joined pieces too) from ``start`` ends."""
    k, n = start, len(parsed)
    while k < n and k - start < MAX_SIDE + 2 and k not in covered and (
            _capital_word(parsed[k]) or (_glued(parsed, k) and k + 1 < n and _capital_word(parsed[k + 1]))):
        k += 1
    return k


def _particles_at(parsed: "Doc", k: int) -> int:
    """The end of a run of one to three lower-case name particles starting at token ``k`` (``k`` when none)."""
    j = k
    while j < len(parsed) and j - k < MAX_PARTICLES and parsed[j].lower_ in NAME_PARTICLES \
            and parsed[j].is_lower and parsed[j].whitespace_ == " ":
        j += 1
    return j


def join_particle_names(parsed: "Doc", text: str, mentions: list[NameMention]) -> list[NameMention]:
    """ "Dirk van der Merwe": the words around lower-case name particles are one person, when the tagger made
    a person of the words on one side and the words on the other side are capitalised name words too."""
    covered = covered_tokens(mentions)
    by_end = {m.j: m for m in mentions}
    by_start = {m.i: m for m in mentions}
    drop: set[int] = set()
    added: list[NameMention] = []
    n = len(parsed)
    k = 1  # the first token not yet passed over
    for at in token_positions(parsed, NAME_PARTICLES):
        if at < k or at >= n - 1:
            continue
        k = at
        p = _particles_at(parsed, k)
        if p == k or k in covered or p >= n or not parsed[k - 1].whitespace_ == " ":
            continue
        left, right = by_end.get(k), by_start.get(p)
        i = left.i if left is not None else _words_back(parsed, k, covered)
        j = right.j if right is not None else _words_forward(parsed, p, covered)
        people = [m for m in (left, right) if m is not None and m.label == "PERSON"]
        walked = [*(parsed[i:k] if left is None else ()), *(parsed[p:j] if right is None else ())]
        if not people or i == k or j == p or k - i > MAX_SIDE or j - p > MAX_SIDE + 2 \
                or not all(_capital_word(t) or _glued(parsed, t.i) for t in (*parsed[i:k], *parsed[p:j])) \
                or any(countries.country_by_demonym(t.text) is not None for t in (*parsed[i:k], *parsed[p:j])) \
                or not all(t.pos_ == "PROPN" or _glued(parsed, t.i) for t in walked):
            k = p
            continue
        for m in (left, right):
            if m is not None:
                drop.add(id(m))
        added.append(NameMention(parsed[i].idx, parsed[j - 1].idx + len(parsed[j - 1].text), "PERSON", i, j,
                                 source="particle"))
        covered.update(range(i, j))
        k = j
    if not added:
        return mentions
    return sorted([m for m in mentions if id(m) not in drop] + added, key=lambda m: (m.start, -m.end))


def _name_shaped(parsed: "Doc", text: str, m: NameMention) -> bool:
    """Two or three capitalised proper-noun words (hyphen-joined pieces count as one word, particles allowed
    inside), none a place, a country or its people, not set in quotation marks (a slogan or a headline)."""
    toks = parsed[m.i : m.j]
    words = [t for t in toks if not _glued(parsed, t.i) and not (t.i > m.i and _glued(parsed, t.i - 1))
             and t.lower_ not in NAME_PARTICLES]
    if not 2 <= len(words) <= MAX_WORDS or not _capital_word(toks[0]) or not _capital_word(toks[-1]):
        return False
    if not all((_capital_word(t) and t.pos_ == "PROPN") or _glued(parsed, t.i)
               or (t.lower_ in NAME_PARTICLES and t.is_lower) for t in toks):
        return False
    if m.start > 0 and text[m.start - 1] in QUOTE_MARKS:
        return False
    if _after_article(parsed, m.i):
        return False  # "the Middle East Quartet", "the Year Barack Obama": a thing's name, not a person's
    from sidelines.gazetteer import get_gazetteer

    if get_gazetteer().lookup(text[m.start : m.end]):
        return False
    return not any(countries.country_of(w.text) is not None or countries.country_by_demonym(w.text) is not None
                   for w in words)


def _after_article(parsed: "Doc", i: int) -> bool:
    """Whether token ``i`` follows an article ("the Quartet"): a person's name never does."""
    return i > 0 and parsed[i - 1].lower_ in ARTICLES


def _surname(parsed: "Doc", m: NameMention) -> str:
    """The name's last word, hyphen-joined pieces together ("Rousseau-Marchal")."""
    k = m.j - 1
    while k - 2 >= m.i and _glued(parsed, k - 1):
        k -= 2
    return parsed[k : m.j].text


def _called_person_elsewhere(parsed: "Doc", text: str, m: NameMention, mentions: list[NameMention]) -> bool:
    """Whether the document writes the name's surname after "Mr."/"Ms."/"Dr." or tags it alone as a person,
    and no other person's full name ends in it ("Stop Trump" beside "Donald Trump" is no person)."""
    surname, surface = _surname(parsed, m), text[m.start : m.end]
    if len(surname) < 3:
        return False
    alone = False
    for other in mentions:
        if other is m or other.label != "PERSON":
            continue
        name = text[other.start : other.end]
        if name == surname and not _after_article(parsed, other.i):
            alone = True
        elif name.endswith(" " + surname) and name != surface:
            return False
    if alone:
        return True
    start = 0
    while (k := text.find(surname, start)) >= 0:
        start = k + 1
        before = text[max(0, k - 6) : k].split()
        end = k + len(surname)
        if before and before[-1].lower() in SURNAME_HONORIFICS and not text[end : end + 1].isalpha():
            return True
    return False


def _person_noun(tok: "Token") -> bool:
    """A common noun for a person: a title, an occupation or a relation ("a lawyer", "the neighbour")."""
    low = tok.lower_
    return tok.pos_ == "NOUN" and low not in SHARED_ROLE_NOUNS \
        and (low in TITLE_HEADS or low in RELATIONS or low in occupations())


def _described_as_person(parsed: "Doc", m: NameMention) -> bool:
    """ "X, a lawyer for the families," / "X, 42,": a person's noun or an age in apposition to the name."""
    root = max(parsed[m.i : m.j], key=lambda t: not m.i <= t.head.i < m.j)
    for child in root.children:
        if child.dep_ == "appos" and child.i >= m.j and _person_noun(child):
            return True
    k = m.j
    # "X, 54, was arrested": an age stands after a subject; "led by Real Sociedad, 45," is a score
    if root.dep_ in {"nsubj", "nsubjpass"} and k + 2 < len(parsed) and parsed[k].text == "," \
            and parsed[k + 1].like_num and parsed[k + 2].text == ",":
        value = parsed[k + 1].text
        return value.isdigit() and 0 < int(value) <= MAX_AGE
    return False


def relabel_name_shaped_people(parsed: "Doc", text: str, mentions: list[NameMention]) -> None:
    """A name-shaped mention the tagger labelled otherwise is a person when the document treats it as one
    (see the module doc): the surname after an honorific or alone as a person, or a person's noun or an age
    in apposition."""
    def misread(m: NameMention) -> bool:
        return m.label in MISREAD_LABELS and m.source == "spacy" and m.country is None and not m.metonymic \
            and not m.in_caps and not m.thing

    people = {text[m.start : m.end] for m in mentions if misread(m) and _name_shaped(parsed, text, m)
              and (_called_person_elsewhere(parsed, text, m, mentions) or _described_as_person(parsed, m))}
    for m in mentions:
        if misread(m) and text[m.start : m.end] in people:  # the same name elsewhere is the same person
            m.label, m.source = "PERSON", "name-shape"
