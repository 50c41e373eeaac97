"""Extractors: small registered components that read a parsed document and write one layer."""
