"""Ordered extractors over spaCy parses: documents in, processed documents (or failures) out."""

from __future__ import annotations

import gc
import logging
import time
from collections import defaultdict
from collections.abc import Iterable, Iterator

from sidelines.budget import Clock, OverBudget, time_budget
from sidelines.errors import ConfigError
from sidelines.extractors.base import Extractor
from sidelines.extractors.registry import check_extractor_config, create_extractor
from sidelines.model.document import Document, Item
from sidelines.model.record import ErrorRecord, Problem, failure
from sidelines.nlp.analysis import attach_analysis, release_analysis
from sidelines.nlp.engine import NlpEngine
from sidelines.settings import Settings, settings_from_kwargs

log = logging.getLogger(__name__)


__all__ = ["Item", "Pipeline", "check_order"]


def check_order(extractors: list[Extractor]) -> None:
    """Fail when an extractor reads or amends a layer that no earlier extractor writes."""
    written: set[str] = set()
    for ex in extractors:
        needed = [*ex.requires, *(layer for layer in getattr(ex, "amends", ()) if layer not in ex.requires)]
        missing = [layer for layer in needed if layer not in written]
        if missing:
            raise ConfigError(
                f"extractor {ex.name!r} needs layer(s) {missing} written by an earlier extractor; "
                "reorder `extractors` in the settings",
                code="E504",
            )
        written.update(ex.produces)


_heap_frozen = False
#: Allocations (net of frees) between two collections of the youngest generation once the heap is
#: frozen (Python's default is 700): a document makes and drops hundreds of thousands of short-lived
#: objects, and every 10 young collections set off an older one, every 100 a full one.
YOUNG_COLLECTION_THRESHOLD = 10_000


def freeze_loaded_heap() -> None:
    """Once per process, as the second chunk of documents starts: move every live object out of the
    collector's reach.

    By then the model and the tables built on first use (gazetteer, lexicons, models) are loaded and
    the first chunk's documents are given out (so they are not kept);
    a full collection would scan them again and again, for nothing, while documents are processed.
    Objects still die when nothing refers to them; only cycles among them are no longer collected.
    From then on the youngest generation is collected every ``YOUNG_COLLECTION_THRESHOLD`` allocations,
    not 700: the older generations (and the collections that scan them) follow it, ever fewer.
    """
    global _heap_frozen
    if not _heap_frozen:
        _heap_frozen = True
        gc.collect()
        gc.freeze()
        young, older, oldest = gc.get_threshold()
        gc.set_threshold(max(YOUNG_COLLECTION_THRESHOLD, young), older, oldest)


class Pipeline:
    """spaCy once per document, then each extractor in order; one failure never stops a batch."""

    def __init__(self, settings: Settings | None = None) -> None:
        self.settings = settings or settings_from_kwargs()
        self.engine = NlpEngine(self.settings.model, self.settings.batch_size, self.settings.parse_cache)
        check_extractor_config(self.settings)
        self.extractors = [create_extractor(name, self.settings) for name in self.settings.extractors]
        check_order(self.extractors)
        self.timings: dict[str, float] = defaultdict(float)
        self._chunks = 0

    @property
    def nlp(self):  # noqa: ANN201 - spacy.Language
        """The loaded spaCy pipeline."""
        return self.engine.nlp

    def process(self, items: Iterable[Item]) -> Iterator[Item]:
        """Process documents in batches, passing failures through in their place."""
        chunk: list[Item] = []
        for item in items:
            chunk.append(item)
            if len(chunk) >= self.settings.batch_size:
                yield from self._process_chunk(chunk)
                chunk = []
        if chunk:
            yield from self._process_chunk(chunk)

    def process_one(self, doc: Document) -> Item:
        """Process a single document."""
        return next(iter(self.process([doc])))

    def _refuse(self, doc: Document) -> ErrorRecord | None:
        if len(doc.text) > self.settings.max_chars:
            return failure(
                doc.id, "E103",
                f"document has {len(doc.text):,} characters, more than max_chars={self.settings.max_chars:,}; "
                "split it or raise the setting",
                doc.source,
            )
        return None

    def _process_chunk(self, chunk: list[Item]) -> Iterator[Item]:
        self._chunks += 1
        if self._chunks == 2:
            freeze_loaded_heap()
        results: list[Item] = []
        todo: list[tuple[int, Document]] = []
        for item in chunk:
            refused = self._refuse(item) if isinstance(item, Document) else None
            results.append(refused or item)
            if isinstance(item, Document) and refused is None:
                todo.append((len(results) - 1, item))
        started = time.perf_counter()
        budget = self.settings.doc_time_budget
        try:
            with time_budget(budget * len(todo)):
                parsed = list(self.engine.parse(doc.text for _, doc in todo))
        except (Exception, OverBudget) as exc:  # noqa: BLE001 - one bad text must not lose the batch
            log.warning("batch parse failed (%s); parsing documents one at a time", exc)
            parsed = [self._parse_alone(doc, results, i) for i, doc in todo]
        self.timings["spacy"] += time.perf_counter() - started
        for (i, doc), sdoc in zip(todo, parsed, strict=True):
            if sdoc is None:
                continue
            over = self._extract(doc, sdoc, Clock(budget))
            if over is not None:
                results[i] = over
        yield from results

    def _over_budget(self, doc: Document, where: str) -> ErrorRecord:
        budget = self.settings.doc_time_budget
        return failure(doc.id, "E303", f"skipped: {where} took longer than doc_time_budget={budget:g} s "
                       "(a pathological or very long text); raise the setting to process it", doc.source)

    def _parse_alone(self, doc: Document, results: list[Item], i: int):  # noqa: ANN202 - spacy Doc | None
        try:
            with time_budget(self.settings.doc_time_budget):
                return self.engine.parse_one(doc.text)
        except OverBudget:
            results[i] = self._over_budget(doc, "spaCy")
        except Exception as exc:  # noqa: BLE001
            results[i] = failure(doc.id, "E202", f"spaCy failed on this document: {exc}", doc.source)
        return None

    def _extract(self, doc: Document, sdoc, clock: Clock) -> ErrorRecord | None:  # noqa: ANN001 - spacy Doc
        """Run the extractors; the failure that replaces the document when its time budget runs out."""
        name = "extraction"
        # One shared analysis per document (lines, sentences, offsets, quotation marks, entities by
        # token), built as the extractors first ask; dropped after, so it never reaches the record.
        attach_analysis(sdoc, doc)
        try:
            with time_budget(self.settings.doc_time_budget):
                for ex in self.extractors:
                    name = f"extractor {ex.name!r}"
                    if clock.over:
                        raise OverBudget
                    self._run_extractor(ex, doc, sdoc)
        except OverBudget:
            return self._over_budget(doc, name)
        finally:
            release_analysis(sdoc)
        return None

    def _run_extractor(self, ex: Extractor, doc: Document, sdoc) -> None:  # noqa: ANN001 - spacy Doc
        started = time.perf_counter()
        try:
            ex(doc, sdoc)
        except Exception as exc:  # noqa: BLE001 - recorded, the other extractors still run
            log.warning("extractor %s failed on %s: %s", ex.name, doc.id, exc, exc_info=True)
            for layer in ex.produces:
                doc.layers.setdefault(layer, [])
            doc.problems.append(Problem(stage=ex.name, code="E301", message=f"{type(exc).__name__}: {exc}"))
        finally:
            self.timings[ex.name] += time.perf_counter() - started
