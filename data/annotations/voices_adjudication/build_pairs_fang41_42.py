"""The pairs of the twenty-sixth study: the FANG-COVID sets `fang41` and `fang42`, held out for
round 71, with the round-70 rules (3ac97dc, as first measured) and the round-71 rules
(51d23eb), judged once per distinct (statement, system name).

Run: python build_pairs_fang41_42.py R70_DIR R71_DIR (each holding pairs_fang41.csv and
pairs_fang42.csv from `collect_pairs.py SET fang ARTICLES DIR` with that engine on PYTHONPATH).
Writes pairs_key_fang41_42.csv (shuffled with random.Random(20261230), names in random order,
two parts, 26a and 26b, a part named by its study's number and a letter; judgement files
judgements_26a1.csv …; ids v0001 …) and engine_pairs_fang41_42.csv (each engine's pairs) here, with the eleventh study's
`build_engines`.
"""

import sys

from build_pairs_fang34 import build_engines

if __name__ == "__main__":
    r70, r71 = sys.argv[1:3]
    build_engines(
        {"r70": r70, "r71": r71}, ("fang41", "fang42"), ("26a", "26b"), 20261230, "v", "fang41_42"
    )
