"""Draw the `wiki42` held-out set: 24 more German Wikinews politics articles, with the rules
frozen at round 41 (no rule is written for it), to measure the current engine on a second fresh
sample of the source of `wiki41`.

Run: python3 data/annotations/voices_gold_wiki42_draw.py ARTICLES_JSONL > data/annotations/voices_gold_wiki42_candidates.csv
As wiki41 (at most 800 words, four parts of 6, every candidate that is not a Q/A interview is
coded), with a new seed and without wiki41's 24 candidates.
"""

import sys

sys.path.insert(0, __file__.rsplit("/", 1)[0])
from voices_gold_wiki41_draw import candidates as candidates_41  # noqa: E402

SEED = "20261206-wiki42"


def candidates(path: str) -> list[tuple[str, str, int, str]]:
    """wiki41's draw with this set's seed, leaving out wiki41's candidates."""
    earlier = {a for a, *_ in candidates_41(path)}
    return candidates_41(path, seed=SEED, excluded=earlier)


if __name__ == "__main__":
    for row in candidates(sys.argv[1]):
        print(*row, sep=",")
