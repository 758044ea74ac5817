"""The pairs of the eighteenth study: the FANG-COVID sets `fang25` and `fang26`, held out for
round 63, with the round-62 rules (c428c9f, as first measured) and the round-63 rules
(784bedf), judged once per distinct (statement, system name).

Run: python build_pairs_fang2526.py R62_DIR R63_DIR (each holding pairs_fang25.csv and
pairs_fang26.csv from `collect_pairs.py SET fang ARTICLES DIR` with that engine on PYTHONPATH).
Writes pairs_key_fang2526.csv (shuffled with random.Random(20261223), names in random order,
parts Y and Z; ids n0001 …) and engine_pairs_fang2526.csv (each engine's pairs) here, with the
eleventh study's `build_engines`.
"""

import sys

from build_pairs_fang34 import build_engines

if __name__ == "__main__":
    r62, r63 = sys.argv[1:3]
    build_engines({"r62": r62, "r63": r63}, ("fang25", "fang26"), "YZ", 20261223, "n", "fang2526")
