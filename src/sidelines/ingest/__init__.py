"""Ingest: files, directories, JSONL corpora, stdin, URLs and feeds -> documents."""
