"""Fixed tune/check halves of every dev set, so that what we tune on is never what we report.

A gold item goes to ``tune`` or ``check`` by a digest of a key that keeps related items on one
side: the sentence text for PLOVER and Multi-CoPED (one sentence can carry two records), the
topic for ECB+ (articles of one topic are scored together), the document id elsewhere. The
assignment depends on nothing but the key, so it is the same on every machine and in every run.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from typing import Any, Literal

Split = Literal["tune", "check", "all"]
SPLITS: tuple[Split, ...] = ("tune", "check", "all")
# Changing this salt reshuffles every split: never do it once numbers have been reported.
SALT = "sidelines-split-v1"


def split_key(gold: dict[str, Any]) -> str:
    """The string that decides a gold item's half."""
    source = str(gold.get("source") or "")
    ident = str(gold.get("id") or "")
    if source == "plover_gsr" or ident.startswith(("PLOVER-", "multicoped-")):
        return str(gold.get("text") or ident)
    if ident.startswith("ecbplus:") or source == "ecbplus":
        # "ecbplus:12_2ecbplus" -> topic "12"
        return "ecbplus-topic:" + ident.split(":", 1)[-1].split("_", 1)[0]
    return ident


def half_of(key: str) -> Split:
    """``tune`` or ``check`` for one key."""
    digest = hashlib.sha256(f"{SALT}:{key}".encode("utf-8", "surrogatepass")).digest()
    return "tune" if digest[0] % 2 == 0 else "check"


def in_split(gold: dict[str, Any], split: Split) -> bool:
    """Whether a gold item belongs to ``split`` (``all`` takes everything)."""
    return split == "all" or half_of(split_key(gold)) == split


def select(golds: Iterable[dict[str, Any]], split: Split) -> Iterator[dict[str, Any]]:
    """The gold items of one half, in their order."""
    return (g for g in golds if in_split(g, split))
