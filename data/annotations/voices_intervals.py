"""Pooled figures, 95 % Wilson intervals and article-resampling intervals of held-out sets, from
their per-article counts as first measured (`voices_first_measured_by_article.csv`: for each set
of `other29`–`other40` and `wiki41`–`wiki55`, the engine at the set's draw commit, as recorded in
voices_revisions.md; `wiki41`, `wiki43`, `wiki44`, `wiki46`, `wiki48` and `wiki49` score the same with the next round's rules).

Run: python3 data/annotations/voices_intervals.py SET [SET ...]
(e.g. other29 … other40 for the outside-section pool, wiki41 … wiki55 for the Wikinews
pool). Resampling: 10,000 draws of as many articles with replacement, random.Random(20261206);
draws without a system, gold or matched statement are left out.
"""

import csv
import math
import random
import sys
from pathlib import Path

HERE = Path(__file__).parent
AIMS = {"precision": 0.80, "recall": 0.70, "speaker": 0.75}


def wilson(k: int, n: int, z: float = 1.96) -> tuple[float, float]:
    p = k / n
    d = 1 + z * z / n
    c = p + z * z / (2 * n)
    h = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n))
    return (c - h) / d, (c + h) / d


def figures(rows: list[dict]) -> dict[str, tuple[int, int]]:
    """(hits, total) of precision, recall and speaker accuracy."""
    g, s, m, sp = (
        sum(int(r[k]) for r in rows) for k in ("gold", "system", "matched", "speaker_right")
    )
    return {"precision": (m, s), "recall": (m, g), "speaker": (sp, m)}


def main(sets: list[str]) -> None:
    rows = list(
        csv.DictReader(open(HERE / "voices_first_measured_by_article.csv", encoding="utf-8"))
    )
    rows = [r for s in sets for r in rows if r["set"] == s]
    pooled = figures(rows)
    print(f"{len(sets)} sets, {len(rows)} articles, {pooled['recall'][1]} gold statements")
    rng = random.Random(20261206)
    draws = {k: [] for k in AIMS}
    for _ in range(10_000):
        f = figures([rows[rng.randrange(len(rows))] for _ in rows])
        if all(n for _, n in f.values()):
            for k, (hits, n) in f.items():
                draws[k].append(hits / n)
    for k, (hits, n) in pooled.items():
        lo, hi = wilson(hits, n)
        d = sorted(draws[k])
        below = sum(x < AIMS[k] for x in d) / len(d)
        print(
            f"{k}: {hits / n:.3f} (Wilson {lo:.2f}-{hi:.2f}; resampled {d[int(0.025 * len(d))]:.2f}-"
            f"{d[int(0.975 * len(d))]:.2f}, {100 * below:.1f} % below the aim {AIMS[k]})"
        )


if __name__ == "__main__":
    main(sys.argv[1:])
