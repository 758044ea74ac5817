"""LSH banding for MinHash signatures: how many bands of how many rows.

The choice is datasketch's (``MinHashLSH``): the ``(bands, rows)`` with ``bands * rows <=
num_perm`` that minimises the weighted sum of the false-positive area (the banding curve
integrated over similarities below the threshold) and the false-negative area (above it). The
areas are integrated exactly here by Gauss–Legendre quadrature (the curve is a polynomial of
degree ``bands * rows``), with numpy alone: datasketch's version imports ``scipy.integrate``,
which cost the clean and reuse stages 0.7 s of start-up each.
"""

from __future__ import annotations

from functools import cache

import numpy as np


def _nodes(n: int, lo: float, hi: float) -> tuple[np.ndarray, np.ndarray]:
    """Gauss–Legendre nodes and weights of ``n`` points on ``[lo, hi]``."""
    x, w = np.polynomial.legendre.leggauss(n)
    return (hi - lo) / 2 * x + (hi + lo) / 2, (hi - lo) / 2 * w


def _collision(s: np.ndarray, bands: int, rows: int) -> np.ndarray:
    """Probability that two sets of Jaccard similarity ``s`` share at least one band."""
    return 1 - (1 - s ** float(rows)) ** float(bands)


@cache
def lsh_bands(
    threshold: float, num_perm: int, fp_weight: float = 0.5, fn_weight: float = 0.5
) -> tuple[int, int]:
    """``(bands, rows)`` minimising the weighted false-positive and false-negative areas
    around ``threshold`` (first in datasketch's order, bands then rows, on a tie)."""
    n = num_perm // 2 + 2  # exact for polynomials of degree <= 2n - 1
    s_low, w_low = _nodes(n, 0.0, threshold)
    s_high, w_high = _nodes(n, threshold, 1.0)
    best, best_error = (0, 0), float("inf")
    for bands in range(1, num_perm + 1):
        for rows in range(1, num_perm // bands + 1):
            fp = float(w_low @ _collision(s_low, bands, rows))
            fn = float(w_high @ (1 - _collision(s_high, bands, rows)))
            error = fp * fp_weight + fn * fn_weight
            if error < best_error:
                best, best_error = (bands, rows), error
    return best
