"""Draw the round-37 held-out set (other37): International and Panorama, new seed, drawn before
the round-37 rules and coded while they are written (the developer reads no rule output on it).

Run: python3 data/annotations/voices_gold_round37_draw.py > data/annotations/voices_gold_round37_candidates.csv
Excluded: everything round 36 excluded, all 32 round-36 candidates (coded or not), and the 57
uncoded articles whose statements round 36 changed (not read; listed in voices_revisions.md).
These are the last uncoded, unread articles of the two sections: all of them are drawn, per
section in the order of random.Random(f"{SEED}-{section}"), split into two parts (the first
half, rounded up, and the rest).
"""

import sys

sys.path.insert(0, __file__.rsplit("/", 1)[0])
from voices_gold_draw import PATH  # noqa: E402
from voices_gold_round33_draw import SECTIONS  # noqa: E402
from voices_gold_round33_draw import candidates as candidates_33  # noqa: E402
from voices_gold_round34_draw import candidates as candidates_34  # noqa: E402
from voices_gold_round35_draw import candidates as candidates_35  # noqa: E402
from voices_gold_round36_draw import READ as READ_36  # noqa: E402
from voices_gold_round36_draw import candidates as candidates_36  # noqa: E402

SEED = "20261206-round37"
# round 36 changed their statements (not read)
CHANGED_36 = {
    f"gnad{n:05d}"
    for n in (
        2, 7, 70, 92, 109, 140, 174, 208, 216, 227, 244, 248, 260, 262, 271, 279, 349, 353, 372,
        405, 453, 465, 486, 510, 562, 589, 594, 605, 635, 636, 640, 646, 683, 704, 708, 709, 767,
        776, 794, 802, 823, 840, 844, 870, 873, 882, 886, 916, 918, 930, 934, 961, 991, 994, 1012,
        1021, 1027,
    )
}  # fmt: skip
READ = READ_36 | CHANGED_36


def candidates(path=PATH):
    """All remaining articles of the two sections, in round 37's seeded order, two parts each."""
    earlier = set()
    for draw in (candidates_33, candidates_34, candidates_35, candidates_36):
        earlier |= {a for a, *_ in draw(path)}
    pool = candidates_33(path, seed=SEED, excluded=earlier | READ)  # up to 16 per section
    out = []
    for section, parts in zip(SECTIONS, ("ab", "cd")):
        ids = [a for a, s, *_ in pool if s == section]
        assert len(ids) < 16, f"{section}: more than 16 remain, the draw would cut them"
        half = (len(ids) + 1) // 2
        out += [(a, section, k + 1, parts[k >= half]) for k, a in enumerate(ids)]
    return out


if __name__ == "__main__":
    for row in candidates():
        print(*row, sep=",")
