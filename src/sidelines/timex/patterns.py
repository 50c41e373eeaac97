"""Compiled regular expressions that find time expressions, one per rule, with named groups.

Each rule is a pattern over the raw text; a rule's match is a candidate that the normaliser
may still refuse (a lower-case "may", a year that is a count). Where a pattern carries a
group named ``span``, only that group is the expression (the words around it are context).
"""

from __future__ import annotations

import re

from sidelines.timex.lexicon import DAY_ORDINALS, HOLIDAYS, MONTHS

MONTH = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december"
    r"|jan\.?|feb\.?|mar\.|apr\.?|jun\.|jul\.|aug\.?|sept\.?|sep\.|oct\.?|nov\.?|dec\.?)(?![\w])"
)
WEEKDAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
_DAY_WORD = "|".join(w.replace("-", r"[-\s]") for w in sorted(DAY_ORDINALS, key=len, reverse=True))
# A day of the month, in digits or as a spelled ordinal; an ordinal that counts something else
# ("second-quarter", "second round") is no day.
DAY = (
    r"(?:(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\b"
    rf"|(?:{_DAY_WORD})(?![-\w])(?!\s+(?:quarter|half|round|time|place|term|day|week|month|year|century)\b))"
)
YEAR = r"(?:1[6-9]\d\d|20\d\d)\b(?![-/]\d)"
_TENS = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
_ONES = r"(?:one|two|three|four|five|six|seven|eight|nine)"
_TEENS = r"(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
NUM_WORD = (
    rf"(?:{_TENS}(?:[-\s]{_ONES}(?!\s*-?\s*(?:hundred|thousand)))?|one|two|three|four|five|six|seven|eight|nine|ten"
    r"|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
    r"|a\s+hundred|hundred|a\s+thousand|a\s+dozen|dozen|a\s+couple\s+of|a\s+couple|couple\s+of"
    r"|one-and-a-half|a\s+half|half\s+an?|several|a\s+few|few|many|some|numerous|an?)"
)
NUM = rf"(?:\d+(?:[.,]\d+)*(?:\s+1/2|\s*½)?|{NUM_WORD}(?:\s+and\s+a\s+half)?)"
UNIT = (
    r"(?:seconds?|minutes?|hours?|days?|nights?|weeks?|weekends?|fortnights?|months?|quarters?|years?"
    r"|decades?|century|centuries|millennium|millennia)\b"
)
# Words that qualify an amount of time and belong to its extent (TIMEX3 ``mod``); focus words
# such as "only", "just" and "barely" do not, so they stay outside the span.
MODIFIER = (
    r"(?:nearly|almost|about|around|approximately|roughly|over(?!\s+(?:the|its|their|his|her|a\s+\w+\s+period))"
    r"|more\s+than|less\s+than|fewer\s+than"
    r"|at\s+least|at\s+most|up\s+to|well\s+over|some|close\s+to|upwards\s+of"
    r"|no\s+more\s+than|no\s+less\s+than|the\s+better\s+part\s+of|a\s+full|fully)"
)
# "will last a few days": after a modal or "to", "last" is the verb and stays out of the span.
_VERB_LAST = "".join(rf"(?<!\b{w}\slast)" for w in (
    "to", "will", "would", "could", "can", "may", "might", "should", "must", "shall", "won't", "didn't",
    "doesn't", "don't", "not", "ll"))
_QUALIFIER = (
    rf"(?:past|last{_VERB_LAST}|next|first|coming|final|previous|following|latest|initial|remaining|preceding"
    r"|full|entire|whole|recent|same|other|additional|extra)"
)
_DAY_PART = r"(?:morning|afternoon|evening|night)"
# "p. m." with a space: tokenised text (transcripts, converted pages) prints it so.
_AMPM = r"(?:a\.\s?m\.|p\.\s?m\.|a\.m\b|p\.m\b|am\b|pm\b)"
_TZ = r"(?:[ECMP][SD]T|GMT|UTC|BST|CET|local\s+time|Moscow\s+time|Beijing\s+time)\b"
_ORDINAL_WORD = (
    r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth"
    r"|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-first)"
)
_UNIT_LIST = (
    "second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "night", "nights", "week", "weeks",
    "weekend", "weekends", "fortnight", "month", "months", "quarter", "quarters", "year", "years", "decade", "decades",
    "century", "centuries", "millennium", "millennia",
)
_HOLIDAY = "|".join(
    re.escape(h).replace(r"\ ", r"\s+").replace("'", "['’]") for h in sorted(HOLIDAYS, key=len, reverse=True)
)

_F = re.IGNORECASE

# (rule name, compiled pattern), tried independently; the longest match at a position wins.
RULES: list[tuple[str, re.Pattern[str]]] = [
    ("iso_date", re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<mon>0[1-9]|1[0-2])-(?P<day>0[1-9]|[12]\d|3[01])\b")),
    ("slash_date", re.compile(
        r"\b(?P<mon>0?[1-9]|1[0-2])/(?P<day>0?[1-9]|[12]\d|3[01])/(?P<year>(?:19|20)\d\d|\d\d)\b")),
    ("month_date", re.compile(
        rf"\b(?:(?P<mod>early|mid|late|around"
        rf"|the\s+(?:end|beginning|start|middle|first\s+half|second\s+half|last\s+week)\s+of)[\s-]+)?"
        rf"(?:(?P<rel>last|this|next|(?:this\s+)?coming)\s+)?(?P<mon>{MONTH})"
        rf"(?:\s+(?P<day>{DAY})(?![.,]\d|\s*%))?"
        rf"(?:(?:,\s*|\s+)(?:of\s+)?(?P<year>{YEAR})|\s+(?P<yrel>last|this|next)\s+year)?", _F)),
    ("day_month", re.compile(
        rf"\b(?:the\s+)?(?P<day>{DAY})\s+(?:of\s+)?(?P<mon>{MONTH})(?:,?\s+(?P<year>{YEAR}))?", _F)),
    ("weekday_set", re.compile(
        rf"\b(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
        rf"(?:s\b|\s+(?P<part>{_DAY_PART})s\b)", _F)),
    ("weekday", re.compile(
        rf"\b(?:(?P<pre>early|late|last|this|next|(?:this\s+)?coming"
        rf"|the\s+previous|the\s+following|the\s+next)\s+)?(?P<wd>{WEEKDAY})"
        rf"(?:\s+(?P<part>{_DAY_PART})\b)?"
        rf"(?:,?\s+(?P<mon>{MONTH})\s+(?P<day>{DAY})(?:,?\s+(?P<year>{YEAR}))?)?", _F)),
    ("clock", re.compile(
        rf"\b(?:(?P<mod>about|around|approximately|shortly\s+(?:before|after)|just\s+(?:before|after))\s+)?"
        rf"(?:(?P<h>[01]?\d|2[0-3])(?:[:.](?P<mi>[0-5]\d))?\s*(?P<ampm>{_AMPM})"
        rf"|(?P<h24>[01]?\d|2[0-3]):(?P<mi24>[0-5]\d)\b"
        rf"|(?P<hm>[01]\d|2[0-3])(?P<mm>[0-5]\d)(?=\s+(?:GMT|UTC)\b)"
        rf"|(?P<named>noon|midnight|midday)\b|(?P<oc>{NUM_WORD}|\d{{1,2}})\s+o['’]clock\b)"
        rf"(?:\s+(?:\(\s*)?(?P<tz>{_TZ}))?"
        rf"(?:\s+(?:on\s+)?(?P<wd>{WEEKDAY})|,?\s+(?P<mon>{MONTH})\s+(?P<day>{DAY})"
        rf"|\s+(?P<rd>today|yesterday|tomorrow)\b)?", _F)),
    ("rel_day", re.compile(
        rf"\b(?:(?:(?:early|late|mid)[\s-]*)?(?P<part0>morning|afternoon|evening)\s+(?=(?:yesterday|today|tomorrow)\b)"
        rf"|(?P<pre>early|late|earlier|later)\s+)?(?P<w>today|yesterday|tomorrow|tonight|overnight"
        rf"|the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow)\b(?:\s+(?P<part>{_DAY_PART})\b)?", _F)),
    ("this_part", re.compile(
        rf"\b(?:(?P<pre>early|late|earlier|later)\s+)?(?P<rel>this|last|yesterday)\s+(?P<part>{_DAY_PART})\b", _F)),
    ("ago", re.compile(
        rf"\b(?:{MODIFIER}\s+)?"
        rf"(?:(?:(?P<num1>\d+|{NUM_WORD})\s+(?:or|to)\s+)?(?P<num>{NUM})[\s-]+"
        rf"|(?=(?:seconds|minutes|hours|days|weeks|months|years|decades)\s+(?:ago|earlier|later)\b))"
        rf"(?P<unit>{UNIT})(?:\s+or\s+so)?\s+"
        rf"(?P<dir>ago|earlier|later|from\s+now|hence)\b", _F)),
    ("duration", re.compile(
        rf"\b(?:(?P<mod>{MODIFIER})\s+)?(?:(?P<det>the|these|those|each\s+of\s+the)\s+)?"
        rf"(?:(?P<qual>{_QUALIFIER})\s+)?(?:(?P<num1>\d+|{NUM_WORD})(?:\s+(?:to|or)\s+|(?<=\d)\s*[-–]\s*)(?=\w+[\s-]+{UNIT}))?"
        rf"(?P<num>{NUM})(?P<sep>[\s-]+)"
        rf"(?:(?:more|additional|long|full|straight|consecutive|trading|business|working)\s+)?"
        rf"(?P<unit>{UNIT})(?P<half>\s+and\s+a\s+half\b)?(?P<old>-old|-long)?(?!-(?:earlier|ago|before|end))"
        rf"(?:\s+or\s+so)?", _F)),
    ("recent_units", re.compile(
        r"\b(?P<qual>recent|coming|past|future)\s+"
        r"(?P<unit>seconds|minutes|hours|days|weeks|months|quarters|years|decades)\b", _F)),
    ("long_units", re.compile(
        r"(?<![\w-])(?P<unit>days|weeks|months|years|decades|centuries|day|week|month|year)-(?:long|old)\b", _F)),
    ("vague_units", re.compile(
        r"\b(?:for|within|in|over|during|after|since)\s+"
        r"(?P<span>(?:(?:the\s+)?(?P<qual>recent|coming|past|last|next|previous|many|several|a\s+few|few)\s+"
        r"|the\s+(?:first|final|opening|closing)\s+(?=\w+\s+of\b))?"
        r"(?P<unit>seconds|minutes|hours|days|weeks|months|years|decades|centuries))\b", _F)),
    ("anaphor", re.compile(
        rf"\b(?:(?P<mod>earlier|later|early|late)\s+(?:in\s+)?)?"
        rf"(?P<det>that(?:\s+same)?|the\s+same|the\s+following|the\s+previous|the\s+prior|the\s+next)\s+"
        rf"(?P<unit>day|week|month|year|quarter|weekend|spring|summer|fall|autumn|winter|{_DAY_PART})\b"
        rf"(?!-|\s+(?:or|and)\s+(?:two|three|so)\b)", _F)),
    # "The day before, ...": a day counted from the date the story is at, that date left unsaid.
    ("postposed", re.compile(
        r"\b(?P<det>the)\s+(?P<unit>day|night|week)\s+(?P<dir>before|after)\b(?=\s*[,.;:!?)]|\s*$)", _F)),
    # "the day after her arrest", "[June 3,] the day before the launch": a day told by the event after it.
    ("event_day", re.compile(
        r"\b(?P<span>the\s+day)\s+(?P<dir>before|after)\s+(?=(?:the|his|her|its|their|our|a|an)\s)", _F)),
    # "the week before last", "the year after next": two calendar units away from the anchor's.
    ("unit_before_last", re.compile(
        r"\bthe\s+(?P<unit>week|month|year)\s+(?P<dir>before\s+last|after\s+next)\b"
        # not when "last"/"next" starts a phrase of its own: "before last year's vote", "after next Monday"
        r"(?!\s+(?:(?-i:[A-Z])|(?:week|weekend|month|year|quarter|season|spring|summer|fall|autumn|winter|night"
        r"|decade|century)\b|\w+['’]s\b))", _F)),
    ("while", re.compile(
        r"\b(?:for|in|after|within|over)\s+(?P<span>(?:quite\s+)?a\s+(?:long\s+|short\s+|little\s+)?while"
        r"|some\s+time)\b(?!\s+(?:ago|later|earlier|before|after|to\s+come))", _F)),
    ("that_time", re.compile(
        r"\b(?:during|over|in|throughout|for)\s+(?P<span>that\s+(?:time|period))\b", _F)),
    ("rel_unit", re.compile(
        r"\b(?:(?P<mod>(?:earlier|later|early|late)(?:\s+in(?=\s+the\s))?|mid"
        r"|the\s+(?:end|beginning|start|middle|rest|remainder)\s+of)[\s-]+)?"
        r"(?P<rel>(?:this|last|next)\s+fiscal(?=\s+year)|this\s+past|this|last|next"
        r"|the\s+latest\s+fiscal|the\s+current\s+fiscal|the\s+full|the\s+fiscal"
        r"|the\s+past|the\s+previous|the\s+coming|the\s+following|the\s+current|the\s+latest"
        r"|the\s+next|the\s+last|the\s+prior|the\s+same|the|past|previous|coming|current)\s+"
        r"(?P<unit>week|weekend|month|year|quarter|decade|century|spring|summer|fall|autumn|winter)\b"
        r"(?!-|['’]s\s+(?:first|second|third|fourth)\b)(?:\s+or\s+so)?", _F)),
    ("quarter", re.compile(
        rf"\b(?:(?P<the>the|its|a)\s+)?"
        rf"(?:(?:fiscal\s+)?(?P<yr>{YEAR})(?:['’]s)?\s+|(?P<yrel0>this|last|next)\s+year['’]s\s+"
        rf"|(?P<rel>year-earlier|year-ago|latest|current|same|previous|prior|fiscal)\s+)?"
        rf"(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th|final"
        rf"|last(?=[\s-](?:quarter|half)\s+of\s+(?:{YEAR}|(?:this|last|next)\s+year)))"
        rf"(?P<hy>[\s-])(?P<what>quarter|half)\b"
        rf"(?:\s+of\s+(?:(?:fiscal\s+)?(?P<year2>{YEAR})|(?P<yrel>this|last|next)\s+year)"
        rf"|,?\s+(?P<year3>{YEAR}))?", _F)),
    # Business shorthand for a quarter or half year: "Q3 2017", "2017 Q3", "Q4", "H1" (capital letter only).
    ("quarter_code", re.compile(
        r"\b(?:(?P<yr>(?:19|20)\d\d)\s*[-/]?\s*)?(?P<qh>[QH])(?P<n>[1-4])\b(?!-)"
        r"(?:\s*[-/]?\s*(?P<yr2>(?:19|20)\d\d)\b)?")),
    ("period", re.compile(
        r"\b(?P<x>(?:the\s+)?(?:year-earlier|year-ago|year-before|comparable|corresponding|same)\s+(?:quarter|period)"
        r"(?:\s+(?:a\s+year\s+(?:ago|earlier)|last\s+year|of\s+last\s+year|in\s+\d{4}))?"
        r"|year-earlier|year-ago|(?:the\s+)?latest\s+(?:quarter|period)"
        r"|the\s+(?:quarter|period)\s+a\s+year\s+(?:ago|earlier)|the\s+quarter)\b(?!-)", _F)),
    ("year", re.compile(
        rf"(?<![\d$£€#.,/])(?:(?P<pre>fiscal(?:\s+year)?|calendar(?:\s+year)?|mid|early|late|the\s+(?:early|mid|late)"
        rf"|the\s+(?:end|beginning|start|middle|(?:first|second|last|latter)\s+half)\s+of)[\s-]+"
        rf"|(?P<fy>FY)[\s-]?)?(?P<year>{YEAR})"
        rf"(?!\s*%|\s*(?:percent|per\s+cent))", _F)),
    ("year_period", re.compile(
        rf"\b(?:the|its)\s+(?P<year>{YEAR})\s+(?:period|quarter|fiscal\s+year)\b", _F)),
    ("decade", re.compile(
        r"(?:\b(?P<pre>the\s+(?:early|mid|late)|early|mid|late|the)[\s-]+)?"
        r"(?P<dec>\b(?:1[6-9]|20)\d0|['’]\d0)s\b", _F)),
    # "the nineties", "the late sixties": a spelled decade needs its article ("in her forties" is an age).
    ("decade_word", re.compile(
        r"\b(?P<pre>the\s+(?:(?:early|mid|late)[\s-]+)?)"
        r"(?P<w>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b", _F)),
    ("century", re.compile(
        rf"\b(?P<the>the\s+)?(?:(?P<pre>early|mid|late)[\s-]+)?(?P<ord>\d{{1,2}}(?:st|nd|rd|th)|{_ORDINAL_WORD})"
        rf"(?P<sep>[\s-]+)century\b",
        _F)),
    ("set", re.compile(
        rf"\b(?P<q>every|each)\s+(?:other\s+)?(?:(?P<num>{NUM})\s+)?"
        rf"(?P<u>{UNIT}|{WEEKDAY}|{MONTH}|{_DAY_PART}|spring|summer|fall|autumn|winter)"
        rf"(?:(?<=day)\s+(?P<part>{_DAY_PART})\b)?", _F)),
    ("set_adj", re.compile(
        r"\b(?P<adj>daily|weekly|monthly|annually|yearly|hourly|nightly|biweekly|twice-yearly)\b", _F)),
    ("holiday", re.compile(
        rf"\b(?P<h>{_HOLIDAY}|thanksgiving(?:\s+day)?|easter(?:\s+sunday)?)\b(?:,?\s+(?P<year>{YEAR}))?", _F)),
    ("season", re.compile(
        rf"\b(?:(?P<pre>early|late|mid|the)[\s-]+)?(?P<s>spring|summer|winter|autumn|fall)"
        rf"(?:\s+(?:of\s+)?(?P<year>{YEAR}))?\b", _F)),
    ("ref", re.compile(
        r"\b(?P<w>now|currently|nowadays|presently|recently|lately|soon|the\s+past|the\s+(?:near\s+|distant\s+)?future"
        r"|the\s+(?:near|short)\s+term|these\s+days|current|at\s+present|an?\s+(?:later|future)\s+date)\b", _F)),
    ("year_end", re.compile(
        r"\b(?P<w>(?:the\s+)?year[-\s]end|year['’]s\s+end|(?:the\s+)?end\s+of\s+the\s+year)\b", _F)),
    ("spelled_year", re.compile(
        rf"\b(?P<pre>the\s+year\s+)?(?P<w>nineteen(?:\s+hundred)?(?:\s+and)?\s+(?:{_TENS}(?:[-\s]{_ONES})?|{_TEENS}"
        rf"|oh[-\s]{_ONES})|two\s+thousand(?:\s+and)?(?:\s+(?:{_ONES}|{_TEENS}|twenty(?:[-\s]{_ONES})?))?)\b"
        rf"(?!\s+(?:{UNIT}|dollars|people|miles))", _F)),
]

# Text between two dates that makes them the two ends of one range.
RANGE_JOINER = re.compile(r"^\s*(?:-|–|—|to|through|thru|until|till|and|or|-\s*to)\s*$", re.IGNORECASE)

# Words that make a rule worth trying: each rule only runs in windows around its trigger words,
# so the whole scan costs one pass of a simple word regex plus the rules near time words.
_TRIGGER_LISTS: dict[str, tuple[str, ...]] = {
    "month_date": tuple(MONTHS), "day_month": tuple(MONTHS),
    "weekday": ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"),
    "weekday_set": ("mondays", "tuesdays", "wednesdays", "thursdays", "fridays", "saturdays", "sundays",
                    "mornings", "afternoons", "evenings", "nights"),
    "clock": ("noon", "midnight", "midday", "clock", "gmt", "utc"),
    "rel_day": ("today", "yesterday", "tomorrow", "tonight", "overnight"),
    "this_part": ("morning", "afternoon", "evening", "night"),
    "ago": ("ago", "earlier", "later", "now", "hence"),
    "duration": _UNIT_LIST, "long_units": _UNIT_LIST, "recent_units": _UNIT_LIST, "vague_units": _UNIT_LIST,
    "rel_unit": _UNIT_LIST + ("spring", "summer", "fall", "autumn", "winter"),
    "anaphor": ("day", "week", "month", "year", "quarter", "morning", "afternoon", "evening", "night", "weekend",
                "spring", "summer", "fall", "autumn", "winter"),
    "postposed": ("before", "after"), "event_day": ("day",), "unit_before_last": ("last", "next"),
    "while": ("while", "time"), "that_time": ("time", "period"),
    "quarter": ("quarter", "half"), "quarter_code": ("q", "h"), "period": ("quarter", "period", "year"),
    "year_period": ("period", "quarter", "year"),
    "decade": ("s",), "century": ("century",),
    "decade_word": ("twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties"),
    "set": ("every", "each"),
    "set_adj": ("daily", "weekly", "monthly", "annually", "yearly", "hourly", "nightly", "biweekly", "twice"),
    "holiday": ("day", "eve", "christmas", "halloween", "thanksgiving", "easter"),
    "season": ("spring", "summer", "winter", "autumn", "fall"),
    "ref": ("now", "currently", "current", "nowadays", "presently", "present", "recently", "lately", "soon", "past",
            "future", "days", "term", "date"),
    "year_end": ("end",), "spelled_year": ("nineteen", "thousand"),
}
WORD_TRIGGERS: dict[str, tuple[str, ...]] = {}
for _rule, _words in _TRIGGER_LISTS.items():
    for _w in _words:
        WORD_TRIGGERS[_w] = WORD_TRIGGERS.get(_w, ()) + (_rule,)
# Rules tried near a number: a year-like one, and any number followed by a clock or date separator.
YEAR_RULES = ("year", "year_period", "quarter", "decade")
NUMBER_FOLLOW = re.compile(r"\s*(?:[:.]\d|[ap]\.?\s?m\b)|[-/]\d", re.IGNORECASE)
NUMBER_RULES = ("clock", "iso_date", "slash_date")
WORD = re.compile(r"[A-Za-z]+|\d+")
TRIGGER_WINDOW = 90
