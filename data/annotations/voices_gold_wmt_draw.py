"""Draw the `wmt21` and `wmt22` held-out sets: every German-original news article of the WMT21
(61) and WMT22 (44) German-French test sets, drawn after round 48 and before any rule output on
them was read; coded blind, measured once with the round-48 rules (a confirmation, not a round).
The `wmt20` set (the 118 German-original documents of newstest2020 German-English) is drawn the
same way before the round-49 rules, and held out for round 49. The `wmt23` set (the 48 news
documents of generaltest2023 German-English) and the `wmt21en` set (the 58 documents of
newstest2021 German-English that are not in the WMT21 German-French set) are drawn the same way
before the round-50 rules, and held out for round 50.

Run: python3 data/annotations/voices_gold_wmt_draw.py ARTICLES_JSONL wmt21 > data/annotations/voices_gold_wmt21_candidates.csv
ARTICLES_JSONL: the output of voices_gold_wmt_corpus.py. Each set's articles, sorted by id,
shuffled with random.Random("20261206-<set>"), in parts of about 10 (wmt21: a-f, wmt22: a-d,
wmt20: a-l, wmt23: a-e, wmt21en: a-f);
every candidate that is not a Q/A interview is coded.
"""

import json
import random
import sys

SECTION = "Nachrichten"
PARTS = {
    "wmt21": "abcdef",
    "wmt22": "abcd",
    "wmt20": "abcdefghijkl",
    "wmt23": "abcde",
    "wmt21en": "abcdef",
}


def candidates(path: str, name: str) -> list[tuple[str, str, int, str]]:
    """(article_id, section, rank, part) of every article of the set, in shuffled order."""
    prefix = "mt" + name.removeprefix("wmt") + "_"
    with open(path, encoding="utf-8") as fh:
        ids = sorted(r["id"] for r in map(json.loads, fh) if r["id"].startswith(prefix))
    random.Random(f"20261206-{name}").shuffle(ids)
    parts = PARTS[name]
    return [(a, SECTION, k + 1, parts[k * len(parts) // len(ids)]) for k, a in enumerate(ids)]


if __name__ == "__main__":
    for row in candidates(sys.argv[1], sys.argv[2]):
        print(*row, sep=",")
