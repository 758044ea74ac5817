"""Draw the round-40 held-out set (other40): the last Sport articles, drawn and coded blind with
the rules frozen at the round-39 engine (no rule is written in round 40).

Run: python3 data/annotations/voices_gold_round40_draw.py > data/annotations/voices_gold_round40_candidates.csv
Excluded: everything round 39 excluded, all 28 round-39 candidates, and the 34 uncoded articles
whose rule output round 39 changed (voices_revisions.md, round 39). What is left of Sport (24
articles) in the order of random.Random(f"{SEED}-Sport"), in four parts of 6; every candidate
that is not a Q/A interview is coded.
"""

import sys

sys.path.insert(0, __file__.rsplit("/", 1)[0])
from voices_gold_draw import PATH  # noqa: E402
from voices_gold_round38_draw import PARTS  # noqa: E402
from voices_gold_round38_draw import candidates as candidates_38  # noqa: E402
from voices_gold_round39_draw import candidates as candidates_39  # noqa: E402

SEED = "20261206-round40"
PER_PART = 6
CHANGED_39 = frozenset(
    "gnad00070 gnad00082 gnad00092 gnad00157 gnad00178 gnad00216 gnad00217 gnad00248 gnad00350 "
    "gnad00353 gnad00462 gnad00605 gnad00635 gnad00636 gnad00646 gnad00652 gnad00671 gnad00686 "
    "gnad00704 gnad00708 gnad00710 gnad00761 gnad00794 gnad00801 gnad00823 gnad00886 gnad00887 "
    "gnad00905 gnad00909 gnad00914 gnad00916 gnad01013 gnad01021 gnad01022".split()
)


def candidates(path=PATH):
    """Round 39's exclusions, its candidates and the articles it changed; the rest of Sport in
    round 40's seeded order, in parts of PER_PART."""
    earlier = {a for a, *_ in candidates_38(path)} | {a for a, *_ in candidates_39(path)}
    rows = candidates_38(path, seed=SEED, excluded=earlier | CHANGED_39)
    return [(a, s, k, PARTS[(k - 1) // PER_PART]) for a, s, k, _ in rows]


if __name__ == "__main__":
    for row in candidates():
        print(*row, sep=",")
