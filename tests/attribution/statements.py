"""Shared helper of the round tests: the statements of passages as compact tuples."""

from framelab.attribution import annotate_article

SCARE = 3


def rows(*passages: str) -> list[tuple]:
    """``(sentence_index, kind, cue, speaker_name)`` of every statement in the passages."""
    found = annotate_article([(i, p, False) for i, p in enumerate(passages)], SCARE)[1]
    return [(r["sentence_index"], r["kind"], r["cue"], r["speaker_name"]) for r in found]
