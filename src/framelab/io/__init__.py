"""Corpus input and output: raw corpus layout, import, check, tables and atomic writes."""
