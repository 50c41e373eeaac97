"""Teams on sports pages: the names in results, standings, scorecards and fixtures are teams.

* a results or standings line ("Harbourside 42 Millbrook Rovers 36", "Eastfield 4 3 1 0 9 2 10") names teams;
  a bracketed letter or two that tells clubs of one name apart is part of the name ("Zora (L)");
* a scorecard names a team before each innings ("Westshire 259 and 207 (B. Hale 69), Northfolk 114");
* a fixture list names the teams around "v" ("May 18 v Lancashire", "Essex or Kent");
* the name before the colon of a scorecard line, or of a result told in words ("Yorkshire beat Somerset
  by six wickets"), is the ground, a place ("At Worksop: ...", "Taunton (Somerset): ...");
* in "DENVER AT PORTLAND" the second name is where the game is played: a place, not a team;
* a national team is its country (a place, as the country lexicon labels it);
* two to four capitalised words before a bracketed country are an athlete ("Elsa Marklund (Sweden)
  beat ..."): a team so written has a one-word name ("Vostok (Russia)"), which is left as it is;
* a place's name before a player's or a club official's role is the club ("Ipswich striker Tom Barrow",
  "his Ipswich team mate"); a country's name so used stays the country (its national team, also England's or Wales');
* a name that is a team in a table is the team throughout the report ("Dundee's lead"), except
  where a preposition makes it the place ("In Dundee, fans celebrated").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from sidelines.extractors.entities.names import PROPAGATED_LABELS, NameMention, overlaps
from sidelines.lexicon import countries
from sidelines.lexicon.titles import HONORIFICS, ORG_WORDS, TITLE_HEADS
from sidelines.nlp.analysis import analysis_of

if TYPE_CHECKING:
    from spacy.tokens import Doc

_TEAM_WORDS = r"[A-Z][\w'.&-]*(?: (?:[A-Z][\w'.&-]*|de|of|and|la|le|van|von|upon|on))*"
# "Zora (L)": a bracketed letter or two telling clubs of one name apart is part of the team's name.
_TAG_IN = r"(?: \([A-Z]{1,3}\))?"
# "Vostok (Russia)": a country in brackets after a team is no part of its name.
_TAG_OUT = r"(?: \([A-Z][a-z]+(?: [A-Z][a-z]+)?\))?"
_TEAM = rf"{_TEAM_WORDS}{_TAG_IN}"
SCORE_LINE = re.compile(rf"^(?P<a>{_TEAM}){_TAG_OUT} \d+ (?P<b>{_TEAM}){_TAG_OUT} \d+(?: \(.*\))?$")
STANDINGS_LINE = re.compile(rf"^(?:\d+\. )?(?P<a>{_TEAM}){_TAG_OUT}(?: (?:\d+(?:\.\d+)?|\.\d+|-|1/2)){{3,}}$")
FIXTURE_LINE = re.compile(rf"^(?P<a>{_TEAM}) (?P<sep>AT|at|v|vs\.?) (?P<b>{_TEAM})$")
# Separators of a fixture whose second team plays at home: the second name is the venue.
VENUE_SEPARATORS = frozenset({"AT", "at"})
# One innings of a scorecard, brackets masked as '#' ("Northfolk 114 (R. Pike 4-28) and 81-3").
INNINGS = re.compile(rf"^(?P<a>{_TEAM}){_TAG_OUT} \d+(?:-\d+)?(?: #+)?(?: and \d+(?:-\d+)?(?: #+)?)?(?: points)?\.?$")
# A result told in words, with its margin ("Yorkshire beat Somerset by six wickets").
BEAT_LINE = re.compile(rf"^(?P<a>{_TEAM}) beat (?P<b>{_TEAM}) by [\w-]+")
# The ground before the colon of a result line ("At Worksop", "Taunton (Somerset)").
VENUE = re.compile(rf"^(?:At |at )?(?P<a>{_TEAM_WORDS})(?: \((?P<b>{_TEAM_WORDS})\))?: ")
# Words of dates and phrases, never of a team before its score ("March 6", "In 2015", "Terminal 2").
NOT_TEAM_WORDS = frozenset({
    "jan", "january", "feb", "february", "mar", "march", "apr", "april", "may", "jun", "june", "jul", "july",
    "aug", "august", "sep", "sept", "september", "oct", "october", "nov", "november", "dec", "december",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "in", "on", "by", "at", "for", "from", "to", "since", "until", "after", "before", "during", "of", "and",
})
SEGMENT_BREAK = re.compile(r": |, |; ")
DIGIT = re.compile(r"\d")
# "v Lancashire", "v Essex or Kent"; "v." is left to law reports ("Roe v. Wade").
AFTER_V = re.compile(rf"(?<![\w.])(?:v|vs) (?P<b>{_TEAM}(?: or {_TEAM})*)")
BEFORE_V = re.compile(rf"(?:^|(?<=: )|(?<=, ))(?P<a>{_TEAM}) (?:v|vs)(?= |$)")
# Lower-case words a fixture list may hold besides "v"; a line with any other is prose.
FIXTURE_LOWER_WORDS = frozenset({"v", "vs", "or", "and", "of", "de", "la", "le", "van", "von", "upon", "on"})
# Roles that only a club or a team has: a place's name before one is the club ("Ipswich striker").
TEAM_ROLE_NOUNS = frozenset({
    "striker", "midfielder", "defender", "goalkeeper", "keeper", "winger", "skipper", "coach", "manager", "captain",
    "chairman", "team-mate", "teammate", "playmaker", "sweeper", "pitcher", "outfielder", "infielder", "catcher",
    "shortstop", "quarterback", "fly-half", "scrum-half", "flanker", "fullback", "full-back", "batsman", "bowler",
    "wicketkeeper", "all-rounder", "fans", "supporters", "squad",
})
# Followers, whom people have as well as clubs.
FOLLOWER_NOUNS = frozenset({"fans", "supporters"})
# "team mate", "team-mate": two-word roles, read from their first word.
TEAM_ROLE_PAIRS = frozenset({("team", "mate"), ("team", "mates")})
# Lower-case particles inside a person's name ("Joost van der Berg").
NAME_PARTICLES = r"(?:van|der|de|da|di|von|le|la|du|dos|del|den|ter|bin|al)"
_NAME_WORD = r"[A-Z][\w'’-]*[\w'’]"
ATHLETE = re.compile(
    rf"(?:^|(?<=[\s,;:]))(?P<name>{_NAME_WORD}(?: (?:{NAME_PARTICLES} )*{_NAME_WORD}){{1,3}}) \((?P<country>[^()\n]+)\)"
)
# Sources of mentions that a line or a role noun showed to be teams.
TEAM_SOURCES = frozenset({"table", "team"})
# Words before a team's name that make it the place ("In Dundee", "at Leeds").
PLACE_PREPOSITIONS = frozenset({"in", "at"})


def _is_place(name: str) -> bool:
    from sidelines.gazetteer import get_gazetteer

    return bool(get_gazetteer().lookup(name))


def _masked(line: str) -> str:
    """The line with every bracketed part (an unclosed one runs to the end) written as '#'."""
    if "(" not in line:
        return line
    out, depth = [], 0
    for ch in line:
        if ch == "(":
            depth += 1
        out.append("#" if depth else ch)
        if ch == ")" and depth:
            depth -= 1
    return "".join(out)


def _innings_teams(line: str) -> list[tuple[int, int]]:
    """Spans (in the line) of the teams before each innings of a scorecard line (two teams or none).

    A date ("Thursday, March 6, 2014") or a phrase ("In 2015, ...") is no innings.
    """
    masked = _masked(line)
    if not DIGIT.search(masked):
        return []  # every innings has a score
    spans, start = [], 0
    for brk in [*SEGMENT_BREAK.finditer(masked), None]:
        end = brk.start() if brk else len(masked)
        match = INNINGS.match(masked[start:end])
        if match and not any(w.lower().rstrip(".") in NOT_TEAM_WORDS for w in match.group("a").split()):
            spans.append((start + match.start("a"), start + match.end("a")))
        start = brk.end() if brk else end
    return spans if len(spans) >= 2 else []


def _fixture_teams(line: str) -> list[tuple[int, int]]:
    """Spans of the teams around "v" in a fixture-list line (no prose words in it)."""
    masked = _masked(line)
    if " v " not in f" {masked} " and " vs " not in f" {masked} ":
        return []
    if any(w[:1].islower() and w not in FIXTURE_LOWER_WORDS for w in masked.split()):
        return []
    spans = []
    for match in AFTER_V.finditer(masked):
        pos = match.start("b")
        for part in match.group("b").split(" or "):
            spans.append((pos, pos + len(part)))
            pos += len(part) + len(" or ")
    spans += [(m.start("a"), m.end("a")) for m in BEFORE_V.finditer(masked)]
    return spans


def _line_teams(line: str) -> list[tuple[int, int, str]]:
    """(start, end, label) of the teams (ORG) and venues (GPE) of one line."""
    if not line[:1].isupper() and not line[:1].isdigit():
        return []
    for regex in (SCORE_LINE, STANDINGS_LINE, FIXTURE_LINE):
        match = regex.match(line)
        if match:
            at_home = "sep" in regex.groupindex and match.group("sep") in VENUE_SEPARATORS
            out = []
            for group in ("a", "b"):
                if group in regex.groupindex and match.group(group):
                    label = "GPE" if at_home and group == "b" else "ORG"
                    out.append((match.start(group), match.end(group), label))
            return out
    teams = _innings_teams(line)
    found = [(s, e, "ORG") for s, e in teams + _fixture_teams(line)]
    ground = VENUE.match(line)
    # the teams of a result told in words are left to the tagger (and to their lines elsewhere)
    if ground and (teams or BEAT_LINE.match(line[ground.end():])):
        found += [(ground.start(g), ground.end(g), "GPE") for g in ("a", "b")
                  if ground.group(g) and (line.lower().startswith("at ") or _is_place(ground.group(g)))]
    return found


def apply_tables(parsed: "Doc", text: str, mentions: list[NameMention]) -> list[NameMention]:
    """Names in results, standings, scorecard and fixture lines are teams (a venue is a place)."""
    found: list[tuple[int, int, str]] = []
    pos = 0
    for line in text.split("\n"):
        found += [(pos + s, pos + e, label) for s, e, label in _line_teams(line)]
        pos += len(line) + 1
    if not found:
        return mentions
    spans = [(s, e) for s, e, _ in found]
    kept = [m for m in mentions if not overlaps(m.start, m.end, spans)]
    for s, e, label in found:
        span = parsed.char_span(s, e)
        if span is None:
            continue
        country = countries.country_by_name(text[s:e])
        if label == "GPE" and country is None:
            country = countries.country_by_capital(text[s:e])
        if country is not None:  # a national team is its country; a venue lies in one
            kept.append(NameMention(s, e, "GPE", span.start, span.end, country=country.iso3, source="table"))
        else:
            kept.append(NameMention(s, e, label, span.start, span.end, source="table"))
    return kept


def _role_follows(parsed: "Doc", j: int) -> bool:
    """Whether a club's role noun ("striker", "team mate") starts at token ``j``."""
    analysis = analysis_of(parsed)
    texts, lowers = analysis.texts, analysis.lowers  # read from the shared lists: called for every name
    if j >= len(texts) or not texts[j].islower():
        return False
    if lowers[j] in TEAM_ROLE_NOUNS:
        return True
    return j + 1 < len(lowers) and (lowers[j], lowers[j + 1]) in TEAM_ROLE_PAIRS


def add_team_modifiers(parsed: "Doc", text: str, mentions: list[NameMention]) -> None:
    """ "Ipswich striker Tom Barrow": a name (not a country's) right before a club's role noun is the club.

    Run on spaCy's names and again on the names found again elsewhere in the text.
    """
    for m in mentions:
        if m.label not in {"GPE", "LOC", "PERSON", "FAC", "NORP"} or not _role_follows(parsed, m.j):
            continue
        surface = text[m.start:m.end]
        # a full name, or a name before "supporters", stays the person ("Jane Roe fans", "Trump supporters");
        # a one-word club the tagger took for a person ("Leicestershire captain") is the club
        if m.label == "PERSON" and (m.j - m.i > 1 or parsed[m.j].lower_ in FOLLOWER_NOUNS):
            continue
        if (countries.country_by_name(surface) is not None or countries.country_by_people_demonym(surface) is not None
                or surface.lower() in countries.CONSTITUENT_COUNTRIES):
            continue
        m.label, m.country, m.metonymic, m.source = "ORG", None, False, "team"


def label_teams(parsed: "Doc", text: str, mentions: list[NameMention]) -> None:
    """A name that is a team in a table of the document is that team elsewhere, a place after "in" or "at".

    Run once the labels are harmonised and again once repeated names are found.
    """
    teams = {text[m.start:m.end] for m in mentions if m.source in TEAM_SOURCES and m.label == "ORG"}
    if not teams:
        return
    for m in mentions:
        if m.source in TEAM_SOURCES or m.label not in PROPAGATED_LABELS or text[m.start:m.end] not in teams:
            continue
        if m.i > 0 and parsed[m.i - 1].lower_ in PLACE_PREPOSITIONS:
            if m.label == "ORG":  # the team's name found again after "in": the place
                m.label = "GPE"
            continue
        m.label, m.country, m.metonymic = "ORG", None, False


def _is_athlete(name: str, country: str) -> bool:
    """Whether ``name (country)`` reads as a person and their country (not an office, a club or a place)."""
    if countries.country_by_name(country) is None:
        return False
    words = name.split()
    if any(w.lower() in ORG_WORDS for w in words) or words[0].lower() in TITLE_HEADS or words[0] in HONORIFICS:
        return False
    return countries.country_of(name) is None and countries.country_by_capital(name) is None


def add_athletes(parsed: "Doc", text: str, mentions: list[NameMention]) -> list[NameMention]:
    """ "Elsa Marklund (Sweden) beat Iva Marek (Slovakia)": a full name before a bracketed country is a person."""
    found: list[NameMention] = []
    for match in ATHLETE.finditer(text):
        if not _is_athlete(match.group("name"), match.group("country")):
            continue
        span = parsed.char_span(match.start("name"), match.end("name"))
        if span is not None:
            found.append(NameMention(span.start_char, span.end_char, "PERSON", span.start, span.end, source="athlete"))
    if not found:
        return mentions
    spans = [(m.start, m.end) for m in found]
    return [m for m in mentions if not overlaps(m.start, m.end, spans)] + found
