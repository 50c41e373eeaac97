"""People that the tagger reads as places, groups or organisations because they are listed after a title.

"Presidential candidates Ana Ruiz and Ivo Berg", "Republican senators Ana Ruiz, Ivo Berg and Lea Holt": a
name right after a plural title head (a plural noun whose singular is a title head: "candidates",
"senators") is a person's name, and so is each name joined to it in the same list by "and" or a comma,
whatever label the tagger gave it (an organisation, place, group or building). A name must be two or three
capitalised words, none of them a word of an organisation's name or a title, and no country or place the
gazetteer knows (:mod:`.titled_names` reads the singular: "Kremlin spokesman X"). The titles themselves are read by
:mod:`.role_lists`.

After a singular title head ("Republican frontrunner Ana Ruiz") the tagger may cut the name, labelling its
first word a group or a place ("Ana" as a nationality) and leaving the rest untagged: the capitalised proper
nouns right after it that no other mention holds complete it, and the whole is a person's name by the same
test; so is a whole name read as a place, group or building ("Deputy Ana Ruiz"; :mod:`.titled_names` reads a
whole name read as an organisation).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sidelines.extractors.entities.names import NameMention
from sidelines.extractors.entities.titled_names import is_name
from sidelines.lexicon.titles import PLURAL_TITLE_ABBREVIATIONS, TITLE_HEADS, occupations

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

PLURAL_TAGS = frozenset({"NNS", "NNPS"})
# Labels the tagger gives a person's name after a plural title ("candidates Ana Ruiz" as a group or a place).
RELABELLED = frozenset({"ORG", "GPE", "NORP", "LOC", "FAC"})
# Titles a body holds as often as a person ("market leaders X and Y", "hosts X and Y", "mediators X and Y",
# "champions X and Y", "owners X and Y"): names listed after them are made people only where the tagger
# reads another name of the list as a person.
BODY_TITLES = frozenset({"leader", "host", "cohost", "champion", "owner", "mediator", "contender", "nominee",
                         "contributor", "sponsor", "trustee", "designee", "incumbent"})
# What joins the names of one list.
LIST_JOINERS = frozenset({"and", ","})
# Words that give the names after a plural title as its examples ("lawmakers including X").
EXAMPLE_WORDS = frozenset({"including", "like"})
# The most words between the comma after a list and the plural title in apposition ("both Republican senators").
APPOSITION_WORDS = 4
# Rules recorded on a mention made a person here.
RULE = "plural-title"
CUT_RULE = "title-cut-name"
# Labels of a cut name after a singular title (a whole one read as an organisation is titled_names' case).
CUT_LABELS = frozenset({"NORP", "GPE", "LOC", "FAC"})
# The most words a person's name has.
MAX_NAME_TOKENS = 3


def _plural_title_head(tok: "Token") -> bool:
    """ "candidates", "Senators": a plural noun whose singular is a title head (and no title head itself)."""
    return (
        tok.tag_ in PLURAL_TAGS and tok.pos_ in ("NOUN", "PROPN") and tok.lemma_.lower() in TITLE_HEADS
        and tok.lower_ not in TITLE_HEADS
    )


def _abbreviation_before(parsed: "Doc", k: int) -> bool:
    """Whether token ``k`` ends a plural abbreviated title ("Sens.", or "Sens" and a split full stop)."""
    if parsed[k].lower_ in PLURAL_TITLE_ABBREVIATIONS:
        return True
    return parsed[k].text == "." and k > 0 and not parsed[k - 1].whitespace_ and (
        f"{parsed[k - 1].lower_}." in PLURAL_TITLE_ABBREVIATIONS)


def _list_opener(parsed: "Doc", k: int) -> bool:
    """Whether token ``k`` opens a list of a plural title's holders: the plural head ("senators X"), its
    abbreviation ("Govs. X"), or a comma or "including"/"like" after the head ("two senators, X and Y",
    "lawmakers including X")."""
    tok = parsed[k]
    if _plural_title_head(tok) or _abbreviation_before(parsed, k):
        return True
    if (tok.text == "," or tok.lower_ in EXAMPLE_WORDS) and k > 0:
        before = parsed[k - 1] if parsed[k - 1].text != "," or k < 2 else parsed[k - 2]
        return _plural_title_head(before)
    return False


def _listed_before_plural_apposition(parsed: "Doc", m: NameMention, mentions: list[NameMention]) -> bool:
    """ "X and Y, both senators from Ohio,": the name ends a list that a person's name opens, and a comma and
    a plural title (after counting words and modifiers only) follow it."""
    k = m.i - 1
    if k < 1 or parsed[k].lower_ not in LIST_JOINERS:
        return False
    before = parsed[k - 1] if parsed[k - 1].text != "," else parsed[k - 2]
    if not any(x.label == "PERSON" and x.j - 1 == before.i for x in mentions):
        return False
    if m.j >= len(parsed) or parsed[m.j].text != ",":
        return False
    for t in parsed[m.j + 1 : m.j + 1 + APPOSITION_WORDS]:
        if _plural_title_head(t):
            return True
        if t.pos_ not in ("DET", "NUM", "ADJ", "NOUN", "PROPN"):
            return False
    return False


def _known_place(text: str) -> bool:
    """Whether the gazetteer knows ``text`` as a place: such a name after a title stays a place."""
    from sidelines.gazetteer import get_gazetteer

    return bool(get_gazetteer().lookup(text))


def _joined(parsed: "Doc", a: NameMention, b: NameMention) -> bool:
    """Whether name ``b`` follows name ``a`` in one list (", ", " and ", ", and ")."""
    gap = [t.lower_ for t in parsed[a.j : b.i]]
    return 0 < len(gap) <= 2 and all(w in LIST_JOINERS for w in gap)


def _body_title_list(parsed: "Doc", m: NameMention, mentions: list[NameMention]) -> bool:
    """Whether the list ``m`` is in follows a title a body holds as often as a person (:data:`BODY_TITLES`)
    and the tagger reads none of its names as a person: "leaders Goldman Sachs and Morgan Stanley"."""
    ordered = sorted(mentions, key=lambda x: x.i)
    at = ordered.index(m)
    lo, hi = at, at
    while lo > 0 and _joined(parsed, ordered[lo - 1], ordered[lo]):
        lo -= 1
    while hi + 1 < len(ordered) and _joined(parsed, ordered[hi], ordered[hi + 1]):
        hi += 1
    if any(x.label == "PERSON" for x in ordered[lo : hi + 1]):
        return False
    k = ordered[lo].i - 1
    if k > 0 and (parsed[k].text == "," or parsed[k].lower_ in EXAMPLE_WORDS):
        k -= 1
    return k >= 0 and parsed[k].lemma_.lower().split("-")[-1] in BODY_TITLES


def people_after_plural_titles(parsed: "Doc", text: str, mentions: list[NameMention]) -> None:
    """Make people of the names listed after a plural title (see the module doc), in place. An organisation's
    label is changed only in a list right after the title ("candidates X and Y"): after a comma, "including"
    or before an apposition a list may name companies ("firms, including X and Y")."""
    listed: dict[int, bool] = {}  # token after which a list may go on -> whether the list follows its title
    for m in sorted(mentions, key=lambda x: x.i):
        k = m.i - 1
        if k < 0:
            continue
        direct = _plural_title_head(parsed[k]) or _abbreviation_before(parsed, k)
        opened = direct or _list_opener(parsed, k)
        joined = next((listed[t] for t in (k - 1, k - 2) if t in listed and (
            (t == k - 1 and parsed[k].lower_ in LIST_JOINERS) or (t == k - 2 and parsed[k].lower_ == "and"
                                                                  and parsed[k - 1].text == ","))), None)
        if not opened and joined is None and not _listed_before_plural_apposition(parsed, m, mentions):
            continue
        in_direct_list = direct or bool(joined)
        if m.label == "PERSON":
            listed[m.j - 1] = in_direct_list
            continue
        surface = text[m.start : m.end]
        if (m.source != "spacy" or m.label not in RELABELLED or (m.label == "ORG" and not in_direct_list)
                or not is_name(parsed, text, m.i, m.j) or _known_place(surface)
                or _body_title_list(parsed, m, mentions)):
            continue
        m.label = "PERSON"
        m.source = RULE
        listed[m.j - 1] = in_direct_list


def _singular_title_head(tok: "Token") -> bool:
    """ "frontrunner", "spokesman": a singular common-noun title head or occupation noun."""
    return tok.pos_ in ("NOUN", "PROPN") and tok.tag_ in ("NN", "NNP") and (
        tok.lower_ in TITLE_HEADS or tok.lower_ in occupations())


def complete_cut_names(parsed: "Doc", text: str, mentions: list[NameMention]) -> None:
    """Make people of names cut and mislabelled after a singular title (see the module doc), in place."""
    held = {k for m in mentions for k in range(m.i, m.j)}
    for m in mentions:
        if m.source != "spacy" or m.label not in CUT_LABELS or m.i == 0 or not _singular_title_head(parsed[m.i - 1]):
            continue
        j = m.j
        while (j < len(parsed) and j - m.i < MAX_NAME_TOKENS and j not in held and parsed[j].pos_ == "PROPN"
               and parsed[j].is_title and parsed[j].is_alpha):
            j += 1
        end = parsed[j - 1].idx + len(parsed[j - 1].text)
        if not is_name(parsed, text, m.i, j) or _known_place(text[m.start : end]):
            continue
        held.update(range(m.j, j))
        m.label, m.source, m.j, m.end = "PERSON", CUT_RULE, j, end
