"""Draw the round-36 held-out set (other36): International and Panorama, new seed, drawn before
the round-36 rules and coded while they are written (the developer reads no rule output on it).

Run: python3 data/annotations/voices_gold_round36_draw.py > data/annotations/voices_gold_round36_candidates.csv
Excluded: everything round 35 excluded, all 32 round-35 candidates (coded or not), and the 13
uncoded articles whose statements round 35 changed (not read). Per section, the remaining
articles in the order of random.Random(f"{SEED}-{section}"), first 16, in two parts of 8.
"""

import sys

sys.path.insert(0, __file__.rsplit("/", 1)[0])
from voices_gold_draw import PATH  # noqa: E402
from voices_gold_round33_draw import candidates as candidates_33  # noqa: E402
from voices_gold_round34_draw import candidates as candidates_34  # noqa: E402
from voices_gold_round35_draw import READ as READ_35  # noqa: E402
from voices_gold_round35_draw import candidates as candidates_35  # noqa: E402

SEED = "20261206-round36"
# round 35 changed their statements (not read)
CHANGED_35 = {
    f"gnad{n:05d}" for n in (96, 220, 257, 270, 345, 453, 634, 887, 899, 934, 961, 991, 1012)
}
READ = READ_35 | CHANGED_35


def candidates(path=PATH):
    """Round 35's exclusions plus its candidates and :data:`READ`, in round 36's seeded order."""
    earlier = set()
    for draw in (candidates_33, candidates_34, candidates_35):
        earlier |= {a for a, *_ in draw(path)}
    return candidates_33(path, seed=SEED, excluded=earlier | READ)


if __name__ == "__main__":
    for row in candidates():
        print(*row, sep=",")
