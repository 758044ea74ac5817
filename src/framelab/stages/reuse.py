"""Stage ``reuse``: passages that share wording between articles (MinHash LSH, then containment).

Reads ``params.yaml`` section ``reuse`` and the clean stage's passages and articles; writes
``reports/tables/reuse`` and ``reports/metrics/reuse.json``. Memory stays bounded: candidates are
capped per passage (``reuse.max_candidates``) and the tables are written chunk by chunk — every
passage pair (``passage_pairs.csv``) and article pair (``article_pairs.csv``) — while the stage
keeps only what the report reads: the top pairs (``top_pairs.csv``) and the reuse between
outlets and between camps (``lineage_outlets.csv``, ``lineage_camps.csv``).
"""

from __future__ import annotations

import sys

from framelab import config, layout
from framelab.stages._entry import run_stage, stage_executor

TOP_PAIRS = 50  # passage pairs kept for the report (all pairs stay in passage_pairs.csv)
LINEAGE = {"outlet": "lineage_outlets.csv", "camp": "lineage_camps.csv"}


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
    from framelab.analysis.reuse import ARTICLE_REUSE_COLUMNS, PAIR_COLUMNS, iter_reuse, with_texts
    from framelab.io.outputs import append_csv, staged_outputs, write_csv, write_json

    tables = layout.resolve(layout.tables("reuse"))
    names = ["passage_pairs.csv", "article_pairs.csv", "top_pairs.csv", *LINEAGE.values()]
    metrics = layout.resolve(layout.metrics("reuse"))
    with staged_outputs([*(tables / n for n in names), metrics]) as staged:
        pairs_csv, article_csv = staged[tables / names[0]], staged[tables / names[1]]
        append_csv(with_texts(_empty(PAIR_COLUMNS), passages), pairs_csv, header=True)
        append_csv(_empty(ARTICLE_REUSE_COLUMNS), article_csv, header=True)
        with stage_executor() as ex:
            for pairs, by_article in iter_reuse(passages, params, ex):
                append_csv(with_texts(pairs, passages), pairs_csv)
                append_csv(by_article, article_csv)
                totals.add(pairs, by_article)
        write_csv(totals.top_pairs(passages), staged[tables / "top_pairs.csv"])
        for level, name in LINEAGE.items():
            write_csv(totals.lineage(level), staged[tables / name])
        counts = ("passage_pairs", "article_pairs")
        write_json(
            {k: getattr(totals, k) for k in counts} | {"passages": len(passages)}, staged[metrics]
        )


def _empty(columns):
    import pandas as pd

    return pd.DataFrame(columns=columns)


def main() -> int:
    return run_stage("reuse", lambda: reuse(config.load()))


if __name__ == "__main__":
    sys.exit(main())
