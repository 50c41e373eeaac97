"""General word lists (data modules) shared by the extractors."""
