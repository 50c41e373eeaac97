"""Trigger words that tell no act between parties: leaving a room, carrying out a plan, touring places,
playing a game, and what a rule lets or makes people do.

* "stormed out of the studio", "stormed off the stage": *storm* with "out" or "off" is leaving in anger,
  not an assault ("police stormed the building" is one);
* "the bank executed the trade", "executed the plan": *execute* of a thing one carries out is no killing
  (anyone or anything else executed is);
* "toured the flooded towns", "will tour the Midwest": a tour of places with no host or state named
  visits no one ("toured Poland", "toured the plant with the minister" may still be visits);
* "the striker fired a shot past the goalkeeper", "fans praised the quarterback": a player who shoots or
  strikes, or a player praised, tells a play or praise of play (a player who accuses or endorses acts);
* "the law allows police to detain suspects", "under the new rule employees can request leave", "the accord
  calls on all nations to ...", "tenants were required to report": what a law, rule, ruling or accord
  lets, makes or forbids people do is its text, not an act anyone did;
* "the hunters shot a deer": harm to animals only is no violence; "an accident that killed two": no doer;
* "released a report", "the cable was lifted", "net worth declined": a thing made public, raised or falling;
* "rallied to win the caucuses", "fighting for second place", "the debate promised to be close": a race;
* "could not recognize his attacker", "recognized that ...": knowing, no recognition of a state or a claim;
* "struck a conciliatory tone", "appeared on Fox News to discuss the budget": speaking, no blow, no talks;
* "gave his players a pep talk", "delivered a lecture": a talk given is a speech;
* "cancelled a campaign rally": a campaign calling off its own doings concedes and sanctions nothing;
* "attacked him during the debate", "clashed over taxes in a televised debate": an attack or a clash
  told in a debate, an interview or an advertisement is criticism (ACCUSE), not violence.

These checks read only the dependency parse of the trigger's own sentence.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sidelines.extractors.events.object_acts import CAMPAIGN_WORDS
from sidelines.extractors.events.people_words import is_people
from sidelines.extractors.lookup import lemma_of
from sidelines.lexicon import plover as lex

if TYPE_CHECKING:
    from spacy.tokens import Token

# Particles and prepositions that make *storm* leaving a place ("stormed out", "stormed off the set").
LEAVING_WORDS = frozenset({"out", "off"})
# Things one carries out ("executed the plan", "the order was executed"); anyone or anything else executed
# is a killing ("executed a teenager").
CARRIED_OUT = frozenset({"plan", "order", "strategy", "trade", "transaction", "contract", "warrant", "search",
                         "manoeuvre", "maneuver", "task", "move", "programme", "program", "command", "will",
                         "play", "drill", "routine", "project", "mission",  # a play or a task done
                         "it", "this", "that"})  # pronouns of a thing: "executed it without a hitch"
# Players of games by their position: a side that is one tells a play, not a political act.
PLAYER_NOUNS = frozenset({
    "striker", "goalkeeper", "goalie", "midfielder", "winger", "quarterback", "linebacker", "tailback",
    "running back", "pitcher", "batter", "batsman", "bowler", "shortstop", "outfielder", "infielder",
    "defenseman", "playmaker", "point guard", "kicker", "placekicker", "punter", "teammate",
})
# Verbs of a blow that, done by a player, tell a play ("the striker fired a shot", "the batter hit the ball").
PLAY_VERBS = frozenset({"fire", "shoot", "strike", "hit", "beat"})
# Nouns of texts, schemes and rulings that lay down rules ("the law", "the new rule", "a program", "the accord").
RULE_TEXT_NOUNS = frozenset({
    "law", "rule", "bill", "act", "amendment", "constitution", "statute", "regulation", "provision",
    "ordinance", "legislation", "clause", "charter", "code", "measure", "guideline", "treaty", "policy",
    "program", "programme", "scheme", "loophole", "system", "decision", "ruling", "order", "decree", "directive",
    "agreement", "accord", "deal", "pact", "resolution", "plan", "proposal",
})
# Rule verbs whose passive tells a duty or a bar only ("were required to report", "are forbidden to march"); a
# leave given ("were allowed to shoot") may have been used.
DUTY_VERBS = frozenset({"require", "forbid", "prohibit", "oblige", "obligate", "mandate"})
# Verbs by which a text lets, makes or forbids people do something.
RULE_VERBS = frozenset({
    "allow", "permit", "let", "require", "forbid", "prohibit", "bar", "enable", "oblige", "obligate",
    "entitle", "authorize", "authorise", "empower", "compel", "mandate", "ban",
})
# Modals of a possibility or a duty a rule gives ("can request", "may carry", "must register").
RULE_MODALS = frozenset({"can", "may", "must", "could", "might"})
RELATIVE_PRONOUNS = frozenset({"which", "that"})
# Occasions where attacks are made in words ("in the debate", "during an interview", "in a new ad").
WORDY_OCCASIONS = frozenset({
    "debate", "interview", "speech", "ad", "advert", "advertisement", "commercial", "op-ed", "editorial",
    "column", "post", "tweet", "statement", "podcast", "broadcast", "forum", "hearing", "letter",
})
# Animals hunted, culled or shot ("shot a deer", "killed two wolves"), and the groups they come in.
ANIMAL_NOUNS = frozenset({
    "animal", "deer", "elk", "moose", "boar", "bear", "wolf", "fox", "rabbit", "hare", "bird", "duck", "goose",
    "pheasant", "pigeon", "dog", "cat", "horse", "cow", "cattle", "sheep", "goat", "pig", "lion", "tiger",
    "elephant", "rhino", "shark", "whale", "badger", "coyote", "squirrel",
})
ANIMAL_GROUPS = frozenset({"herd", "flock", "pack", "pair", "number", "dozen", "hundred", "thousand"})
# What candidates fight for in a race ("fighting for second place"), and races and occasions that
# "promise" only as forecasts ("the debate promised to be ...").
RACE_PRIZES = frozenset({"place", "spot", "position", "nomination", "seat", "ticket", "lead", "vote", "delegate",
                         "title", "presidency", "office", "finish"})
RACE_OCCASIONS = frozenset({"debate", "race", "contest", "election", "primary", "caucus", "game", "match",
                            "season", "event", "night", "evening", "day", "week", "year"})
# Contests one wins or beats someone in ("rallied to win the primary"); a bill or a tax beaten is a protest's aim.
WON_CONTESTS = frozenset({"caucus", "primary", "race", "election", "game", "seat", "nomination"})
PROMISE_VERBS = frozenset({"promise", "pledge", "vow"})
# Verbs of winning a race or a game ("rallied to win", "rallied to beat them").
WINNING_VERBS = frozenset({"win", "beat", "defeat", "finish", "clinch", "tie", "edge", "overtake", "draw", "level"})
# Craft a state may hold and release like people ("released the seized tanker").
CRAFT_NOUNS = frozenset({"ship", "vessel", "tanker", "boat", "aircraft", "plane", "jet", "crew", "body", "remains"})
# Restrictions whose lifting eases something: the nouns the lexicon pairs with *lift*.
LIFTED_RESTRICTIONS = frozenset(n for (v, n) in lex.VERB_NOUN_TRIGGERS if v == "lift") | frozenset({
    "restriction", "limit", "cap", "freeze", "moratorium", "suspension", "veto", "lockdown", "quarantine", "curb",
    "control", "rule", "requirement", "condition", "prohibition", "measure", "order", "tariff", "duty", "quota",
    "visa", "barrier", "objection", "hold", "penalty", "fine", "immunity", "state", "threat", "law", "martial",
    "ban", "emergency", "advisory", "curfew", "embargo", "blockade", "siege", "alert"})
# Accidents as doers of harm ("a crash that killed two").
ACCIDENT_NOUNS = frozenset({"accident", "crash", "collision", "wreck", "pileup", "derailment", "hit-and-run"})
# What a state or a body recognizes as a political act ("recognized the independence of X", "the new
# government", "the election result"); other things recognized are known ("the need", "his attacker").
RECOGNIZED_STATUS = frozenset({
    "independence", "sovereignty", "government", "state", "regime", "authority", "republic", "election", "result",
    "vote", "union", "marriage", "claim", "annexation", "genocide", "border", "jurisdiction", "status",
    "legitimacy", "council", "administration", "opposition", "rebel", "country", "nation", "territory",
})
# Abstract things one knows or sees ("recognized the need for reform"): knowing, no recognition.
KNOWN_ABSTRACTS = frozenset({"need", "importance", "fact", "problem", "risk", "danger", "value", "mistake",
                             "reality"})
# Bodies that rule or enforce: what they call off is no campaign's own doing ("the junta suspended the campaign").
RULING_BODIES = frozenset({"government", "regime", "junta", "authority", "police", "court"})
# Broadcasts one appears on ("appeared on television", "on a podcast"); an ORG entity is a channel too.
BROADCAST_WORDS = frozenset({"television", "tv", "radio", "air", "show", "programme", "program", "channel",
                             "network", "podcast"})
# What one strikes in speaking ("struck a conciliatory tone", "struck a chord").
SPEAKING_NOTES = frozenset({"tone", "chord", "note", "balance", "pose", "posture", "figure", "nerve"})
# Verbs of giving a talk, and the talks given ("gave a pep talk", "delivered a lecture").
GIVING_VERBS = frozenset({"give", "deliver"})
TALK_NOUNS = frozenset({"talk", "speech", "lecture", "sermon", "address", "keynote", "eulogy", "monologue"})
# Verbs and nouns of an attack or clash that such an occasion turns into words.
ATTACK_WORDS = frozenset({"attack", "assault", "blast", "strike", "clash", "hammer", "batter", "pummel"})
# Occasions an attack told "at" turns into words ("attacked him at the debate"); "at a rally" may be a blow.
AT_OCCASIONS = frozenset({"debate", "interview", "ad"})
# The press as the one attacked ("attacked reporters during the interview"): a blow, not criticism.
PRESS_NOUNS = frozenset({"reporter", "journalist", "correspondent", "photographer", "cameraman"})


def _children(tok: "Token", *deps: str) -> list["Token"]:
    return [c for c in tok.children if c.dep_ in deps]


def _pobjs(tok: "Token", *words: str) -> list["Token"]:
    return [g for p in tok.children if p.dep_ == "prep" and (not words or p.lower_ in words)
            for g in p.children if g.dep_ == "pobj"]


def _with_conjuncts(toks: list["Token"]) -> list["Token"]:
    return [x for t in toks for x in (t, *t.conjuncts)]


def leaves_a_room(verb: "Token") -> bool:
    """ "stormed out of the studio", "stormed off the stage": no object, and "out" or "off" on the verb."""
    if lemma_of(verb) != "storm" or _children(verb, "dobj", "obj"):
        return False
    return any(c.lower_ in LEAVING_WORDS and c.dep_ in ("prt", "advmod", "prep") for c in verb.children)


def _is_person(tok: "Token") -> bool:
    """People, a body or a state (:func:`is_people`), or a bare count of people ("released 12")."""
    return tok.tag_ == "CD" or is_people(tok)


def executes_no_one(verb: "Token") -> bool:
    """ "executed the plan", "the order was executed": *execute* of a thing one carries out."""
    if lemma_of(verb) != "execute":
        return False
    done = _with_conjuncts(_children(verb, "dobj", "obj", "nsubjpass"))
    # "executed a champion wrestler", "executed dozens of prisoners": anyone or anything else stays a killing.
    return bool(done) and all(lemma_of(t) in CARRIED_OUT for t in done)


def tours_no_party(verb: "Token") -> bool:
    """ "toured the flooded towns", "plans to tour the state": no state, body or person toured or met."""
    if lemma_of(verb) != "tour":
        return False
    toured = _with_conjuncts(_children(verb, "dobj", "obj") + _pobjs(verb))
    toured += _with_conjuncts([g for t in toured for g in _pobjs(t, "with")])  # "the camp with UN officials"
    return not any(is_people(t) for t in toured)


def _player(tok: "Token") -> bool:
    word = lemma_of(tok)
    before = tok.doc[tok.i - 1].lower_ + " " + word if tok.i > 0 else word
    return word in PLAYER_NOUNS or before in PLAYER_NOUNS


def plays_a_game(verb: "Token", event_type: str) -> bool:
    """A blow whose doer is a player by position ("the striker fired a shot"), or praise of one ("praised the
    goalkeeper"); a player acted on otherwise may be a victim or a suspect ("police detained the striker"), and a
    player who accuses or endorses acts ("the goalkeeper accused the referee")."""
    doers = _with_conjuncts(_children(verb, "nsubj"))
    if event_type == "ASSAULT" and lemma_of(verb) in PLAY_VERBS and any(_player(t) for t in doers):
        return True
    praised = _with_conjuncts(_children(verb, "dobj", "obj", "nsubjpass") + _pobjs(verb))
    return event_type == "SUPPORT" and any(_player(t) for t in praised)


def _rule_text(tok: "Token") -> bool:
    """A rule-giving text, or a relative pronoun hanging on one ("a law that allows ...")."""
    if tok.lower_ in RELATIVE_PRONOUNS and tok.head.dep_ == "relcl":
        tok = tok.head.head
    return lemma_of(tok) in RULE_TEXT_NOUNS and tok.ent_type_ not in ("PERSON", "ORG", "GPE")


def _given_by_rule(verb: "Token") -> bool:
    """The verb is what a rule verb whose subject is a rule text lets or makes someone do, or what people
    "are required" or "are allowed" to do."""
    head = verb.head
    if verb.dep_ not in ("xcomp", "ccomp", "pcomp", "advcl") or head is verb:
        return False
    if verb.dep_ == "pcomp":  # "forbids the legislature from raising taxes"
        head = head.head
    if lemma_of(head) not in RULE_VERBS:
        return False
    if verb.dep_ == "xcomp" and lemma_of(head) in DUTY_VERBS and _children(head, "auxpass"):
        return True  # "landlords were obliged to inform their tenants"
    return any(_rule_text(s) for s in _children(head, "nsubj"))


def _under_rule(verb: "Token") -> bool:
    """ "Under the new rule, employees can request leave", "a scheme in which members can request a ride": a
    modal and a rule text after "under", or a modal in a clause on a rule text."""
    if not any(c.dep_ == "aux" and c.lower_ in RULE_MODALS for c in verb.children):
        return False
    clause = verb
    while clause.dep_ == "conj" and clause.head is not clause:
        clause = clause.head
    if clause.dep_ == "relcl" and _rule_text(clause.head):
        return True
    return any(_rule_text(g) for g in _pobjs(verb, "under"))


def is_rule_text(verb: "Token") -> bool:
    """What a law or rule lets, makes or forbids people do, or a rule text as the doer of a verb in the
    present ("the constitution forbids ...", "the accord calls on all nations to ..."), tells no act."""
    if _given_by_rule(verb) or _under_rule(verb):
        return True
    if verb.tag_ not in ("VBZ", "VBP"):
        return False
    return any(_rule_text(s) for s in _children(verb, "nsubj"))


def gives_a_talk(verb: "Token") -> bool:
    """ "gave his players a pep talk", "delivered a lecture": a talk given is a speech, neither aid nor talks."""
    return lemma_of(verb) in GIVING_VERBS and any(lemma_of(o) in TALK_NOUNS for o in _children(verb, "dobj", "obj"))


def stops_own_campaign(verb: "Token") -> bool:
    """ "cancelled a campaign rally", "postponed two campaign events": a campaign calling off its own doings;
    not another party's ("cancelled the opposition's rally") nor one a ruling body calls off ("the junta
    suspended the election campaign")."""
    if lemma_of(verb) not in lex.STOP_VERBS or any(lemma_of(s) in RULING_BODIES for s in _children(verb, "nsubj")):
        return False
    stopped = _with_conjuncts(_children(verb, "dobj", "obj", "nsubjpass"))
    if any(c.dep_ == "poss" and c.pos_ != "PRON" for o in stopped for c in o.children):
        return False
    return any(lemma_of(c) in CAMPAIGN_WORDS for o in stopped for c in o.children
               if c.dep_ in ("compound", "amod", "nmod"))


def harms_animals(verb: "Token") -> bool:
    """ "the hunters shot a deer": every one harmed is an animal (or the animals of "a herd of ...")."""
    harmed = _with_conjuncts(_children(verb, "dobj", "obj", "nsubjpass"))
    harmed += [g for h in harmed for g in _pobjs(h, "of")]
    return bool(harmed) and all(lemma_of(h) in ANIMAL_NOUNS or lemma_of(h) in ANIMAL_GROUPS for h in harmed) and any(
        lemma_of(h) in ANIMAL_NOUNS for h in harmed)


def rallies_to_win(verb: "Token") -> bool:
    """ "rallied to win the caucuses", "rallied to beat them": a comeback with an infinitive, no gathering; what
    is won is a contest or a side ("rallied to defeat the bill" is a protest)."""
    return lemma_of(verb) == "rally" and any(
        c.dep_ in ("xcomp", "advcl") and lemma_of(c) in WINNING_VERBS and any(
            lemma_of(o) in WON_CONTESTS or _is_person(o)
            for o in _with_conjuncts(_children(c, "dobj", "obj")))
        for c in verb.children)


def fights_for_a_place(verb: "Token") -> bool:
    """ "are fighting for second place", "fought for the nomination": a race, no opponent struck."""
    if lemma_of(verb) != "fight" or _children(verb, "dobj", "obj") or _pobjs(verb, "against", "with"):
        return False
    return any(lemma_of(g) in RACE_PRIZES for g in _pobjs(verb, "for"))


def promised_by_occasion(verb: "Token") -> bool:
    """ "the final round promised to be a tense evening": an occasion or a race that promises to be something is a
    forecast ("the donors conference pledged $2 billion" promises aid)."""
    if _children(verb, "dobj", "obj") or not _children(verb, "xcomp"):
        return False
    return lemma_of(verb) in PROMISE_VERBS and any(
        lemma_of(s) in RACE_OCCASIONS or lemma_of(s) in lex.OCCASION_NOUNS for s in _children(verb, "nsubj"))


def releases_a_thing(verb: "Token") -> bool:
    """ "released a report", "releasing tax returns": a thing made public, no one set free."""
    if lemma_of(verb) != "release":
        return False
    freed = _with_conjuncts(_children(verb, "dobj", "obj", "nsubjpass"))
    freed += [g for t in freed for g in _pobjs(t, "of")]  # "hundreds of prisoners", "dozens of activists"
    return bool(freed) and not any(
        _is_person(t) or lemma_of(t) in CRAFT_NOUNS for t in freed)


def lifts_a_thing(verb: "Token") -> bool:
    """ "the cable was lifted": what is lifted is neither a restriction nor an event noun of the lexicon ("lifted
    the boycott"), so nothing eases."""
    if lemma_of(verb) != "lift":
        return False
    lifted = _with_conjuncts(_children(verb, "dobj", "obj", "nsubjpass"))
    return bool(lifted) and not any(lemma_of(w) in LIFTED_RESTRICTIONS or lemma_of(w) in lex.NOUN_TRIGGERS
                                    for t in lifted for w in [t, *t.children])


def declines_in_amount(verb: "Token") -> bool:
    """ "net worth declined sharply": an intransitive *decline* of a thing is a fall, no refusal."""
    if lemma_of(verb) != "decline" or _children(verb, "dobj", "obj", "xcomp", "ccomp"):
        return False
    subjects = _with_conjuncts(_children(verb, "nsubj"))
    return bool(subjects) and not any(_is_person(t) for t in subjects)


def accident_harms(verb: "Token") -> bool:
    """ "an accident that killed a woman": a crash or an accident as the doer, through a relative clause."""
    if verb.dep_ != "relcl" or not any(c.dep_ == "nsubj" and c.lower_ in RELATIVE_PRONOUNS for c in verb.children):
        return False
    return lemma_of(verb.head) in ACCIDENT_NOUNS


def recognizes_in_mind(verb: "Token") -> bool:
    """ "could not recognize his attacker", "recognized that the plan failed", "recognized the need": knowing,
    not recognizing a state, a body or a claim ("recognized Palestine", "recognized X as the government") nor
    honouring people ("recognized the volunteers", "recognized X for her work")."""
    if lemma_of(verb) not in ("recognize", "recognise"):
        return False
    if _pobjs(verb, "as", "for") or _children(verb, "oprd"):
        return False  # "recognized X as the government", "recognized the nurses for their work": an honour
    if _children(verb, "ccomp"):
        return True
    known = _with_conjuncts(_children(verb, "dobj", "obj"))
    if any(t.ent_type_ in ("ORG", "GPE", "NORP") or lemma_of(t) in RECOGNIZED_STATUS
           or any(lemma_of(c) in RECOGNIZED_STATUS for c in t.children) for t in known):
        return False
    if any(c.dep_ == "aux" and c.lower_ in ("can", "could") for c in verb.children):
        return bool(known)  # "could not recognize the robber": knowing a face
    # "recognized the need for reform"; regions or separatist bodies recognized stay recognitions
    return bool(known) and all(lemma_of(t) in KNOWN_ABSTRACTS for t in known)


def strikes_a_note(verb: "Token") -> bool:
    """ "struck a conciliatory tone", "struck a chord with voters": a manner of speaking, no blow."""
    return lemma_of(verb) == "strike" and any(lemma_of(o) in SPEAKING_NOTES for o in _children(verb, "dobj", "obj"))


def appears_on_air(verb: "Token") -> bool:
    """ "appeared on Fox News to discuss the budget": talk on a broadcast the speaker appears on."""
    head = verb.head
    if verb.dep_ not in ("advcl", "xcomp") or lemma_of(head) not in ("appear", "join"):
        return False
    if lemma_of(head) == "join":  # "joined the evening programme to discuss ...": only a broadcast joined
        return any(lemma_of(o) in BROADCAST_WORDS for o in _children(head, "dobj", "obj"))
    # "appeared on Monday to meet ...": a day is no broadcast
    return any(g.ent_type_ not in ("DATE", "TIME") and (g.ent_type_ == "ORG" or lemma_of(g) in BROADCAST_WORDS
                                                         or g.lower_ in BROADCAST_WORDS) for g in _pobjs(head, "on"))


def is_no_act(verb: "Token", event_type: str) -> bool:
    """Whether a trigger verb tells no act (see the module)."""
    if gives_a_talk(verb) or stops_own_campaign(verb):
        return True
    if event_type == "ASSAULT" and (leaves_a_room(verb) or executes_no_one(verb) or harms_animals(verb)):
        return True
    if event_type == "CONSULT" and (tours_no_party(verb) or appears_on_air(verb)):
        return True
    if (event_type == "SUPPORT" and recognizes_in_mind(verb)) or (event_type == "ASSAULT" and strikes_a_note(verb)):
        return True
    if (event_type == "PROTEST" and rallies_to_win(verb)) or (event_type == "ASSAULT" and fights_for_a_place(verb)):
        return True
    if event_type == "AGREE" and promised_by_occasion(verb):
        return True
    if (event_type == "RETREAT" and releases_a_thing(verb)) or (event_type == "CONCEDE" and lifts_a_thing(verb)):
        return True
    if (event_type == "REJECT" and declines_in_amount(verb)) or (event_type == "ASSAULT" and accident_harms(verb)):
        return True
    return plays_a_game(verb, event_type) or is_rule_text(verb)


def attacks_in_words(word: "Token") -> bool:
    """An attack or a clash told in a debate, an interview, a speech or an advertisement: criticism."""
    if lemma_of(word) not in ATTACK_WORDS or any(
            lemma_of(t) in lex.VIOLENCE_WORDS for t in word.sent if t.i != word.i):
        return False  # "gunmen attacked the hall during the debate, killing two"
    targets = _with_conjuncts(_children(word, "dobj", "obj", "nsubjpass"))
    if any(lemma_of(t) in PRESS_NOUNS for t in targets):
        return False  # "attacked a reporter at the press briefing": a blow
    if lemma_of(word) != "clash" and _pobjs(word, "with"):
        return False  # "attacked him with a bat during the interview": an instrument
    heads = _pobjs(word, "in", "during", "throughout")
    heads += [g for h in heads for g in _pobjs(h, "of")]  # "in a series of television ads"
    if any(lemma_of(g) in WORDY_OCCASIONS or g.lower_ in WORDY_OCCASIONS for g in heads):
        return True
    return any(lemma_of(g) in AT_OCCASIONS or g.lower_ in AT_OCCASIONS for g in _pobjs(word, "at"))
