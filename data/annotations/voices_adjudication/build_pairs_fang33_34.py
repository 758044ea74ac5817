"""The pairs of the twenty-second study: the FANG-COVID sets `fang33` and `fang34`, held out for
round 67, with the round-66 rules (cdf6055 as tidied in 14af908, as first measured) and the
round-67 rules (9d7beac), judged once per distinct (statement, system name).

Run: python build_pairs_fang33_34.py R66_DIR R67_DIR (each holding pairs_fang33.csv and
pairs_fang34.csv from `collect_pairs.py SET fang ARTICLES DIR` with that engine on PYTHONPATH).
Writes pairs_key_fang33_34.csv (shuffled with random.Random(20261226), names in random order,
parts 5 and 6; ids r0001 …) and engine_pairs_fang33_34.csv (each engine's pairs) here, with the
eleventh study's `build_engines`.
"""

import sys

from build_pairs_fang34 import build_engines

if __name__ == "__main__":
    r66, r67 = sys.argv[1:3]
    build_engines({"r66": r66, "r67": r67}, ("fang33", "fang34"), "56", 20261226, "r", "fang33_34")
