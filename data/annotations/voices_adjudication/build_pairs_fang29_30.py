"""The pairs of the twentieth study: the FANG-COVID sets `fang29` and `fang30`, drawn after the
nineteenth study and before round 65, with the round-65 rules (which name every matched speaker
of the two sets as the round-64 rules do), judged once per pair.

Run: python build_pairs_fang29_30.py DIR (holding pairs_fang29.csv and pairs_fang30.csv from
`collect_pairs.py SET fang ARTICLES DIR` with the round-65 rules on PYTHONPATH). Writes
pairs_key_fang29_30.csv here: shuffled with random.Random(20261224), names in random order, two
parts 1 and 2 (judgement files judgements_11.csv … judgements_22.csv: part, then judge); ids
p0001 … (the twelfth study's `build`).
"""

import sys

from build_pairs_fang5_14 import build

if __name__ == "__main__":
    build(sys.argv[1], ("fang29", "fang30"), "12", 20261224, "p", "pairs_key_fang29_30.csv")
