"""The pairs of the seventeenth study: the FANG-COVID sets `fang23` and `fang24`, drawn after the
sixteenth study and before round 62, with the round-62 rules (which name every matched speaker
of the two sets as the round-61 rules do), judged once per pair.

Run: python build_pairs_fang23_24.py DIR (holding pairs_fang23.csv and pairs_fang24.csv from
`collect_pairs.py SET fang ARTICLES DIR` with the round-62 rules on PYTHONPATH). Writes
pairs_key_fang23_24.csv here: shuffled with random.Random(20261222), names in random order, two
parts W and X; ids m0001 … (the twelfth study's `build`).
"""

import sys

from build_pairs_fang5_14 import build

if __name__ == "__main__":
    build(sys.argv[1], ("fang23", "fang24"), "WX", 20261222, "m", "pairs_key_fang23_24.csv")
