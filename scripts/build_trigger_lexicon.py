"""Build ``src/sidelines/data/plover_triggers.json``: the PLOVER trigger lexicon of the event typer.

Derived, with no hand-added entries, from three public files (give their folder as the argument):

- ``CAMEO.verbpatterns.150430.txt`` and ``CAMEO.2.0.txt``: the PETRARCH verb dictionaries (MIT
  licence, Copyright (c) 2014 Open Event Data). Each block lists verb forms with a CAMEO code and
  phrase patterns (``- * (AGAINST +)``, ``- * HUMANITARIAN ASSISTANCE``) with the code they signal.
- ``CAMEO2PLOVER-2021.txt``: the PLOVER table from CAMEO codes to type, mode and context
  (CC BY-SA 4.0, Open Event Data Alliance).

Run from the repository root::

    .venv/bin/python scripts/build_trigger_lexicon.py ../shared/lexicons/cameo

What is written:

- ``codes``: CAMEO code -> [PLOVER type, mode, contexts, label]. CAMEO 01 (statements) and 02
  (appeals) have no PLOVER type: they become the pseudo-types ``STATEMENT`` and ``APPEAL``, kept as
  evidence of *no event*; a pattern coded ``---`` becomes ``NULL`` (the dictionaries' own "this
  phrase is no event").
- ``blocks``: the verb blocks (synonym sets) with their default code and their phrase patterns
  reduced to what a dependency parse shows: ``prt:X`` (particle), ``dobj:N`` (object noun head),
  ``prep:P`` and ``prep:P:N`` (preposition and its object's head), each with CAMEO code counts.
  As in PETRARCH, a block's patterns apply to every verb of the block.
- ``verbs``: verb lemma -> its blocks, its own codes (from its line or its block's default), and
  the PLOVER type and mode weights derived from them (own codes first; patterns as weaker evidence).
  A multi-word form ("+RULE_OUT", "+CALL_OFF") is a phrase of its first word (``prt:out``): its
  codes are its own or its block's default; in a block coded ``---`` (the patterns decide) it takes
  the codes of the block's patterns first written for it (their comment names the form: "#
  RULED_OUT") when one type has a clear majority of them. Its block is the phrase's
  (``phrase_blocks``: the block's patterns apply to the verb when the parse shows the phrase), not
  the bare verb's ("rule" is not in the block of refusals that lists "rule out"). "RE_+ADMIT" is
  "readmit".
- ``forms``: regular forms of verbs that the parser lemmatises otherwise ("lambasted", read
  "lambast") -> the verb ("lambaste").
- ``nouns``: noun lemma -> type weights: nouns that name events, from the object nouns of patterns
  of verbs with no code of their own ("stage a PROTEST"), from verbs with the same form ("attack")
  and from nominalisations of coded verbs ("negotiation" <- "negotiate").

Words are lemmatised with the spaCy pipeline's own lemmatiser, so that they match its parses.
"""

from __future__ import annotations

import argparse
import json
import logging
import re
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

log = logging.getLogger("build_trigger_lexicon")

OUTPUT = Path(__file__).resolve().parent.parent / "src" / "sidelines" / "data" / "plover_triggers.json"
VERB_FILES = ("CAMEO.verbpatterns.150430.txt", "CAMEO.2.0.txt")
TABLE_FILE = "CAMEO2PLOVER-2021.txt"

PLOVER_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)
NO_EVENT_TYPES = ("STATEMENT", "APPEAL", "NULL")

# Closed-class English words, to read the flat patterns (grammar, not data).
PARTICLES = frozenset({"up", "down", "out", "off", "back", "away", "aside", "forward", "together", "apart", "forth"})
PREPOSITIONS = frozenset({
    "for", "on", "upon", "with", "against", "to", "into", "in", "at", "from", "by", "about", "of",
    "between", "among", "toward", "towards", "over", "under", "through", "across", "behind",
    "after", "before", "within", "without", "onto", "as",
})
FUNCTION_WORDS = frozenset({
    "the", "a", "an", "and", "or", "not", "no", "its", "his", "her", "their", "it", "that", "this",
    "these", "those", "be", "is", "are", "was", "were", "been", "has", "have", "had", "will",
    "would", "could", "should", "must", "may", "can", "more", "most", "any", "all", "some",
    "which", "who", "what", "there", "than", "so", "if", "also", "very", "him", "them", "own",
})
# Auxiliaries before the verb in a pattern, as the parse shows them (aux:X keys).
AUX_KEYS = {"will": "will", "would": "would", "must": "must", "should": "should", "could": "could",
            "may": "may", "might": "may", "shall": "will", "not": "not", "never": "not", "to": "to"}
AUX_SETS = {"&AUXVERB1": "pass", "&AUXVERB2": "will"}
# A block is light when no type has this share of its patterns; an object noun of light blocks
# names an event when one type has at least NOUN_MIN_SHARE of its patterns.
LIGHT_MAX_SHARE = 0.5
# A multi-word form of a block coded ``---`` takes the codes of the patterns written for it when one type has at
# least this share of them (a clear majority: "rule out" 0.75 REJECT; not "carry out", split between attacks,
# inquiries and cooperation).
PHRASE_MIN_SHARE = 0.7
NOUN_MIN_SHARE = 0.6
NOUN_MIN_COUNT = 4
# Nominal suffixes and the verb endings they come from ("negotiation" <- "negotiate").
NOMINAL_SUFFIXES = (
    ("ization", ("ize",)), ("isation", ("ise", "ize")), ("ation", ("ate", "", "e")),
    ("ition", ("ite", "")), ("ution", ("ute", "ve")), ("sion", ("d", "de", "t", "")),
    ("ion", ("e", "")), ("ment", ("",)), ("al", ("", "e")), ("ance", ("", "e")),
    ("ence", ("", "e")), ("ure", ("e",)), ("ing", ("", "e")), ("age", ("",)),
)


# -- the PLOVER table ----------------------------------------------------------------------------
def read_table(path: Path) -> dict[str, list[Any]]:
    """CAMEO code -> [type, mode, contexts, label] from CAMEO2PLOVER (root lines included)."""
    codes: dict[str, list[Any]] = {}
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        m = re.match(r"^(\d{2,4}):\s*(.*)$", line)
        if not m:
            continue
        code, rest = m.groups()
        rest, _, label = rest.partition("#")
        parts = [p.strip() for p in rest.split(",")]
        ptype = parts[0].upper()
        if ptype not in PLOVER_TYPES:
            continue
        mode = parts[1].strip() if len(parts) > 1 and parts[1].strip() else None
        contexts = [c.strip() for c in parts[2].split(";") if c.strip()] if len(parts) > 2 else []
        if mode and mode.lower() in {c.lower() for c in contexts + ["pro_autocracy"]} and mode not in ("cyber",):
            # "175: ASSAULT, pro_autocracy, military": a context written in the mode column.
            contexts = [mode] + contexts
            mode = None
        if code in codes and len(code) == 2:
            continue  # "08" is listed twice (CONCEDE and RETREAT): the specific codes decide.
        codes.setdefault(code, [ptype, mode, contexts, label.strip()])
    return codes


def plover_of(code: str, table: dict[str, list[Any]]) -> list[Any]:
    """[type, mode, contexts, label] of a CAMEO code: the code, else its parents; 01/02 are no events."""
    if code == "---":
        return ["NULL", None, [], "no event"]
    if code.startswith("01"):
        return ["STATEMENT", None, [], "make public statement"]
    if code.startswith("02"):
        return ["APPEAL", None, [], "appeal"]
    for n in range(len(code), 1, -1):
        if code[:n] in table:
            return table[code[:n]]
    return ["NULL", None, [], "unknown code"]


def clean_code(raw: str) -> str | None:
    """ "042:043" -> "042" (source side first), ":173" -> "173", "---" kept; None when empty."""
    parts = [p.strip() for p in raw.split(":") if p.strip()]
    if not parts:
        return None
    code = parts[0]
    return code if code == "---" or code.isdigit() else None


# -- the verb dictionaries -----------------------------------------------------------------------
class Lemmatizer:
    """spaCy's own rule lemmatiser, applied to single upper-case dictionary words."""

    def __init__(self) -> None:
        from spacy.tokens import Doc

        from sidelines.nlp.engine import load_model

        self.nlp = load_model("")
        self.doc_cls = Doc
        self.lem = self.nlp.get_pipe("lemmatizer")
        self.known = self.nlp.vocab.strings
        self.cache: dict[tuple[str, str], str] = {}
        index = self.lem.lookups.get_table("lemma_index")
        self.known_verbs = frozenset(index["verb"])
        self.known_words = frozenset(w for pos in ("noun", "verb", "adj", "adv") for w in index[pos])

    def inflected(self, word: str, tag: str) -> str:
        """The lemma the pipeline gives an inflected verb form it may not know ("lambasted" -> "lambast")."""
        doc = self.doc_cls(self.nlp.vocab, words=[word])
        doc[0].pos_ = "VERB"
        doc[0].tag_ = tag
        out = self.lem.rule_lemmatize(doc[0])
        return (out[0] if out else word).lower()

    def __call__(self, word: str, pos: str) -> str:
        key = (word, pos)
        if key not in self.cache:
            low = word.lower()
            doc = self.doc_cls(self.nlp.vocab, words=[low])
            doc[0].pos_ = pos
            out = self.lem.rule_lemmatize(doc[0])
            found = (out[0] if out else low).lower()
            if pos == "VERB" and low in self.known_verbs:
                # A verb line is a base form: "WOUND" is "wound" (not the past of "wind"), "FOUND" is "found".
                found = low
            elif pos == "VERB" and found not in self.known_verbs:
                # A base form the rules misread ("PRESS" -> "pres"): read it as the base form it is.
                doc[0].set_morph("VerbForm=Inf")
                out = self.lem.rule_lemmatize(doc[0])
                found = (out[0] if out else low).lower()
            self.cache[key] = found
        return self.cache[key]


def split_words(text: str) -> list[str]:
    return [w for w in re.split(r"[_\s{}()]+", text) if w]


def verb_words(form: str) -> list[str]:
    """The words of a verb line's form: "+RULE_OUT" -> RULE, OUT; a prefix joined to its verb
    ("RE_+ADMIT" -> READMIT, as the solid spelling "readmitted" parses)."""
    words = split_words(form.lstrip("+"))
    if len(words) > 1 and words[1].startswith("+"):
        words = [words[0] + words[1].lstrip("+"), *words[2:]]
    return [w.lstrip("+") for w in words if w.lstrip("+")]


def names_form(comment: str, verb: str, rest: list[str], lemma: Any) -> bool:
    """Whether a pattern's comment (the form it was first written for: "RULED_OUT") names a
    multi-word form: its first word is an inflection of ``verb`` and the other words are ``rest``."""
    words = split_words(comment)
    if len(words) != len(rest) + 1 or [w.upper() for w in words[1:]] != [w.upper() for w in rest]:
        return False
    return bool(lemma(words[0], "VERB") == verb)


def read_synsets(lines: list[str]) -> dict[str, list[list[str]]]:
    """&NAME -> its members, each a list of words."""
    sets: dict[str, list[list[str]]] = {}
    current: str | None = None
    for raw in lines:
        line = raw.split("#", 1)[0].strip()
        if not line:
            current = None
            continue
        if line.startswith("&"):
            current = line.split()[0]
            sets.setdefault(current, [])
        elif line.startswith("+") and current:
            sets[current].append(split_words(line[1:].split()[0]))
    return sets


def tokenize_pattern(text: str) -> list[tuple[str, Any]]:
    """Items of a pattern: ("VERB",), ("W", word), ("PP", prep, [words]), ("NP", [words]), ("SYM", s), ("SET", name)."""
    text = re.sub(r"_?\*_?", " * ", text)
    items: list[tuple[str, Any]] = []
    for m in re.finditer(r"\(([^)]*)\)|\{([^}]*)\}|(\S+)", text):
        if m.group(1) is not None:
            words = split_words(m.group(1))
            if words:
                items.append(("PP", words[0], words[1:]))
        elif m.group(2) is not None:
            items.append(("NP", split_words(m.group(2))))
        else:
            tok = m.group(3)
            if tok == "*":
                items.append(("VERB", None))
            elif tok in ("$", "+", "%", "^"):
                items.append(("SYM", tok))
            elif tok.startswith("&"):
                items.append(("SET", tok.rstrip("_")))
            else:
                for w in split_words(tok):
                    items.append(("SYM", w) if w in ("$", "+", "%", "^") else ("W", w))
    return items


class PatternReader:
    """Reduces a pattern to the keys a dependency parse can show: prt, dobj, prep, prep+object."""

    def __init__(self, synsets: dict[str, list[list[str]]], lemma: Lemmatizer, verb_forms: set[str]) -> None:
        self.synsets = synsets
        self.lemma = lemma
        self.verb_forms = verb_forms
        self.from_sets: set[str] = set()  # heads read from a synonym set of the last pattern

    def heads_of(self, words: list[str]) -> list[str]:
        """The head noun lemma of a phrase: its last content word among the first two."""
        content: list[str] = []
        for w in words:
            low = w.lower().strip("-")
            if not low or low in FUNCTION_WORDS or low in PREPOSITIONS:
                if content:
                    break
                continue
            content.append(low)
            if len(content) == 2:
                break
        if not content:
            return []
        return [self.lemma(content[-1], "NOUN")]

    def set_heads(self, name: str) -> list[str]:
        out: list[str] = []
        for member in self.synsets.get(name, []):
            out += self.heads_of(member[-1:])
        heads = sorted(set(out))
        self.from_sets.update(heads)
        return heads

    def keys(self, text: str) -> list[str]:
        self.from_sets = set()
        items = tokenize_pattern(text)
        try:
            start = next(i for i, it in enumerate(items) if it[0] == "VERB") + 1
        except StopIteration:
            return []
        post = items[start:]
        keys: list[str] = []
        # Auxiliaries right before the verb: "WILL *", "MUST *", "NOT *", "TO *", "&AUXVERB1 *" (passive).
        back = [it for it in items[: start - 1] if it[0] != "SYM"][-2:]
        for it in back:
            if it[0] == "W" and it[1].lower() in AUX_KEYS:
                keys.append("aux:" + AUX_KEYS[it[1].lower()])
            elif it[0] == "SET" and it[1].rstrip("_") in AUX_SETS:
                keys.append("aux:" + AUX_SETS[it[1].rstrip("_")])
        have_obj = have_pp = False
        i = 0
        # A particle right after the verb.
        if post and post[0][0] == "W" and post[0][1].lower() in PARTICLES:
            keys.append("prt:" + post[0][1].lower())
            i = 1
        while i < len(post) and len(keys) < 4:
            kind = post[i][0]
            if kind == "SYM":
                if post[i][1] == "+" and not have_obj and not have_pp:
                    have_obj = True  # the target is the direct object: no object noun to read
                i += 1
                continue
            if kind == "PP":
                if not have_pp:
                    prep = post[i][1].lower()
                    keys.append("prep:" + prep)
                    words = post[i][2]
                    heads = self.heads_of(words) if words and not words[0].startswith("&") else self.set_heads(words[0].rstrip("_")) if words else []
                    keys += [f"prep:{prep}:{h}" for h in heads[:8]]
                    have_pp = True
                i += 1
                continue
            if kind == "W" and post[i][1].lower() in PREPOSITIONS:
                if have_pp:
                    break
                prep = post[i][1].lower()
                keys.append("prep:" + prep)
                have_pp = True
                j = i + 1
                if j < len(post) and post[j][0] == "SET":
                    keys += [f"prep:{prep}:{h}" for h in self.set_heads(post[j][1])[:8]]
                    i = j + 1
                    continue
                words: list[str] = []
                while j < len(post) and post[j][0] == "W" and post[j][1].lower() not in PREPOSITIONS:
                    words.append(post[j][1])
                    j += 1
                keys += [f"prep:{prep}:{h}" for h in self.heads_of(words)]
                i = j
                continue
            if have_obj or have_pp:
                break
            if kind == "SET":
                keys += ["dobj:" + h for h in self.set_heads(post[i][1])[:8]]
                have_obj = True
                i += 1
                continue
            if kind == "NP":
                keys += ["dobj:" + h for h in self.heads_of(post[i][1])]
                have_obj = True
                i += 1
                continue
            if kind == "W":
                words = []
                j = i
                while j < len(post) and post[j][0] == "W" and post[j][1].lower() not in PREPOSITIONS:
                    words.append(post[j][1])
                    j += 1
                heads = self.heads_of(words)
                if heads and heads[0] not in FUNCTION_WORDS:
                    keys += ["dobj:" + h for h in heads]
                    have_obj = True
                i = j
                continue
            i += 1
        return list(dict.fromkeys(keys))


def read_verb_file(path: Path, lemma: Lemmatizer, synsets_all: dict[str, list[list[str]]]) -> list[dict[str, Any]]:
    """The verb blocks of one dictionary: name, default code, verbs [(lemma, code, extra keys)], patterns."""
    lines = path.read_text(encoding="latin-1").splitlines()
    verb_at = next(i for i, l in enumerate(lines) if "VERB PATTERNS" in l)
    synsets_all.update(read_synsets(lines[:verb_at]))
    blocks: list[dict[str, Any]] = []
    block: dict[str, Any] | None = None
    for raw in lines[verb_at + 1:]:
        stripped = raw.strip()
        if not stripped or stripped.startswith("#"):
            continue
        head = re.match(r"^---\s*(\S+)\s*\[([^\]]*)\]\s*---", stripped)
        if head:
            block = {"name": head.group(1), "default": clean_code(head.group(2)), "verbs": [], "patterns": [],
                     "file": path.name}
            blocks.append(block)
            continue
        if block is None or stripped.startswith("~~~"):
            continue
        body, _, comment = stripped.partition("#")
        body = body.strip()
        if body.startswith("-"):
            m = re.match(r"^-\s*(.*?)\s*\[([^\]]*)\]\s*$", body)
            if m:
                code = clean_code(m.group(2))
                if code:
                    block["patterns"].append((m.group(1), code, comment.strip().split(" ")[0].upper()))
            continue
        m = re.match(r"^(\+?[A-Z][A-Z0-9_'\-+]*)\s*(\{[^}]*\})?\s*(?:\[([^\]]*)\])?", body)
        if not m:
            continue
        form, _, code = m.groups()
        words = verb_words(form)
        if not words:
            continue
        vlemma = lemma(words[0], "VERB")
        extra: list[str] = []
        for w in words[1:2]:
            low = w.lower()
            if low in PARTICLES:
                extra.append("prt:" + low)
            elif low in PREPOSITIONS:
                extra.append("prep:" + low)
            elif low not in FUNCTION_WORDS:
                extra.append("dobj:" + lemma(w, "NOUN"))
        own = clean_code(code) if code else None
        if own is None and block["default"] != "---":
            own = block["default"]  # a block default of "---" means: the patterns decide
        block["verbs"].append((vlemma, own, extra, form.upper()))
    return blocks


def nominal_verbs(noun: str) -> list[str]:
    """Verbs a noun may be the nominalisation of ("withdrawal" -> "withdraw")."""
    out = []
    for suffix, endings in NOMINAL_SUFFIXES:
        if noun.endswith(suffix) and len(noun) > len(suffix) + 2:
            stem = noun[: -len(suffix)]
            out += [stem + e for e in endings]
            if len(stem) > 2 and stem[-1] == stem[-2]:
                out.append(stem[:-1])  # "shelling" -> "shell" stays; "kidnapping" -> "kidnap"
    return out


def inflections(verb: str) -> list[tuple[str, str]]:
    """Regular past, third-person and -ing forms of a verb lemma, with their tags."""
    stem = verb[:-1] if verb.endswith("e") and not verb.endswith("ee") else verb
    past = verb + "d" if verb.endswith("e") else verb + "ed"
    return [(past, "VBD"), (verb + "s", "VBZ"), (stem + "ing", "VBG")]


def parser_forms(verbs: dict[str, Any], lemma: Lemmatizer) -> dict[str, str]:
    """Regular forms of lexicon verbs the parser lemmatises otherwise -> the verb ("lambasted" ->
    "lambaste", where the parser reads "lambast"), so that a parse finds the verb by its form."""
    forms: dict[str, str] = {}
    for verb in sorted(verbs):
        for form, tag in inflections(verb):
            if lemma.inflected(form, tag) != verb and form not in lemma.known_words:
                forms.setdefault(form, verb)  # not "seed" for "see": a word of its own
    return forms


def mean_weights(a: dict[str, float], b: dict[str, float]) -> dict[str, float]:
    out = {k: round((a.get(k, 0.0) + b.get(k, 0.0)) / 2, 3) for k in set(a) | set(b)}
    return dict(sorted(out.items(), key=lambda kv: (-kv[1], kv[0])))


def type_weights(codes: Counter[str], table: dict[str, list[Any]]) -> tuple[dict[str, float], dict[str, float]]:
    """Normalised PLOVER type and mode weights of a bag of CAMEO codes."""
    types: Counter[str] = Counter()
    modes: Counter[str] = Counter()
    total = sum(codes.values())
    for code, n in codes.items():
        ptype, mode, _, _ = plover_of(code, table)
        types[ptype] += n
        if mode:
            modes[f"{ptype}:{mode}"] += n
    return ({t: round(n / total, 3) for t, n in types.most_common()} if total else {},
            {m: round(n / total, 3) for m, n in modes.most_common()} if total else {})


def inherited_codes(block: dict[str, Any], verb: str, form: str, lemma: Any,
                    table: dict[str, list[Any]]) -> Counter[str]:
    """The codes a multi-word form with no code of its own takes from its block's patterns (a block
    coded ``---``: the patterns decide): those first written for the form ("# RULED_OUT"), when one
    type has ``PHRASE_MIN_SHARE`` of them; else none (the block's patterns then apply to the phrase only
    where they match, as to any verb of the block)."""
    rest = verb_words(form)[1:]
    named = Counter(code for _, code, comment in block["patterns"] if names_form(comment, verb, rest, lemma))
    types, _ = type_weights(named, table)
    return named if types and max(types.values()) >= PHRASE_MIN_SHARE else Counter()


def build(folder: Path) -> dict[str, Any]:
    table = read_table(folder / TABLE_FILE)
    lemma = Lemmatizer()
    synsets: dict[str, list[list[str]]] = {}
    raw_blocks: list[dict[str, Any]] = []
    for name in VERB_FILES:
        raw_blocks += read_verb_file(folder / name, lemma, synsets)
    verb_forms = {v[0] for b in raw_blocks for v in b["verbs"]}
    reader = PatternReader(synsets, lemma, verb_forms)

    blocks_out: list[dict[str, Any]] = []
    verbs: dict[str, dict[str, Any]] = defaultdict(lambda: {
        "blocks": [], "own": Counter(), "phrases": defaultdict(Counter), "phrase_blocks": defaultdict(list)})
    noun_light: dict[str, Counter[str]] = defaultdict(Counter)
    used_codes: set[str] = set()
    n_patterns = 0
    for b in raw_blocks:
        patterns: dict[str, Counter[str]] = defaultdict(Counter)
        literal: dict[str, Counter[str]] = defaultdict(Counter)  # object nouns written out, not from a set
        for text, code, _ in b["patterns"]:
            n_patterns += 1
            for key in reader.keys(text):
                patterns[key][code] += 1
                used_codes.add(code)
                if key.startswith("dobj:") and key[5:] not in reader.from_sets:
                    literal[key][code] += 1
        idx = len(blocks_out)
        # A light block: no verb has a code of its own and its patterns spread over many types
        # ("stage a protest", "put on alert"), so the object noun, not the verb, names the event.
        block_types, _ = type_weights(Counter({c: n for cs in patterns.values() for c, n in cs.items()}), table)
        light = all(v[1] in (None, "---") for v in b["verbs"]) and max(block_types.values(), default=1.0) < LIGHT_MAX_SHARE
        blocks_out.append({
            "name": b["name"], "file": b["file"], "default": b["default"],
            "patterns": {k: dict(c.most_common()) for k, c in sorted(patterns.items())},
        })
        for vlemma, own, extra, form in b["verbs"]:
            entry = verbs[vlemma]
            if extra:  # "+WAGE_WAR", "+PULL_OUT": a phrase of the verb, not the verb
                codes = Counter({own: 1}) if own else inherited_codes(b, vlemma, form, lemma, table)
                used_codes.update(codes)
                for key in extra:
                    if codes:
                        entry["phrases"][key].update(codes)
                    if idx not in entry["phrase_blocks"][key]:
                        entry["phrase_blocks"][key].append(idx)
                continue
            if idx not in entry["blocks"]:
                entry["blocks"].append(idx)
            if own:
                used_codes.add(own)
                entry["own"][own] += 1
        if light:
            # Verbs with no code of their own: the object noun carries the event ("stage a protest").
            for key, counts in literal.items():
                noun_light[key[5:]].update(counts)

    verbs_out: dict[str, Any] = {}
    for vlemma in sorted(verbs):
        entry = verbs[vlemma]
        own = Counter({c: n for c, n in entry["own"].items() if c})
        pat: Counter[str] = Counter()
        for idx in entry["blocks"]:
            for counts in blocks_out[idx]["patterns"].values():
                pat.update(counts)
        if own:
            types, modes = type_weights(own, table)
            source = "own"
        else:
            types, modes = type_weights(pat, table)
            types = {t: round(w * 0.5, 3) for t, w in types.items()}
            modes = {m: round(w * 0.5, 3) for m, w in modes.items()}
            source = "patterns"
        out: dict[str, Any] = {"blocks": entry["blocks"], "codes": dict(own.most_common()), "types": types,
                               "modes": modes, "source": source}
        if entry["phrases"]:
            out["phrases"] = {k: dict(c) for k, c in sorted(entry["phrases"].items())}
        if entry["phrase_blocks"]:
            out["phrase_blocks"] = dict(sorted(entry["phrase_blocks"].items()))
        verbs_out[vlemma] = out

    # Nouns that name events.
    nouns: dict[str, dict[str, Any]] = {}
    pattern_only: dict[str, dict[str, Any]] = {}
    for noun, counts in noun_light.items():
        if noun in FUNCTION_WORDS:
            continue
        types, modes = type_weights(counts, table)
        top = max(types, key=types.get)
        if sum(counts.values()) < NOUN_MIN_COUNT or types[top] < NOUN_MIN_SHARE or top in NO_EVENT_TYPES:
            # An object of many kinds of events ("government", "city") names none of them; it may
            # still be typed below when it is the nominal of a coded verb.
            pattern_only[noun] = {"types": types, "modes": modes, "codes": dict(counts.most_common(4))}
            continue
        nouns[noun] = {"types": types, "modes": modes, "source": "pattern-object", "codes": dict(counts.most_common(4))}
    vocab: set[str] = set()
    for b in blocks_out:
        for key in b["patterns"]:
            vocab.add(key.rsplit(":", 1)[-1])
    for members in synsets.values():
        for m in members:
            vocab.add(lemma(m[-1], "NOUN"))
    vocab = {w for w in vocab if w.isalpha() and len(w) > 3 and w in lemma.known}
    nouns = {n: e for n, e in nouns.items() if re.fullmatch(r"[a-z][a-z\-]+[a-z]", n)}
    for noun in sorted(vocab | set(nouns) | set(pattern_only)):
        for verb in ([noun] if noun in verbs_out else []) + nominal_verbs(noun):
            entry = verbs_out.get(verb)
            if not (entry and entry["source"] == "own" and entry["types"]):
                continue
            derived = {"types": entry["types"], "modes": entry["modes"],
                       "source": "same form" if verb == noun else "nominal", "verb": verb}
            seen = nouns.get(noun)
            if seen is None and noun in pattern_only and sum(pattern_only[noun]["codes"].values()) >= 2:
                seen = pattern_only[noun]
            if seen is not None:  # both: the mean of the two readings
                seen = {"source": "pattern-object", **seen}
                derived["types"] = mean_weights(seen["types"], entry["types"])
                derived["modes"] = mean_weights(seen["modes"], entry["modes"])
                derived["source"] = seen["source"] + "+" + derived["source"]
                derived["codes"] = seen["codes"]
            nouns[noun] = derived
            break
    codes_out = {c: plover_of(c, table) for c in sorted(used_codes | set(table))}
    log.info("%d blocks, %d patterns, %d verb lemmas, %d nouns, %d codes", len(blocks_out), n_patterns,
             len(verbs_out), len(nouns), len(codes_out))
    return {
        "_source": (
            "Derived by scripts/build_trigger_lexicon.py from CAMEO.verbpatterns.150430.txt and "
            "CAMEO.2.0.txt (the PETRARCH CAMEO verb dictionaries, Open Event Data) and "
            "CAMEO2PLOVER-2021.txt (the PLOVER project's CAMEO-to-PLOVER table, Open Event Data Alliance)."
        ),
        "_licence": (
            "CAMEO verb dictionaries: MIT licence, Copyright (c) 2014 Open Event Data. "
            "CAMEO2PLOVER table: CC BY-SA 4.0, Open Event Data Alliance. "
            "This derived file carries both notices; the parts taken from the table are shared on the terms of CC BY-SA 4.0."
        ),
        "_format": (
            "codes: CAMEO code -> [PLOVER type, mode, contexts, label]; STATEMENT (CAMEO 01), APPEAL (02) and "
            "NULL (pattern coded ---) are no-event evidence. blocks: verb synonym sets with default code and "
            "patterns (prt:X, dobj:N, prep:P, prep:P:N -> CAMEO code counts). verbs: lemma -> blocks, own codes, "
            "type/mode weights (source own or patterns), phrases (multi-word verb forms -> CAMEO code counts), "
            "phrase_blocks (multi-word verb forms -> the blocks whose patterns apply with them). nouns: event nouns. "
            "forms: a regular form of a verb the parser lemmatises otherwise -> the verb."
        ),
        "types": list(PLOVER_TYPES),
        "no_event_types": list(NO_EVENT_TYPES),
        "codes": codes_out,
        "blocks": blocks_out,
        "verbs": verbs_out,
        "nouns": dict(sorted(nouns.items())),
        "forms": parser_forms(verbs_out, lemma),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path, help="folder with the CAMEO dictionaries and CAMEO2PLOVER table")
    parser.add_argument("--out", type=Path, default=OUTPUT)
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    data = build(args.folder)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", encoding="utf-8") as fh:
        json.dump(data, fh, ensure_ascii=False, separators=(",", ":"), sort_keys=False)
        fh.write("\n")
    log.info("wrote %s (%.0f kB)", args.out, args.out.stat().st_size / 1024)


if __name__ == "__main__":
    main()
