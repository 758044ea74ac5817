"""Draw the round-33 held-out set (other33): International and Panorama, new seed, drawn before
the round-33 rules and coded while they are written (the developer reads no rule output on it).

Run: python3 data/annotations/voices_gold_round33_draw.py > data/annotations/voices_gold_round33_candidates.csv
Excluded: every article of the earlier International/Panorama draws (ranks 1-48 of the round-1
seeded order and all 32 round-32 candidates, coded or not); every article whose rule output was
read in a 10kGNAD-wide check (round 32's list, the articles whose statements differ between any
two stored whole-corpus runs of rounds 30-32, and two probed by hand); every article of the
refugees-2015 study's coded stance sample (its rule output was read there); and stubs whose text is
gone ("Der Volltext dieses ... Artikels steht ... nicht mehr zur Verfügung"). Per section, the
remaining articles in the order of random.Random(f"{SEED}-{section}"), first 16, in two parts of 8.
"""

import csv
import random
import sys

sys.path.insert(0, __file__.rsplit("/", 1)[0])
from voices_gold_draw import PATH, draw  # noqa: E402
from voices_gold_round32_draw import READ as READ_32  # noqa: E402
from voices_gold_round32_draw import candidates as candidates_32  # noqa: E402

SEED = "20261205-round33"
SECTIONS = ("International", "Panorama")
READ = READ_32 | {f"gnad{n:05d}" for n in (429, 684)}
STANCE_SAMPLE = "../../studies/refugees-2015/annotations/stance_manual.csv"
STUB = "steht aus rechtlichen Gründen nicht mehr zur Verfügung"


def stance_sample():
    """Article ids of the refugees-2015 study's coded stance sample."""
    here = __file__.rsplit("/", 1)[0]
    with open(f"{here}/{STANCE_SAMPLE}", encoding="utf-8") as f:
        return {r["article_id"] for r in csv.DictReader(f)}


def candidates(path=PATH, seed=SEED, excluded=frozenset()):
    """The round's candidates; a later round passes its own seed and further exclusions."""
    rows = list(csv.reader(open(path, encoding="utf-8"), delimiter=";", quotechar="'"))
    earlier = {a for a, _, _ in draw(48, path, sections=SECTIONS)}
    earlier |= {a for a, *_ in candidates_32(path)} | stance_sample() | READ | set(excluded)
    out = []
    for section, parts in zip(SECTIONS, ("ab", "cd")):
        ids = [
            f"gnad{i + 1:05d}" for i, r in enumerate(rows) if r[0] == section and STUB not in r[1]
        ]
        ids = [a for a in ids if a not in earlier]
        random.Random(f"{seed}-{section}").shuffle(ids)
        out += [(a, section, k + 1, parts[k // 8]) for k, a in enumerate(ids[:16])]
    return out


if __name__ == "__main__":
    for row in candidates():
        print(*row, sep=",")
