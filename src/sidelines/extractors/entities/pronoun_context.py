"""Where a personal pronoun stands, as its antecedent search reads it (used by :mod:`.coref`).

* The speaker of a direct quotation never is a third-person pronoun inside it: in '"He broke his
  word," Petrov said', "he" is someone else (Petrov would say "I"). The speaker is the subject of the
  reporting verb right after the closing mark, or in a clause leading into the opening one with a
  colon or a comma.
* A pronoun outside quotation marks is the speaker of the quotations reaching into its sentence, or
  someone reporting them, never a person named inside them (in any of their sentences); and, where the
  writer names someone outside quotation marks before it, not a person named only in quoted words.
* "he or she" names no one; a person's gender comes from a given name, an honorific or a title.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sidelines.extractors.entities.clusters import Cluster
from sidelines.extractors.entities.title_words import office_head
from sidelines.extractors.lookup import quote_regions, quoted_chars, sent_of
from sidelines.lexicon.pronouns import FEMALE_FIRST_NAMES, MALE_FIRST_NAMES, PERSON_PRONOUNS
from sidelines.lexicon.speech import REPORTING_VERBS
from sidelines.lexicon.titles import HONORIFICS, TITLE_GENDER
from sidelines.nlp.analysis import analysis_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# A person mention in the antecedent search: token index, cluster, subject or not, sentence start.
Entry = tuple[int, int, bool, int]
# Punctuation by which a reporting clause leads into its quotation ('X said: "..."').
INTRODUCERS = frozenset({":", ","})


def quote_speaker_tokens(parsed: "Doc", char: int) -> list["Token"]:
    """Subjects of the reporting verbs of the direct quotation around character ``char``: in the clause
    after its closing mark, or in one leading into it with a colon or comma (none when ``char`` is
    not quoted or no reporting clause stands next to the quotation)."""
    region = next((r for r in quote_regions(parsed) if r.start <= char < r.end), None)
    if region is None or region.single:
        return []
    analysis = analysis_of(parsed)
    tokens: list[Token] = []
    if region.closed and region.mark_end < len(analysis.text):
        after = analysis.token_at(region.mark_end)
        sent = sent_of(parsed[after])
        tokens += [t for t in parsed[after:sent.end] if t.idx >= region.mark_end]
    before = analysis.token_at(region.mark_start - 1) if region.mark_start > 0 else -1
    if before >= 0 and parsed[before].text in INTRODUCERS:
        # 'X said: "..."': only a clause that leads into the quotation, not the sentence before it
        sent = sent_of(parsed[before])
        tokens += [t for t in parsed[sent.start:before + 1] if t.idx < region.mark_start]
    quoted = quoted_chars(parsed)
    found: list[Token] = []
    for verb in tokens:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in REPORTING_VERBS or verb.idx in quoted:
            continue
        found += [c for c in verb.children if c.dep_ == "nsubj" and c.idx not in quoted]
    return found


def sentence_quotes(parsed: "Doc", tok: "Token") -> tuple[tuple[int, int], ...]:
    """Character spans of the quotations that reach into the sentence of ``tok``: a pronoun outside
    them is their speaker or someone reporting them, never a person they name."""
    sent = sent_of(tok)
    first, last = sent.start_char, sent.end_char
    return tuple((r.start, r.end) for r in quote_regions(parsed) if r.start < last and first < r.end)


def writers_people(parsed: "Doc", at: int, earlier: list[Entry]) -> list[Entry]:
    """The candidate mentions (timeline entries: token first) a pronoun at token ``at`` may take. A pronoun
    outside quotation marks is the writer's: it takes people the writer names, not those named only in quoted
    words ('X read the fan's letter: "Y made me love this game." Later she thanked them': she is X, not Y),
    unless no one else is named."""
    quoted, starts = quoted_chars(parsed), analysis_of(parsed).token_starts
    if starts[at] in quoted:
        return earlier
    return [e for e in earlier if starts[e[0]] not in quoted] or earlier


def generic(tok: "Token") -> bool:
    """ "he or she", "him or her": a pronoun joined by "or"/"and" to one of the other gender names no one."""
    doc = tok.doc
    gender = PERSON_PRONOUNS[tok.lower_]
    for a, b in ((tok.i + 1, tok.i + 2), (tok.i - 1, tok.i - 2)):
        if 0 <= min(a, b) and max(a, b) < len(doc) and doc[a].lower_ in {"or", "and", "/"}:
            other = PERSON_PRONOUNS.get(doc[b].lower_)
            if other is not None and other != gender:
                return True
    return False


def person_gender(cluster: Cluster, parsed: "Doc") -> str | None:
    """Gender from an honorific before a name, a gendered title or a common given name."""
    for m in cluster.names:
        if m.j - m.i > 1:
            first = parsed[m.i].lower_
            if first in MALE_FIRST_NAMES:
                return "m"
            if first in FEMALE_FIRST_NAMES:
                return "f"
    for m in cluster.names:
        if m.i > 0:
            g = HONORIFICS.get(parsed[m.i - 1].lower_)
            if g:
                return g
    for r in cluster.roles:
        last = office_head(r.title).lower().split()[-1] if r.title else ""
        if last in TITLE_GENDER:
            return TITLE_GENDER[last]
    return None


def reporter_of(tok: "Token") -> "Token | None":
    """ "X said the senator had lied": the subject of the reporting verb whose clause ``tok`` is an argument in
    (a speaker who talks of someone else by a title), or None."""
    clause = tok.head
    if clause.dep_ != "ccomp" or clause.head.lemma_ not in REPORTING_VERBS:
        return None
    return next((c for c in clause.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def embedded_clause_subject(parsed: "Doc", at: int, here: list[Entry]) -> int | None:
    """The cluster of the subject of the clause a pronoun's adverbial clause hangs on, when that clause is
    itself embedded (rule ``coref:embedded-clause-subject``): in "X said Y could lose because he backs Z",
    "he" is Y, the subject of "lose", rather than X, the subject of the sentence. ``here``: the fitting
    person mentions earlier in the pronoun's sentence. None when the pronoun is no such subject."""
    tok = parsed[at]
    verb = tok.head
    if tok.dep_ != "nsubj" or verb.dep_ != "advcl" or not any(c.dep_ == "mark" for c in verb.children):
        return None
    governor = verb.head
    if governor.dep_ not in ("ccomp", "xcomp", "conj") or governor.i > at:
        return None
    subjects = [c for c in governor.children if c.dep_ in ("nsubj", "nsubjpass")]
    if len(subjects) != 1 or subjects[0].pos_ != "PROPN":
        return None
    subj = subjects[0]
    found = [e for e in here if subj.left_edge.i <= e[0] <= subj.i]
    return found[-1][1] if found else None
