"""What the design supports: dependent articles as one cluster; intervals only with enough
clusters, ranges (called ranges) otherwise, and single values shown as such. The one home of
the project's intervals: the report's topic shares and stance shares are computed here.

The rule: a camp gets a percentile cluster-bootstrap interval only if it has at least
``min_clusters`` independent clusters (Cameron, Gelbach & Miller 2008 show that cluster-robust
inference is unreliable with few clusters). With 2 to ``min_clusters - 1`` clusters it gets the
range (minimum to maximum of the cluster values); with one cluster the single value. Two articles
are dependent when at least ``min_share`` of the passages of either one recur in the other (text
reuse stage); dependent articles form one cluster, whose value is the mean of its articles.

A replicate is drawn as multinomial counts per cluster (how often each cluster is drawn), so a
replicate mean is ``counts @ values / n``: vectorised, in blocks of replicates whose size bounds
memory (a block never holds more than ``BLOCK_CELLS`` counts), never an ``n_boot × n_clusters``
array. Numpy draws the rows of a multinomial one after another, so the block size does not change
the draws.
"""

from __future__ import annotations

from collections.abc import Iterator

import numpy as np
import pandas as pd

BLOCK_CELLS = 1 << 21  # counts held at a time (16 MiB of float64), whatever the corpus size


def dependence_clusters(ids: list[str], pairs: pd.DataFrame, min_share: float) -> dict[str, str]:
    """Article id -> cluster id (the smallest member id), joining dependent pairs (union-find)."""
    parent = {i: i for i in ids}

    def root(i: str) -> str:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for r in pairs.itertuples():
        known = r.article_a in parent and r.article_b in parent
        if known and max(r.share_a, r.share_b) >= min_share:
            a, b = sorted((root(r.article_a), root(r.article_b)))
            parent[b] = a
    return {i: root(i) for i in ids}


def dependent_groups(clusters: dict[str, str]) -> list[list[str]]:
    """Clusters with more than one article, each sorted, in id order."""
    groups: dict[str, list[str]] = {}
    for aid, c in clusters.items():
        groups.setdefault(c, []).append(aid)
    return sorted(sorted(g) for g in groups.values() if len(g) > 1)


def draw_counts(n: int, n_boot: int, rng: np.random.Generator) -> Iterator[np.ndarray]:
    """Blocks of bootstrap replicates of ``n`` clusters, as counts (rows: replicates)."""
    rows = max(1, min(n_boot, BLOCK_CELLS // max(n, 1)))
    pvals = np.full(n, 1.0 / n)
    for start in range(0, n_boot, rows):
        yield rng.multinomial(n, pvals, size=min(rows, n_boot - start)).astype(float)


def replicate_means(values: np.ndarray, n_boot: int, rng: np.random.Generator) -> np.ndarray:
    """``n_boot`` bootstrap means of the cluster values."""
    return np.concatenate([c @ values for c in draw_counts(len(values), n_boot, rng)]) / len(values)


def summarise(
    values: pd.DataFrame,
    clusters: dict[str, str],
    min_clusters: int,
    n_boot: int,
    seed: int,
    level: float,
) -> pd.DataFrame:
    """Per camp and item: centre (mean over clusters) and interval, range or single value.

    ``values``: ``article_id, camp, item, value``. Returns ``camp, item, centre, lo, hi, kind,
    n_articles, n_clusters`` with ``kind`` in interval | range | single.
    """
    df = values.assign(cluster=values["article_id"].map(clusters))
    n_articles = df.groupby(["camp", "item"], sort=True)["article_id"].nunique()
    per_cluster = df.groupby(["camp", "item", "cluster"], sort=True)["value"].mean().reset_index()
    rng = np.random.default_rng(seed)
    rows = []
    for (camp, item), g in per_cluster.groupby(["camp", "item"], sort=True):
        v = g["value"].to_numpy(dtype=float)
        kind, lo, hi = spread(v, min_clusters, n_boot, rng, level)
        rows.append(
            {
                "camp": camp,
                "item": item,
                "centre": float(v.mean()),
                "lo": lo,
                "hi": hi,
                "kind": kind,
                "n_articles": int(n_articles[(camp, item)]),
                "n_clusters": len(v),
            }
        )
    return pd.DataFrame(rows)


def spread(v: np.ndarray, min_clusters: int, n_boot: int, rng, level: float):
    """``(kind, low, high)`` of cluster values ``v``: interval, range or single value."""
    if len(v) >= min_clusters:
        means = replicate_means(v, n_boot, rng)
        lo, hi = np.quantile(means, [(1 - level) / 2, (1 + level) / 2])
        return "interval", float(lo), float(hi)
    if len(v) >= 2:
        return "range", float(v.min()), float(v.max())
    return "single", float(v[0]), float(v[0])


def ratio_interval(
    numer: np.ndarray, denom: np.ndarray, n_boot: int, seed: int, level: float
) -> tuple[float, float]:
    """Percentile cluster-bootstrap interval of a pooled share sum(numer) / sum(denom), one
    entry per independent cluster (clusters resampled with replacement; a draw whose clusters
    have no denominator is skipped)."""
    numer, denom = np.asarray(numer, dtype=float), np.asarray(denom, dtype=float)
    rng = np.random.default_rng(seed)
    num, den = [], []
    for counts in draw_counts(len(numer), n_boot, rng):
        num.append(counts @ numer)
        den.append(counts @ denom)
    num_all, den_all = np.concatenate(num), np.concatenate(den)
    shares = num_all[den_all > 0] / den_all[den_all > 0]
    lo, hi = np.quantile(shares, [(1 - level) / 2, (1 + level) / 2])
    return float(lo), float(hi)


def article_ranges(
    values: pd.DataFrame, groups: pd.DataFrame, item: str = "topic", value: str = "share"
) -> pd.DataFrame:
    """Per camp and item: the mean over articles and their range, each article its own
    cluster, no interval (intervals need the reuse stage's dependence clusters; the report
    computes them with :func:`summarise`). ``values``: ``article_id, <item>, <value>``."""
    df = values.merge(groups[["id", "camp"]], left_on="article_id", right_on="id")
    df = df.rename(columns={item: "item", value: "value"})[["article_id", "camp", "item", "value"]]
    own = {a: a for a in df["article_id"].unique()}
    out = summarise(df, own, min_clusters=len(own) + 1, n_boot=0, seed=0, level=0.95)
    return out.drop(columns="n_clusters").rename(columns={"item": item})
