"""Titles the role reader's patterns miss: plural titles over lists of names, "as TITLE", "who was the TITLE".

* "presidential candidates X and Y", "X and Y, two PBS journalists", "the two reporters who broke the
  story, X and Y,", "economists, including X and Y", "senators such as X": each person listed holds the
  title, in the singular ("presidential candidate"), with the title words before it as written. The
  people listed are the name next to the title and the names joined to it by the parse as conjuncts or
  appositions; anyone reached otherwise is left alone;
* "X served as governor", "fired X after one season as coach", "X, who served as mayor,": the title
  after "as" belongs to the object of the verb it hangs from, else to its subject (a relative "who"
  stands for the name the clause hangs from); "X's tenure as mayor": to the noun's possessor (a noun
  with another possessor gives no one);
* "X, who was the party's treasurer,", "X became mayor": the title of a relative clause on the name, or
  after "become"/"remain" (in a clause of no subject, "after becoming mayor, X", that of the verb above);
* "X was appointed deputy leader", "the board named X chief executive", "X, who was elected mayor,": the
  title an appointment verb predicates of its object (not in a negated or modal clause: "was not named",
  "could be named");
* "X arrived on Monday. He is a retired police officer": a title after "be" whose subject is a pronoun
  that coreference gave to X;
* "Another delegate on the slate, X, said ... And a third, Y, said": a source counted with its title left
  out holds the title of the counted phrase before.

Only people without a role of their own take "as" titles and relative "be" titles (the role reader's
readings are more precise); an appointment or "became" states a role in so many words and is added to
the roles a person holds.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sidelines.extractors.entities.copular_titles import is_post_at_body
from sidelines.extractors.entities.names import NameMention
from sidelines.extractors.entities.pronoun_appositives import pronoun_appositive
from sidelines.extractors.entities.roles import RoleFinding, RoleReader
from sidelines.extractors.entities.title_words import HYPHENS, domain_end
from sidelines.extractors.lookup import quoted_chars, sent_of, sentence_start
from sidelines.lexicon.titles import (
    COMPOUND_TITLES,
    PLURAL_TITLE_ABBREVIATIONS,
    PORTFOLIOS,
    TITLE_HEADS,
    TITLE_MODIFIERS,
    occupations,
)
from sidelines.nlp.analysis import analysis_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from sidelines.extractors.entities.clusters import Cluster

PLURAL_TAGS = frozenset({"NNS", "NNPS"})
TITLE_PARTS = TITLE_MODIFIERS | PORTFOLIOS
TITLE_WORDS = TITLE_PARTS | TITLE_HEADS
LIST_DEPS = frozenset({"conj", "appos"})
# A listed name's place ("X of Ohio and Y"), which the parse may hang the next name on.
PLACE_TYPES = frozenset({"GPE", "LOC"})
ORIGINS = frozenset({"of", "from"})
NOT_MODIFIER_POS = frozenset({"VERB", "AUX", "DET", "ADP"})
# The most title words read before the plural head.
MAX_MODIFIERS = 4
# Subordinators of a clause that states no fact ("as if he is an emperor", "unless she is the nominee").
CONDITIONS = frozenset({"if", "unless", "whether"})
# Verbs that give a person a title ("appointed X deputy leader", "X was elected mayor"), as lemmas.
APPOINT_VERBS = frozenset({
    "appoint", "name", "elect", "re-elect", "reelect", "nominate", "make", "promote", "install", "designate",
    "choose", "pick", "select", "tap", "hire", "confirm", "crown",
})
# Verbs whose passive puts its subject in the office after "as" ("was sworn in as mayor", "was hired as coach").
INSTALL_VERBS = APPOINT_VERBS | frozenset({
    "swear", "inaugurate", "introduce", "bring", "recruit", "retain", "reinstate", "employ", "unveil", "announce",
})
# Dependencies of the title an appointment verb predicates ("named X coach": oprd or, misparsed, dobj).
APPOINTED_DEPS = frozenset({"oprd", "dobj"})
# The dependencies of the titles :func:`add_clause_titles` reads ("as [chief]", "was [chief]", appointed).
CLAUSE_TITLE_DEPS = frozenset({"pobj", "attr", *APPOINTED_DEPS})
# Verbs whose complement is a title of their subject besides "be" ("X became mayor").
BECOME_VERBS = frozenset({"become", "remain"})
# Clauses of no subject of their own whose subject is that of the verb above them ("since becoming mayor"),
# and the links climbed from them to that verb (a preposition, its object, an apposition).
ADJUNCT_CLAUSE_DEPS = frozenset({"pcomp", "advcl"})
CONTROL_PATH_DEPS = frozenset({"prep", "pobj", "appos"})
# Prepositions of time, whose clause tells of the subject even after an object ("met X after becoming mayor");
# after any other the clause tells of the verb's object ("congratulated X on becoming mayor").
TIME_PREPOSITIONS = frozenset({"after", "before", "since", "until", "till", "upon", "while", "when", "following"})
OBJECT_DEPS = frozenset({"dobj", "dative"})
# Verbs of object control (closed class): "urged X to step down as", "called on X to resign as", "named X to serve
# as" make their object the subject of the infinitive; after any other verb ("ousted X to take over as", "joined X
# to campaign as") the infinitive is a purpose of the subject's.
TITLE_CONTROL_VERBS = frozenset({
    "call", "urge", "ask", "press", "push", "pressure", "force", "compel", "persuade", "convince", "encourage",
    "implore", "beg", "lobby", "petition", "challenge", "dare", "tell", "order", "direct", "instruct", "require",
    "allow", "permit", "invite", "want", "expect", "need", "advise", "recruit", "draft", "get", "lead", "prompt",
    *APPOINT_VERBS,
})
# Words that count the people of a list before their plural title ("X and Y, two PBS journalists").
COUNT_WORDS = frozenset({"two", "three", "four", "five", "both", "all"})
# Words that give the names after them as examples of a plural title ("economists, including X"; "such as").
EXAMPLE_WORDS = frozenset({"including", "like"})


def _singular(head: "Token") -> str:
    lemma = head.lemma_.lower()
    return head.text[:1] + lemma[1:] if head.text[:1].isupper() else lemma


def _plural_abbreviation(parsed: "Doc", k: int, start: int) -> RoleFinding | None:
    """ "Sens. X and Y": a plural abbreviated title ending at token ``k`` (its full stop split off or not),
    given as the office each holds ("Senator")."""
    first = k - 1 if parsed[k].text == "." and k - 1 >= start and not parsed[k - 1].whitespace_ else k
    written = "".join(t.text for t in parsed[first : k + 1])
    office = PLURAL_TITLE_ABBREVIATIONS.get(written.lower())
    # the parser may end a sentence at its full stop; capitalised, and after no determiner ("the Sens." may
    # be a team's nickname)
    if office is None or not written[:1].isupper() or (first > 0 and parsed[first - 1].pos_ == "DET"):
        return None
    return RoleFinding(office, start=parsed[first].idx, end=parsed[k].idx + len(parsed[k].text))


def _plural_title(parsed: "Doc", m: "NameMention", text: str) -> RoleFinding | None:
    """The plural title right before a name ("presidential candidates"), given in the singular."""
    k = m.i - 1
    if k < 0:
        return None
    abbreviation = _plural_abbreviation(parsed, k, sentence_start(parsed[k]))
    if abbreviation is not None:
        return abbreviation
    start = sentence_start(parsed[m.i])
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
    """Tokens of the sentence joined to the name by conjunction or apposition (transitively), also through a
    place the parse hung the next name on ("Govs. X of Ohio and Y": Y joined to "Ohio"; rule listed_place)."""
    span = set(range(m.i, m.j))
    found: set[int] = set()
    for tok in sent_of(parsed[m.i]):
        t = tok
        while (t.dep_ in LIST_DEPS or (t.dep_ == "pobj" and t.ent_type_ in PLACE_TYPES and t.head.lower_ in ORIGINS)
               or (t.dep_ == "prep" and t.lower_ in ORIGINS and t.i != tok.i)) and t.head.i != t.i:
            t = t.head
            if t.i in span:
                found.add(tok.i)
                break
    return found


def _title_at(parsed: "Doc", head: "Token", text: str) -> RoleFinding:
    """The title ending at ``head`` with the title words before it, the head in the singular."""
    first = head.i
    if head.i > sentence_start(head) and f"{parsed[head.i - 1].lower_} {head.lower_}" in COMPOUND_TITLES:
        first -= 1  # "running mate"
    elif (head.i - 2 >= sentence_start(head) and parsed[head.i - 1].text in HYPHENS
          and not parsed[head.i - 2].whitespace_ and not parsed[head.i - 1].whitespace_):
        first -= 2  # "co-host", split at its hyphen by the parser
    while (first - 1 >= sentence_start(head) and head.i - first < MAX_MODIFIERS
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
    return (tok.pos_ == "NOUN" or tok.is_lower) and (
        tok.lower_ in TITLE_HEADS or tok.lower_ in occupations()
        or (tok.i > 0 and f"{tok.doc[tok.i - 1].lower_} {tok.lower_}" in COMPOUND_TITLES))


def _states_nothing(verb: "Token") -> bool:
    """A negated or modal clause ("was not named coach", "could be named coach") states no role."""
    return any(c.dep_ == "neg" or (c.dep_ == "aux" and c.tag_ == "MD") for c in verb.children)


def _subject_holder(verb: "Token", person_at: dict[int, int]) -> int | None:
    """The person a clause is about: its (passive) subject, or for a relative clause on a name whose
    subject is "who"/"that", that name."""
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass"):
            if child.i in person_at:
                return person_at[child.i]
            if verb.dep_ == "relcl" and child.lower_ in ("who", "that"):
                return person_at.get(verb.head.i)
    return None


def _controller(verb: "Token", person_at: dict[int, int]) -> int | None:
    """ "since becoming the nominee, X said", "X spoke, her first speech since becoming the nominee": the
    subject of the nearest finite verb above an adverbial clause of no subject of its own (after a
    preposition or as an adverbial; "X hopes to become mayor", a wish, is no such clause). After the
    verb's object and a preposition not of time, the clause is the object's ("congratulated X on becoming
    mayor"), and gives no one a title where that object is no person ("thanked the county for becoming")."""
    if verb.dep_ not in ADJUNCT_CLAUSE_DEPS or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    node = verb.head
    while node.pos_ not in ("VERB", "AUX") and node.dep_ in CONTROL_PATH_DEPS and node.head.i != node.i:
        node = node.head
    if node.pos_ not in ("VERB", "AUX"):
        return None
    prep = verb.head
    objects = [c for c in node.children if c.dep_ in OBJECT_DEPS and c.i < prep.i]
    if verb.dep_ == "pcomp" and prep.head.i == node.i and prep.lower_ not in TIME_PREPOSITIONS and objects:
        return _object_person(objects[0], person_at)
    return _subject_holder(node, person_at)


def _object_person(obj: "Token", person_at: dict[int, int]) -> int | None:
    """The person a verb's object names: the object itself, or a name in apposition to it ("his wife X")."""
    if obj.i in person_at:
        return person_at[obj.i]
    return next((person_at[c.i] for c in obj.children if c.dep_ == "appos" and c.i in person_at), None)


def _appointed_holder(head: "Token", person_at: dict[int, int]) -> int | None:
    """Whom an appointment verb gives the title ``head``: "X was appointed [head]", "named X [head]",
    "X, who was named [head],", or a name the parser hung from the title itself ("appointed X [head]")."""
    verb = head.head
    if verb.lemma_.lower() not in APPOINT_VERBS or _states_nothing(verb):
        return None
    if head.dep_ == "oprd":
        held = next((person_at[c.i] for c in verb.children if c.dep_ == "dobj" and c.i in person_at), None)
        if held is not None:
            return held
        held = _subject_holder(verb, person_at)
        if held is not None and any(c.dep_ == "nsubjpass" for c in verb.children):
            return held
    # "named X chief executive" read as one phrase: the name as a modifier right before the title
    return next((person_at[c.i] for c in head.lefts if c.dep_ in ("compound", "nmod") and c.i in person_at), None)


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


def _plural_head_including(parsed: "Doc", m: "NameMention") -> "Token | None":
    """ "economists, including X and Y", "senators such as X", "critics like X": the plural title the listed
    names (the name or the first of its conjuncts) are given as examples of."""
    top = parsed[m.j - 1]
    while top.dep_ == "conj" and top.head.i != top.i:
        top = top.head
    prep = top.head
    such_as = prep.lower_ == "as" and prep.i > 0 and parsed[prep.i - 1].lower_ == "such"
    example = prep.lower_ in EXAMPLE_WORDS or such_as
    if top.dep_ != "pobj" or not example or prep.head.i > prep.i:
        return None
    return prep.head if _is_head(prep.head, True) else None


def _conj_group(parsed: "Doc", m: "NameMention") -> set[int]:
    """Tokens of the names coordinated with the name ("X and Y"): those reached from its top conjunct."""
    top = parsed[m.j - 1]
    while top.dep_ == "conj" and top.head.i != top.i:
        top = top.head
    found = {top.i}
    for tok in sent_of(top):
        t = tok
        while t.dep_ in ("conj", "compound") and t.head.i != t.i:
            t = t.head
            if t.i == top.i:
                found.add(tok.i)
                break
    return found


def _names_office(as_tok: "Token") -> bool:
    """Whether the object of "as" is an office ("as mayor", "as the new chief executive"), not "as a witness"."""
    return any(g.dep_ == "pobj" and (g.lower_ in TITLE_HEADS or g.lemma_.lower() in TITLE_HEADS)
               for g in as_tok.children)


def _as_title_holder(tok: "Token", person_at: dict[int, int]) -> int | None:
    """The person an "as TITLE" phrase describes: the possessor of the noun it hangs from ("X's tenure
    as"), else the object of its verb, else the subject."""
    verb = tok.head
    if verb.pos_ in ("NOUN", "PROPN"):
        owners = [c for c in verb.children if c.dep_ == "poss"]
        if owners:
            return person_at.get(owners[0].i)
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    for deps in (("dobj", "oprd", "nsubjpass"), ("nsubj",)):  # "named X as": X read as object or oprd
        for child in verb.children:
            if child.dep_ in deps and child.i in person_at:
                return person_at[child.i]
    # "X, who served as mayor,": the relative clause's subject stands for the name it hangs from; a passive
    # one only after a verb of appointment and before an office ("who was sworn in as mayor", not "who was seen
    # as a leader" nor "who was sworn in as a witness")
    if verb.dep_ == "relcl" and any(c.dep_ == "nsubj" and c.lower_ in ("who", "that") or c.dep_ == "nsubjpass"
                                    and c.lower_ in ("who", "that") and verb.lemma_.lower() in INSTALL_VERBS
                                    and not _states_nothing(verb) and _names_office(tok) for c in verb.children):
        return person_at.get(verb.head.i)
    # "called on X to resign as mayor", "urged X to step down as": an infinitive of no subject of its own
    # describes the object of a verb of object control above it (its direct object, or that of a preposition
    # before it); under any other verb, that verb's subject
    if verb.dep_ == "xcomp" and verb.tag_ == "VB" and verb.head.i < verb.i:
        above = verb.head
        if above.lemma_.lower() not in TITLE_CONTROL_VERBS:  # "ousted X to take over as": the subject's purpose
            return next((person_at[c.i] for c in above.children if c.dep_ == "nsubj" and c.i in person_at), None)
        objects = [c for c in above.children if c.dep_ == "dobj"]
        objects += [g for c in above.children if c.dep_ == "prep" and c.i < verb.i
                    for g in c.children if g.dep_ == "pobj"]
        return next((person_at[o.i] for o in objects if o.i in person_at), None)
    return None


def _of_place(role: RoleFinding, head: "Token", by_token: "dict[int, NameMention]", text: str) -> RoleFinding:
    """ "elected X mayor of Porto": a title ending at its head whose "of" names a place is affiliated to it."""
    for prep in head.children:
        place = next((by_token.get(c.i) for c in prep.children if c.dep_ == "pobj"), None)
        if prep.dep_ == "prep" and prep.lower_ == "of" and place is not None and place.label == "GPE" \
                and role.end == head.idx + len(head.text) and role.title.lower().endswith(head.lower_):
            role.affiliation = text[place.start : place.end]
    return role


def add_clause_titles(
    parsed: "Doc", text: str, mentions: "list[NameMention]", roles: dict[int, list[RoleFinding]]
) -> None:
    """ "X served as governor", "X, who was the party's treasurer,": titles for people with no role yet."""
    person_at = {k: n for n, x in enumerate(mentions) if x.label == "PERSON" for k in range(x.i, x.j)}
    by_token = {k: x for x in mentions for k in range(x.i, x.j)}
    found: dict[int, RoleFinding] = {}
    stated: list[tuple[int, RoleFinding]] = []  # appointments and "became": added to any roles held
    for i, dep in enumerate(analysis_of(parsed).deps):
        if dep not in CLAUSE_TITLE_DEPS:
            continue  # none of the tests below holds: the token is not made
        tok = parsed[i]
        if tok.dep_ == "pobj" and tok.head.lower_ == "as" and _is_head(tok, False):
            n = _as_title_holder(tok.head, person_at)
            verb = tok.head.head
            if n is None:
                continue
            if verb.lemma_.lower() in APPOINT_VERBS and not _states_nothing(verb):  # "named X as its chief"
                stated.append((n, _of_place(_title_at(parsed, tok, text), tok, by_token, text)))
            else:  # "X served as governor of Ohio"
                found.setdefault(n, _of_place(_title_at(parsed, tok, text), tok, by_token, text))
        elif (tok.dep_ == "attr" and tok.head.dep_ == "relcl" and tok.head.lemma_ == "be"
              and (_is_head(tok, False) or is_post_at_body(tok, by_token))):
            # "X, who is the party's treasurer,", "X, who is a senior fellow at the Y Institute,"
            subject = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
            n = person_at.get(tok.head.head.i)
            if n is not None and subject is not None and subject.lower_ in ("who", "that"):
                found.setdefault(n, _title_at(parsed, tok, text))
        elif (tok.dep_ == "attr" and _is_head(tok, False) and tok.head.lemma_ in BECOME_VERBS
              and not _states_nothing(tok.head)):
            n = _subject_holder(tok.head, person_at)
            n = _controller(tok.head, person_at) if n is None else n
            if n is not None:
                stated.append((n, _title_at(parsed, tok, text)))
        elif tok.dep_ in APPOINTED_DEPS and _is_head(tok, False) and tok.i not in person_at:
            n = _appointed_holder(tok, person_at)
            if n is not None and not mentions[n].i <= tok.i < mentions[n].j:
                stated.append((n, _of_place(_title_at(parsed, tok, text), tok, by_token, text)))
    for n, role in found.items():
        roles.setdefault(n, [role])
    for n, role in stated:
        held = roles.setdefault(n, [])
        same = [r for r in held if r.title.lower() == role.title.lower()]
        if not same:
            held.append(role)
        elif role.affiliation and same[0].affiliation is None:
            same[0].affiliation = role.affiliation


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
            appos = _plural_apposition(parsed, m) or _plural_head_before(parsed, m) or _plural_head_including(parsed, m)
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
            role = (reader.predicate(NameMention(start, end, "PERSON", span.start, span.end, source="pronoun"))
                    or pronoun_appositive(reader, span))
            if role is not None and all(r.title.lower() != role.title.lower() for r in cluster.roles):
                cluster.roles.append(role)


# Words that count one more source of a list whose title they leave out ("Another, X,", "a third, Y,").
COUNTERS = frozenset({"another", "second", "third", "fourth", "fifth", "sixth"})
# Words that count a titled source ("One delegate, X,", "Another delegate, X,").
COUNTED = frozenset({"one", "another", "a", "an"})
# How many sentences back the counted phrase may stand.
ELIDED_LOOKBACK = 3


def _elided_opener(parsed: "Doc", m: "NameMention") -> int | None:
    """ "Another, X," or "And a third, X,": the first word of the phrase that counts the name and leaves out
    its title, when it opens its sentence (after "and"/"but" at most)."""
    k = m.i - 1
    if k < 1 or parsed[k].text != "," or parsed[k - 1].lower_ not in COUNTERS:
        return None
    opener = k - 1 if parsed[k - 1].lower_ == "another" else k - 2
    if opener < 0 or (opener < k - 1 and parsed[opener].lower_ not in ("a", "an")):
        return None
    if parsed[opener].is_sent_start or (opener > 0 and parsed[opener - 1].lower_ in ("and", "but")
                                        and parsed[opener - 1].is_sent_start):
        return opener
    return None


def _counted_head(parsed: "Doc", before: int, person_starts: set[int]) -> "Token | None":
    """The title head of the nearest earlier counted phrase set before a name ("Another delegate on the
    slate, X,"), within :data:`ELIDED_LOOKBACK` sentences."""
    sent = sent_of(parsed[before])
    for _ in range(ELIDED_LOOKBACK):
        if sent.start == 0:
            break
        sent = sent_of(parsed[sent.start - 1])
    for tok in reversed(parsed[sent.start : before]):
        if not _is_head(tok, False) or tok.tag_ != "NN" or tok.left_edge.lower_ not in COUNTED:
            continue
        comma = next((t for t in parsed[tok.i + 1 : min(tok.i + 8, before)] if t.text == ","), None)
        if comma is not None and comma.i + 1 in person_starts:
            return tok
    return None


def add_elided_titles(
    parsed: "Doc", text: str, mentions: "list[NameMention]", roles: dict[int, list[RoleFinding]]
) -> None:
    """ "Another delegate, X, said ... And a third, Y, said": Y, with no role yet, holds the counted title."""
    person_starts = {x.i for x in mentions if x.label == "PERSON"}
    for n, m in enumerate(mentions):
        opener = _elided_opener(parsed, m) if m.label == "PERSON" and n not in roles else None
        head = _counted_head(parsed, opener, person_starts) if opener is not None else None
        if head is not None:
            roles[n] = [RoleFinding(head.text, start=head.idx, end=head.idx + len(head.text))]

