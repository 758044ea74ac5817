"""framelab: how news camps frame the same event in German-language news, reproducibly."""

__version__ = "0.1.0"
