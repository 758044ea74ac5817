"""Addendum 14 of docs/topics_tuning.md: semantic smoothing with term vectors learned on
unlabelled news of another source, on the dev half of addendum 9 only (516 articles; the
held-out half and the whole set are not touched and not scored).

Term vectors: the shipped nouns-only vocabulary of the dev half, counted in 30,000 FANG-COVID
articles (German news of 2020-21, shuffled with random.Random(0); no labels, not 10kGNAD), with
sublinear TF-IDF and a 100- or 300-dimensional truncated SVD (LSA), each term's row scaled by the
singular values and normalised. Each dev article's TF-IDF row is projected onto those vectors
and back onto the terms (negative weights dropped, normalised); the smoothed row is the
article's own row plus beta times that projection, renormalised (generalised vector-space
smoothing; Wong, Ziarko & Wong 1985, Kontostathis & Pottenger 2006 for LSA's term links). Rows:
k-means on the projected article vectors; NMF (K = 9, seeds 0-9) on the smoothed rows; the
mixture of addendum 9 started from that NMF, on the shipped log counts or on log counts plus
the projection. NMI as the median of seeds 0-2 and the median (range) of 0-9.

Needs the FANG-COVID JSONL that data/annotations/voices_gold_fang_corpus.py builds. Run from the
repository root:
    .venv/bin/python docs/topics_tuning_addendum14.py FANG_ARTICLES_JSONL
"""

import json
import random
import sys
import time
from pathlib import Path

import numpy as np
import scipy.sparse as sp
from sklearn.cluster import KMeans
from sklearn.decomposition import TruncatedSVD
from sklearn.feature_extraction.text import TfidfTransformer
from sklearn.metrics import normalized_mutual_info_score
from sklearn.preprocessing import normalize

sys.path.insert(0, str(Path(__file__).parent))
from topics_tuning_addendum10 import SEEDS, dev_half, em
from topics_tuning_addendum12 import dev_texts

from framelab.topics import model as topics
from framelab.topics.mixture import log_counts

EXTERNAL_ARTICLES = 30_000


def row(name, labels, y):
    """One table row: median of seeds 0-2, median and range of seeds 0-9."""
    s = [normalized_mutual_info_score(y, lab) for lab in labels]
    print(f"{name}: {np.median(s[:3]):.3f} | {np.median(s):.3f} ({min(s):.3f}-{max(s):.3f})")


def external_tfidf(path: str, vectorizer):
    """Sublinear TF-IDF of the external articles over the dev vocabulary."""
    with open(path, encoding="utf-8") as fh:
        texts = [json.loads(line)["text"] for line in fh if '"id": "fang_' in line]
    random.Random(0).shuffle(texts)
    return TfidfTransformer(sublinear_tf=True).fit_transform(
        vectorizer.transform(texts[:EXTERNAL_ARTICLES])
    )


def term_vectors(external, dim: int):
    """LSA term vectors (terms x dim), scaled by the singular values and normalised."""
    svd = TruncatedSVD(dim, random_state=0).fit(external)
    return normalize(svd.components_.T * svd.singular_values_)


def smoothed(X, T, beta: float):
    """Each row plus beta times its projection onto the term vectors and back, renormalised."""
    back = np.asarray(normalize(X @ T) @ T.T)
    back[back < 0] = 0
    return sp.csr_matrix(normalize(np.asarray(X.todense()) + beta * normalize(back))), back


def nmf_starts(X, k, init):
    return [topics.TopicModel(k=k, random_state=s, init=init).fit(X).transform(X) for s in SEEDS]


def main(path: str) -> None:
    t0 = time.time()
    X, counts, y, b = dev_half()
    texts, labels, stop = dev_texts()
    assert labels == y
    options = dict(min_df=b["min_df"], max_df=b["max_df"], nouns_only=True)
    vectorizer = topics.build_vectorizer("lda", stop, **options).fit(list(texts))
    assert (vectorizer.transform(list(texts)) != counts).nnz == 0
    external, k, logc = external_tfidf(path, vectorizer), b["k"], log_counts(counts)
    starts = nmf_starts(X, k, b["init"])
    row("NMF (shipped)", [np.nan_to_num(W, nan=-1).argmax(1) for W in starts], y)
    row("mixture (addendum 9)", [em(logc, W)[0].argmax(1) for W in starts], y)
    for dim in (100, 300):
        T = term_vectors(external, dim)
        D = normalize(X @ T)
        row(f"k-means on the projected articles, {dim} dims", [
            KMeans(k, n_init=10, random_state=s).fit_predict(D) for s in SEEDS
        ], y)
        for beta in (0.1, 0.2, 0.3, 0.5, 1.0):
            Xs, back = smoothed(X, T, beta)
            st = nmf_starts(Xs, k, b["init"])
            row(f"NMF on smoothed rows, {dim} dims, beta {beta}", [
                np.nan_to_num(W, nan=-1).argmax(1) for W in st
            ], y)
            row("  + mixture on the log counts", [em(logc, W)[0].argmax(1) for W in st], y)
            mass = np.asarray(logc.sum(1)).ravel()[:, None]
            plus = normalize(back, norm="l1") * mass * beta
            Wm = sp.csr_matrix(logc.toarray() + plus)
            row("  + mixture on log counts plus the projection", [
                em(Wm, W)[0].argmax(1) for W in st
            ], y)
        print(f"[{time.time() - t0:.0f} s]", flush=True)


if __name__ == "__main__":
    main(sys.argv[1])
