"""Stage ``attribute``: whose voice every sentence is, who speaks, and the voice of every marker.

Reads the clean stage's passages and the study (lexicon, optional gazetteer); writes
``data/processed/{attribution,statements,markers}.parquet``, the speaker tables of
``reports/tables/attribute`` and summary scalars in ``reports/metrics/attribute.json``.
"""

from __future__ import annotations

import sys
from functools import partial

from framelab import config, layout
from framelab.stages._entry import chunk_size, run_stage, stage_executor

CHUNK_ARTICLES = 200  # articles per task (memory per worker, not a research parameter)


def attribute(cfg: config.Config) -> dict:
    """Annotate the corpus in chunks and write every output."""
    import pandas as pd

    from framelab.attribution.analyse import AttributeSettings, analyse_chunk
    from framelab.attribution.summary import attribute_metrics, speaker_table
    from framelab.study.model import load_study

    study = load_study(cfg.study, cfg.attribute.lexicon, cfg.attribute.scare_max_words)
    settings = AttributeSettings(cfg.attribute.scare_max_words, study.lexicon, study.gazetteer)
    passages = pd.read_parquet(layout.resolve(layout.PASSAGES))
    passages = passages[passages["in_language"]]
    groups = list(passages.groupby("article_id", sort=True))
    size = chunk_size(CHUNK_ARTICLES)
    chunks = [groups[i : i + size] for i in range(0, len(groups), size)]
    with stage_executor() as ex:
        parts = list(ex.map(partial(analyse_chunk, settings=settings), chunks, desc="attribute"))
    voices, statements, marks = (_concat([p[i] for p in parts]) for i in range(3))
    speakers = speaker_table(statements)
    metrics = attribute_metrics(voices, statements, marks, speakers)
    _write(voices, statements, marks, speakers, metrics)
    return metrics


def _concat(frames):
    import pandas as pd

    return pd.concat(frames, ignore_index=True) if frames else pd.DataFrame()


def _write(voices, statements, marks, speakers, metrics) -> None:
    from framelab.io.outputs import write_all, write_csv, write_json, write_parquet

    r = layout.resolve
    tables = r(layout.tables("attribute"))
    unmapped = speakers[speakers["group"] == "unmapped"]
    write_all(
        {
            r(layout.ATTRIBUTION): lambda p: write_parquet(voices, p),
            r(layout.STATEMENTS): lambda p: write_parquet(statements, p),
            r(layout.MARKERS): lambda p: write_parquet(marks, p),
            tables / "speakers.csv": lambda p: write_csv(speakers, p),
            tables / "speakers_unmapped.csv": lambda p: write_csv(unmapped, p),
            r(layout.metrics("attribute")): lambda p: write_json(metrics, p),
        }
    )


def main() -> int:
    def work() -> None:
        m = attribute(config.load())
        print(
            f"attribute: {m['statements']} attributed statements by {m['speakers']} speakers; "
            f"{m['marker_matches']} marker matches",
            file=sys.stderr,
        )

    return run_stage("attribute", work)


if __name__ == "__main__":
    sys.exit(main())
