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

CHUNK_ARTICLES = 100  # articles per task (memory per worker, not a research parameter)


PASSAGE_COLUMNS = ["article_id", "position", "kind", "text", "in_language"]


def attribute(cfg: config.Config) -> dict:
    """Annotate the corpus chunk by chunk in worker processes; each chunk's tables are appended
    to the outputs as they arrive, so memory follows the chunk size, not the corpus."""
    from framelab.attribution.analyse import AttributeSettings, analyse_chunk
    from framelab.attribution.summary import AttributeTotals
    from framelab.io.outputs import staged_outputs
    from framelab.study.model import load_study

    study = load_study(cfg.study, cfg.attribute.lexicon, cfg.attribute.scare_max_words)
    settings = AttributeSettings(cfg.attribute.scare_max_words, study.lexicon, study.gazetteer)
    r = layout.resolve
    tables = r(layout.tables("attribute"))
    csvs = [
        tables / "speakers.csv",
        tables / "speakers_unmapped.csv",
        r(layout.metrics("attribute")),
    ]
    with staged_outputs([*TABLES_OUT, *csvs]) as staged, stage_executor(may_fork=True) as ex:
        sinks = _sinks(staged)
        totals = AttributeTotals()
        work = partial(analyse_chunk, settings=settings)
        for parts in ex.map(work, _chunks(), desc="attribute"):
            for sink, part in zip(sinks, parts, strict=True):
                sink.write(part)
            totals.add(*parts)
        for sink in sinks:
            sink.close()
        metrics = _write_summaries(totals, [staged[p] for p in csvs])
    return metrics


def _chunks():
    """Chunks of ``(article_id, passages)`` of the analysed (in-language) passages."""
    from framelab.runtime.partitions import article_groups, iter_articles

    frames = (
        df[df["in_language"]]
        for df in iter_articles(layout.resolve(layout.PASSAGES), PASSAGE_COLUMNS)
    )
    return article_groups(frames, chunk_size(CHUNK_ARTICLES))


def _sinks(staged: dict):
    from framelab.attribution.analyse import MARKER_COLUMNS
    from framelab.attribution.tables import INT_COLUMNS, STATEMENT_COLUMNS, VOICE_COLUMNS
    from framelab.runtime.partitions import ParquetChunkWriter, arrow_schema

    columns = (VOICE_COLUMNS, STATEMENT_COLUMNS, MARKER_COLUMNS)
    return [
        ParquetChunkWriter(
            staged[layout.resolve(path)], arrow_schema(cols, INT_COLUMNS), ["article_id"]
        )
        for path, cols in zip(TABLES_OUT_LAYOUT, columns, strict=True)
    ]


def _write_summaries(totals, paths) -> dict:
    from framelab.io.outputs import write_csv, write_json

    speakers = totals.speakers()
    metrics = totals.metrics(speakers)
    write_csv(speakers, paths[0])
    write_csv(speakers[speakers["group"] == "unmapped"], paths[1])
    write_json(metrics, paths[2])
    return metrics


TABLES_OUT_LAYOUT = (layout.ATTRIBUTION, layout.STATEMENTS, layout.MARKERS)
TABLES_OUT = [layout.resolve(p) for p in TABLES_OUT_LAYOUT]


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
