"""The clean stage with bounded memory: chunks cleaned in workers, written as sorted run files,
duplicates found from per-article keys, runs merged into the sorted output tables.

Each worker cleans a chunk of articles, flags the event and camps, and computes each article's
duplicate keys (fingerprint, MinHash signature). The parent writes the chunk's tables to run
files and keeps only summaries: the article table without its text, the removal audit and the
duplicate keys. Duplicates are then decided over the whole corpus (the texts of candidate pairs
are read back), and the runs are merged by article id into ``articles``, ``passages`` and
``sentences``, without the dropped duplicates. The tables are the same as cleaning the whole
corpus in memory (:func:`framelab.clean.cleaning.clean_corpus`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from framelab.clean.cleaning import CleanCorpus, CleanSettings, clean_chunk, drop_audit
from framelab.clean.duplicates import (
    COLUMNS,
    bucket_pairs,
    fingerprint,
    jaccard,
    signatures,
)
from framelab.study.files import event_flags

TABLES = {
    "articles": ["id"],
    "passages": ["article_id", "position"],
    "sentences": ["article_id", "passage", "position"],
}
KEY = {"articles": "id", "passages": "article_id", "sentences": "article_id"}


@dataclass(frozen=True)
class ChunkJob:
    """What a worker needs (picklable)."""

    settings: CleanSettings
    event: object
    camps: dict
    shingle: int


def clean_part(articles: list, job: ChunkJob):
    """Map step: the chunk's tables (event-flagged) and each article's duplicate keys."""
    part = clean_chunk(articles, job.settings)
    part.articles = event_flags(part.articles, job.event, job.camps)
    texts = part.articles["text"].tolist()
    keys = pd.DataFrame(
        dict(
            id=part.articles["id"],
            fingerprint=[fingerprint(t) for t in texts],
            has_text=[bool(t.strip()) for t in texts],
        )
    )
    return part, keys, signatures(texts, job.shingle)


@dataclass
class CleanRuns:
    """Run files of the chunks and the summaries kept in memory."""

    folder: Path
    runs: dict = field(default_factory=lambda: {name: [] for name in TABLES})
    summaries: list = field(default_factory=list)
    removed: list = field(default_factory=list)
    keys: list = field(default_factory=list)
    sigs: list = field(default_factory=list)

    def add(self, part: CleanCorpus, keys: pd.DataFrame, sig: np.ndarray) -> None:
        """Write one chunk's tables as sorted run files; keep its summaries."""
        n = len(self.summaries)
        for name, order in TABLES.items():
            path = self.folder / f"{name}-{n:06d}.parquet"
            getattr(part, name).sort_values(order, ignore_index=True).to_parquet(path, index=False)
            self.runs[name].append(path)
        self.summaries.append(part.articles.drop(columns=["text"]))
        self.removed.append(part.removed)
        self.keys.append(keys)
        self.sigs.append(sig)

    def articles(self) -> pd.DataFrame:
        """The article table without texts, sorted by id."""
        return pd.concat(self.summaries, ignore_index=True).sort_values("id", ignore_index=True)

    def removals(self) -> pd.DataFrame:
        frames = [r for r in self.removed if len(r)]
        if not frames:
            return self.removed[0].iloc[0:0] if self.removed else pd.DataFrame()
        df = pd.concat(frames, ignore_index=True)
        return df.sort_values(["article_id", "line", "rule"], ignore_index=True)

    def texts(self, ids: set) -> dict[str, str]:
        """Texts of the given articles, read back from the article runs."""
        out = {}
        for path in self.runs["articles"]:
            df = pd.read_parquet(path, columns=["id", "text"])
            df = df[df["id"].isin(ids)]
            out.update(zip(df["id"], df["text"], strict=True))
        return out


def find_duplicates(runs: CleanRuns, threshold: float, shingle: int) -> pd.DataFrame:
    """:func:`framelab.clean.duplicates.duplicate_articles` from the kept keys."""
    keys = pd.concat(runs.keys, ignore_index=True)
    sig = np.vstack(runs.sigs) if runs.sigs else np.empty((0, 0), np.uint32)
    order = np.argsort(keys["id"].to_numpy(), kind="stable")
    keys, sig = keys.iloc[order].reset_index(drop=True), sig[order]
    rows, first = [], {}
    for aid, fp in zip(keys["id"], keys["fingerprint"], strict=True):
        if fp in first:
            rows.append([aid, first[fp], "exact", 1.0])
        else:
            first[fp] = aid
    marked = {r[0] for r in rows}
    rest = np.flatnonzero(~keys["id"].isin(marked).to_numpy() & keys["has_text"].to_numpy())
    ids = keys["id"].to_numpy()[rest]
    pairs = bucket_pairs(sig[rest], threshold) if len(rest) else np.empty((0, 2), int)
    texts = runs.texts({ids[k] for pair in pairs for k in pair})
    for i, j in pairs:
        if ids[j] in marked:
            continue
        jac = jaccard(texts[ids[i]], texts[ids[j]], shingle)
        if jac >= threshold:
            rows.append([ids[j], ids[i], "near", jac])
            marked.add(ids[j])
    return pd.DataFrame(rows, columns=COLUMNS)


def merge_tables(runs: CleanRuns, destinations: dict[str, Path], drop: frozenset) -> dict:
    """Merge each table's runs into its destination; returns the rows written per table."""
    from framelab.runtime.partitions import merge_runs

    rows = {}
    for name in TABLES:
        if runs.runs[name]:
            rows[name] = merge_runs(runs.runs[name], destinations[name], KEY[name], drop)
        else:  # an empty corpus
            pd.DataFrame(columns=TABLES[name]).to_parquet(destinations[name], index=False)
            rows[name] = 0
    return rows


def audit_drops(articles_texts: dict[str, str], dups: pd.DataFrame) -> pd.DataFrame:
    """The removal audit of dropped duplicates (as :func:`drop_audit`)."""
    gone = pd.DataFrame(
        dict(id=list(articles_texts), text=list(articles_texts.values()))
    ).sort_values("id", ignore_index=True)
    return drop_audit(gone[gone["id"].isin(set(dups["article_id"]))])
