"""Sides named inside a trigger's object, by an agentless passive, or by a truce broken together.

* "accepted the offer submitted by X": who made a proposal is whom accepting or rejecting it answers;
  "an article written by X accuses Y": a work's author is the side that acts (rule ``sides:work-author``);
* "will return the trucks it seized from X": what was taken from X goes back to X;
* "returned Ruritanian carvings to X", "sent supplies and staff such as nurses to X": a demonym on the thing
  given, or a member listed with it, does not hide the recipient phrase (:func:`thing_origins`,
  :func:`listed_members`; read by :mod:`.recipients`);
* "diplomats were expelled from X": with no "by" agent, the state or body one is expelled from
  expels; "a reporter was arrested in X": the country one is arrested in arrests;
* "X and Y violated the ceasefire": truce breakers are each other's targets (participants);
* "attacked the X Airport": a named site attacked, raided or seized is the target;
* "X, whom Y jailed", "the diplomats Y expelled": the noun a relative clause hangs on is its object
  (rule ``sides:relative-object``);
* "X said Y attacked its posts": an unlinked "its"/"their" on what was attacked is the reporting speaker's
  (rule ``sides:speakers-own``);
* "refused to help X", "promised to work with X": a stance with no target of its own is aimed at the
  party of the act it embeds (:func:`embedded_parties`).

Read by :mod:`.arguments`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sidelines.extractors.events.candidates import EventCandidate, add_actor, add_actor_by
from sidelines.extractors.events.phrases import entities_at, is_listing, phrase_tokens, reporting_speaker, subject_of
from sidelines.extractors.events.venues import CHARGE_NOUNS
from sidelines.extractors.lookup import lemma_of, same_line
from sidelines.lexicon import plover as lex
from sidelines.lexicon.countries import country_by_name
from sidelines.lexicon.speech import CUE_NOUNS
from sidelines.nlp.syntax import RELATIVE_PRONOUNS

if TYPE_CHECKING:
    from spacy.tokens import Token

    from sidelines.extractors.events.index import EntityIndex

# Nouns of what one party puts to another: accepting, rejecting, backing or criticising one answers its maker.
PROPOSAL_NOUNS = frozenset({
    "proposal", "offer", "plan", "demand", "request", "initiative", "suggestion", "appeal", "bid",
    "ultimatum", "invitation", "recommendation", "proposition", "roadmap", "terms", "counteroffer",
})
# Types of an act that answers a proposal.
ANSWER_TYPES = frozenset({"AGREE", "CONCEDE", "REJECT", "SUPPORT", "ACCUSE"})
# Verbs of giving back, and of the taking that a relative clause on the thing given back tells.
RETURN_VERBS = frozenset({"return", "restore"})
GIVE_BACK_VERBS = frozenset({"hand", "give", "send"})
TAKING_VERBS = frozenset({
    "seize", "take", "capture", "confiscate", "steal", "loot", "grab", "occupy", "remove", "win", "wrest",
})
# Verbs whose agentless passive names the expeller with "from" ("expelled from X").
EXPULSION_VERBS = frozenset({"expel", "deport", "ban", "bar", "suspend", "exclude", "eject", "oust", "banish"})
# Acts only a state does, whose agentless passive names the acting state with "in" ("arrested in X").
STATE_ACT_VERBS = frozenset({"arrest", "detain", "jail", "imprison", "sentence", "convict", "indict", "prosecute"})
# Modifier dependencies that tell a thing's origin ("Ruritanian carvings", "Vantorian antiquities").
ORIGIN_DEPS = frozenset({"amod", "compound", "nmod"})
ACTOR_KINDS = ("GPE", "NORP", "ORG", "PERSON")
# Works that carry their author's words (the quote cue nouns: "article", "letter", "statement"), and the verbs whose
# participle names the author with "by" ("written by X"; not "an interview conducted by X": the interviewer).
WORK_NOUNS = CUE_NOUNS | frozenset({"piece", "paper", "study", "commentary"})
AUTHORING_VERBS = frozenset({
    "write", "author", "co-author", "pen", "publish", "sign", "issue", "release", "post", "draft",
    "send", "produce", "file", "prepare", "compile", "tweet",
})
# Verbs by which a speaker performs a spoken work ("a speech delivered by X"); a letter "delivered by" X is only
# carried by X, so these name an author for spoken works alone.
PERFORMING_VERBS = frozenset({"deliver", "give"})
SPOKEN_WORKS = frozenset({"speech", "address", "remark", "interview", "briefing", "lecture", "sermon"})
WORK_AUTHOR_RULE = "sides:work-author"


def _objects(verb: "Token") -> list["Token"]:
    return [c for c in verb.children if c.dep_ in ("dobj", "obj") and same_line(c, verb)]


def makers_by_agent(cand: EventCandidate, verb: "Token", index: EntityIndex) -> None:
    """Makers named by the "by" agent of a participle on a side's noun: what a work says, its author says ("an
    article written by X accuses Y": X is the source, rule ``sides:work-author``); "accepted the offer submitted
    by X", "rejected the plan put forward by X": X is the target."""
    subj, passive = subject_of(verb)
    # Only a verb trigger whose subject is the work: for a noun trigger ("describes the attack") the work's author
    # speaks about the act and is none of its sides; a work arriving or meeting is no consultation of its author.
    if subj is not None and not passive and cand.head.i == verb.i and cand.type != "CONSULT" and (
            not cand.roles("source", "participant") and subj.pos_ == "NOUN" and lemma_of(subj) in WORK_NOUNS
            and not index.actors_in(phrase_tokens(subj))):
        verbs = AUTHORING_VERBS | PERFORMING_VERBS if lemma_of(subj) in SPOKEN_WORKS else AUTHORING_VERBS
        add_actor_by(cand, _agents(subj, verbs, index), "source", WORK_AUTHOR_RULE)
    if cand.type not in ANSWER_TYPES:
        return
    for obj in _objects(verb):
        if lemma_of(obj) not in PROPOSAL_NOUNS:
            continue
        for part in (c for c in obj.children if c.dep_ == "acl" and c.tag_ == "VBN"):
            for agent in (c for c in part.children if c.dep_ == "agent"):
                for pobj in (g for g in agent.children if g.dep_ == "pobj"):
                    add_actor(cand, index.actors_in(phrase_tokens(pobj), types=ACTOR_KINDS), "target")


def _agents(noun: "Token", verbs: frozenset[str], index: EntityIndex) -> list[str]:
    """Actors of the "by" agent of a participle of one of ``verbs`` on ``noun`` ("a letter signed by X")."""
    return [e for part in noun.children if part.dep_ == "acl" and part.tag_ == "VBN" and lemma_of(part) in verbs
            for agent in part.children if agent.dep_ == "agent"
            for pobj in agent.children if pobj.dep_ == "pobj"
            for e in index.actors_in(phrase_tokens(pobj), types=ACTOR_KINDS)]


def _gives_back(verb: "Token") -> bool:
    lemma = lemma_of(verb)
    if lemma in RETURN_VERBS:
        return True
    return lemma in GIVE_BACK_VERBS and any(c.dep_ == "prt" and c.lower_ == "back" for c in verb.children)


def taken_from(cand: EventCandidate, verb: "Token", index: EntityIndex) -> None:
    """ "will return the bases it seized from X", "handed back land taken from X": X gets it back."""
    if not _gives_back(verb) or cand.roles("target", "participant"):
        return
    for obj in _objects(verb):
        things = [obj, *obj.conjuncts]
        for clause in (c for t in things for c in t.children if c.dep_ in ("relcl", "acl")):
            if lemma_of(clause) not in TAKING_VERBS:
                continue
            for prep in (c for c in clause.children if c.dep_ == "prep" and c.lower_ == "from"):
                for pobj in (g for g in prep.children if g.dep_ == "pobj"):
                    ids = [e for e in index.actors_in(_without_places(pobj), types=ACTOR_KINDS)
                           if cand.actors.get(e) not in ("source", "participant")]
                    add_actor(cand, ids, "target")


def _without_places(tok: "Token") -> list["Token"]:
    """The noun phrase of ``tok`` less the places that locate it ("the gallery in X")."""
    located = {t.i for c in tok.children if c.dep_ == "prep" and c.lower_ in ("in", "at", "near") for t in c.subtree}
    return [t for t in phrase_tokens(tok) if t.i not in located]


def listed_members(obj: "Token", index: EntityIndex) -> set[str]:
    """Members listed after a thing that is no actor ("supplies and staff such as doctors"): part of what is given."""
    if index.by_token.get(obj.i):
        return set()
    heads = [obj, *obj.conjuncts]
    return {e for h in heads for c in h.children if c.dep_ == "prep" and is_listing(c)
            for t in c.subtree for e in index.by_token.get(t.i, ())}


def thing_origins(obj: "Token", index: EntityIndex) -> set[str]:
    """Demonyms and countries that only modify a thing ("dozens of Ruritanian carvings"): where it comes from.

    The noun they modify (the object, or the noun after its "of") must name no entity itself.
    """
    nouns = [obj, *(g for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"
                    for g in c.children if g.dep_ == "pobj")]
    out: set[str] = set()
    for noun in nouns:
        if index.by_token.get(noun.i):
            continue
        mods = [t for t in [*noun.children, *(g for c in noun.children for g in c.conjuncts)]
                if t.dep_ in ORIGIN_DEPS or (t.dep_ == "conj" and t.head.dep_ in ORIGIN_DEPS)]
        for mod in mods:
            out.update(e for e in index.by_token.get(mod.i, ()) if index.types.get(e) in ("NORP", "GPE"))
    return out


def _is_country(eid: str, index: EntityIndex) -> bool:
    """Whether an entity is a country named as such ("Egypt"), not a town in it."""
    return index.types.get(eid) == "GPE" and country_by_name(index.names.get(eid, "")) is not None


def agentless_passive_sides(cand: EventCandidate, verb: "Token", index: EntityIndex) -> None:
    """ "were expelled from X": X expels; "was arrested in X" (a country): X arrests.

    Only for a passive with no "by" agent, and only when no one else acts in the event.
    """
    lemma = lemma_of(verb)
    if lemma not in EXPULSION_VERBS | STATE_ACT_VERBS or any(c.dep_ == "agent" for c in verb.children):
        return
    for prep in (c for c in verb.children if c.dep_ == "prep" and same_line(c, verb)):
        for pobj in (g for g in prep.children if g.dep_ == "pobj"):
            if prep.lower_ == "from" and lemma in EXPULSION_VERBS:
                ids = [e for e in entities_at(pobj, index) if index.types.get(e) == "ORG" or _is_country(e, index)]
            elif prep.lower_ == "in" and lemma in STATE_ACT_VERBS and not cand.roles("source", "participant"):
                ids = [e for e in entities_at(pobj, index) if _is_country(e, index)]
            else:
                continue
            for eid in ids:
                cand.actors[eid] = "source"


# Nouns of a truce: parties that break one together break it against each other.
TRUCE_NOUNS = frozenset({"ceasefire", "truce", "armistice"})
TRUCE_BREAKING_TYPES = frozenset({"ASSAULT", "REJECT"})
# Prepositions of firing over a truce line ("fired across the ceasefire line").
LINE_PREPS = frozenset({"across", "along", "over"})
# Nouns that a truce word modifies and that stand for the truce ("the ceasefire agreement", "the truce line").
TRUCE_PARTS = frozenset({"agreement", "line", "deal", "accord", "pact", "arrangement"})


def _is_truce_word(tok: "Token") -> bool:
    doc = tok.doc
    return lemma_of(tok) in TRUCE_NOUNS or (
        tok.lower_ == "cease" and tok.i + 2 < len(doc) and doc[tok.i + 2].lower_ == "fire")


def _names_truce(nouns: list["Token"]) -> bool:
    """Whether a noun is a truce ("the ceasefire"), or a truce's agreement or line ("the ceasefire line")."""
    return any(_is_truce_word(n) or lemma_of(n) in TRUCE_PARTS and any(
        c.dep_ in ("compound", "amod") and _is_truce_word(c) for c in n.children) for n in nouns)


def truce_breakers(cand: EventCandidate, verb: "Token") -> None:
    """ "X and Y violated the ceasefire", "X and Y fired across the truce line": with no one else aimed
    at, the parties who break a truce together are each other's targets (PLOVER: two-sided, participants)."""
    if cand.type not in TRUCE_BREAKING_TYPES or cand.roles("target", "participant"):
        return
    sources = cand.roles("source")
    if len(sources) < 2:
        return
    subj, passive = subject_of(verb)
    if subj is None or passive or not any(c.dep_ == "conj" for c in subj.children):
        return
    aimed = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
    aimed += [g for c in verb.children if c.dep_ == "prep" and c.lower_ in LINE_PREPS for g in c.children
              if g.dep_ == "pobj"]
    if not _names_truce(aimed):
        return
    for eid in sources:
        cand.actors[eid] = "participant"


# Types whose direct object may be a site rather than a party ("attacked the airport", "raided the mosque").
SITE_TARGET_TYPES = frozenset({"ASSAULT", "COERCE"})


def site_targets(cand: EventCandidate, verb: "Token", index: EntityIndex) -> None:
    """ "attacked the hotel and the X Airport", "stormed the Old Citadel": a named site that is attacked,
    raided or seized is the target; a place that only locates the object ("a convoy in X") is not."""
    if cand.type not in SITE_TARGET_TYPES or cand.kind != "verb":
        return
    for obj in _objects(verb):
        add_actor(cand, index.actors_in(_without_places(obj), types=("FAC", "LOC")), "target")


# Stance verbs of promising and refusing: the act they embed names whom the stance concerns.
STANCE_VERBS = lex.INTENT_VERBS | lex.REJECT_VERBS
EMBEDDED_RULE = "sides:embedded"
# Prepositions of the partner of an embedded act ("work with X", "talk to X").
PARTNER_PREPS = frozenset({"with", "to"})
# Verbs whose "to X" is a destination or an audience, no partner ("return to X", "speak to reporters").
NO_PARTNER_TO_VERBS = frozenset({
    "go", "come", "return", "travel", "fly", "head", "move", "sail", "drive", "walk", "run", "get",
    "speak", "say", "explain", "announce", "report", "write", "describe", "present", "testify",
})


def embedded_parties(cand: EventCandidate, verb: "Token", index: EntityIndex) -> list[str]:
    """ "refused to help X (do so)", "promised to work with X", "declined to meet X": a promise or refusal with
    no target of its own is aimed at the object or partner of its infinitive (rule ``sides:embedded``);
    the entity ids added."""
    if cand.type not in ("AGREE", "REJECT") or lemma_of(verb) not in STANCE_VERBS:
        return []
    if cand.roles("target", "participant"):
        return []
    added: list[str] = []
    for inner in (c for c in verb.children if c.dep_ == "xcomp" and same_line(c, verb)):
        parties = [c for c in inner.children if c.dep_ in ("dobj", "obj", "dative")]
        parties += [g for c in inner.children if c.dep_ == "prep" and c.lower_ in PARTNER_PREPS
                    and not (c.lower_ == "to" and lemma_of(inner) in NO_PARTNER_TO_VERBS)
                    for g in c.children if g.dep_ == "pobj"]
        # "help X do so", "let X win": the subject of a bare infinitive after the embedded verb.
        parties += [g for c in inner.children if c.dep_ in ("ccomp", "xcomp") and c.tag_ == "VB"
                    and not any(a.dep_ in ("aux", "mark") for a in c.children)
                    for g in c.children if g.dep_ == "nsubj"]
        for party in parties:
            ids = [e for e in entities_at(party, index) if e not in cand.actors]
            add_actor(cand, ids, "target")
            added += ids
    return added


# Prepositions whose event noun is what another act is done in the face of ("passed the bill despite
# protests from X", "approved the dam amid objections"): another party's act, not the verb's subject's.
CIRCUMSTANCE_PREPS = frozenset({"despite", "amid", "amidst", "notwithstanding"})
# Noun events two sides share, whatever type they are given ("amid clashes", "despite the dispute").
JOINT_NOUNS = frozenset({
    "talk", "talks", "negotiation", "clash", "ceasefire", "truce", "dispute", "exchange", "row", "standoff",
    "tension", "fighting", "war", "conflict", "agreement", "deal", "cooperation", "mediation", "rapprochement",
})


def in_circumstance(cand: "EventCandidate") -> bool:
    """Whether a noun event stands in a "despite"/"amid" phrase of its verb: the verb's subject acts in
    the face of it and is no side of it (rule ``sides:circumstance``). Not for an event both sides share
    (talks, clashes, a ceasefire: the subject may be one of them), nor for one a "with" phrase or a
    possessive ties to the subject ("despite its talks with X", "amid its offensive")."""
    noun = cand.head
    if not (cand.kind == "noun" and cand.verb is not None and noun.dep_ == "pobj"
            and noun.head.lower_ in CIRCUMSTANCE_PREPS and noun.head.head.i == cand.verb.i):
        return False
    if cand.type in lex.SYMMETRIC_TYPES or lemma_of(noun) in JOINT_NOUNS:
        return False
    return not any(c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ == "with" for c in noun.children)


RELATIVE_OBJECT_RULE = "sides:relative-object"
SPEAKERS_OWN_RULE = "sides:speakers-own"
CHARGE_PHRASE_RULE = "sides:charge-phrase"
# "the sanctions that X imposed on Y": a support verb's relative clause gives the noun's sides.
SUPPORT_RELCL_RULE = "sides:support-relcl"
# Dependents that fill a verb's object slot or a clause's own; a relative clause with none of them has a gap.
FILLED_SLOTS = frozenset({"dobj", "obj", "dative", "attr", "oprd", "ccomp", "xcomp", "csubj", "acomp"})
WH_TAGS = frozenset({"WDT", "WP", "WP$", "WRB"})


def relative_object(verb: "Token") -> "Token | None":
    """The noun a relative clause's object stands for ("X, whom Y jailed", "the rebels the envoy met").

    The object is a relative pronoun ("whom", "that", "which") or a gap: a clause with an active subject
    of its own and no object, nor any wh-word (a "where" or "when" clause leaves no object out).
    """
    noun = verb.head
    if verb.dep_ != "relcl" or verb.i < noun.i or not same_line(verb, noun) or noun.pos_ not in ("NOUN", "PROPN"):
        return None
    subj, passive = subject_of(verb)
    if subj is None or passive or subj.i == noun.i or subj.lower_ in RELATIVE_PRONOUNS:
        return None
    gapped = [c for c in verb.children if c.dep_ in ("dobj", "obj") and c.lower_ in RELATIVE_PRONOUNS]
    others = [c for c in verb.children if (c.dep_ in FILLED_SLOTS or c.tag_ in WH_TAGS) and c not in gapped]
    stranded = any(c.dep_ == "prep" and not any(g.dep_ in ("pobj", "pcomp") for g in c.children)
                   for c in verb.children)  # "the rebels the envoy met with": the object is the preposition's
    if others or stranded:
        return None
    return noun.head if noun.dep_ == "appos" else noun


def relative_objects(cand: EventCandidate, verb: "Token", index: EntityIndex) -> None:
    """ "X, whom Y jailed", "the diplomats Y expelled": the noun the relative clause hangs on is acted on
    (rule ``sides:relative-object``)."""
    obj = relative_object(verb)
    if obj is None or obj.i == cand.head.i or lemma_of(verb) in lex.TOPIC_VERBS:
        return
    role = "participant" if cand.type == "CONSULT" and cand.mode != "visit" else "target"
    add_actor_by(cand, entities_at(obj, index), role, RELATIVE_OBJECT_RULE)


def object_sides(cand: EventCandidate, verb: "Token", index: EntityIndex) -> None:
    """The sides an object or a relative clause names: things taken back, truce breakers, sites, relative objects."""
    taken_from(cand, verb, index)
    truce_breakers(cand, verb)
    site_targets(cand, verb, index)
    relative_objects(cand, verb, index)
    speakers_own(cand, verb, index)
    if charged_act(verb) and cand.roles("source"):
        cand.side_rules.add(CHARGE_PHRASE_RULE)


# Types of an act on a party whose belongings stand for it ("attacked its posts", "seized their boats").
BELONGING_TYPES = frozenset({"ASSAULT", "COERCE"})
# Possessive pronouns of a state or body.
BODY_POSSESSIVES = frozenset({"its", "their"})


def speakers_own(cand: EventCandidate, verb: "Token", index: EntityIndex) -> None:
    """ "X said Y had attacked its border posts": with no target found, the possessive pronoun on what was
    attacked is the reporting speaker's when it is linked to no one or to the attacker itself (one attacks
    another's posts; "its own rebels" says otherwise). A person speaking owns no "its"/"their": their
    country does, when the article names it (rule ``sides:speakers-own``)."""
    if cand.type not in BELONGING_TYPES or cand.roles("target", "participant"):
        return
    subj, passive = subject_of(verb)
    doers = set(entities_at(subj, index)) if subj is not None and not passive else set()
    owned = [c for obj in _objects(verb) if not any(g.lower_ == "own" for g in obj.children)
             for c in obj.children if c.dep_ == "poss" and c.lower_ in BODY_POSSESSIVES
             and set(index.by_token.get(c.i, ())) <= doers]
    speaker = reporting_speaker(verb) if owned else None
    if speaker is None or speaker.lower_ in BODY_POSSESSIVES | {"it", "they"}:
        return
    doer_countries = {index.countries.get(e) for e in doers} - {None}
    owners = []
    for eid in entities_at(speaker, index):
        if index.types.get(eid) == "PERSON" and eid in index.by_token.get(speaker.i, ()):
            # "Minister X said ... its boats": the body is the minister's country, never the minister.
            country = index.countries.get(eid)
            eid = next((n for n in sorted(index.nations) if country and index.countries.get(n) == country), "")
        if eid and eid not in doers and index.countries.get(eid) not in doer_countries:
            owners.append(eid)
    add_actor_by(cand, owners, "target", SPEAKERS_OWN_RULE)


def charged_act(verb: "Token") -> bool:
    """Whether a gerund is the act of a charge phrase ("held on suspicion of attacking X") (rule
    ``sides:charge-phrase``: the one held does the act, see :func:`.phrases.subject_of`)."""
    noun = verb.head.head if verb.dep_ == "pcomp" and verb.tag_ == "VBG" else None
    return noun is not None and lemma_of(noun) in CHARGE_NOUNS and noun.dep_ == "pobj"


def not_the_object(ids: list[str], verb: "Token", index: EntityIndex) -> list[str]:
    """A verb's subject entities less those its direct object (or the object's apposition) names: one
    entity is not both doer and done to (coreference merging "X was held for killing her husband, Y"
    must not make the victim the killer). A pronoun object is left alone: "hurt himself", a speaker's "allow me"
    may well be the doer."""
    heads = [c for c in verb.children if c.dep_ in ("dobj", "obj") and c.pos_ != "PRON"]
    heads += [a for h in heads for a in h.children if a.dep_ == "appos"]
    done_to = {e for h in heads for e in index.by_token.get(h.i, ())}
    return [e for e in ids if e not in done_to]
