"""The pairs of the twenty-fifth study: the FANG-COVID sets `fang39` and `fang40`, held out for
round 70, with the round-69 rules (b1bf0da, as first measured) and the round-70 rules
(5eaadb8), judged once per distinct (statement, system name).

Run: python build_pairs_fang39_40.py R69_DIR R70_DIR (each holding pairs_fang39.csv and
pairs_fang40.csv from `collect_pairs.py SET fang ARTICLES DIR` with that engine on PYTHONPATH).
Writes pairs_key_fang39_40.csv (shuffled with random.Random(20261229), names in random order,
two parts, 25a and 25b: the single-character part labels are used up, so a part is named by
its study's number and a letter; judgement files judgements_25a1.csv …; ids u0001 …) and
engine_pairs_fang39_40.csv (each engine's pairs) here, with the eleventh study's
`build_engines`.
"""

import sys

from build_pairs_fang34 import build_engines

if __name__ == "__main__":
    r69, r70 = sys.argv[1:3]
    build_engines(
        {"r69": r69, "r70": r70}, ("fang39", "fang40"), ("25a", "25b"), 20261229, "u", "fang39_40"
    )
