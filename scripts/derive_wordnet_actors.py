"""Derive the countries of named groups (armed groups, parties, movements) from WordNet 3.0 glosses.

Source: Princeton WordNet 3.0 (the Debian package ``wordnet-base``, files under /usr/share/wordnet;
WordNet 3.0 licence: free use, copy, modification and distribution with its copyright notice,
"WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved.").

WordNet lists well-known people (noun.person) and organisations (noun.group) as *instances* or as
synsets of capitalised names ("Sinn Fein"), with a gloss that usually says whose they are: "Iraqi
leader who ...", "South African statesman ...", "a terrorist organization in Sri Lanka ...". A
synset's country is the one country its region-domain links name (";r": Hezbollah -> Lebanon), else
it is read from its gloss by two rules only (a name synset that is no instance is kept only when its
gloss makes it a party, group, army, agency or the like, and its name is not made of common words
alone, as "Supreme Court" or "Labour Party" are, unless it names a country: "British Labour Party";
an instance's common-word name is dropped too where it has a proper one, since such a name is a
translation that others share: INLA's "People's Liberation Army"):

* a demonym among the gloss's first four words ("Iraqi leader", "a Palestinian political movement");
* else "in [the] [eastern|...] COUNTRY" ("a terrorist group formed in Peru"), when that country is the
  first the gloss names (so "opposes peace with Israel ... in place of Israel" gives nothing).

A name (any capitalised lemma of the synset, underscores as spaces) is kept when every instance synset
holding it agrees on one country, no common-noun sense shares it ("Tigers", "Path"), it is not itself a
country's name, and all-capital forms have four letters or more. Writes
src/sidelines/data/actor_countries.json: {"groups": {name: ISO3}}; no people (learnt from the text).

usage: python scripts/derive_wordnet_actors.py [--wordnet DIR]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "src" / "sidelines" / "data" / "actor_countries.json"
# Only organisations (noun.group): a lexicon of named people would make the engine know people it
# must learn from the text.
LEXFILES = {"14": "groups"}
# Gloss words of a body that acts (for name synsets that are no instances).
BODY_WORDS = re.compile(r"\b(?:party|organi[sz]ation|group|movement|army|forces?|agency|service|department|"
                        r"council|parliament|assembly|guerrillas?|militia|faction|front|brigades?|intelligence)\b")
DIRECTIONS = r"(?:(?:north|south|east|west)(?:ern)?|central|northeastern|northwestern|southeastern|southwestern) "


def country_forms() -> tuple[dict[str, str], dict[str, str]]:
    """(name -> ISO3, demonym -> ISO3) from the package's country lexicon, longest forms first."""
    sys.path.insert(0, str(ROOT / "src"))
    from sidelines.lexicon.countries import all_countries

    names: dict[str, str] = {}
    demonyms: dict[str, str] = {}
    for c in sorted(all_countries(), key=lambda c: c.population or 0):
        for n in c.names:
            if len(n) > 3 and not n.isupper():
                names[n] = c.iso3
        for d in c.demonyms:
            demonyms[d] = c.iso3
    return names, demonyms


def gloss_country(gloss: str, names: dict[str, str], demonyms: dict[str, str]) -> str | None:
    """The country a gloss ascribes its synset to, by the two rules of the module doc, else None."""
    text = gloss.split(";")[0]
    head = " ".join(text.split()[:4])
    for form in sorted(demonyms, key=len, reverse=True):
        if re.search(rf"(?<![\w-]){re.escape(form)}(?![\w-])", head):
            return demonyms[form]
    found: list[tuple[int, str]] = []
    for form, iso in {**names, **demonyms}.items():
        for m in re.finditer(rf"(?<![\w-]){re.escape(form)}(?![\w-])", text):
            found.append((m.start(), iso))
    if not found:
        return None
    first = min(found)[1]
    for form, iso in names.items():
        if iso == first and re.search(rf"\bin (?:the )?(?:{DIRECTIONS})?{re.escape(form)}(?![\w-])", text):
            return iso
    return None


Synset = tuple[str, bool, list[str], str, list[str]]


def read_synsets(data_noun: Path) -> dict[str, Synset]:
    """offset -> (lexfile, is_instance, lemmas, gloss, region offsets) of every noun synset."""
    out = {}
    for line in data_noun.read_text(encoding="latin-1").splitlines():
        if line.startswith(" "):
            continue
        body, _, gloss = line.partition(" | ")
        parts = body.split()
        lexfile, count = parts[1], int(parts[3], 16)
        lemmas = [parts[4 + 2 * i] for i in range(count)]
        pointers = parts[4 + 2 * count + 1:]
        regions = [pointers[i + 1] for i in range(len(pointers) - 1) if pointers[i] == ";r"]
        out[parts[0]] = (lexfile, "@i" in pointers, lemmas, gloss.strip(), regions)
    return out


def region_country(regions: list[str], synsets: dict[str, Synset], names: dict[str, str]) -> str | None:
    """The one country among a synset's region-domain links (WordNet's ";r" pointers), else None."""
    found = {names[lemma.replace("_", " ")] for r in regions if r in synsets
             for lemma in synsets[r][2][:1] if lemma.replace("_", " ") in names}
    return found.pop() if len(found) == 1 else None


def common_words(wordnet: Path) -> set[str]:
    """Every lower-case one-word lemma of WordNet's adjectives and verbs (common nouns come from the synsets)."""
    out: set[str] = set()
    for part in ("adj", "verb"):
        for line in (wordnet / f"index.{part}").read_text(encoding="latin-1").splitlines():
            if not line.startswith(" ") and "_" not in line.split(" ", 1)[0]:
                out.add(line.split(" ", 1)[0])
    return out


def generic(name: str, words: set[str], names: dict[str, str], demonyms: dict[str, str]) -> bool:
    """Whether a name is made of common words only and names no country ("Democratic Party")."""
    if any(form in name for form in (*names, *demonyms)):
        return False
    return all(re.sub(r"'s?$", "", w.lower()) in words or w.lower() in ("of", "the", "and", "for", "on")
               for w in name.split())


def proper(lemmas: list[str]) -> bool:
    """Whether a synset's lemmas are names (each capitalised): "Sinn Fein", not "party"."""
    return all(lemma[:1].isupper() for lemma in lemmas)


def main() -> None:
    """Write the JSON lexicon."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--wordnet", type=Path, default=Path("/usr/share/wordnet"))
    args = parser.parse_args()
    names, demonyms = country_forms()
    lower_country = {n.lower() for n in names} | {d.lower() for d in demonyms}
    synsets = read_synsets(args.wordnet / "data.noun")
    common = {lemma.lower() for _, inst, lemmas, _, _ in synsets.values() if not inst and not proper(lemmas)
              for lemma in lemmas}
    votes: dict[str, dict[str, set[str | None]]] = {kind: defaultdict(set) for kind in LEXFILES.values()}
    words = common_words(args.wordnet) | common
    for lexfile, inst, lemmas, gloss, regions in synsets.values():
        if not (inst or proper(lemmas)) or lexfile not in LEXFILES:
            continue
        if not inst and not BODY_WORDS.search(gloss.split(";")[0]):
            continue  # a religion, a dynasty, a policy: no actor
        iso = region_country(regions, synsets, names) or gloss_country(gloss, names, demonyms)
        plain = [re.sub(r"\(.*\)$", "", lemma).replace("_", " ") for lemma in lemmas]
        common_named = [generic(name, words, names, demonyms) for name in plain]
        for name, is_common in zip(plain, common_named, strict=True):
            if is_common and (not inst or not all(common_named)):
                continue  # "Supreme Court" (every country has one), "People's Liberation Army" (a translation)
            votes[LEXFILES[lexfile]][name].add(iso)
    out: dict[str, dict[str, str]] = {}
    for kind, table in votes.items():
        kept = {}
        for name, isos in sorted(table.items()):
            low = name.lower()
            if len(isos) != 1 or None in isos or not name[:1].isupper():
                continue
            if low in common or low.rstrip("s") in common or low in lower_country:
                continue
            if name.replace(".", "").isupper() and len(name.replace(".", "")) < 4:
                continue
            kept[name] = next(iter(isos))
        out[kind] = kept
    header = ("Countries of named groups read from Princeton WordNet 3.0 glosses by "
              "scripts/derive_wordnet_actors.py. WordNet 3.0 Copyright 2006 by Princeton University. "
              "All rights reserved. (WordNet 3.0 licence: free use, copy, modification and distribution "
              "with this notice.)")
    OUTPUT.write_text(json.dumps({"_source": header, **out}, ensure_ascii=False, indent=0, sort_keys=True) + "\n",
                      encoding="utf-8")
    print(f"wrote {', '.join(f'{len(v)} {k}' for k, v in out.items())} to {OUTPUT}")


if __name__ == "__main__":
    main()
