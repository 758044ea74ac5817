"""Benchmarks on real German news (10kGNAD test split, ../shared/corpora/10kgnad/test.csv).

``framelab bench topics`` runs the pipeline's own cleaning and topic code at article level with
K = 9 over several seeds and scores each article's main topic against its newsroom category
(NMI, ARI), next to an ablation that shows what each preprocessing step adds and a supervised
yardstick (naive Bayes trained on the categories, cross-validated). Wall time, peak
memory (the process's peak resident set) and throughput are recorded. Not part of `dvc repro`.
"""

from __future__ import annotations

import platform
import resource
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.metrics import adjusted_rand_score, normalized_mutual_info_score
from sklearn.model_selection import StratifiedKFold, cross_val_predict
from sklearn.naive_bayes import MultinomialNB

from framelab import text as textlib
from framelab.clean.cleaning import clean_corpus, load_rules
from framelab.errors import BenchmarkDataMissing
from framelab.io.corpus import Article
from framelab.io.outputs import write_all, write_json
from framelab.topics import model as topics
from framelab.topics.mixture import refine_shares

GNAD_OPTIONS = dict(
    delimiter=";",
    quotechar="'",
    header=False,
    columns=["label", "text"],
    camp_column="label",
    id_prefix="gnad",
)


def load_10kgnad(path: Path) -> list[Article]:
    """The 10kGNAD test split as articles (its category as camp), read by the pipeline's own
    reader (:func:`framelab.io.corpus.iter_corpus`, ids ``gnad00001`` …)."""
    from framelab.io.corpus import iter_corpus

    if not Path(path).is_file():
        raise BenchmarkDataMissing(f"{path} not found: benchmark skipped")
    return [a for chunk in iter_corpus(Path(path), "csv", GNAD_OPTIONS) for a in chunk]


def peak_rss_mib() -> float:
    """Peak resident set size of this process so far, in MiB (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def timed(fn: Callable, *args, **kwargs):
    start = time.perf_counter()
    out = fn(*args, **kwargs)
    return out, time.perf_counter() - start


def summarise(labels: list[str], mains: list, seconds: list[float], vocabulary: int) -> dict:
    """NMI and ARI of each run's main topics (or predicted categories) against the labels."""
    nmi = [normalized_mutual_info_score(labels, main) for main in mains]
    ari = [adjusted_rand_score(labels, main) for main in mains]
    return dict(
        nmi_median=float(np.median(nmi)),
        nmi_min=float(min(nmi)),
        nmi_max=float(max(nmi)),
        ari_median=float(np.median(ari)),
        ari_min=float(min(ari)),
        ari_max=float(max(ari)),
        fit_seconds_median=float(np.median(seconds)),
        vocabulary=int(vocabulary),
        nmi_per_seed=[float(x) for x in nmi],
    )


def score_seeds(
    X, labels: list[str], k: int, seeds: list[int], init: str, refine: Callable | None = None
) -> dict:
    """Fit one model per seed; NMI/ARI of each article's main topic against its label.

    ``refine``, if given, maps the model's document shares to new ones (timed with the fit)."""
    mains, fit = [], []
    for seed in seeds:
        model, seconds = timed(topics.TopicModel(k=k, random_state=seed, init=init).fit, X)
        shares = model.transform(X)
        if refine is not None:
            shares, refine_s = timed(refine, shares)
            seconds += refine_s
        mains.append(np.nanargmax(np.nan_to_num(shares, nan=-1.0), axis=1))
        fit.append(seconds)
    return summarise(labels, mains, fit, X.shape[1])


def supervised_reference(counts, labels: list[str], seeds: list[int], folds: int = 5) -> dict:
    """A supervised yardstick, not a topic model: multinomial naive Bayes (scikit-learn's
    defaults) trained on the categories, each article predicted by ``folds``-fold
    cross-validation (shuffled by each seed). It shows how far the same terms separate the
    categories when the labels are known."""
    predicted, fit = [], []
    for seed in seeds:
        cv = StratifiedKFold(folds, shuffle=True, random_state=seed)
        main, seconds = timed(cross_val_predict, MultinomialNB(), counts, labels, cv=cv)
        predicted.append(main)
        fit.append(seconds)
    return summarise(labels, predicted, fit, counts.shape[1])


def bench_topics(
    corpus_path: Path,
    settings,
    stopword_paths: list[Path],
    k: int,
    seeds: list[int],
    vector: dict,
) -> dict:
    """The topics benchmark: framelab's configuration plus an ablation, on 10kGNAD.

    ``settings``: the clean stage's :class:`~framelab.clean.cleaning.CleanSettings`; ``vector``:
    ``min_df``, ``max_df`` and ``init`` of ``bench_topics`` in params.yaml, ``bm25_k1``,
    ``bm25_b``, ``refine_iter`` and ``refine_alpha`` of ``topics``, and ``duplicates`` (the
    clean stage's duplicate threshold).
    """
    wall = time.perf_counter()
    articles = load_10kgnad(corpus_path)
    labels = [a.camp for a in articles]
    corpus, clean_s = timed(
        clean_corpus, articles, settings, "keep", vector["duplicates"], vector["shingle"]
    )
    texts = corpus.articles.sort_values("id")["text"].tolist()
    n_tokens = int(corpus.articles["n_tokens"].sum())
    stop = textlib.load_stopwords(stopword_paths)
    results = []
    for name, make, refine in _ablation([a.text for a in articles], texts, stop, vector):
        X, vec_s = make()
        scores = score_seeds(X, labels, k, seeds, vector["init"], refine)
        results.append(dict(config=name, vectorize_seconds=vec_s) | scores)
    counts, vec_s = timed(_term_counts(stop, vector).fit_transform, texts)
    reference = supervised_reference(counts, labels, seeds)
    results.append(dict(config=SUPERVISED, vectorize_seconds=vec_s) | reference)
    return dict(
        corpus=str(corpus_path.name),
        articles=len(articles),
        categories=len(set(labels)),
        tokens=n_tokens,
        k=k,
        seeds=seeds,
        init=vector["init"],
        min_df=vector["min_df"],
        max_df=vector["max_df"],
        clean_seconds=clean_s,
        clean_tokens_per_second=n_tokens / clean_s if clean_s else None,
        wall_seconds=time.perf_counter() - wall,
        peak_rss_mib=peak_rss_mib(),
        machine=platform.machine(),
        python=platform.python_version(),
        results=results,
    )


SUPERVISED = (
    "supervised reference, not a topic model: naive Bayes on framelab's term counts, trained on "
    "the categories (5-fold cross-validation)"
)


def _term_counts(stop, vector):
    """framelab's terms (nouns only) as raw counts."""
    return topics.build_vectorizer(
        "lda", stop, min_df=vector["min_df"], max_df=vector["max_df"], nouns_only=True
    )


def _ablation(raw_texts, texts, stop, vector) -> list[tuple[str, Callable, Callable | None]]:
    """The preprocessing steps, each added in turn (framelab's is marked), then the option
    ``topics.weighting: bm25`` on framelab's terms (not the shipped default), then the option
    ``topics.refine: mixture`` on framelab's terms."""

    def vectorize(docs, **kw):
        vec = topics.build_vectorizer(
            "nmf", stop, min_df=vector["min_df"], max_df=vector["max_df"], **kw
        )
        return timed(vec.fit_transform, docs)

    def bm25(docs):
        counts = _term_counts(stop, vector)
        weights = topics.term_weights("bm25", vector["bm25_k1"], vector["bm25_b"])
        return timed(lambda d: weights.fit_transform(counts.fit_transform(d)), docs)

    def mixture_refine(docs):
        counts = _term_counts(stop, vector).fit_transform(docs)
        return lambda shares: refine_shares(
            shares, counts, "mixture", vector["refine_iter"], vector["refine_alpha"]
        )

    return [
        (
            "plain TF-IDF (scikit-learn defaults, raw text)",
            lambda: timed(TfidfVectorizer().fit_transform, raw_texts),
            None,
        ),
        ("lemmas + stop words (raw text)", lambda: vectorize(raw_texts), None),
        ("lemmas + stop words (cleaned)", lambda: vectorize(texts), None),
        (
            "lemmas + stop words + nouns only (cleaned) [framelab]",
            lambda: vectorize(texts, nouns_only=True),
            None,
        ),
        (
            f"same terms, BM25 weights (k1 {vector['bm25_k1']}, b {vector['bm25_b']}) "
            "[option topics.weighting: bm25]",
            lambda: bm25(texts),
            None,
        ),
        (
            f"framelab's terms, shares refined by a multinomial mixture "
            f"({vector['refine_iter']} EM steps, smoothing {vector['refine_alpha']:g}) "
            "[option topics.refine: mixture]",
            lambda: vectorize(texts, nouns_only=True),
            mixture_refine(texts),
        ),
    ]


def markdown_table(result: dict) -> str:
    """The benchmark as a short markdown report."""
    lines = [
        f"# Topics on 10kGNAD ({result['articles']} articles, {result['categories']} "
        f"categories, K = {result['k']}, {len(result['seeds'])} seeds)",
        "",
        "| configuration | NMI median (min–max) | ARI median | vocabulary | fit s (median) |",
        "|---|---|---|---|---|",
    ]
    for r in result["results"]:
        lines.append(
            f"| {r['config']} | {r['nmi_median']:.3f} ({r['nmi_min']:.3f}–{r['nmi_max']:.3f}) "
            f"| {r['ari_median']:.3f} | {r['vocabulary']:,} | {r['fit_seconds_median']:.2f} |"
        )
    if any(r["config"] == SUPERVISED for r in result["results"]):
        lines += [
            "",
            "The supervised reference is no topic model: it is trained on the categories and "
            "shows how far the same terms separate them when the labels are known.",
        ]
    lines += [
        "",
        f"Cleaning: {result['clean_seconds']:.2f} s for {result['tokens']:,} tokens "
        f"({result['clean_tokens_per_second']:,.0f} tokens/s). Whole benchmark: "
        f"{result['wall_seconds']:.1f} s wall, peak RSS {result['peak_rss_mib']:.0f} MiB "
        f"(Python {result['python']}, {result['machine']}).",
        "",
        "Data: 10kGNAD test split (Timo Block, 2019; CC BY-NC-SA 4.0).",
    ]
    return "\n".join(lines) + "\n"


def clean_settings(params: dict, root: Path):
    """The clean stage's settings for 10kGNAD (German) from the ``clean`` section of params."""
    from framelab.clean.cleaning import CleanSettings

    c = params["clean"]
    return CleanSettings(
        load_rules(root / c["rules"]),
        c["paragraphs"],
        "de",
        c["language_min_prob"],
        c["language_min_tokens"],
    )


def run_topics_benchmark(out_dir: Path, params: dict, root: Path) -> dict:
    """Run, write ``topics_10kgnad.json`` and ``.md`` under ``out_dir``; return the result."""
    b, t, c = params["bench_topics"], params["topics"], params["clean"]
    result = bench_topics(
        corpus_path=root / b["corpus"],
        settings=clean_settings(params, root),
        stopword_paths=[root / t["stopwords"], root / t["stopwords_extra"]],
        k=b["k"],
        seeds=list(range(b["seed"], b["seed"] + b["n_seeds"])),
        vector={key: b[key] for key in ("min_df", "max_df", "init")}
        | {key: t[key] for key in ("bm25_k1", "bm25_b", "refine_iter", "refine_alpha")}
        | {"duplicates": c["duplicate_threshold"], "shingle": c["duplicate_shingle"]},
    )
    write_all(
        {
            out_dir / "topics_10kgnad.json": lambda p: write_json(result, p),
            out_dir / "topics_10kgnad.md": lambda p: p.write_text(
                markdown_table(result), encoding="utf-8"
            ),
        }
    )
    return result
