"""One number format per quantity, used by every table, caption and sentence of the report."""

from __future__ import annotations

import math

NA = "–"


def _bad(x) -> bool:
    return x is None or (isinstance(x, float) and math.isnan(x))


def count(x) -> str:
    """Integers with a thousands comma: 1,609."""
    return NA if _bad(x) else f"{round(float(x)):,}"


def _number(spec: str, doc: str, scale: float = 1.0, suffix: str = ""):
    """A formatter: ``NA`` for a missing value, else ``scale * x`` in ``spec`` plus ``suffix``."""

    def formatter(x) -> str:
        return NA if _bad(x) else f"{scale * float(x):{spec}}{suffix}"

    formatter.__doc__ = doc
    return formatter


share = _number(".2f", "Shares (0–1) with two decimals: 0.50, 1.00.")
pct = _number(".0f", "Percentages of a share, no decimals, no space: 83%.", 100, "%")
pct1 = _number(".1f", "Percentages with one decimal, for small shares: 8.4%.", 100, "%")
rate = _number(".1f", "Rates per 1,000 tokens with one decimal: 19.9.")
level = _number("g", "Interval levels as percentages, decimals only if set: 95%, 97.5%.", 100, "%")
coef = _number(".2f", "Coefficients (NPMI, z, log-odds) with two decimals.")
alpha = _number(".3f", "Krippendorff's α (and F1) with three decimals (Krippendorff 2018): 0.926.")
accuracy = _number(".3f", "Accuracies read against an aim, three decimals: 0.746 is not 0.75.")


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
