"""Language of articles and passages, offline (py3langid ships its model in the package).

A passage counts as in the corpus language unless it is confidently another language: detected
language differs *and* probability >= ``min_prob`` *and* it has at least ``min_tokens`` tokens
(very short passages are too short to tell).
"""

from __future__ import annotations

from functools import lru_cache

import pandas as pd


@lru_cache(maxsize=1)
def _identifier():
    from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_modelpath(MODEL_DIR / MODEL_FILE, norm_probs=True)


def detect(texts: list[str]) -> list[tuple[str, float]]:
    """ISO 639-1 code and probability of the most likely language of every text (identical
    texts, such as an article of one passage, are classified once)."""
    from framelab.clean.langid_batch import classify_many

    distinct = sorted(set(texts))
    found = dict(zip(distinct, classify_many(distinct, _identifier()), strict=True))
    return [found[t] for t in texts]


def flag_languages(
    df: pd.DataFrame, language: str, min_prob: float, min_tokens: int
) -> pd.DataFrame:
    """Add ``lang``, ``lang_prob`` and ``in_language`` columns (``text`` and ``n_tokens`` used)."""
    found = detect(df["text"].tolist())
    out = df.copy()
    out["lang"] = [lang for lang, _ in found]
    out["lang_prob"] = [round(p, 4) for _, p in found]
    other = (
        (out["lang"] != language) & (out["lang_prob"] >= min_prob) & (out["n_tokens"] >= min_tokens)
    )
    out["in_language"] = ~other
    return out
