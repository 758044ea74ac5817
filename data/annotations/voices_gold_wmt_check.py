"""Check a WMT news set (`wmt21` or `wmt22`) against the article texts (run from anywhere).

The wiki41 checker (`voices_gold_wiki41_check.py`, which must stand beside this file) with the
WMT corpus: texts from the JSONL that voices_gold_wmt_corpus.py writes (path in $WMT_ARTICLES,
default /tmp/wmt/articles.jsonl), source `wmt`, section `Nachrichten`, every candidate of a part
that is not a Q/A interview coded. Folder override VOICESWMT21_DIR / VOICESWMT22_DIR.

Run: python3 voices_gold_wmt_check.py wmt21
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

if __name__ == "__main__":
    if sys.argv[1:] not in (["wmt21"], ["wmt22"]):
        sys.exit(__doc__.rsplit("Run:", 1)[1].strip())
    sys.exit(main(sys.argv[1], WMT, EVERY_CANDIDATE))
