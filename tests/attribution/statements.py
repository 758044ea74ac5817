"""Shared helpers of the round tests: the statements of passages as compact tuples, and the
cue resource with one edit."""

from pathlib import Path

from framelab.attribution import annotate_article
from framelab.attribution.cues import RESOURCE

SCARE = 3


def rows(*passages: str) -> list[tuple]:
    """``(sentence_index, kind, cue, speaker_name)`` of every statement in the passages."""
    found = annotate_article([(i, p, False) for i, p in enumerate(passages)], SCARE)[1]
    return [(r["sentence_index"], r["kind"], r["cue"], r["speaker_name"]) for r in found]


def kind_and_text(*passages: str) -> list[tuple[str, str, str]]:
    """``(kind, speaker_name, text)`` of every statement in the passages."""
    found = annotate_article([(i, p, False) for i, p in enumerate(passages)], SCARE)[1]
    return [(r["kind"], r["speaker_name"], r["text"]) for r in found]


def edited_cues(tmp_path: Path, old: str, new: str) -> Path:
    """A copy of the cue resource with ``old`` replaced by ``new`` (``old`` must occur)."""
    text = RESOURCE.read_text(encoding="utf-8")
    assert old in text, old
    path = tmp_path / "attribution.yml"
    path.write_text(text.replace(old, new), encoding="utf-8")
    return path
