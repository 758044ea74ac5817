"""The scalable components, each run alone on a synthetic corpus (one process per run, so
``framelab.runtime.bench.measure`` sees its own peak memory). Results go to ``out_dir``."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

from framelab import config, text
from framelab.analysis import keyness, reuse, uncertainty
from framelab.runtime.bench import corpus_passages
from framelab.runtime.executor import make_executor
from framelab.topics import evaluate as topic_eval
from framelab.topics import model as topics

STOPWORDS = [
    Path("src/framelab/resources/de/stopwords.txt"),
    Path("src/framelab/resources/de/stopwords_news.txt"),
]


def _units(passages: pd.DataFrame) -> pd.DataFrame:
    return passages[passages["n_tokens"] >= 5].reset_index(drop=True)


def run_topics(corpus: Path, out_dir: Path, executor) -> dict:
    """Vectorise once, sweep K on a sample, fit the final model once, transform in chunks."""
    cfg = config.load()
    _, passages = corpus_passages(corpus)
    units = _units(passages)
    stop = text.load_stopwords(STOPWORDS)
    X, vocab = topics.vectorize(
        units["text"].tolist(), "nmf", stop, config.pick(topics.VectorParams, cfg.topics), executor
    )
    sel = topic_eval.select_model(X, config.pick(topic_eval.SelectionParams, cfg.topics), executor)
    shares = topics.transform_chunked(sel.model, X, executor)
    frame = topics.unit_shares(shares, units, ["article_id", "position"])
    weights = units.set_index(["article_id", "position"])["n_tokens"]
    art = topics.article_shares(frame, weights)
    art.to_parquet(out_dir / "article_shares.parquet", index=False)
    sel.sweep.to_csv(out_dir / "k_sweep.csv", index=False)
    return dict(units=len(units), vocabulary=len(vocab), **sel.quality)


def run_keyness(corpus: Path, out_dir: Path, executor) -> dict:
    _, passages = corpus_passages(corpus)
    stop = text.load_stopwords(STOPWORDS[:1])
    table = keyness.keyness_table(passages, "camp", stop, 100.0, 10, 1.96, executor)
    table.to_csv(out_dir / "keyness.csv", index=False)
    return dict(robust=int(table["robust"].sum()))


def run_bootstrap(corpus: Path, out_dir: Path, executor) -> dict:
    arts, _ = corpus_passages(corpus)
    rng = np.random.default_rng(0)
    k = 8
    shares = rng.dirichlet(np.ones(k), size=len(arts))
    values = pd.DataFrame(
        {
            "article_id": np.repeat(arts["id"].to_numpy(), k),
            "topic": np.tile(np.arange(1, k + 1), len(arts)),
            "share": shares.ravel(),
        }
    )
    values = values.merge(arts[["id", "camp"]], left_on="article_id", right_on="id")
    values = values.rename(columns={"topic": "item", "share": "value"})
    own = {a: a for a in arts["id"]}  # each article its own cluster
    table = uncertainty.summarise(values, own, 10, n_boot=2000, seed=1, level=0.95)
    table.to_csv(out_dir / "prevalence.csv", index=False)
    return dict(rows=len(table))


def run_reuse(corpus: Path, out_dir: Path, executor) -> dict:
    cfg = config.load()
    arts, passages = corpus_passages(corpus)
    path = out_dir / "passage_pairs.parquet"
    n = reuse.write_passage_reuse(
        passages, path, config.pick(reuse.ReuseParams, cfg.reuse), executor
    )
    pairs = pd.read_parquet(
        path, columns=["article_a", "position_a", "article_b", "position_b", "containment"]
    )
    by_article = reuse.article_reuse(pairs, passages)
    reuse.lineage_summary(by_article, arts, "camp").to_csv(out_dir / "lineage.csv", index=False)
    return dict(passages=len(passages), passage_pairs=n, article_pairs=len(by_article))


RUNNERS = dict(topics=run_topics, keyness=run_keyness, bootstrap=run_bootstrap, reuse=run_reuse)


def run(component: str, corpus: Path, out_dir: Path) -> dict:
    """Run one component with the executor from the environment; returns its summary."""
    out_dir.mkdir(parents=True, exist_ok=True)
    executor = make_executor(progress=False)
    try:
        return RUNNERS[component](corpus, out_dir, executor)
    finally:
        executor.close()
