"""Addendum 9 of docs/topics_tuning.md: the rebuilt dev / held-out halves of 10kGNAD and the
pre-registered check of the multinomial-mixture refinement (run once on the held-out half).

Run from the repository root: python docs/topics_tuning_addendum9.py [dev|held-out|all]
"""

import random
import sys
from pathlib import Path

import numpy as np
import yaml
from sklearn.metrics import adjusted_rand_score, normalized_mutual_info_score

from framelab import text as textlib
from framelab.clean.cleaning import clean_corpus
from framelab.topics import bench
from framelab.topics import model as topics
from framelab.topics.mixture import MultinomialMixture

SEED = 20261124


def halves(ids: list[str], labels: dict[str, str]) -> set[str]:
    """The dev half: per sorted category, the first ceil(n/2) of its shuffled sorted ids."""
    rng = random.Random(SEED)
    dev = set()
    for category in sorted(set(labels.values())):
        members = sorted(i for i in ids if labels[i] == category)
        rng.shuffle(members)
        dev |= set(members[: (len(members) + 1) // 2])
    return dev


def main(part: str) -> None:
    params = yaml.safe_load(Path("params.yaml").read_text(encoding="utf-8"))
    c, t, b = params["clean"], params["topics"], params["bench_topics"]
    settings = bench.clean_settings(params, Path("."))
    articles = bench.load_10kgnad(Path(b["corpus"]))
    labels = {a.id: a.camp for a in articles}
    table = clean_corpus(
        articles, settings, "keep", c["duplicate_threshold"], c["duplicate_shingle"]
    ).articles.sort_values("id")
    dev = halves(table["id"].tolist(), labels)
    keep = {"dev": lambda i: i in dev, "held-out": lambda i: i not in dev, "all": lambda i: True}
    rows = table[table["id"].map(keep[part])]
    texts, y = rows["text"].tolist(), [labels[i] for i in rows["id"]]
    stop = textlib.load_stopwords([Path(t["stopwords"]), Path(t["stopwords_extra"])])
    options = dict(min_df=b["min_df"], max_df=b["max_df"], nouns_only=True)
    X = topics.build_vectorizer("nmf", stop, **options).fit_transform(texts)
    counts = topics.build_vectorizer("lda", stop, **options).fit_transform(texts)
    shipped, refined = [], []
    for seed in range(5):
        W = topics.TopicModel(k=b["k"], random_state=seed, init=b["init"]).fit(X).transform(X)
        mixture = MultinomialMixture(t["refine_iter"], t["refine_alpha"]).fit(counts, W)
        for out, main in (
            (shipped, np.nan_to_num(W, nan=-1).argmax(1)),
            (refined, mixture.responsibilities_.argmax(1)),
        ):
            out.append((normalized_mutual_info_score(y, main), adjusted_rand_score(y, main)))
    for name, scores in (("NMF (shipped)", shipped), ("+ mixture EM", refined)):
        nmi, ari = np.median(scores, axis=0)
        print(f"{part} ({len(texts)} articles) {name}: NMI {nmi:.3f}, ARI {ari:.3f}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "dev")
