"""Draw the round-35 held-out set (other35): International and Panorama, new seed, drawn before
the round-35 rules and coded while they are written (the developer reads no rule output on it).

Run: python3 data/annotations/voices_gold_round35_draw.py > data/annotations/voices_gold_round35_candidates.csv
Excluded: everything round 34 excluded, all 32 round-34 candidates (coded or not), and the one
uncoded article whose statements round 34 changed (gnad00486, not read). Per section, the
remaining articles in the order of random.Random(f"{SEED}-{section}"), first 16, in two parts of 8.
"""

import sys

sys.path.insert(0, __file__.rsplit("/", 1)[0])
from voices_gold_draw import PATH  # noqa: E402
from voices_gold_round33_draw import candidates as candidates_33  # noqa: E402
from voices_gold_round34_draw import READ as READ_34  # noqa: E402
from voices_gold_round34_draw import candidates as candidates_34  # noqa: E402

SEED = "20261206-round35"
READ = READ_34 | {"gnad00486"}  # round 34 changed its statements (not read)


def candidates(path=PATH):
    """Round 34's exclusions plus its candidates and :data:`READ`, in round 35's seeded order."""
    earlier = {a for a, *_ in candidates_33(path)} | {a for a, *_ in candidates_34(path)}
    return candidates_33(path, seed=SEED, excluded=earlier | READ)


if __name__ == "__main__":
    for row in candidates():
        print(*row, sep=",")
