"""Addendum 12 of docs/topics_tuning.md: consensus of mixtures across feature views on the dev
half of addendum 9 (the held-out half is not touched). NMF (K = 9, seeds 0-9) and the mixture
refinement on five views of the dev articles: (a) nouns, as shipped; (b) all words; (c) nouns
and bigrams; (d) nouns with BM25 weights for the NMF start and the mixture on the noun counts;
(e) nouns with max_df 0.3. The 50 runs' labels are then combined three ways: co-association
matrix cut by average linkage, co-association matrix split by spectral clustering, and a
majority vote after Hungarian alignment to the medoid run.

Run from the repository root: .venv/bin/python docs/topics_tuning_addendum12.py
"""

import itertools
import sys
import warnings
from pathlib import Path

import numpy as np
import yaml
from scipy.cluster.hierarchy import fcluster, linkage
from scipy.optimize import linear_sum_assignment
from scipy.spatial.distance import squareform
from sklearn.cluster import SpectralClustering
from sklearn.metrics import normalized_mutual_info_score

sys.path.insert(0, str(Path(__file__).parent))
from topics_tuning_addendum9 import halves
from topics_tuning_addendum10 import SEEDS, dev_half, em

from framelab import text as textlib
from framelab.clean.cleaning import clean_corpus
from framelab.topics import bench
from framelab.topics import model as topics
from framelab.topics.mixture import log_counts


def dev_texts():
    """The texts of dev_half()'s articles, in its order, and the topic stop words."""
    params = yaml.safe_load(Path("params.yaml").read_text(encoding="utf-8"))
    c, t, b = params["clean"], params["topics"], params["bench_topics"]
    articles = bench.load_10kgnad(Path(b["corpus"]))
    labels = {a.id: a.camp for a in articles}
    table = clean_corpus(
        articles,
        bench.clean_settings(params, Path(".")),
        "keep",
        c["duplicate_threshold"],
        c["duplicate_shingle"],
    ).articles.sort_values("id")
    rows = table[table["id"].isin(halves(table["id"].tolist(), labels))]
    stop = textlib.load_stopwords([Path(t["stopwords"]), Path(t["stopwords_extra"])])
    return rows["text"], [labels[i] for i in rows["id"]], stop


def vectorised(texts, stop, **options):
    """TF-IDF matrix (for NMF) and count matrix (for the mixture) of one vocabulary."""
    return tuple(
        topics.build_vectorizer(method, stop, **options).fit_transform(texts)
        for method in ("nmf", "lda")
    )


def feature_views():
    """The five views as (matrix for the NMF start, counts for the mixture); labels; params."""
    X, counts, y, b = dev_half()
    texts, labels, stop = dev_texts()
    assert labels == y
    df = dict(min_df=b["min_df"], max_df=b["max_df"])
    views = {
        "(a) nouns (shipped)": (X, counts),
        "(b) all words": vectorised(texts, stop, **df, nouns_only=False),
        "(c) nouns + bigrams": vectorised(texts, stop, **df, nouns_only=True, bigrams=True),
        "(d) nouns, BM25 start": (topics.Bm25Transformer(1.2, 0.75).fit_transform(counts), counts),
        "(e) nouns, max_df 0.3": vectorised(
            texts, stop, min_df=b["min_df"], max_df=0.3, nouns_only=True
        ),
    }
    return views, y, b


def mixture_labels(X, counts, b):
    """Labels of the mixture on the log counts, started from NMF on X, for each seed."""
    logc = log_counts(counts)
    labels = []
    for s in SEEDS:
        start = topics.TopicModel(k=b["k"], random_state=s, init=b["init"]).fit(X).transform(X)
        labels.append(em(logc, start)[0].argmax(1))
    return labels


def coassociation(L):
    """Share of runs that put each pair of articles in the same cluster."""
    C = np.zeros((L.shape[1], L.shape[1]))
    for labels in L:
        C += labels[:, None] == labels[None, :]
    return C / len(L)


def average_linkage(C, k):
    """Average-linkage tree on 1 - co-association, cut into k clusters."""
    D = 1 - C
    np.fill_diagonal(D, 0)
    return fcluster(linkage(squareform(D, checks=False), "average"), k, "maxclust") - 1


def spectral(C, k, seed):
    """Spectral clustering of the co-association matrix, k-means assignment."""
    model = SpectralClustering(k, affinity="precomputed", random_state=seed, assign_labels="kmeans")
    return model.fit_predict(C)


def medoid(L):
    """The run with the highest summed NMI to the other runs (label-free)."""
    S = np.zeros((len(L), len(L)))
    for i, j in itertools.combinations(range(len(L)), 2):
        S[i, j] = S[j, i] = normalized_mutual_info_score(L[i], L[j])
    return int(S.sum(1).argmax())


def alignment(labels, ref, k):
    """Hungarian matching of a run's clusters to the reference's: cluster i -> perm[i]."""
    M = np.zeros((k, k))
    np.add.at(M, (labels, ref), 1)
    rows, cols = linear_sum_assignment(-M)
    perm = np.empty(k, int)
    perm[rows] = cols
    return perm


def majority_vote(L, k):
    """Each run aligned once to the medoid run, then each article's most frequent cluster."""
    ref = L[medoid(L)]
    votes = np.zeros((L.shape[1], k))
    for labels in L:
        votes[np.arange(len(labels)), alignment(labels, ref, k)[labels]] += 1
    return votes.argmax(1)


def main() -> None:
    warnings.filterwarnings("ignore", message="Graph is not fully connected")
    views, y, b = feature_views()
    k, runs = b["k"], []
    for name, (X, counts) in views.items():
        labels = mixture_labels(X, counts, b)
        runs += labels
        scores = [normalized_mutual_info_score(y, lab) for lab in labels]
        print(
            f"{name}, mixture: median of seeds 0-2 {np.median(scores[:3]):.3f}, of 0-9 "
            f"{np.median(scores):.3f} ({min(scores):.3f}-{max(scores):.3f})",
            flush=True,
        )
    L = np.array(runs)
    C = coassociation(L)
    print(
        "all five views, co-association, average linkage: "
        f"{normalized_mutual_info_score(y, average_linkage(C, k)):.3f}"
    )
    scores = [normalized_mutual_info_score(y, spectral(C, k, s)) for s in range(5)]
    print(
        "all five views, co-association, spectral clustering: median of spectral seeds 0-4 "
        f"{np.median(scores):.3f} ({min(scores):.3f}-{max(scores):.3f})"
    )
    print(
        "all five views, majority vote after alignment to the medoid run: "
        f"{normalized_mutual_info_score(y, majority_vote(L, k)):.3f}"
    )


if __name__ == "__main__":
    main()
