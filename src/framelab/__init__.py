"""framelab: measure how Russian-state media and Western news agencies frame the same event."""

__version__ = "0.1.0"
