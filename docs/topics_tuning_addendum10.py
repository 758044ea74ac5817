"""Addendum 10 of docs/topics_tuning.md: variants of the mixture refinement on the dev half of
addendum 9 (the held-out half is not touched), and the dev half's contingency table.

Run from the repository root: python docs/topics_tuning_addendum10.py
"""

import sys
from pathlib import Path

import numpy as np
import pandas as pd
import scipy.sparse as sp
import yaml
from sklearn.metrics import normalized_mutual_info_score

sys.path.insert(0, str(Path(__file__).parent))
from topics_tuning_addendum9 import halves

from framelab import text as textlib
from framelab.clean.cleaning import clean_corpus
from framelab.topics import bench
from framelab.topics import model as topics
from framelab.topics.mixture import MultinomialMixture, log_counts

SEEDS = range(10)


def em(weights, start, n_iter=30, alpha=0.1):
    """The mixture of framelab.topics.mixture on any term weights; its log-likelihood too."""
    mixture = MultinomialMixture(n_iter, alpha).fit_weights(weights, start)
    return mixture.responsibilities_, mixture.log_likelihood_


def dev_half():
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
    dev = halves(table["id"].tolist(), labels)
    rows = table[table["id"].isin(dev)]
    stop = textlib.load_stopwords([Path(t["stopwords"]), Path(t["stopwords_extra"])])
    options = dict(min_df=b["min_df"], max_df=b["max_df"], nouns_only=True)
    X = topics.build_vectorizer("nmf", stop, **options).fit_transform(rows["text"])
    counts = topics.build_vectorizer("lda", stop, **options).fit_transform(rows["text"])
    return X, counts, [labels[i] for i in rows["id"]], b


def main() -> None:
    X, counts, y, b = dev_half()
    starts = [
        topics.TopicModel(k=b["k"], random_state=s, init=b["init"]).fit(X).transform(X)
        for s in SEEDS
    ]
    logc = log_counts(counts)
    n_docs = counts.shape[0]
    idf = np.log(n_docs / np.asarray((counts > 0).sum(0)).ravel()) + 1
    total = np.asarray(logc.sum(1)).ravel()
    total[total == 0] = 1
    variants = {
        "log counts, 30 steps (addendum 9)": lambda W: em(logc, W),
        "same, 300 steps": lambda W: em(logc, W, 300),
        "log counts × idf": lambda W: em(sp.csr_matrix(logc.multiply(idf)), W),
        "log counts, each article scaled to 50": lambda W: em(
            sp.csr_matrix(sp.diags(50 / total) @ logc), W
        ),
        "binary (term present or not)": lambda W: em(sp.csr_matrix((counts > 0) * 1.0), W),
    }
    for name, fit in variants.items():
        runs = [fit(W) for W in starts]
        scores = [normalized_mutual_info_score(y, R.argmax(1)) for R, _ in runs]
        best = int(np.argmax([ll for _, ll in runs]))
        print(
            f"{name}: median of seeds 0-2 {np.median(scores[:3]):.3f}, of 0-9 "
            f"{np.median(scores):.3f} ({min(scores):.3f}-{max(scores):.3f}); the run of "
            f"highest likelihood {scores[best]:.3f}"
        )
    main_topic = em(logc, starts[0])[0].argmax(1)
    print(pd.crosstab(pd.Series(y, name="category"), pd.Series(main_topic, name="topic")))


if __name__ == "__main__":
    main()
