"""Contested naming: which camp uses which name for the same thing, quoted or in its own voice.

The pairs live in the study's ``naming.yml`` with their rationale.
"""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd
import yaml

from framelab.analysis.markers import OWN_CLASSES
from framelab.runtime.literal_gate import could_match


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


MATCH_COLUMNS = ["pair", "variant", "camp", "voice_class"]


def naming_table(
    passages: pd.DataFrame, articles: pd.DataFrame, pairs: list[dict], spans: dict
) -> pd.DataFrame:
    """Per pair, variant and camp: uses in total and by voice class (narrator, paraphrase,
    reported, quoted), from the attribution stage's voice spans (``{article_id: [VoiceSpan]}``).
    ``own_voice`` = narrator + paraphrase: the words the text itself chooses (codebook v2 D1)."""
    camp = articles.set_index("id")["camp"]
    found = naming_matches(passages.assign(camp=passages["article_id"].map(camp)), pairs, spans)
    counts = found.groupby(MATCH_COLUMNS, as_index=False).size().rename(columns={"size": "n"})
    return naming_counts_table(counts, pairs, sorted(camp.unique()))


def naming_matches(passages: pd.DataFrame, pairs: list[dict], spans: dict) -> pd.DataFrame:
    """One row per name found in ``passages`` (which carry ``camp``): pair, variant, camp and
    the voice class at its position."""
    from framelab.attribution.annotate import voice_at

    cols = (passages[c] for c in ("article_id", "position", "text", "camp"))
    rows = [
        (pair["name"], variant, camp, name_voice(voice_at(spans.get(a, []), pos, m.start()).voice))
        for a, pos, text, camp in zip(*cols, strict=True)
        for pair in pairs
        for variant, rx in pair["variants"].items()
        if could_match(rx, text)
        for m in rx.finditer(text)
    ]
    return pd.DataFrame(rows, columns=MATCH_COLUMNS)


def naming_counts_table(counts: pd.DataFrame, pairs: list[dict], camps: list) -> pd.DataFrame:
    """The naming table from match counts (``pair, variant, camp, voice_class, n``), with a row
    for every pair, variant and camp (zeros kept)."""
    grid = pd.MultiIndex.from_tuples(
        [(pr["name"], v, c) for pr in pairs for v in pr["variants"] for c in camps],
        names=["pair", "variant", "camp"],
    )
    wide = (
        counts.pivot_table(
            index=["pair", "variant", "camp"], columns="voice_class", values="n", aggfunc="sum"
        )
        if len(counts)
        else pd.DataFrame(index=pd.MultiIndex.from_tuples([], names=grid.names))
    )
    wide = wide.reindex(grid, fill_value=0).reindex(columns=CLASSES, fill_value=0).fillna(0)
    out = wide.reset_index()
    out["n"] = out[list(CLASSES)].sum(axis=1)
    out["own_voice"] = out[list(OWN_CLASSES)].sum(axis=1)
    return out[["pair", "variant", "camp", "n", *CLASSES, "own_voice"]].astype(
        {c: int for c in ["n", *CLASSES, "own_voice"]}
    )


CLASSES = ("narrator", "paraphrase", "reported", "quoted")


def name_voice(voice: str) -> str:
    """The voice class of a name (a name in scare quotes is held at a distance: ``quoted``)."""
    from framelab.analysis.markers import VOICE_CLASS

    return VOICE_CLASS[voice]
