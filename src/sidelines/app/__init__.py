"""The application layer: the write side of sidelines (ingest, stories, knowledge base) over the pipeline and the store.

Commands that change a store call these; the store itself never runs the pipeline
(``sidelines.store`` keeps rows, ``sidelines.resolve`` decides, ``sidelines.app`` runs both).
"""
