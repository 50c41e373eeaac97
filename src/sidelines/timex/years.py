"""Normalisers of years and parts of years: "2024", "the 1990s", "the 20th century", "the third quarter",
"the first half of 2023", "year-end"."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from sidelines.timex.context import Context, Norm
from sidelines.timex.lexicon import NON_YEAR_NEXT, ORDINALS
from sidelines.timex.readings import parse_number, reference_quarter, year_of

if TYPE_CHECKING:
    from sidelines.timex.recognize import RuleMatch

NOT_DATE_AFTER = re.compile(r"^\s*(?:%|percent|per\s*cent)", re.I)


def norm_year_end(c: "RuleMatch", ctx: Context) -> Norm | None:
    """"year-end": the anchor's year."""
    return Norm("DATE", f"{ctx.anchor.year:04d}" if ctx.anchor else "XXXX")


def year_from_words(words: str, with_article: bool) -> int | None:
    """The year a spelled-out year names ("nineteen ninety-six" -> 1996); None when it is not one.

    "nineteen five" without "the year" before it is more likely a count than 1905.
    """
    words = re.sub(r"\s+and\b", "", words.lower())
    words = re.sub(r"\s+", " ", words)
    if words.startswith("two thousand"):
        rest = words[len("two thousand"):].strip()
        n = parse_number(rest) if rest else 0
        return 2000 + int(n or 0) if n is not None else None
    rest = words[len("nineteen"):].strip().replace("hundred", "").strip()
    rest = re.sub(r"^oh[-\s]", "", rest)
    n = parse_number(rest)
    if n is None or not with_article and n < 10 and "oh" not in words:
        return None
    return 1900 + int(n)


def norm_spelled_year(c: "RuleMatch", ctx: Context) -> Norm | None:
    """A year in words ("nineteen ninety-six", "the year two thousand")."""
    year = year_from_words(c.group("w"), bool(c.groups.get("pre")))
    return Norm("DATE", f"{year:04d}", True) if year is not None else None


def norm_quarter(c: "RuleMatch", ctx: Context) -> Norm | None:
    """"the third quarter", "first-half": a quarter or half year."""
    g = c.groups
    what = c.group("what").lower()
    n = ORDINALS[c.group("ord").lower()]
    if what == "half" and c.group("ord").lower() in ("last", "final"):
        n = 2
    if what == "half" and n > 2:
        return None
    year = year_of(g.get("yr") or g.get("year2") or g.get("year3"))
    has_year = year is not None
    a = ctx.anchor
    yrel = g.get("yrel") or g.get("yrel0")
    if year is None and yrel and a is not None:
        year = a.year + {"last": -1, "this": 0, "next": 1}[yrel.lower()]
    if year is None:
        if a is None:
            year = ctx.year_hint
        else:
            first_month = 3 * n - 2 if what == "quarter" else 6 * n - 5
            # A quarter yet to begin is last year's, unless the sentence looks ahead to it ("will open in the
            # fourth quarter"); results of a quarter are reported after it ("will report fourth-quarter
            # results", "results for the fourth quarter"), so those stay last year's.
            ahead = (first_month > a.month and ctx.tense(c.start, c.end) == "FUTURE"
                     and not _results_of(ctx.text, c.start, c.end))
            year = a.year if first_month <= a.month or ahead else a.year - 1
    rel = (g.get("rel") or "").lower()
    if rel in ("year-earlier", "year-ago") and year is not None:
        year -= 1
    ystr = f"{year:04d}" if year is not None else "XXXX"
    if what == "quarter":
        return Norm("DATE", f"{ystr}-Q{n}", has_year)
    return Norm("DATE", f"{ystr}-H{n}", has_year)


def norm_quarter_code(c: "RuleMatch", ctx: Context) -> Norm | None:
    """"Q3 2017", "2017 Q3", "H1": a quarter or half year in business shorthand."""
    g = c.groups
    n, half = int(c.group("n")), c.group("qh") == "H"
    year = year_of(g.get("yr") or g.get("yr2"))
    has_year = year is not None
    if half and (n > 2 or not has_year):
        return None  # a bare "H2" is as often a chemical or a visa as a half year
    a = ctx.anchor
    if year is None:
        if a is None:
            year = ctx.year_hint
        else:
            first_month = 6 * n - 5 if half else 3 * n - 2
            year = a.year if first_month <= a.month else a.year - 1
    ystr = f"{year:04d}" if year is not None else "XXXX"
    return Norm("DATE", f"{ystr}-{'H' if half else 'Q'}{n}", has_year)


def norm_period(c: "RuleMatch", ctx: Context) -> Norm | None:
    """"the year-earlier period", "the latest quarter": a reporting period of financial news."""
    x = re.sub(r"\s+", " ", c.group("x").lower())
    ref = reference_quarter(ctx)
    named = re.search(r"\b\d{4}$", x)
    if named:  # "the same period in 2012": that year's period, not the one before the reference
        year = int(named.group())
        return Norm("DATE", f"{year:04d}-Q{ref[1]}" if ref and ctx.quarterly else f"{year:04d}", True)
    if ref is None:
        return Norm("DATE", "XXXX-QX")
    if "latest" in x or x == "the quarter":
        return Norm("DATE", f"{ref[0]:04d}-Q{ref[1]}")
    if ctx.quarterly:
        return Norm("DATE", f"{ref[0] - 1:04d}-Q{ref[1]}")
    return Norm("DATE", f"{ref[0] - 1:04d}" if ctx.anchor else "XXXX")


# A time zone abbreviation in capitals ("HKT", "EDT", "CEST", "GMT", "UTC") after four digits.
CLOCK_ZONE_AFTER = re.compile(r"\s+(?:GMT|UTC|(?!AT\b)[A-Z]{1,3}T)\b")


def norm_year(c: "RuleMatch", ctx: Context) -> Norm | None:
    """A four-digit year, refused when it is a count, an amount or a percentage."""
    g = c.groups
    year = int(c.group("year"))
    after = ctx.text[c.end:c.end + 30]
    nxt = re.match(r"\s*([A-Za-z]+)", after)
    if nxt and nxt.group(1).lower() in NON_YEAR_NEXT:
        return None
    if NOT_DATE_AFTER.match(after) or re.match(r"[,.]\d", after):
        return None
    if CLOCK_ZONE_AFTER.match(after) and year // 100 < 24 and year % 100 < 60:
        return None  # "1852 HKT", "0735 GMT": a 24-hour clock time in a time zone
    tok = ctx.token_at(c.start + (len(c.text) - len(c.group("year"))))
    named = g.get("pre") or g.get("fy")  # "fiscal 2016", "FY2016": a year whatever the tagger says
    if tok is not None and tok.ent_type_ in ("MONEY", "QUANTITY", "PERCENT") and not named:
        return None
    if tok is not None and tok.ent_type_ == "CARDINAL" and not named:
        prev = ctx.text[max(0, c.start - 12):c.start].lower()
        if not re.search(r"\b(?:in|since|of|by|until|from|to|and|before|after|during|through|the|year)\s*$", prev):
            return None
    pre = re.sub(r"\s+", " ", (g.get("pre") or "").lower())
    if pre.endswith("half of"):
        return Norm("DATE", f"{year:04d}-H{1 if 'first' in pre else 2}", True)
    return Norm("DATE", f"{year:04d}", True)


def norm_decade(c: "RuleMatch", ctx: Context) -> Norm | None:
    """"the 1990s", "the early '80s": a decade, valued as its first three digits ("199") as TimeML does."""
    dec = c.group("dec")
    if dec[0] in "'’":
        century = (ctx.anchor.year // 100) if ctx.anchor else 19
        if int(dec[1]) * 10 > (ctx.anchor.year % 100 if ctx.anchor else 99):
            century -= 1
        dec = f"{century:02d}{dec[1:]}"
    return Norm("DATE", dec[:3], True)


DECADE_WORDS = ("twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties")


def norm_decade_word(c: "RuleMatch", ctx: Context) -> Norm | None:
    """"the nineties": the last such decade up to the anchor (of the 1900s without one)."""
    tens = DECADE_WORDS.index(c.group("w").lower()) + 2
    century = 19
    if ctx.anchor is not None:
        century = ctx.anchor.year // 100 - (1 if tens * 10 > ctx.anchor.year % 100 else 0)
    return Norm("DATE", f"{century:02d}{tens}", True)


def norm_century(c: "RuleMatch", ctx: Context) -> Norm | None:
    """"the 20th century": a century; "20th Century Studios" is a name."""
    if "Century" in c.text and re.match(r"\s+[A-Z]", ctx.text[c.end:c.end + 3]):
        return None
    word = c.group("ord").lower()
    n = int(re.sub(r"\D", "", word)) if word[0].isdigit() else ORDINALS.get(word)
    if not n or n > 21:
        return None
    return Norm("DATE", f"{n - 1:02d}", True)


def norm_year_period(c: "RuleMatch", ctx: Context) -> Norm | None:
    """"the 1988 period", "the 1988 quarter": the reporting period of that year.

    "the 1988 quarter" is the quarter under report in that year: the year comes from the text, the
    quarter from the report. A "period" may as well be nine months or a year, and keeps the year.
    """
    year = c.group("year")
    noun = c.text.split()[-1].lower()
    ref = reference_quarter(ctx)
    if ref is not None and noun == "quarter":
        return Norm("DATE", f"{year}-Q{ref[1]}", True)
    return Norm("DATE", year, True)


RESULT_WORDS = re.compile(r"\b(?:results?|earnings|numbers|figures|profits?|losses|revenues?|sales figures)\b", re.I)


def _results_of(text: str, start: int, end: int) -> bool:
    """Whether a quarter names the period of reported results: "fourth-quarter results", "results for the
    third quarter" (the word right after it, or within the few words before it)."""
    after = text[end:end + 14]
    before = text[max(0, start - 22):start]
    return bool(RESULT_WORDS.match(after.lstrip(" -")) or RESULT_WORDS.search(before))
