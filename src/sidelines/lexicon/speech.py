"""Speech and attribution vocabulary: reporting verbs, cue nouns, frames and speaker words.

Pure data for the quote extractor (and any other module that needs to spot reported
speech). Verbs and nouns are spaCy lemmas in lower case.
"""

from __future__ import annotations

# Verbs that report speech, writing or a stated position and take a clause ("said that ...").
REPORTING_VERBS: frozenset[str] = frozenset(
    {
        "say",
        "tell",
        "add",
        "stress",
        "warn",
        "write",
        "tweet",
        "post",
        "ask",
        "insist",
        "note",
        "explain",
        "declare",
        "argue",
        "claim",
        "deny",
        "suggest",
        "report",
        "announce",
        "acknowledge",
        "admit",
        "agree",
        "assert",
        "confirm",
        "contend",
        "emphasise",
        "emphasize",
        "recall",
        "reply",
        "respond",
        "reveal",
        "state",
        "testify",
        "complain",
        "concede",
        "conclude",
        "indicate",
        "maintain",
        "reiterate",
        "remark",
        "repeat",
        "observe",
        "mention",
        "estimate",
        "allege",
        "caution",
        "boast",
        "joke",
        "quip",
        "counter",
        "retort",
        "charge",
        "lament",
        "speculate",
        "predict",
        "promise",
        "pledge",
        "vow",
        "assure",
        "reassure",
        "inform",
        "remind",
        "brief",
        "signal",
        "hint",
        "imply",
        "underscore",
        "underline",
        "highlight",
        "point",
        "disclose",
        "divulge",
        "proclaim",
        "forecast",
        "threaten",
        "urge",
        "demand",
        "propose",
        "recommend",
        "advise",
        "mock",
        "scoff",
        "shout",
        "yell",
        "exclaim",
        "whisper",
        "tout",
        "brag",
        "concur",
        "clarify",
        "elaborate",
        "continue",
        "believe",
        "think",
        "fear",
        "hope",
        "expect",
        "doubt",
        "worry",
        "feel",
        "know",
        "guess",
        "reckon",
        "wonder",
        "show",
        "find",
        "determine",
        "rule",
        "contest",
        "dispute",
        "opine",
        "posit",
        "surmise",
        "muse",
        "grumble",
        "protest",
        "object",
        "plead",
    }
)

# Verbs that introduce a direct quotation placed before or after them ("...," she said).
QUOTING_VERBS: frozenset[str] = REPORTING_VERBS | frozenset(
    {
        "begin",
        "start",
        "go",
        "read",
        "chant",
        "sing",
        "scream",
        "cry",
        "shoot",
        "fire",
        "snap",
        "laugh",
        "smile",
        "sigh",
        "interject",
        "interrupt",
        "chime",
        "pipe",
        "offer",
        "describe",
        "call",
        "put",
        "sum",
        "summarize",
        "summarise",
        "text",
        "email",
        "message",
        "blog",
        "instruct",
        "order",
        "command",
        "beg",
        "plead",
        "pray",
        "preach",
        "lecture",
        "recount",
        "relate",
        "cite",
        "quote",
        "paraphrase",
        "characterize",
        "characterise",
        "label",
        "dub",
        "term",
    }
)

# Cue verbs whose meaning needs a particle ("point out", "chime in").
PARTICLE_CUES: frozenset[tuple[str, str]] = frozenset(
    {
        ("point", "out"),
        ("chime", "in"),
        ("pipe", "up"),
        ("sum", "up"),
        ("fire", "back"),
        ("shoot", "back"),
        ("hit", "back"),
        ("lay", "out"),
        ("spell", "out"),
    }
)

# Verbs whose prepositional object is the attributed stance or topic ("spoke about the deficit", "railed
# against the trade deal", "apologized for the remarks"). Derived, not chosen: the (spaCy lemma,
# preposition) pairs that head a PolNeAR cue at least 3 times and in at least 40% of their frames on the
# tune half, where the gold content starts at the preposition's object at least half the time, and that
# the hand list CUE_PREPOSITIONS below lacks (scripts/count_polnear_cues.py --preps).
STANCE_PREPOSITIONS: dict[str, frozenset[str]] = {
    "speak": frozenset({"about", "of"}), "rail": frozenset({"against"}), "worry": frozenset({"about"}),
    "double": frozenset({"on"}), "assure": frozenset({"of"}), "point": frozenset({"as"}),
    "complain": frozenset({"about"}), "joke": frozenset({"about"}), "open": frozenset({"about"}),
    "apologize": frozenset({"for"}), "brag": frozenset({"about"}), "write": frozenset({"about"}),
    "vouch": frozenset({"for"}), "go": frozenset({"as"}), "refer": frozenset({"as"}),
}

# Verbs that need a particle to be cues; alone they are not ("point to the door"). A verb of
# STANCE_PREPOSITIONS that no other cue list holds is a cue only with its preposition.
NEEDS_PARTICLE: frozenset[str] = frozenset({"point", "chime", "pipe", "sum", "fire", "shoot", "lay", "spell"})

# Nouns that carry a stance in a frame like "expressed confidence that ...".
STANCE_NOUNS: frozenset[str] = frozenset(
    {
        "confidence",
        "concern",
        "hope",
        "belief",
        "conviction",
        "fear",
        "doubt",
        "view",
        "opinion",
        "assurance",
        "warning",
        "claim",
        "argument",
        "insistence",
        "expectation",
        "optimism",
        "skepticism",
        "scepticism",
        "suspicion",
        "certainty",
        "regret",
        "worry",
        "assertion",
        "allegation",
        "suggestion",
        "prediction",
        "promise",
        "pledge",
        "position",
        "message",
        "reminder",
        "impression",
        "sense",
        "feeling",
        "contention",
        "charge",
        "accusation",
        "acknowledgment",
        "acknowledgement",
        "admission",
        "denial",
        "statement",
        "announcement",
        "report",
        "insinuation",
        "notion",
        "idea",
        "thought",
        "satisfaction",
        "disappointment",
        "frustration",
        "dismay",
        "surprise",
        "alarm",
        "readiness",
        "willingness",
        "determination",
    }
)

# Verbs that govern a stance noun in such a frame ("expressed", "voiced", "reiterated").
FRAME_VERBS: frozenset[str] = frozenset(
    {
        "express",
        "voice",
        "share",
        "state",
        "reiterate",
        "repeat",
        "raise",
        "convey",
        "make",
        "give",
        "offer",
        "air",
        "stress",
        "underline",
        "underscore",
        "emphasise",
        "emphasize",
        "renew",
        "issue",
        "signal",
        "indicate",
        "reaffirm",
        "affirm",
        "dismiss",
        "reject",
        "deny",
        "echo",
        "articulate",
        "register",
        "have",
        "hold",
        "send",
    }
)

# Nouns naming a channel or text that carries a quotation ("said in a statement").
CUE_NOUNS: frozenset[str] = frozenset(
    {
        "statement",
        "interview",
        "remark",
        "speech",
        "tweet",
        "post",
        "release",
        "conference",
        "briefing",
        "letter",
        "memo",
        "email",
        "e-mail",
        "op-ed",
        "column",
        "essay",
        "article",
        "editorial",
        "message",
        "note",
        "communique",
        "communiqué",
        "address",
        "testimony",
        "broadcast",
        "podcast",
        "video",
        "rally",
        "debate",
        "hearing",
        "blog",
        "book",
        "report",
        "filing",
        "affidavit",
        "declaration",
        "announcement",
        "appearance",
        "call",
        "text",
    }
)

# Words after which a quotation mark opens a quotation rather than ends one.
OPENING_CONTEXT: str = "([{/—–-"

# Speaker pronouns with their grammatical gender ("" when unknown or plural).
PRONOUN_GENDER: dict[str, str] = {
    "he": "m",
    "him": "m",
    "his": "m",
    "himself": "m",
    "she": "f",
    "her": "f",
    "hers": "f",
    "herself": "f",
}

# Honorifics that tell a person's grammatical gender ("Mr. Haugen", "Mrs. Lindqvist").
HONORIFIC_GENDER: dict[str, str] = {
    "mr": "m",
    "mrs": "f",
    "ms": "f",
    "miss": "f",
    "sir": "m",
    "lady": "f",
    "lord": "m",
    "madam": "f",
    "madame": "f",
    "mme": "f",
    "dame": "f",
}

# Pronouns that name a group or the writer; they never resolve to one entity.
UNRESOLVED_PRONOUNS: frozenset[str] = frozenset(
    {
        "they",
        "them",
        "we",
        "us",
        "i",
        "me",
        "you",
        "it",
        "one",
        "who",
        "which",
        "that",
        "this",
        "those",
        "these",
        "some",
        "many",
        "others",
        "both",
        "all",
        "each",
        "few",
    }
)

# Verbs whose object is a stance toward it, never a statement ("voiced his support for the plan",
# "thanked the volunteers"): quotes of kind "stance". Derived, not chosen: the verbs (spaCy lemma, an
# object after them) that head a PolNeAR cue at least 3 times and in at least 40% of their object
# frames on the tune half, and are in no other list here (scripts/count_polnear_cues.py --stance).
STANCE_VERBS: frozenset[str] = frozenset(
    {"aim", "alarm", "anger", "appoint", "assail", "attribute", "authorize", "brush", "chide", "contemplate",
     "credit", "discuss", "distance", "downplay", "echo", "email", "expose", "express", "herald", "identify",
     "issue", "judge", "lambast", "launch", "lay", "name", "nominate", "offer", "paint", "portray", "position",
     "prohibit", "pronounce", "publish", "quote", "rat", "rebuke", "recite", "reference", "regard", "remember",
     "renew", "repudiate", "retweete", "single", "sound", "talk", "thank", "unleash", "unveil", "voice"}
)

# Verbs that report a clause ("learned that ...", "assumed the vote would pass") or an infinitive of intent
# ("decided to run", "encouraged voters to register") the lists here lack. Derived, not chosen: the verbs
# (spaCy lemma) that head a PolNeAR cue with that frame at least 3 times and in at least 40% of their
# frames on the tune half, less those the raising and refusal frames already read ("seem", "appear",
# "refuse", "decline", "hope").
CLAUSE_CUE_VERBS: frozenset[str] = frozenset(
    {"consider", "recognize", "learn", "assume", "convince", "understand", "share"}
)
INFINITIVE_CUE_VERBS: frozenset[str] = frozenset({"decide", "encourage", "look", "like", "order", "scramble"})

# Verbs whose object or complement is the attributed content ("urged Congress to act",
# "called for a ban", "accused X of lying", "wants to run"): stances, demands and intentions.
OBJECT_CUE_VERBS: frozenset[str] = frozenset(
    {
        "describe",
        "call",
        "support",
        "announce",
        "accuse",
        "urge",
        "propose",
        "cite",
        "question",
        "seek",
        "oppose",
        "back",
        "endorse",
        "attack",
        "defend",
        "criticize",
        "criticise",
        "praise",
        "blame",
        "reject",
        "deny",
        "acknowledge",
        "admit",
        "mention",
        "list",
        "condemn",
        "dismiss",
        "applaud",
        "welcome",
        "slam",
        "blast",
        "refer",
        "highlight",
        "promise",
        "pledge",
        "vow",
        "want",
        "plan",
        "hope",
        "prefer",
        "demand",
        "request",
        "invite",
        "threaten",
        "advocate",
        "favor",
        "favour",
        "recommend",
        "predict",
        "expect",
        "fear",
        "intend",
        "insist",
        "deride",
        "denounce",
        "lambaste",
        "mock",
        "characterize",
        "characterise",
        "label",
        "dub",
        "brand",
        "tout",
        "hail",
        "laud",
        "decry",
        "lament",
        "vote",
        "pitch",
        "float",
        "suggest",
        "argue",
        "ask",
        "warn",
        "agree",
        "disagree",
        "challenge",
        "dispute",
        "concede",
        "reiterate",
        "repeat",
        "confirm",
        "explain",
        "recall",
        "outline",
        "detail",
        "emphasize",
        "emphasise",
        "stress",
        "note",
        "show",
        "reveal",
        "indicate",
    }
)

# Nouns of a source that opens a sentence ("In a statement, ...", "In the survey, ...").
SOURCE_NOUNS: frozenset[str] = CUE_NOUNS | frozenset(
    {
        "poll",
        "survey",
        "study",
        "analysis",
        "report",
        "memo",
        "filing",
        "lawsuit",
        "complaint",
        "ruling",
        "decision",
        "opinion",
        "document",
        "documents",
        "email",
        "emails",
        "ad",
        "advertisement",
        "commercial",
        "tweet",
        "tweets",
        "book",
        "memoir",
        "interview",
        "speech",
    }
)

# Nouns of a poll, a survey or a count: what it "shows" or "found" is a finding, not anyone's statement
# ("the poll shows X leading", "according to a count by Y").
FINDING_NOUNS: frozenset[str] = frozenset(
    {
        "poll",
        "polling",
        "survey",
        "study",
        "research",
        "result",
        "results",
        "data",
        "figures",
        "numbers",
        "count",
        "tally",
        "census",
        "finding",
        "findings",
        "average",
        "analysis",
        "autopsy",
    }
)

# Prepositions that belong to the cue of such a verb ("called for", "referred to", "talked about").
_HAND_PREPOSITIONS: dict[str, frozenset[str]] = {
    "call": frozenset({"for", "on"}),
    "refer": frozenset({"to"}),
    "talk": frozenset({"about"}),
    "point": frozenset({"to"}),
    "insist": frozenset({"on"}),
    "vote": frozenset({"for", "against"}),
    "advocate": frozenset({"for"}),
    "push": frozenset({"for"}),
    "ask": frozenset({"about", "for"}),
    "agree": frozenset({"with", "to", "on"}),
    "disagree": frozenset({"with"}),
    "warn": frozenset({"of", "about", "against"}),
    "hope": frozenset({"for"}),
    "plead": frozenset({"for"}),
    "argue": frozenset({"for", "against"}),
}
CUE_PREPOSITIONS: dict[str, frozenset[str]] = {
    lemma: _HAND_PREPOSITIONS.get(lemma, frozenset()) | STANCE_PREPOSITIONS.get(lemma, frozenset())
    for lemma in {**_HAND_PREPOSITIONS, **STANCE_PREPOSITIONS}
}
# Verbs that are cues only with a derived preposition ("spoke about", not "spoke"): stances, once
# they have it.
PREPOSITION_ONLY_VERBS: frozenset[str] = (frozenset(STANCE_PREPOSITIONS) - REPORTING_VERBS - OBJECT_CUE_VERBS
                                          - STANCE_VERBS)
NEEDS_PARTICLE = NEEDS_PARTICLE | PREPOSITION_ONLY_VERBS
STANCE_VERBS = STANCE_VERBS | PREPOSITION_ONLY_VERBS

# The preposition by which such a verb takes the act its object is charged with or warned against
# ("accused the mayor's aides of misleading ...", "warned the firm's managers against cutting ..."): that
# phrase is the cue's even when the parser hangs it on a possessed object. Not "for", which a plan or a
# decision also takes ("criticized the mayor's plan for cutting bus routes": the plan's own phrase).
OBJECT_ACT_PREPS: dict[str, frozenset[str]] = {
    "accuse": frozenset({"of"}), "suspect": frozenset({"of"}), "convict": frozenset({"of"}),
    "charge": frozenset({"with"}), "warn": frozenset({"of", "about", "against"}), "caution": frozenset({"against"}),
}

# Words that open an indirect question or a free relative ("explained how she sees her role", "asked
# what the plan would cost"): a reported content that starts with one names what was spoken of, no
# statement (a quote of kind "stance"). "when", "where" and "if" also open adverbial clauses: not here.
QUESTION_WORDS: frozenset[str] = frozenset({"what", "how", "why", "whether", "who", "whom", "which"})
# Wh-adverbs of place and time: an indirect question ("explained where the money went") only when the word
# hangs on the reported clause's own verb; on a verb below it, it opens a time or place clause ("said when the
# storm hit, the roof fell").
WH_ADVERBS: frozenset[str] = frozenset({"where", "when"})

# Verbs of a question put to someone: in the passive or as a bare participle ("Asked whether ...,
# X shook his head", "X was asked whether ...") the clause is the asker's question, not X's words.
QUESTION_VERBS: frozenset[str] = frozenset({"ask", "question", "quiz", "press", "query"})

# Verbs of a belief or an inner state (closed class, taken from the reporting verbs): what one "thinks", "knows" or
# "feels" is held, not said; the clause they report is a quote of kind "stance", no statement.
COGNITION_VERBS: frozenset[str] = frozenset(
    {"think", "believe", "feel", "know", "guess", "reckon", "wonder", "suppose"})
# Verbs whose clause is held or meant, not said: cognition, and the derived clause and infinitive cues.
HELD_VERBS: frozenset[str] = COGNITION_VERBS | CLAUSE_CUE_VERBS | INFINITIVE_CUE_VERBS

# Nouns of a picture or a recording (closed class): what one "shows" is a finding, no one's words.
IMAGE_NOUNS: frozenset[str] = frozenset({"footage", "video", "image", "photo", "photograph", "picture", "recording",
                                         "map", "chart", "graph", "graphic"})

# Nouns of things that bear a written line (closed class): what a sign or a shirt "reads" or "says" is a
# slogan on display, a finding of the scene, not a statement of anyone the story reports.
INSCRIBED_NOUNS: frozenset[str] = frozenset({"sign", "placard", "banner", "poster", "billboard", "plaque", "sticker",
                                             "shirt", "t-shirt", "hat", "cap", "badge", "button", "mug", "jersey"})

# Nouns of a share of a group (closed class): "60 percent of voters say", "a majority said" report a poll.
SHARE_NOUNS: frozenset[str] = frozenset({"percent", "%", "majority", "plurality", "half", "third", "quarter", "fifth",
                                         "percentage", "proportion"})

# Verbs and nouns of demand, proposal or necessity (closed class, the mandative subjunctive's governors):
# only under one is a bare verb after its subject a subjunctive ("demanded that she resign").
MANDATIVE_WORDS: frozenset[str] = frozenset(
    {"demand", "insist", "recommend", "urge", "ask", "request", "require", "propose", "suggest", "move", "order",
     "command", "decree", "insistence", "recommendation", "requirement", "proposal", "suggestion", "motion"})
# Adjectives of necessity: "it is essential that the ferry be kept".
NECESSITY_ADJECTIVES: frozenset[str] = frozenset(
    {"essential", "vital", "important", "necessary", "imperative", "crucial", "critical", "urgent"})

# Cue verbs that assert their object (closed class): "acknowledged the losses" states that there were losses,
# whatever time or manner phrase follows ("acknowledged the losses by releasing ...").
ASSERTING_OBJECT_VERBS: frozenset[str] = frozenset(
    {"acknowledge", "admit", "concede", "confirm", "announce", "reveal", "disclose"})

# Verbs of a wish (closed class): what follows them is what the speaker wants ("hope that ..."), no statement.
DESIRE_VERBS: frozenset[str] = frozenset({"hope", "wish", "want"})
# Their forms, which the lemmatiser may read as another verb ("hopes" as "hop").
DESIRE_FORMS: frozenset[str] = frozenset({"hope", "hopes", "hoped", "hoping", "wish", "wishes", "wished", "wishing",
                                          "want", "wants", "wanted", "wanting"})

# Verbs of a refusal to speak ("declined to comment", "refused to confirm"): what follows them is
# what was NOT said, so neither they nor the verb they govern is a cue.
REFUSAL_VERBS: frozenset[str] = frozenset({"decline", "refuse"})

# Words a content never ends on: a clause cut there is a fragment ("to join the alliance and").
DANGLING_WORDS: frozenset[str] = frozenset(
    {
        "and",
        "or",
        "but",
        "nor",
        "to",
        "of",
        "that",
        "the",
        "a",
        "an",
        "with",
        "for",
        "as",
        "than",
    }
)

# Object-cue verbs of evaluation: their noun-phrase object is whom or what they judge ("endorsed Trump",
# "criticised the plan"), not a statement; only a clause after them is content ("criticised him for lying").
TARGET_OBJECT_VERBS: frozenset[str] = frozenset(
    {
        "support",
        "back",
        "endorse",
        "oppose",
        "attack",
        "criticize",
        "criticise",
        "praise",
        "blame",
        "condemn",
        "applaud",
        "welcome",
        "slam",
        "blast",
        "defend",
        "accuse",
        "mock",
        "deride",
        "denounce",
        "lambaste",
        "hail",
        "laud",
        "decry",
        "tout",
        "favor",
        "favour",
        "question",
        "challenge",
        "dispute",
        "reject",
        "dismiss",
        "highlight",
        "cite",
        "mention",
        "refer",
        "list",
        "vote",
        "want",
        "seek",
        "prefer",
    }
)
