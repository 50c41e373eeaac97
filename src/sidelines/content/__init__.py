"""Content: raw bytes or markup -> article text and metadata."""
