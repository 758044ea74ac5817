"""German noun forms the speaker rules share."""

from __future__ import annotations


def genitive_stem(word: str, heads: tuple[str, ...]) -> str:
    """``word`` as it is, or without a genitive "-s" or "-es", in the first of these forms
    whose lower case ends in one of ``heads`` ("Möbelkonzerns" → "Möbelkonzern",
    "Landratsamtes" → "Landratsamt", "BÜROS" → "BÜRO", "Ausschuss" → "Ausschuss"); "" when
    none does."""
    low = word.lower()
    for ending in ("", "s", "es"):
        stem = low.removesuffix(ending) if ending else low
        if (stem != low or not ending) and stem.endswith(heads):
            return word[: len(stem)]
    return ""
