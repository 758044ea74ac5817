"""Check the FANG-COVID news set `fang83` (the `fang1` checker, beside this file, with this
set's name; folder override VOICESFANG83_DIR)."""

import sys

sys.path.insert(0, __file__.rsplit("/", 1)[0])
from voices_gold_fang1_check import check

if __name__ == "__main__":
    sys.exit(check("fang83"))
