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
test (:mod:`.titled_names` reads a whole name read as an organisation).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sidelines.extractors.entities.names import NameMention
from sidelines.extractors.entities.titled_names import is_name
from sidelines.lexicon.titles import TITLE_HEADS, occupations

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

PLURAL_TAGS = frozenset({"NNS", "NNPS"})
# Labels the tagger gives a person's name after a plural title ("candidates Ana Ruiz" as a group or a place).
RELABELLED = frozenset({"ORG", "GPE", "NORP", "LOC", "FAC"})
# What joins the names of one list.
LIST_JOINERS = frozenset({"and", ","})
# Rules recorded on a mention made a person here.
RULE = "plural-title"
CUT_RULE = "title-cut-name"
# Labels of a cut name after a singular title (a whole one read as an organisation is titled_names' case).
CUT_LABELS = frozenset({"NORP", "GPE", "LOC"})
# The most words a person's name has.
MAX_NAME_TOKENS = 3


def _plural_title_head(tok: "Token") -> bool:
    """ "candidates", "Senators": a plural noun whose singular is a title head (and no title head itself)."""
    return (
        tok.tag_ in PLURAL_TAGS and tok.pos_ in ("NOUN", "PROPN") and tok.lemma_.lower() in TITLE_HEADS
        and tok.lower_ not in TITLE_HEADS
    )


def _known_place(text: str) -> bool:
    from sidelines.gazetteer import get_gazetteer

    return bool(get_gazetteer().lookup(text))


def people_after_plural_titles(parsed: "Doc", text: str, mentions: list[NameMention]) -> None:
    """Make people of the names listed after a plural title (see the module doc), in place."""
    listed: dict[int, NameMention] = {}  # token after which a list may go on -> the listed name ending there
    for m in sorted(mentions, key=lambda x: x.i):
        k = m.i - 1
        if k < 0:
            continue
        after_title = _plural_title_head(parsed[k])
        after_listed = parsed[k].lower_ in LIST_JOINERS and k - 1 in listed
        # "X, Y and Z": a comma before "and" joins the last name as well
        if (not after_title and not after_listed and parsed[k].lower_ == "and" and k - 2 >= 0
                and parsed[k - 1].text == "," and k - 2 in listed):
            after_listed = True
        if not (after_title or after_listed):
            continue
        if m.label == "PERSON":
            listed[m.j - 1] = m
            continue
        surface = text[m.start : m.end]
        if (m.source != "spacy" or m.label not in RELABELLED or not is_name(parsed, text, m.i, m.j)
                or _known_place(surface)):
            continue
        m.label = "PERSON"
        m.source = RULE
        listed[m.j - 1] = m


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
        if j == m.j or not is_name(parsed, text, m.i, j) or _known_place(text[m.start : end]):
            continue
        held.update(range(m.j, j))
        m.label, m.source, m.j, m.end = "PERSON", CUT_RULE, j, end
