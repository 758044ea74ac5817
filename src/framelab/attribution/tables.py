"""pandas tables of the attribution analysis (sorted, typed)."""

from __future__ import annotations

import pandas as pd

from framelab.attribution.annotate import article_voices
from framelab.attribution.gazetteer import canonical

STATEMENT_COLUMNS = [
    "article_id",
    "position",
    "sentence_index",
    "start",
    "end",
    "sentence",
    "kind",
    "cue",
    "speaker",
    "speaker_name",
    "group",
    "text",
    "rule",
]
VOICE_COLUMNS = [
    "article_id",
    "position",
    "sentence_index",
    "start",
    "end",
    "voice",
    "speaker_name",
    "cue",
    "rule",
]
INT_COLUMNS = ["position", "sentence_index", "start", "end"]


def _frame(rows: list[dict], columns: list[str]) -> pd.DataFrame:
    df = pd.DataFrame(rows, columns=columns)
    for col in INT_COLUMNS:
        df[col] = df[col].astype("int64")
    for col in columns:
        if col not in INT_COLUMNS:
            df[col] = df[col].fillna("").astype(str)
    return df.sort_values(
        ["article_id", "position", "sentence_index"], kind="stable", ignore_index=True
    )


def statements_frame(rows: list[dict]) -> pd.DataFrame:
    """Statements: ``article_id, position, sentence_index, start, end, sentence, kind, cue,
    speaker, speaker_name, group, text, rule``; ``sentence`` is the sentence text."""
    return _frame(rows, STATEMENT_COLUMNS)


def voices_frame(rows: list[dict]) -> pd.DataFrame:
    """Per-sentence voices: ``article_id, position, sentence_index, start, end, voice,
    speaker_name, cue, rule``."""
    return _frame(rows, VOICE_COLUMNS)


def _passages_of(group: pd.DataFrame) -> list[tuple[int, str, bool]]:
    heading = group["is_heading"] if "is_heading" in group else pd.Series(False, index=group.index)
    return [
        (int(p), str(t), bool(h))
        for p, t, h in zip(group["position"], group["text"], heading, strict=True)
    ]


def annotate_passages(
    passages: pd.DataFrame, scare_max_words: int, gazetteer: dict | None = None
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """``(voices, statements)`` for a passages table (``article_id, position, text, is_heading``;
    voices as every layer reads them, :func:`~framelab.attribution.annotate.article_voices`;
    rows with ``in_language == False`` are skipped); with a gazetteer, speakers carry its
    canonical names, as in the attribute stage."""
    if "in_language" in passages:
        passages = passages[passages["in_language"].astype(bool)]
    voices, statements = [], []
    for article_id, group in passages.sort_values(["article_id", "position"]).groupby(
        "article_id", sort=True
    ):
        plist = _passages_of(group)
        texts = {p: t for p, t, _ in plist}
        v, s, _ = article_voices(plist, scare_max_words, gazetteer)
        voices += [dict(r, article_id=article_id) for r in v]
        statements += [
            dict(
                r,
                article_id=article_id,
                sentence=texts[r["position"]][r["start"] : r["end"]],
                speaker_name=canonical(r["speaker_name"], r["speaker"], gazetteer),
            )
            for r in s
        ]
    return voices_frame(voices), statements_frame(statements)


def voices_from_passages(
    passages: pd.DataFrame, scare_max_words: int, gazetteer: dict | None = None
) -> pd.DataFrame:
    """The statements table of a passages table (what ``framelab voices`` writes)."""
    return annotate_passages(passages, scare_max_words, gazetteer)[1]


def spans_by_article(voices: pd.DataFrame, passages: pd.DataFrame, scare_max_words: int) -> dict:
    """``{article_id: [VoiceSpan]}`` from the attribution stage's voice table and the passages
    (quotations are found again in the passage text; no sentence is annotated twice)."""
    from framelab.attribution.annotate import spans_of

    by_article = {a: g.to_dict("records") for a, g in voices.groupby("article_id")}
    out = {}
    for article_id, group in passages.groupby("article_id"):
        plist = _passages_of(group.assign(is_heading=group["kind"] == "heading"))
        out[article_id] = spans_of(by_article.get(article_id, []), plist, scare_max_words)
    return out
