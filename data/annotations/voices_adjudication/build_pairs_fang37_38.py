"""The pairs of the twenty-fourth study: the FANG-COVID sets `fang37` and `fang38`, held out for
round 69, with the round-68 rules (6bbcf09, as first measured) and the round-69 rules
(f5cf9be), judged once per distinct (statement, system name).

Run: python build_pairs_fang37_38.py R68_DIR R69_DIR (each holding pairs_fang37.csv and
pairs_fang38.csv from `collect_pairs.py SET fang ARTICLES DIR` with that engine on PYTHONPATH).
Writes pairs_key_fang37_38.csv (shuffled with random.Random(20261228), names in random order,
one part, 9; ids t0001 …) and engine_pairs_fang37_38.csv (each engine's pairs) here, with the
eleventh study's `build_engines`.
"""

import sys

from build_pairs_fang34 import build_engines

if __name__ == "__main__":
    r68, r69 = sys.argv[1:3]
    build_engines({"r68": r68, "r69": r69}, ("fang37", "fang38"), "9", 20261228, "t", "fang37_38")
