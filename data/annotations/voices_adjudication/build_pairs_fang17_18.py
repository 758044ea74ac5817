"""The pairs of the fourteenth study: the FANG-COVID sets `fang17` and `fang18`, drawn after
round 59 was judged, each with the round-59 rules that measured it first, judged once per pair.

Run: python build_pairs_fang17_18.py DIR (holding pairs_fang17.csv and pairs_fang18.csv from
`collect_pairs.py SET fang ARTICLES DIR` with the round-59 rules on PYTHONPATH). Writes
pairs_key_fang17_18.csv here: shuffled with random.Random(20261219), names in random order, two
parts Q and R; ids j0001 … (the twelfth study's `build`).
"""

import sys

from build_pairs_fang5_14 import build

if __name__ == "__main__":
    build(sys.argv[1], ("fang17", "fang18"), "QR", 20261219, "j", "pairs_key_fang17_18.csv")
