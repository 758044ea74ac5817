"""The pairs of the fifteenth study: the FANG-COVID sets `fang19` and `fang20`, drawn after the
fourteenth study and before round 60, with the round-60 rules (which name every matched speaker
of the two sets as the round-59 rules do), judged once per pair.

Run: python build_pairs_fang19_20.py DIR (holding pairs_fang19.csv and pairs_fang20.csv from
`collect_pairs.py SET fang ARTICLES DIR` with the round-60 rules on PYTHONPATH). Writes
pairs_key_fang19_20.csv here: shuffled with random.Random(20261220), names in random order, two
parts S and T; ids k0001 … (the twelfth study's `build`).
"""

import sys

from build_pairs_fang5_14 import build

if __name__ == "__main__":
    build(sys.argv[1], ("fang19", "fang20"), "ST", 20261220, "k", "pairs_key_fang19_20.csv")
