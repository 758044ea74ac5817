"""Picklable task functions for the executor tests (workers import them by module path)."""

from framelab import text


def lemma_count(doc: str) -> tuple[str, int]:
    """A small per-item task: the first lemma and the number of lemmas of a text."""
    lems = text.lemmas(doc)
    return (lems[0] if lems else "", len(lems))


DOCS = [
    "Die Soldaten kämpften in Kursk.",
    "Nordkorea bestätigte den Einsatz nicht.",
    "Moskau sprach von einer Befreiung der Region.",
    "Die Agenturen berichteten übereinstimmend.",
    "Kiew widersprach der Darstellung.",
] * 3


def bad_input(doc: str) -> str:
    """A task that meets bad input: raises InputError naming the file and line."""
    from framelab.errors import InputError, Problem

    raise InputError([Problem("rules.yml", f"bad entry {doc!r}", line=3)])
