"""Check voices_gold_wiki53.csv against the German Wikinews article texts (run from anywhere):
the wiki41 checker (`voices_gold_wiki41_check.py`, which must stand beside this file) for the
`wiki53` set; folder override VOICESWIKI53_DIR."""

import sys

sys.path.insert(0, __file__.rsplit("/", 1)[0])
from voices_gold_wiki41_check import main

if __name__ == "__main__":
    sys.exit(main("wiki53"))
