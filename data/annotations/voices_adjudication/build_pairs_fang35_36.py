"""The pairs of the twenty-third study: the FANG-COVID sets `fang35` and `fang36`, held out for
round 68, with the round-67 rules (9d7beac as tidied in 42f7ec9, as first measured) and the
round-68 rules (6bbcf09), judged once per distinct (statement, system name).

Run: python build_pairs_fang35_36.py R67_DIR R68_DIR (each holding pairs_fang35.csv and
pairs_fang36.csv from `collect_pairs.py SET fang ARTICLES DIR` with that engine on PYTHONPATH).
Writes pairs_key_fang35_36.csv (shuffled with random.Random(20261227), names in random order,
parts 7 and 8; ids s0001 …) and engine_pairs_fang35_36.csv (each engine's pairs) here, with the
eleventh study's `build_engines`.
"""

import sys

from build_pairs_fang34 import build_engines

if __name__ == "__main__":
    r67, r68 = sys.argv[1:3]
    build_engines({"r67": r67, "r68": r68}, ("fang35", "fang36"), "78", 20261227, "s", "fang35_36")
