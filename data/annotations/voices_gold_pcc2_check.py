"""Check the Potsdam Commentary Corpus set `pcc2` (the `pcc1` checker, beside this file, with
this set's name; folder override VOICESPCC2_DIR)."""

import sys

sys.path.insert(0, __file__.rsplit("/", 1)[0])
from voices_gold_pcc1_check import check

if __name__ == "__main__":
    sys.exit(check("pcc2"))
