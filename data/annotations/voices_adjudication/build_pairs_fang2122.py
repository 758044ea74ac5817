"""The pairs of the sixteenth study: the FANG-COVID sets `fang21` and `fang22`, held out for
round 61, with the round-60 rules (2d26a95, as first measured) and the round-61 rules
(97155ee), judged once per distinct (statement, system name).

Run: python build_pairs_fang2122.py R60_DIR R61_DIR (each holding pairs_fang21.csv and
pairs_fang22.csv from `collect_pairs.py SET fang ARTICLES DIR` with that engine on PYTHONPATH).
Writes pairs_key_fang2122.csv (shuffled with random.Random(20261221), names in random order,
parts U and V; ids l0001 …) and engine_pairs_fang2122.csv (each engine's pairs) here, with the
eleventh study's `build_engines`.
"""

import sys

from build_pairs_fang34 import build_engines

if __name__ == "__main__":
    r60, r61 = sys.argv[1:3]
    build_engines({"r60": r60, "r61": r61}, ("fang21", "fang22"), "UV", 20261221, "l", "fang2122")
