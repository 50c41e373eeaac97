"""Source chain: which outlets an article says it reports from, and how it names itself.

Newswire copy is relayed: "Xyz.Az reports per Russian media", "according to Reuters",
"citing state news agency TASS", "told AFP", "..., the Interfax news agency reported".
The outlet that names itself in the third person ("Xyz.Az reports per ...", "XYZ News has
learned") is the publisher; the outlets it cites are the ``attributed_to`` chain.
Speakers of quotes are never sources here: a cited source must look like a news outlet
(a known agency, a name ending in an outlet word, a web domain) or a media phrase.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from urllib.parse import urlparse

# Wire services, broadcasters and papers often cited by name (general list, not per article).
KNOWN_OUTLETS = frozenset(
    s.lower()
    for s in (
        "Reuters",
        "AP",
        "Associated Press",
        "The Associated Press",
        "AFP",
        "Agence France-Presse",
        "Agence France Presse",
        "TASS",
        "ITAR-TASS",
        "RIA Novosti",
        "RIA",
        "Interfax",
        "Sputnik",
        "RT",
        "Xinhua",
        "CCTV",
        "CGTN",
        "Global Times",
        "Anadolu",
        "Anadolu Agency",
        "TRT",
        "Daily Sabah",
        "Hurriyet",
        "Yonhap",
        "Kyodo",
        "Kyodo News",
        "Jiji",
        "NHK",
        "KCNA",
        "Bloomberg",
        "dpa",
        "EFE",
        "ANSA",
        "IRNA",
        "Tasnim",
        "Fars",
        "ISNA",
        "Mehr",
        "PTI",
        "ANI",
        "WAM",
        "SPA",
        "Bernama",
        "Antara",
        "PAP",
        "Ukrinform",
        "UNIAN",
        "BelTA",
        "APA",
        "Azertac",
        "Trend",
        "Armenpress",
        "Kazinform",
        "CNN",
        "BBC",
        "Al Jazeera",
        "Al Arabiya",
        "Sky News",
        "Fox News",
        "CBS",
        "CBS News",
        "NBC",
        "NBC News",
        "ABC",
        "ABC News",
        "MSNBC",
        "CNBC",
        "NPR",
        "PBS",
        "Politico",
        "Axios",
        "Yahoo",
        "Yahoo News",
        "Breitbart",
        "Nikkei",
        "Le Monde",
        "Le Figaro",
        "Der Spiegel",
        "Spiegel",
        "Die Welt",
        "Bild",
        "El País",
        "El Pais",
        "Haaretz",
        "Kommersant",
        "Izvestia",
        "Vedomosti",
        "RBC",
        "Financial Times",
        "The Economist",
        "Euronews",
        "Deutsche Welle",
        "DW",
        "France 24",
        "Radio Free Europe",
        "RFE/RL",
        "Voice of America",
        "VOA",
        "The Hill",
        "Newsweek",
        "Time",
    )
)

# Spellings of one outlet, mapped to one key (after lower-casing and dropping non-alphanumerics).
OUTLET_ALIASES = {
    "associatedpress": "ap",
    "agencefrancepresse": "afp",
    "itartass": "tass",
    "rianovosti": "ria",
    "bbcnews": "bbc",
    "cnninternational": "cnn",
    "anadoluagency": "anadolu",
    "kyodonews": "kyodo",
    "voiceofamerica": "voa",
    "deutschewelle": "dw",
    "radiofreeeurope": "rferl",
    "huffingtonpost": "huffpost",
}
# Parts of a web domain that do not name the outlet.
DOMAIN_LABELS = frozenset(("www", "com", "org", "net", "co", "uk", "en", "edition", "news", "info", "ru", "az", "de"))

# A name ending in one of these words is an outlet ("XYZ News", "The Daily Planet").
OUTLET_WORDS = frozenset(
    (
        "news",
        "times",
        "post",
        "journal",
        "herald",
        "telegraph",
        "gazette",
        "tribune",
        "daily",
        "agency",
        "tv",
        "radio",
        "press",
        "chronicle",
        "observer",
        "guardian",
        "independent",
        "monitor",
        "express",
        "mirror",
        "standard",
        "insider",
        "network",
        "broadcasting",
        "channel",
        "television",
        "wire",
        "media",
        "newspaper",
        "magazine",
        "today",
        "caller",
        "beast",
        "examiner",
        "courier",
        "dispatch",
        "bulletin",
        "inquirer",
        "register",
    )
)

# Lower-case phrases that stand for media in general ("Russian media", "state television").
MEDIA_WORDS = frozenset(
    (
        "media",
        "press",
        "news agency",
        "agency",
        "newspaper",
        "newspapers",
        "broadcaster",
        "television",
        "tv",
        "radio",
        "outlet",
        "outlets",
        "daily",
        "website",
        "news portal",
        "channel",
        "reports",
        "wire",
    )
)

# Descriptors standing before an outlet's name: "state news agency TASS", "the Interfax news agency".
DESCRIPTOR = (
    r"(?:(?:the\s+)?(?:(?:state|state-run|state-owned|official|local|private|semi-official|"
    r"[A-Z][a-z]+)\s+)?(?:news\s+agency|agency|newspaper|broadcaster|daily|news\s+outlet|outlet|"
    r"television|TV\s+channel|channel|website|radio|news\s+portal|wire\s+service)\s+)"
)
NAME_TOKEN = r"(?:[A-Z0-9][\w'’&.\-/]*|[a-z]+\.(?:com|az|ru|am|ge|ua|kz|net|org|info|news))"
NAME = rf"(?:[Tt]he[ \t]+)?{NAME_TOKEN}(?:[ \t]+(?:of[ \t]+|de[ \t]+|al[ \t]+)?{NAME_TOKEN}){{0,4}}"
# What a cited source may look like: a descriptor and/or a name, or a lower-case media phrase.
SOURCE = (
    r"(?:(?:the\s+)?(?:[A-Za-z-]+\s+){0,2}(?:media|press|news\s+agencies|newspapers|outlets|television|TV)"
    r"(?:\s+reports)?(?![ \t]+(?!(?:on|in|and|as|that|said|says|reported|over|about|late|early)\b)\w)"
    rf"|{DESCRIPTOR}?{NAME}(?:\s+(?:news\s+agency|agency|newspaper|media|daily|broadcaster|television|TV))?)"
)
SENTENCE_EDGE = r"(?:^|(?<=[,;:”\"’(—–])\s*|(?<=[.!?])\s+|(?<=\n))"

# "<Outlet> reports per <source>", "<Outlet> reports, citing <source>": the outlet names itself.
SELF_RELAY = re.compile(
    rf"{SENTENCE_EDGE}(?P<outlet>{NAME})\s+(?:reports|informs|writes|learns)\s*,?\s*"
    rf"(?:per|citing|quoting|with\s+reference\s+to|referring\s+to|according\s+to)\s+(?P<source>{SOURCE})",
    re.MULTILINE,
)
# "XYZ News has learned", ", Trend reports." (present tense, no cited source).
SELF_CLAIM = re.compile(
    rf"{SENTENCE_EDGE}(?P<outlet>{NAME})\s+(?:has\s+learned|has\s+learnt|has\s+been\s+told|understands|"
    r"can\s+reveal|can\s+confirm|has\s+obtained|reports(?=\s*[.\n]|\s*$))",
    re.MULTILINE,
)
# Relays of another outlet.
RELAY_PATTERNS = (
    re.compile(
        rf"\b[Aa]ccording\s+to\s+(?:(?:a|an|the)\s+(?:new\s+)?(?:report|article|story|interview)\s+"
        rf"(?:by|in|from|with|on)\s+)?(?P<source>{SOURCE})"
    ),
    re.compile(rf"\b(?:[Cc]iting|[Qq]uoting|quoted\s+by|reported\s+by|per)\s+(?P<source>{SOURCE})"),
    re.compile(rf"\b(?:told|said\s+to|in\s+an\s+interview\s+with)\s+(?P<source>{DESCRIPTOR}?{NAME})"),
    re.compile(
        rf"{SENTENCE_EDGE}(?:[Aa]s\s+)?(?P<source>{DESCRIPTOR}?{NAME}(?:\s+(?:news\s+agency|agency|"
        rf"newspaper|broadcaster|daily))?)\s+(?:reported|reports|has\s+reported|was\s+reporting|"
        r"first\s+reported)\b"
    ),
)
# The verb phrase each pattern opened by a sentence edge needs after the name (the edge is tested at
# every character): a text without it is not scanned with the pattern.
SELF_RELAY_VERB = re.compile(
    r"(?:reports|informs|writes|learns)\s*,?\s*"
    r"(?:per|citing|quoting|with\s+reference\s+to|referring\s+to|according\s+to)"
)
SELF_CLAIM_VERB = re.compile(
    r"\s(?:has\s+learned|has\s+learnt|has\s+been\s+told|understands|can\s+reveal|can\s+confirm|has\s+obtained|"
    r"reports(?=\s*[.\n]|\s*$))",
    re.MULTILINE,
)
# The same for each relay pattern (None: the pattern is run on every text).
RELAY_VERBS = (
    None, None, None, re.compile(r"\s(?:reported|reports|has\s+reported|was\s+reporting|first\s+reported)\b"),
)
DESCRIPTOR_SUFFIX = re.compile(r"\s+(?:news\s+agency|agency|newspaper|daily|broadcaster)$")
POSSESSIVE = re.compile(r"[’']s?$")
LEADING_THE = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)
DOMAIN = re.compile(r"^[\w-]+(?:\.[A-Za-z]{2,6})+$")
# Host labels before a site's own name that name no outlet.
SITE_PREFIXES = frozenset(("www", "m", "amp", "mobile", "edition", "en", "www1", "www2"))
# The article's own attribution stands in its top lines: the headline and the first two paragraphs.
TOP_PARAGRAPHS = 3


@dataclass
class SourceChain:
    """What the text says about its own provenance."""

    publisher: str | None = None
    attributed_to: list[str] = field(default_factory=list)

    def add(self, source: str) -> None:
        """Add a cited source once (case-insensitively)."""
        if source and not any(same_outlet(source, s) for s in self.attributed_to):
            self.attributed_to.append(source)


def normalise_outlet(name: str) -> str:
    """A comparable key of an outlet name: lower case letters and digits only, no leading "the", aliases merged."""
    key = re.sub(r"[^a-z0-9]", "", LEADING_THE.sub("", name.strip()).lower())
    return OUTLET_ALIASES.get(key, key)


def outlet_keys(name: str) -> set[str]:
    """Keys under which an outlet may appear: its name, its initials, and the labels of a domain."""
    keys = {normalise_outlet(name), re.sub(r"[^a-z0-9]", "", name.lower())}  # "The Hindu": "hindu", "thehindu"
    words = [w for w in re.split(r"[\s-]+", LEADING_THE.sub("", name.strip())) if w]
    if len(words) >= 2:
        keys.add("".join(w[0] for w in words).lower())
    if "." in name and " " not in name.strip():
        keys.update(label for label in re.split(r"[.-]", name.lower()) if label not in DOMAIN_LABELS)
    return {k for k in keys if k}


@lru_cache(maxsize=65536)
def same_outlet(a: str | None, b: str | None) -> bool:
    """Whether two outlet names (or a name and a domain such as ``edition.xyz.com``) are the same outlet
    (kept: the events ask it of every quote's speaker and party)."""
    if not a or not b:
        return False
    ka, kb = outlet_keys(a), outlet_keys(b)
    if ka & kb:
        return True
    for x in ka:
        for y in kb:
            short, long = sorted((x, y), key=len)
            if len(short) >= 4 and short in long:
                return True
            if len(short) >= 3 and long.startswith(short):
                return True
    return False


def is_outlet_name(name: str) -> bool:
    """Whether a capitalised name looks like a news outlet."""
    bare = LEADING_THE.sub("", name.strip())
    if not bare:
        return False
    if bare.lower() in KNOWN_OUTLETS or DOMAIN.match(bare):
        return True
    last = bare.split()[-1].lower()
    return len(bare.split()) <= 5 and last in OUTLET_WORDS and bare[0].isupper()


def is_media_phrase(phrase: str) -> bool:
    """Whether a lower-case phrase stands for media in general ("Russian media", "state television")."""
    words = phrase.lower().split()
    return bool(words) and (words[-1] in MEDIA_WORDS or " ".join(words[-2:]) in MEDIA_WORDS)


def outlet_within(phrase: str) -> str | None:
    """The longest run of words in a phrase that names an outlet ("CNN's Jake Tapper" -> "CNN")."""
    tokens = [POSSESSIVE.sub("", t) if t.endswith(("'s", "’s")) else t for t in phrase.split()]
    tokens = [t.rstrip(".,;:") if len(t) > 2 and not DOMAIN.match(t.rstrip(".,;:")) else t for t in tokens]
    best: str | None = None
    for i in range(len(tokens)):
        for j in range(len(tokens), i, -1):
            cand = " ".join(tokens[i:j])
            if cand[:1].isupper() and is_outlet_name(cand) and (best is None or len(cand) > len(best)):
                best = cand
                break
    if best and best.lower().startswith("the ") and len(best.split()) > 2:
        best = best[4:]
    if best:
        bare = DESCRIPTOR_SUFFIX.sub("", best)
        if bare != best and bare[:1].isupper() and bare.lower() != "the":
            best = bare
    return best


def clean_source(raw: str) -> str | None:
    """The outlet named by a cited phrase ("state news agency TASS" -> "TASS"), or None if it is no outlet."""
    phrase = raw.strip().rstrip(".,;:")
    if (
        phrase[:1].islower()
        and is_media_phrase(phrase)
        and not any(w[:1].isupper() and not w.isupper() for w in phrase.split())
    ):
        # "state TV", "Russian media": the phrase is the source, not the capitalised word inside it
        return re.sub(r"\s+reports$", "", LEADING_THE.sub("", phrase))
    desc = re.match(DESCRIPTOR, phrase)
    if desc and desc.end() < len(phrase) and phrase[desc.end()].isupper():
        rest = phrase[desc.end() :]
        return outlet_within(rest) or (rest if len(rest.split()) <= 3 else None)
    found = outlet_within(phrase)
    if found:
        return found
    trimmed = DESCRIPTOR_SUFFIX.sub("", phrase)
    if trimmed != phrase and trimmed[:1].isupper():
        return trimmed
    if is_media_phrase(phrase):
        return re.sub(r"\s+reports$", "", LEADING_THE.sub("", phrase))
    return None


def self_outlet(raw: str, strong: bool) -> str | None:
    """The outlet that names itself ("Xyz.Az reports per ..."), trimmed of sentence openers.

    Args:
        raw: The capitalised words before the reporting verb.
        strong: True for "<Outlet> reports per <source>", where any short name is taken as the outlet.
    """
    found = outlet_within(raw)
    if found:
        return found
    tokens = raw.split()
    if strong and 1 <= len(tokens) <= 3 and all(t[:1].isupper() for t in tokens):
        return " ".join(tokens)
    return None


def find_source_chain(text: str, publisher: str | None = None) -> SourceChain:
    """Find the publisher's self-references and the outlets the article's top cites, in order of appearance.

    Args:
        text: The article text.
        publisher: The publisher already known from metadata, if any; it is never listed as its own source.
    """
    chain = SourceChain(publisher=None)
    known = publisher
    found: list[tuple[int, str]] = []
    top = top_end(text)
    for m in SELF_RELAY.finditer(text) if SELF_RELAY_VERB.search(text) else ():
        outlet = self_outlet(m.group("outlet"), strong=True)
        source = clean_source(m.group("source"))
        if outlet and not known:
            known = chain.publisher = outlet
        elif outlet and not same_outlet(outlet, known):
            found.append((m.start("outlet"), outlet))
        if source:
            found.append((m.start("source"), source))
    for m in SELF_CLAIM.finditer(text) if SELF_CLAIM_VERB.search(text) else ():
        outlet = self_outlet(m.group("outlet"), strong=False)
        if outlet and not known:
            known = chain.publisher = outlet
    for pattern, verb in zip(RELAY_PATTERNS, RELAY_VERBS, strict=True):
        for m in pattern.finditer(text) if verb is None or verb.search(text) else ():
            if m.start() >= top:
                break  # every later source stands below the top too (a source starts where its match does, or after)
            source = clean_source(m.group("source"))
            if source and not same_outlet(source, known):
                found.append((m.start("source"), source))
    for at, source in sorted(found):
        if at < top:  # deeper down a source backs one claim, not the article
            chain.add(source)
    return chain


def top_end(text: str, paragraphs: int = TOP_PARAGRAPHS) -> int:
    """Where the article's top ends: after its first ``paragraphs`` non-empty lines (headline and lede)."""
    seen = 0
    for m in re.finditer(r"[^\n]*\S[^\n]*", text):
        seen += 1
        if seen == paragraphs:
            return m.end()
    return len(text)


def outlet_country(publisher: str | None) -> str | None:
    """ISO3 home country of a publisher: a known outlet, a US government domain, or a country's domain."""
    from sidelines.lexicon.countries import country_by_code
    from sidelines.lexicon.outlets import GOVERNMENT_DOMAINS, OUTLET_COUNTRIES

    if not publisher or not publisher.strip():
        return None
    name = publisher.strip().lower()
    if DOMAIN.match(name):
        top = name.rsplit(".", 1)[-1]
        if top in GOVERNMENT_DOMAINS:
            return GOVERNMENT_DOMAINS[top]
        if len(top) == 2 and top not in ("co", "tv", "io", "me", "fm", "am"):
            found = country_by_code("GB" if top == "uk" else top.upper())
            if found is not None:
                return found.iso3
    for key in outlet_keys(publisher):
        if key in OUTLET_COUNTRIES:
            return OUTLET_COUNTRIES[key]
    return None


def site_name(url: str | None) -> str | None:
    """The site a URL belongs to, without the host labels that name no outlet ("www.", "edition.")."""
    if not url:
        return None
    try:
        host = (urlparse(url if "//" in url else f"//{url}").hostname or "").lower()
    except ValueError:
        return None
    labels = [x for x in host.split(".") if x]
    keep = (
        3 if len(labels) >= 3 and labels[-2] in ("co", "com", "org", "net", "gov", "ac") and len(labels[-1]) == 2 else 2
    )
    while len(labels) > keep and labels[0] in SITE_PREFIXES:
        labels.pop(0)
    return ".".join(labels) if len(labels) >= 2 else None
