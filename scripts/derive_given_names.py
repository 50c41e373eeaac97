"""Derive a given-name gender list from Faker's person providers (MIT; their lists come from public
name statistics such as the US Social Security Administration's baby names).

A name is written with the gender of the one list it is in: the male and female given names of the
locales below; a name in both lists of any locale (or of two locales) is ambiguous and left out, as
are names that are not plain Latin letters. Coreference reads the result only to keep "he" and
"she" off the wrong person (``data/given_names.tsv``); it is no list of who is a person.

usage: pip install --target /tmp/fk faker==40.54.0
       PYTHONPATH=/tmp/fk:src python scripts/derive_given_names.py
"""

from __future__ import annotations

import importlib
import re
from pathlib import Path

LOCALES = ("en_US", "en_GB", "en_IN", "de_DE", "fr_FR", "es_ES", "it_IT", "pt_BR")
OUTPUT = Path(__file__).resolve().parent.parent / "src" / "sidelines" / "data" / "given_names.tsv"
PLAIN = re.compile(r"[a-z][a-z'-]+")


def main() -> None:
    seen: dict[str, set[str]] = {}
    for locale in LOCALES:
        provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        for attr, gender in (("first_names_male", "m"), ("first_names_female", "f")):
            for name in getattr(provider, attr, ()):
                low = str(name).lower()
                if PLAIN.fullmatch(low):
                    seen.setdefault(low, set()).add(gender)
    lines = [f"{name}\t{genders.pop()}" for name, genders in sorted(seen.items()) if len(genders) == 1]
    header = ["# Given names and their gender, derived by scripts/derive_given_names.py from Faker's",
              f"# person providers ({', '.join(LOCALES)}); names of both genders left out. Format: name<TAB>m|f"]
    OUTPUT.write_text("\n".join(header + lines) + "\n", encoding="utf-8")
    print(f"{len(lines)} names -> {OUTPUT}")


if __name__ == "__main__":
    main()
