"""Draw the round-39 held-out set (other39): Sport again, new seed, drawn before the round-39
rules and coded while they are written (the developer reads no rule output on it).

Run: python3 data/annotations/voices_gold_round39_draw.py > data/annotations/voices_gold_round39_candidates.csv
Excluded: everything round 38 excluded and all 28 round-38 candidates (coded or not; the rule
output of the coded ones was read after their measurement). The remaining Sport articles in the
order of random.Random(f"{SEED}-Sport"), first 28, in four parts of 7.
"""

import csv
import random
import sys

sys.path.insert(0, __file__.rsplit("/", 1)[0])
from voices_gold_draw import PATH  # noqa: E402
from voices_gold_round33_draw import READ as READ_33  # noqa: E402
from voices_gold_round33_draw import STUB, stance_sample  # noqa: E402
from voices_gold_round37_draw import READ as READ_37  # noqa: E402
from voices_gold_round38_draw import PARTS, PER_PART, SECTION  # noqa: E402
from voices_gold_round38_draw import candidates as candidates_38  # noqa: E402

SEED = "20261206-round39"


def candidates(path=PATH):
    """The round's Sport candidates: (article_id, section, rank, part)."""
    rows = list(csv.reader(open(path, encoding="utf-8"), delimiter=";", quotechar="'"))
    excluded = READ_33 | READ_37 | stance_sample() | {a for a, *_ in candidates_38(path)}
    ids = [
        f"gnad{i + 1:05d}"
        for i, r in enumerate(rows)
        if r[0] == SECTION and STUB not in r[1] and f"gnad{i + 1:05d}" not in excluded
    ]
    random.Random(f"{SEED}-{SECTION}").shuffle(ids)
    n = PER_PART * len(PARTS)
    return [(a, SECTION, k + 1, PARTS[k // PER_PART]) for k, a in enumerate(ids[:n])]


if __name__ == "__main__":
    for row in candidates():
        print(*row, sep=",")
