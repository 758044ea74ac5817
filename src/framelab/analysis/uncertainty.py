"""Uncertainty for group comparisons when the unit of sampling is the article.

Passages of one article are not independent, so intervals come from a cluster bootstrap that
resamples whole articles within each group. A replicate is drawn as multinomial counts per
article (how often each article is drawn), so the replicate mean is ``counts @ values / counts @
present``: vectorised, in chunks of replicates, never an ``n_boot × n_articles × n_items`` array.

With fewer than ``min_clusters`` articles a percentile interval is not meaningful (with three
articles it is just their min–max), so such a group gets ``interval = "range"``: ``lower`` and
``upper`` are empty and ``min``/``max`` give the range of its article values, labelled as such.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import numpy as np
import pandas as pd

MIN_CLUSTERS = 10
REPLICATE_CHUNK = 256  # replicates drawn at a time (fixed: the random stream depends on it)


@dataclass(frozen=True)
class BootstrapParams:
    """How to bootstrap: replicates, seed, interval level, and the fewest articles (clusters)
    for which a percentile interval is given. ``item``/``value`` name the columns of the
    per-article table (``article_id, <item>, <value>``)."""

    n_boot: int
    seed: int
    level: float = 0.95
    min_clusters: int = MIN_CLUSTERS
    item: str = "topic"
    value: str = "share"


def _wide(values: pd.DataFrame, groups: pd.DataFrame, by: str, p: BootstrapParams):
    df = values.merge(groups[["id", by]], left_on="article_id", right_on="id")
    wide = df.pivot(index="article_id", columns=p.item, values=p.value).sort_index()
    labels = df.drop_duplicates("article_id").set_index("article_id")[by].loc[wide.index]
    return wide, labels


def _replicates(mat: np.ndarray, n_boot: int, rng: np.random.Generator) -> np.ndarray:
    """``(n_boot, n_items)`` bootstrap means of the rows of ``mat`` (NaN = no value)."""
    n = mat.shape[0]
    present = ~np.isnan(mat)
    filled = np.where(present, mat, 0.0)
    out = np.empty((n_boot, mat.shape[1]))
    pvals = np.full(n, 1.0 / n)
    for start in range(0, n_boot, REPLICATE_CHUNK):
        size = min(REPLICATE_CHUNK, n_boot - start)
        counts = rng.multinomial(n, pvals, size=size).astype(float)
        with np.errstate(invalid="ignore", divide="ignore"):
            out[start : start + size] = (counts @ filled) / (counts @ present)
    return out


def _group_rows(group, mat: np.ndarray, items, by: str, boot, level: float) -> list[dict]:
    alpha = (1 - level) / 2
    if boot is not None:
        lo, hi = np.nanquantile(boot, [alpha, 1 - alpha], axis=0)
    else:
        lo = hi = np.full(mat.shape[1], np.nan)
    with np.errstate(invalid="ignore"):
        means, mins, maxs = np.nanmean(mat, 0), np.nanmin(mat, 0), np.nanmax(mat, 0)
    return [
        {
            by: group,
            "item": it,
            "mean": float(means[j]),
            "lower": float(lo[j]),
            "upper": float(hi[j]),
            "min": float(mins[j]),
            "max": float(maxs[j]),
            "n_articles": mat.shape[0],
            "estimable": boot is not None,
            "interval": "percentile" if boot is not None else "range",
        }
        for j, it in enumerate(items)
    ]


def _run(values, groups, by: str, p: BootstrapParams, keep: bool):
    rng = np.random.default_rng(p.seed)
    wide, labels = _wide(values, groups, by, p)
    rows, reps = [], []
    for group in sorted(labels.unique()):
        mat = wide.loc[labels.index[labels.to_numpy() == group]].to_numpy(dtype=float)
        boot = _replicates(mat, p.n_boot, rng) if mat.shape[0] >= p.min_clusters else None
        rows.extend(_group_rows(group, mat, wide.columns, by, boot, p.level))
        if keep and boot is not None:
            reps.append(pd.DataFrame(boot, columns=wide.columns).assign(**{by: group}))
    table = pd.DataFrame(rows).rename(columns={"item": p.item})
    return table.sort_values([by, p.item], ignore_index=True), reps


def _params(params: BootstrapParams | None, overrides: dict) -> BootstrapParams:
    return replace(params, **overrides) if params else BootstrapParams(**overrides)


def cluster_bootstrap(
    values: pd.DataFrame,
    groups: pd.DataFrame,
    by: str = "camp",
    params: BootstrapParams | None = None,
    **overrides,
) -> pd.DataFrame:
    """Mean per group and item with a percentile interval from resampling articles in groups.

    ``values`` has ``article_id, <item>, <value>`` (one row per article and item); ``groups``
    maps ``id`` to ``by``. The group mean counts each article once, as in
    :func:`framelab.topics.model.group_shares`. Fields of :class:`BootstrapParams` can be given as
    keywords (``n_boot=2000, seed=1``). Columns: ``<by>, <item>, mean, lower, upper, min, max,
    n_articles, estimable, interval`` (``percentile`` or ``range``, see the module docstring).
    """
    return _run(values, groups, by, _params(params, overrides), keep=False)[0]


def bootstrap_replicates(
    values: pd.DataFrame,
    groups: pd.DataFrame,
    by: str = "camp",
    params: BootstrapParams | None = None,
    **overrides,
) -> pd.DataFrame:
    """The replicate means behind :func:`cluster_bootstrap` (one row per replicate and group,
    one column per item); groups below ``min_clusters`` have none."""
    reps = _run(values, groups, by, _params(params, overrides), keep=True)[1]
    return pd.concat(reps, ignore_index=True) if reps else pd.DataFrame()
