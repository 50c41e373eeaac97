"""Titles stated by a verb of office: "X, who heads the electoral board,", "X chairs the audit panel".

A verb that says a person holds an office over a body ("head", "chair", "lead", "direct", "command", "govern",
"found", "own", "coach", "run"; "host" and "anchor" over a programme: "who hosts the morning show") gives the person
the title its agent noun names, with the body as its domain: "X, who chairs the
budget committee," is "chair of the budget committee". The verb must have the person for its subject (a
relative "who"/"that" on the name, or the name itself with the verb in the present tense), a direct object
that is a body (an organisation, or a noun of an organisation word; a place is governed or represented, its
holder is no "head of" it), and no negation or modal ("who may lead the party" states nothing). A relative
clause in the past tense ("X, who headed the agency until last year,") gives the title as a former one
("former head of ..."); having founded a body stays true ("founder of ..."), so founding takes no "former".
Running for an office ("X, who is running for mayor,", "X is running for the Senate", "X, running for
governor,") makes a "candidate for" it ("presidential candidate" for the presidency, "congressional" and "Senate"
candidates likewise: rule sought_adjective), as does seeking a nomination or an office (sought_nominations);
running a body ("who runs the housing agency") makes its head.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sidelines.extractors.entities.names import NameMention, mention_root
from sidelines.extractors.entities.roles import RoleFinding
from sidelines.extractors.entities.sought_nominations import SEEK_VERBS, candidacy
from sidelines.lexicon.titles import ORG_WORDS, TITLE_HEADS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# Verbs of holding an office over a body, as lemmas, and the title each gives its subject.
OFFICE_VERBS: dict[str, str] = {
    "head": "head", "chair": "chair", "cochair": "co-chair", "lead": "leader", "direct": "director",
    "command": "commander", "govern": "governor", "manage": "manager", "found": "founder",
    "cofound": "co-founder", "preside": "president", "own": "owner", "coach": "coach", "run": "head",
    # verbs of presenting a programme: their object is a show, not a body ("who hosts the morning show")
    "host": "host", "cohost": "co-host", "anchor": "anchor",
}
PROGRAMME_VERBS = frozenset({"host", "cohost", "anchor"})
# What one hosts or anchors as a post: broadcast programmes (not "hosts the summit", "hosts the delegation").
PROGRAMME_NOUNS = frozenset({"show", "program", "programme", "podcast", "broadcast", "newscast", "news", "series",
                             "newsmagazine", "telecast", "talkshow"})
# Verbs whose title does not end when the act is past ("who founded the party" is its founder still).
LASTING_VERBS = frozenset({"found", "cofound"})
# Nouns of bodies an office is held over, beyond the organisation words of the lexicon: bodies of people, not
# places ("leads the nation in scoring") nor activities ("heads the inquiry", "led the campaign").
BODY_NOUNS = ORG_WORDS | frozenset({
    "panel", "unit", "division", "branch", "hospital", "firm", "institution",
    "organisation", "organization", "charity", "faction", "caucus", "taskforce",
    "company", "consortium", "outfit", "centre", "center", "lab", "laboratory", "regime",
    # businesses and establishments one owns, runs or manages ("who owns a bakery in Dayton")
    "business", "shop", "store", "restaurant", "bakery", "cafe", "café", "bar", "pub", "farm", "ranch", "hotel",
    "salon", "clinic", "pharmacy", "factory", "mill", "dealership", "gallery", "studio", "winery", "brewery",
    "newspaper", "magazine", "franchise", "startup", "agency",
}) - frozenset({"country", "nation", "state", "city", "region", "province", "campaign", "inquiry",
                "investigation", "operation", "operations", "program", "programme"})
# Results and statistics one leads a team or a field to or in ("led the side to victory", "leads the league in
# assists"): sports idioms, no office.
RESULT_NOUNS = frozenset({
    "victory", "victories", "win", "wins", "title", "titles", "championship", "championships", "cup", "final",
    "finals", "trophy", "medal", "medals", "playoffs", "playoff", "promotion", "triumph", "defeat", "glory",
    "scoring", "points", "goals", "assists", "rebounds", "runs", "tackles", "yards", "touchdowns", "wickets",
    "steals", "saves", "standings", "table", "polls",
})
# Words of a time to come: "leads a delegation to Hanoi next week" is a plan, no office held.
FUTURE_WORDS = frozenset({"next", "tomorrow", "upcoming", "coming", "later"})
# What one runs for besides a title ("running for mayor"): the office or seat sought.
SOUGHT_NOUNS = frozenset({
    "office", "presidency", "governorship", "seat", "senate", "congress", "parliament", "reelection",
    "leadership", "nomination", "mayoralty",
})
# Offices sought that news names by an adjective before "candidate" ("running for president": a presidential
# candidate, "for Congress": a congressional candidate); other offices stay "candidate for governor".
SOUGHT_ADJECTIVES = {"president": "presidential", "presidency": "presidential", "white house": "presidential",
                     "congress": "congressional", "senate": "Senate", "house": "House"}
BODY_ENTITY_TYPES = frozenset({"ORG", "NORP"})
PLACE_ENTITY_TYPES = frozenset({"GPE", "LOC", "FAC"})
# What ends a body's phrase: a prepositional phrase of place or time ("the company's unit from Singapore") or a
# clause on it; "of" and "for" stay ("the union of dockworkers").
KEPT_PREPS = frozenset({"of", "for"})
RELATIVE_SUBJECTS = frozenset({"who", "that"})
MODAL_TAGS = frozenset({"MD"})


def _body(verb: "Token") -> "Token | None":
    """The body the verb's office is held over: its direct object ("heads the board") or, for "preside", the
    object of "over"; None when that is no body (a pronoun, a person, "leads the polls")."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None and verb.lemma_.lower() == "preside":
        over = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "over"), None)
        obj = next((c for c in over.children if c.dep_ == "pobj"), None) if over is not None else None
    if obj is None or obj.pos_ == "PRON" or obj.ent_type_ == "PERSON" or obj.ent_type_ in PLACE_ENTITY_TYPES:
        return None  # a place is governed or represented, its holder is no "head of" it
    if verb.lemma_.lower() in PROGRAMME_VERBS:
        return obj if obj.lemma_.lower() in PROGRAMME_NOUNS else None
    if verb.lemma_.lower() == "lead" and any(
            p.dep_ == "prep" and p.lower_ in ("to", "in") and any(
                g.dep_ == "pobj" and g.lower_ in RESULT_NOUNS for g in p.children) for p in verb.children):
        return None  # "led the side to victory", "leads the team in scoring"
    if obj.ent_type_ in BODY_ENTITY_TYPES or obj.lemma_.lower() in BODY_NOUNS or obj.lower_ in BODY_NOUNS:
        return obj
    return None


def _sought(verb: "Token") -> "Token | None":
    """ "running for mayor", "ran for the Senate seat": the office sought, the object of "for" after "run"."""
    if verb.lemma_.lower() != "run":
        return None
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ == "for":
            obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if obj is not None and (obj.lower_ in TITLE_HEADS or obj.lower_ in SOUGHT_NOUNS or obj.text == "House"):
                return obj
    return None


def states_office(verb: "Token") -> bool:
    """No negation, modal or condition on the verb ("does not lead", "could head", "if she chairs")."""
    return not any(
        c.dep_ == "neg" or c.tag_ in MODAL_TAGS or (c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether"))
        for c in verb.children
    )


def planned(verb: "Token") -> bool:
    """ "leads a delegation to Hanoi next week": a present verb of a time to come tells a plan, not an office."""
    return verb.tag_ in ("VBZ", "VBP", "VBG") and any(
        t.lower_ in FUTURE_WORDS for c in verb.children if c.dep_ in ("npadvmod", "prep", "advmod")
        for t in c.subtree)


def _core_end(body: "Token") -> "Token":
    """The last token of the body's own phrase, without a place, time or clause after it ("the unit" in "the
    unit in Lisbon", "the union of dockworkers" whole)."""
    last = body
    for c in body.rights:
        if c.dep_ == "punct" or c.dep_ in ("acl", "relcl", "appos", "advmod") or (
                c.dep_ == "prep" and c.lower_ not in KEPT_PREPS):
            break
        last = c.right_edge
    return last


def past(verb: "Token") -> bool:
    """Whether the verb tells of a past office: simple past ("headed", not "has headed")."""
    if verb.tag_ != "VBD" or verb.lemma_.lower() in LASTING_VERBS:
        return False
    return not any(c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ in ("VBZ", "VBP") for c in verb.children)


def _holder_verb(parsed: "Doc", m: NameMention) -> "list[Token]":
    """Verbs of office whose subject is the name: a relative clause on it, or a present-tense clause it heads."""
    root = mention_root(parsed, m)
    verbs = [
        c for c in root.children
        if c.dep_ == "relcl" and any(s.dep_ == "nsubj" and s.lower_ in RELATIVE_SUBJECTS for s in c.children)
    ]
    # "X, running for governor as a Democrat,": a participle on the name has it for its subject
    verbs += [c for c in root.children if c.dep_ == "acl" and c.tag_ == "VBG" and c.lemma_.lower() == "run"]
    # "X chairs the panel", "X is running for mayor", not "X led the march"
    if root.dep_ == "nsubj" and (root.head.tag_ == "VBZ" or (root.head.tag_ == "VBG" and any(
            c.dep_ == "aux" and c.lower_ in ("is", "'s", "are") for c in root.head.children))):
        verbs.append(root.head)
    return [v for v in verbs if (v.lemma_.lower() in OFFICE_VERBS or v.lemma_.lower() == "run"
                                 or v.lemma_.lower() in SEEK_VERBS) and states_office(v) and not planned(v)]


def add_verb_titles(
    parsed: "Doc", text: str, mentions: "list[NameMention]", roles: dict[int, list[RoleFinding]]
) -> None:
    """Give each person the title a verb of office states of them ("who heads Y": "head of Y")."""
    for n, m in enumerate(mentions):
        if m.label != "PERSON":
            continue
        for verb in _holder_verb(parsed, m):
            seeking = candidacy(verb, text)  # "who is seeking the Republican nomination for governor"
            if seeking is not None:
                title = f"{'former ' if past(verb) else ''}{seeking[0]}"  # "who sought the presidency in 2008"
                if all(r.title.lower() != title.lower() for r in roles.get(n, [])):
                    roles.setdefault(n, []).append(RoleFinding(title, start=verb.idx, end=seeking[1]))
                continue
            sought = _sought(verb)
            body = _body(verb) if sought is None else sought
            if body is None or (sought is None and verb.lemma_.lower() not in OFFICE_VERBS):
                continue
            title = "candidate" if sought is not None else OFFICE_VERBS[verb.lemma_.lower()]
            first, last = body.left_edge, _core_end(body)
            domain = text[first.idx : last.idx + len(last.text)]
            name = f"{'former ' if past(verb) else ''}{title} {'for' if sought is not None else 'of'} {domain}"
            office = domain.lower().removeprefix("the ")
            if sought is not None and office in SOUGHT_ADJECTIVES:  # rule sought_adjective
                name = f"{'former ' if past(verb) else ''}{SOUGHT_ADJECTIVES[office]} candidate"
            held = roles.setdefault(n, [])
            if all(r.title.lower() != name.lower() for r in held):
                held.append(RoleFinding(name, start=verb.idx, end=last.idx + len(last.text)))
