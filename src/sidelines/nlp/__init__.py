"""spaCy: the one place that loads and runs a pipeline."""
