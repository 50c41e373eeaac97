"""Misspelt country names and demonyms: one slip of the keyboard from exactly one country's form.

Copy typed in a hurry drops or doubles a letter ("Afganistan", "Quatar", "Ghanians"). A name the
lexicon does not know is read as a country when it is one edit (a letter dropped, added, changed, or
two neighbours swapped) from a country's name or demonym of at least :data:`MIN_LENGTH` letters, keeps
its first letter, and no other country's form is that close. Short words are left alone: too
many real words lie one letter from "Iran", "Mali" or "Oman". Callers keep real places out (a town
called "Granada" is no misspelt Grenada).
"""

from __future__ import annotations

from functools import cache, lru_cache

from sidelines.lexicon.countries import Country, all_countries, country_of, normalize

# Shortest misspelling (letters) read as a country; the country's own form may be one letter shorter.
MIN_LENGTH = 6


def _one_edit(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` differ by exactly one insertion, deletion, substitution or swap."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
        if len(diff) == 1:
            return True
        return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    i = 0
    while i < len(short) and short[i] == long_[i]:
        i += 1
    return short[i:] == long_[i + 1:]


@cache
def _forms() -> tuple[tuple[str, Country], ...]:
    """Every single-word name and demonym long enough to be misspelt, with its country."""
    out = []
    for country in all_countries():
        for form in (*country.names, *country.demonyms):
            key = normalize(form)
            if len(key) >= MIN_LENGTH - 1 and key.isalpha():
                out.append((key, country))
    return tuple(out)


@cache
def _forms_by_initial() -> dict[str, tuple[tuple[str, Country], ...]]:
    """The forms of :func:`_forms` by their first letter (a misspelling keeps it)."""
    out: dict[str, list[tuple[str, Country]]] = {}
    for form, country in _forms():
        out.setdefault(form[:1], []).append((form, country))
    return {k: tuple(v) for k, v in out.items()}


@lru_cache(maxsize=1 << 14)
def country_by_misspelling(text: str) -> Country | None:
    """The one country whose name or demonym ``text`` misspells by one edit, else None (cached: a text's
    proper nouns come back in every article)."""
    key = normalize(text)
    if len(key) < MIN_LENGTH or not key.isalpha() or country_of(text) is not None:
        return None
    hits = {c.iso3: c for form, c in _forms_by_initial().get(key[:1], ()) if _one_edit(key, form)}
    return next(iter(hits.values())) if len(hits) == 1 else None


def misspelt_demonym(text: str) -> bool:
    """Whether ``text`` misspells a demonym ("Tunesian") rather than a country's name ("Tanznia")."""
    hit = country_by_misspelling(text)
    key = normalize(text)
    return hit is not None and any(d[:1] == key[:1] and _one_edit(key, d) for d in _demonym_keys(hit))


@cache
def _demonym_keys(country: Country) -> frozenset[str]:
    return frozenset(normalize(d) for d in country.demonyms)
