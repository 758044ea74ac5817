"""Draw the round-32 held-out set (other32): International and Panorama, new seed, after the
round-32 rules were committed (844be9c).

Run: python3 data/annotations/voices_gold_round32_draw.py > data/annotations/voices_gold_round32_candidates.csv
Excluded: every article of the earlier International/Panorama draws (ranks 1-48 of the round-1
seeded order, coded or not) and every article whose rule output was read in this session's
10kGNAD-wide checks (voices_revisions.md, rounds 30-32 and their review). Per section, the
remaining articles in the order of random.Random(f"{SEED}-{section}"), first 16, in two parts of 8.
"""
import csv
import random
import sys

sys.path.insert(0, __file__.rsplit("/", 1)[0])
from voices_gold_draw import PATH, draw  # noqa: E402

SEED = "20261205-round32"
SECTIONS = ("International", "Panorama")
READ = {
    f"gnad{n:05d}"
    for n in (25, 61, 122, 124, 135, 201, 202, 204, 296, 356, 429, 438, 503, 573, 578, 585,
              594, 603, 741, 808, 812, 837, 874, 880, 887, 905, 944, 972, 1012)
}


def candidates(path=PATH):
    rows = list(csv.reader(open(path, encoding="utf-8"), delimiter=";", quotechar="'"))
    earlier = {a for a, _, _ in draw(48, path, sections=SECTIONS)}
    out = []
    for section, parts in zip(SECTIONS, ("ab", "cd")):
        ids = [f"gnad{i + 1:05d}" for i, r in enumerate(rows) if r[0] == section]
        ids = [a for a in ids if a not in earlier and a not in READ]
        random.Random(f"{SEED}-{section}").shuffle(ids)
        out += [(a, section, k + 1, parts[k // 8]) for k, a in enumerate(ids[:16])]
    return out


if __name__ == "__main__":
    for row in candidates():
        print(*row, sep=",")
