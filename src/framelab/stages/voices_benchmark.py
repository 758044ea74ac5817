"""Stage ``voices_benchmark``: the attribution analysis against the blind gold standard.

Precision, recall and F1 of attributed statements and the accuracy of the resolved speaker, on
the dev and the test articles of ``data/annotations/voices_gold*.csv`` (10kGNAD articles are read
from ``../shared``; without it the metrics file says so). The DVC metrics file
``reports/metrics/voices.json`` holds a fixed handful of headline scalars; the report's validity
section reads the full summary, ``reports/tables/voices_benchmark/summary.json`` (every held-out
source by set and engine, the readers' studies); every split's figures, before and after each
round, are in ``by_split.csv`` there, the current rules per 10kGNAD section in
``by_section.csv``; ``make bench-voices`` adds speed figures.
"""

from __future__ import annotations

import sys

from framelab import config, layout, paths
from framelab.stages._entry import run_stage

GOLD = "data/annotations"
SEEDS = "data/raw/articles"
GNAD = paths.KGNAD_TEST_RELATIVE


def voices_benchmark(cfg: config.Config) -> dict:
    """Score the attribution on the gold and write the summary metrics (the baselines and the
    first measurement are in ``make bench-voices``'s table)."""
    import tempfile

    import pandas as pd

    from framelab.attribution.benchmark import (
        headline_metrics,
        run_benchmark,
        section_rows,
        split_rows,
        summary_metrics,
    )
    from framelab.io.outputs import write_csv, write_json

    out = layout.resolve(layout.metrics("voices"))
    gnad = paths.resolve(GNAD)
    missing = [p for p in (GNAD, f"{GOLD}/voices_gold.csv") if not paths.resolve(p).is_file()]
    rows = pd.DataFrame(columns=["measurement", "split"])
    articles = pd.DataFrame(columns=["article_id", "split", "tuned"])
    sections = pd.DataFrame(columns=["section", "articles"])
    if missing:
        summary = {"available": False, "reason": f"{', '.join(missing)} missing"}
    else:
        with tempfile.TemporaryDirectory() as tmp:
            result = run_benchmark(
                paths.resolve(GOLD),
                paths.resolve(SEEDS),
                gnad,
                tmp,
                cfg.attribute.scare_max_words,
                speed=False,
            )
        summary = summary_metrics(result)
        rows = pd.DataFrame(split_rows(result))
        sections = pd.DataFrame(section_rows(result))
        articles = gold_articles(paths.resolve(GOLD))
    tables = layout.resolve(layout.tables("voices_benchmark"))
    tables.mkdir(parents=True, exist_ok=True)
    write_csv(rows, tables / "by_split.csv")
    write_csv(articles, tables / "gold_articles.csv")
    write_csv(sections, tables / "by_section.csv")
    write_json(summary, tables / "summary.json")
    write_json(headline_metrics(summary), out)
    return summary


def gold_articles(gold_dir):
    """Every gold article with its split and whether the rules were tuned on it, so a report
    can say which of its own articles the attribution is in-sample for."""
    from framelab.attribution.benchmark import (
        OTHER_SPLITS,
        SPLITS,
        last_round,
        load_gold,
        tuning_splits,
    )

    _, arts = load_gold(gold_dir)
    last = last_round(gold_dir / "voices_revisions.md")
    tuned = set(tuning_splits(arts, SPLITS + OTHER_SPLITS, last_revision=last))
    out = arts[["article_id", "split"]].assign(tuned=arts["split"].isin(tuned))
    return out.sort_values("article_id", ignore_index=True)


def main() -> int:
    return run_stage("voices_benchmark", lambda: voices_benchmark(config.load()))


if __name__ == "__main__":
    sys.exit(main())
