"""The event typer (sidelines.eventtype): derived trigger lexicon, trained classifier, typer API.

Sentences here are written for these tests (none from the dev sets); nothing needs ../shared: the
lexicon and the classifier are committed in the package.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time

import pytest

from sidelines.eventtype import (
    LABELS,
    METHODS,
    NONE,
    TYPES,
    EventTyper,
    coarse_class,
    lexicon_probs,
    load_classifier,
    load_lexicon,
)
from sidelines.eventtype.features import candidates, clause_depth, features
from sidelines.eventtype.lexicon import default_path as lexicon_path
from sidelines.eventtype.model import default_path as classifier_path


@pytest.fixture(scope="module")
def lexicon():
    return load_lexicon()


@pytest.fixture(scope="module")
def typer():
    return EventTyper.load()


def token(doc, text):
    return next(t for t in doc if t.text == text)


# -- the lexicon ---------------------------------------------------------------------------------
def test_lexicon_file_names_its_sources_and_licences():
    data = json.loads(lexicon_path().read_text(encoding="utf-8"))
    assert "CAMEO" in data["_source"] and "CAMEO2PLOVER" in data["_source"]
    assert "MIT" in data["_licence"] and "Open Event Data" in data["_licence"]
    assert "CC BY-SA 4.0" in data["_licence"]
    assert data["types"] == list(TYPES)
    assert len(data["verbs"]) > 1000 and len(data["nouns"]) > 300


@pytest.mark.parametrize("lemma, want", [
    ("accuse", "ACCUSE"), ("meet", "CONSULT"), ("arrest", "COERCE"), ("threaten", "THREATEN"),
    ("kill", "ASSAULT"), ("condemn", "ACCUSE"), ("visit", "CONSULT"), ("demand", "REQUEST"),
])
def test_lexicon_types_common_verbs(lexicon, lemma, want):
    match = lexicon.lemma_match(lemma, "VERB")
    assert match is not None
    assert match.top()[0] == want


def test_statements_and_appeals_are_no_event_evidence(lexicon):
    assert lexicon.is_reporting("say") and lexicon.is_reporting("announce")
    assert lexicon.lemma_match("say", "VERB").top()[0] == NONE
    probs = lexicon_probs(lexicon.lemma_match("say", "VERB"))
    assert probs[NONE] == pytest.approx(1.0)


def test_lexicon_reads_phrase_patterns_from_the_parse(nlp, lexicon):
    doc = nlp("The two governments signed an agreement on trade.")
    match = lexicon.match(token(doc, "signed"))
    assert match is not None and match.level != "own"
    assert "dobj:agreement" in match.pattern
    assert match.top()[0] in ("AGREE", "SUPPORT")  # CAMEO 057 "sign formal agreement" -> SUPPORT


def test_lexicon_finds_verbs_the_parser_lemmatises_otherwise(nlp, lexicon):
    # The parser lemmatises an unknown past form by rule ("lambasted" -> "lambast"): the lexicon
    # keeps such forms of its verbs ("forms") and reads them as the verb.
    doc = nlp("Senator Ray Dunne lambasted the governor's budget.")
    match = lexicon.match(token(doc, "lambasted"))
    assert match is not None and match.top()[0] == "ACCUSE"


def test_event_nouns(lexicon):
    for noun, want in (("talk", "CONSULT"), ("arrest", "COERCE"), ("bombing", "ASSAULT")):
        match = lexicon.lemma_match(noun, "NOUN")
        assert match is not None and match.top()[0] == want, noun


# -- features ------------------------------------------------------------------------------------
def test_features_read_the_clause(nlp, lexicon):
    doc = nlp("Iran did not threaten to close the strait, the minister said.")
    close = token(doc, "close")
    f = features(close, lexicon)
    assert f["stance=threaten"] == 1.0 and f["stance_lex=THREATEN"] == 1.0
    assert f["dobj=strait"] == 1.0 and f["neg_above"] == 1.0
    threaten = features(token(doc, "threaten"), lexicon)
    assert threaten.get("neg") == 1.0 and threaten.get("reported") == 1.0
    assert "lex=THREATEN" in threaten
    bare = features(close, lexicon, use_lexicon=False)
    assert not any(k.startswith(("lex", "stance_lex", "quad")) for k in bare)
    assert clause_depth(close, lexicon) == 1 and clause_depth(token(doc, "threaten"), lexicon) == 0


def test_features_passive_and_argument_kinds(nlp, lexicon):
    doc = nlp("The journalist was arrested by police on Monday in Moscow.")
    f = features(token(doc, "arrested"), lexicon)
    assert f["passive"] == 1.0 and f["agent=police"] == 1.0
    assert f["dobj=journalist"] == 1.0  # the passive subject is the object
    # Names are never features of their own: the place reads as its kind.
    assert f["prep=in:<GPE>"] == 1.0 and f["pobj_kind=in:GPE"] == 1.0
    assert not any("moscow" in name for name in f)


# -- the classifier ------------------------------------------------------------------------------
def test_classifier_file_is_small_and_loads():
    assert classifier_path().stat().st_size < 2_000_000
    bundle = load_classifier()
    assert {"classifier", "combined"} <= set(bundle.models)
    assert bundle.default in METHODS
    for model in bundle.models.values():
        assert model.labels == LABELS
        probs = model.predict_proba({"bias": 1.0, "lem=attack": 1.0, "pos=VERB": 1.0})
        assert sum(probs.values()) == pytest.approx(1.0)
    assert bundle.models["combined"].uses_lexicon and not bundle.models["classifier"].uses_lexicon


def test_runtime_needs_no_scikit_learn():
    code = ("import sys, sidelines.eventtype as e; e.EventTyper.load(); "
            "assert 'sklearn' not in sys.modules; assert not any(m.startswith('sidelines.extractors') for m in sys.modules)")
    subprocess.run([sys.executable, "-c", code], check=True)


# -- the typer -----------------------------------------------------------------------------------
@pytest.mark.parametrize("text, want", [
    ("The foreign minister accused the opposition of fraud.", {"ACCUSE"}),
    ("Putin met Xi in Beijing on Monday.", {"CONSULT"}),
    ("Police arrested the opposition leader on Tuesday.", {"COERCE"}),
    ("The two governments signed an agreement on trade.", {"AGREE", "SUPPORT"}),
    ("Rebels killed twelve soldiers in an ambush near the border.", {"ASSAULT"}),
    ("Thousands of students protested outside parliament.", {"PROTEST"}),
])
def test_typer_types_clear_events(nlp, typer, text, want):
    best = typer.best(nlp(text)[:])
    assert best is not None and best.type in want, (text, best)


def test_plain_statements_are_no_event(nlp, typer):
    for text in ("The spokesman said the weather was cold.", "She said it was a long day."):
        assert typer.best(nlp(text)[:]) is None, text


def test_every_method_and_sources(nlp, typer):
    doc = nlp("The foreign minister accused the opposition of fraud.")
    accused = token(doc, "accused")
    for method in METHODS:
        trig = typer.score(accused, method)
        assert trig.type in LABELS and 0.0 <= trig.probability <= 1.0
        assert trig.text == "accused" and doc.text[trig.start:trig.end] == "accused"
        assert sum(trig.probs.values()) == pytest.approx(1.0)
    assert typer.score(accused, "lexicon").source.startswith("lexicon:accuse")
    assert typer.score(accused, "classifier").source == "classifier"
    assert typer.score(accused, "combined").source == "combined"
    lex_only = typer.score(accused, "lexicon")
    assert lex_only.type == "ACCUSE" and lex_only.mode in ("allege", "disapprove")


def test_find_ranks_and_includes_none(nlp, typer):
    doc = nlp("The army said it had shelled rebel positions.")
    found = typer.find(doc[:], include_none=True)
    assert {t.text for t in found} >= {"said", "shelled"}
    events = typer.find(doc[:])
    assert all(t.type != NONE for t in events)
    assert events == sorted(events, key=lambda t: (-t.rank, -t.probability, t.i))
    assert [t.text for t in candidates(doc[:], typer.lexicon)][:1] == ["said"]


def test_coarse_classes():
    assert coarse_class(None) == 0 and coarse_class("REQUEST") == 0 and coarse_class(NONE) == 0
    assert coarse_class("CONSULT") == 1 and coarse_class("AID") == 2
    assert coarse_class("ACCUSE") == 3 and coarse_class("ASSAULT") == 4


def test_unknown_method_is_refused():
    with pytest.raises(ValueError):
        EventTyper(load_lexicon(), load_classifier(), "oracle")


def test_speed(nlp, typer):
    texts = [
        "The foreign minister accused the opposition of fraud on Monday.",
        "Putin met Xi in Beijing and the two leaders signed a trade deal.",
        "Police arrested dozens of protesters after the rally, officials said.",
        "The government threatened to expel the ambassador if the attacks continued.",
    ] * 50
    docs = list(nlp.pipe(texts))
    start = time.perf_counter()
    for doc in docs:
        for sent in doc.sents:
            typer.find(sent)
    elapsed = time.perf_counter() - start
    assert elapsed < 2.0, f"typing {len(docs)} sentences took {elapsed:.2f}s"
