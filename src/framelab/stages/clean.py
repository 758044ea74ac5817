"""Stage ``clean``: validate, normalise, de-boilerplate and segment the study's corpus.

Reads ``params.yaml`` sections ``study``, ``corpus`` and ``clean``; writes the parquet tables of
``data/processed`` and the audit tables of ``reports/tables/clean`` all at once (nothing on error).
"""

from __future__ import annotations

import sys

from framelab import config, layout
from framelab.stages._entry import chunk_size, run_stage, stage_executor

CHUNK_ARTICLES = 500  # articles per task (memory per worker, not a research parameter)
CORPUS_COLUMNS = [
    "id",
    "camp",
    "title",
    "n_passages",
    "n_sentences",
    "n_tokens",
    "n_chars_clean",
    "n_chars_removed",
]


def clean(cfg: config.Config) -> dict:
    """Clean the configured corpus and write every output; returns the metrics."""
    from framelab.clean.cleaning import CleanSettings, clean_corpus, clean_metrics, load_rules
    from framelab.clean.furniture import count_corpus, furniture_lines, furniture_table
    from framelab.io.corpus import iter_corpus
    from framelab.paths import resolve
    from framelab.study.files import camps_of, event_flags, event_of, read_study_yaml

    meta = read_study_yaml(resolve(cfg.study))
    c = cfg.clean
    source = meta["corpus"].get("format", "folder"), meta["corpus"].get("options") or {}

    def chunks():
        return iter_corpus(
            resolve(cfg.corpus.source),
            *source,
            cfg.corpus.camps,
            cfg.corpus.max_bytes,
            chunk_size(CHUNK_ARTICLES),
        )

    counts = count_corpus(lambda: (a for chunk in chunks() for a in chunk))
    furniture = furniture_lines(counts, c.furniture_min_share, c.furniture_min_articles)
    settings = CleanSettings(
        load_rules(resolve(c.rules)),
        c.paragraphs,
        meta["language"],
        c.language_min_prob,
        c.language_min_tokens,
        furniture,
    )
    with stage_executor() as ex:
        corpus = clean_corpus(
            chunks(),
            settings,
            c.duplicates,
            c.duplicate_threshold,
            c.duplicate_shingle,
            mapper=lambda fn, items: ex.map(fn, items, desc="clean"),
        )
    corpus.articles = event_flags(corpus.articles, event_of(meta), camps_of(meta))
    metrics = clean_metrics(corpus) | _event_metrics(corpus.articles)
    metrics["furniture_lines"] = len(furniture)
    _write(corpus, metrics, furniture_table(counts))
    return metrics


def _event_metrics(articles) -> dict:
    return dict(
        articles_about_event=int(articles["about_event"].sum()),
        articles_outside_window=int((~articles["in_window"]).sum()),
        articles_in_study_camps=int(articles["analysed"].sum()),
    )


def _write(corpus, metrics: dict, repeated) -> None:
    from framelab.clean.cleaning import removal_summary, removed_lines, rule_counts
    from framelab.io.outputs import write_all, write_csv, write_json, write_parquet

    r = layout.resolve
    tables = r(layout.tables("clean"))
    frames = {
        layout.ARTICLES: corpus.articles,
        layout.PASSAGES: corpus.passages,
        layout.SENTENCES: corpus.sentences,
        layout.REMOVED: corpus.removed,
        layout.DUPLICATES: corpus.duplicates,
    }
    csvs = {
        "duplicates.csv": corpus.duplicates,
        "corpus.csv": corpus.articles[CORPUS_COLUMNS],
        "removals.csv": removal_summary(corpus.removed),
        "removed_lines.csv": removed_lines(corpus.removed),
        "rules.csv": rule_counts(corpus.removed),
        "camps.csv": corpus.articles[["id", "camp", "camp_evidence"]],
        "repeated_lines.csv": repeated,
    }
    writers = {r(path): (lambda p, df=df: write_parquet(df, p)) for path, df in frames.items()}
    writers |= {tables / name: (lambda p, df=df: write_csv(df, p)) for name, df in csvs.items()}
    writers[r(layout.metrics("clean"))] = lambda p: write_json(metrics, p)
    write_all(writers)


def _summary(m: dict) -> str:
    return (
        f"clean: {m['articles']} articles, {m['passages']} passages, {m['sentences']} "
        f"sentences; {m['chars_removed']} characters removed; "
        f"{m['passages_other_language']} other-language passages; "
        f"{m['duplicates_exact'] + m['duplicates_near']} duplicates"
    )


def main() -> int:
    def work() -> None:
        print(_summary(clean(config.load())), file=sys.stderr)

    return run_stage("clean", work)


if __name__ == "__main__":
    sys.exit(main())
