"""``framelab agreement --split dev``: the rules against the manual coding on one split, while the
rules are being written (docs/studies.md, validation protocol, steps 3–4).

It runs the stance pass on the coded articles of that split only, from the clean and attribute
stages' outputs, so tuning on dev never shows the test figure; ``dvc repro`` reports test once.
"""

from __future__ import annotations

import math
from collections.abc import Iterator

import pandas as pd

from framelab.analysis import passes, validation
from framelab.errors import InputError, Problem
from framelab.runtime.executor import SerialExecutor


def _only(frames: Iterator[pd.DataFrame], ids: set[str]) -> Iterator[pd.DataFrame]:
    for frame in frames:
        kept = frame[frame["article_id"].isin(ids)]
        if len(kept):
            yield kept


def split_agreement(study, coding, split: str, stopwords: frozenset, scare_max_words: int):
    """``(units, summary)`` of the rules vs the coding's ``split`` units (see
    :func:`framelab.analysis.validation.align` and ``agreement_summary``)."""
    from framelab import layout
    from framelab.runtime.partitions import iter_articles

    articles = pd.read_parquet(layout.resolve(layout.ARTICLES), columns=passes.ARTICLE_COLUMNS)
    passages = pd.read_parquet(layout.resolve(layout.PASSAGES))
    targets = [t.name for t in study.targets]
    manual = validation.load_manual(coding, passages, targets)
    if "split" not in manual:
        raise InputError(
            [Problem(coding.name, "no split column or split.csv: see docs/studies.md")]
        )
    manual = manual[manual["split"] == split]
    ids = set(manual["article_id"])
    settings = passes.PassSettings(
        study.targets, study.lexicon, study.naming_pairs, scare_max_words, stopwords
    )
    coded = passages[passages["article_id"].isin(ids)].sort_values(["article_id", "position"])
    chunks = passes.pass_chunks(
        iter([coded[passes.PASSAGE_COLUMNS]]),  # read once above, for the coding's check
        _only(iter_articles(layout.resolve(layout.ATTRIBUTION), passes.VOICE_COLUMNS), ids),
        articles[articles["id"].isin(ids)],
        passes.CHUNK_ARTICLES,
    )
    found = passes.run_pass(chunks, settings, SerialExecutor())
    units = validation.align(manual, found.stance)
    return units, validation.agreement_summary(units, manual)


def lines(split: str, units: pd.DataFrame, summary: dict) -> list[str]:
    """What the command prints: the figures, then every disagreement with the rules that fired."""
    alpha, f1 = summary["alpha"], summary["macro_f1"]
    out = [
        f"{split}: {summary['coded']} coded units ({summary['coded_absent']} absent); "
        f"{summary['units']} mentioned by the coder or the rules, {summary['agree']} agree; "
        f"α = {'undefined' if math.isnan(alpha) else f'{alpha:.3f}'}, "
        f"macro-F1 = {'undefined' if math.isnan(f1) else f'{f1:.3f}'}"
    ]
    if not summary["units"]:
        out.append(
            f"  no {split} unit is mentioned by the coder or the rules: agreement is undefined; "
            "code passages that mention the claims, or check the claims' mention patterns"
        )
    wrong = units[units["manual"] != units["rule"]]
    for r in wrong.itertuples():
        out.append(
            f"  {r.article_id} p{r.position} {r.target}: coder {r.manual}, rules {r.rule}"
            + (f" ({r.rules})" if isinstance(r.rules, str) and r.rules else "")
        )
    return out
