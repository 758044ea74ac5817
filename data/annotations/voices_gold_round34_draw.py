"""Draw the round-34 held-out set (other34): International and Panorama, new seed, drawn before
the round-34 rules and coded while they are written (the developer reads no rule output on it).

Run: python3 data/annotations/voices_gold_round34_draw.py > data/annotations/voices_gold_round34_candidates.csv
Excluded: everything round 33 excluded, all 32 round-33 candidates (coded or not), and the one
uncoded article whose statements round 33 changed (gnad00918, not read). Per section, the
remaining articles in the order of random.Random(f"{SEED}-{section}"), first 16, in two parts of 8.
"""

import sys

sys.path.insert(0, __file__.rsplit("/", 1)[0])
from voices_gold_draw import PATH  # noqa: E402
from voices_gold_round33_draw import candidates as candidates_33  # noqa: E402

SEED = "20261205-round34"
READ = {"gnad00918"}  # round 33 changed its statements (not read)


def candidates(path=PATH):
    """Round 33's exclusions plus its candidates and :data:`READ`, in round 34's seeded order."""
    earlier = {a for a, *_ in candidates_33(path)}
    return candidates_33(path, seed=SEED, excluded=earlier | READ)


if __name__ == "__main__":
    for row in candidates():
        print(*row, sep=",")
