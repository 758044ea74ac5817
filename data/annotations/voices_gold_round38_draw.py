"""Draw the round-38 held-out set (other38): the Sport section, a genre no rule was written or
tuned for, drawn before any round-38 work and coded blind (the developer reads no rule output on it).

Run: python3 data/annotations/voices_gold_round38_draw.py > data/annotations/voices_gold_round38_candidates.csv
Excluded: every article whose rule output was read or changed by a later round before any gold
(round 33's list and every later round's, in voices_gold_round37_draw.READ), every article of
the refugees-2015 study's coded stance sample, and stubs whose text is gone. The remaining Sport
articles in the order of random.Random(f"{SEED}-Sport"), first 28, in four parts of 7.
"""

import csv
import random
import sys

sys.path.insert(0, __file__.rsplit("/", 1)[0])
from voices_gold_draw import PATH  # noqa: E402
from voices_gold_round33_draw import READ as READ_33  # noqa: E402
from voices_gold_round33_draw import STUB, stance_sample  # noqa: E402
from voices_gold_round37_draw import READ as READ_37  # noqa: E402

SEED = "20261206-round38"
SECTION = "Sport"
PER_PART, PARTS = 7, "abcd"


def candidates(path=PATH, seed=SEED, excluded=frozenset()):
    """The round's Sport candidates: (article_id, section, rank, part); a later round passes
    its own seed and further exclusions."""
    rows = list(csv.reader(open(path, encoding="utf-8"), delimiter=";", quotechar="'"))
    excluded = READ_33 | READ_37 | stance_sample() | set(excluded)
    ids = [
        f"gnad{i + 1:05d}"
        for i, r in enumerate(rows)
        if r[0] == SECTION and STUB not in r[1] and f"gnad{i + 1:05d}" not in excluded
    ]
    random.Random(f"{seed}-{SECTION}").shuffle(ids)
    n = PER_PART * len(PARTS)
    return [(a, SECTION, k + 1, PARTS[k // PER_PART]) for k, a in enumerate(ids[:n])]


if __name__ == "__main__":
    for row in candidates():
        print(*row, sep=",")
