"""Contested naming: which camp uses which name for the same thing, quoted or in its own voice.

The pairs live in the study's ``naming.yml`` with their rationale.
"""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd
import yaml

from framelab import text as textlib


def load_pairs(path: Path) -> list[dict]:
    data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    return [
        dict(
            name=p["name"],
            rationale=" ".join(p["rationale"].split()),
            variants={v: re.compile(rx) for v, rx in p["variants"].items()},
        )
        for p in data["pairs"]
    ]


def naming_table(passages: pd.DataFrame, articles: pd.DataFrame, pairs: list[dict]) -> pd.DataFrame:
    """Per pair, variant and camp: uses in total, inside quotations and in the own voice."""
    camp = articles.set_index("id")["camp"]
    rows = []
    for p in passages.itertuples():
        spans = textlib.quote_spans(p.text)
        for pair in pairs:
            for variant, rx in pair["variants"].items():
                for m in rx.finditer(p.text):
                    quoted = any(a <= m.start() < b for a, b in spans)
                    rows.append(
                        dict(
                            pair=pair["name"],
                            variant=variant,
                            camp=camp[p.article_id],
                            quoted=quoted,
                        )
                    )
    df = pd.DataFrame(rows, columns=["pair", "variant", "camp", "quoted"])
    grid = pd.MultiIndex.from_tuples(
        [(pr["name"], v, c) for pr in pairs for v in pr["variants"] for c in sorted(camp.unique())],
        names=["pair", "variant", "camp"],
    )
    g = df.groupby(["pair", "variant", "camp"])["quoted"]
    out = pd.DataFrame({"n": g.size(), "quoted": g.sum()}).reindex(grid, fill_value=0)
    out["own_voice"] = out["n"] - out["quoted"]
    return out.reset_index().astype({"n": int, "quoted": int, "own_voice": int})
