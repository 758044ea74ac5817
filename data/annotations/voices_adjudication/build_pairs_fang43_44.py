"""The pairs of the twenty-seventh study: the FANG-COVID sets `fang43` and `fang44`, held out for
round 72, with the round-71 rules (ede8ce1, as first measured) and the round-72 rules
(7fb4020), judged once per distinct (statement, system name).

Run: python build_pairs_fang43_44.py R71_DIR R72_DIR (each holding pairs_fang43.csv and
pairs_fang44.csv from `collect_pairs.py SET fang ARTICLES DIR` with that engine on PYTHONPATH).
Writes pairs_key_fang43_44.csv (shuffled with random.Random(20261231), names in random order,
two parts, 27a and 27b, a part named by its study's number and a letter; judgement files
judgements_27a1.csv …; ids w0001 …) and engine_pairs_fang43_44.csv (each engine's pairs)
here, with the eleventh study's `build_engines`.
"""

import sys

from build_pairs_fang34 import build_engines

if __name__ == "__main__":
    r71, r72 = sys.argv[1:3]
    build_engines(
        {"r71": r71, "r72": r72}, ("fang43", "fang44"), ("27a", "27b"), 20261231, "w", "fang43_44"
    )
