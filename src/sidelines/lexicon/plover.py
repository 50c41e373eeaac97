"""PLOVER trigger lexicon: verbs and nouns per event type and mode, plus modality and occasion cues.

General English knowledge of how political events are told, keyed by spaCy lemma. A value is a
pair ``(type, mode)``; the mode is ``None`` where the word does not say it. Nothing here is fitted
to any one article.
"""

from __future__ import annotations

from sidelines.lexicon.more_triggers import (
    MORE_NOUN_TRIGGERS,
    MORE_PHRASAL_TRIGGERS,
    MORE_PREP_NOUN_TRIGGERS,
    MORE_REQUIRED_CHILDREN,
    MORE_STANDALONE_NOUNS,
    MORE_VERB_TRIGGERS,
)

Trigger = tuple[str, "str | None"]

# The 16 PLOVER event types.
EVENT_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)

# Types of cooperation, told in the future, read as AGREE; material conflict told so reads as THREATEN.
COOPERATIVE_TYPES = frozenset({"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT"})
MATERIAL_CONFLICT_TYPES = frozenset({"SANCTION", "MOBILIZE", "COERCE", "ASSAULT", "PROTEST"})

# Types whose participants are symmetric (no source/target split when the text coordinates them).
SYMMETRIC_TYPES = frozenset({"CONSULT", "COOPERATE", "AGREE"})

# Verb lemmas that are triggers on their own.
VERB_TRIGGERS: dict[str, Trigger] = {
    # CONSULT
    "meet": ("CONSULT", None), "talk": ("CONSULT", None), "negotiate": ("CONSULT", None),
    "confer": ("CONSULT", None), "consult": ("CONSULT", None), "discuss": ("CONSULT", None),
    "visit": ("CONSULT", "visit"), "host": ("CONSULT", "visit"),
    "phone": ("CONSULT", "phone"), "telephone": ("CONSULT", "phone"), "mediate": ("CONSULT", "third-party"),
    "tour": ("CONSULT", "visit"),
    # AGREE
    "agree": ("AGREE", None), "promise": ("AGREE", None), "pledge": ("AGREE", None),
    "offer": ("AGREE", None), "vow": ("AGREE", None), "commit": ("AGREE", None),
    "undertake": ("AGREE", None),
    # SUPPORT
    "sign": ("SUPPORT", None), "ratify": ("SUPPORT", None), "praise": ("SUPPORT", None),
    "endorse": ("SUPPORT", None), "support": ("SUPPORT", None), "back": ("SUPPORT", None),
    "recognize": ("SUPPORT", None), "recognise": ("SUPPORT", None),
    "commend": ("SUPPORT", None), "hail": ("SUPPORT", None), "congratulate": ("SUPPORT", None),
    "defend": ("SUPPORT", None),
    "forgive": ("SUPPORT", None), "thank": ("SUPPORT", None), "upgrade": ("SUPPORT", None),
    # CONCEDE (apologies too: shared/PLOVER.md, where CAMEO2PLOVER reads CAMEO 055 as SUPPORT)
    "apologize": ("CONCEDE", None), "apologise": ("CONCEDE", None),
    "concede": ("CONCEDE", None), "ease": ("CONCEDE", None), "lift": ("CONCEDE", None),
    "pardon": ("CONCEDE", None), "relax": ("CONCEDE", None), "yield": ("CONCEDE", None),
    "amnesty": ("CONCEDE", None), "allow": ("CONCEDE", None), "permit": ("CONCEDE", None),
    "return": ("RETREAT", None),
    # COOPERATE
    "cooperate": ("COOPERATE", None), "collaborate": ("COOPERATE", None), "extradite": ("COOPERATE", None),
    "share": ("COOPERATE", None), "trade": ("COOPERATE", None),
    # AID
    "donate": ("AID", None), "supply": ("AID", None), "grant": ("AID", None), "fund": ("AID", None),
    "finance": ("AID", None), "rescue": ("AID", None), "shelter": ("AID", None), "aid": ("AID", None),
    "assist": ("AID", None), "help": ("AID", None), "provide": ("AID", None), "give": ("AID", None),
    "send": ("AID", None), "deliver": ("AID", None),
    # RETREAT
    "withdraw": ("RETREAT", "withdraw"), "release": ("RETREAT", "release"), "free": ("RETREAT", "release"),
    "disarm": ("RETREAT", "disarm"), "demobilize": ("RETREAT", "disarm"), "resign": ("RETREAT", "resign"),
    "retreat": ("RETREAT", "withdraw"), "evacuate": ("RETREAT", "withdraw"),
    # REQUEST
    "demand": ("REQUEST", None), "urge": ("REQUEST", None), "ask": ("REQUEST", None),
    "appeal": ("REQUEST", None), "request": ("REQUEST", None), "press": ("REQUEST", None),
    "push": ("REQUEST", None),
    "order": ("REQUEST", None), "invite": ("REQUEST", "meet"),
    "seek": ("REQUEST", None), "implore": ("REQUEST", None),
    # ACCUSE
    "accuse": ("ACCUSE", "allege"), "blame": ("ACCUSE", "allege"), "allege": ("ACCUSE", "allege"),
    "criticize": ("ACCUSE", "disapprove"), "criticise": ("ACCUSE", "disapprove"),
    "condemn": ("ACCUSE", "disapprove"), "denounce": ("ACCUSE", "disapprove"),
    "deplore": ("ACCUSE", "disapprove"), "decry": ("ACCUSE", "disapprove"), "slam": ("ACCUSE", "disapprove"),
    "rebuke": ("ACCUSE", "disapprove"), "complain": ("ACCUSE", "disapprove"),
    "investigate": ("ACCUSE", "investigate"), "probe": ("ACCUSE", "investigate"),
    "sue": ("ACCUSE", None), "indict": ("ACCUSE", None), "charge": ("ACCUSE", None),
    "summon": ("ACCUSE", "disapprove"),
    # REJECT
    "reject": ("REJECT", None), "refuse": ("REJECT", None), "decline": ("REJECT", None),
    "veto": ("REJECT", None), "oppose": ("REJECT", None), "renege": ("REJECT", None),
    "rebuff": ("REJECT", None), "dismiss": ("REJECT", None), "defy": ("REJECT", None),
    "violate": ("REJECT", None), "spurn": ("REJECT", None),
    # THREATEN
    "threaten": ("THREATEN", None), "warn": ("THREATEN", None), "caution": ("THREATEN", None),
    # PROTEST
    "protest": ("PROTEST", "demo"), "demonstrate": ("PROTEST", "demo"), "rally": ("PROTEST", "demo"),
    "march": ("PROTEST", "demo"), "riot": ("PROTEST", "riot"), "boycott": ("PROTEST", "boycott"),
    "picket": ("PROTEST", "demo"),
    # SANCTION
    "sanction": ("SANCTION", None), "expel": ("SANCTION", "expel"), "sever": ("SANCTION", "discontinue"),
    "suspend": ("SANCTION", "discontinue"), "cancel": ("SANCTION", "discontinue"),
    "recall": ("SANCTION", "withdraw"), "convict": ("SANCTION", "convict"), "sentence": ("SANCTION", "convict"),
    "prohibit": ("SANCTION", "discontinue"), "halt": ("SANCTION", "discontinue"),
    # MOBILIZE
    "mobilize": ("MOBILIZE", "troops"), "mobilise": ("MOBILIZE", "troops"), "deploy": ("MOBILIZE", "troops"),
    "amass": ("MOBILIZE", "troops"), "reinforce": ("MOBILIZE", "troops"), "strengthen": ("MOBILIZE", "troops"),
    # COERCE
    "arrest": ("COERCE", "arrest"), "detain": ("COERCE", "arrest"), "jail": ("COERCE", "arrest"),
    "imprison": ("COERCE", "arrest"), "seize": ("COERCE", "seize"), "confiscate": ("COERCE", "seize"),
    "ban": ("COERCE", "restrict"), "censor": ("COERCE", "censor"), "deport": ("COERCE", "deport"),
    "raid": ("COERCE", "seize"), "demolish": ("COERCE", "seize"), "hack": ("COERCE", "cyber"),
    "deface": ("COERCE", "cyber"), "outlaw": ("COERCE", "restrict"), "blockade": ("COERCE", "restrict"),
    "restrict": ("COERCE", "restrict"), "kidnap": ("ASSAULT", "abduct"),
    # ASSAULT
    "attack": ("ASSAULT", None), "kill": ("ASSAULT", None), "bomb": ("ASSAULT", "explosives"),
    "shell": ("ASSAULT", "heavy-weapons"), "shoot": ("ASSAULT", "firearms"), "wound": ("ASSAULT", None),
    "fight": ("ASSAULT", None), "clash": ("ASSAULT", None), "assassinate": ("ASSAULT", "targeted"),
    "abduct": ("ASSAULT", "abduct"), "torture": ("ASSAULT", "torture"), "beat": ("ASSAULT", "beat"),
    "invade": ("ASSAULT", "heavy-weapons"), "massacre": ("ASSAULT", None), "murder": ("ASSAULT", None),
    "fire": ("ASSAULT", "firearms"), "retake": ("ASSAULT", "heavy-weapons"), "storm": ("ASSAULT", None),
    "ambush": ("ASSAULT", "firearms"), "execute": ("ASSAULT", None), "overrun": ("ASSAULT", None),
    "destroy": ("ASSAULT", "destroy"), "strike": ("ASSAULT", None),
    **MORE_VERB_TRIGGERS,
}

# Verb + particle (or verb + preposition) pairs.
PHRASAL_TRIGGERS: dict[tuple[str, str], Trigger] = {
    ("call", "on"): ("REQUEST", None), ("call", "for"): ("REQUEST", None),
    ("call", "upon"): ("REQUEST", None), ("pull", "out"): ("RETREAT", "withdraw"),
    ("pull", "back"): ("RETREAT", "withdraw"), ("step", "down"): ("RETREAT", "resign"),
    ("hand", "over"): ("AID", None), ("beat", "up"): ("ASSAULT", "beat"),
    ("blow", "up"): ("ASSAULT", "explosives"), ("cut", "off"): ("SANCTION", "discontinue"),
    ("break", "off"): ("SANCTION", "discontinue"), ("crack", "down"): ("COERCE", "restrict"),
    ("shut", "down"): ("COERCE", "restrict"), ("lock", "up"): ("COERCE", "arrest"),
    ("sit", "down"): ("CONSULT", None), ("speak", "with"): ("CONSULT", None),
    ("speak", "to"): ("CONSULT", "phone"), ("set", "fire"): ("ASSAULT", "destroy"),
    ("open", "fire"): ("ASSAULT", "firearms"), ("turn", "down"): ("REJECT", None),
    ("walk", "out"): ("SANCTION", "withdraw"), ("shoot", "down"): ("ASSAULT", "heavy-weapons"),
    ("lash", "out"): ("ACCUSE", "disapprove"), ("insist", "on"): ("REQUEST", None),
    ("hit", "out"): ("ACCUSE", "disapprove"),
    **MORE_PHRASAL_TRIGGERS,
}

# Nouns (lemmas) that name an event: objects of light verbs, or anaphors ("the talks").
NOUN_TRIGGERS: dict[str, Trigger] = {
    "talk": ("CONSULT", None), "meeting": ("CONSULT", None), "negotiation": ("CONSULT", None),
    "consultation": ("CONSULT", None), "discussion": ("CONSULT", None), "visit": ("CONSULT", "visit"),
    "trip": ("CONSULT", "visit"), "call": ("CONSULT", "phone"), "conversation": ("CONSULT", "phone"),
    "mediation": ("CONSULT", "third-party"), "dialogue": ("CONSULT", None),
    "tete": ("CONSULT", None), "encounter": ("CONSULT", None),
    "agreement": ("AGREE", None), "deal": ("AGREE", None), "accord": ("AGREE", None),
    "treaty": ("AGREE", None), "pact": ("AGREE", None), "memorandum": ("AGREE", None),
    "consensus": ("AGREE", None), "promise": ("AGREE", None), "pledge": ("AGREE", None),
    "offer": ("AGREE", None), "commitment": ("AGREE", None), "extension": ("AGREE", None),
    "invitation": ("REQUEST", "meet"), "demand": ("REQUEST", None), "appeal": ("REQUEST", None),
    "request": ("REQUEST", None), "plea": ("REQUEST", None),
    "support": ("SUPPORT", None), "recognition": ("SUPPORT", None), "endorsement": ("SUPPORT", None),
    "apology": ("CONCEDE", None), "praise": ("SUPPORT", None), "tie": ("SUPPORT", None),
    "relation": ("SUPPORT", None),
    "cooperation": ("COOPERATE", None), "exercise": ("COOPERATE", None), "game": ("COOPERATE", None),
    "aid": ("AID", None), "assistance": ("AID", None), "asylum": ("AID", None), "grant": ("AID", None),
    "loan": ("AID", None), "arm": ("AID", None), "weapon": ("AID", None), "troop": ("MOBILIZE", "troops"),
    "withdrawal": ("RETREAT", "withdraw"), "release": ("RETREAT", "release"), "ceasefire": ("RETREAT", "ceasefire"),
    "truce": ("RETREAT", "ceasefire"), "resignation": ("RETREAT", "resign"), "compensation": ("RETREAT", None),
    "access": ("RETREAT", "access"), "pullout": ("RETREAT", "withdraw"),
    "accusation": ("ACCUSE", "allege"), "allegation": ("ACCUSE", "allege"), "criticism": ("ACCUSE", "disapprove"),
    "condemnation": ("ACCUSE", "disapprove"), "investigation": ("ACCUSE", "investigate"),
    "probe": ("ACCUSE", "investigate"), "inquiry": ("ACCUSE", "investigate"), "lawsuit": ("ACCUSE", None),
    "complaint": ("ACCUSE", "disapprove"), "charge": ("ACCUSE", None),
    "rejection": ("REJECT", None), "refusal": ("REJECT", None), "veto": ("REJECT", None),
    "threat": ("THREATEN", None), "warning": ("THREATEN", None), "ultimatum": ("THREATEN", None),
    "protest": ("PROTEST", "demo"), "demonstration": ("PROTEST", "demo"), "rally": ("PROTEST", "demo"),
    "riot": ("PROTEST", "riot"), "boycott": ("PROTEST", "boycott"), "strike": ("ASSAULT", None),
    "march": ("PROTEST", "demo"), "sit": ("PROTEST", "obstruct"),
    "sanction": ("SANCTION", None), "expulsion": ("SANCTION", "expel"), "suspension": ("SANCTION", "discontinue"),
    "embargo": ("COERCE", "restrict"), "blockade": ("COERCE", "restrict"), "ban": ("COERCE", "restrict"),
    "curfew": ("COERCE", "curfew"), "arrest": ("COERCE", "arrest"), "detention": ("COERCE", "arrest"),
    "deportation": ("COERCE", "deport"), "raid": ("COERCE", "seize"), "crackdown": ("COERCE", "restrict"),
    "siege": ("COERCE", "martial-law"), "emergency": ("COERCE", "martial-law"),
    "deployment": ("MOBILIZE", "troops"), "mobilization": ("MOBILIZE", "troops"), "buildup": ("MOBILIZE", "troops"),
    "attack": ("ASSAULT", None), "bombing": ("ASSAULT", "explosives"), "airstrike": ("ASSAULT", "aerial"),
    "invasion": ("ASSAULT", "heavy-weapons"), "offensive": ("ASSAULT", "heavy-weapons"),
    "assault": ("ASSAULT", None), "shelling": ("ASSAULT", "heavy-weapons"), "fire": ("ASSAULT", "firearms"),
    "artillery": ("ASSAULT", "heavy-weapons"), "assassination": ("ASSAULT", "targeted"),
    "massacre": ("ASSAULT", None), "fighting": ("ASSAULT", None), "clash": ("ASSAULT", None),
    "war": ("ASSAULT", None), "warfare": ("ASSAULT", None), "hostility": ("ASSAULT", None), "blow": ("ASSAULT", None),
    "action": ("THREATEN", None), "restriction": ("COERCE", "restrict"), "blackout": ("COERCE", "censor"),
    **MORE_NOUN_TRIGGERS,
}

# Nouns that make an event of their own even when no verb governs them ("their meeting", "the talks").
STANDALONE_NOUNS = frozenset({
    "talk", "meeting", "negotiation", "consultation", "discussion", "visit", "invitation",
    "sanction", "attack", "bombing", "airstrike", "invasion", "protest", "demonstration", "riot",
    "accusation", "allegation", "investigation", "probe", "withdrawal", "ceasefire", "truce",
    "ultimatum", "threat", "expulsion", "embargo", "blockade", "arrest", "deportation", "agreement",
    "deal", "treaty", "accord", "pact", "offensive", "shelling", "massacre", "assassination",
    "boycott", "mediation", "suspension", "crackdown", "conversation",
}) | MORE_STANDALONE_NOUNS

# Verbs that carry a trigger noun as their object without adding a type of their own.
LIGHT_VERBS = frozenset({
    "hold", "have", "conduct", "begin", "start", "launch", "make", "pay", "stage", "carry", "mount",
    "issue", "reach", "open", "continue", "resume", "complete", "announce",
    "organize", "organise", "take", "put", "file", "level", "impose", "declare", "extend", "undertake",
    "establish", "enter", "conclude", "institute", "initiate", "get", "go", "seal", "strike", "host",
    "lodge", "order", "unleash", "step", "bring", "set", "wage", "finalize", "finalise", "sign", "ink",
    "heap", "voice", "express",
})

# Verb + object-noun pairs whose type differs from both words taken alone.
VERB_NOUN_TRIGGERS: dict[tuple[str, str], Trigger] = {
    ("sign", "agreement"): ("SUPPORT", None), ("sign", "deal"): ("SUPPORT", None),
    ("sign", "treaty"): ("SUPPORT", None), ("sign", "accord"): ("SUPPORT", None),
    ("sign", "pact"): ("SUPPORT", None), ("sign", "memorandum"): ("SUPPORT", None),
    ("ink", "deal"): ("SUPPORT", None), ("ink", "agreement"): ("SUPPORT", None),
    ("reach", "agreement"): ("AGREE", None), ("reach", "deal"): ("AGREE", None),
    ("reach", "consensus"): ("AGREE", None), ("reach", "accord"): ("AGREE", None),
    ("lift", "sanction"): ("CONCEDE", None), ("lift", "ban"): ("CONCEDE", None),
    ("lift", "curfew"): ("CONCEDE", None), ("lift", "embargo"): ("CONCEDE", None),
    ("lift", "blockade"): ("CONCEDE", None), ("lift", "emergency"): ("CONCEDE", None),
    ("lift", "siege"): ("CONCEDE", None), ("lift", "restriction"): ("CONCEDE", None),
    ("ease", "sanction"): ("CONCEDE", None), ("ease", "restriction"): ("CONCEDE", None),
    # Lowering trade barriers (CAMEO 08 "ease economic sanctions"); laying down arms (087x).
    ("lift", "tariff"): ("CONCEDE", None), ("cut", "tariff"): ("CONCEDE", None),
    ("lower", "tariff"): ("CONCEDE", None), ("reduce", "tariff"): ("CONCEDE", None),
    ("remove", "tariff"): ("CONCEDE", None), ("scrap", "tariff"): ("CONCEDE", None),
    ("ease", "tariff"): ("CONCEDE", None), ("lay", "arm"): ("RETREAT", "disarm"),
    ("lay", "weapon"): ("RETREAT", "disarm"),
    # Calling off one's own protest eases dissent (CAMEO 082x).
    ("end", "strike"): ("CONCEDE", None), ("end", "protest"): ("CONCEDE", None),
    ("end", "boycott"): ("CONCEDE", None), ("suspend", "strike"): ("CONCEDE", None),
    ("suspend", "protest"): ("CONCEDE", None), ("postpone", "protest"): ("CONCEDE", None),
    ("postpone", "demonstration"): ("CONCEDE", None), ("postpone", "strike"): ("CONCEDE", None),
    ("impose", "sanction"): ("SANCTION", None), ("impose", "curfew"): ("COERCE", "curfew"),
    ("impose", "ban"): ("COERCE", "restrict"), ("impose", "blockade"): ("COERCE", "restrict"),
    ("impose", "embargo"): ("COERCE", "restrict"),
    ("impose", "restriction"): ("COERCE", "restrict"), ("impose", "blackout"): ("COERCE", "censor"),
    ("declare", "ceasefire"): ("RETREAT", "ceasefire"), ("declare", "truce"): ("RETREAT", "ceasefire"),
    ("declare", "emergency"): ("COERCE", "martial-law"), ("declare", "siege"): ("COERCE", "martial-law"),
    ("declare", "curfew"): ("COERCE", "curfew"),
    # A declared end of fighting is a truce; a deadline set for a party is an ultimatum (CAMEO 13).
    ("declare", "cessation"): ("RETREAT", "ceasefire"), ("announce", "cessation"): ("RETREAT", "ceasefire"),
    ("set", "deadline"): ("THREATEN", None), ("give", "deadline"): ("THREATEN", None),
    ("cancel", "visit"): ("SANCTION", "discontinue"), ("end", "mediation"): ("SANCTION", "discontinue"),
    ("end", "talk"): ("SANCTION", "discontinue"), ("suspend", "talk"): ("SANCTION", "discontinue"),
    ("break", "relation"): ("SANCTION", "discontinue"), ("break", "tie"): ("SANCTION", "discontinue"),
    ("sever", "tie"): ("SANCTION", "discontinue"), ("sever", "relation"): ("SANCTION", "discontinue"),
    ("cut", "tie"): ("SANCTION", "discontinue"), ("establish", "tie"): ("SUPPORT", None),
    ("establish", "relation"): ("SUPPORT", None), ("restore", "relation"): ("SUPPORT", None),
    ("restore", "tie"): ("SUPPORT", None), ("upgrade", "tie"): ("SUPPORT", None),
    ("accept", "demand"): ("CONCEDE", None), ("accept", "offer"): ("AGREE", None),
    ("accept", "invitation"): ("AGREE", None), ("accept", "proposal"): ("AGREE", None),
    ("accept", "plan"): ("AGREE", None), ("accept", "refugee"): ("AID", "asylum"),
    ("grant", "asylum"): ("AID", None), ("pay", "compensation"): ("RETREAT", None),
    ("pay", "visit"): ("CONSULT", "visit"), ("make", "visit"): ("CONSULT", "visit"),
    ("open", "fire"): ("ASSAULT", "firearms"), ("open", "border"): ("RETREAT", "access"),
    ("close", "border"): ("COERCE", "restrict"), ("block", "road"): ("PROTEST", "obstruct"),
    ("deploy", "troop"): ("MOBILIZE", "troops"), ("mass", "troop"): ("MOBILIZE", "troops"),
    ("send", "troop"): ("MOBILIZE", "troops"), ("send", "aid"): ("AID", None),
    ("hold", "exercise"): ("COOPERATE", None), ("launch", "game"): ("COOPERATE", None),
    ("conduct", "exercise"): ("COOPERATE", None), ("share", "information"): ("COOPERATE", None),
    ("share", "intelligence"): ("COOPERATE", None), ("share", "expertise"): ("COOPERATE", None),
    ("exchange", "information"): ("COOPERATE", None), ("exchange", "prisoner"): ("RETREAT", "release"),
    ("free", "prisoner"): ("RETREAT", "release"), ("release", "prisoner"): ("RETREAT", "release"),
    ("stop", "work"): ("PROTEST", "strike"), ("go", "strike"): ("PROTEST", "strike"),
    ("shun", "work"): ("PROTEST", "strike"),
    ("collect", "signature"): ("PROTEST", "demo"), ("violate", "ceasefire"): ("ASSAULT", None),
    ("violate", "truce"): ("ASSAULT", None), ("reduce", "supply"): ("SANCTION", "discontinue"),
    ("deny", "entry"): ("SANCTION", "discontinue"), ("deny", "allocation"): ("REJECT", None),
    ("dispatch", "inspector"): ("ACCUSE", "investigate"), ("train", "hacker"): ("MOBILIZE", "troops"),
    ("demolish", "home"): ("COERCE", "seize"), ("set", "fire"): ("ASSAULT", "destroy"),
    ("launch", "fire"): ("ASSAULT", "heavy-weapons"), ("launch", "artillery"): ("ASSAULT", "heavy-weapons"),
    ("retake", "village"): ("ASSAULT", "heavy-weapons"), ("hold", "talk"): ("CONSULT", None),
    ("open", "bridge"): ("RETREAT", "access"), ("open", "crossing"): ("RETREAT", "access"),
    ("open", "corridor"): ("RETREAT", "access"), ("open", "embassy"): ("SUPPORT", None),
}

# Verb + preposition + noun triples: the verb-noun pairs told with "on" ("went on strike"), and others
# ("took to the streets").
PREP_NOUN_TRIGGERS: dict[tuple[str, str, str], Trigger] = {
    **{(verb, "on", noun): hit for (verb, noun), hit in VERB_NOUN_TRIGGERS.items()}, **MORE_PREP_NOUN_TRIGGERS}

# Compound modifiers that change a trigger noun's type ("hunger strike", "air strike").
NOUN_MODIFIER_TRIGGERS: dict[tuple[str, str], Trigger] = {
    ("hunger", "strike"): ("PROTEST", "hunger"), ("general", "strike"): ("PROTEST", "strike"),
    ("air", "strike"): ("ASSAULT", "aerial"), ("drone", "strike"): ("ASSAULT", "drone"),
    ("missile", "strike"): ("ASSAULT", "heavy-weapons"), ("bomb", "attack"): ("ASSAULT", "explosives"),
    ("suicide", "attack"): ("ASSAULT", "suicide-attack"), ("phone", "call"): ("CONSULT", "phone"),
    # A law is martial law only when it says so ("signed a law" is no coercion).
    ("martial", "law"): ("COERCE", "martial-law"), ("state", "emergency"): ("COERCE", "martial-law"),
    ("peace", "talk"): ("CONSULT", None), ("war", "game"): ("COOPERATE", None),
    ("military", "exercise"): ("COOPERATE", None), ("joint", "exercise"): ("COOPERATE", None),
    ("labor", "strike"): ("PROTEST", "strike"), ("labour", "strike"): ("PROTEST", "strike"),
    ("worker", "strike"): ("PROTEST", "strike"), ("car", "bomb"): ("ASSAULT", "explosives"),
    ("bilateral", "talk"): ("CONSULT", None), ("bilateral", "meeting"): ("CONSULT", None),
}

# Head verbs that turn an embedded act into a stance on it ("agreed to withdraw").
INTENT_VERBS = frozenset({"agree", "promise", "pledge", "offer", "vow", "commit", "plan", "intend",
                          "prepare", "prepared", "ready", "willing", "consent", "undertake", "determined",
                          "committed", "eager", "keen"})
THREAT_VERBS = frozenset({"threaten", "warn", "caution"})
REQUEST_VERBS = frozenset({"demand", "urge", "ask", "appeal", "request", "press", "push", "insist", "call",
                           "order", "seek", "implore", "invite", "want", "encourage"})
REJECT_VERBS = frozenset({"refuse", "decline", "reject", "oppose", "renege", "rebuff", "veto", "resist"})
ACCUSE_VERBS = frozenset({"accuse", "blame", "charge", "allege", "criticize", "criticise", "condemn",
                          "suspect"})
DENIAL_VERBS = frozenset({"deny", "fail", "avoid"})
STOP_VERBS = frozenset({"stop", "end", "halt", "suspend", "cancel", "cease", "postpone", "call"})
# Nouns of popular dissent that a side calls off itself (CAMEO 082x, easing dissent), and the words
# that make a "strike" an armed one ("air strike", "missile strike").
DISSENT_NOUNS = frozenset({"strike", "walkout", "protest", "demonstration", "rally", "march", "boycott",
                           "sit-in", "stoppage", "picket", "blockade"})
ARMED_STRIKE_WORDS = frozenset({"air", "missile", "drone", "rocket", "military", "aerial", "nuclear", "preemptive"})

# Reporting verbs: never events themselves, their speaker may be the source of what follows.
REPORTING_VERBS = frozenset({
    "say", "tell", "announce", "state", "report", "confirm", "add", "claim", "note", "declare",
    "reiterate", "stress", "emphasise", "emphasize", "explain", "write", "believe", "think",
    "argue", "reply", "indicate", "suggest", "remark", "assert", "quote", "know", "hope",
})

# Mode of a stance type given the type of what it is about (PLOVER's REQUEST/REJECT/THREATEN modes).
STANCE_MODES: dict[str, dict[str, str]] = {
    "REQUEST": {"CONSULT": "meet", "AID": "assist", "COOPERATE": "assist", "SUPPORT": "assist",
                "RETREAT": "yield", "CONCEDE": "yield", "AGREE": "change"},
    "REJECT": {"CONSULT": "meet", "AID": "assist", "COOPERATE": "assist", "SUPPORT": "assist",
               "RETREAT": "yield", "CONCEDE": "yield", "AGREE": "change", "REQUEST": "change"},
    "THREATEN": {"SANCTION": "relations", "COERCE": "restrict", "ASSAULT": "violence",
                 "MOBILIZE": "violence"},
}

# Auxiliaries and heads that mark modality; the value is the record's modality.
FUTURE_AUX = frozenset({"will", "shall", "'ll"})
HYPOTHETICAL_AUX = frozenset({"would", "could", "might", "may", "can"})
OBLIGATION_AUX = frozenset({"must", "should", "ought"})
# Auxiliaries of the future or a modal: the clause tells an act to come or a possibility, no fact
# ("that it would retaliate", "would win"; "wo" and "ca" of "won't", "can't").
FUTURE_OR_MODAL = frozenset({"will", "would", "could", "might", "may", "can", "shall", "should", "must",
                             "'ll", "'d", "wo", "ca"})
PLAN_HEADS = frozenset({"plan", "intend", "expect", "schedule", "due", "set", "hope", "aim", "prepare",
                        "propose", "want", "seek", "look"})
CONDITION_MARKERS = frozenset({"if", "unless", "whether"})
# Subordinators of a condition proper ("if they march", "unless the talks resume"), without "whether".
CONDITIONS = frozenset({"if", "unless"})
# Words that govern a clause and say it has not happened (yet): "failed to reach", "hopes to meet",
# "it is possible to agree". Each gives (polarity, modality) to the act it embeds; a reporting verb
# ("said he met") changes nothing. General English, not fitted to any article.
STATUS_GOVERNORS: dict[str, tuple[str | None, str | None]] = {
    **dict.fromkeys(("fail", "avoid", "refrain", "neglect", "omit"), ("negative", None)),
    # Nouns and adjectives of not doing: "his refusal to withdraw", "their failure to meet".
    **dict.fromkeys(("failure", "refusal", "unwillingness", "unwilling", "reluctance", "reluctant",
                     "inability"), ("negative", None)),
    **dict.fromkeys(("unable", "impossible", "unlikely"), ("negative", "hypothetical")),
    # Nouns of asking, offering or promising, and difficulty: "a request to speak with X", "hard to blame".
    **dict.fromkeys(("request", "permission", "proposal", "bid", "invitation", "offer", "promise", "pledge",
                     "threat", "ultimatum", "hard", "difficult"), (None, "hypothetical")),
    **dict.fromkeys((
        "imagine", "consider", "want", "wish", "hope", "seek", "try", "attempt", "aim", "mull", "weigh",
        "contemplate", "propose", "suggest", "possible", "likely", "able", "may", "might", "could",
        "would", "should", "need", "struggle", "dream", "envisage", "envision", "explore", "push", "work",
        "strive", "look", "eager", "keen", "willing",
        # Inclined, not done: "leaning toward supporting X", "inclined to back", "close to signing".
        "lean", "leaning", "incline", "inclined", "close",
    ), (None, "hypothetical")),
    **dict.fromkeys((
        "plan", "expect", "schedule", "due", "set", "prepare", "intend", "go", "poise", "slate", "announce",
    ), (None, "planned")),
    # Verbs of directing and asking: "directed his cousin to attack X", "urged the army to withdraw".
    **dict.fromkeys((
        "direct", "instruct", "command", "order", "urge", "ask", "demand", "encourage", "implore", "beg",
    ), (None, "requested")),
}
# Dependencies along which a governor passes its status down to the clause it embeds.
GOVERNED_DEPS = frozenset({"xcomp", "ccomp", "acomp", "pcomp", "acl", "advcl", "relcl"})

# Occasions: nouns that name a gathering an event can happen at or beside.
OCCASION_NOUNS = frozenset({
    "summit", "forum", "conference", "session", "assembly", "congress", "meeting", "gathering",
    "ceremony", "games", "olympics", "festival", "expo", "exhibition", "convention", "talks",
    "celebration", "parade", "funeral", "inauguration", "visit", "tour", "trip", "week", "dialogue",
    "council", "g20", "g7", "g8", "cop", "davos", "symposium", "retreat", "commemoration",
})
# "on the sidelines of", "on the margins of", "at the", "during", "ahead of", "on the eve of".
SIDELINE_NOUNS = frozenset({"sideline", "sidelines", "margin", "margins", "fringe", "fringes"})
OCCASION_PREPS = frozenset({"at", "during", "on", "in", "ahead", "after", "before", "amid"})

# Attendance cues ("attended by", "accompanied by", "also present", "joined by").
ATTENDANCE_VERBS = frozenset({"attend", "accompany", "join", "include", "participate", "comprise"})
ATTENDANCE_ADJECTIVES = frozenset({"present", "attending", "on hand"})

# Verbs and prepositions that introduce topics of talks.
TOPIC_VERBS = frozenset({"discuss", "address", "review", "examine", "debate", "tackle", "cover",
                         "focus", "touch", "explore", "consider"})
TOPIC_PREPS = frozenset({"on", "about", "over", "regarding", "concerning"})
TOPIC_LIST_WORDS = frozenset({"issue", "matter", "topic", "question", "subject", "range", "number",
                              "host", "variety", "agenda"})

# Objects that make a trigger verb ordinary ("released a statement", "delivered a speech").
NON_EVENT_OBJECTS = frozenset({
    "statement", "report", "letter", "video", "email", "book", "ad", "advertisement", "poll", "list",
    "record", "data", "document", "photo", "image", "tweet", "message", "speech", "remark", "comment",
    "interview", "version", "update", "detail", "information", "number", "figure", "result", "album",
    "film", "song", "patch", "product", "ballot", "vote", "point", "question", "answer", "look",
    "address", "lecture", "sermon", "testimony", "rebuttal", "round", "rounds", "thought", "view",
    "opinion", "insight", "advice", "congratulation", "condolence", "prayer", "advantage", "edge",
    "lead", "boost", "chance", "opportunity", "time", "way", "name", "sentence", "talk",
})

# Trigger verbs that only tell an event with an object ("released the prisoners", not "released Monday").
OBJECT_REQUIRED = frozenset({
    "release", "free", "give", "send", "provide", "deliver", "supply", "grant", "share", "return",
    "offer", "fund", "finance", "back", "support", "hand", "deploy", "order", "seize", "ban", "lift",
})

# Head nouns that carry no type themselves: the type comes from a compound or an "of" phrase
# ("a mediation effort", "ten days of war games", "a state of siege").
GENERIC_EVENT_NOUNS = frozenset({
    "effort", "plan", "process", "operation", "campaign", "bid", "attempt", "day", "week", "month",
    "year", "series", "wave", "state", "programme", "program", "initiative", "move", "step", "package",
    "round",
})

# Words that make an "attack" verbal ("a political attack", "attacking critics"): ACCUSE, not ASSAULT.
VERBAL_ATTACK_MODIFIERS = frozenset({"political", "verbal", "personal", "partisan", "rhetorical", "scathing",
                                     "blistering", "public", "negative", "twitter", "media",
                                     # the channels campaigns attack through ("radio attacks", "TV attacks")
                                     "ad", "advertising", "television", "tv", "radio"})
VERBAL_ATTACK_OBJECTS = frozenset({
    "critic", "opponent", "rival", "media", "press", "record", "policy", "plan", "remark", "comment",
    "statement", "decision", "candidate", "campaign", "administration", "leadership", "proposal", "idea",
})
# Words an attack is made "with" when it is made in words ("hammered X with insults").
VERBAL_ATTACK_MEANS = frozenset({
    "insult", "criticism", "question", "accusation", "allegation", "attack", "ad", "advertisement", "tweet",
    "barb", "jab", "complaint", "remark", "comment", "word", "rhetoric", "invective", "abuse", "slur", "taunt",
    "charge", "claim", "ridicule", "mockery", "scorn", "vitriol", "epithet", "name",
})

# Entity types a trigger word inside a name never fires in ("Meet the Press", "Operation Desert Storm").
NAME_ENTITY_TYPES = frozenset({"WORK_OF_ART", "ORG", "PRODUCT", "EVENT", "FAC", "LAW"})

# Generic giving verbs read as AID only with something material given or a recipient named.
GENERIC_AID_VERBS = frozenset({"give", "send", "provide", "deliver", "supply", "hand", "grant", "help", "assist"})
AID_OBJECTS = frozenset({
    "aid", "assistance", "help", "food", "medicine", "medical", "supply", "money", "dollar", "euro", "fund",
    "loan", "grant", "fuel", "equipment", "vaccine", "grain", "flour", "ton", "tonne", "kg", "arm",
    "weapon", "ammunition", "tent", "shelter", "asylum", "relief", "water", "blanket", "troop", "support",
})
# Words that tell physical violence; an "attack" between named people without them is verbal.
VIOLENCE_WORDS = frozenset({
    "kill", "wound", "injure", "dead", "death", "die", "bomb", "gun", "gunman", "shoot", "shot", "missile",
    "rocket", "troop", "soldier", "militant", "fighter", "army", "weapon", "knife", "stab", "explosion",
    "blast", "casualty", "victim", "police", "rebel", "terrorist", "terror", "airstrike", "shell", "drone",
})

# Verbs that tell their event only with one of these children (a dependency label or a preposition):
# "asked X to leave" / "asked for aid", not "I ask the people what ..."; "charged with fraud", "charged that X
# lied", "X lied, Y charged" (the charge is what the clause says).
REQUIRED_CHILDREN: dict[str, frozenset[str]] = {
    "ask": frozenset({"xcomp", "for"}), "appeal": frozenset({"xcomp", "for"}),
    "charge": frozenset({"with", "ccomp"}), "seek": frozenset({"dobj", "xcomp"}),
    "recall": frozenset({"dobj"}), "order": frozenset({"dobj", "xcomp", "ccomp"}),
    "press": frozenset({"xcomp", "for"}), "push": frozenset({"for"}), "call": frozenset({"xcomp", "for", "on", "upon"}),
    "talk": frozenset({"with", "to", "nsubj+conj", "between"}), "speak": frozenset({"with", "to"}),
    # "agreed with him" alone is an opinion; "agreed with X on/to ..." carries its own child.
    "agree": frozenset({"xcomp", "to", "on", "dobj", "upon"}),
    "commit": frozenset({"xcomp", "to"}),
    # "offered to mediate" is an AGREE; "offered amenities" is not (event objects are light verbs).
    "offer": frozenset({"xcomp"}),
    "discuss": frozenset({"dobj", "nsubj+conj"}), "negotiate": frozenset({"with", "dobj", "nsubj+conj", "between"}),
    **MORE_REQUIRED_CHILDREN,
}
# Particles that make a verb phrasal, another verb than its light or giving use ("gave up its demands",
# "threw out the complaint", "brushed off criticism").
PHRASAL_PARTICLES = frozenset({"up", "out", "back", "away", "off", "down"})
# Verb + particle pairs that are not events ("sign up" for a club).
NON_EVENT_PHRASALS = frozenset({("sign", "up"), ("give", "up"), ("hold", "up"), ("back", "up"),
                                ("free", "up"), ("send", "off"), ("call", "out"), ("step", "up"),
                                ("shell", "out"), ("fire", "up"), ("beat", "out"), ("strike", "out"),
                                ("seek", "out")})
# Intent words that make an AGREE only when what they intend is itself an event ("plans to visit").
WEAK_INTENT = frozenset({"plan", "intend", "prepare", "prepared", "ready", "willing", "consent",
                         "determined", "committed", "eager", "keen"})
# Intent words that tell only the doer's own aim, no offer or promise to another party ("plans to
# resign", "is eager to run"): never an AGREE (PLOVER's AGREE is a promise or offer to cooperate),
# unlike readiness offered to others ("ready to negotiate", "willing to meet").
OWN_INTENT = frozenset({"plan", "intend", "prepare", "determined", "eager", "keen"})
# The auxiliary that turns any reported clause into a demand ("X said Y must leave").
DEMAND_AUX = frozenset({"must"})

# Determiners and possessives that make an event noun refer back ("the talks", "their meeting").
DEFINITE_WORDS = frozenset({"the", "this", "that", "their", "these", "its", "his", "her", "my", "our", "your"})

# Light verbs that only carry consultations ("had talks", not "had a weapon").
CONSULT_ONLY_LIGHT_VERBS = frozenset({"have", "get", "go", "take", "bring", "put", "set"})

# Issue nouns of what participants say at a meeting (topics from their statements).
# Conflicts need a place or people to name them ("the war in X", "the X crisis"), as do settlements,
# peace processes and nuclear programmes ("X's nuclear programme").
CONFLICT_ISSUE_NOUNS = frozenset({"war", "conflict", "crisis", "hostility"})
LOCATED_ISSUE_NOUNS = frozenset({"settlement"})
PROGRAMME_NOUNS = frozenset({"programme", "program"})
# Policy fields, topics on their own ("trade", "regional security") or before a relation noun.
SECTOR_ISSUE_NOUNS = frozenset({"trade", "energy", "security", "migration", "climate", "sanction"})
# Relation nouns a policy field may modify to name a topic ("energy cooperation", "trade ties").
ISSUE_RELATION_HEADS = frozenset({
    "cooperation", "tie", "relation", "deal", "agreement", "partnership", "policy", "link", "project",
    "supply", "guarantee", "arrangement", "issue", "matter", "crisis", "corridor", "route", "flow", "pact",
    "dialogue", "exchange", "turnover", "volume", "balance", "investment", "transition", "change", "regime",
})
# Prepositions whose place or people locate an issue ("the war in X", "the conflict between X and Y").
ISSUE_LOCATING_PREPS = frozenset({"in", "of", "over", "between", "around", "on", "with"})
# Prepositions naming the partner or target of a policy field ("trade with X", "sanctions against X").
SECTOR_PARTNER_PREPS = frozenset({"with", "against", "on", "between"})

# -- non-events: speeches, interviews, figurative uses -------------------------------------------
# Speech verbs that tell a consultation only with a partner who talks back ("spoke with his
# counterpart"), not with an audience, the press or an organisation addressed ("spoke to reporters",
# "speaking to the chamber of commerce").
SPEECH_CONSULT_VERBS = frozenset({"talk", "speak", "chat", "converse"})
# Nouns of an audience, the press or a broadcast: a speech or interview to them is no meeting.
AUDIENCE_NOUNS = frozenset({
    "reporter", "journalist", "press", "media", "newspaper", "paper", "network", "station", "show",
    "program", "programme", "podcast", "radio", "television", "tv", "interviewer", "anchor", "host",
    "audience", "crowd", "supporter", "voter", "people", "student", "fan", "attendee", "viewer",
    "listener", "reader", "rally", "gathering", "group", "club", "coalition", "convention", "conference",
    "donor", "congregation", "graduate", "outlet",
    "magazine", "columnist", "editor", "correspondent", "blogger", "camera", "forum", "town", "hall",
})
# Words in a sentence that tell an interview or broadcast ("in an interview with X", "on X's show").
INTERVIEW_WORDS = frozenset({"interview", "interviewer", "broadcast", "podcast", "show", "programme", "program"})
# Nouns of people a host receives ("hosted his counterpart"); other hosted things are occasions.
GUEST_NOUNS = frozenset({
    "leader", "president", "counterpart", "delegation", "minister", "premier", "chancellor", "king",
    "queen", "prince", "emir", "sultan", "envoy", "official", "guest", "visitor", "head", "team",
    "ambassador", "secretary", "pope", "monarch", "dignitary", "representative", "negotiator",
})
# Entity types a host can receive as guests.
GUEST_ENTITY_TYPES = frozenset({"PERSON", "GPE", "NORP"})
# Verbs whose protest sense has no object or complement ("demonstrated that/how", "as X demonstrated").
INTRANSITIVE_PROTEST_VERBS = frozenset({"demonstrate"})
# Trigger words that often tell talk or opinion rather than an act: their events get less confidence.
WEAK_TRIGGERS = frozenset({"talk", "speak", "chat", "discuss", "thank", "praise", "defend", "offer",
                           "commit", "blame", "agree", "back", "support", "conversation", "discussion"})
# Objects that make "meet" fulfilling, not meeting ("met the deadline", "demands were met").
MET_OBJECTS = frozenset({
    "deadline", "expectation", "demand", "target", "goal", "objective", "requirement", "criterion",
    "criteria", "standard", "need", "obligation", "threshold", "condition", "quota", "challenge", "end",
    "fate", "resistance", "opposition", "skepticism", "scepticism", "criticism", "approval", "praise",
})
# Generic build-up verbs that tell MOBILIZE only with forces or defences as their object
# ("amassed troops", not "amassed a fortune" or "strengthened the prospect").
FORCE_VERBS = frozenset({"amass", "reinforce", "strengthen", "deploy", "mobilize", "mobilise"})
FORCE_OBJECTS = frozenset({
    "troop", "force", "soldier", "army", "unit", "brigade", "division", "battalion", "militia", "tank",
    "ship", "warship", "vessel", "jet", "aircraft", "plane", "missile", "weapon", "artillery", "fleet",
    "presence", "border", "defense", "defence", "reservist", "reserve", "police", "officer", "fighter",
    "guard", "marine", "personnel", "system", "battery", "drone", "military", "navy", "submarine", "carrier",
    "position", "garrison", "contingent", "man", "member", "agent", "reinforcement", "peacekeeper",
    "mission", "observer", "monitor", "sailor", "airman", "paratrooper", "commando", "squad", "battlegroup",
})
# Objects that make "kill" figurative ("killed the bill", "killed my enthusiasm").
FIGURATIVE_KILL_OBJECTS = frozenset({
    "bill", "deal", "plan", "proposal", "idea", "enthusiasm", "chance", "hope", "momentum", "measure",
    "legislation", "amendment", "story", "program", "programme", "project", "effort", "agreement",
    "candidacy", "campaign", "job", "time", "mood", "buzz", "rumor", "rumour", "initiative", "reform",
})
# Verbs of harm that an abstract object makes figurative ("destroyed trust", "wrecked his career").
FIGURATIVE_HARM_VERBS = frozenset({"kill", "destroy", "ruin", "wreck", "shatter", "devastate", "cripple"})
# Abstract things harm can only be done to figuratively (with FIGURATIVE_KILL_OBJECTS).
ABSTRACT_HARM_OBJECTS = FIGURATIVE_KILL_OBJECTS | frozenset({
    "credibility", "trust", "faith", "confidence", "reputation", "image", "career", "legacy", "prospect",
    "morale", "argument", "case", "economy", "relationship", "friendship", "dream", "future", "life",
    "stability", "integrity", "dignity", "authority", "legitimacy", "chance", "opportunity", "narrative",
})
# Speech verbs whose addressees are checked against the audience words ("thank the voters").
AUDIENCE_SPEECH_VERBS = frozenset({"thank", "address"})
# Words after an event noun that make it a kind of broadcast ("talk show", "talk radio").
MEDIA_HEAD_WORDS = frozenset({"show", "shows", "radio", "program", "programs", "programme", "programmes",
                              "host", "hosts", "circuit"})
# "declined to comment/say": refusing to speak to the press is no rejection of anything.
NO_COMMENT_VERBS = frozenset({"comment", "say", "speculate", "elaborate", "specify", "disclose", "answer",
                              "respond", "confirm", "identify", "name", "reveal", "detail", "explain"})


# Every verb lemma the rules above have a say on (as a trigger, a stance, a report or a light
# verb): where the rules decided a use is no event, a learned typer must not bring it back.
KNOWN_VERBS = frozenset(
    set(VERB_TRIGGERS) | {verb for verb, _ in PHRASAL_TRIGGERS} | INTENT_VERBS | THREAT_VERBS | REQUEST_VERBS
    | REJECT_VERBS | ACCUSE_VERBS | DENIAL_VERBS | STOP_VERBS | REPORTING_VERBS | LIGHT_VERBS
)
