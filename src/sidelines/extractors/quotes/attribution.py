"""Quotations that no frame covers, attributed by a cue right after or right before them.

"“...,” X said", "“...,” according to X", "X told reporters: “...”" (a quotation that goes on after
its cue is a second quote of the same speaker); "“...,” the mayor grinned": a quotation that ends open
is the subject's that follows it, whatever the verb; a sentence that a colon ends ("X turned to the
crowd:") introduces the quotation after it, even in the next paragraph; "“...” ― Name" signs it;
"Name: ..." lines (headlines, transcripts) are attributed to the name. A few quoted words inside the
writer's sentence ("criticized the “reckless” plan") are a quote only right after their cue.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import TYPE_CHECKING

from sidelines.extractors.lookup import sentence_start
from sidelines.extractors.quotes.candidates import QuoteCandidate, QuoteRules
from sidelines.extractors.quotes.marks import Region, trim_end
from sidelines.extractors.quotes.syntax import (
    WORD_RE,
    TextIndex,
    active_subject,
    alnum_outside,
    cue_bounds,
    is_cue_verb,
    speaker_span,
    subject_outside,
    trim_content,
)
from sidelines.lexicon.speech import CUE_NOUNS, FRAME_VERBS, REPORTING_VERBS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

SENTENCE_END = frozenset({".", "!", "?", ";"})
SPEECH_VERBS = REPORTING_VERBS | FRAME_VERBS
# Tokens before a colon searched for the verb of the sentence that introduces a quotation.
MAX_COLON_REACH = 30
# Line labels that are not speakers ("Update: ...", "Q: ...").
COLON_LABELS = frozenset(
    {
        "update",
        "updated",
        "note",
        "photo",
        "photos",
        "video",
        "watch",
        "read",
        "editor",
        "correction",
        "related",
        "q",
        "a",
        "exclusive",
        "breaking",
        "analysis",
        "opinion",
        "live",
        "see",
        "also",
        "more",
        "listen",
        "click",
        "warning",
        "disclosure",
        "clarification",
        "advertisement",
        "caption",
        "credit",
        "source",
        "sources",
        "contact",
        "email",
        "tags",
        "topics",
        "filed",
        "posted",
        "by",
    }
)
# "Name: what they said" at the start of a line (a headline or a transcript turn).
# "Name:" labelling what follows; a line may hold two ("X: “...” Y: “...”"), the second after a closed quotation
# and before an opening one.
COLON_LABEL = r"[A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){0,4}"
COLON_LINE_RE = re.compile(
    rf"(?:^|(?<=[”\"] )(?={COLON_LABEL}:[ \t]+[“\"]))({COLON_LABEL})(:)[ \t]+(?=\S)"
    rf"[^\n]*?(?=(?<=[”\"])[ \t]+{COLON_LABEL}:[ \t]+[“\"]|$)",
    re.MULTILINE)


def find_cued_regions(rules: QuoteRules, text: str, parsed: "Doc", index: TextIndex) -> list[QuoteCandidate]:
    """Quotations that a cue right after or right before attributes; interrupted ones joined."""
    out: list[QuoteCandidate] = []
    regions = index.regions
    for k, r in enumerate(regions):
        if r.used:
            continue
        last = text[trim_end(text, r.start, r.end) - 1] if r.end > r.start else ""
        ends_open = last in ",?!" or text[r.mark_end : r.mark_end + 1] == ","
        cand = None
        if _inside_sentence(rules, text, r):
            # "criticized the “reckless” plan": a few quoted words inside the writer's sentence are a
            # quote only right after their cue ("said “never”"); else they are the writer's scare quotes.
            cand = _cue_before(rules, text, parsed, index, r)
            if cand is None or cand.cue is None or text[cand.cue[1] : r.mark_start].strip(" ,:") != "":
                continue
        elif ends_open or not r.closed:
            cand = _cue_after(rules, text, parsed, index, r) or _cue_before(rules, text, parsed, index, r)
            if cand is None and r.closed:
                cand = _subject_after(rules, text, parsed, index, r)
        else:
            cand = _cue_before(rules, text, parsed, index, r) or _cue_after(rules, text, parsed, index, r)
        cand = cand or _colon_before(rules, text, parsed, index, r) or _dash_signed(text, parsed, index, r)
        if cand is None:
            continue
        r.used = True
        cand.regions = [r]
        out.append(cand)
        # "“...,” she said, “...”": the quotation goes on after the interrupting cue, as a second quote.
        if cand.after_cue and k + 1 < len(regions):
            nxt = regions[k + 1]
            gap = text[max(cand.cue[1] if cand.cue else r.mark_end, r.mark_end) : nxt.mark_start]
            if (
                not nxt.used
                and "\n" not in gap
                and len(gap) < 80
                and gap.rstrip().endswith((",", ":"))
                and not any(ch in ".!?;" for ch in gap)
            ):
                nxt.used = True
                out.append(cand.continued(nxt.start, nxt.end, [nxt], "interrupted"))
    return out


def _inside_sentence(rules: QuoteRules, text: str, r: Region) -> bool:
    """Whether a quotation of a few words opens right after a word of the writer's sentence."""
    k = r.mark_start
    while k > 0 and text[k - 1] in " \t":
        k -= 1
    words = len(WORD_RE.findall(text, r.start, r.end))
    return k > 0 and text[k - 1].isalnum() and words <= rules.config.max_fragment_words


def find_colon_lines(
    rules: QuoteRules, text: str, parsed: "Doc", index: TextIndex, known: list[QuoteCandidate]
) -> list[QuoteCandidate]:
    """ "Name: what they said" lines (headlines, transcripts): the name is the speaker."""
    out: list[QuoteCandidate] = []
    taken = sorted((c.start, c.end) for c in known)
    for m in COLON_LINE_RE.finditer(text):
        name_start, name_end, colon = m.start(1), m.end(1), m.start(2)
        start, end = trim_content(text, m.end(2), m.end())
        if end - start < 8 or len(WORD_RE.findall(text, start, end)) < 3 or _name_list(text, start, end):
            continue
        k = bisect_left(taken, (start, -1))
        if (k < len(taken) and taken[k][0] < end) or (k > 0 and taken[k - 1][1] > start):
            continue
        i, j = index.token_at(name_start), index.token_at(name_end - 1)
        toks = parsed[i : j + 1]
        words = [t for t in toks if t.is_alpha]
        # Headlines are badly tagged: a capitalised name that is not a section label will do.
        if not words or not all(t.text[0].isupper() for t in words) or all(t.lower_ in COLON_LABELS for t in words):
            continue
        head = max(toks, key=lambda t: (t.pos_ == "PROPN", t.i))
        cand = QuoteCandidate(
            start, end, False, cue=(colon, colon + 1), speaker=(name_start, name_end), speaker_head=head.i, rule="colon"
        )
        regions = index.regions_in(start, end)
        for r in regions:
            r.used = True
        cand.regions = regions
        cand.direct = bool(regions) and alnum_outside(text, start, end, regions) <= 2
        if cand.direct:
            cand.start, cand.end = regions[0].start, regions[-1].end
        out.append(cand)
    return out


# Fewest commas of a line that lists names ("Iowa: Tim A, Brad B, Rob C, ...").
MIN_LIST_COMMAS = 3


def _name_list(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` lists names (a roster, credits), which says nothing."""
    words = WORD_RE.findall(text, start, end)
    capitalised = sum(1 for w in words if w[:1].isupper())
    return text.count(",", start, end) >= MIN_LIST_COMMAS and capitalised >= 0.7 * len(words)


def _cue_after(rules: QuoteRules, text: str, parsed: "Doc", index: TextIndex, r: Region) -> QuoteCandidate | None:
    """ "“...,” X said" / "“...,” said X" / "“...,” according to X"."""
    if r.mark_end >= len(text) or text[r.mark_end : r.mark_end + 1] == "\n":
        return None
    i = index.token_at(r.mark_end)
    if parsed[i].idx < r.mark_end:
        i += 1
    for j in range(i, min(i + rules.config.max_after_window, len(parsed))):
        tok = parsed[j]
        if "\n" in tok.text or index.region_of(tok.idx) is not None:
            return None
        if tok.text in SENTENCE_END and j > i:
            return None
        if _is_according_to(parsed, j):
            return _according_to(rules, parsed, index, r, j, after=True)
        if is_cue_verb(tok, rules.quoting_verbs):
            return _region_candidate(rules, parsed, index, r, tok, after=True)
    return _cue_after_apposition(rules, parsed, index, r, i)


# Most tokens of a name right after a quotation, and of the apposition that follows it before the cue.
MAX_NAME_TOKENS = 4
MAX_APPOSITION_TOKENS = 40


def _cue_after_apposition(
    rules: QuoteRules, parsed: "Doc", index: TextIndex, r: Region, i: int
) -> QuoteCandidate | None:
    """ "“...,” Petrov, the city's longest-serving councillor and ..., said": a name right after the quotation,
    then an apposition set off by commas, then the cue; the name speaks, however long the apposition."""
    k = i
    while k < len(parsed) and k - i < MAX_NAME_TOKENS and parsed[k].pos_ == "PROPN":
        k += 1
    if k == i or k >= len(parsed) or parsed[k].text != ",":
        return None
    for j in range(k + 1, min(k + 1 + MAX_APPOSITION_TOKENS, len(parsed) - 1)):
        tok = parsed[j]
        if "\n" in tok.text or tok.text in SENTENCE_END or index.region_of(tok.idx) is not None:
            return None
        cue = parsed[j + 1]
        if tok.text == "," and is_cue_verb(cue, rules.quoting_verbs) and cue.tag_ in ("VBD", "VBZ", "VBP"):
            cand = QuoteCandidate(r.start, r.end, True, cue=cue_bounds(cue), cue_token=cue.i, after_cue=True,
                                  rule="after-apposition")
            name = parsed[k - 1]
            cand.speaker, cand.speaker_head = (parsed[i].idx, name.idx + len(name.text)), name.i
            return cand
    return None


def _after_colon(text: str, at: int) -> bool:
    """Whether the last non-space character before ``at`` is a colon (read back from ``at``, no copy)."""
    j = at - 1
    while j >= 0 and text[j].isspace():
        j -= 1
    return j >= 0 and text[j] == ":"


def _subject_after(rules: QuoteRules, text: str, parsed: "Doc", index: TextIndex, r: Region) -> QuoteCandidate | None:
    """ "“...,” the mayor grinned" / "“...,” A and B, both ..., said in a statement": a quotation that ends
    open, followed in its sentence by the subject of a verb, is that subject's, whatever the verb.

    A quotation a colon introduces ("his famous appeal: “...!” Critics still admire ...") belongs to
    the words before the colon, not to a subject after it.
    """
    if _after_colon(text, r.mark_start):
        return None
    i = index.token_at(r.mark_end)
    if i >= len(parsed) or parsed[i].idx < r.mark_end:
        i += 1
    if i >= len(parsed) or text[r.mark_end : parsed[i].idx].strip(" ,\u00a0") != "" or parsed[i].is_punct:
        return None
    tok = parsed[i]
    while tok.dep_ not in ("nsubj", "ROOT") and tok.head.i > i and sentence_start(tok.head) == sentence_start(tok):
        tok = tok.head
    verb = tok.head
    if tok.dep_ != "nsubj" or tok.left_edge.i != i or verb.pos_ != "VERB" or verb.i < tok.i \
            or "\n" in text[r.mark_end : verb.idx] or index.region_of(verb.idx) is not None:
        return None
    cand = _region_candidate(rules, parsed, index, r, verb, after=True)
    cand.rule = "subject-after"
    return cand


def _is_according_to(parsed: "Doc", j: int) -> bool:
    """Whether tokens ``j`` and ``j + 1`` are "according to"."""
    return parsed[j].lower_ == "according" and j + 1 < len(parsed) and parsed[j + 1].lower_ == "to"


def _according_to(
    rules: QuoteRules, parsed: "Doc", index: TextIndex, r: Region, j: int, *, after: bool
) -> QuoteCandidate:
    """A quote attributed by "according to X" at token ``j`` (after the quote, or before it)."""
    to = parsed[j + 1]
    cand = QuoteCandidate(
        r.start, r.end, True, cue=(parsed[j].idx, to.idx + len(to.text)), cue_token=j, after_cue=after,
        rule="according-after" if after else "according-before",
    )
    objs = [c for c in to.children if c.dep_ == "pobj"]
    if objs:
        cand.speaker = speaker_span(objs[0], index, rules.config.max_speaker_tokens)
        cand.speaker_head = objs[0].i
    return cand


def _cue_before(rules: QuoteRules, text: str, parsed: "Doc", index: TextIndex, r: Region) -> QuoteCandidate | None:
    """ "X said: “...”" / "X told reporters, “...”" / "According to X, “...”"."""
    k = r.mark_start
    while k > 0 and text[k - 1] in " \t":
        k -= 1
    before = text[k - 1] if k > 0 else "\n"
    if before == "\n" or (before not in ",:—–-" and not before.isalpha()):
        return None
    end_tok = index.token_at(r.mark_start)
    if parsed[end_tok].idx >= r.mark_start:
        end_tok -= 1  # the last token before the opening mark
    lo = max(end_tok - rules.config.max_cue_gap - 6, 0)
    for j in range(end_tok, lo - 1, -1):
        tok = parsed[j]
        if "\n" in tok.text or index.region_of(tok.idx) is not None:
            return None
        if tok.text in SENTENCE_END:
            return None
        if _is_according_to(parsed, j):
            return _according_to(rules, parsed, index, r, j, after=False)
        if end_tok - j > rules.config.max_cue_gap:
            continue
        if is_cue_verb(tok, rules.quoting_verbs):
            return _region_candidate(rules, parsed, index, r, tok, after=False)
        if tok.lemma_.lower() in CUE_NOUNS and tok.pos_ == "NOUN" and before == ":":
            verb = tok.head if tok.head.pos_ in ("VERB", "AUX") else None
            if verb is not None and verb.lemma_.lower() in SPEECH_VERBS:
                return _region_candidate(rules, parsed, index, r, verb, after=False)
    return None


def _colon_before(rules: QuoteRules, text: str, parsed: "Doc", index: TextIndex, r: Region) -> QuoteCandidate | None:
    """ "X turned to the crowd and made her case: “...”": a sentence that a colon ends introduces the
    quotation after it (in its paragraph or the next), spoken by the subject of its last verb."""
    k = r.mark_start
    while k > 0 and text[k - 1].isspace():
        k -= 1
    if k == 0 or text[k - 1] != ":" or text.count("\n", k, r.mark_start) > 2:
        return None
    colon = index.token_at(k - 1)
    sent_start = sentence_start(parsed[colon])
    for j in range(colon - 1, max(sent_start, colon - MAX_COLON_REACH) - 1, -1):
        tok = parsed[j]
        if "\n" in tok.text or index.region_of(tok.idx) is not None:
            return None
        if tok.pos_ not in ("VERB", "AUX") or tok.dep_ in ("amod", "aux", "auxpass"):
            continue
        sub = active_subject(tok)
        if sub is None or index.region_of(sub.idx) is not None or sub.lower_ in ("it", "there", "this"):
            return None
        cand = QuoteCandidate(r.start, r.end, True, cue=cue_bounds(tok), cue_token=tok.i, rule="colon-before")
        cand.speaker, cand.speaker_head = speaker_span(sub, index, rules.config.max_speaker_tokens), sub.i
        return cand
    return None


# "“...” ― Name" / "“...”\n\n- Name.": a dash and a name right after a quotation sign it.
DASH_SIGNATURE_RE = re.compile(r"[ \t\u00a0]*(?:\n\n?)?[ \t\u00a0]*[―—–-]{1,2}[ \t\u00a0]*(?=[A-Z])")
# Most tokens of a signature's name.
MAX_SIGNATURE_TOKENS = 4


def _dash_signed(text: str, parsed: "Doc", index: TextIndex, r: Region) -> QuoteCandidate | None:
    """ "“...” ― Name": the quotation is the name's, the dash its cue."""
    m = DASH_SIGNATURE_RE.match(text, r.mark_end)
    if m is None:
        return None
    i = index.token_at(m.end())
    names: list["Token"] = []
    while i < len(parsed) and len(names) < MAX_SIGNATURE_TOKENS and parsed[i].pos_ == "PROPN" \
            and parsed[i].text[:1].isupper():
        names.append(parsed[i])
        i += 1
    if not names:
        return None
    dash = m.start() + len(text[m.start() : m.end()].rstrip(" \t\u00a0")) - 1
    while text[dash - 1] in "―—–-":
        dash -= 1
    speaker = (names[0].idx, names[-1].idx + len(names[-1].text))
    return QuoteCandidate(r.start, r.end, True, cue=(dash, m.end()), speaker=speaker, speaker_head=names[-1].i,
                          after_cue=True, rule="dash-signed")


def _region_candidate(
    rules: QuoteRules, parsed: "Doc", index: TextIndex, r: Region, verb: "Token", after: bool
) -> QuoteCandidate:
    """A direct quote of region ``r`` with its cue verb and the verb's speaker."""
    sub = active_subject(verb)
    if sub is not None and index.region_of(sub.idx) is not None:
        sub = subject_outside(verb, index) or _subject_left(parsed, index, verb)
    if sub is None:
        sub = _nearby_name(parsed, index, verb)
    cand = QuoteCandidate(
        r.start,
        r.end,
        True,
        cue=cue_bounds(verb),
        cue_token=verb.i,
        after_cue=after,
        rule="after" if after else "before",
    )
    if sub is not None:
        cand.speaker, cand.speaker_head = speaker_span(sub, index, rules.config.max_speaker_tokens), sub.i
    return cand


def _subject_left(parsed: "Doc", index: TextIndex, verb: "Token") -> "Token | None":
    """ "X seemed ready to joke, telling the crowd, “...”" parsed with the cue inside the quotation's
    clause: the nearest subject left of the cue in its sentence, outside quotations."""
    for j in range(verb.i - 1, max(sentence_start(verb), verb.i - 16) - 1, -1):
        tok = parsed[j]
        if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.i < verb.i and index.region_of(tok.idx) is None:
            return tok
    return None


def _nearby_name(parsed: "Doc", index: TextIndex, verb: "Token") -> "Token | None":
    """A noun or pronoun right next to a cue the parser left without a subject (never a day or a time:
    "said Monday")."""
    for j in (verb.i + 1, verb.i + 2, verb.i - 1, verb.i - 2):
        if 0 <= j < len(parsed):
            tok = parsed[j]
            if tok.pos_ in ("PROPN", "PRON", "NOUN") and index.region_of(tok.idx) is None \
                    and tok.dep_ != "npadvmod" and tok.ent_type_ not in ("DATE", "TIME") \
                    and not (tok.head.i == verb.i and tok.dep_ in ("dobj", "dative")):  # "telling the crowd"
                # climb compounds to their head ("Ms. Clinton")
                while tok.dep_ in ("compound", "flat") and tok.head.i != tok.i:
                    tok = tok.head
                return tok
    return None
