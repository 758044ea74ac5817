"""The pairs of the nineteenth study: the FANG-COVID sets `fang27` and `fang28`, drawn after the
eighteenth study and before round 64, with the round-64 rules (which name every matched speaker
of the two sets as the round-63 rules do), judged once per pair.

Run: python build_pairs_fang27_28.py DIR (holding pairs_fang27.csv and pairs_fang28.csv from
`collect_pairs.py SET fang ARTICLES DIR` with the round-64 rules on PYTHONPATH). Writes
pairs_key_fang27_28.csv here: shuffled with random.Random(20261223), names in random order, two
parts z and 0 (the letters A–Z and a–y are used); ids o0001 … (the twelfth study's `build`).
"""

import sys

from build_pairs_fang5_14 import build

if __name__ == "__main__":
    build(sys.argv[1], ("fang27", "fang28"), "z0", 20261223, "o", "pairs_key_fang27_28.csv")
