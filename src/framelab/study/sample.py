"""``framelab study sample``: the coding sheet of the validation protocol (docs/studies.md).

A seeded sample of the articles the study analyses (about the event, in a study camp), drawn per
camp in proportion to its size (at least one article per camp that has any), split dev/test by
article, and written as one row per passage × claim with an empty ``label`` for the coder.
"""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import pandas as pd
import yaml

from framelab.errors import InputError, Problem

SHEET_COLUMNS = ["article_id", "position", "prefix", "target", "label", "split", "evidence"]
PREFIX_WORDS = 6  # the passage's first words, so a changed segmentation is noticed


def event_articles(articles: pd.DataFrame) -> pd.DataFrame:
    """The articles the study analyses: about the event and in a study camp."""
    from framelab.analysis.scope import event_mask

    return articles[event_mask(articles)].sort_values("id", ignore_index=True)


def allocate(sizes: pd.Series, n: int) -> pd.Series:
    """Articles per camp: proportional to ``sizes``, at least one where a camp has any, at most
    its size; the total is ``min(n, sizes.sum())`` (largest remainders get the rest), or the
    number of camps when ``n`` is smaller than that."""
    n = min(n, int(sizes.sum()))
    exact = sizes / sizes.sum() * n
    out = np.minimum(np.maximum(np.floor(exact), (sizes > 0).astype(int)), sizes).astype(int)
    order = (exact - np.floor(exact)).sort_values(ascending=False, kind="stable").index
    for camp in list(order) * 2:
        if out.sum() >= n:
            break
        if out[camp] < sizes[camp]:
            out[camp] += 1
    return out


def draw(articles: pd.DataFrame, n: int, seed: int, test_share: float) -> pd.DataFrame:
    """``article_id, camp, split`` of a seeded sample, stratified by camp, split by article."""
    pool = event_articles(articles)
    if pool.empty:
        raise InputError(
            [Problem("articles.parquet", "no article is about the event in a study camp")]
        )
    rng = np.random.default_rng(seed)
    sizes = pool.groupby("camp")["id"].size()
    rows = []
    for camp, k in allocate(sizes, n).items():
        ids = sorted(pool.loc[pool["camp"] == camp, "id"])
        chosen = [ids[i] for i in rng.permutation(len(ids))[:k]]
        n_test = math.floor(k * test_share + 0.5) if k > 1 else 0
        rows += [(a, camp, "test" if i < n_test else "dev") for i, a in enumerate(chosen)]
    return pd.DataFrame(rows, columns=["article_id", "camp", "split"]).sort_values(
        "article_id", ignore_index=True
    )


def coding_sheet(sample: pd.DataFrame, passages: pd.DataFrame, targets: list[str]) -> pd.DataFrame:
    """One row per passage of the sampled articles × claim, ``label`` left for the coder."""
    p = passages[passages["article_id"].isin(set(sample["article_id"]))]
    p = p.merge(sample[["article_id", "split"]], on="article_id")
    prefix = p["text"].map(lambda t: " ".join(str(t).split()[:PREFIX_WORDS]))
    units = p.assign(prefix=prefix, label="", evidence="")[
        ["article_id", "position", "prefix", "label", "split", "evidence"]
    ].merge(pd.DataFrame({"target": targets}), how="cross")
    return units[SHEET_COLUMNS].sort_values(["article_id", "position", "target"], ignore_index=True)


def target_ids(study: Path) -> list[str]:
    """The claim ids of a study's targets.yml, in file order."""
    data = yaml.safe_load((Path(study) / "targets.yml").read_text(encoding="utf-8")) or {}
    return list((data.get("targets") or {}).keys())


def write_sheet(study: Path, processed: Path, out: Path, n: int, seed: int, test_share: float):
    """Draw the sample and write the coding sheet to ``out`` (never over an existing file)."""
    if out.exists():
        raise InputError([Problem(str(out), "exists already; choose another --out")])
    articles = pd.read_parquet(
        processed / "articles.parquet", columns=["id", "camp", "about_event", "analysed"]
    )
    sample = draw(articles, n, seed, test_share)
    passages = pd.read_parquet(
        processed / "passages.parquet", columns=["article_id", "position", "text"]
    )
    sheet = coding_sheet(sample, passages, target_ids(study))
    out.parent.mkdir(parents=True, exist_ok=True)
    sheet.to_csv(out, index=False, lineterminator="\n")
    return sample, sheet
