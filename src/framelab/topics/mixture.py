"""A mixture of multinomials (one topic per document) started from a topic model's shares
(``topics.refine: mixture``).

Naive-Bayes EM (Nigam et al. 2000) over ``log(1 + count)`` term weights: the M step estimates
each topic's term distribution (smoothed by ``alpha``) and its prior from the responsibilities,
the E step gives each document its posterior over topics. Started from NMF's row-normalised
document weights it sharpens NMF's main-topic assignment; on the 10kGNAD benchmark it raised
NMI against the newsroom categories on a held-out half (``docs/topics_tuning.md``, addendum 9).
Deterministic: no random start, a fixed number of steps.
"""

from __future__ import annotations

import numpy as np
import scipy.sparse as sp
from scipy.special import logsumexp
from sklearn.base import BaseEstimator, TransformerMixin
from sklearn.utils.validation import check_is_fitted

REFINEMENTS = ("none", "mixture")  # topics.refine


def log_counts(X) -> sp.csr_matrix:
    """``log(1 + count)`` of a count matrix, as a float copy."""
    X = sp.csr_matrix(X, dtype=np.float64, copy=True)
    X.data = np.log1p(X.data)
    return X


def _posterior(L: np.ndarray) -> np.ndarray:
    """Row-wise softmax of log-likelihoods."""
    L = L - L.max(axis=1, keepdims=True)
    R = np.exp(L)
    return R / R.sum(axis=1, keepdims=True)


class MultinomialMixture(BaseEstimator, TransformerMixin):
    """EM for a mixture of multinomials, started from given responsibilities.

    ``fit(X, start)``: ``X`` documents × terms counts, ``start`` documents × K non-negative
    weights (for example NMF's document–topic matrix; rows without weight start uniform).
    ``transform(X)``: each document's posterior over the K topics (rows sum to 1).
    """

    def __init__(self, n_iter: int = 30, alpha: float = 0.1):
        self.n_iter = n_iter
        self.alpha = alpha

    def fit(self, X, start):
        if self.n_iter < 1:
            raise ValueError(f"mixture: n_iter must be at least 1, not {self.n_iter}")
        if self.alpha <= 0:
            raise ValueError(f"mixture: alpha must be above 0, not {self.alpha}")
        start = np.nan_to_num(np.asarray(start, dtype=np.float64), nan=0.0)
        if start.shape[0] != X.shape[0] or (start < 0).any():
            raise ValueError("mixture: start must be non-negative, one row per document")
        return self.fit_weights(log_counts(X), start)

    def fit_weights(self, W, start: np.ndarray):
        """EM on term weights ``W`` as given (``fit`` passes ``log(1 + count)``; a tuning study
        may pass others), from checked ``start`` weights; also records the data's
        ``log_likelihood_`` under the last M step."""
        R = start + (start.sum(axis=1, keepdims=True) == 0)  # empty rows start uniform
        R = R / R.sum(axis=1, keepdims=True)
        for _ in range(self.n_iter):
            self._maximise(W, R)
            L = self._log_likelihood(W)
            R = _posterior(L)
        self.responsibilities_ = R  # = transform(X): the posterior under the last M step
        self.log_likelihood_ = float(logsumexp(L, axis=1).sum())
        return self

    def _maximise(self, W, R: np.ndarray) -> None:
        prior = R.sum(axis=0) + 1.0
        self.log_prior_ = np.log(prior / prior.sum())
        terms = np.asarray((W.T @ R).T) + self.alpha
        self.log_terms_ = np.log(terms / terms.sum(axis=1, keepdims=True))

    def _log_likelihood(self, W) -> np.ndarray:
        return np.asarray(W @ self.log_terms_.T) + self.log_prior_

    def transform(self, X) -> np.ndarray:
        check_is_fitted(self, "log_terms_")
        if X.shape[1] != self.log_terms_.shape[1]:
            raise ValueError(f"mixture: {X.shape[1]} terms, fitted on {self.log_terms_.shape[1]}")
        return _posterior(self._log_likelihood(log_counts(X)))


def refine_shares(
    shares: np.ndarray, counts, refine: str, n_iter: int = 30, alpha: float = 0.1
) -> np.ndarray:
    """Each unit's topic shares as ``topics.refine`` says: unchanged (``none``), or the posterior
    of a :class:`MultinomialMixture` started from them (``mixture``). Units without any term
    keep NaN shares."""
    if refine not in REFINEMENTS:
        raise ValueError(f"unknown topics.refine {refine!r} (one of {REFINEMENTS})")
    if refine == "none":
        return shares
    posterior = MultinomialMixture(n_iter, alpha).fit(counts, shares).responsibilities_
    posterior[np.isnan(shares).any(axis=1)] = np.nan
    return posterior
