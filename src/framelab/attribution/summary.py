"""Summaries of the attribution tables: speakers with their frequency, and summary scalars."""

from __future__ import annotations

import pandas as pd

SPEAKER_COLUMNS = ["speaker_name", "group", "n_statements", "n_words", "n_articles"]


def speaker_table(statements: pd.DataFrame) -> pd.DataFrame:
    """Every resolved speaker with its group, statements, attributed words and articles."""
    if statements.empty:
        return pd.DataFrame(columns=SPEAKER_COLUMNS)
    words = statements["text"].str.split().str.len().fillna(0).astype(int)
    g = statements.assign(words=words).groupby(["speaker_name", "group"], as_index=False)
    table = g.agg(
        n_statements=("text", "size"),
        n_words=("words", "sum"),
        n_articles=("article_id", "nunique"),
    )
    return table.sort_values(
        ["n_words", "speaker_name"], ascending=[False, True], ignore_index=True
    )


def attribute_metrics(voices, statements, marks, speakers) -> dict:
    """Summary scalars only (per-speaker and per-article figures are tables)."""
    words = speakers["n_words"].sum()
    unmapped = speakers.loc[speakers["group"] == "unmapped", "n_words"].sum()
    narrator = (marks["voice"] == "narrator").sum() if len(marks) else 0
    return dict(
        sentences=len(voices),
        sentences_attributed=int((voices["voice"] != "narrator").sum()) if len(voices) else 0,
        statements=len(statements),
        speakers=len(speakers),
        attributed_words=int(words),
        unmapped_word_share=round(float(unmapped / words), 4) if words else 0.0,
        marker_matches=len(marks),
        marker_matches_narrator=int(narrator),
    )
