"""The pairs of the thirteenth study: the FANG-COVID sets `fang15` and `fang16`, held out for
round 59, with the round-58 rules (ca3da72, as first measured) and the round-59 rules (1d8ff1c),
judged once per distinct (statement, system name).

Run: python build_pairs_fang1516.py R58_DIR R59_DIR (each holding pairs_fang15.csv and
pairs_fang16.csv from `collect_pairs.py SET fang ARTICLES DIR` with that engine on PYTHONPATH).
Writes pairs_key_fang1516.csv (shuffled with random.Random(20261218), names in random order,
parts O and P; ids i0001 …) and engine_pairs_fang1516.csv (each engine's pairs) here, with the
eleventh study's `build_engines`.
"""

import sys

from build_pairs_fang34 import build_engines

if __name__ == "__main__":
    r58, r59 = sys.argv[1:3]
    build_engines({"r58": r58, "r59": r59}, ("fang15", "fang16"), "OP", 20261218, "i", "fang1516")
