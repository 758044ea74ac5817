"""Uncertainty for group comparisons when the unit of sampling is the article.

Passages of one article are not independent, so intervals come from a cluster bootstrap that
resamples whole articles within each group. With fewer than ``min_articles`` articles in a group
no interval is given (``estimable`` is False): the per-article values must be shown instead.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

MIN_ARTICLES = 3


def cluster_bootstrap(
    values: pd.DataFrame,
    groups: pd.DataFrame,
    by: str = "camp",
    value: str = "share",
    item: str = "topic",
    n_boot: int = 1000,
    seed: int = 0,
    level: float = 0.95,
    min_articles: int = MIN_ARTICLES,
    return_replicates: bool = False,
):
    """Percentile intervals of a group mean, resampling articles within each group.

    ``values`` has ``article_id, <item>, <value>`` (one row per article and item, e.g. topic
    shares); ``groups`` maps ``id`` to ``by``. The group mean is the mean over articles (each
    article once), as in :func:`framelab.topics.group_shares`.
    """
    rng = np.random.default_rng(seed)
    df = values.merge(groups[["id", by]], left_on="article_id", right_on="id")
    wide = df.pivot(index="article_id", columns=item, values=value).sort_index()
    alpha = (1 - level) / 2
    rows, reps = [], []
    for group, ids in df.groupby(by)["article_id"].unique().sort_index().items():
        ids = np.sort(ids)
        mat = wide.loc[ids].to_numpy()
        estimable = len(ids) >= min_articles
        if estimable:
            draws = rng.integers(0, len(ids), size=(n_boot, len(ids)))
            boot = np.nanmean(mat[draws], axis=1)  # (n_boot, n_items)
            lo, hi = np.nanquantile(boot, [alpha, 1 - alpha], axis=0)
            if return_replicates:
                reps.append(pd.DataFrame(boot, columns=wide.columns).assign(**{by: group}))
        else:
            lo = hi = np.full(mat.shape[1], np.nan)
        for j, it in enumerate(wide.columns):
            rows.append(
                {
                    by: group,
                    item: it,
                    "mean": float(np.nanmean(mat[:, j])),
                    "lower": float(lo[j]),
                    "upper": float(hi[j]),
                    "n_articles": len(ids),
                    "estimable": estimable,
                }
            )
    table = pd.DataFrame(rows).sort_values([by, item], ignore_index=True)
    if return_replicates:
        return table, (pd.concat(reps, ignore_index=True) if reps else pd.DataFrame())
    return table
