"""Check the Potsdam Commentary Corpus set `pcc1` against the commentaries' texts (run from
anywhere).

The wiki41 checker (`voices_gold_wiki41_check.py`, which must stand beside this file) with the
PCC corpus: texts from the JSONL that voices_gold_pcc_corpus.py writes (path in $PCC_ARTICLES,
default /tmp/pcc/articles.jsonl), source `pcc`, section `Kommentar`, every candidate of a part
that is not a Q/A interview coded. Folder override VOICESPCC1_DIR. `pcc2`'s checker calls
check() with its own name.
"""

import os
import sys

sys.path.insert(0, __file__.rsplit("/", 1)[0])
from voices_gold_wiki41_check import main

PCC = dict(
    articles=os.environ.get("PCC_ARTICLES", "/tmp/pcc/articles.jsonl"),
    builder="voices_gold_pcc_corpus.py",
    id_of=lambda record: record["id"],
    source="pcc",
    section="Kommentar",
)
EVERY_CANDIDATE = 99  # more than a part holds: every non-interview candidate is coded


def check(name: str = "pcc1") -> int:
    """The wiki41 checker's checks on a PCC set."""
    return main(name, PCC, EVERY_CANDIDATE)


if __name__ == "__main__":
    sys.exit(check())
