"""Trigger verbs from the derived CAMEO lexicon that the rules do not list, when they act on a party.

The rules of :mod:`.triggers` list a few hundred trigger verbs by hand; the lexicon derived from
the CAMEO verb dictionaries (``scripts/build_trigger_lexicon.py``) knows many more ("lambasted",
"castigated", "lauded", "chided"). In an article (``lexicon_scope``), in a clause where the rules
and the typer found no event, a verb the rules know nothing of becomes a mention here when

* the lexicon codes it by its own CAMEO codes (not only through the patterns of its synonym set)
  with one PLOVER type of a verbal act and nothing else, and those codes are specific ones ("051"
  praise, "111" criticise, "042" convene), not the root code of a category ("040 consult, not
  specified below"), which the dictionaries give whole synonym sets of loosely related verbs
  ("arrive", "gather", "lead", "find"), and the verb is in no synonym set coded as no event, and
* it acts on a party: its object (or passive subject) is a person, a body or a group
  ("mocked his rival", "was castigated by the board"), or something of theirs ("lauded the
  senator's record"); a meeting verb has its partner after "with".

A verb with an object noun the dictionaries' patterns code as one event ("faced criticism", "came
under fire", "threw their support behind") becomes a mention of that type when the patterns agree on
it (``PATTERN_MIN_WEIGHT``) and the noun names an event itself. When the act comes "from" a party
("faced criticism from X"), or the verb is one of undergoing ("faced charges", "suffered criticism"), the
subject undergoes or receives it: X is the source and the subject the target ("won the backing of X").

A verb the lexicon codes as a physical attack ("blasted", "hammered") is read as criticism when
what it hits is a stance, a record or a remark, or a reason follows ("over his stance"), and is
left out otherwise: the rules and the typer already cover the common verbs of violence, and an
unlisted one with a person as object is as often a game result or a figure of speech.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sidelines.eventtype import load_lexicon
from sidelines.extractors.events.arguments import participle_subject
from sidelines.extractors.events.armed_patterns import ARMED_RULE, armed_retype
from sidelines.extractors.events.candidates import EventCandidate, add_actor_by
from sidelines.extractors.events.index import ACTOR_TYPES
from sidelines.extractors.events.judged_words import JUDGING_TRIGGERS, OBJECT_DOER_RULE, doers_of_object
from sidelines.extractors.events.nonevents import is_game_result, is_non_event_verb
from sidelines.extractors.events.people_words import people_word
from sidelines.extractors.events.phrases import entities_at, subject_of
from sidelines.extractors.lookup import lemma_of
from sidelines.lexicon import plover as lex
from sidelines.nlp.analysis import analysis_of

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

    from sidelines.extractors.events.index import EntityIndex

# Types of verbal acts (PLOVER's verbal cooperation and conflict): the word itself tells the act.
# The dictionaries' synonym sets for material acts are broad ("buy" and "import" as material
# cooperation, "reside" as occupation); the rules and the typer cover the common material verbs.
VERBAL_TYPES = frozenset({"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "REQUEST", "ACCUSE", "REJECT", "THREATEN"})
# Entity types of a party: people, bodies, states, groups.
PARTY_ENTITY_TYPES = frozenset(ACTOR_TYPES)
# Share of a pattern's CAMEO codes that must agree on its PLOVER type.
PATTERN_MIN_WEIGHT = 0.75
# Pattern levels that name the object noun ("dobj:criticism", "prep:under:fire").
NOUN_PATTERN_LEVELS = frozenset({"object", "prep-object"})
# Verbs whose subject undergoes the act their object names ("faced charges", "suffered criticism").
UNDERGOING_VERBS = frozenset({"face", "suffer", "undergo", "endure", "receive", "draw", "attract", "incur",
                              "win", "gain", "garner", "earn", "secure", "obtain", "land", "pick", "collect"})
# Occasions a party's past is marked on: celebrating or honouring one backs no one.
COMMEMORATIONS = frozenset({"anniversary", "birthday", "centenary", "centennial", "bicentenary", "bicentennial",
                            "jubilee", "founding"})
# Prepositions that give the reason of a criticism ("blasted X over his stance", "hit X for the vote").
REASON_PREPS = frozenset({"over", "for"})


def is_root_code(code: str) -> bool:
    """A CAMEO category's own code ("040", "190": "..., not specified below"), not a specific one."""
    return len(code) == 3 and code.endswith("0")


def lexicon_type(lemma: str, *, specific: bool = True) -> str | None:
    """The one PLOVER type the lexicon gives a verb by its own CAMEO codes (specific ones only,
    unless ``specific`` is false), or None."""
    entry = load_lexicon().verb_entry(lemma)
    if entry is None or entry.get("source") != "own":
        return None
    codes = entry.get("codes") or {}
    if not codes or (specific and any(is_root_code(c) for c in codes)):
        return None
    phrasal = [i for ids in entry.get("phrase_blocks", {}).values() for i in ids]
    if any(load_lexicon().blocks[i].get("default") == "---" for i in [*entry.get("blocks", ()), *phrasal]):
        # Also in a synonym set the dictionaries code as no event ("understand" with "know").
        return None
    types = entry.get("types") or {}
    if len(types) != 1:
        return None
    (ptype,) = types
    return ptype if ptype in lex.EVENT_TYPES and (ptype in VERBAL_TYPES or not specific) else None


def is_party(tok: "Token") -> bool:
    """A person, body, state or group: a named one, a personal pronoun, or a noun for people (a group,
    an office, a relation or a trade: ``people_words.people_word``; "lauded the firefighters")."""

    if tok.ent_type_ in PARTY_ENTITY_TYPES:
        return True
    if tok.pos_ == "PRON":
        return tok.lower_ not in ("it", "this", "that", "what", "which", "something", "nothing", "anything")
    words = {lemma_of(tok), tok.lower_}  # "media", lemmatised "medium"
    return tok.pos_ == "PROPN" or any(people_word(w) for w in words) or bool(words & lex.VERBAL_ATTACK_OBJECTS)


def _objects(verb: "Token") -> list["Token"]:
    objs = [c for c in verb.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
    return objs + [n for o in objs for n in o.conjuncts]


def _of_party(noun: "Token") -> bool:
    """ "the senator's record", "the record of the senator", "the proposals by the senator": a thing of a party;
    not an occasion of it ("celebrated the anniversary of X": rule ``lexicon:occasion``)."""
    if lemma_of(noun) in COMMEMORATIONS:
        return False
    if any(c.dep_ == "poss" and is_party(c) for c in noun.children):
        return True
    return any(c.dep_ == "prep" and c.lower_ in ("of", "by")
               and any(is_party(g) for g in c.children if g.dep_ == "pobj") for c in noun.children)


def acts_on_party(verb: "Token", ptype: str) -> bool:
    """Whether a verb's object is a party or a party's thing; for a meeting verb, a partner after "with"."""
    if ptype == "CONSULT":
        return any(c.dep_ == "prep" and c.lower_ == "with" and any(is_party(g) for g in c.children)
                   for c in verb.children)
    return any(is_party(o) or _of_party(o) for o in _objects(verb))


def is_criticism(verb: "Token") -> bool:
    """An attack verb told of words: a party, in the active voice, hits a stance or a remark, hits
    someone for a reason, or with words ("blasted the plan", "hammered her rival over the vote",
    "pelted him with insults")."""
    if not any(c.dep_ == "nsubj" and is_party(c) for c in verb.children):
        return False
    objs = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
    if any(lemma_of(o) in lex.VERBAL_ATTACK_OBJECTS and o.ent_type_ not in PARTY_ENTITY_TYPES for o in objs):
        return True
    if objs and any(c.dep_ == "prep" and c.lower_ == "with" and any(
            g.dep_ == "pobj" and lemma_of(g) in lex.VERBAL_ATTACK_MEANS for g in c.children) for c in verb.children):
        return True
    return bool(objs) and any(
        c.dep_ == "prep" and c.lower_ in REASON_PREPS
        and any(g.dep_ == "pobj" and not is_party(g) and g.ent_type_ != "DATE" for g in c.children)
        for c in verb.children)


def lexicon_mention(tok: "Token", taken: set[int]) -> EventCandidate | None:
    """The mention of a verb the rules do not list but the derived lexicon types, acting on a party."""
    if tok.i in taken or tok.pos_ != "VERB" or tok.dep_ in ("amod", "compound"):
        return None
    if tok.ent_type_ in lex.NAME_ENTITY_TYPES:
        return None
    lemma = load_lexicon().lemma(tok)
    if lemma in lex.KNOWN_VERBS or lemma_of(tok) in lex.KNOWN_VERBS:
        return None
    ptype, mode = lexicon_type(lemma), None
    if ptype is None:
        pattern = pattern_mention(tok)
        if pattern is not None:
            return pattern
    if ptype is None and lexicon_type(lemma, specific=False) == "ASSAULT" and is_criticism(tok):
        ptype, mode = "ACCUSE", "disapprove"
    if ptype is None or is_non_event_verb(tok) or is_game_result(tok):
        return None
    if not acts_on_party(tok, ptype):
        return None
    cand = EventCandidate(ptype, mode, tok, tok, "verb", [(tok.idx, tok.idx + len(tok))], found_by_lexicon=True)
    cand.undergone = lemma_of(tok) in UNDERGOING_VERBS
    return cand


def lexicon_mentions(sent: "SpacySpan", cands: list[EventCandidate]) -> list[EventCandidate]:
    """Mentions of the sentence's verbs that only the derived lexicon knows (see the module).

    Beside the rules' and the typer's mentions, only a verb of a clause of its own (neither governing
    nor governed by a mention's trigger): the hand-listed triggers are the surer evidence, and a
    lexicon verb in the clause of one of them most often describes it.
    """
    taken = {c.head.i for c in cands} | {c.verb.i for c in cands if c.verb is not None}
    taken |= {c.noun.i for c in cands if c.noun is not None}
    triggers = [c.verb or c.head for c in cands]
    doc, pos = sent.doc, analysis_of(sent.doc).pos
    # Only verbs can be mentions here (lexicon_mention's first test): no token is made for the rest.
    return [cand for k in range(sent.start, sent.end)
            if pos[k] == "VERB" and not in_trigger_clause(tok := doc[k], triggers)
            and (cand := lexicon_mention(tok, taken)) is not None]


def in_trigger_clause(tok: "Token", triggers: list["Token"]) -> bool:
    """Whether a token governs one of the triggers or is governed by one."""
    return any(tok.is_ancestor(t) or t.is_ancestor(tok) for t in triggers)


def pattern_mention(tok: "Token") -> EventCandidate | None:
    """A verb with an object noun the dictionaries' patterns code as one event ("faced criticism")."""
    match = load_lexicon().match(tok)
    if match is None or match.level not in NOUN_PATTERN_LEVELS or not match.types:
        return None
    noun = match.pattern.rsplit(":", 1)[-1]
    if any(c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX") and lemma_of(c) == noun for c in tok.children):
        return None  # "need to protect": an infinitive read as "to" and a noun; it names no event
    if noun not in lex.NOUN_TRIGGERS and load_lexicon().noun_entry(noun) is None:
        return None  # "voting for the candidate", "serve the patient": the pattern names no event
    ptype = max(match.types, key=lambda t: match.types[t])
    if ptype not in VERBAL_TYPES or match.types[ptype] < PATTERN_MIN_WEIGHT:
        return None
    if is_non_event_verb(tok) or is_game_result(tok):
        return None
    mode = max((m for m in match.modes if m.startswith(ptype + ":")), key=lambda m: match.modes[m], default=None)
    armed = armed_retype(tok, noun, givers(tok)) if ptype == "ACCUSE" else None
    cand = EventCandidate(ptype, mode.split(":", 1)[1] if mode else None, tok, tok, "verb",
                          [(tok.idx, tok.idx + len(tok))], found_by_lexicon=True)
    if armed is not None:
        cand.type, cand.mode = armed
        cand.type_rules.add(ARMED_RULE)
    cand.undergone = bool(givers(tok)) or lemma_of(tok) in UNDERGOING_VERBS
    return cand


def givers(verb: "Token") -> list["Token"]:
    """The parties an act comes from: "from X" on the verb or on its object ("faced criticism from X"),
    "of X" on what the subject receives ("won the backing of X")."""
    heads, objs = [verb], [c for c in verb.children if c.dep_ in ("dobj", "obj")]
    for obj in objs:
        # "criticism for the move from X": the "from" phrase may hang on a noun inside the object.
        heads += [t for t in obj.subtree if t.pos_ in ("NOUN", "PROPN")]
    # "won the backing of X": what a party receives is X's, when the subject undergoes it.
    of_giver = {o.i for o in objs} if lemma_of(verb) in UNDERGOING_VERBS else set()
    return [g for h in heads for c in h.children
            if c.dep_ == "prep" and (c.lower_ == "from" or (c.lower_ == "of" and h.i in of_giver))
            for g in [*(p for p in c.children if p.dep_ == "pobj"),
                      *(q for p in c.children if p.dep_ == "pobj" for q in p.conjuncts)] if is_party(g)]


def undergone_sides(cand: EventCandidate, index: "EntityIndex") -> None:
    """ "X faced criticism from Y": Y is the source and X, the subject, the target."""
    if not cand.undergone or cand.verb is None:
        return
    subj, passive = subject_of(cand.verb)
    if subj is None:
        # "Petrak, facing charges of ...": the noun a participle clause describes.
        subj, passive = participle_subject(cand.verb, index), False
    if subj is not None and not passive:
        for eid in entities_at(subj, index):
            cand.actors[eid] = "target"
    for giver in givers(cand.verb):
        for eid in entities_at(giver, index):
            cand.actors[eid] = "source"


def object_doer_sides(cand: EventCandidate, index: "EntityIndex") -> None:
    """ "mocked the proposals by X", "condemned the remarks made by X": with no party for target, the
    doer named on the object is (a lexicon verb's, or a judging trigger's: :mod:`.judged_words`)."""
    judging = cand.kind == "verb" and (cand.type, cand.mode) in JUDGING_TRIGGERS
    if not (cand.found_by_lexicon or judging) or cand.verb is None or (cand.roles("target") and not judging):
        return
    for obj in (o for o in _objects(cand.verb) if o.dep_ != "nsubjpass"):
        owners = [e for pobj in doers_of_object(obj) for e in entities_at(pobj, index)]
        if judging and owners:  # the owner of the judged words is the target, not a listener ("to reporters")
            for eid in [e for e, r in cand.actors.items() if r == "target" and e not in owners]:
                del cand.actors[eid]
        add_actor_by(cand, [e for e in dict.fromkeys(owners) if e not in cand.actors], "target", OBJECT_DOER_RULE)
