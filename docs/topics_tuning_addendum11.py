"""Addendum 11 of docs/topics_tuning.md: three further unsupervised variants around the mixture
on the dev half of addendum 9 (the held-out half is not touched): iterative feature selection
(Liu et al. 2003), a von Mises-Fisher mixture (Banerjee et al. 2005) and a Dirichlet compound
multinomial mixture (Madsen, Kauchak & Elkan 2005), each started from NMF seeds 0-9.

Run from the repository root: python docs/topics_tuning_addendum11.py
"""

import sys
from pathlib import Path

import numpy as np
import scipy.sparse as sp
from scipy.special import digamma, gammaln
from sklearn.feature_selection import chi2
from sklearn.metrics import normalized_mutual_info_score
from sklearn.preprocessing import normalize

sys.path.insert(0, str(Path(__file__).parent))
from topics_tuning_addendum10 import SEEDS, dev_half, em

from framelab.topics import model as topics
from framelab.topics.mixture import log_counts


def normalised(start):
    """NMF's document weights as responsibilities (an all-zero row spread evenly)."""
    R = start + (start.sum(1, keepdims=True) == 0)
    return R / R.sum(1, keepdims=True)


def information_gain(present, labels):
    """Mutual information between each term's presence and the cluster label."""
    n = present.shape[0]
    Y = np.eye(labels.max() + 1)[labels]
    n1 = np.asarray(present.T @ Y)
    n0 = Y.sum(0)[None, :] - n1
    pt = (np.asarray(present.sum(0)).ravel() / n)[:, None]
    pc = (Y.sum(0) / n)[None, :]
    with np.errstate(divide="ignore", invalid="ignore"):
        parts = [j * np.log(j / (pa * pc)) for j, pa in ((n1 / n, pt), (n0 / n, 1 - pt))]
    return sum(np.nan_to_num(p) for p in parts).sum(1)


def feature_selection(logc, present, start, score, n_terms, iters):
    """Mixture, then `iters` times: keep the top terms against its labels and refit."""
    R, _ = em(logc, start)
    for _ in range(iters):
        labels = R.argmax(1)
        s = (
            np.nan_to_num(chi2(present, labels)[0])
            if score == "chi2"
            else information_gain(present, labels)
        )
        keep = np.argsort(-s, kind="stable")[:n_terms]
        R, _ = em(sp.csr_matrix(logc[:, keep]), R)
    return R


def vmf(X, start, kappa, n_iter=30):
    """Soft von Mises-Fisher mixture with one fixed concentration on the unit TF-IDF rows."""
    Xn, R = normalize(sp.csr_matrix(X, dtype=np.float64)), normalised(start)
    for _ in range(n_iter):
        S = np.asarray(Xn.T @ R).T
        mu = S / np.maximum(np.linalg.norm(S, axis=1), 1e-300)[:, None]
        prior = R.sum(0) + 1.0
        L = kappa * np.asarray(Xn @ mu.T) + np.log(prior / prior.sum())
        R = np.exp(L - L.max(1, keepdims=True))
        R /= R.sum(1, keepdims=True)
    return R


def dcm(counts, start, n_iter=30, inner=5, floor=1e-3, precision=1000.0):
    """Mixture of Dirichlet compound multinomials, EM with Minka's fixed point."""
    C = sp.csr_matrix(counts, dtype=np.float64)
    n, d = C.shape
    rows, cols, vals = np.repeat(np.arange(n), np.diff(C.indptr)), C.indices, C.data
    length = np.asarray(C.sum(1)).ravel()
    R = normalised(start)
    terms = np.asarray((C.T @ R).T) + 0.1
    alpha = precision * terms / terms.sum(1, keepdims=True)
    for _ in range(n_iter):
        for _ in range(inner):
            A, new = alpha.sum(1), np.empty_like(alpha)
            for k in range(alpha.shape[0]):
                a = alpha[k, cols]
                num = np.bincount(cols, R[rows, k] * (digamma(vals + a) - digamma(a)), minlength=d)
                den = (R[:, k] * (digamma(length + A[k]) - digamma(A[k]))).sum()
                new[k] = np.maximum(alpha[k] * num / den, floor)
            alpha = new
        L = np.empty((n, alpha.shape[0]))
        for k, A in enumerate(alpha.sum(1)):
            a = alpha[k, cols]
            per_term = np.bincount(rows, gammaln(vals + a) - gammaln(a), minlength=n)
            L[:, k] = per_term + gammaln(A) - gammaln(length + A)
        prior = R.sum(0) + 1.0
        L += np.log(prior / prior.sum())
        R = np.exp(L - L.max(1, keepdims=True))
        R /= R.sum(1, keepdims=True)
    return R


def main() -> None:
    X, counts, y, b = dev_half()
    starts = [
        topics.TopicModel(k=b["k"], random_state=s, init=b["init"]).fit(X).transform(X)
        for s in SEEDS
    ]
    logc, present = log_counts(counts), sp.csr_matrix((counts > 0) * 1.0)
    variants = {
        "mixture as shipped (addendum 9)": lambda W: em(logc, W)[0],
        "IG selection, 1,000 terms, 3 rounds": lambda W: feature_selection(
            logc, present, W, "ig", 1000, 3
        ),
        "IG selection, 3,000 terms, 1 round": lambda W: feature_selection(
            logc, present, W, "ig", 3000, 1
        ),
        "chi-square selection, 1,000 terms, 1 round": lambda W: feature_selection(
            logc, present, W, "chi2", 1000, 1
        ),
        "vMF mixture, kappa 50": lambda W: vmf(X, W, 50),
        "vMF mixture, kappa 200": lambda W: vmf(X, W, 200),
        "DCM mixture, floor 0.001, precision 1000": lambda W: dcm(counts, W),
    }
    for name, fit in variants.items():
        scores = [normalized_mutual_info_score(y, fit(W).argmax(1)) for W in starts]
        print(
            f"{name}: median of seeds 0-2 {np.median(scores[:3]):.3f}, of 0-9 "
            f"{np.median(scores):.3f} ({min(scores):.3f}-{max(scores):.3f})",
            flush=True,
        )


if __name__ == "__main__":
    main()
