"""Contested naming: which camp uses which name for the same thing, quoted or in its own voice.

The pairs live in the study's ``naming.yml`` with their rationale.
"""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd
import yaml


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


def naming_table(
    passages: pd.DataFrame, articles: pd.DataFrame, pairs: list[dict], spans: dict
) -> pd.DataFrame:
    """Per pair, variant and camp: uses in total and by voice class (narrator, paraphrase,
    reported, quoted), from the attribution stage's voice spans (``{article_id: [VoiceSpan]}``).
    ``own_voice`` = narrator + paraphrase: the words the text itself chooses (codebook v2 D1)."""
    from framelab.attribution.annotate import voice_at

    camp = articles.set_index("id")["camp"]
    rows = [
        dict(
            pair=pair["name"],
            variant=variant,
            camp=camp[p.article_id],
            voice_class=name_voice(
                voice_at(spans.get(p.article_id, []), p.position, m.start()).voice
            ),
        )
        for p in passages.itertuples()
        for pair in pairs
        for variant, rx in pair["variants"].items()
        for m in rx.finditer(p.text)
    ]
    df = pd.DataFrame(rows, columns=["pair", "variant", "camp", "voice_class"])
    grid = pd.MultiIndex.from_tuples(
        [(pr["name"], v, c) for pr in pairs for v in pr["variants"] for c in sorted(camp.unique())],
        names=["pair", "variant", "camp"],
    )
    wide = pd.crosstab([df["pair"], df["variant"], df["camp"]], df["voice_class"])
    wide = wide.reindex(grid, fill_value=0).reindex(columns=CLASSES, fill_value=0)
    out = wide.reset_index()
    out["n"] = out[list(CLASSES)].sum(axis=1)
    out["own_voice"] = out["narrator"] + out["paraphrase"]
    return out[["pair", "variant", "camp", "n", *CLASSES, "own_voice"]].astype(
        {c: int for c in ["n", *CLASSES, "own_voice"]}
    )


CLASSES = ("narrator", "paraphrase", "reported", "quoted")


def name_voice(voice: str) -> str:
    """The voice class of a name (a name in scare quotes is held at a distance: ``quoted``)."""
    from framelab.analysis.markers import VOICE_CLASS

    return VOICE_CLASS[voice]
