"""What the design supports: dependent articles as one cluster; intervals only with enough
clusters, ranges (called ranges) otherwise, and single values shown as such.

The rule (stated in the report): a camp gets a percentile cluster-bootstrap interval only if it
has at least ``min_clusters`` independent clusters (Cameron, Gelbach & Miller 2008 show that
cluster-robust inference is unreliable with few clusters). With 2 to ``min_clusters - 1``
clusters the report shows the range (minimum to maximum of the cluster values); with one cluster
the single value. Two articles are dependent when at least ``min_share`` of the passages of
either one recur in the other (text reuse stage); dependent articles form one cluster, whose
value is the mean of its articles.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from framelab.report import fmt


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
    per_cluster = df.groupby(["camp", "item", "cluster"], sort=True)["value"].mean().reset_index()
    rng = np.random.default_rng(seed)
    rows = []
    for (camp, item), g in per_cluster.groupby(["camp", "item"], sort=True):
        v = g["value"].to_numpy(dtype=float)
        n_art = int(df[(df["camp"] == camp) & (df["item"] == item)]["article_id"].nunique())
        kind, lo, hi = _spread(v, min_clusters, n_boot, rng, level)
        rows.append(
            {
                "camp": camp,
                "item": item,
                "centre": float(v.mean()),
                "lo": lo,
                "hi": hi,
                "kind": kind,
                "n_articles": n_art,
                "n_clusters": len(v),
            }
        )
    return pd.DataFrame(rows)


def _spread(v: np.ndarray, min_clusters: int, n_boot: int, rng, level: float):
    if len(v) >= min_clusters:
        draws = rng.integers(0, len(v), size=(n_boot, len(v)))
        lo, hi = np.quantile(v[draws].mean(axis=1), [(1 - level) / 2, (1 + level) / 2])
        return "interval", float(lo), float(hi)
    if len(v) >= 2:
        return "range", float(v.min()), float(v.max())
    return "single", float(v[0]), float(v[0])


def spread_rule(min_clusters: int, level: float) -> str:
    """The rule as one sentence for methods and captions; ``level`` is the interval's level."""
    return (
        f"A camp gets a {fmt.level(level)} cluster-bootstrap interval only with at least "
        f"{min_clusters} "
        "independent clusters; with fewer it shows the range (lowest to highest cluster value), "
        "and with one cluster that cluster's value."
    )


def any_interval(summary: pd.DataFrame | None) -> bool:
    """Whether some camp's summary (:func:`summarise`) carries an interval."""
    return summary is not None and bool((summary["kind"] == "interval").any())


def ratio_interval(
    numer: np.ndarray, denom: np.ndarray, n_boot: int, seed: int, level: float
) -> tuple[float, float]:
    """Percentile cluster-bootstrap interval of a pooled share sum(numer) / sum(denom), one
    entry per independent cluster (clusters resampled with replacement; a draw whose clusters
    have no denominator is skipped)."""
    numer, denom = np.asarray(numer, dtype=float), np.asarray(denom, dtype=float)
    draws = np.random.default_rng(seed).integers(0, len(numer), size=(n_boot, len(numer)))
    num, den = numer[draws].sum(axis=1), denom[draws].sum(axis=1)
    shares = num[den > 0] / den[den > 0]
    lo, hi = np.quantile(shares, [(1 - level) / 2, (1 + level) / 2])
    return float(lo), float(hi)
