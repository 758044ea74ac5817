"""Stage ``reuse``: passages that share wording between articles (MinHash LSH, then containment).

Reads ``params.yaml`` section ``reuse`` and the clean stage's passages and articles; writes
``reports/tables/reuse`` and ``reports/metrics/reuse.json``. Memory stays bounded: candidates are
capped per passage (``reuse.max_candidates``) and the tables are written chunk by chunk —
every passage pair (``passage_pairs.parquet``) and article pair (``article_pairs.parquet``) —
while the stage keeps only what the report reads: the top pairs (``top_pairs.csv`` with their texts,
``top_article_pairs.csv``) and the reuse between outlets and between camps
(``lineage_outlets.csv``, ``lineage_camps.csv``). The full pair tables are Parquet without texts
(join ``data/processed/passages.parquet`` on article id and position for them): at 100,000
articles they hold tens of millions of rows. The passage texts are never all in memory: they are
read from Parquet chunk by chunk for the shingles, and again only for the top pairs.
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
    path = layout.resolve(layout.PASSAGES)
    passages = pd.read_parquet(path, columns=["article_id", "position", "in_language"])
    passages = passages[passages["in_language"]].drop(columns="in_language")
    articles = pd.read_parquet(layout.resolve(layout.ARTICLES), columns=["id", *LINEAGE])
    groups = {level: articles.set_index("id")[level] for level in LINEAGE}
    params = config.pick(ReuseParams, c)
    totals = ReuseTotals(TOP_PAIRS, groups)
    _write(path, passages, params, totals)
    return dict(
        passage_pairs=totals.passage_pairs,
        article_pairs=totals.article_pairs,
        passages=len(passages),
    )


def _write(path, passages, params, totals) -> None:
    """Stream the pair tables to their files, then write the summaries (all or nothing). The
    texts are read from ``path`` chunk by chunk (in the clean stage's order, which
    ``passages`` keeps), and once more only for the top pairs."""
    import pandas as pd

    from framelab.analysis.reuse import (
        PAIR_ORDER,
        article_pair_schema,
        coded_reuse,
        is_sorted,
        pair_schema,
    )
    from framelab.io.outputs import staged_outputs, write_csv, write_json
    from framelab.runtime.partitions import ColumnPieces, ParquetChunkWriter

    if is_sorted(passages):  # the clean stage's order: stream the texts
        texts = ColumnPieces(path, "text", "in_language", len(passages), params.chunk)
    else:  # another order: read the texts at once
        texts = None
        passages = passages.join(pd.read_parquet(path, columns=["text"]).loc[passages.index])
    tables = layout.resolve(layout.tables("reuse"))
    metrics = layout.resolve(layout.metrics("reuse"))
    with staged_outputs([*(tables / n for n in OUTPUTS), metrics]) as staged:
        with (
            ParquetChunkWriter(
                staged[tables / ALL_PAIRS], pair_schema(), PAIR_ORDER, presorted=True
            ) as pairs_out,
            ParquetChunkWriter(
                staged[tables / ALL_ARTICLE_PAIRS],
                article_pair_schema(),
                PAIR_ORDER[:2],
                presorted=True,
            ) as articles_out,
            stage_executor() as ex,
        ):
            for pairs, by_article, articles in coded_reuse(passages, params, ex, texts):
                pairs_out.write(pairs)
                articles_out.write(by_article)
                totals.add(pairs, by_article, articles)
        write_csv(totals.top_pairs(_top_texts(path, totals)), staged[tables / "top_pairs.csv"])
        write_csv(totals.top_article_pairs(), staged[tables / "top_article_pairs.csv"])
        for level, name in LINEAGE.items():
            write_csv(totals.lineage(level), staged[tables / name])
        counts = ("passage_pairs", "article_pairs")
        write_json(
            {k: getattr(totals, k) for k in counts} | {"passages": len(passages)}, staged[metrics]
        )


def _top_texts(path, totals):
    """The passages (with texts) of the articles in the top pairs, read with a filter."""
    import pandas as pd

    top = totals.top
    ids = sorted(set(top["article_a"]) | set(top["article_b"])) if top is not None else []
    columns = ["article_id", "position", "text"]
    if not ids:
        return pd.DataFrame(columns=columns)
    return pd.read_parquet(path, columns=columns, filters=[("article_id", "in", ids)])


def main() -> int:
    return run_stage("reuse", lambda: reuse(config.load()))


if __name__ == "__main__":
    sys.exit(main())
