"""Draw the round-34 held-out set (other34): International and Panorama, new seed, drawn before
the round-34 rules and coded while they are written (the developer reads no rule output on it).

Run: python3 data/annotations/voices_gold_round34_draw.py > data/annotations/voices_gold_round34_candidates.csv
Excluded: everything round 33 excluded, all 32 round-33 candidates (coded or not), and the one
uncoded article whose statements round 33 changed (gnad00918, not read). Per section, the
remaining articles in the order of random.Random(f"{SEED}-{section}"), first 16, in two parts of 8.
"""
import csv
import random
import sys

sys.path.insert(0, __file__.rsplit("/", 1)[0])
from voices_gold_draw import PATH, draw  # noqa: E402
from voices_gold_round32_draw import candidates as candidates_32  # noqa: E402
from voices_gold_round33_draw import READ as READ_33  # noqa: E402
from voices_gold_round33_draw import STUB, stance_sample  # noqa: E402
from voices_gold_round33_draw import candidates as candidates_33  # noqa: E402

SEED = "20261205-round34"
SECTIONS = ("International", "Panorama")
READ = READ_33 | {"gnad00918"}


def candidates(path=PATH):
    rows = list(csv.reader(open(path, encoding="utf-8"), delimiter=";", quotechar="'"))
    earlier = {a for a, _, _ in draw(48, path, sections=SECTIONS)}
    earlier |= {a for a, *_ in candidates_32(path)} | {a for a, *_ in candidates_33(path)}
    earlier |= stance_sample()
    out = []
    for section, parts in zip(SECTIONS, ("ab", "cd")):
        ids = [f"gnad{i + 1:05d}" for i, r in enumerate(rows) if r[0] == section and STUB not in r[1]]
        ids = [a for a in ids if a not in earlier and a not in READ]
        random.Random(f"{SEED}-{section}").shuffle(ids)
        out += [(a, section, k + 1, parts[k // 8]) for k, a in enumerate(ids[:16])]
    return out


if __name__ == "__main__":
    for row in candidates():
        print(*row, sep=",")
