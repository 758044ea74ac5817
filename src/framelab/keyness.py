"""Which words each camp uses: log-odds ratios with an informative Dirichlet prior.

Monroe, Colaresi & Quinn (2008), "Fightin' Words", eq. 16–22: for group i against the rest j and
word w, with prior counts alpha_w = a0 * (pooled count of w / pooled total),

    delta_w = log((y_iw + a_w) / (n_i + a0 - y_iw - a_w))
              - log((y_jw + a_w) / (n_j + a0 - y_jw - a_w))
    var(delta_w) ≈ 1 / (y_iw + a_w) + 1 / (y_jw + a_w),    z_w = delta_w / sqrt(var)

With few articles, word counts are not independent draws, so z is overconfident: the
leave-one-article-out check keeps a term only if it stays distinctive whichever article is left
out.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from framelab import text as textlib


def count_matrix(docs: pd.DataFrame, group_col: str, stopwords: frozenset[str]) -> pd.DataFrame:
    """Group × lemma counts from ``docs`` (columns ``text`` and ``group_col``)."""
    rows = []
    for group, g in docs.groupby(group_col, sort=True):
        counts = pd.Series(
            [lem for t in g["text"] for lem in textlib.lemmas(t, stopwords)], dtype="object"
        ).value_counts()
        rows.append(counts.rename(group))
    return pd.DataFrame(rows).fillna(0).astype(int).sort_index(axis=1)


def log_odds_dirichlet(counts: pd.DataFrame, prior_strength: float) -> pd.DataFrame:
    """δ, its variance and z for every group (against all others) and term."""
    pooled = counts.sum(axis=0)
    alpha = prior_strength * pooled / pooled.sum()
    a0 = alpha.sum()
    out = []
    for group in counts.index:
        yi = counts.loc[group]
        yj = counts.drop(index=group).sum(axis=0)
        ni, nj = yi.sum(), yj.sum()
        delta = np.log((yi + alpha) / (ni + a0 - yi - alpha)) - np.log(
            (yj + alpha) / (nj + a0 - yj - alpha)
        )
        var = 1 / (yi + alpha) + 1 / (yj + alpha)
        out.append(
            pd.DataFrame(
                {
                    "group": group,
                    "term": counts.columns,
                    "count": yi.values,
                    "delta": delta.values,
                    "var": var.values,
                    "z": (delta / np.sqrt(var)).values,
                }
            )
        )
    table = pd.concat(out, ignore_index=True)
    return table.sort_values(
        ["group", "z", "term"], ascending=[True, False, True], ignore_index=True
    )


def leave_one_article_out(
    docs: pd.DataFrame, group_col: str, stopwords: frozenset[str], prior_strength: float
) -> pd.Series:
    """For every group and term, the smallest z over runs that each leave one article out.

    A group that disappears from a run (its only article was left out) fails that run: its
    terms get NaN and so can never be called robust.
    """
    groups = set(docs[group_col])
    mins = None
    failed: set = set()
    for article in sorted(docs["article_id"].unique()):
        rest = docs[docs["article_id"] != article]
        failed |= groups - set(rest[group_col])
        if rest[group_col].nunique() < 2:
            continue
        z = log_odds_dirichlet(count_matrix(rest, group_col, stopwords), prior_strength)
        z = z.set_index(["group", "term"])["z"]
        mins = z if mins is None else pd.concat([mins, z], axis=1).min(axis=1, skipna=False)
    if mins is None:
        return pd.Series(dtype=float, name="min_z_loao")
    mins[mins.index.get_level_values("group").isin(failed)] = np.nan
    return mins.rename("min_z_loao")


def keyness_table(
    docs: pd.DataFrame,
    group_col: str,
    stopwords: frozenset[str],
    prior_strength: float,
    top_n: int,
    z_threshold: float = 1.96,
) -> pd.DataFrame:
    """Top ``top_n`` terms per group by z, with the leave-one-article-out minimum and a flag."""
    full = log_odds_dirichlet(count_matrix(docs, group_col, stopwords), prior_strength)
    loao = leave_one_article_out(docs, group_col, stopwords, prior_strength)
    top = full[full["count"] > 0].groupby("group").head(top_n)
    top = top.join(loao, on=["group", "term"])
    top["robust"] = top["min_z_loao"].fillna(-np.inf) >= z_threshold
    return top.reset_index(drop=True)
