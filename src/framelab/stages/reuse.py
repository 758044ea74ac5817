"""Stage ``reuse``: passages that share wording between articles (MinHash LSH, then containment).

Reads ``params.yaml`` section ``reuse`` and the clean stage's passages; writes
``reports/tables/reuse`` and ``reports/metrics/reuse.json``.
"""

from __future__ import annotations

import sys

from framelab import config, layout
from framelab.stages._entry import run_stage


def reuse(cfg: config.Config) -> dict:
    """Find reused passages and article pairs; write the tables and metrics."""
    import pandas as pd

    from framelab.analysis.reuse import ReuseParams, article_reuse, passage_reuse
    from framelab.io.outputs import write_all, write_csv, write_json

    c = cfg.reuse
    passages = pd.read_parquet(layout.resolve(layout.PASSAGES))
    passages = passages[passages["in_language"]]
    pairs = passage_reuse(passages, config.pick(ReuseParams, c))
    by_article = article_reuse(pairs, passages)
    metrics = dict(passage_pairs=len(pairs), article_pairs=len(by_article), passages=len(passages))
    tables = layout.resolve(layout.tables("reuse"))
    write_all(
        {
            tables / "passage_pairs.csv": lambda p: write_csv(pairs, p),
            tables / "article_pairs.csv": lambda p: write_csv(by_article, p),
            layout.resolve(layout.metrics("reuse")): lambda p: write_json(metrics, p),
        }
    )
    return metrics


def main() -> int:
    return run_stage("reuse", lambda: reuse(config.load()))


if __name__ == "__main__":
    sys.exit(main())
