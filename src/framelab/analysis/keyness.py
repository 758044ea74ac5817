"""Which words each camp uses: log-odds ratios with an informative Dirichlet prior.

Monroe, Colaresi & Quinn (2008), "Fightin' Words", eq. 16–22: for group i against the rest j and
word w, with prior counts alpha_w = a0 * (pooled count of w / pooled total),

    delta_w = log((y_iw + a_w) / (n_i + a0 - y_iw - a_w))
              - log((y_jw + a_w) / (n_j + a0 - y_jw - a_w))
    var(delta_w) ≈ 1 / (y_iw + a_w) + 1 / (y_jw + a_w),    z_w = delta_w / sqrt(var)

With few articles, word counts are not independent draws, so z is overconfident: the
leave-one-article-out check keeps a term only if it stays distinctive whichever article is left
out. It needs no loop over articles with dense vocabulary rows: for a term the left-out article
contains, z is computed from that article's sparse counts; for a term it does not contain, only
the group totals change, and z moves monotonically with the article's length (up for the
article's own group, down for the others), so the extreme is the shortest (own group) or the
longest (other groups) article of the group that lacks the term.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pandas as pd
import scipy.sparse as sp

from framelab import text as textlib
from framelab.runtime.executor import Executor
from framelab.runtime.vectorize import count_texts


class Lemmas:
    """Picklable analyzer: :func:`framelab.text.lemmas` with fixed stop words."""

    def __init__(self, stopwords: frozenset[str]):
        self.stopwords = stopwords

    def __call__(self, text: str) -> list[str]:
        return textlib.lemmas(text, self.stopwords)


@dataclass
class GroupCounts:
    """Article × lemma counts with each article's group: built once, used by every step."""

    X: sp.csr_matrix  # articles × terms (int64)
    ids: np.ndarray  # article ids (sorted)
    vocab: np.ndarray
    labels: np.ndarray  # group of each article
    names: list  # sorted group names
    codes: np.ndarray = field(init=False)  # group number of each article
    lengths: np.ndarray = field(init=False)  # tokens counted per article (float)

    def __post_init__(self) -> None:
        self.codes = np.searchsorted(np.array(self.names, dtype=object), self.labels)
        self.lengths = np.asarray(self.X.sum(axis=1), dtype=float).ravel()

    def group_totals(self) -> np.ndarray:
        """Group × term counts (float)."""
        onehot = sp.csr_matrix(
            (np.ones(len(self.labels)), (self.codes, np.arange(len(self.labels)))),
            shape=(len(self.names), len(self.labels)),
        )
        return np.asarray((onehot @ self.X).todense(), dtype=float)


def article_counts(docs: pd.DataFrame, stopwords: frozenset[str], executor: Executor | None = None):
    """Article × lemma count matrix (sparse), the article ids and the vocabulary."""
    texts = docs.groupby("article_id", sort=True)["text"].apply(" ".join)
    X, vocab = count_texts(texts.tolist(), Lemmas(stopwords), executor)
    return X, texts.index.to_numpy(), vocab


def group_counts(
    docs: pd.DataFrame, group_col: str, stopwords: frozenset[str], executor=None
) -> GroupCounts:
    """Counts of ``docs`` (``article_id``, ``text``, ``group_col``) with the article groups."""
    X, ids, vocab = article_counts(docs, stopwords, executor)
    groups = docs.drop_duplicates("article_id").set_index("article_id")[group_col]
    labels = groups.loc[ids].to_numpy()
    return GroupCounts(X, ids, vocab, labels, sorted(set(labels)))


def count_matrix(docs: pd.DataFrame, group_col: str, stopwords: frozenset[str]) -> pd.DataFrame:
    """Group × lemma counts from ``docs`` (columns ``article_id``, ``text``, ``group_col``)."""
    gc = group_counts(docs, group_col, stopwords)
    return pd.DataFrame(gc.group_totals().astype(int), index=gc.names, columns=gc.vocab)


def _z_terms(yi, yj, ni, nj, alpha, a0):
    """z of counts ``yi`` against ``yj`` with totals ``ni``/``nj`` (broadcasting)."""
    delta = np.log((yi + alpha) / (ni + a0 - yi - alpha)) - np.log(
        (yj + alpha) / (nj + a0 - yj - alpha)
    )
    var = 1 / (yi + alpha) + 1 / (yj + alpha)
    return delta, var, delta / np.sqrt(var)


def _z(G: np.ndarray, alpha: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """δ, var and z of every group (rows of ``G``) against the sum of the others."""
    total = G.sum(axis=0)
    n = G.sum(axis=1, keepdims=True)
    return _z_terms(G, total - G, n, n.sum() - n, alpha, alpha.sum())


def _alpha(G: np.ndarray, prior_strength: float) -> np.ndarray:
    pooled = G.sum(axis=0)
    return prior_strength * pooled / pooled.sum()


def log_odds_dirichlet(counts: pd.DataFrame, prior_strength: float) -> pd.DataFrame:
    """δ, its variance and z for every group (against all others) and term."""
    G = counts.to_numpy(dtype=float)
    delta, var, z = _z(G, _alpha(G, prior_strength))
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


def _z_without(G, alpha, g: int, removed: np.ndarray, length: float, cols=None) -> np.ndarray:
    """z of every group when counts ``removed`` (total ``length``) leave group ``g``.

    ``cols`` restricts to some terms (``removed`` is then given for those terms only)."""
    Gc = G if cols is None else G[:, cols]
    Gi = Gc.copy()
    Gi[g] -= removed
    n = G.sum(axis=1, keepdims=True)
    n[g] -= length
    total = Gi.sum(axis=0)
    a = alpha if cols is None else alpha[cols]
    return _z_terms(Gi, total - Gi, n, n.sum() - n, a, alpha.sum())[2]


def _first_lacking(gc: GroupCounts, G, alpha, g: int, seq, todo) -> np.ndarray:
    """z (groups × terms) with the first article of ``seq`` that lacks each ``todo`` term left
    out of group ``g`` (inf where no article of ``seq`` lacks the term)."""
    out = np.full(G.shape, np.inf)
    todo = todo.copy()
    for i in seq:
        absent = todo.copy()
        absent[gc.X.indices[gc.X.indptr[i] : gc.X.indptr[i + 1]]] = False
        if absent.any():
            z = _z_without(G, alpha, g, 0.0, gc.lengths[i])
            out[:, absent] = z[:, absent]
            todo &= ~absent
        if not todo.any():
            break
    return out


def _absent_minimum(gc: GroupCounts, G, alpha, g: int) -> np.ndarray:
    """Smallest z (groups × terms) over left-out articles of group ``g`` lacking each term:
    the shortest such article for group ``g`` itself, the longest for the other groups."""
    members = np.flatnonzero(gc.codes == g)
    df_g = np.bincount(gc.X[members].indices, minlength=G.shape[1])
    lacking = df_g < len(members)
    by_length = members[np.argsort(gc.lengths[members], kind="stable")]
    out = np.full(G.shape, np.inf)
    out[g] = _first_lacking(gc, G, alpha, g, by_length, lacking)[g]
    others = [h for h in range(G.shape[0]) if h != g]
    if others:
        out[others] = _first_lacking(gc, G, alpha, g, by_length[::-1], lacking)[others]
    return out


def _present_minimum(gc: GroupCounts, G, alpha, chunk: int = 250_000) -> np.ndarray:
    """Smallest z over left-out articles that contain each term, from the sparse entries only
    (column by column, in blocks of about ``chunk`` non-zero counts, so memory stays bounded)."""
    X = gc.X.tocsc()
    n_groups = G.shape[0]
    N = G.sum(axis=1)
    a0 = alpha.sum()
    out = np.full(G.shape, np.inf)
    for c0, c1 in _column_blocks(X.indptr, chunk):
        sl = slice(X.indptr[c0], X.indptr[c1])
        rows, data = X.indices[sl], X.data[sl].astype(float)
        cols = np.repeat(np.arange(c0, c1), np.diff(X.indptr[c0 : c1 + 1]))
        own = gc.codes[rows][None, :] == np.arange(n_groups)[:, None]
        Gi = G[:, cols] - own * data
        total = Gi.sum(axis=0)
        n = N[:, None] - own * gc.lengths[rows]
        z = _z_terms(Gi, total - Gi, n, n.sum(axis=0) - n, alpha[cols], a0)[2]
        c, first = np.unique(cols, return_index=True)
        for h in range(n_groups):
            out[h, c] = np.minimum(out[h, c], np.minimum.reduceat(z[h], first))
    return out


def _column_blocks(indptr: np.ndarray, chunk: int) -> list[tuple[int, int]]:
    """Consecutive column ranges ``[c0, c1)`` of about ``chunk`` non-zeros each (one column
    more than ``chunk`` is a block of its own)."""
    blocks, c0, n_cols = [], 0, len(indptr) - 1
    while c0 < n_cols:
        c1 = int(np.searchsorted(indptr, indptr[c0] + chunk, side="right")) - 1
        c1 = min(max(c1, c0 + 1), n_cols)
        blocks.append((c0, c1))
        c0 = c1
    return blocks


def loao_minimum(gc: GroupCounts, prior_strength: float) -> np.ndarray:
    """Groups × terms: the smallest z over runs that each leave one article out."""
    G = gc.group_totals()
    alpha = _alpha(G, prior_strength)
    mins = _present_minimum(gc, G, alpha)
    for g in range(len(gc.names)):
        mins = np.minimum(mins, _absent_minimum(gc, G, alpha, g))
    n_articles = np.bincount(gc.codes, minlength=len(gc.names))
    mins[n_articles < 2] = np.nan
    return mins


def leave_one_article_out(
    docs: pd.DataFrame, group_col: str, stopwords: frozenset[str], prior_strength: float
) -> pd.Series:
    """For every group and term, the smallest z over runs that each leave one article out.

    The prior stays the full corpus's. A group that disappears from a run (its only article was
    left out) fails that run: its terms get NaN and can never be called robust.
    """
    return _loao_series(group_counts(docs, group_col, stopwords), prior_strength)


def _loao_series(gc: GroupCounts, prior_strength: float) -> pd.Series:
    mins = loao_minimum(gc, prior_strength)
    return pd.Series(
        mins.ravel(),
        index=pd.MultiIndex.from_product([gc.names, gc.vocab], names=["group", "term"]),
        name="min_z_loao",
    )


def keyness_table(
    docs: pd.DataFrame,
    group_col: str,
    stopwords: frozenset[str],
    prior_strength: float,
    top_n: int,
    z_threshold: float = 1.96,
    executor: Executor | None = None,
) -> pd.DataFrame:
    """Top ``top_n`` terms per group by z, with the leave-one-article-out minimum and a flag."""
    gc = group_counts(docs, group_col, stopwords, executor)
    return keyness_from_counts(gc, prior_strength, top_n, z_threshold)


def keyness_from_counts(
    gc: GroupCounts, prior_strength: float, top_n: int, z_threshold: float = 1.96
) -> pd.DataFrame:
    """:func:`keyness_table` from article counts already made (e.g. by the chunked pass)."""
    counts = pd.DataFrame(gc.group_totals().astype(int), index=gc.names, columns=gc.vocab)
    full = log_odds_dirichlet(counts, prior_strength)
    top = full[full["count"] > 0].groupby("group").head(top_n)
    top = top.join(_loao_series(gc, prior_strength), on=["group", "term"])
    top["robust"] = top["min_z_loao"].fillna(-np.inf) >= z_threshold
    return top.reset_index(drop=True)
