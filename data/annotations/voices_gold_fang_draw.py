"""Draw the `fang1` and `fang2` held-out sets from FANG-COVID (voices_gold_fang_corpus.py),
after round 52 and before any rule output on the articles was read.

Population: the articles of the four outlets with 150-450 words (short enough to code whole),
the first of any exact duplicate text kept. Per outlet, ids sorted and shuffled with
random.Random("20261206-fang-<outlet>"); the first 6 of each outlet are `fang1`, the next 6
`fang2`. A set lists its 24 articles outlet by outlet in turn (Tagesspiegel, ZEIT ONLINE,
Süddeutsche Zeitung, RT DE, then the second of each, ...), in four parts of 6 (a-d). Both sets
are coded blind and measured once with the round-52 rules (its first held-out figure on news).
Every candidate that is not a Q/A interview is coded.

Run (from the repository root; then the same with fang2):
python3 data/annotations/voices_gold_fang_draw.py ARTICLES_JSONL fang1 \
    > data/annotations/voices_gold_fang1_candidates.csv
"""

import json
import random
import sys

SECTION = "Nachrichten"
SETS = ("fang1", "fang2")
OUTLETS = ("tagesspiegel.de", "zeit.de", "sueddeutsche.de", "de.rt.com")
PER_OUTLET = 6
PARTS = "abcd"
WORDS = (150, 450)


def population(path: str) -> dict[str, list[str]]:
    """Per outlet, the ids of the articles in the length range, exact duplicates dropped."""
    seen, ids = set(), {o: [] for o in OUTLETS}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            r = json.loads(line)
            words = len(r["text"].split())
            if WORDS[0] <= words <= WORDS[1] and r["text"] not in seen:
                seen.add(r["text"])
                ids[r["outlet"]].append(r["id"])
    return ids


def candidates(path: str, name: str) -> list[tuple[str, str, int, str]]:
    """(article_id, section, rank, part) of every article of the set, in drawn order."""
    if name not in SETS:
        raise SystemExit(f"unknown set {name!r}: one of {', '.join(SETS)}")
    drawn = {}
    for outlet, ids in population(path).items():
        ids = sorted(ids)
        random.Random(f"20261206-fang-{outlet}").shuffle(ids)
        start = SETS.index(name) * PER_OUTLET
        drawn[outlet] = ids[start : start + PER_OUTLET]
    order = [drawn[o][k] for k in range(PER_OUTLET) for o in OUTLETS]
    size = len(order) // len(PARTS)
    return [(a, SECTION, k + 1, PARTS[k // size]) for k, a in enumerate(order)]


if __name__ == "__main__":
    for row in candidates(sys.argv[1], sys.argv[2]):
        print(*row, sep=",")
