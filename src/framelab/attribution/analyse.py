"""The attribution stage's work for one chunk of articles: voices, statements and markers.

One pass per article: the attribution engine decides whose voice every sentence (and every
quotation) is; the framing markers are matched once per passage and each match is tagged with
the voice at its position. Stance, markers, naming and voices all read these tables, so two
layers can never disagree about whose voice a sentence is.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from framelab.analysis.markers import Lexicon, match_markers
from framelab.attribution.annotate import article_voices, voice_at
from framelab.attribution.gazetteer import canonical
from framelab.attribution.tables import statements_frame, voices_frame

MARKER_COLUMNS = [
    "article_id",
    "position",
    "category",
    "marker",
    "direction",
    "start",
    "end",
    "match",
    "voice",
    "speaker_name",
]


@dataclass(frozen=True)
class AttributeSettings:
    """What one worker needs (picklable): the length rule, the lexicon, an optional gazetteer."""

    scare_max_words: int
    lexicon: Lexicon
    gazetteer: dict | None = None


def passages_of(group: pd.DataFrame) -> list[tuple[int, str, bool]]:
    """``(position, text, is_heading)`` of one article's passages, in order."""
    return [
        (int(p), str(t), k == "heading")
        for p, t, k in zip(group["position"], group["text"], group["kind"], strict=True)
    ]


def analyse_article(article_id: str, passages, settings: AttributeSettings):
    """Voice rows, statement rows and voice-tagged marker rows of one article."""
    voices, statements, spans = article_voices(
        passages, settings.scare_max_words, settings.gazetteer
    )
    texts = {p: t for p, t, _ in passages}
    directions = {m.name: m.direction or "" for m in settings.lexicon.markers}
    quoting = {m.name for m in settings.lexicon.markers if m.kind == "scare_quoted"}
    marker_rows = []
    for position, text, _ in passages:
        for m in match_markers(text, settings.lexicon):
            v = voice_at(spans, position, m.start)
            marker_rows.append(
                dict(
                    article_id=article_id,
                    position=position,
                    category=m.category,
                    marker=m.marker,
                    direction=directions[m.marker],
                    start=m.start,
                    end=m.end,
                    match=m.text,
                    voice="narrator" if m.marker in quoting else v.voice,  # quoting: narrator's act
                    speaker_name=v.speaker_name,
                )
            )
    voices = [dict(v, article_id=article_id) for v in voices]
    statements = [
        dict(
            s,
            article_id=article_id,
            sentence=texts[s["position"]][s["start"] : s["end"]],
            speaker_name=canonical(s["speaker_name"], s["speaker"], settings.gazetteer),
        )
        for s in statements
    ]
    return voices, statements, marker_rows


def analyse_chunk(groups: list[tuple[str, pd.DataFrame]], settings: AttributeSettings):
    """Map step: ``(voices, statements, markers)`` tables of a chunk of articles."""
    voices, statements, marker_rows = [], [], []
    for article_id, group in groups:
        v, s, m = analyse_article(article_id, passages_of(group), settings)
        voices += v
        statements += s
        marker_rows += m
    return voices_frame(voices), statements_frame(statements), markers_frame(marker_rows)


def markers_frame(rows: list[dict]) -> pd.DataFrame:
    df = pd.DataFrame(rows, columns=MARKER_COLUMNS)
    df = df.astype({"position": int, "start": int, "end": int})
    return df.sort_values(["article_id", "position", "start", "marker"], ignore_index=True)
