"""Draw the `wiki41` held-out set: German Wikinews politics articles (2004-2021) that no rule
was written for, run on or tuned on, drawn after round 41 and measured once with the round-41
rules and once with the round-39 rules (the engine before rounds 40-41).

Run: python3 data/annotations/voices_gold_wiki41_draw.py ARTICLES_JSONL > data/annotations/voices_gold_wiki41_candidates.csv
ARTICLES_JSONL: the output of voices_gold_wiki41_corpus.py (353 articles). Articles of at most
800 words (344; longer ones would take a coder far longer than the rest), sorted by id, shuffled
with random.Random(SEED), the first 24 in four parts of 6; every candidate that is not a Q/A
interview is coded.
"""

import json
import random
import sys

SEED = "20261206-wiki41"
MAX_WORDS = 800
PER_PART, PARTS = 6, "abcd"
SECTION = "Politik"


def article_id(record: dict) -> str:
    """``wnNNN`` from the source's ``article_NNN``."""
    return f"wn{int(record['source_record_id'].removeprefix('article_')):03d}"


def candidates(path: str, seed: str = SEED, excluded=frozenset()) -> list[tuple[str, str, int, str]]:
    """(article_id, section, rank, part) of the drawn articles; a later set passes its own seed
    and the articles drawn before."""
    records = [json.loads(line) for line in open(path, encoding="utf-8")]
    ids = sorted(article_id(r) for r in records if len(r["text"].split()) <= MAX_WORDS)
    ids = [a for a in ids if a not in excluded]
    random.Random(seed).shuffle(ids)
    n = PER_PART * len(PARTS)
    return [(a, SECTION, k + 1, PARTS[k // PER_PART]) for k, a in enumerate(ids[:n])]


def later_set(path: str, number: int) -> list[tuple[str, str, int, str]]:
    """The draw of ``wiki<number>`` (42 or later): each set from wiki42 on with its own seed
    ("20261206-wiki<n>"), leaving out every set drawn before it; computed in order, once each."""
    earlier = {a for a, *_ in candidates(path)}
    for n in range(42, number + 1):
        rows = candidates(path, seed=f"20261206-wiki{n}", excluded=frozenset(earlier))
        earlier |= {a for a, *_ in rows}
    return rows


if __name__ == "__main__":
    for row in candidates(sys.argv[1]):
        print(*row, sep=",")
