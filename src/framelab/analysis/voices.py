"""Who is given a voice: the attribution stage's statements per article, camp and actor group.

The statements come from :mod:`framelab.attribution` (one analysis shared by every layer);
speakers are found without a gazetteer, and the study's optional ``actors.yml`` only maps them to
groups (``unmapped`` otherwise).
"""

from __future__ import annotations

import pandas as pd

from framelab.attribution.annotate import INTERVIEWER

VOICE_COLUMNS = ["article_id", "position", "kind", "speaker", "group", "words", "how", "text"]
STATEMENT_INPUT = ["article_id", "position", "kind", "speaker_name", "group", "cue", "text"]


def voices_table(statements: pd.DataFrame) -> pd.DataFrame:
    """One row per attributed statement: kind, resolved speaker, group, words, cue."""
    out = pd.DataFrame(
        dict(
            article_id=statements["article_id"],
            position=statements["position"],
            kind=statements["kind"],
            speaker=statements["speaker_name"],
            group=statements["group"],
            words=statements["text"].str.split().str.len().fillna(0).astype(int),
            how=statements["cue"],
            text=statements["text"],
        ),
        columns=VOICE_COLUMNS,
    )
    return out.sort_values(["article_id", "position", "speaker"], ignore_index=True)


def source_voices(voices: pd.DataFrame) -> pd.DataFrame:
    """The statements of sources: without an interview's questions, which are the outlet's."""
    return voices[voices["group"] != INTERVIEWER]


def voices_by_camp(voices: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """Per camp, actor group and kind: statements, words and the share of the camp's words
    (sources only: an interview's questions are the outlet's own, :func:`source_voices`)."""
    df = source_voices(voices).merge(articles[["id", "camp"]], left_on="article_id", right_on="id")
    out = df.groupby(["camp", "group", "kind"], as_index=False).agg(
        n=("text", "size"),
        words=("words", "sum"),
        n_articles=("article_id", "nunique"),
    )
    out["word_share"] = out["words"] / out.groupby("camp")["words"].transform("sum")
    return out.sort_values(["camp", "group", "kind"], ignore_index=True)
