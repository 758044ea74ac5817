"""Draw the `pcc1` and `pcc2` held-out sets: the 176 commentaries of the Potsdam Commentary
Corpus 2.2 (voices_gold_pcc_corpus.py), drawn after round 51 and before any rule output on them
was read. Sorted by id, shuffled with random.Random("20261206-pcc"); the first 88 are `pcc1`,
the rest `pcc2`, each in four parts of 22 (a-d). Both are coded blind and measured once with
the round-50 and the round-51 rules (round 51's first held-out figure); `pcc1` is then read
for round 52, and `pcc2` is held out for it. Every candidate that is not a Q/A interview is
coded.

Run (from the repository root; then the same with pcc2):
python3 data/annotations/voices_gold_pcc_draw.py ARTICLES_JSONL pcc1 \
    > data/annotations/voices_gold_pcc1_candidates.csv
"""

import json
import random
import sys

SECTION = "Kommentar"
SETS = ("pcc1", "pcc2")
PARTS = "abcd"


def candidates(path: str, name: str) -> list[tuple[str, str, int, str]]:
    """(article_id, section, rank, part) of every commentary of the set, in shuffled order."""
    if name not in SETS:
        raise SystemExit(f"unknown set {name!r}: one of {', '.join(SETS)}")
    with open(path, encoding="utf-8") as fh:
        ids = sorted(json.loads(line)["id"] for line in fh)
    random.Random("20261206-pcc").shuffle(ids)
    half = len(ids) // 2
    ids = ids[:half] if name == SETS[0] else ids[half:]
    return [(a, SECTION, k + 1, PARTS[k * len(PARTS) // len(ids)]) for k, a in enumerate(ids)]


if __name__ == "__main__":
    for row in candidates(sys.argv[1], sys.argv[2]):
        print(*row, sep=",")
