"""Draw the round-39 held-out set (other39): Sport again, new seed, drawn before the round-39
rules and coded while they are written (the developer reads no rule output on it).

Run: python3 data/annotations/voices_gold_round39_draw.py > data/annotations/voices_gold_round39_candidates.csv
Excluded: everything round 38 excluded and all 28 round-38 candidates (coded or not; the rule
output of the coded ones was read after their measurement). The remaining Sport articles in the
order of random.Random(f"{SEED}-Sport"), first 28, in four parts of 7.
"""

import sys

sys.path.insert(0, __file__.rsplit("/", 1)[0])
from voices_gold_draw import PATH  # noqa: E402
from voices_gold_round38_draw import candidates as candidates_38  # noqa: E402

SEED = "20261206-round39"


def candidates(path=PATH):
    """Round 38's exclusions plus all its candidates, in round 39's seeded order."""
    earlier = {a for a, *_ in candidates_38(path)}
    return candidates_38(path, seed=SEED, excluded=earlier)


if __name__ == "__main__":
    for row in candidates():
        print(*row, sep=",")
