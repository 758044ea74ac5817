"""Check voices_gold_wmt23.csv against the WMT article texts (run from anywhere): the wmt21
checker (`voices_gold_wmt21_check.py`, with `voices_gold_wiki41_check.py`, beside this file)
for the `wmt23` set; folder override VOICESWMT23_DIR."""

import sys

sys.path.insert(0, __file__.rsplit("/", 1)[0])
from voices_gold_wmt21_check import check

if __name__ == "__main__":
    sys.exit(check("wmt23"))
