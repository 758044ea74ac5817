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


def article_counts(docs: pd.DataFrame, stopwords: frozenset[str]):
    """Article × lemma count matrix (sparse), the article ids and the vocabulary."""
    from sklearn.feature_extraction.text import CountVectorizer

    texts = docs.groupby("article_id", sort=True)["text"].apply(" ".join)
    vec = CountVectorizer(analyzer=lambda t: textlib.lemmas(t, stopwords), lowercase=False)
    X = vec.fit_transform(texts.values)
    return X, texts.index.to_numpy(), vec.get_feature_names_out()


def count_matrix(docs: pd.DataFrame, group_col: str, stopwords: frozenset[str]) -> pd.DataFrame:
    """Group × lemma counts from ``docs`` (columns ``article_id``, ``text``, ``group_col``)."""
    X, ids, vocab = article_counts(docs, stopwords)
    groups = docs.drop_duplicates("article_id").set_index("article_id")[group_col]
    labels = groups.loc[ids].to_numpy()
    names = sorted(set(labels))
    G = np.vstack([np.asarray(X[labels == g].sum(axis=0)).ravel() for g in names])
    return pd.DataFrame(G.astype(int), index=names, columns=vocab)


def _z(G: np.ndarray, alpha: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """δ, var and z of every group (rows of ``G``) against the sum of the others."""
    a0 = alpha.sum()
    total = G.sum(axis=0)
    n = G.sum(axis=1, keepdims=True)
    yi, yj = G, total - G
    ni, nj = n, n.sum() - n
    delta = np.log((yi + alpha) / (ni + a0 - yi - alpha)) - np.log(
        (yj + alpha) / (nj + a0 - yj - alpha)
    )
    var = 1 / (yi + alpha) + 1 / (yj + alpha)
    return delta, var, delta / np.sqrt(var)


def log_odds_dirichlet(counts: pd.DataFrame, prior_strength: float) -> pd.DataFrame:
    """δ, its variance and z for every group (against all others) and term."""
    G = counts.to_numpy(dtype=float)
    pooled = G.sum(axis=0)
    alpha = prior_strength * pooled / pooled.sum()
    delta, var, z = _z(G, alpha)
    table = pd.DataFrame(
        {
            "group": np.repeat(counts.index.to_numpy(), G.shape[1]),
            "term": np.tile(counts.columns.to_numpy(), G.shape[0]),
            "count": G.ravel().astype(int),
            "delta": delta.ravel(),
            "var": var.ravel(),
            "z": z.ravel(),
        }
    )
    return table.sort_values(
        ["group", "z", "term"], ascending=[True, False, True], ignore_index=True
    )


def leave_one_article_out(
    docs: pd.DataFrame, group_col: str, stopwords: frozenset[str], prior_strength: float
) -> pd.Series:
    """For every group and term, the smallest z over runs that each leave one article out.

    The prior stays the full corpus's. A group that disappears from a run (its only article was
    left out) fails that run: its terms get NaN and can never be called robust.
    """
    X, ids, vocab = article_counts(docs, stopwords)
    groups = docs.drop_duplicates("article_id").set_index("article_id")[group_col]
    labels = groups.loc[ids].to_numpy()
    names = sorted(set(labels))
    G = np.vstack([np.asarray(X[labels == g].sum(axis=0)).ravel() for g in names]).astype(float)
    pooled = G.sum(axis=0)
    alpha = prior_strength * pooled / pooled.sum()
    n_articles = pd.Series(labels).value_counts()
    mins = np.full(G.shape, np.inf)
    for i in range(X.shape[0]):
        g = names.index(labels[i])
        Gi = G.copy()
        Gi[g] -= X[i].toarray().ravel()
        z = _z(Gi, alpha)[2]
        mins = np.minimum(mins, z)
    failed = [k for k, name in enumerate(names) if n_articles[name] < 2]
    mins[failed] = np.nan
    return pd.Series(
        mins.ravel(),
        index=pd.MultiIndex.from_product([names, vocab], names=["group", "term"]),
        name="min_z_loao",
    )


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
