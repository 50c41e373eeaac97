"""Titles, offices, portfolios and organisation words used to read roles in news text.

All entries are lower case. Multi-word titles are listed with single spaces; hyphenated
forms ("director-general") are listed as written, because spaCy splits them into three
tokens that the role reader joins back.
"""

from __future__ import annotations

from functools import cache
from importlib import resources

# Head nouns of a title: the word a title phrase ends with ("Energy Minister", "White House spokesman").
TITLE_HEADS = frozenset({
    "president", "vice-president", "premier", "prime minister", "minister", "secretary", "chancellor",
    "vice-chancellor", "spokesman", "spokeswoman", "spokesperson", "spokesmen", "aide", "adviser", "advisor",
    "envoy", "ambassador", "consul", "diplomat", "counterpart", "leader", "head", "chief", "director",
    "director-general", "director general", "secretary-general", "secretary general", "chairman",
    "chairwoman", "chairperson", "chair", "ceo", "executive", "chief executive", "officer", "governor",
    "mayor", "senator", "congressman", "congresswoman", "representative", "lawmaker", "legislator", "mp",
    "deputy", "speaker", "king", "queen", "prince", "princess", "emperor", "sheikh", "emir", "sultan",
    "monarch", "pope", "cardinal", "archbishop", "bishop", "general", "lieutenant", "colonel", "major",
    "admiral", "commander", "marshal", "captain", "sergeant", "corporal", "detective", "judge", "justice", "prosecutor",
    "attorney general", "attorney-general", "attorney", "lawyer", "negotiator", "mediator", "commissioner",
    "official", "founder", "co-founder", "owner", "manager", "coach", "analyst", "economist", "professor",
    "researcher", "scientist", "correspondent", "journalist", "editor", "reporter", "producer", "author",
    "writer", "actor", "actress", "singer", "star", "player", "striker", "midfielder", "defender",
    "goalkeeper", "batsman", "bowler", "champion", "candidate", "nominee", "activist", "campaigner",
    "dissident", "rebel", "militant", "governor-general", "dictator", "strongman", "ruler", "regent",
    "crown prince", "foreign minister", "defence minister", "defense minister", "interior minister",
    "finance minister", "economy minister", "energy minister", "trade minister", "health minister",
    "justice minister", "transport minister", "spy chief", "army chief", "police chief",
    # occupations and roles that news gives as a person's title ("X, a teacher", "quarterback X")
    "teacher", "counsel", "receiver", "quarterback", "linebacker", "rusher", "pitcher", "goalie",
    "committeeman", "committeewoman", "challenger", "front-runner", "frontrunner", "hopeful", "entrepreneur",
    "businessman", "businesswoman", "surgeon", "neurosurgeon", "doctor", "physician", "pastor", "priest",
    "rabbi", "imam", "sheriff", "inspector", "superintendent", "treasurer", "strategist", "pollster",
    "lobbyist", "columnist", "commentator", "anchor", "moderator", "delegate", "assistant",
    # playing positions of team sports, and the abbreviations box scores and team news write before a name
    "cornerback", "fullback", "halfback", "lineman", "shortstop", "outfielder", "catcher", "winger",
    "wicketkeeper", "qb", "rb", "wr", "cb", "lb", "host", "guard",
    # heads of a body written capitalised before a name ("Mafia boss X", "County Supervisor Y")
    "boss", "supervisor",
    "councilman", "councilwoman", "councillor", "councilor", "councilmember", "alderman", "alderwoman",
    # places in campaigns, legislatures, schools and trades that news gives as a title ("Trump surrogate X",
    # "Majority Whip X", "X, the incumbent,", "the school's principal, X", "real estate mogul X")
    "incumbent", "contender", "operative", "surrogate", "whip", "superdelegate", "elector", "principal",
    "firefighter", "billionaire", "mogul",
    # posts in broadcasting and publishing and on boards that news gives as a title ("a CNN contributor", "the
    # show's cohost", "university trustee X") and that WordNet files under no trade (its first sense of
    # "contributor" is a donor)
    "contributor", "cohost", "co-host", "anchorman", "anchorwoman", "podcaster", "trustee", "designee",
})

# Two-word titles whose last word is no title on its own ("running back", not "back"): sports positions,
# and the political roles a running mate or a president's spouse hold.
COMPOUND_TITLES = frozenset({
    "running mate", "first lady", "first gentleman",
    "running back", "tight end", "defensive end", "defensive tackle", "offensive tackle", "nose tackle",
    "point guard", "shooting guard", "small forward", "power forward", "centre forward", "center forward",
    "centre back", "center back", "left back", "right back", "center fielder", "left fielder", "right fielder",
    "first baseman", "second baseman", "third baseman",
    # the class of a rank, after it ("Sgt. First Class X", "Petty Officer Second Class Y")
    "first class", "second class", "third class",
})

# Suffixes hyphened to a title for an office not yet taken up ("President-elect", "Prime Minister-designate").
TITLE_SUFFIXES = frozenset({"elect", "designate"})

# Abbreviated titles before a name and the office they stand for ("Sen. X" is a Senator).
TITLE_ABBREVIATIONS: dict[str, str] = {
    "sen.": "Senator", "rep.": "Representative", "gov.": "Governor", "lt.": "Lieutenant", "gen.": "General",
    "sec.": "Secretary", "amb.": "Ambassador", "pres.": "President", "supt.": "Superintendent",
    "atty.": "Attorney", "cmdr.": "Commander", "col.": "Colonel", "capt.": "Captain", "maj.": "Major",
    "adm.": "Admiral", "sgt.": "Sergeant", "insp.": "Inspector", "del.": "Delegate", "cong.": "Congressman",
    "cpl.": "Corporal", "det.": "Detective", "pvt.": "Private", "brig.": "Brigadier",
}

# Plural abbreviated titles before a list of names and the office each person listed holds ("Sens. X and Y").
PLURAL_TITLE_ABBREVIATIONS: dict[str, str] = {
    "sens.": "Senator", "reps.": "Representative", "govs.": "Governor", "gens.": "General",
}

# Abbreviated titles the tokenizer must keep whole (capitalised, as written before a name): spaCy
# otherwise splits "Lt." into "Lt" and "." and the parser ends the sentence there. "Del." is left out:
# it is also a state's abbreviation that may end a sentence ("R-Del.").
TOKENIZER_TITLE_ABBREVIATIONS = tuple(
    sorted(a.capitalize() for a in TITLE_ABBREVIATIONS if a.endswith(".") and "." not in a[:-1] and a != "del.")
)

# Titles that mark the holder as a person even without a name: used for nominal mentions.
NOMINAL_HEADS = frozenset({
    "president", "premier", "prime minister", "minister", "secretary", "chancellor", "spokesman",
    "spokeswoman", "spokesperson", "aide", "adviser", "envoy", "ambassador", "leader", "chief", "chairman",
    "chairwoman", "governor", "mayor", "senator", "king", "queen", "prince", "princess", "emperor", "emir",
    "sultan", "monarch", "pope", "general", "commander", "director", "director-general", "secretary-general",
    "chief executive", "foreign minister", "defence minister", "defense minister", "interior minister",
    "finance minister", "counterpart", "host", "guest", "head of state",
})

# Leaders: a nominal "the Kremlin chief" or "the French leader" reads as the top office holder.
LEADER_TITLES = frozenset({
    "president", "prime minister", "premier", "chancellor", "king", "queen", "emir", "sultan", "leader",
    "head of state", "monarch", "emperor", "supreme leader", "sheikh", "crown prince",
})

# Words before a title head that narrow it ("Foreign Minister", "Deputy Prime Minister").
TITLE_MODIFIERS = frozenset({
    "deputy", "vice", "acting", "former", "ex", "first", "senior", "chief", "top", "assistant", "associate",
    "executive", "general", "special", "presidential", "prime", "foreign", "defence", "defense", "interior",
    "finance", "economy", "economic", "energy", "transport", "transportation", "trade", "health", "justice",
    "education", "labour", "labor", "agriculture", "culture", "environment", "industry", "commerce",
    "development", "digital", "security", "intelligence", "military", "naval", "army", "police", "press",
    "policy", "foreign policy", "home", "state", "federal", "national", "regional", "local", "supreme",
    "permanent", "high", "grand", "crown", "opposition", "party", "team", "club", "managing", "operating",
    "technical", "financial", "communications", "public", "science", "sports", "tourism", "housing",
    "construction", "emergency", "emergencies", "infrastructure", "treasury", "water", "oil", "mining",
    "fisheries", "telecommunications", "information", "media", "youth", "family", "women", "social",
    "welfare", "veterans", "immigration", "migration", "customs", "tax", "budget", "planning", "investment",
    "european", "international", "climate", "natural resources", "resources", "sport", "then", "outgoing",
    "incoming", "newly", "elected", "interim", "lead", "head", "junior", "cabinet", "affairs",
    "external", "internal", "wide", "rookie", "presumptive", "primary", "minority", "majority",
    "campaign", "district", "county", "city", "municipal", "provincial",
})

# Portfolios: a capitalised word of this list right before "Minister"/"Ministry"/"Secretary" is part
# of the title, never an organisation of its own ("Energy Minister X" has no ORG "Energy").
PORTFOLIOS = frozenset({
    "foreign", "defence", "defense", "interior", "finance", "economy", "energy", "transport",
    "transportation", "trade", "health", "justice", "education", "labour", "labor", "agriculture",
    "culture", "environment", "industry", "commerce", "development", "digital", "security", "home",
    "treasury", "water", "oil", "mining", "mines", "fisheries", "telecommunications", "information", "media",
    "youth", "family", "social", "welfare", "veterans", "immigration", "tourism", "housing", "construction",
    "emergencies", "emergency", "infrastructure", "sport", "sports", "science", "communications",
    "planning", "investment", "climate", "natural resources", "resources", "petroleum", "power", "foreign affairs",
    "internal affairs", "home affairs", "economic", "prime", "state", "deputy", "first", "public", "affairs",
    "external", "internal", "external affairs",
})

# Words that make a capitalised phrase an organisation ("Federal Service", "Investment Fund").
ORG_WORDS = frozenset({
    "ministry", "department", "agency", "service", "office", "council", "committee", "commission",
    "party", "union", "organisation", "organization", "fund", "bank", "corporation", "corp", "company",
    "co", "inc", "ltd", "plc", "group", "association", "federation", "institute", "university",
    "college", "school", "court", "parliament", "assembly", "congress", "senate", "cabinet", "government",
    "army", "navy", "force", "forces", "guard", "police", "authority", "board", "bureau", "foundation",
    "alliance", "front", "movement", "league", "club", "team", "network", "channel", "news",
    "times", "post", "journal", "press", "television", "radio", "tv", "airlines", "airways", "motors",
    "holdings", "industries", "international", "exchange", "directorate", "secretariat", "mission",
    "delegation", "coalition", "bloc", "duma", "brigade", "regiment", "battalion",
})

# Words of the industries that companies are named for after a place ("Kenya Power", "Tokyo Electric",
# "Gulf Petroleum"): such a word starts no person's name.
COMPANY_NAME_WORDS = frozenset({
    "power", "electric", "electricity", "energy", "oil", "gas", "petroleum", "steel", "telecom",
    "telecommunications", "mining", "minerals", "chemical", "chemicals", "pharmaceuticals", "insurance",
    "capital", "financial", "investments", "media", "communications", "railways", "rail", "shipping",
    "electronics", "systems", "technologies", "technology", "foods", "water", "utilities", "airport",
    "ports", "cement", "textiles", "construction", "logistics", "motor", "auto", "cable", "broadcasting",
})

# Collective nouns whose members form a list ("members of the Swedish delegation, including ...").
DELEGATION_WORDS = frozenset({
    "delegation", "team", "side", "government", "cabinet", "administration", "officials", "leadership",
    "entourage", "camp", "party",
})

# Honorifics before a name, with the gender they imply (None: unknown).
HONORIFICS: dict[str, str | None] = {
    "mr": "m", "mr.": "m", "mister": "m", "sir": "m", "lord": "m", "mrs": "f", "mrs.": "f", "ms": "f",
    "ms.": "f", "miss": "f", "madam": "f", "madame": "f", "dame": "f", "lady": "f", "dr": None, "dr.": None,
    "prof": None, "prof.": None, "rev": None, "rev.": None, "sen.": None, "sen": None, "rep.": None,
    "gen.": None, "gen": None, "col.": None, "lt.": None, "capt.": None, "gov.": None, "pres.": None,
    "sheikh": "m", "president": None, "premier": None, "minister": None, "king": "m", "queen": "f",
    "prince": "m", "princess": "f", "pope": "m", "emperor": "m", "empress": "f", "senator": None,
    "governor": None, "mayor": None, "general": None, "ambassador": None, "chancellor": None,
    "judge": None, "justice": None, "secretary": None, "chairman": "m", "chairwoman": "f",
}

# Gender implied by a title head, where it has one.
TITLE_GENDER: dict[str, str] = {
    "spokesman": "m", "spokeswoman": "f", "chairman": "m", "chairwoman": "f", "king": "m", "queen": "f",
    "prince": "m", "princess": "f", "emperor": "m", "empress": "f", "congressman": "m",
    "congresswoman": "f", "actor": "m", "actress": "f", "sultan": "m", "emir": "m", "sheikh": "m",
    "pope": "m", "businessman": "m", "businesswoman": "f",
}

# Words that end the name of an event rather than an organisation ("G20 Summit", "World Cup").
EVENT_WORDS = frozenset({
    "summit", "conference", "forum", "games", "olympics", "cup", "championship", "championships",
    "war", "talks", "meeting", "festival", "expo", "open", "tournament", "election", "elections",
    "congress", "convention", "assembly", "olympiad", "marathon", "grand prix",
})

# Words that are never entities on their own, however spaCy labels them.
NEVER_NAMES = frozenset({
    "men", "women", "attendance", "gmt", "video", "updated", "photo", "editing by", "reporting by",
    "read more", "advertisement", "minister", "president", "mr", "mrs", "bc", "bce", "ad", "ce",
})

# Offices held at the level of a country (or one of its states): a holder named with no other
# affiliation ("President X", "Senator X") serves the country the document is about.
NATIONAL_OFFICES = frozenset({
    "president", "vice president", "prime minister", "deputy prime minister", "premier", "chancellor",
    "senator", "state senator", "congressman", "congresswoman", "representative", "speaker",
    "secretary", "secretary of state", "attorney general", "defense secretary", "defence secretary",
    "treasury secretary", "homeland security secretary", "foreign secretary", "home secretary",
    "foreign minister", "defence minister", "defense minister", "interior minister", "finance minister",
    "governor", "lieutenant governor", "mayor", "presidential candidate", "presidential nominee",
    "presidential hopeful", "majority leader", "minority leader", "house speaker",
})

# Seats elected for a place: "the senator from Ohio" holds the seat of Ohio, while "the coach from Lyon" only comes
# from there (a title "from" a place is the name's only for these).
PLACE_SEATS = frozenset({
    "senator", "congressman", "congresswoman", "representative", "lawmaker", "legislator", "mp", "delegate",
    "assemblyman", "assemblywoman", "assemblymember", "deputy", "councilman", "councilwoman", "councillor", "councilor",
})

# Affiliations inside a country that say nothing of which country: its parties and chambers.
DOMESTIC_AFFILIATIONS = frozenset({
    "Republican", "Democratic", "Democrat", "GOP", "House", "Senate", "Congress", "Parliament", "Cabinet",
    "Majority", "Minority", "Labour", "Conservative", "Liberal", "Democrats", "Republicans",
})

# Offices whose bare head organisations use too ("president of the union"): national only as honorifics.
SHARED_OFFICES = frozenset({"president", "vice president", "secretary", "speaker", "governor", "representative"})

# Party names used alone as a role's affiliation ("the Republican nominee"), and the roles a party gives.
PARTY_AFFILIATIONS = frozenset({
    "Republican", "Democratic", "Democrat", "GOP", "Labour", "Conservative", "Liberal", "Democrats", "Republicans",
})
PARTY_ROLES = frozenset({"nominee", "candidate", "front-runner", "frontrunner", "hopeful", "challenger"})
# The countries whose party politics each party word names: a "Republican front-runner" in a story about
# Russia is no Russian, and a US paper's "Republican" is its own country's.
PARTY_HOMES: dict[str, frozenset[str]] = {
    **dict.fromkeys(("Republican", "Republicans", "GOP", "Democratic", "Democrat", "Democrats"), frozenset({"USA"})),
    "Labour": frozenset({"GBR", "AUS", "NZL", "IRL"}),
    "Conservative": frozenset({"GBR", "CAN"}),
    "Liberal": frozenset({"CAN", "AUS", "GBR"}),
    **dict.fromkeys(("Tory", "Tories"), frozenset({"GBR"})),
}

# Words before a party word that make it another party's name ("Social Democrats", "Christian Democrat",
# "Free Democrats", "Liberal Democrat", "Sweden Democrats", "New Democrats"): no member of the one-country party.
OTHER_PARTY_QUALIFIERS = frozenset({"Social", "Christian", "Free", "Liberal", "Sweden", "New"})

# Party markers after a name that only one country's press uses: "Sen. X (R-Texas)", "Gov. Y (D)",
# "Rep. Z, R-N.Y.," are US party and state labels, so the person is a US politician.
PARTY_MARKERS: tuple[tuple[str, str], ...] = (
    (r"^\s*(?:\(\s*|,\s*)(?:R|D|I)(?:\s*-\s*[A-Z][A-Za-z.]*(?:\s[A-Z][A-Za-z.]*)?)?\s*(?:\)|,)", "USA"),
)

# Complements of a title head that name the office's domain ("Chief of Staff", "Inspector General of Police").
OFFICE_DOMAINS = frozenset({
    "police", "staff", "state", "defence", "defense", "justice", "health", "finance", "interior", "education",
    "homeland security", "security", "foreign affairs", "affairs", "the army", "army", "navy", "the navy",
    "prisons", "customs", "immigration", "the treasury", "treasury", "the interior", "labor", "labour",
    "commerce", "energy", "agriculture", "transportation", "transport", "veterans affairs", "trade",
    "defence staff", "defense staff", "general staff", "army staff", "naval staff", "air staff",
})
# Generation labels: capitalised like names, never a person or an organisation ("Gen Z").
GENERATION_LABELS = frozenset({
    "gen z", "gen x", "gen y", "gen alpha", "generation z", "generation x", "generation y", "generation alpha",
    "gen-z", "gen-x", "gen-y",
})

# Heads of the press's titles: people who report on a country's life rather than act in it.
MEDIA_HEADS = frozenset({
    "journalist", "writer", "reporter", "editor", "columnist", "correspondent", "anchor", "moderator",
    "commentator", "producer", "photographer", "cameraman", "blogger", "broadcaster", "presenter", "host",
})

# Titles of someone posted abroad: "Ambassador to X" serves the state that sent them, never X.
POSTED_HEADS = frozenset({"ambassador", "envoy", "consul", "emissary", "representative", "delegate", "attaché"})

# Nouns that, in apposition to a name after "a"/"an", say nothing of what a person does ("X, a man in
# his fifties", "said X, a day after the vote"): generic people nouns and times (a closed class).
NOT_DESCRIPTIONS = frozenset({
    "man", "woman", "person", "boy", "girl", "guy", "lady", "gentleman", "child", "kid", "baby", "teenager",
    "adult", "individual", "human", "one", "day", "week", "month", "year", "decade", "time", "moment", "night",
    "morning", "evening", "afternoon", "hour", "minute", "lot", "bit", "number", "couple", "pair", "series",
    "statement", "source", "firm", "business", "fact", "nee", "née", "reference", "nod", "move", "sign", "point", "way",
})

# Nouns for one who speaks for a body: an unnamed one's words are the body's ("a spokeswoman for the ministry").
SPOKESPERSON_NOUNS = frozenset({"spokesman", "spokeswoman", "spokesperson", "spokesmen", "spokeswomen",
                                "spokespeople", "spokespersons"})

# Family words: a relative named by the given name alone shares the family's surname ("her husband, Bill").
KINSHIP = frozenset({
    "wife", "husband", "son", "daughter", "brother", "sister", "mother", "father", "nephew", "niece",
    "uncle", "aunt", "cousin", "grandson", "granddaughter", "grandmother", "grandfather", "stepson",
    "stepdaughter", "stepmother", "stepfather", "widow", "widower",
})
# What a person is to another, read as a role only in apposition ("her nephew, X", "his agent, Y"):
# kinship, household and working relations (a closed class).
RELATIONS = KINSHIP | frozenset({
    "fiancé", "fiancée", "fiance",
    "fiancee", "partner", "girlfriend", "boyfriend", "friend", "neighbor", "neighbour", "colleague",
    "co-worker", "coworker", "boss", "employer", "employee", "agent", "client", "landlord", "tenant",
    "roommate", "classmate", "teammate", "mentor", "protégé", "protege", "successor", "predecessor",
    "rival", "ally", "opponent", "deputy",
})


# Derived occupation lists (see each file's header): nouns read from training text, and WordNet's trades.
OCCUPATION_FILES = ("occupations.txt", "occupations_wordnet.txt")


@cache
def occupations() -> frozenset[str]:
    """Occupation and role nouns derived by scripts (``data/occupations.txt`` from training text,
    ``data/occupations_wordnet.txt`` from WordNet; see their headers): heads of titles beyond TITLE_HEADS
    and RELATIONS ("X, a retired firefighter,", "biologist X"), read by the role reader only."""
    words: set[str] = set()
    for name in OCCUPATION_FILES:
        raw = resources.files("sidelines").joinpath("data", name).read_text(encoding="utf-8")
        words.update(line.split("\t")[0] for line in raw.splitlines() if line and not line.startswith("#"))
    return frozenset(words - TITLE_HEADS - RELATIONS)
