"""Status of an event candidate: polarity and modality from auxiliaries, negators and conditions.

Future and obligation at the top of the clause change the PLOVER type itself ("will meet" is an
AGREE to meet, "will not accept" a REJECT, "must withdraw" a REQUEST).
"""

from __future__ import annotations

from itertools import islice
from typing import TYPE_CHECKING

from sidelines.extractors.events.demanded_force import obliged_type
from sidelines.extractors.events.demands import is_deontic
from sidelines.extractors.events.phrases import is_infinitive, reporting_speaker, speaker_participle
from sidelines.extractors.lookup import lemma_of, sent_of
from sidelines.lexicon import plover as lex
from sidelines.nlp.syntax import NOMINAL_SUBJECTS

if TYPE_CHECKING:
    from spacy.tokens import Token

    from sidelines.extractors.events.candidates import EventCandidate


def set_modality(cand: EventCandidate) -> None:
    """Negation and modality from auxiliaries, negators and conditional clauses.

    An event noun reads them from its own clause position, not from the verb it is the object of:
    that verb is no light verb of it ("will tone down his attacks": the attacks happened); backing
    received reads them from the receiving verb ("will receive support from X").
    """
    anchor = cand.head if cand.kind == "noun" else cand.verb if cand.verb is not None else cand.head
    if cand.kind == "noun" and cand.undergone and cand.verb is not None:
        # "will receive support from X", "could win X's backing": the act comes when it is received
        # (rule status:received).
        anchor = cand.verb
    # "is not ready to": the negation and auxiliaries of an adjective sit on its copula.
    children = list(anchor.children) + (list(anchor.head.children) if anchor.dep_ == "acomp" else [])
    children += shared_auxiliaries(anchor)
    # "X must not sign": what is demanded is not to sign; the demand itself was made.
    demand = cand.obligation or (cand.stance_of is None and cand.kind != "noun" and _demanded(anchor))
    for child in children:
        low = child.lower_
        if contrast_not(child):
            continue  # "on Tuesday, not Monday": a corrected time or place (rule status:contrast-not)
        if (child.dep_ == "neg" and not demand) or (child.dep_ == "det" and low == "no"):
            cand.polarity = "negative"
        cand.asked_not = cand.asked_not or (child.dep_ == "neg" and demand)  # the act asked for is not to be done
        if child.dep_ in ("aux", "auxpass"):
            if low in lex.FUTURE_AUX and cand.modality is None:
                cand.modality = "planned"
            elif low in lex.HYPOTHETICAL_AUX and cand.modality is None and not (
                    low == "would" and narrative_would(anchor)):
                cand.modality = "hypothetical"
            elif low in lex.OBLIGATION_AUX and is_deontic(anchor):
                cand.modality = cand.modality or "requested"  # not the reproach "should have gone"
        if child.dep_ == "mark" and low in lex.CONDITION_MARKERS:
            cand.modality = "hypothetical"
    for child in cand.head.children:
        if child.dep_ in ("det", "neg") and child.lower_ in ("no", "not", "never") and not (
                demand and child.dep_ == "neg") and not contrast_not(child):
            cand.polarity = "negative"
    if has_negative_argument(cand, anchor) or _after_without(anchor):
        cand.polarity = "negative"
    if cand.modality is None and is_question(cand):
        cand.modality = "hypothetical"
    if cand.modality is None and cand.kind == "noun" and (in_condition(cand.head) or any(
            c.dep_ == "det" and c.lower_ == "any" for c in cand.head.children)):
        cand.modality = "hypothetical"  # "if the talks fail", "any attack": no act that took place
    if cand.modality is None and anchor.dep_ == "xcomp" and lemma_of(anchor.head) in lex.PLAN_HEADS:
        cand.modality = "planned"
    if cand.stance_of is None:
        apply_governors(cand, anchor)
    if cand.modality is None and asked_for(anchor):
        cand.modality = "requested"
    if cand.modality is None and cand.kind == "noun":
        for child in cand.head.children:
            if child.dep_ == "amod" and child.lower_ in ("planned", "proposed", "possible", "upcoming", "expected"):
                cand.modality = "planned"
    # Future and obligation at the top of the clause change the PLOVER type itself.
    if cand.stance_of is None and cand.kind != "noun":
        future = any(c.dep_ == "aux" and c.lower_ in lex.FUTURE_AUX
                     for c in [*anchor.children, *shared_auxiliaries(anchor)])
        # "they said they would meet X": reported future.
        future = future or (anchor.dep_ == "ccomp" and lemma_of(anchor.head) in lex.REPORTING_VERBS and any(
            c.dep_ == "aux" and c.lower_ == "would" for c in anchor.children))
        if future and cand.modality == "hypothetical":
            cand.modality = "planned"
        if cand.modality == "planned" and future and cand.type == "SUPPORT" and cand.polarity == "negative":
            # "will not support X": backing withheld is a negated SUPPORT, as "did not endorse" is
            # (tests/golden/articles/README.md); "refused to support" stays the REJECT of its stance.
            pass
        elif cand.modality == "planned" and future and lemma_of(anchor) not in lex.INTENT_VERBS:
            if cand.type in lex.COOPERATIVE_TYPES - {"AGREE"}:
                told = cand.type
                cand.type, cand.mode = "AGREE", None
                if cand.polarity == "negative":
                    # "will not accept refugees": a refusal.
                    cand.type, cand.mode = "REJECT", lex.STANCE_MODES["REJECT"].get(told, "change")
                    cand.polarity = "positive"
            elif cand.type == "AGREE" and cand.polarity == "negative" and _refused(anchor):
                # "will not accept the proposal": a refusal (CAMEO 120).
                cand.type, cand.mode, cand.polarity = "REJECT", "change", "positive"
            elif cand.type in lex.MATERIAL_CONFLICT_TYPES:
                cand.mode = lex.STANCE_MODES["THREATEN"].get(cand.type)
                cand.type = "THREATEN"
        elif cand.type == "AGREE" and cand.polarity == "negative" and (
                lemma_of(anchor) in lex.INTENT_VERBS or _refused(anchor)):
            # "not ready to endorse", "not willing to withdraw": a refusal; so are "did not accept the
            # proposal" and "failed to reach agreement" (CAMEO codes them 120 and 127, rejections).
            cand.type, cand.polarity = "REJECT", "positive"
            inner = next((c for c in anchor.children if c.dep_ == "xcomp"), None)
            inner_type = _verb_type(inner) if inner is not None else None
            cand.mode = lex.STANCE_MODES["REJECT"].get(inner_type or "", "change")
        elif cand.modality == "requested" and reporting_speaker(anchor) is not None:
            # "X said Y must resign": X's demand was made (a real REQUEST, as "called on Y to resign");
            # "X said Y must be destroyed": X's threat of force against Y (demanded_force).
            cand.type, cand.mode = obliged_type(cand, anchor)
            cand.modality = None


def shared_auxiliaries(verb: "Token") -> list["Token"]:
    """The auxiliaries and negation a bare verb shares with the verb it is joined to ("may attack the town and
    seize the airport": "seize" is as possible as "attack"); a verb with a tense, an auxiliary or a subject of its
    own ("would resign and accused X") has none to share (rule status:shared-modal)."""
    if verb.dep_ != "conj" or verb.tag_ != "VB" or verb.head.pos_ not in ("VERB", "AUX"):
        return []
    if any(c.dep_ in ("aux", "auxpass", "neg", *NOMINAL_SUBJECTS) for c in verb.children):
        return []
    first = verb.head
    while first.dep_ == "conj" and first.head.pos_ in ("VERB", "AUX") and first.head.i != first.i:
        first = first.head
    return [c for c in first.children if c.dep_ in ("aux", "neg") and c.i < verb.i]


def _demanded(anchor: "Token") -> bool:
    """ "X said Y must not go": an act under an obligation modal in a clause a reporting verb governs
    (the demand :func:`apply_governors` makes a REQUEST); not the past reproach "should not have gone"."""
    return any(c.dep_ == "aux" and c.lower_ in lex.OBLIGATION_AUX for c in anchor.children) and (
        is_deontic(anchor) and reporting_speaker(anchor) is not None)


# Words after a contrastive ", not" that start a corrected phrase, not a negated clause.
CONTRAST_POS = frozenset({"ADP", "PROPN", "NOUN", "NUM", "DET", "SCONJ"})


def contrast_not(tok: "Token") -> bool:
    """ "arrested X on Tuesday, not Monday", "met in Kyiv, not in Lviv": a "not" after a comma past its
    verb, before a noun or prepositional phrase, corrects a time, place or party; it does not deny the
    act (rule ``status:contrast-not``)."""
    if tok.dep_ != "neg" or tok.lower_ != "not" or tok.i <= tok.head.i or tok.i == 0:
        return False
    doc = tok.doc
    before, after = doc[tok.i - 1], doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    return before.lower_ in (",", "but") and after is not None and after.pos_ in CONTRAST_POS


# Subjects that say nobody did it ("nobody met them", "none of the envoys spoke to him").
NEGATIVE_SUBJECTS = frozenset({"nobody", "none", "no-one", "noone", "neither"})


def has_negative_argument(cand: EventCandidate, anchor: "Token") -> bool:
    """Whether the act is denied by its subject ("nobody met", "no one spoke") or, for a light verb,
    by its event noun ("no arrests were made", "no agreement was reached")."""
    for child in anchor.children:
        if child.dep_ in NOMINAL_SUBJECTS and (child.lower_ in NEGATIVE_SUBJECTS or child.lower_ == "one" and any(
                c.dep_ == "det" and c.lower_ == "no" for c in child.children)):
            return True
    noun = cand.noun if cand.kind == "light" else None
    return noun is not None and noun.head.i == anchor.i and any(
        c.dep_ == "det" and c.lower_ == "no" for c in noun.children)


# Verbs whose infinitive complement did not happen for want of will or success ("failed to agree").
FAILING_VERBS = frozenset({"fail"})


def _after_without(anchor: "Token") -> bool:
    """ "left the capital without meeting X", "ended without an agreement": an act after "without" did not
    happen (rule status:without)."""
    prep = anchor.head
    if not (anchor.dep_ in ("pcomp", "pobj") and prep.dep_ == "prep" and prep.lower_ == "without"):
        return False
    return prep.i > prep.head.i  # "Without the strikes, the town would have fallen": the strikes took place


def _refused(anchor: "Token") -> bool:
    """Whether an act is negated on its own verb ("did not accept") or by a failing verb ("failed to
    reach"), not by a frame around it ("no sign he agreed")."""
    if any(c.dep_ == "neg" and not contrast_not(c) for c in anchor.children):
        return True
    return anchor.dep_ == "xcomp" and lemma_of(anchor.head) in FAILING_VERBS


# Verbs of asking whose "for X to do" names an act asked for ("called for X to investigate Y").
ASKING_FOR_VERBS = lex.REQUEST_VERBS | {"push", "lobby"}


def asked_for(anchor: "Token") -> bool:
    """ "called for a prosecutor to investigate X", "pressed for the board to be dissolved": an act
    asked for, not done (the parser hangs the infinitive on the noun after "for")."""
    if anchor.dep_ not in ("relcl", "acl") or not is_infinitive(anchor):
        return False
    noun = anchor.head
    prep = noun.head
    return noun.dep_ == "pobj" and prep.lower_ == "for" and prep.head.i != prep.i and (
        lemma_of(prep.head) in ASKING_FOR_VERBS)


def in_condition(noun: "Token") -> bool:
    """ "If the talks fail", "unless the meeting goes ahead": an event noun told as a condition."""
    if noun.dep_ not in ("nsubj", "nsubjpass", "dobj", "obj"):
        return False
    return any(c.dep_ == "mark" and c.lower_ in lex.CONDITION_MARKERS for c in noun.head.children)


def apply_governors(cand: EventCandidate, anchor: "Token") -> None:
    """Status from the words that embed the trigger's clause ("failed to meet", "no sign he met").

    Walks up at most four embedding steps and stops at a reporting verb: "said he met" is real.
    A negated governor of a possibility negates the act ("it will not be possible to agree").
    """
    # "demanded that X resign, blaming her": the blaming is the demander's own, told as fact.
    cur = speaker_participle(anchor) or anchor
    for _ in range(4):
        if cur.dep_ not in lex.GOVERNED_DEPS or cur.head.i == cur.i:
            break
        gov = cur.head
        if cand.obligation and cur.dep_ == "xcomp" and is_deontic(gov):
            # "Y needs to go": the obligation the demand is made of, not a want ("needs" as a wish).
            cand.modality = cand.modality or "requested"
            cur = gov
            continue
        if gov.dep_ == "prep" and gov.head.i != gov.i and _forms(gov.head) & lex.STATUS_GOVERNORS.keys():
            # "leaning toward supporting X", "close to signing": the status word governs through its preposition.
            gov = gov.head
        negated = any(c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ == "no") for c in gov.children)
        if gov.pos_ in ("NOUN", "PROPN") and negated:
            # "there was no sign he met them", "no plan to withdraw".
            cand.polarity = "negative"
            return
        words = _forms(gov)
        if "go" in words and not _going_to(gov, cur):
            words = words - {"go", gov.lower_}  # "went on the record endorsing X": no plan (rule status:going-to)
        if "be" in words:
            # "it will not be possible to agree": the adjective governs, the copula carries negation.
            words |= {f for c in gov.children if c.dep_ == "acomp" for f in _forms(c)}
        polarity, modality = next((lex.STATUS_GOVERNORS[w] for w in words if w in lex.STATUS_GOVERNORS), (None, None))
        if any(c.dep_ == "mark" and c.lower_ in lex.CONDITION_MARKERS for c in gov.children):
            modality = modality or "hypothetical"
        if polarity == "negative" or (negated and modality is not None):
            cand.polarity = "negative"
        if polarity is None and modality is None and not words & lex.REPORTING_VERBS and (
                cur.dep_ == "xcomp" or cur.dep_ == "advcl" and is_infinitive(cur)):
            polarity, modality = _carried_status(gov)
            if polarity is not None:
                cand.polarity = polarity
        if modality is not None and cand.modality is None:
            cand.modality = modality
        if polarity or modality or words & lex.REPORTING_VERBS:
            return
        cur = gov


def _going_to(gov: "Token", cur: "Token") -> bool:
    """ "is going to endorse X", "gonna sign": "go" tells the future only in its progressive with an
    infinitive; "went on the record endorsing X", "went to Paris to sign" told acts done."""
    return gov.lower_ in ("going", "gon") and is_infinitive(cur)


def _carried_status(gov: "Token") -> tuple[str | None, str | None]:
    """ "has not come forward to defend X", "will help elect X", "could move to fire X": the negation
    or the future or modal auxiliary of a verb carries to its infinitive complement or purpose (rule
    ``status:governing-verb``); a stance verb ("refused to", "agreed to") is read by its own fold."""
    if gov.pos_ not in ("VERB", "AUX"):
        return None, None
    kids = list(gov.children)
    aux = {c.lower_ for c in kids if c.dep_ == "aux"}
    if any(c.dep_ == "neg" for c in kids):
        if lemma_of(gov) not in RESTRAINT_VERBS:
            return "negative", None
        # "did not hesitate to arrest X", "could not resist attacking X": restraint denied asserts the act;
        # only the negation goes, a modal stays ("would not hesitate to attack X" is no attack made).
        return "positive", _restraint_modality(gov, aux)
    if "would" in aux and narrative_would(gov):
        return "positive", None
    if aux & lex.FUTURE_AUX:
        return None, "planned"
    if aux & lex.HYPOTHETICAL_AUX:
        return None, "hypothetical"
    return None, None


# Verbs of hesitation or restraint: negated, they assert their complement ("did not hesitate to").
RESTRAINT_VERBS = frozenset({"hesitate", "wait", "resist", "balk"})
# Adverbs that make "would" the future of a past narrative ("would later resign").
NARRATIVE_ADVERBS = frozenset({"later", "eventually", "subsequently", "afterwards", "afterward", "ultimately"})


def _restraint_modality(gov: "Token", aux: set[str]) -> str | None:
    """The modality a modal or future auxiliary gives a negated verb of hesitation ("will not wait to
    meet X": planned; "would/should not hesitate to": hypothetical); "could not resist" is past ability."""
    if aux & (lex.FUTURE_AUX | {"wo"}):
        return "planned"
    modals = (lex.HYPOTHETICAL_AUX | lex.OBLIGATION_AUX) - ({"could"} if lemma_of(gov) == "resist" else set())
    return "hypothetical" if aux & modals else None


# Heads of a clause told as what someone said, thought, feared or foresaw (no narrative "would").
REPORTED_HEADS = lex.REPORTING_VERBS | frozenset({
    "fear", "predict", "expect", "warn", "worry", "forecast", "anticipate", "suspect", "imagine", "assume",
    "speculate", "promise", "insist", "reckon", "guess", "doubt", "wonder", "estimate", "hint", "signal"})


def _reported_or_conditional(verb: "Token") -> bool:
    """Whether a "would" clause is someone's report, fear or prediction ("said that he would later meet
    X", "fear the army would eventually attack"), or holds a condition ("if elected", "if they ask")."""
    if any(t.lower_ in lex.CONDITIONS for t in sent_of(verb)):
        return True  # "if elected", "only if", "unless": an "if" clause anywhere in the sentence
    if any(c.dep_ in ("parataxis", "ccomp") and _forms(c) & REPORTED_HEADS for c in verb.children):
        return True  # "X would later meet Y, Z said"
    cur = verb
    while cur.head.i != cur.i:
        if cur.dep_ in ("ccomp", "parataxis") or _forms(cur.head) & REPORTED_HEADS:
            return True
        cur = cur.head
    return False


def narrative_would(verb: "Token") -> bool:
    """ "would later move to pardon X", "would go on to endorse X", "would eventually sign": "would" as
    the future in a past narrative, an act told as done (rule ``status:governing-verb``); never in a
    reported, feared or predicted clause, nor under a condition."""
    if _reported_or_conditional(verb):
        return False
    if any(c.lower_ in NARRATIVE_ADVERBS and c.dep_ in ("advmod", "npadvmod") for c in verb.children):
        return True
    return lemma_of(verb) == "go" and any(c.dep_ in ("prt", "advmod") and c.lower_ == "on" for c in verb.children)


def _forms(tok: "Token") -> set[str]:
    """A word's lemma and its plainly inflected stems ("hopes" -> "hope"; the small model's lemmas slip)."""
    low = tok.lower_
    forms = {lemma_of(tok), low}
    for suffix in ("s", "es", "d", "ed", "ing"):
        if low.endswith(suffix) and len(low) > len(suffix) + 2:
            forms.add(low[: -len(suffix)])
    return forms


def is_question(cand: EventCandidate) -> bool:
    """Whether the trigger's sentence is a question ("Will they meet?", "Did X refuse to ...?"); a "?"
    right after a full stop ("... like Ross.?") is a character lost in scraped text, no question."""
    sent = sent_of(cand.head)
    ends = list(islice((t for t in reversed(sent) if not t.is_space), 2))  # the last two, not every token
    if not ends or ends[0].text != "?":
        return False
    return not (len(ends) > 1 and ends[1].text == "." and not ends[1].whitespace_)  # not "U.S.?"


def _verb_type(tok: "Token") -> str | None:
    """The PLOVER type a verb alone would trigger (for the mode of a stance on it)."""
    hit = lex.VERB_TRIGGERS.get(lemma_of(tok))
    return hit[0] if hit else None
