"""Stage ``clean``: validate, normalise, de-boilerplate and segment the study's corpus.

Reads ``params.yaml`` sections ``study``, ``corpus`` and ``clean``; writes the parquet tables of
``data/processed`` and the audit tables of ``reports/tables/clean`` all at once (nothing on error).
"""

from __future__ import annotations

import sys
from pathlib import Path

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
    """Clean the configured corpus chunk by chunk and write every output; returns the metrics.
    Memory follows the chunk size: tables go to run files, merged by article id at the end."""
    from framelab.clean.cleaning import CleanSettings, load_rules
    from framelab.clean.furniture import count_corpus, furniture_lines, furniture_table
    from framelab.clean.streaming import ChunkJob
    from framelab.paths import resolve
    from framelab.study.files import camps_of, event_of, read_study_yaml

    meta = read_study_yaml(resolve(cfg.study))
    c = cfg.clean
    counts = count_corpus(lambda: (a for chunk in _chunks(cfg, meta) for a in chunk))
    furniture = furniture_lines(counts, c.furniture_min_share, c.furniture_min_articles)
    settings = CleanSettings(
        load_rules(resolve(c.rules)),
        c.paragraphs,
        meta["language"],
        c.language_min_prob,
        c.language_min_tokens,
        furniture,
    )
    job = ChunkJob(settings, event_of(meta), camps_of(meta), c.duplicate_shingle)
    return _clean_streamed(cfg, meta, job, furniture_table(counts), len(furniture))


def _chunks(cfg: config.Config, meta: dict):
    from framelab.io.corpus import iter_corpus
    from framelab.paths import resolve

    return iter_corpus(
        resolve(cfg.corpus.source),
        meta["corpus"].get("format", "folder"),
        meta["corpus"].get("options") or {},
        cfg.corpus.camps,
        cfg.corpus.max_bytes,
        chunk_size(CHUNK_ARTICLES),
    )


def _clean_streamed(cfg, meta, job, repeated, n_furniture: int) -> dict:
    import tempfile
    from functools import partial

    from framelab.clean.streaming import CleanRuns, clean_part

    processed = layout.resolve(layout.PASSAGES).parent
    processed.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix=".clean-runs-", dir=processed) as tmp:
        runs = CleanRuns(Path(tmp))
        with stage_executor(may_fork=True) as ex:
            for part in ex.map(partial(clean_part, job=job), _chunks(cfg, meta), desc="clean"):
                runs.add(*part)
        return _finish(cfg, runs, repeated, n_furniture)


def _finish(cfg, runs, repeated, n_furniture: int) -> dict:
    import pandas as pd

    from framelab.clean.cleaning import metrics_of
    from framelab.clean.streaming import audit_drops, find_duplicates, merge_tables
    from framelab.io.outputs import staged_outputs

    c = cfg.clean
    dups = find_duplicates(runs, c.duplicate_threshold, c.duplicate_shingle)
    dups = dups.assign(dropped=c.duplicates == "drop")
    drop = frozenset(dups["article_id"]) if c.duplicates == "drop" else frozenset()
    articles = runs.articles()
    removed = runs.removals()
    if drop:
        removed = pd.concat([removed, audit_drops(runs.texts(set(drop)), dups)], ignore_index=True)
        removed = removed.sort_values(["article_id", "line", "rule"], ignore_index=True)
        articles = articles[~articles["id"].isin(drop)].reset_index(drop=True)
    r = layout.resolve
    tables = {
        "articles": r(layout.ARTICLES),
        "passages": r(layout.PASSAGES),
        "sentences": r(layout.SENTENCES),
    }
    others = _other_outputs(articles, removed, dups, repeated)
    with staged_outputs([*tables.values(), *others, r(layout.metrics("clean"))]) as staged:
        rows = merge_tables(runs, {k: staged[p] for k, p in tables.items()}, drop)
        other = int(articles["n_passages_other_language"].sum())
        metrics = metrics_of(articles, rows, other, removed, dups)
        metrics |= _event_metrics(articles) | {"furniture_lines": n_furniture}
        for path, write in others.items():
            write(staged[path])
        from framelab.io.outputs import write_json

        write_json(metrics, staged[r(layout.metrics("clean"))])
    return metrics


def _other_outputs(articles, removed, dups, repeated) -> dict:
    from framelab.clean.cleaning import removal_summary, removed_lines, rule_counts
    from framelab.io.outputs import write_csv, write_parquet

    r = layout.resolve
    tables = r(layout.tables("clean"))
    csvs = {
        "duplicates.csv": dups,
        "corpus.csv": articles[CORPUS_COLUMNS],
        "removals.csv": removal_summary(removed),
        "removed_lines.csv": removed_lines(removed),
        "rules.csv": rule_counts(removed),
        "camps.csv": articles[["id", "camp", "camp_evidence"]],
        "repeated_lines.csv": repeated,
    }
    out = {tables / name: (lambda p, df=df: write_csv(df, p)) for name, df in csvs.items()}
    out[r(layout.REMOVED)] = lambda p: write_parquet(removed, p)
    out[r(layout.DUPLICATES)] = lambda p: write_parquet(dups, p)
    return out


def _event_metrics(articles) -> dict:
    return dict(
        articles_about_event=int(articles["about_event"].sum()),
        articles_outside_window=int((~articles["in_window"]).sum()),
        articles_in_study_camps=int(articles["analysed"].sum()),
    )


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
