"""Figures of the speaker adjudication (protocol: README.md in this folder).

Run: python3 data/annotations/voices_adjudication/adjudicate.py
Reads pairs_key.csv and judgements_<part><judge>.csv (parts a-d, judges 1-2); prints the
string-test figure, each judge's, the conservative (both judges) and liberal (either judge)
adjudicated figures with 95 % Wilson intervals, Cohen's kappa of the two judges on right/not
right, and how the verdicts split over the string test's right and wrong pairs.
"""

import csv
import math
from pathlib import Path

HERE = Path(__file__).parent


def wilson(k: int, n: int, z: float = 1.96) -> tuple[float, float]:
    p = k / n
    d = 1 + z * z / n
    c = p + z * z / (2 * n)
    h = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n))
    return (c - h) / d, (c + h) / d


def right(key: dict, judged: dict) -> bool:
    """The decision rule: same speaker, and the system's name identifies it (or the gold's
    does not either)."""
    system, gold = ("x", "y") if key["x_is"] == "system" else ("y", "x")
    names_it = judged[f"{system}_identifies"] == "yes" or judged[f"{gold}_identifies"] == "no"
    return judged["same"] == "yes" and names_it


def kappa(a: list[bool], b: list[bool]) -> float:
    n = len(a)
    po = sum(x == y for x, y in zip(a, b, strict=True)) / n
    pa, pb = sum(a) / n, sum(b) / n
    pe = pa * pb + (1 - pa) * (1 - pb)
    return (po - pe) / (1 - pe)


def line(label: str, k: int, n: int) -> str:
    lo, hi = wilson(k, n)
    return f"{label}: {k}/{n} = {k / n:.3f} (Wilson {lo:.2f}-{hi:.2f})"


def main() -> None:
    keys = {r["pair_id"]: r for r in csv.DictReader(open(HERE / "pairs_key.csv", encoding="utf-8"))}
    verdicts = {1: {}, 2: {}}
    for part in "abcd":
        for judge in (1, 2):
            path = HERE / f"judgements_{part}{judge}.csv"
            for r in csv.DictReader(open(path, encoding="utf-8")):
                verdicts[judge][r["pair_id"]] = right(keys[r["pair_id"]], r)
    ids = sorted(keys)
    auto = [keys[i]["auto"] == "True" for i in ids]
    one, two = ([verdicts[j][i] for i in ids] for j in (1, 2))
    both = [a and b for a, b in zip(one, two, strict=True)]
    either = [a or b for a, b in zip(one, two, strict=True)]
    n = len(ids)
    print(line("string test (recorded)", sum(auto), n))
    print(line("judge 1 of each part", sum(one), n))
    print(line("judge 2 of each part", sum(two), n))
    print(line("adjudicated, both judges (conservative)", sum(both), n))
    print(line("adjudicated, either judge (liberal)", sum(either), n))
    print(f"judges' agreement: {sum(a == b for a, b in zip(one, two, strict=True)) / n:.3f}, kappa {kappa(one, two):.3f}")
    for label, flag in (("string-test right", True), ("string-test wrong", False)):
        sel = [i for i, a in enumerate(auto) if a == flag]
        print(f"{label} ({len(sel)}): both judges right {sum(both[i] for i in sel)}, "
              f"neither {sum(not either[i] for i in sel)}, split {sum(either[i] and not both[i] for i in sel)}")
    by_set = {}
    for i, pid in enumerate(ids):
        s = keys[pid]["set"]
        k, m = by_set.get(s, (0, 0))
        by_set[s] = (k + both[i], m + 1)
    print("by set (conservative): " + ", ".join(f"{s} {k / m:.3f}" for s, (k, m) in sorted(by_set.items())))


if __name__ == "__main__":
    main()
