"""Check the FANG-COVID news set `fang1` against the articles' texts (run from anywhere).

The wiki41 checker (`voices_gold_wiki41_check.py`, which must stand beside this file) with the
FANG-COVID corpus: texts from the JSONL that voices_gold_fang_corpus.py writes (path in
$FANG_ARTICLES, default /tmp/fang/articles.jsonl), source `fang`, section `Nachrichten`, every
candidate of a part that is not a Q/A interview coded. Folder override VOICESFANG1_DIR.
`fang2`'s checker calls check() with its own name.
"""

import os
import sys

sys.path.insert(0, __file__.rsplit("/", 1)[0])
from voices_gold_wiki41_check import main

FANG = dict(
    articles=os.environ.get("FANG_ARTICLES", "/tmp/fang/articles.jsonl"),
    builder="voices_gold_fang_corpus.py",
    id_of=lambda record: record["id"],
    source="fang",
    section="Nachrichten",
)
EVERY_CANDIDATE = 99  # more than a part holds: every non-interview candidate is coded


def check(name: str = "fang1") -> int:
    """The wiki41 checker's checks on a FANG-COVID set."""
    return main(name, FANG, EVERY_CANDIDATE)


if __name__ == "__main__":
    sys.exit(check())
