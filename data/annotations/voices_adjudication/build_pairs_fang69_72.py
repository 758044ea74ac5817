"""The pairs of the thirty-fourth study: the FANG-COVID sets `fang69` to `fang72`, drawn before
round 78 and measured once with the round-78 rules (6470368), which name every matched speaker
of these sets as the round-76 rules after their review do; judged once per pair.

Run: python build_pairs_fang69_72.py DIR (holding pairs_fang69.csv … pairs_fang72.csv from
`collect_pairs.py SET fang ARTICLES DIR` with those rules on PYTHONPATH). Writes
pairs_key_fang69_72.csv here: shuffled with random.Random(20270107), names in random order,
four parts 34a to 34d (judgement files judgements_34a1.csv …); ids e0001 … (the twelfth
study's `build`).
"""

import sys

from build_pairs_fang5_14 import build

if __name__ == "__main__":
    parts = ("34a", "34b", "34c", "34d")
    build(
        sys.argv[1],
        ("fang69", "fang70", "fang71", "fang72"),
        parts,
        20270107,
        "e",
        "pairs_key_fang69_72.csv",
    )
