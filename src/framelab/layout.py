"""Where every stage writes: the single registry of output paths (relative to the project root).

``dvc.yaml`` is generated from this registry (``framelab dvc-yaml``; a test keeps the committed
file equal), the stages write here, and the notebooks and the report read from here.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from framelab import paths

PROCESSED = "data/processed"
REPORTS = "reports"


@dataclass(frozen=True)
class StageOutputs:
    """What one stage writes: data files/folders, metrics files and plots tables."""

    outs: tuple[str, ...]
    metrics: tuple[str, ...] = ()


ARTICLES = f"{PROCESSED}/articles.parquet"
PASSAGES = f"{PROCESSED}/passages.parquet"
SENTENCES = f"{PROCESSED}/sentences.parquet"
REMOVED = f"{PROCESSED}/removed.parquet"
DUPLICATES = f"{PROCESSED}/duplicates.parquet"
ATTRIBUTION = f"{PROCESSED}/attribution.parquet"
STATEMENTS = f"{PROCESSED}/statements.parquet"
MARKERS = f"{PROCESSED}/markers.parquet"
# each optional input outside the repository with its fingerprint (stage locate_inputs)
OPTIONAL_INPUTS = f"{PROCESSED}/optional_inputs.json"


def tables(stage: str) -> str:
    return f"{REPORTS}/tables/{stage}"


def figures(stage: str) -> str:
    return f"{REPORTS}/figures/{stage}"


def metrics(stage: str) -> str:
    return f"{REPORTS}/metrics/{stage}.json"


def executed_notebook(stage: str) -> str:
    return f"{REPORTS}/notebooks/{stage}.ipynb"


REPORT_PDF = f"{REPORTS}/report.pdf"
SUPPLEMENT_PDF = f"{REPORTS}/supplement.pdf"
PROVENANCE = f"{REPORTS}/provenance.json"

STAGES: dict[str, StageOutputs] = {
    "locate_inputs": StageOutputs(outs=(OPTIONAL_INPUTS,)),
    "clean": StageOutputs(
        outs=(ARTICLES, PASSAGES, SENTENCES, REMOVED, DUPLICATES, tables("clean")),
        metrics=(metrics("clean"),),
    ),
    "attribute": StageOutputs(
        outs=(ATTRIBUTION, STATEMENTS, MARKERS, tables("attribute")),
        metrics=(metrics("attribute"),),
    ),
    "topics": StageOutputs(
        outs=(executed_notebook("topics"), figures("topics"), tables("topics")),
        metrics=(metrics("topics"),),
    ),
    "stance": StageOutputs(
        outs=(executed_notebook("stance"), figures("stance"), tables("stance")),
        metrics=(metrics("stance"), metrics("reliability")),
    ),
    "reuse": StageOutputs(outs=(tables("reuse"),), metrics=(metrics("reuse"),)),
    "voices_benchmark": StageOutputs(
        outs=(tables("voices_benchmark"),), metrics=(metrics("voices"),)
    ),
    "report": StageOutputs(outs=(REPORT_PDF, SUPPLEMENT_PDF, figures("report"), PROVENANCE)),
}


def resolve(relative: str) -> Path:
    """An output path of the registry, anchored at the project root."""
    return paths.resolve(relative)
