"""Check the WMT news set `wmt21` against the article texts (run from anywhere).

The wiki41 checker (`voices_gold_wiki41_check.py`, which must stand beside this file) with the
WMT corpus: texts from the JSONL that voices_gold_wmt_corpus.py writes (path in $WMT_ARTICLES,
default /tmp/wmt/articles.jsonl), source `wmt`, section `Nachrichten`, every candidate of a part
that is not a Q/A interview coded. Folder override VOICESWMT21_DIR. The later WMT sets' checkers
call main() with their own name (an annotator's folder needs this file and the wiki41 checker).
"""

import os
import sys

sys.path.insert(0, __file__.rsplit("/", 1)[0])
from voices_gold_wiki41_check import main

WMT = dict(
    articles=os.environ.get("WMT_ARTICLES", "/tmp/wmt/articles.jsonl"),
    builder="voices_gold_wmt_corpus.py",
    id_of=lambda record: record["id"],
    source="wmt",
    section="Nachrichten",
)
EVERY_CANDIDATE = 99  # more than a part holds: every non-interview candidate is coded


def check(name: str = "wmt21") -> int:
    """The wiki41 checker's checks on a WMT set."""
    return main(name, WMT, EVERY_CANDIDATE)


if __name__ == "__main__":
    sys.exit(check())
