"""Word lists for time expressions: months, weekdays, numbers, units, parts of day, seasons."""

from __future__ import annotations

MONTHS: dict[str, int] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}

WEEKDAYS: dict[str, int] = {
    "monday": 1, "mon": 1, "tuesday": 2, "tues": 2, "tue": 2, "wednesday": 3, "wed": 3,
    "thursday": 4, "thurs": 4, "thu": 4, "friday": 5, "fri": 5, "saturday": 6, "sat": 6, "sunday": 7, "sun": 7,
}

# Spelled-out numbers; larger ones are built from these by the number parser.
NUMBER_WORDS: dict[str, float] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
    "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "a": 1, "an": 1, "one-and-a-half": 1.5, "a half": 0.5, "half a": 0.5, "half an": 0.5,
    "a couple of": 2, "a couple": 2, "couple of": 2, "a dozen": 12, "dozen": 12, "a hundred": 100,
    "hundred": 100, "a thousand": 1000, "thousand": 1000,
}

# Quantifiers that give an unknown amount (value "X").
VAGUE_NUMBERS = ("several", "a few", "few", "many", "some", "numerous", "a number of", "dozens of", "hundreds of")

ORDINALS: dict[str, int] = {
    "first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
    "fifth": 5, "5th": 5, "sixth": 6, "6th": 6, "seventh": 7, "7th": 7, "eighth": 8, "8th": 8,
    "ninth": 9, "9th": 9, "tenth": 10, "10th": 10, "eleventh": 11, "11th": 11, "twelfth": 12, "12th": 12,
    "thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17,
    "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "twenty-first": 21, "last": 4, "final": 4,
}

# Days of the month spelled as ordinals ("March eighth", "the twenty-first of May").
_FIRST_NINE = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth")
DAY_ORDINALS: dict[str, int] = {
    **{w: i + 1 for i, w in enumerate(_FIRST_NINE)},
    "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
    "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "thirtieth": 30,
    **{f"twenty-{w}": 21 + i for i, w in enumerate(_FIRST_NINE)}, "thirty-first": 31,
}

# Unit word -> TIMEX3 duration unit letter ("T" prefix for clock units handled by the normaliser).
UNITS: dict[str, str] = {
    "second": "S", "minute": "MIN", "hour": "H", "day": "D", "night": "D", "week": "W", "weekend": "WE",
    "fortnight": "FN", "month": "M", "quarter": "Q", "year": "Y", "decade": "DE", "century": "CE",
    "centurie": "CE", "millennium": "ML", "millennia": "ML",
}

# Parts of the day -> TIMEX3 suffix.
DAY_PARTS: dict[str, str] = {
    "morning": "TMO", "afternoon": "TAF", "evening": "TEV", "night": "TNI", "tonight": "TNI",
    "overnight": "TNI",
}

SEASONS: dict[str, str] = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}

# Fixed-date holidays (month, day).
HOLIDAYS: dict[str, tuple[int, int]] = {
    "new year's day": (1, 1), "christmas day": (12, 25), "christmas eve": (12, 24), "christmas": (12, 25),
    "new year's eve": (12, 31), "independence day": (7, 4), "valentine's day": (2, 14),
    "halloween": (10, 31), "bastille day": (7, 14),
}

# Verbs whose complement is in the future ("plans to meet on Friday").
FUTURE_CUE_VERBS = frozenset({
    "plan", "expect", "schedule", "intend", "hope", "aim", "set", "prepare", "propose", "agree", "due", "will",
})

# English verbs whose simple past is spelled as their base form: a tagger's VBP "hurt", "cut" or
# "closed ... set" may be a past tense (general English grammar, not drawn from any corpus).
SAME_FORM_PAST = frozenset({
    "bet", "bid", "broadcast", "burst", "cast", "cost", "cut", "forecast", "hit", "hurt", "let", "put", "quit",
    "read", "set", "shed", "shut", "split", "spread", "thrust", "upset",
})

# Words after a bare four-digit number that show it is not a year.
NON_YEAR_NEXT = frozenset({
    "people", "troops", "soldiers", "men", "women", "children", "miles", "kilometers", "kilometres", "feet",
    "meters", "metres", "tons", "tonnes", "barrels", "dollars", "pounds", "euros", "yen", "shares", "units",
    "jobs", "workers", "residents", "refugees", "deaths", "cases", "votes", "acres", "homes", "km", "kg",
    "points", "employees", "members", "students", "police", "officers", "prisoners", "rebels", "rounds",
    "percent", "cents", "marks", "francs", "rubles", "yuan", "rupees",
})

# Nouns that make "today's" the present age, not the document's day ("today's youth"): PRESENT_REF.
GENERIC_PRESENT_NOUNS = frozenset({
    "world", "youth", "society", "generation", "children", "kid", "economy", "culture", "age", "era", "family",
    "families", "computer", "technology", "standard", "politics", "people", "teenager", "student", "parent",
    "women", "men", "worker", "voter", "consumer", "media", "market", "reality", "realities", "life",
})
