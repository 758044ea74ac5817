"""Addendum 16 of docs/topics_tuning.md (2026-12-07): the two dev-half gains of addenda 13 and
14 stacked, on the dev half of addendum 9 only (516 articles; the held-out half and the whole
set are neither scored nor looked at).

Rows: the mixture of addendum 9; the background mixture of addendum 13 (lambda 0.2 / 0.4 /
0.6) started from the shipped NMF; addendum 14's NMF on rows smoothed with 100-dimensional
LSA term vectors of 30,000 FANG-COVID articles (beta 0.2 / 0.3), followed by the plain mixture
or by the background mixture. Every row starts from NMF seeds 0-9 and prints NMI against the
category as the median of seeds 0-2 | the median (range) of seeds 0-9.

Needs the FANG-COVID JSONL that data/annotations/voices_gold_fang_corpus.py builds. Run from the
repository root (about 1 minute):
    .venv/bin/python docs/topics_tuning_addendum16.py FANG_ARTICLES_JSONL
"""

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from topics_tuning_addendum10 import dev_half, em
from topics_tuning_addendum12 import dev_texts
from topics_tuning_addendum13 import background_em, row
from topics_tuning_addendum14 import external_tfidf, nmf_starts, smoothed, term_vectors

from framelab.topics import model as topics
from framelab.topics.mixture import log_counts

LAMBDAS = (0.2, 0.4, 0.6)
BETAS = (0.2, 0.3)


def mixtures(name, logc, starts, y):
    """The plain mixture and the background mixtures from the same starts."""
    row(f"{name} + mixture", [em(logc, W)[0].argmax(1) for W in starts], y)
    for lam in LAMBDAS:
        row(
            f"{name} + background mixture, lambda {lam}",
            [background_em(logc, W, lam)[0].argmax(1) for W in starts],
            y,
        )


def main(path: str) -> None:
    t0 = time.time()
    X, counts, y, b = dev_half()
    texts, labels, stop = dev_texts()
    assert labels == y
    options = dict(min_df=b["min_df"], max_df=b["max_df"], nouns_only=True)
    vectorizer = topics.build_vectorizer("lda", stop, **options).fit(list(texts))
    assert (vectorizer.transform(list(texts)) != counts).nnz == 0
    logc, k = log_counts(counts), b["k"]
    mixtures("NMF (shipped)", logc, nmf_starts(X, k, b["init"]), y)
    T = term_vectors(external_tfidf(path, vectorizer), 100)
    for beta in BETAS:
        Xs, _ = smoothed(X, T, beta)
        mixtures(f"NMF on smoothed rows, beta {beta}", logc, nmf_starts(Xs, k, b["init"]), y)
    print(f"[{time.time() - t0:.0f} s]")


if __name__ == "__main__":
    main(sys.argv[1])
