"""Throughput benchmarks: the pipeline against bare spaCy (``pipeline``), and the store's ingest rate
and query latency over synthetic records (``store``, ``synthetic``)."""

from sidelines.bench.pipeline import PipelineBench, bench_pipeline, split_evenly
from sidelines.bench.store import StoreBench, bench_store, percentile, store_queries
from sidelines.bench.synthetic import FILLER, SYNTHETIC_COUNTRIES, SYNTHETIC_EVENTS, synthetic_records

__all__ = ["FILLER", "SYNTHETIC_COUNTRIES", "SYNTHETIC_EVENTS", "PipelineBench", "StoreBench", "bench_pipeline",
           "bench_store", "percentile", "split_evenly", "store_queries", "synthetic_records"]
