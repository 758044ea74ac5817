"""One number format per quantity, used by every table, caption and sentence of the report."""

from __future__ import annotations

import math

NA = "–"


def _bad(x) -> bool:
    return x is None or (isinstance(x, float) and math.isnan(x))


def count(x) -> str:
    """Integers with a thousands comma: 1,609."""
    return NA if _bad(x) else f"{round(float(x)):,}"


def share(x) -> str:
    """Shares (0–1) with two decimals: 0.50, 1.00."""
    return NA if _bad(x) else f"{float(x):.2f}"


def pct(x) -> str:
    """Percentages of a share, no decimals, no space: 83%."""
    return NA if _bad(x) else f"{100 * float(x):.0f}%"


def pct1(x) -> str:
    """Percentages with one decimal, for small shares: 8.4%."""
    return NA if _bad(x) else f"{100 * float(x):.1f}%"


def rate(x) -> str:
    """Rates per 1,000 tokens with one decimal: 19.9."""
    return NA if _bad(x) else f"{float(x):.1f}"


def coef(x) -> str:
    """Coefficients (α, F1, NPMI, z, log-odds) with three decimals for α/F1, two otherwise."""
    return NA if _bad(x) else f"{float(x):.2f}"


def alpha(x) -> str:
    """Krippendorff's α with three decimals (Krippendorff 2018): 0.926."""
    return NA if _bad(x) else f"{float(x):.3f}"


def n_of(n: int, noun: str, plural: str | None = None) -> str:
    """'1 article', '3 articles' (numbers in words for zero: 'no articles')."""
    word = noun if n == 1 else (plural or noun + "s")
    return f"no {word}" if n == 0 else f"{count(n)} {word}"


def series(items: list[str], conj: str = "and") -> str:
    """'a', 'a and b', 'a, b and c'."""
    items = [str(i) for i in items]
    if len(items) < 2:
        return "".join(items)
    return ", ".join(items[:-1]) + f" {conj} " + items[-1]
