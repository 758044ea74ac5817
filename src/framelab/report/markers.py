"""Framing-marker matches as the report shows them: one row label per marker and direction,
and whether the match stands in the text's own words (narrator or indicative paraphrase)."""

from __future__ import annotations

import pandas as pd

from framelab.analysis.markers import OWN_CLASSES as OWN_VOICES  # voices named as their class


def marker_rows(m: pd.DataFrame) -> pd.DataFrame:
    """``m`` with ``row`` ("category (direction): marker", the marker's name in words:
    "treaty_basis" reads "treaty basis") and ``own`` (own-words match)."""
    direction = m["direction"].fillna("") if "direction" in m else ""
    name = m["marker"].str.replace("_", " ", regex=False)
    label = m["category"] + direction.map(lambda x: f" ({x})" if x else "") + ": " + name
    own = m["voice"].isin(OWN_VOICES) if "voice" in m else True
    return m.assign(row=label, own=own)
