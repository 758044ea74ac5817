"""The pairs of the twenty-first study: the FANG-COVID sets `fang31` and `fang32`, drawn after
round 65 and before round 66, with the round-66 rules (which name every matched speaker of the
two sets as the round-65 rules do), judged once per pair.

Run: python build_pairs_fang31_32.py DIR (holding pairs_fang31.csv and pairs_fang32.csv from
`collect_pairs.py SET fang ARTICLES DIR` with the round-66 rules on PYTHONPATH). Writes
pairs_key_fang31_32.csv here: shuffled with random.Random(20261225), names in random order, two
parts 3 and 4 (judgement files judgements_31.csv … judgements_42.csv: part, then judge); ids
q0001 … (the twelfth study's `build`).
"""

import sys

from build_pairs_fang5_14 import build

if __name__ == "__main__":
    build(sys.argv[1], ("fang31", "fang32"), "34", 20261225, "q", "pairs_key_fang31_32.csv")
