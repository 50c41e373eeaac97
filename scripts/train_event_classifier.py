"""Train the event-type classifier and export it as ``src/sidelines/data/event_classifier.json``.

Multinomial logistic regression (scikit-learn, build time only) over the clause features of
``sidelines.eventtype.features``, predicting one of the 16 PLOVER types or NONE for a candidate
trigger token. Two models are trained: ``classifier`` (clause features only) and ``combined`` (the
same plus the trigger lexicon's types as features); the lexicon-times-classifier ``product`` is
tuned on out-of-fold predictions. Run from the repository root::

    .venv/bin/python scripts/train_event_classifier.py --shared ../shared

Training data (never the ``check`` halves of the dev sets):

- PLOVER dev, ``tune`` half: candidate tokens inside a gold trigger span are positives of the
  record's type (reporting verbs excepted); the other candidates of the sentence are NONE with a
  lower weight (the record codes one event of the sentence, usually the main one).
- The synthetic stories (distant supervision, down-weighted): in the first sentences of a story,
  the candidate that best fits the story's label (the lexicon's weight for that label, plus a
  bonus when its lemma is in the headline) is a positive; candidates the lexicon reads as no event
  (statements, appeals, unknown verbs) are NONE; the rest are left out (they may be other events).
- Multi-CoPED ``tune`` (on by default, ``--no-multicoped`` to leave it out; it raised the
  out-of-fold Multi-CoPED class accuracy from 0.60 to 0.64 at equal PLOVER accuracy): coarse classes
  only; the candidate that best fits the class (by the lexicon) is labelled with its best type of
  that class; in class-0 sentences the candidates the lexicon reads as no event are NONE.

The stories' and Multi-CoPED's positives are then re-chosen by hard EM (``em_rounds``): the candidate
the current model finds likeliest for the story's label (the sentence's class), times its prior
(verb, main clause, headline word), replaces the lexicon's first choice; the model is refitted.

Settings (weights, regularisation, EM rounds) were picked by five-fold cross-validation with folds by
document (``--grid`` reruns a small search), scored at sentence level out of fold on the PLOVER and
Multi-CoPED tune sentences. The sentence-level rank discount per clause level and the product's
exponent and floor are tuned on the same out-of-fold predictions. The ``check`` halves are never read.
"""

from __future__ import annotations

import argparse
import json
import logging
import random
import sys
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import eventtype_data as data  # noqa: E402

from sidelines.evaluate.splits import in_split  # noqa: E402
from sidelines.eventtype import lexicon_probs, product  # noqa: E402
from sidelines.eventtype.features import candidates, clause_depth, features  # noqa: E402
from sidelines.eventtype.labels import CLASS_OF, LABELS, NO_EVENT, NONE, coarse_class  # noqa: E402
from sidelines.eventtype.lexicon import TriggerLexicon, load_lexicon  # noqa: E402

log = logging.getLogger("train_event_classifier")
OUTPUT = Path(__file__).resolve().parent.parent / "src" / "sidelines" / "data" / "event_classifier.json"
LEAD_SENTENCES = 2
NOT_EVENT_NOUN_DEPS = frozenset({"nsubj", "nsubjpass", "poss", "compound", "appos"})
FOLDS = 5
SEED = 13


@dataclass
class Cand:
    feats: dict[str, float]
    feats_nolex: dict[str, float]
    lex: dict[str, float]
    no_event: bool  # the lexicon knows nothing of it, or reads it as no event (statement, appeal, "---")
    depth: int = 0
    verb: bool = True
    prior: float = 0.0  # how likely, before its type, it is the main event of its story (0: never)
    label: str | None = None
    weight: float = 0.0


@dataclass
class Sentence:
    sid: str
    group: str
    kind: str  # plover | multicoped | synthetic
    gold: Any = None  # PLOVER type, or Multi-CoPED class
    cands: list[Cand] = field(default_factory=list)
    pos_weight: float = 0.0  # the weight of a positive of this story (distant supervision)


def make_cands(sent: Any, lexicon: TriggerLexicon) -> tuple[list[Any], list[Cand]]:
    toks = candidates(sent, lexicon)
    out = []
    for tok in toks:
        match = lexicon.match(tok)
        out.append(Cand(features(tok, lexicon, use_lexicon=True, match=match),
                        features(tok, lexicon, use_lexicon=False), lexicon_probs(match),
                        match is None or max(match.types, key=match.types.get) in NO_EVENT,
                        clause_depth(tok, lexicon), tok.pos_ == "VERB"))
    return toks, out


# -- the corpora ---------------------------------------------------------------------------------
def plover_sentences(shared: Path, lexicon: TriggerLexicon, split: str, cfg: dict[str, float]) -> list[Sentence]:
    golds, docs = data.plover(shared)
    by_text: dict[str, Sentence] = {}
    out = []
    for gold, doc in zip(golds, docs):
        if not in_split(gold, split):
            continue
        text = gold["text"]
        if text in by_text:  # a second record of the same sentence: more positives, same candidates
            sent = by_text[text]
            toks = sent.toks  # type: ignore[attr-defined]
        else:
            toks, cands = make_cands(doc[:], lexicon)
            sent = Sentence(gold["id"], "plover:" + text, "plover", gold["event"], cands)
            sent.toks = toks  # type: ignore[attr-defined]
            by_text[text] = sent
            out.append(sent)
        spans = [(t["start"], t["end"]) for t in gold.get("triggers", []) if t.get("start") is not None]
        for tok, cand in zip(toks, sent.cands):
            inside = any(s <= tok.idx < e for s, e in spans)
            if inside and not lexicon.is_reporting(tok.lemma_.lower()):
                if cand.label in (None, NONE):
                    cand.label, cand.weight = gold["event"], cfg["w_plover"]
            elif cand.label is None:
                cand.label, cand.weight = NONE, cfg["w_plover_none"]
    return out


def synthetic_sentences(shared: Path, lexicon: TriggerLexicon, cfg: dict[str, float]) -> list[Sentence]:
    stories, heads, leads = data.synthetic(shared)
    out = []
    for story, head, lead in zip(stories, heads, leads):
        label = story["event"]
        head_lemmas = {t.lemma_.lower() for t in head} | {t.lower_ for t in head}
        sents = list(lead.sents)[:LEAD_SENTENCES]
        group = "synth:" + story["id"]
        parts = []
        for k, sent in enumerate(sents):
            toks, cands = make_cands(sent, lexicon)
            parts.append(Sentence(f"{story['id']}#{k}", group, "synthetic", label, cands))
            parts[-1].toks = toks  # type: ignore[attr-defined]
        best: tuple[float, Cand] | None = None
        for part in parts:
            for tok, cand in zip(part.toks, part.cands):  # type: ignore[attr-defined]
                if lexicon.is_reporting(tok.lemma_.lower()):
                    continue
                # The lexicon's weight for the label, more when the headline has the word; a verb with a
                # code of its own that the headline repeats may be a positive even against the lexicon
                # (it teaches what the dictionaries code otherwise). Verbs and main clauses first.
                lemma = tok.lemma_.lower()
                if not cand.verb and tok.dep_ in NOT_EVENT_NOUN_DEPS:
                    continue  # "the government agreed": a subject or modifier noun is rarely the event
                in_head = lemma in head_lemmas
                cand.prior = (1.0 + cfg["headline_bonus"] * in_head) * (1.0 if cand.verb else cfg["noun_factor"]) \
                    * cfg["depth_decay"] ** cand.depth
                fit = cand.lex.get(label, 0.0) * cand.prior
                if fit == 0 and in_head and cand.verb and (lexicon.verbs.get(lemma) or {}).get("source") == "own":
                    fit = cfg["headline_only"] * cand.prior / (1.0 + cfg["headline_bonus"])
                if fit > 0 and (best is None or fit > best[0]):
                    best = (fit, cand)
                if cand.verb and cand.lex.get(label, 0.0) >= cfg["strong_fit"]:
                    cand.label, cand.weight = label, cfg["w_synth"]
        if best is not None:
            best[1].label, best[1].weight = label, cfg["w_synth"]
        for part in parts:
            for cand in part.cands:
                if cand.label is None and cand.no_event:
                    cand.label, cand.weight = NONE, cfg["w_synth_none"]
        out += parts
    # Balance the labels: the stories' label mix (CONCEDE 780 ... AID 84) is no real-news mix.
    pos = Counter(c.label for s in out for c in s.cands if c.label not in (None, NONE))
    mean = sum(pos.values()) / max(1, len(pos))
    for s in out:
        s.pos_weight = cfg["w_synth"] * (mean / max(1, pos[s.gold])) ** cfg["balance"]
        for c in s.cands:
            if c.label not in (None, NONE):
                c.weight *= (mean / pos[c.label]) ** cfg["balance"]
    return out


def multicoped_sentences(shared: Path, lexicon: TriggerLexicon, split: str, cfg: dict[str, float],
                         label_it: bool) -> list[Sentence]:
    golds, docs = data.multicoped(shared)
    out = []
    for gold, doc in zip(golds, docs):
        if not in_split(gold, split):
            continue
        toks, cands = make_cands(doc[:], lexicon)
        sent = Sentence(gold["id"], "mc:" + gold["text"], "multicoped", int(gold["pentaclass"]), cands)
        out.append(sent)
        if not label_it:
            continue
        cls = sent.gold
        if cls == 0:
            # A statement or an appeal is the sentence's coded event: what it reports is no event of its own.
            for cand in cands:
                if cand.no_event:
                    cand.label, cand.weight = NONE, cfg["w_mc"]
                elif max(cand.lex, key=cand.lex.get) != "REQUEST":
                    cand.label, cand.weight = NONE, cfg["w_mc_none"]
            continue
        allowed = [t for t, c in CLASS_OF.items() if c == cls and t != NONE]
        best = None
        sent.pos_weight = cfg["w_mc"]
        for cand in cands:
            t = max(allowed, key=lambda x: cand.lex.get(x, 0.0))
            cand.prior = (1.0 if cand.verb else cfg["noun_factor"]) * cfg["depth_decay"] ** cand.depth
            fit = cand.lex.get(t, 0.0) * cand.prior
            if fit > 0 and (best is None or fit > best[0]):
                best = (fit, cand, t)
        if best is not None:
            best[1].label, best[1].weight = best[2], cfg["w_mc"]
        for cand in cands:
            if cand.label is None and cand.no_event:
                cand.label, cand.weight = NONE, cfg["w_mc_none"]
    return out


# -- learning ------------------------------------------------------------------------------------
Overrides = dict[int, tuple[str | None, float]]


def examples(sents: list[Sentence], lex_feats: bool, overrides: Overrides | None = None,
             ) -> tuple[list[dict[str, float]], list[str], list[float], list[str]]:
    X, y, w, g = [], [], [], []
    for s in sents:
        for c in s.cands:
            label, weight = overrides.get(id(c), (c.label, c.weight)) if overrides else (c.label, c.weight)
            if label is None or weight <= 0:
                continue
            X.append(c.feats if lex_feats else c.feats_nolex)
            y.append(label)
            w.append(weight)
            g.append(s.group)
    return X, y, w, g


def relabel(sents: list[Sentence], model: "Fitted", lex_feats: bool) -> Overrides:
    """Hard EM for the distantly labelled stories and the coarse Multi-CoPED classes: each story's
    (sentence's) positive becomes the candidate the model finds likeliest for the label (class),
    weighed by its prior; the lexicon's first choice is dropped."""
    overrides: Overrides = {}
    groups: dict[str, list[Sentence]] = defaultdict(list)
    for s in sents:
        if s.kind == "synthetic" or (s.kind == "multicoped" and s.gold != 0):
            groups[s.group].append(s)
    for members in groups.values():
        cands = [c for s in members for c in s.cands]
        first = members[0]
        allowed = [first.gold] if first.kind == "synthetic" else [
            t for t, k in CLASS_OF.items() if k == first.gold and t != NONE]
        probs = model.proba([c.feats if lex_feats else c.feats_nolex for c in cands])
        best: tuple[float, Cand, str] | None = None
        for c, p in zip(cands, probs):
            if c.label not in (None, NONE):
                overrides[id(c)] = (None, 0.0)
            if c.prior <= 0 or (c.label == NONE and first.kind == "synthetic"):
                continue
            t = max(allowed, key=p.get)
            score = p[t] * c.prior
            if best is None or score > best[0]:
                best = (score, c, t)
        if best is not None:
            overrides[id(best[1])] = (best[2], first.pos_weight)
    return overrides


def fit_model(sents: list[Sentence], lex_feats: bool, C: float, em_rounds: int) -> "Fitted":
    model = Fitted(*examples(sents, lex_feats), C)
    for _ in range(em_rounds):
        model = Fitted(*examples(sents, lex_feats, relabel(sents, model, lex_feats)), C)
    return model


def prune(X: list[dict[str, float]], groups: list[str], min_groups: int) -> set[str]:
    seen: dict[str, set[str]] = defaultdict(set)
    for feats, grp in zip(X, groups):
        for name in feats:
            if len(seen[name]) < min_groups:
                seen[name].add(grp)
    return {n for n, s in seen.items() if len(s) >= min_groups}


class Fitted:
    """A trained scikit-learn model with its vocabulary, to score candidates during training."""

    def __init__(self, X: list[dict[str, float]], y: list[str], w: list[float], groups: list[str], C: float) -> None:
        from sklearn.feature_extraction import DictVectorizer
        from sklearn.linear_model import LogisticRegression

        keep = prune(X, groups, 2)
        X = [{k: v for k, v in f.items() if k in keep} for f in X]
        self.vec = DictVectorizer()
        M = self.vec.fit_transform(X)
        self.clf = LogisticRegression(C=C, max_iter=3000, tol=1e-4)
        self.clf.fit(M, y, sample_weight=w)
        self.labels = list(self.clf.classes_)

    def proba(self, feats: list[dict[str, float]]) -> list[dict[str, float]]:
        if not feats:
            return []
        P = self.clf.predict_proba(self.vec.transform(feats))
        out = []
        for row in P:
            d = dict.fromkeys(LABELS, 0.0)
            d.update({lab: float(p) for lab, p in zip(self.labels, row)})
            out.append(d)
        return out

    def export(self, threshold: float, uses_lexicon: bool) -> dict[str, Any]:
        names = self.vec.get_feature_names_out()
        coef = self.clf.coef_
        index = {lab: LABELS.index(lab) for lab in self.labels}
        weights: dict[str, dict[str, float]] = {}
        for j, name in enumerate(names):
            row = {str(index[lab]): round(float(coef[k, j]), 3) for k, lab in enumerate(self.labels)
                   if abs(coef[k, j]) >= threshold}
            if row:
                weights[str(name)] = row
        bias = [0.0] * len(LABELS)
        missing = [lab for lab in LABELS if lab not in index]
        for k, lab in enumerate(self.labels):
            bias[index[lab]] = round(float(self.clf.intercept_[k]), 4)
        for lab in missing:
            bias[LABELS.index(lab)] = -30.0
        return {"labels": list(LABELS), "bias": bias, "weights": weights, "uses_lexicon": uses_lexicon}


def sentence_label(probs: list[dict[str, float]], cands: list[Cand] | None = None, decay: float = 1.0,
                   threshold: float = 0.0) -> str:
    """The type of the most probable event trigger (probability discounted by ``decay`` per clause
    level below the main clause); NONE when no trigger's best label is an event above ``threshold``."""
    best, best_p = NONE, 0.0
    for k, p in enumerate(probs):
        lab = max(p, key=p.get)
        if lab == NONE or p[lab] < threshold:
            continue
        score = p[lab] * (decay ** cands[k].depth if cands is not None else 1.0)
        if score > best_p:
            best, best_p = lab, score
    return best


def sentence_scores(sents: list[Sentence], probs_of: dict[int, list[dict[str, float]]], decay: float = 1.0,
                    threshold: float = 0.0) -> dict[str, float]:
    ok: Counter[str] = Counter()
    n: Counter[str] = Counter()
    for s in sents:
        if s.kind not in ("plover", "multicoped"):
            continue
        pred = sentence_label(probs_of[id(s)], s.cands, decay, threshold)
        n[s.kind] += 1
        ok[s.kind] += int(pred == s.gold) if s.kind == "plover" else int(coarse_class(pred) == s.gold)
    return {k: ok[k] / n[k] for k in n}


DECAYS = (1.0, 0.7, 0.5, 0.3)


def objective(train: list[Sentence], mc: list[Sentence], probs_train: dict[int, list[dict[str, float]]],
              probs_mc: dict[int, list[dict[str, float]]], decay: float, mc_in_train: bool) -> tuple[float, dict[str, float]]:
    """Mean of PLOVER tune (out of fold) and Multi-CoPED tune sentence accuracy."""
    sc = sentence_scores(train, probs_train, decay)
    if not mc_in_train:
        sc.update(sentence_scores(mc, probs_mc, decay))
    return (sc.get("plover", 0) + sc.get("multicoped", 0)) / 2, sc


def best_decay(train: list[Sentence], mc: list[Sentence], probs_train: dict[int, list[dict[str, float]]],
               probs_mc: dict[int, list[dict[str, float]]], mc_in_train: bool) -> float:
    scored = [(objective(train, mc, probs_train, probs_mc, d, mc_in_train)[0], d) for d in DECAYS]
    return max(scored)[1]


def folds_of(groups: list[str], k: int) -> dict[str, int]:
    uniq = sorted(set(groups))
    random.Random(SEED).shuffle(uniq)
    return {g: i % k for i, g in enumerate(uniq)}


def cross_validate(sents: list[Sentence], lex_feats: bool, C: float, k: int = FOLDS, em_rounds: int = 0,
                   ) -> tuple[dict[int, list[dict[str, float]]], dict[str, float]]:
    """Out-of-fold candidate probabilities for every training sentence, and candidate accuracy."""
    fold = folds_of([s.group for s in sents], k)
    oof: dict[int, list[dict[str, float]]] = {}
    right = total = 0.0
    for f in range(k):
        train = [s for s in sents if fold[s.group] != f]
        test = [s for s in sents if fold[s.group] == f]
        model = fit_model(train, lex_feats, C, em_rounds)
        for s in test:
            probs = model.proba([c.feats if lex_feats else c.feats_nolex for c in s.cands])
            oof[id(s)] = probs
            for c, p in zip(s.cands, probs):
                if c.label is not None and c.weight > 0:
                    right += int(max(p, key=p.get) == c.label)
                    total += 1
    return oof, {"candidate_accuracy": right / total if total else 0.0, "candidates": total}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    parser.add_argument("--out", type=Path, default=OUTPUT)
    parser.add_argument("--no-multicoped", dest="multicoped", action="store_false",
                        help="do not learn from Multi-CoPED tune (it helps on cross-validation: on by default)")
    parser.add_argument("--grid", action="store_true", help="search the settings by cross-validation")
    parser.add_argument("--threshold", type=float, default=0.01, help="drop exported weights below this")
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
    t0 = time.time()
    lexicon = load_lexicon()
    cfg = dict(DEFAULTS)

    def corpus(cfg: dict[str, float]) -> tuple[list[Sentence], list[Sentence]]:
        train = plover_sentences(args.shared, lexicon, "tune", cfg) + synthetic_sentences(args.shared, lexicon, cfg)
        mc = multicoped_sentences(args.shared, lexicon, "tune", cfg, label_it=args.multicoped)
        if args.multicoped:
            train += mc
        return train, mc

    def evaluate(cfg: dict[str, float], lex_feats: bool) -> dict[str, float]:
        train, mc = corpus(cfg)
        oof, cv = cross_validate(train, lex_feats, cfg["C"], em_rounds=int(cfg["em_rounds"]))
        scores = sentence_scores(train, oof, cfg["depth_decay"])
        if not args.multicoped:
            model = fit_model(train, lex_feats, cfg["C"], int(cfg["em_rounds"]))
            probs = {id(s): model.proba([c.feats if lex_feats else c.feats_nolex for c in s.cands]) for s in mc}
            scores.update(sentence_scores(mc, probs))
        cv.update({f"sentence_{k}": v for k, v in scores.items()})
        cv["objective"] = (scores.get("plover", 0) + scores.get("multicoped", 0)) / 2
        return cv

    if args.grid:
        best = None
        for C in (0.3, 1.0):
            for w_synth in (0.15, 0.3):
                for w_plover_none in (0.2, 0.5):
                    trial = {**cfg, "C": C, "w_synth": w_synth, "w_synth_none": w_synth / 2,
                             "w_plover_none": w_plover_none}
                    res = evaluate(trial, True)
                    log.info("C=%s w_synth=%s w_plover_none=%s -> %s", C, w_synth, w_plover_none,
                             {k: round(v, 3) for k, v in res.items()})
                    if best is None or res["objective"] > best[0]:
                        best = (res["objective"], trial)
        assert best is not None
        cfg = best[1]
        log.info("picked %s", cfg)

    train, mc = corpus(cfg)
    n_pos = Counter(c.label for s in train for c in s.cands if c.label)
    log.info("training candidates by label: %s", dict(n_pos.most_common()))
    report: dict[str, Any] = {"settings": cfg, "labels": dict(n_pos.most_common())}
    models: dict[str, Any] = {}
    oofs: dict[str, dict[int, list[dict[str, float]]]] = {}
    for name, lex_feats in (("classifier", False), ("combined", True)):
        oof, cv = cross_validate(train, lex_feats, cfg["C"], em_rounds=int(cfg["em_rounds"]))
        oofs[name] = oof
        fitted = fit_model(train, lex_feats, cfg["C"], int(cfg["em_rounds"]))
        models[name] = fitted
        if not args.multicoped:
            probs = {id(s): fitted.proba([c.feats if lex_feats else c.feats_nolex for c in s.cands]) for s in mc}
            cv.update({f"multicoped_tune_{k}": v for k, v in sentence_scores(mc, probs).items()})
        report[f"cv_{name}"] = cv
        log.info("%s: %s", name, {k: round(v, 3) if isinstance(v, float) else v for k, v in cv.items()})

    # Sentence level: the rank discount per clause level, per method, on out-of-fold predictions
    # (PLOVER tune) and on Multi-CoPED tune.
    mc_scored = {name: {id(s): models[name].proba([c.feats if name == "combined" else c.feats_nolex for c in s.cands])
                        for s in mc} for name in models}
    decays: dict[str, float] = {}
    for name, probs_train, probs_mc in (
        ("lexicon", {id(s): [c.lex for c in s.cands] for s in train}, {id(s): [c.lex for c in s.cands] for s in mc}),
        ("classifier", oofs["classifier"], mc_scored["classifier"]),
        ("combined", oofs["combined"], mc_scored["combined"]),
    ):
        decays[name] = best_decay(train, mc, probs_train, probs_mc, args.multicoped)
    report["depth_decay"] = dict(decays)
    for name in ("classifier", "combined"):
        # Out-of-fold sentence accuracy at the tuned discount (the numbers to report).
        report[f"cv_{name}"].update({f"sentence_{k}": v for k, v in sentence_scores(train, oofs[name], decays[name]).items()})
        if not args.multicoped:
            report[f"cv_{name}"].update({f"multicoped_tune_{k}": v for k, v in
                                         sentence_scores(mc, mc_scored[name], decays[name]).items()})
    report["cv_lexicon"] = {f"sentence_{k}": v for k, v in sentence_scores(
        train, {id(s): [c.lex for c in s.cands] for s in train}, decays["lexicon"]).items()}

    # The product of experts: pick its exponent and floor on out-of-fold classifier predictions.
    best_prod = None
    mc_probs = mc_scored["classifier"]
    for alpha in (0.25, 0.5, 1.0, 1.5, 2.0):
        for floor in (0.02, 0.05, 0.1, 0.2, 0.5):
            combo = {id(s): [product(p, c.lex, alpha, floor) for p, c in zip(oofs["classifier"][id(s)], s.cands)]
                     for s in train}
            combo_mc = {id(s): [product(p, c.lex, alpha, floor) for p, c in zip(mc_probs[id(s)], s.cands)] for s in mc}
            for decay in DECAYS:
                obj, sc = objective(train, mc, combo, combo_mc, decay, args.multicoped)
                if best_prod is None or obj > best_prod[0]:
                    best_prod = (obj, alpha, floor, decay, sc)
    assert best_prod is not None
    decays["product"] = best_prod[3]
    report["product"] = {"alpha": best_prod[1], "floor": best_prod[2], "depth_decay": best_prod[3],
                         **{f"sentence_{k}": v for k, v in best_prod[4].items()}}
    log.info("product: %s", report["product"])
    obj_combined, sc_combined = objective(train, mc, oofs["combined"], mc_scored["combined"], decays["combined"], args.multicoped)
    report["combined_at_decay"] = {f"sentence_{k}": v for k, v in sc_combined.items()}
    log.info("combined at its decay: %s; product: %s", sc_combined, best_prod[4])
    default = "combined" if obj_combined >= best_prod[0] else "product"
    out = {
        "_about": ("Event-type classifier of sidelines.eventtype: multinomial logistic regression over clause "
                   "features, trained by scripts/train_event_classifier.py on the synthetic PLOVER stories "
                   "(NGEC, MIT), the tune half of PLOVER dev (Open Event Data Alliance, CC BY-SA 4.0)"
                   + (" and the tune half of Multi-CoPED dev (coarse classes; weights only, no text)." if args.multicoped else ".")),
        "_licence": "Weights derived in part from CC BY-SA 4.0 data (PLOVER gold records): CC BY-SA 4.0.",
        "default": default,
        "product": {"alpha": best_prod[1], "floor": best_prod[2]},
        "sentence": {"depth_decay": decays},
        "models": {name: m.export(args.threshold, name == "combined") for name, m in models.items()},
        "meta": {**report, "seconds": round(time.time() - t0, 1)},
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", encoding="utf-8") as fh:
        json.dump(out, fh, ensure_ascii=False, separators=(",", ":"))
        fh.write("\n")
    log.info("wrote %s (%.0f kB), default method %s", args.out, args.out.stat().st_size / 1024, default)


DEFAULTS: dict[str, float] = {
    "C": 1.0, "w_plover": 1.0, "w_plover_none": 0.5, "w_synth": 0.15, "w_synth_none": 0.075, "em_rounds": 2,
    "headline_bonus": 1.0, "strong_fit": 0.9, "noun_factor": 0.5, "depth_decay": 0.7, "balance": 1.0, "w_mc": 1.0,
    "w_mc_none": 1.0, "headline_only": 0.2,
}

if __name__ == "__main__":
    main()
