"""The trigger lexicon: verbs, their phrase patterns and event nouns -> CAMEO codes -> PLOVER types.

The data (``sidelines/data/plover_triggers.json``) is derived by ``scripts/build_trigger_lexicon.py``
from the PETRARCH CAMEO verb dictionaries and the CAMEO2PLOVER table (see the file's header for
sources and licences). Matching reads a spaCy token's parse: the verb's lemma, its particle, its
direct object (or passive subject) and its prepositional phrases; the most specific matching
pattern wins, as in PETRARCH.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sidelines.eventtype.labels import NO_EVENT, NONE
from sidelines.nlp.syntax import CORE_OBJECTS, NOMINAL_PASSIVE_SUBJECTS

if TYPE_CHECKING:
    from spacy.tokens import Token

# Specificity of a pattern key: the most specific matching level decides, as in PETRARCH.
LEVELS = ("phrase", "aux", "prep-object", "object", "particle", "prep")
# Auxiliaries and negation as the patterns' aux:X keys ("WILL *", "MUST *", "NOT *", "TO *").
AUX_KEYS = {"will": "will", "'ll": "will", "shall": "will", "would": "would", "'d": "would", "must": "must",
            "should": "should", "could": "could", "may": "may", "might": "may", "to": "to"}
PREP_DEPS = frozenset({"prep", "agent", "dative"})
# How much a verb's own code still counts once a phrase pattern matched.
OWN_WEIGHT_UNDER_PATTERN = 0.3


@dataclass(frozen=True)
class LexMatch:
    """What the lexicon says of one token: weights over types (PLOVER and no-event), and why."""

    types: dict[str, float]
    pattern: str
    level: str
    modes: dict[str, float] = field(default_factory=dict)
    contexts: tuple[str, ...] = ()

    def top(self) -> tuple[str, float]:
        """The best PLOVER type and its weight; NONE when no-event evidence wins or nothing is known."""
        if not self.types:
            return NONE, 0.0
        label, weight = max(self.types.items(), key=lambda kv: kv[1])
        return (NONE, weight) if label in NO_EVENT else (label, weight)

    def mode_for(self, ptype: str) -> str | None:
        best = [(w, m.split(":", 1)[1]) for m, w in self.modes.items() if m.startswith(ptype + ":")]
        return max(best)[1] if best else None


def default_path() -> Path:
    return Path(str(resources.files("sidelines") / "data" / "plover_triggers.json"))


class TriggerLexicon:
    """Looks up tokens in the derived trigger lexicon. Load once and share."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.data = data
        self.codes: dict[str, list[Any]] = data["codes"]
        self.blocks: list[dict[str, Any]] = data["blocks"]
        self.verbs: dict[str, dict[str, Any]] = data["verbs"]
        self.nouns: dict[str, dict[str, Any]] = data["nouns"]
        self.forms: dict[str, str] = data.get("forms", {})
        self._cache: dict[tuple[str, tuple[str, ...]], LexMatch | None] = {}

    @classmethod
    def load(cls, path: str | Path | None = None) -> "TriggerLexicon":
        with open(path or default_path(), encoding="utf-8") as fh:
            return cls(json.load(fh))

    # -- lemma level ----------------------------------------------------------------------------
    def verb_entry(self, lemma: str) -> dict[str, Any] | None:
        return self.verbs.get(lemma)

    def noun_entry(self, lemma: str) -> dict[str, Any] | None:
        return self.nouns.get(lemma)

    def is_reporting(self, lemma: str) -> bool:
        """A verb whose own CAMEO code is a public statement (01): say, tell, announce, ..."""
        entry = self.verbs.get(lemma)
        if not entry or entry["source"] != "own":
            return False
        types = entry["types"]
        return max(types, key=lambda t: types[t], default="") == "STATEMENT"

    def lemma_match(self, lemma: str, pos: str) -> LexMatch | None:
        """The lemma's own weights: a verb's own codes (or its patterns, halved), or an event noun's."""
        if pos == "NOUN":
            entry = self.nouns.get(lemma)
            if entry is None:
                return None
            return LexMatch(dict(entry["types"]), f"noun:{lemma}", "noun", dict(entry.get("modes", {})))
        entry = self.verbs.get(lemma)
        if entry is None or not entry["types"]:
            return None
        return LexMatch(dict(entry["types"]), f"verb:{lemma}", entry["source"], dict(entry.get("modes", {})),
                        self._contexts(entry.get("codes", {})))

    def lemma(self, token: "Token") -> str:
        """A token's lemma as the lexicon writes it: the parser's, or the verb of a form it misreads
        ("lambasted", read "lambast", is "lambaste")."""
        if token.pos_ == "VERB":
            verb = self.forms.get(token.lower_)
            if verb is not None:
                return verb
        return token.lemma_.lower()

    def is_null_phrasal(self, verb: str, particle: str) -> bool:
        """Whether the dictionaries code a verb with this particle as no event, by a majority of
        their patterns ("strike down" [---])."""
        entry = self.verbs.get(verb)
        if entry is None:
            return False
        counts: Counter[str] = Counter(entry.get("phrases", {}).get("prt:" + particle, {}))
        # The no-event patterns of the verb's phrasal blocks still count ("give out" [---] sits with "+GIVE_UP").
        phrasal = [i for ids in entry.get("phrase_blocks", {}).values() for i in ids]
        for idx in dict.fromkeys(entry["blocks"] + phrasal):
            counts.update(self.blocks[idx]["patterns"].get("prt:" + particle, {}))
        types, _ = self.weights(counts)
        return bool(types) and max(types, key=lambda t: types[t]) == "NULL" and types["NULL"] > 0.5

    # -- phrase level ---------------------------------------------------------------------------
    def match(self, token: "Token") -> LexMatch | None:
        """The lexicon's reading of a candidate trigger token: its most specific pattern, else its lemma."""
        lemma = self.lemma(token)
        if token.pos_ == "NOUN":
            return self.lemma_match(lemma, "NOUN")
        if lemma not in self.verbs:
            return None
        keys = tuple(phrase_keys(token))
        cache_key = (lemma, keys)
        if cache_key not in self._cache:
            if len(self._cache) > 50_000:
                self._cache.clear()
            self._cache[cache_key] = self._match_verb(lemma, keys)
        return self._cache[cache_key]

    def _match_verb(self, lemma: str, keys: tuple[str, ...]) -> LexMatch | None:
        entry = self.verbs[lemma]
        own = self.lemma_match(lemma, "VERB")
        hits: dict[str, tuple[Counter[str], list[str]]] = {}
        phrases = entry.get("phrases", {})
        for key in keys:
            if key in phrases:
                counts, names = hits.setdefault("phrase", (Counter(), []))
                counts.update(phrases[key])
                names.append(key)
        # A phrasal verb's blocks ("rule out" in a block of refusals) apply when the parse shows it.
        phrase_blocks = entry.get("phrase_blocks", {})
        blocks = entry["blocks"] + [i for key in keys for i in phrase_blocks.get(key, ()) if i not in entry["blocks"]]
        for idx in dict.fromkeys(blocks):
            patterns = self.blocks[idx]["patterns"]
            for key in keys:
                found = patterns.get(key)
                if not found:
                    continue
                level = key_level(key)
                counts, names = hits.setdefault(level, (Counter(), []))
                counts.update(found)
                if key not in names:
                    names.append(key)
        for level in LEVELS:
            if level not in hits:
                continue
            counts, names = hits[level]
            types, modes = self.weights(counts)
            if level == "phrase":
                # A multi-word verb ("rule out") is a verb of its own: the bare verb's codes are not its.
                return LexMatch(types, f"{lemma} {names[0]}", level, modes, self._contexts(counts))
            if own is not None:
                for t, w in own.types.items():
                    types[t] = types.get(t, 0.0) + OWN_WEIGHT_UNDER_PATTERN * w
                total = sum(types.values())
                types = {t: w / total for t, w in types.items()}
            for m, w in (own.modes.items() if own is not None else ()):
                modes.setdefault(m, OWN_WEIGHT_UNDER_PATTERN * w)
            return LexMatch(types, f"{lemma} {names[0]}", level, modes, self._contexts(counts))
        return own

    def weights(self, codes: dict[str, int] | Counter[str]) -> tuple[dict[str, float], dict[str, float]]:
        """Normalised type and ``TYPE:mode`` weights of a bag of CAMEO codes."""
        types: Counter[str] = Counter()
        modes: Counter[str] = Counter()
        for code, n in codes.items():
            info = self.codes.get(code)
            if info is None:
                continue
            types[info[0]] += n
            if info[1]:
                modes[f"{info[0]}:{info[1]}"] += n
        total = sum(types.values()) or 1
        return {t: n / total for t, n in types.items()}, {m: n / total for m, n in modes.items()}

    def _contexts(self, codes: dict[str, int] | Counter[str]) -> tuple[str, ...]:
        if not codes:
            return ()
        code = max(codes, key=lambda c: codes[c])
        info = self.codes.get(code)
        return tuple(info[2]) if info else ()


def key_level(key: str) -> str:
    if key.startswith("aux:"):
        return "aux"
    if key.startswith("prep:"):
        return "prep-object" if key.count(":") == 2 else "prep"
    if key.startswith("dobj:"):
        return "object"
    return "particle"


def phrase_keys(token: "Token") -> list[str]:
    """The pattern keys a verb's parse shows: ``prt:X``, ``dobj:N``, ``prep:P``, ``prep:P:N``."""
    keys: list[str] = []
    objects = []
    for child in token.children:
        dep = child.dep_
        if dep == "aux" and child.lower_ in AUX_KEYS:
            keys.append("aux:" + AUX_KEYS[child.lower_])
        elif dep == "neg":
            keys.append("aux:not")
        elif dep == "auxpass":
            keys.append("aux:pass")
        elif dep == "prt":
            keys.append("prt:" + child.lower_)
        elif dep in CORE_OBJECTS or dep in NOMINAL_PASSIVE_SUBJECTS:
            keys.append("dobj:" + child.lemma_.lower())
            objects.append(child)
        elif dep in PREP_DEPS and child.pos_ == "ADP":
            _prep_keys(child, keys)
        elif dep == "xcomp" and any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children):
            # "agreed to withdraw": the flat patterns write it "* TO WITHDRAW ..."
            keys.append("prep:to")
            keys.append("prep:to:" + child.lemma_.lower())
            keys += ["prep:to:" + c.lemma_.lower() for c in child.children if c.dep_ in CORE_OBJECTS]
    for obj in objects:
        for child in obj.children:
            if child.dep_ == "prep":
                _prep_keys(child, keys)
    return keys


def _prep_keys(prep: "Token", keys: list[str]) -> None:
    p = prep.lower_
    keys.append("prep:" + p)
    for pobj in prep.children:
        if pobj.dep_ == "pobj":
            keys.append(f"prep:{p}:{pobj.lemma_.lower()}")


@lru_cache(maxsize=4)
def load_lexicon(path: str = "") -> TriggerLexicon:
    """The packaged lexicon (or one at ``path``), loaded once per process."""
    return TriggerLexicon.load(path or None)
