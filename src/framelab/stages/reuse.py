"""Stage ``reuse``: passages that share wording between articles (MinHash LSH, then containment).

Reads ``params.yaml`` section ``reuse`` and the clean stage's passages and articles; writes
``reports/tables/reuse`` and ``reports/metrics/reuse.json``. Memory stays bounded: candidates are
capped per passage (``reuse.max_candidates``) and the tables are written chunk by chunk —
every passage pair (``passage_pairs.parquet``) and article pair (``article_pairs.parquet``) —
while the stage keeps only what the report reads: the top pairs (``top_pairs.csv`` with their texts,
``top_article_pairs.csv``) and the reuse between outlets and between camps
(``lineage_outlets.csv``, ``lineage_camps.csv``). The full pair tables are Parquet without texts
(join ``data/processed/passages.parquet`` on article id and position for them): at 100,000
articles they hold tens of millions of rows.
"""

from __future__ import annotations

import sys

from framelab import config, layout
from framelab.stages._entry import run_stage, stage_executor

TOP_PAIRS = 50  # passage and article pairs kept for the report (all pairs stay in Parquet)
LINEAGE = {"outlet": "lineage_outlets.csv", "camp": "lineage_camps.csv"}
ALL_PAIRS, ALL_ARTICLE_PAIRS = "passage_pairs.parquet", "article_pairs.parquet"
OUTPUTS = [
    ALL_PAIRS,
    ALL_ARTICLE_PAIRS,
    "top_pairs.csv",
    "top_article_pairs.csv",
    *LINEAGE.values(),
]


def reuse(cfg: config.Config) -> dict:
    """Find reused passages and article pairs; write the tables and metrics."""
    import pandas as pd

    from framelab.analysis.reuse import ReuseParams, ReuseTotals

    c = cfg.reuse
    passages = pd.read_parquet(
        layout.resolve(layout.PASSAGES), columns=["article_id", "position", "text", "in_language"]
    )
    passages = passages[passages["in_language"]].drop(columns="in_language")
    articles = pd.read_parquet(layout.resolve(layout.ARTICLES), columns=["id", *LINEAGE])
    groups = {level: articles.set_index("id")[level] for level in LINEAGE}
    params = config.pick(ReuseParams, c)
    totals = ReuseTotals(TOP_PAIRS, groups)
    _write(passages, params, totals)
    return dict(
        passage_pairs=totals.passage_pairs,
        article_pairs=totals.article_pairs,
        passages=len(passages),
    )


def _write(passages, params, totals) -> None:
    """Stream the pair tables to their files, then write the summaries (all or nothing)."""
    from framelab.analysis.reuse import PAIR_ORDER, article_pair_schema, iter_reuse, pair_schema
    from framelab.io.outputs import staged_outputs, write_csv, write_json
    from framelab.runtime.partitions import ParquetChunkWriter

    tables = layout.resolve(layout.tables("reuse"))
    metrics = layout.resolve(layout.metrics("reuse"))
    with staged_outputs([*(tables / n for n in OUTPUTS), metrics]) as staged:
        with (
            ParquetChunkWriter(staged[tables / ALL_PAIRS], pair_schema(), PAIR_ORDER) as pairs_out,
            ParquetChunkWriter(
                staged[tables / ALL_ARTICLE_PAIRS], article_pair_schema(), PAIR_ORDER[:2]
            ) as articles_out,
            stage_executor() as ex,
        ):
            for pairs, by_article in iter_reuse(passages, params, ex):
                pairs_out.write(pairs)
                articles_out.write(by_article)
                totals.add(pairs, by_article)
        write_csv(totals.top_pairs(passages), staged[tables / "top_pairs.csv"])
        write_csv(totals.top_article_pairs(), staged[tables / "top_article_pairs.csv"])
        for level, name in LINEAGE.items():
            write_csv(totals.lineage(level), staged[tables / name])
        counts = ("passage_pairs", "article_pairs")
        write_json(
            {k: getattr(totals, k) for k in counts} | {"passages": len(passages)}, staged[metrics]
        )


def main() -> int:
    return run_stage("reuse", lambda: reuse(config.load()))


if __name__ == "__main__":
    sys.exit(main())
