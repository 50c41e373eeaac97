"""Argument phrases of a trigger: noun phrases, subjects, reporting speakers and the actors they name.

The phrase of a token never crosses a clause or a line break (a headline glued to the first
sentence by the parser is taken back); a bare pronoun is the entity the coreference linked it to,
else the reporting speaker.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sidelines.extractors.events.homes import (
    HOME_TYPES,
    MODIFIER_DEPS,
    home_of_individual,
    individual_heads,
    is_relation_of,
    of_conjunct,
)
from sidelines.extractors.events.index import ACTOR_TYPES
from sidelines.extractors.events.people_words import is_people
from sidelines.extractors.events.venues import CHARGE_NOUNS
from sidelines.extractors.lookup import doc_text, lemma_of, line_of, same_line, sent_of
from sidelines.lexicon import plover as lex
from sidelines.nlp.syntax import (
    ACTIVE_SUBJECTS,
    ALL_SUBJECTS,
    PASSIVE_SUBJECTS,
    PRONOUN_OBJECT_DEPS,
    RELATIVE_PRONOUNS,
)

if TYPE_CHECKING:
    from spacy.tokens import Token

    from sidelines.extractors.events.index import EntityIndex

# Prepositions of time and manner whose gerund is an adjunct of the clause, done by its subject ("met X
# after visiting Y", "won by persuading Y"), and no complement of its verb: "of", "for", "from" leave it
# to the object ("accused X of attacking Y") and make it the verb's content.
ADJUNCT_GERUND_PREPS = frozenset({"before", "after", "since", "upon", "while", "without", "despite", "by",
                                  "besides", "when"})
# Dependency labels of clause-level children an argument phrase never crosses.
CLAUSE_DEPS = frozenset({"relcl", "acl", "advcl", "ccomp", "xcomp", "csubj", "parataxis", "punct", "mark"})
PRONOUN_FALLBACK = frozenset({"he", "him", "she", "it", "they", "we", "his", "her", "its", "their", "our"})
# Object pronouns: never the subject of their own clause ("X called Y and urged him": him is Y).
OBJECT_PRONOUNS = frozenset({"him", "her", "them", "it"})
# Verbs whose "to" clause is their complement even when parsed as a purpose clause.
STANCE_GOVERNORS = lex.INTENT_VERBS | lex.THREAT_VERBS | lex.REQUEST_VERBS | lex.REJECT_VERBS | lex.DENIAL_VERBS
# Prepositions whose phrase belongs to the noun phrase ("the president of X", "officials in X").
PHRASE_PREPS = frozenset({"of", "in", "from", "for"})


def is_listing(prep: "Token") -> bool:
    """ "unions including X and Y", "states such as X": a list of members that share the noun's side."""
    return prep.lower_ == "including" or (prep.lower_ == "as" and any(c.lower_ == "such" for c in prep.children))


def phrase_tokens(tok: "Token") -> list["Token"]:
    """The tokens of the noun phrase headed by ``tok``, with conjuncts, without embedded clauses."""
    out: list[Token] = []
    stack = [tok]
    while stack:
        t = stack.pop()
        out.append(t)
        for child in t.children:
            if child.dep_ in CLAUSE_DEPS or not same_line(child, tok):
                continue
            if child.dep_ == "prep" and child.lower_ not in PHRASE_PREPS and not is_listing(child):
                continue
            if is_relation_of(child):
                continue  # "the sister of X": X is another party (rule sides:relation-of)
            if child.dep_ == "prep" and child.lower_ == "in" and t.ent_type_ == "PERSON":
                # "met X in Y": where a person is, not who they are with.
                continue
            stack.append(child)
    return out + _orphan_name_after(max(out, key=lambda t: t.i), tok)


def _orphan_name_after(last: "Token", tok: "Token") -> list["Token"]:
    """A name right after a phrase that the parser hung on a headline line above.

    "with his counterpart Jan Novak" under a headline with no final period: the parser may attach
    "Novak" to the headline's verb; a line break is a hard boundary, so the name is taken back.
    """
    doc = tok.doc
    run: list[Token] = []
    j = last.i + 1
    while j < len(doc) and doc[j].pos_ == "PROPN" and same_line(doc[j], tok):
        run.append(doc[j])
        j += 1
    inside = {t.i for t in run}
    if run and any(not same_line(t.head, tok) for t in run) and all(
        t.head.i in inside or not same_line(t.head, tok) for t in run
    ):
        return run
    return []


# Trigger types whose bare participle in a headline is passive ("X arrested", "two shot dead").
PATIENT_HEADLINE_TYPES = frozenset({"ASSAULT", "COERCE", "SANCTION", "ACCUSE"})
# Children that show a verb is active or has its own patient.
ACTIVE_MARKS = frozenset({"aux", "auxpass", "dobj", "obj", "dative", "ccomp", "xcomp", "attr", "agent"})


def is_patient_verb(verb: "Token") -> bool:
    """Whether a verb's trigger type is one whose bare participle tells the one acted on (arrested, accused)."""
    hit = lex.VERB_TRIGGERS.get(lemma_of(verb))
    return hit is not None and hit[0] in PATIENT_HEADLINE_TYPES


def bare_passive(verb: "Token") -> bool:
    """A past participle with no auxiliary nor object, told as a headline passive ("Senator arrested in
    probe", "Two officers shot dead"): its subject is the one acted on.

    A participle tagged VBN reads so anywhere; one tagged as a past tense only in the headline (the
    first line of a text with more lines), where "was" is dropped and acts are told in the present.
    """
    if verb.tag_ not in ("VBN", "VBD") or any(c.dep_ in ACTIVE_MARKS for c in verb.children):
        return False
    if verb.dep_ == "relcl" and any(c.dep_ == "nsubj" and c.lower_ not in RELATIVE_PRONOUNS for c in verb.children):
        return False  # "the sailors that the navy detained": a relative clause's own subject acts on the gap
    if any(c.dep_ in ACTIVE_MARKS for conj in verb.conjuncts if same_line(conj, verb) for c in conj.children):
        return False  # "shot and killed the teen": coordinated verbs share the object of the last (on its line)
    if not is_patient_verb(verb):
        return False
    if verb.tag_ == "VBN":
        return True
    return line_of(verb) == 0 and "\n" in doc_text(verb.doc).strip()


# Verbs of saying, asking and blaming: a participle of theirs after a reported clause is the
# reporter's act ("demanded that X resign, blaming her for the cuts": the protesters blame her).
SPEAKER_PARTICIPLE_VERBS = lex.ACCUSE_VERBS | lex.REQUEST_VERBS | lex.REPORTING_VERBS | lex.THREAT_VERBS


def speaker_participle(verb: "Token") -> "Token | None":
    """The verb whose subject does a comma-set speech participle hung on its complement clause
    ("X demanded that Y resign, blaming her": X blames), or None."""
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or lemma_of(verb) not in SPEAKER_PARTICIPLE_VERBS:
        return None
    clause = verb.head
    if clause.dep_ not in ("ccomp", "xcomp") or clause.head.i == clause.i or clause.i > verb.i:
        return None
    if verb.i == 0 or verb.doc[verb.i - 1].text != ",":
        return None
    return clause.head


def participle_patient(verb: "Token") -> "Token | None":
    """The one a bare past participle clause acts on: the noun a reduced relative describes ("Ivo
    Marek, arrested on Friday, ..."), or the subject of the clause a participle clause hangs on
    ("Arrested by police, he was ..."). Only for acts done to someone (the headline-passive types:
    "Asked about it, he said" is no request); None for a participle with an auxiliary, a subject or an object."""
    if not is_patient_verb(verb):
        return None
    if verb.tag_ != "VBN" or verb.dep_ not in ("acl", "advcl") or any(
            (c.dep_ in ACTIVE_MARKS and c.dep_ != "agent") or c.dep_ in ALL_SUBJECTS for c in verb.children):
        return None
    head = verb.head
    if not same_line(head, verb):
        return None
    if verb.dep_ == "acl":
        return head if head.pos_ in ("NOUN", "PROPN", "PRON") else None
    subjects = [c for c in head.children if c.dep_ in ALL_SUBJECTS and same_line(c, verb)]
    return _antecedent(subjects[0], head) if subjects else None


def subject_of(verb: "Token") -> tuple["Token | None", bool]:
    """The subject of a verb (climbing through conjuncts and control), and whether it is passive."""
    seen = 0
    cur: Token | None = speaker_participle(verb) or verb
    while cur is not None and seen < 6:
        seen += 1
        subjects = [c for c in cur.children if c.dep_ in ALL_SUBJECTS and same_line(c, verb)]
        if subjects:
            child = _own_subject(subjects, cur)
            passive = child.dep_ in PASSIVE_SUBJECTS or (cur is verb and bare_passive(verb))
            # "X stormed the base and was arrested": a passive conjunct's borrowed subject is acted on.
            passive = passive or (cur is not verb and any(c.dep_ == "auxpass" for c in verb.children))
            return _antecedent(child, cur), passive
        hung = _subject_on_auxiliary(cur, verb)
        if hung is not None:
            return hung, False
        if not same_line(cur.head, verb):
            # A headline glued to the first sentence: take back a noun left on this line.
            orphan = next((t for t in sent_of(cur) if t.i < cur.i and same_line(t, cur) and not same_line(t, t.head)
                           and t.pos_ == "PROPN"), None)
            return orphan, False
        if cur.dep_ == "xcomp":
            # "urged Iran to stop": the object of the governor is the subject.
            for child in cur.head.children:
                if child.dep_ in ("dobj", "obj"):
                    return child, False
            cur = cur.head
            # "X is scheduled to meet": the governor's passive subject does the meeting.
            for child in cur.children:
                if child.dep_ in ALL_SUBJECTS and same_line(child, verb):
                    return _antecedent(child, cur), False
        elif cur.dep_ == "advcl" and is_infinitive(cur) and lemma_of(cur.head) not in STANCE_GOVERNORS:
            # "X sent trucks to support Y": a purpose clause is done by the main clause's (active) subject.
            # Under a stance verb ("threatened ... to impose") it is a complement the stance pass owns.
            # "... to be replaced by Y": in a passive purpose clause that subject is the one acted on.
            subj, passive = subject_of(cur.head)
            return (None, False) if passive else (subj, any(c.dep_ == "auxpass" for c in cur.children))
        elif cur.dep_ == "advcl" and cur.tag_ == "VBN" and cur.i < cur.head.i and is_patient_verb(cur):
            # "Arrested on Monday, X was released": a fronted participle acts on the main clause's subject.
            held, _ = subject_of(cur.head)
            return held, True
        elif cur.dep_ == "pcomp" and cur.tag_ == "VBG" and cur.head.lower_ in ADJUNCT_GERUND_PREPS:
            # "X endorsed Y before backing Z", "X thanked Y after meeting Z": a gerund of time or manner is
            # done by the clause's subject, never by its object, and in the active voice even where the clause
            # is passive ("X was arrested after stabbing Z").
            held, _ = subject_of(cur.head.head)
            return held, False
        elif cur.dep_ == "pcomp" and cur.tag_ == "VBG" and (controller := _object_controller(cur.head.head)):
            # "X accused Y of violating Z", "blamed Y for starting it": the gerund is the object's act.
            return controller, False
        elif cur.dep_ == "pcomp" and cur.tag_ == "VBG" and (held := _charged(cur.head.head)) is not None:
            # "arrested X on suspicion of attacking Z", "X was held on charges of killing Z": the one charged acts.
            return held, False
        elif cur.dep_ == "pcomp" and cur.tag_ == "VBG" and cur.head.head.tag_ == "VBN":
            # "Y is accused of stabbing Z", "the man charged with killing Z": the one accused does the act.
            governor = cur.head.head
            held, passive = subject_of(governor)
            if held is not None and passive:
                return held, False
            acl = governor.dep_ == "acl" and same_line(governor.head, verb)
            return (governor.head if acl else None), False
        elif cur.dep_ in ("acomp", "conj") or (cur.dep_ in ("advcl", "pcomp") and cur.tag_ == "VBG"):
            cur = cur.head if cur.dep_ != "pcomp" else cur.head.head
        elif cur.dep_ == "relcl":
            return (_identified(cur.head) if is_infinitive(cur) else cur.head), False
        elif _weighed_option(cur):
            # "X is considering the possibility of sending troops": X would send them.
            cur = cur.head
        else:
            return None, False
    return None, False


# Nouns of a course of action one may take, and verbs of weighing one: "considered the option of doing".
OPTION_NOUNS = frozenset({"possibility", "option", "idea", "prospect", "plan", "intention", "question"})
WEIGHING_VERBS = frozenset({
    "consider", "weigh", "discuss", "study", "explore", "examine", "mull", "contemplate", "evaluate", "review",
    "assess", "raise", "float", "announce",
})


def _weighed_option(noun: "Token") -> bool:
    """Whether a noun is an option a verb weighs ("is considering the possibility of ..."), reached
    from a gerund in its "of" phrase: the verb's subject does what the gerund tells."""
    return (noun.dep_ in ("dobj", "obj") and lemma_of(noun) in OPTION_NOUNS
            and lemma_of(noun.head) in WEIGHING_VERBS)


def _identified(noun: "Token") -> "Token":
    """ "The first senator to endorse him was X": the name a copula's subject is identified with."""
    if noun.dep_ == "nsubj" and lemma_of(noun.head) == "be":
        named = next((c for c in noun.head.children if c.dep_ == "attr" and c.pos_ == "PROPN"), None)
        if named is not None:
            return named
    return noun


def _own_subject(subjects: list["Token"], verb: "Token") -> "Token":
    """The subject of a verb; of two, the one next to the verb when a verb stands between them.

    Two subjects with a verb between them are a misparse of a reporting clause with no "that"
    ("outlets reported on Monday X had talks"); two with none are one name torn by a hyphen.
    """
    first = subjects[0]
    before = [c for c in subjects if c.i < verb.i]
    if len(before) < 2:
        return first
    near = before[-1]
    between = verb.doc[before[0].i + 1:near.left_edge.i]
    return near if any(t.pos_ == "VERB" for t in between) else first


def _antecedent(subj: "Token", clause: "Token") -> "Token":
    """A relative pronoun's antecedent ("Jane Roe, who openly supports X"), through an apposition
    ("Jane Roe, a delegate who ..."); any other subject as it is."""
    if subj.lower_ in RELATIVE_PRONOUNS and clause.dep_ in ("relcl", "acl") and clause.i > clause.head.i:
        antecedent = clause.head.head if clause.head.dep_ == "appos" else clause.head
        nominal = antecedent
        while nominal.dep_ == "conj" and nominal.head.i != nominal.i:
            nominal = nominal.head
        if nominal.dep_ == "attr" and nominal.head.pos_ == "AUX":
            # "X is a veteran who pledged ...": the predicate nominal is X.
            held, passive = subject_of(nominal.head)
            if held is not None and not passive:
                return held
        return antecedent
    return subj


def _object_controller(verb: "Token") -> "Token | None":
    """The direct object of a verb naming people, which controls a gerund in the verb's prepositional phrase."""
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    for child in verb.children:
        if child.dep_ in ("dobj", "obj") and (child.pos_ in ("PROPN", "PRON") or child.ent_type_ in ACTOR_TYPES):
            return child
        if child.dep_ in ("dobj", "obj") and child.pos_ == "NOUN" and is_people(child):
            return child  # "arrested three men for attacking X", "accused the soldiers of killing him"
    return None


def _charged(noun: "Token") -> "Token | None":
    """Who is held on a charge noun ("arrested X on suspicion of ...", "X was jailed on charges of ..."): the
    object of the verb the charge phrase hangs on, else its passive subject; None for no charge noun."""
    prep = noun.head
    if lemma_of(noun) not in CHARGE_NOUNS or noun.dep_ != "pobj" or prep.lower_ not in ("on", "for", "over"):
        return None
    verb = prep.head
    if verb.pos_ not in ("VERB", "AUX") or not same_line(verb, noun):
        return None
    held = _object_controller(verb)
    if held is None:
        subj, passive = subject_of(verb)
        held = subj if passive else None
    return held


def is_infinitive(verb: "Token") -> bool:
    """Whether a verb heads a "to" infinitive ("to support", "to help")."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def is_for_clause(verb: "Token") -> bool:
    """Whether a verb heads a "for X to do" clause hung on another verb ("called [for X to resign]"; the
    parser may also hang "for X" on that verb and the infinitive after it: "called for a counsel to act")."""
    if verb.dep_ not in ("advcl", "ccomp") or not is_infinitive(verb):
        return False
    return any(c.dep_ == "mark" and c.lower_ == "for" for c in verb.children) or any(
        c.dep_ == "prep" and c.lower_ == "for" and c.i < verb.i for c in verb.head.children)


def _subject_on_auxiliary(verb: "Token", anchor: "Token") -> "Token | None":
    """An active subject the parser hung on the verb's auxiliary ("X however have opposed Y")."""
    for aux in verb.children:
        if aux.dep_ != "aux" or aux.i > verb.i:
            continue
        for child in aux.children:
            if child.dep_ in ACTIVE_SUBJECTS and same_line(child, anchor):
                return child
    return None


def reporting_speaker(tok: "Token") -> "Token | None":
    """The subject of the reporting verb that governs ``tok`` ("Syria says it will...")."""
    cur = tok
    for _ in range(6):
        if cur.head.i == cur.i:
            return None
        cur = cur.head
        if lemma_of(cur) in lex.REPORTING_VERBS:
            subj, passive = subject_of(cur)
            return subj if subj is not None and not passive else None
    return None


def _without_modifier_countries(ids: list[str], tokens: list["Token"], index: EntityIndex,
                                head: "Token | None" = None) -> list[str]:
    """Drop demonyms and countries that only modify a person named in the same phrase.

    In "Kenyan President William Ruto" the actor is the person (whose country is KEN), not also the
    Kenyan people; "Israeli troops" keeps its demonym (no person is named), as do "his Panamanian
    counterpart" (the person is only the possessor) and "X and his Ugandan counterpart" (:func:`~.homes.of_conjunct`).
    A place that only says where one person is from ("an Ohio man") is no actor either."""
    people = {t.i for t in tokens for e in index.by_token.get(t.i, ()) if index.types.get(e) == "PERSON"}
    heads = individual_heads(head, people) if head is not None else []
    if heads:
        homes = []
        for eid in ids:
            toks = [t for t in tokens if eid in index.by_token.get(t.i, ())]
            typed = index.types.get(eid) in HOME_TYPES
            placed = typed or any(t.i in index.places for t in toks)
            if toks and placed and any(home_of_individual(toks, h, typed) for h in heads):
                homes.append(eid)  # rule sides:home-place
        ids = [eid for eid in ids if eid not in homes]
    named = {e for t in tokens if t.dep_ != "poss" for e in index.by_token.get(t.i, ())}
    if not any(index.types.get(eid) == "PERSON" and eid in named for eid in ids):
        return ids
    keep = []
    for eid in ids:
        if index.types.get(eid) in ("NORP", "GPE"):
            toks = [t for t in tokens if eid in index.by_token.get(t.i, ())]
            if toks and all(t.dep_ in MODIFIER_DEPS for t in toks) and not any(of_conjunct(t, people) for t in toks):
                continue
        keep.append(eid)
    return keep


# Nouns for one who speaks for a body ("a spokeswoman for the ministry").
SPOKESPERSON_NOUNS = frozenset({"spokesman", "spokeswoman", "spokesperson", "spokesmen", "spokeswomen",
                                "spokespeople", "spokespersons"})


def _voiced_body(tok: "Token", ids: list[str], index: EntityIndex) -> list[str]:
    """ "a spokeswoman for the ministry": the body spoken for is the side, its spokesperson only its
    voice (rule ``sides:spokesperson-voice``); empty when ``tok`` is no spokesperson of a body."""
    if tok.lower_ not in SPOKESPERSON_NOUNS and lemma_of(tok) not in SPOKESPERSON_NOUNS:
        return []
    body = {e for prep in tok.children if prep.dep_ == "prep" and prep.lower_ in ("for", "of")
            for obj in prep.children if obj.dep_ == "pobj" for e in index.actors_in(phrase_tokens(obj))}
    return [e for e in ids if e in body]


def entities_at(tok: "Token", index: EntityIndex) -> list[str]:
    """Actor entities of the phrase headed by ``tok``; a bare pronoun falls back to the speaker.

    A pronoun's entity is the one the coreference (the ``entities`` extractor) linked it to; events
    do not resolve pronouns again.
    """
    tokens = phrase_tokens(tok)
    ids = _without_modifier_countries(index.actors_in(tokens), tokens, index, tok)
    ids = _voiced_body(tok, ids, index) or ids
    bound = clause_subject_ids(tok, index)
    if bound:
        # A resolution that binds an object pronoun to its own clause's subject is wrong.
        ids = [e for e in ids if e not in bound]
    if not ids and bound:
        # "X phoned Y and pressed him": the pronoun the coreference gave the subject is Y.
        ids = [e for e in _first_conjunct_object(tok, index) if e not in bound]
    if not ids and tok.lower_ in PRONOUN_FALLBACK:
        speaker = reporting_speaker(tok)
        if speaker is not None and speaker.lower_ not in PRONOUN_FALLBACK:
            ids = [e for e in index.actors_in(phrase_tokens(speaker)) if e not in bound]
    return ids


def doer_ids(verb: "Token", index: EntityIndex) -> list[str]:
    """The actors of a verb's active subject (none for a passive one)."""
    subj, passive = subject_of(verb)
    return entities_at(subj, index) if subj is not None and not passive else []


def _first_conjunct_object(tok: "Token", index: EntityIndex) -> list[str]:
    """The actors of the object of the verb before a coordinated one ("phoned Y and pressed him")."""
    verb = tok.head
    if tok.dep_ not in ("dobj", "obj") or verb.dep_ != "conj" or not same_line(verb.head, tok):
        return []
    objects = [c for c in verb.head.children if c.dep_ in ("dobj", "obj")]
    return index.actors_in(phrase_tokens(objects[0])) if len(objects) == 1 else []


def clause_subject_ids(tok: "Token", index: EntityIndex) -> frozenset[str]:
    """Actors an object pronoun cannot stand for: the subject of its own clause.

    A plain (non-reflexive) object pronoun is never bound by its clause's subject: in "X called
    Y and urged him to ...", "him" is Y, not X; "X said Y attacked him" may still mean X.
    """
    if tok.lower_ not in OBJECT_PRONOUNS or tok.dep_ not in PRONOUN_OBJECT_DEPS:
        return frozenset()
    verb = tok.head.head if tok.dep_ == "pobj" and tok.head.dep_ in ("prep", "dative") else tok.head
    if verb.pos_ not in ("VERB", "AUX"):
        return frozenset()
    subj, passive = subject_of(verb)
    if subj is None or passive or subj.lower_ in PRONOUN_FALLBACK:
        return frozenset()
    return frozenset(index.actors_in(phrase_tokens(subj)))


def coordinated(subj: "Token") -> bool:
    """Whether a subject is a coordination ("X and Y") rather than one name with modifiers."""
    return any(c.dep_ == "conj" for c in subj.children) or subj.dep_ == "conj"


def comma_listed(subj: "Token", verb: "Token", index: EntityIndex) -> list[str]:
    """Names joined to a singular name subject by a bare comma before a plural verb ("X, Y agree").

    Headlines write a coordination with a comma; the parser may take the first name for an
    adverbial or the second for an apposition. The verb's plural agreement (a present tense not in
    the third person singular) tells that both are the subject; the names must be of one kind.
    """
    if verb.tag_ != "VBP" or subj.tag_ != "NNP" or subj.dep_ != "nsubj":
        return []
    kinds = {index.types.get(e) for e in index.actors_in(phrase_tokens(subj))}
    if len(kinds) != 1:
        return []
    doc = subj.doc
    before = [c for c in verb.children if c.dep_ in ("npadvmod", "nsubj") and c.tag_ == "NNP" and c.i != subj.i
              and (c.i + 2 == subj.left_edge.i and doc[c.i + 1].text == ","
                   or subj.i + 2 == c.left_edge.i and doc[subj.i + 1].text == ",")]
    after = [c for c in subj.children if c.dep_ == "appos" and c.tag_ == "NNP" and c.left_edge.i == subj.i + 2
             and doc[subj.i + 1].text == ","]
    out: list[str] = []
    for tok in before + after:
        ids = index.actors_in(phrase_tokens(tok))
        if ids and all(index.types.get(e) in kinds for e in ids):
            out.extend(e for e in ids if e not in out)
    return out
