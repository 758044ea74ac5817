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


FOLD_EVERY = 32


class AttributeTotals:
    """Running totals over chunks of articles (chunks never split an article), so the stage
    keeps summaries, not tables: per-speaker counts and the scalars of :func:`attribute_metrics`."""

    def __init__(self):
        self.parts: list[pd.DataFrame] = []
        self.counts = dict(sentences=0, sentences_attributed=0, statements=0)
        self.markers = dict(marker_matches=0, marker_matches_narrator=0)

    def add(self, voices: pd.DataFrame, statements: pd.DataFrame, marks: pd.DataFrame) -> None:
        """Fold one chunk's tables into the totals."""
        self.counts["sentences"] += len(voices)
        self.counts["sentences_attributed"] += int((voices["voice"] != "narrator").sum())
        self.counts["statements"] += len(statements)
        self.markers["marker_matches"] += len(marks)
        self.markers["marker_matches_narrator"] += int((marks["voice"] == "narrator").sum())
        if len(statements):
            self.parts.append(speaker_table(statements))
        if len(self.parts) >= FOLD_EVERY:
            self.speakers()  # fold: memory follows the number of speakers, not of chunks

    def speakers(self) -> pd.DataFrame:
        """The speaker table of all chunks (articles are disjoint, so counts add up)."""
        if not self.parts:
            return pd.DataFrame(columns=SPEAKER_COLUMNS)
        table = pd.concat(self.parts).groupby(["speaker_name", "group"], as_index=False).sum()
        self.parts = [table]
        return table.sort_values(
            ["n_words", "speaker_name"], ascending=[False, True], ignore_index=True
        )[SPEAKER_COLUMNS]

    def metrics(self, speakers: pd.DataFrame) -> dict:
        """The same scalars as :func:`attribute_metrics`."""
        words = speakers["n_words"].sum()
        unmapped = speakers.loc[speakers["group"] == "unmapped", "n_words"].sum()
        return dict(
            **self.counts,
            speakers=len(speakers),
            attributed_words=int(words),
            unmapped_word_share=round(float(unmapped / words), 4) if words else 0.0,
            **self.markers,
        )
