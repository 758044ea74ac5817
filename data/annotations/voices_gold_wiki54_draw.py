"""Draw the `wiki54` held-out set: the last 24 German Wikinews politics articles of at most 800
words, drawn with `wiki55` before the round-48 rules were committed and coded blind while they
are written (the developer reads no rule output on it); measured once with the rules before and
once after round 48.

Run: python3 data/annotations/voices_gold_wiki54_draw.py ARTICLES_JSONL > data/annotations/voices_gold_wiki54_candidates.csv
As wiki41 (at most 800 words, parts of 6, every candidate that is not a Q/A interview is coded),
with a new seed and without the candidates of wiki41, wiki42, wiki43, wiki44, wiki45, wiki46, wiki47, wiki48, wiki49, wiki50, wiki51, wiki52, wiki53.
"""

import sys

sys.path.insert(0, __file__.rsplit("/", 1)[0])
from voices_gold_wiki41_draw import later_set  # noqa: E402

SEED = "20261206-wiki54"  # the seed later_set gives this set


def candidates(path: str) -> list[tuple[str, str, int, str]]:
    """wiki41's draw with this set's seed, leaving out the candidates of the earlier sets."""
    return later_set(path, 54)


if __name__ == "__main__":
    for row in candidates(sys.argv[1]):
        print(*row, sep=",")
