"""Draw the 10kGNAD articles for the voices gold standard (seeded, per section).

Run: python3 data/annotations/voices_gold_draw.py [N_PER_SECTION [SECTION ...]]
Prints article_id, section, split for the first N records of each section's seeded order
(the six sections of the issue by default; round 29 drew International and Panorama the same way).
"""
import csv
import random
import sys

SEED = 20261123
SECTIONS = ["Etat", "Inland", "Kultur", "Web", "Wirtschaft", "Wissenschaft"]
PATH = "../shared/corpora/10kgnad/test.csv"


def draw(n_per_section, path=PATH, sections=SECTIONS):
    """Return [(article_id, section, split)], n per section, in seeded order."""
    rows = list(csv.reader(open(path, encoding="utf-8"), delimiter=";", quotechar="'"))
    out = []
    for section in sections:
        ids = [i + 1 for i, r in enumerate(rows) if r[0] == section]
        random.Random(f"{SEED}-{section}").shuffle(ids)
        chosen = ids[:n_per_section]
        # split: alternate dev/test along the seeded order (stratified by section)
        for k, rec in enumerate(chosen):
            out.append((f"gnad{rec:05d}", section, "dev" if k % 2 == 0 else "test"))
    return out


if __name__ == "__main__":
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 6
    for row in draw(n, sections=sys.argv[2:] or SECTIONS):
        print(*row, sep=",")
