"""Trigger words added to :mod:`sidelines.lexicon.plover` (general English, typed by shared/PLOVER.md).

Kinds of events the first lists did not name: giving way on one's own words (CONCEDE: "backtracked",
"walked back", "retracted"), turning down a claim, a run or a ruling (REJECT: "refuted", "ruled out",
"overturned"), conferring with partners (CONSULT: "huddled with"), passing information to the authorities
(COOPERATE: "tipped off") and public dissent (PROTEST: "revolted", "heckled", "booed", "took to the
streets", "a vigil", "an uprising"). "Ruled out" is REJECT in the CAMEO dictionaries too (most of the codes
of their RULE_OUT patterns are 12x, reject). Left out on purpose: removing someone from a post ("ousted",
"sacked"), a dismissal and no event as "fired" is (``nonevents.is_dismissal``); common crime ("robbed", "a
heist"), which shared/PLOVER.md dropped; "a walkout", which from talks is no strike.
"""

from __future__ import annotations

Trigger = tuple[str, str | None]

MORE_VERB_TRIGGERS: dict[str, Trigger] = {
    # CONCEDE: taking back one's own words or plans
    "backtrack": ("CONCEDE", None), "retract": ("CONCEDE", None), "recant": ("CONCEDE", None),
    # giving up a claim or a means (CAMEO codes "renounce" 080, yield)
    "renounce": ("CONCEDE", None),
    # REJECT: turning down a claim, a norm or a ruling
    "refute": ("REJECT", None), "rebut": ("REJECT", None), "repudiate": ("REJECT", None),
    "disavow": ("REJECT", None), "overturn": ("REJECT", None),
    # CONSULT: conferring ("huddled with")
    "huddle": ("CONSULT", None),
    # PROTEST: dissent of a crowd, a people or a party's members (no mode: "MPs rebelled against the whip" is
    # no riot)
    "revolt": ("PROTEST", None), "rebel": ("PROTEST", None), "heckle": ("PROTEST", "demo"),
    "boo": ("PROTEST", "demo"),
}

# Verbs that turn down what a party said: their object is words ("refuted the minister's comments"), an event
# all the same when the words are a party's.
REBUTTAL_VERBS = frozenset({"refute", "rebut", "repudiate", "disavow"})

MORE_PHRASAL_TRIGGERS: dict[tuple[str, str], Trigger] = {
    ("walk", "back"): ("CONCEDE", None),
    ("rule", "out"): ("REJECT", None), ("tip", "off"): ("COOPERATE", None),
}

MORE_NOUN_TRIGGERS: dict[str, Trigger] = {
    # no mode for a revolt: "backbenchers staged a revolt over the bill" is dissent in a vote, no riot
    "uprising": ("PROTEST", None), "revolt": ("PROTEST", None), "rebellion": ("PROTEST", None),
    "insurrection": ("PROTEST", "riot"), "vigil": ("PROTEST", "demo"), "backing": ("SUPPORT", None),
}

# Nouns of a stance taken towards a party (see ``stances.STANCE_NOUNS``): "X's backing of Y", "won the backing of X".
MORE_STANCE_NOUNS = frozenset({"backing"})

# The new nouns that tell an event with no light verb over them ("the uprising began", "a vigil outside the court").
MORE_STANDALONE_NOUNS = frozenset({"uprising", "revolt", "rebellion", "insurrection", "vigil"})

# Verb + noun pairs told with a preposition ("took to the streets").
MORE_PREP_NOUN_TRIGGERS: dict[tuple[str, str, str], Trigger] = {
    ("take", "to", "street"): ("PROTEST", "demo"),
}

# Children the new verbs need to tell their event (see ``plover.REQUIRED_CHILDREN``): "huddled with X", not
# "huddled under blankets"; "rebelled against X"; "overturned the ruling", not "the boat overturned".
MORE_REQUIRED_CHILDREN: dict[str, frozenset[str]] = {
    "huddle": frozenset({"with"}), "rebel": frozenset({"against"}), "overturn": frozenset({"dobj", "nsubjpass"}),
    # "investors revolted" (sold off), "peasants revolted against the tax" (dissent)
    "revolt": frozenset({"against"}),
    "retract": frozenset({"dobj", "nsubjpass"}),
    # "the crowd booed X" is dissent aimed at X; a crowd that boos at a candidate's rally only reacts.
    "boo": frozenset({"dobj", "nsubjpass"}),
}

# Arguments that give a new trigger verb another sense (``extractors.events.trigger_senses``).
# "overturned a 20-point deficit": a comeback in a game.
SCORE_GAP_NOUNS = frozenset({"deficit", "lead", "margin", "odds", "disadvantage", "scoreline"})
# "ruled out foul play", "ruled out surgery": a cause or a treatment excluded, no proposal rejected.
RULED_OUT_CAUSES = frozenset({"play", "motive", "cause", "involvement", "link", "sabotage", "terrorism", "suicide",
                              "surgery", "injury", "infection", "contamination", "fracture", "explanation"})
# "renounced her citizenship": a status given up, yielding nothing to a party.
STATUS_NOUNS = frozenset({"citizenship", "nationality", "passport", "peerage", "residency"})
# A crowd booing at a game reacts to play, not to a government ("fans booed the referee").
GAME_SETTING_WORDS = frozenset({"referee", "umpire", "pitch", "whistle", "stadium", "halftime", "match", "innings",
                                "striker", "quarterback"})
