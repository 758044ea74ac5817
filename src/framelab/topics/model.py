"""Topic models over passages or articles: German lemma TF-IDF (or BM25), NMF or LDA, shares by
group.

Estimators follow scikit-learn (explicit parameters, ``fit``/``transform``, ``random_state``);
BLAS is limited to one thread while fitting so results are bit-for-bit repeatable.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from functools import partial

import numpy as np
import pandas as pd
import scipy.sparse as sp
from sklearn.base import BaseEstimator, TransformerMixin
from sklearn.decomposition import NMF, LatentDirichletAllocation, MiniBatchNMF
from sklearn.feature_extraction.text import CountVectorizer, TfidfTransformer, TfidfVectorizer
from sklearn.preprocessing import normalize
from sklearn.utils.validation import check_is_fitted
from threadpoolctl import threadpool_limits

from framelab import text as textlib
from framelab.runtime.executor import Executor, SerialExecutor
from framelab.runtime.vectorize import count_texts, limit_df

METHODS = ("nmf", "lda")
WEIGHTINGS = ("tfidf", "bm25")  # NMF's term weights (topics.weighting); LDA is fitted on counts
TRANSFORM_CHUNK = 20_000  # rows per transform chunk (fixed: NMF's transform starts from a
# chunk-wide average, so the chunk size is part of the method, the worker count is not)


@dataclass(frozen=True)
class LemmaAnalyzer:
    """Turns a text into the terms a topic model sees.

    Tokens (numbers and URLs dropped) are lemmatised with simplemma and lower-cased (each step can
    be switched off); stop words and terms shorter than ``min_length`` are dropped.
    ``nouns_only`` keeps capitalised tokens only: in German orthography these are nouns and
    names, the most topical words (sentence-initial words are mostly stop words). ``bigrams``
    adds pairs of adjacent kept terms.
    """

    stopwords: frozenset[str]
    bigrams: bool
    nouns_only: bool
    lemmatize: bool
    lowercase: bool
    min_length: int = 2  # not a parameter: one-letter terms carry no topic

    def __call__(self, doc: str) -> list[str]:
        terms = []
        for token in textlib.tokenize(doc):
            if token[0].isdigit() or (self.nouns_only and not token[0].isupper()):
                continue
            term = textlib.lemma(token, lower=self.lowercase) if self.lemmatize else token
            if not self.lemmatize and self.lowercase:
                term = term.lower()
            key = term.lower()
            if len(term) < self.min_length or key in self.stopwords:
                continue
            if token.lower() in self.stopwords:
                continue
            terms.append(term)
        if self.bigrams:
            terms = terms + [f"{a} {b}" for a, b in itertools.pairwise(terms)]
        return terms


def build_vectorizer(
    method: str,
    stopwords: frozenset[str],
    min_df: float = 1,
    max_df: float = 1.0,
    bigrams: bool = False,
    nouns_only: bool = False,
    lemmatize: bool = True,
    lowercase: bool = True,
    sublinear_tf: bool = True,
) -> CountVectorizer:
    """TF-IDF (sublinear term frequency) for NMF, raw counts for LDA, over German terms."""
    analyzer = LemmaAnalyzer(
        stopwords, bigrams=bigrams, nouns_only=nouns_only, lemmatize=lemmatize, lowercase=lowercase
    )
    if method == "nmf":
        return TfidfVectorizer(
            analyzer=analyzer, min_df=min_df, max_df=max_df, sublinear_tf=sublinear_tf
        )
    return CountVectorizer(analyzer=analyzer, min_df=min_df, max_df=max_df)


class Bm25Transformer(BaseEstimator, TransformerMixin):
    """Okapi BM25 term weights of a count matrix, rows scaled to unit length.

    ``tf · (k1 + 1) / (tf + k1 · (1 − b + b · length / mean length)) · idf`` with
    ``idf = ln(1 + (n − df + 0.5) / (df + 0.5))`` (Robertson & Zaragoza 2009): term frequency
    saturates (``k1``) and long documents are discounted (``b``). An alternative to sublinear
    TF-IDF for NMF (``topics.weighting: bm25``); see ``docs/topics_tuning.md``.
    """

    def __init__(self, k1: float = 1.2, b: float = 0.75):
        self.k1 = k1
        self.b = b

    def fit(self, X, y=None):
        if self.k1 < 0:
            raise ValueError(f"BM25: k1 must be at least 0 (topics.bm25_k1), not {self.k1}")
        if not 0 <= self.b <= 1:
            raise ValueError(f"BM25: b must be between 0 and 1 (topics.bm25_b), not {self.b}")
        X = _counts(X)
        n, df = X.shape[0], np.bincount(X.indices, minlength=X.shape[1])
        self.idf_ = np.log1p((n - df + 0.5) / (df + 0.5))
        self.mean_length_ = float(X.sum()) / n if n else 0.0
        return self

    def transform(self, X):
        check_is_fitted(self, "idf_")
        X = _counts(X)
        if X.shape[1] != len(self.idf_):
            raise ValueError(f"BM25: {X.shape[1]} terms, fitted on {len(self.idf_)}")
        length = np.repeat(np.asarray(X.sum(axis=1)).ravel(), np.diff(X.indptr))
        norm = 1 - self.b + self.b * length / (self.mean_length_ or 1.0)
        X.data = X.data * (self.k1 + 1) / (X.data + self.k1 * norm) * self.idf_[X.indices]
        return normalize(X)


def _counts(X) -> sp.csr_matrix:
    """A float copy of a count matrix without stored zeros (they are no occurrences)."""
    X = sp.csr_matrix(X, dtype=np.float64, copy=True)
    X.eliminate_zeros()
    return X


def term_weights(weighting: str, k1: float, b: float, sublinear_tf: bool = True):
    """The transformer that weights NMF's counts: sublinear TF-IDF or BM25."""
    if weighting == "tfidf":
        return TfidfTransformer(sublinear_tf=sublinear_tf)
    if weighting == "bm25":
        return Bm25Transformer(k1=k1, b=b)
    raise ValueError(f"unknown term weighting {weighting!r} (one of {WEIGHTINGS})")


@dataclass(frozen=True)
class VectorParams:
    """What the topic model sees as terms (see :class:`LemmaAnalyzer`) and which it keeps."""

    min_df: float
    max_df: float
    bigrams: bool
    nouns_only: bool
    lemmatize: bool
    lowercase: bool
    weighting: str  # NMF's term weights: tfidf | bm25
    bm25_k1: float
    bm25_b: float
    sublinear_tf: bool = True  # not a parameter: TF-IDF uses 1 + log(tf)


def vectorize(
    texts,
    method: str,
    stopwords: frozenset[str],
    params: VectorParams,
    executor: Executor | None = None,
) -> tuple[sp.csr_matrix, np.ndarray]:
    """Document × term matrix (TF-IDF or BM25 for NMF, counts for LDA) and vocabulary, built
    once.

    The same matrix as :func:`build_vectorizer`'s ``fit_transform``, but counted in chunks
    through ``executor`` (identical for any worker count).
    """
    counts, vocab = count_units(texts, stopwords, params, executor)
    return weigh(counts, method, params), vocab


def count_units(
    texts, stopwords: frozenset[str], params: VectorParams, executor: Executor | None = None
) -> tuple[sp.csr_matrix, np.ndarray]:
    """Document × term counts and vocabulary (terms by ``params``, document-frequency limits
    applied), counted in chunks through ``executor``."""
    analyzer = LemmaAnalyzer(
        stopwords,
        bigrams=params.bigrams,
        nouns_only=params.nouns_only,
        lemmatize=params.lemmatize,
        lowercase=params.lowercase,
    )
    counts, vocab = count_texts(texts, analyzer, executor)
    return limit_df(counts, vocab, params.min_df, params.max_df)


def weigh(counts: sp.csr_matrix, method: str, params: VectorParams) -> sp.csr_matrix:
    """The matrix the model is fitted on: weighted terms for NMF, the counts for LDA."""
    if method == "nmf":
        weights = term_weights(params.weighting, params.bm25_k1, params.bm25_b, params.sublinear_tf)
        return weights.fit_transform(counts)
    return counts


def describe(
    method: str,
    init: str,
    minibatch: bool = False,
    weighting: str = "tfidf",
    refine: str = "none",
) -> dict:
    """The fitted model as the topics metrics record it (the report names the model from this):
    method, term weighting, NMF start (``None`` for LDA, which has none), mini-batch NMF and the
    refinement of the shares (``topics.refine``)."""
    if method not in METHODS:
        raise ValueError(f"unknown topic method {method!r} (one of {METHODS})")
    nmf = method == "nmf"
    return {
        "method": method,
        "weighting": weighting if nmf else "counts",
        "init": init if nmf else None,
        "minibatch": bool(minibatch and nmf),
        "refine": refine,
    }


class TopicModel(BaseEstimator, TransformerMixin):
    """NMF or LDA with ``k`` topics; ``transform`` returns topic shares that sum to one per row.

    NMF starts from NNDSVDa (``init="nndsvda"``, nearly deterministic and the better start on
    text); ``init="random"`` makes the seed matter more. Stability is measured over seeded
    subsamples either way (see :mod:`framelab.topics.evaluate`).

    Rows without any vocabulary term get NaN shares (they carry no topic information).
    """

    def __init__(
        self,
        k: int = 5,
        method: str = "nmf",
        random_state: int = 0,
        max_iter: int = 1000,
        init: str = "nndsvda",
        minibatch: bool = False,
    ):
        self.k = k
        self.method = method
        self.random_state = random_state
        self.max_iter = max_iter
        self.init = init
        self.minibatch = minibatch

    def _estimator(self):
        if self.method == "nmf" and self.minibatch:
            return MiniBatchNMF(
                n_components=self.k,
                init=self.init,
                random_state=self.random_state,
                max_iter=min(self.max_iter, 200),
                batch_size=4096,
            )
        if self.method == "nmf":
            return NMF(
                n_components=self.k,
                init=self.init,
                random_state=self.random_state,
                max_iter=self.max_iter,
            )
        if self.method == "lda":
            return LatentDirichletAllocation(
                n_components=self.k,
                learning_method="batch",
                random_state=self.random_state,
                max_iter=min(self.max_iter, 200),
            )
        raise ValueError(f"unknown topic method {self.method!r} (one of {METHODS})")

    def fit(self, X, y=None):
        if self.k < 1 or self.k > min(X.shape):
            raise ValueError(f"k={self.k} must be between 1 and {min(X.shape)} for this corpus")
        with threadpool_limits(limits=1):
            self.estimator_ = self._estimator().fit(X)
        self.components_ = self.estimator_.components_
        return self

    def transform(self, X) -> np.ndarray:
        with threadpool_limits(limits=1):
            weights = self.estimator_.transform(X)
        totals = weights.sum(axis=1, keepdims=True)
        empty = np.asarray(X.sum(axis=1)).ravel() == 0
        with np.errstate(invalid="ignore", divide="ignore"):
            shares = weights / totals
        shares[empty | (totals.ravel() == 0)] = np.nan
        return shares


def _transform_rows(X, model: TopicModel) -> np.ndarray:
    return model.transform(X)


def transform_chunked(
    model: TopicModel, X, executor: Executor | None = None, chunk_rows: int = TRANSFORM_CHUNK
) -> np.ndarray:
    """``model.transform`` over consecutive row chunks (through ``executor``), stacked."""
    pieces = [X[i : i + chunk_rows] for i in range(0, X.shape[0], chunk_rows)]
    executor = executor or SerialExecutor()
    out = list(executor.map(partial(_transform_rows, model=model), pieces, desc="transform"))
    return np.vstack(out) if out else np.empty((0, model.k))


def top_terms(model: TopicModel, feature_names: np.ndarray, n: int = 10) -> pd.DataFrame:
    """Top ``n`` terms of every topic with their weights (topic numbers start at 1)."""
    rows = []
    for t, weights in enumerate(model.components_, start=1):
        order = np.lexsort((feature_names, -weights))[:n]
        rows.extend(
            dict(topic=t, rank=r, term=feature_names[i], weight=float(weights[i]))
            for r, i in enumerate(order, start=1)
        )
    return pd.DataFrame(rows)


def topic_labels(terms: pd.DataFrame, n: int = 3) -> dict[int, str]:
    """Short label per topic from its top terms: ``T1 regierung · asyl · grenze``."""
    return {
        int(t): f"T{t} " + " · ".join(g.sort_values("rank").term.head(n))
        for t, g in terms.groupby("topic")
    }


def unit_shares(shares: np.ndarray, units: pd.DataFrame, id_cols: list[str]) -> pd.DataFrame:
    """Long table: one row per unit (passage or article) and topic with its share."""
    k = shares.shape[1]
    out = units[id_cols].loc[units.index.repeat(k)].reset_index(drop=True)
    out["topic"] = np.tile(np.arange(1, k + 1), len(units))
    out["share"] = shares.reshape(-1)
    return out


def article_shares(passage_shares: pd.DataFrame, weights: pd.Series | None = None) -> pd.DataFrame:
    """Topic share per article: the passage shares averaged, weighted by passage length.

    ``passage_shares`` has ``article_id, position, topic, share``; ``weights`` (indexed like the
    passages by ``article_id, position``) defaults to equal weights. Passages with no topic
    information (NaN) are left out of the average.
    """
    df = passage_shares.dropna(subset=["share"]).copy()
    if weights is None:
        df["w"] = 1.0
    else:
        df = df.join(weights.rename("w"), on=["article_id", "position"])
    df["ws"] = df["share"] * df["w"]
    g = df.groupby(["article_id", "topic"], as_index=False)[["ws", "w"]].sum()
    g["share"] = g["ws"] / g["w"]
    return g[["article_id", "topic", "share"]].sort_values(
        ["article_id", "topic"], ignore_index=True
    )


def group_shares(
    art_shares: pd.DataFrame, articles: pd.DataFrame, by: str = "camp"
) -> pd.DataFrame:
    """Mean topic share per group (each article counts once) and the number of articles."""
    df = art_shares.merge(articles[["id", by]], left_on="article_id", right_on="id")
    g = df.groupby([by, "topic"], as_index=False).agg(
        share=("share", "mean"), n_articles=("article_id", "nunique")
    )
    return g.sort_values([by, "topic"], ignore_index=True)


def most_different_topic(grp: pd.DataFrame, by: str = "camp") -> dict:
    """The topic whose share differs most between groups (max minus min of group means)."""
    wide = grp.pivot(index="topic", columns=by, values="share")
    spread = wide.max(axis=1) - wide.min(axis=1)
    topic = int(spread.idxmax())
    return dict(
        topic=topic,
        spread=float(spread[topic]),
        high=str(wide.loc[topic].idxmax()),
        high_share=float(wide.loc[topic].max()),
        low=str(wide.loc[topic].idxmin()),
        low_share=float(wide.loc[topic].min()),
    )


def select_units(
    passages: pd.DataFrame, articles: pd.DataFrame, unit: str = "passage", min_tokens: int = 1
) -> pd.DataFrame:
    """The texts to model: body passages (headings dropped) or whole articles.

    Returns ``article_id, position, text, n_tokens`` (position 0 for whole articles).
    Passages shorter than ``min_tokens`` tokens, and passages flagged as another language by the
    clean stage, are left out.
    """
    if "in_language" in passages:
        passages = passages[passages["in_language"]]
    if unit == "passage":
        units = passages[passages["kind"] == "body"]
        units = units[units["n_tokens"] >= min_tokens]
        return units[["article_id", "position", "text", "n_tokens"]].reset_index(drop=True)
    if unit == "article":
        units = articles.rename(columns={"id": "article_id"})[["article_id", "text", "n_tokens"]]
        return units.assign(position=0)[["article_id", "position", "text", "n_tokens"]]
    raise ValueError(f"unknown topic unit {unit!r} (passage or article)")


def terms_table(terms: pd.DataFrame, labels: dict[int, str]) -> pd.DataFrame:
    """One row per topic: its label and its top terms in order (for the report)."""
    rows = [
        dict(topic=labels[int(t)], terms=", ".join(g.sort_values("rank").term))
        for t, g in terms.groupby("topic")
    ]
    return pd.DataFrame(rows)


def representative_units(
    shares: pd.DataFrame, units: pd.DataFrame, n: int = 2, max_chars: int = 300
) -> pd.DataFrame:
    """The ``n`` units with the largest absolute loading on each topic (share × tokens, so a
    six-word passage cannot represent a topic by a share of 1), with their text cut at
    ``max_chars``. Ties are broken by article id and position, so the choice is stable."""
    df = shares.dropna(subset=["share"]).merge(units, on=["article_id", "position"])
    df["loading"] = df["share"] * df["n_tokens"]
    df = df.sort_values(
        ["topic", "loading", "article_id", "position"], ascending=[True, False, True, True]
    )
    top = df.groupby("topic").head(n).copy()
    top["rank"] = top.groupby("topic").cumcount() + 1
    cut = top["text"].str.len() > max_chars
    top.loc[cut, "text"] = top.loc[cut, "text"].str.slice(0, max_chars - 1) + "…"
    return top[["topic", "rank", "article_id", "position", "share", "text"]].reset_index(drop=True)


FLAG_COLUMNS = ["topic", "top_article", "top_article_share", "duplicate_share", "flag"]


def topic_flags(
    shares: pd.DataFrame, units: pd.DataFrame, duplicates: set[str], one_article: float = 0.5
) -> pd.DataFrame:
    """Topics that one article or duplicated text carries: per topic, the article with the
    largest part of its loading (share × tokens), that part, and the part in duplicate articles.
    ``flag``: ``one_article`` (≥ ``one_article`` of the loading), ``duplicates``, or ``ok``."""
    df = shares.dropna(subset=["share"]).merge(units, on=["article_id", "position"])
    df["loading"] = df["share"] * df["n_tokens"]
    by_article = df.groupby(["topic", "article_id"])["loading"].sum().reset_index()
    rows = []
    for topic, g in by_article.groupby("topic"):
        total = g["loading"].sum() or 1.0
        top = g.sort_values(["loading", "article_id"], ascending=[False, True]).iloc[0]
        dup = g.loc[g["article_id"].isin(duplicates), "loading"].sum() / total
        share = top["loading"] / total
        flag = "one_article" if share >= one_article else "duplicates" if dup >= 0.5 else "ok"
        rows.append(
            dict(
                topic=topic,
                top_article=top["article_id"],
                top_article_share=share,
                duplicate_share=dup,
                flag=flag,
            )
        )
    return pd.DataFrame(rows, columns=FLAG_COLUMNS)
