"""The pairs of the thirty-first study: the FANG-COVID sets `fang57` to `fang60`, drawn after the
thirtieth study and measured once with the round-75 rules after their review (0a84009; no
round 76 was made in that session), judged once per pair.

Run: python build_pairs_fang57_60.py DIR (holding pairs_fang57.csv … pairs_fang60.csv from
`collect_pairs.py SET fang ARTICLES DIR` with those rules on PYTHONPATH). Writes
pairs_key_fang57_60.csv here: shuffled with random.Random(20270104), names in random order,
four parts 31a to 31d (judgement files judgements_31a1.csv …); ids a0001 … (the twelfth
study's `build`).
"""

import sys

from build_pairs_fang5_14 import build

if __name__ == "__main__":
    parts = ("31a", "31b", "31c", "31d")
    build(
        sys.argv[1],
        ("fang57", "fang58", "fang59", "fang60"),
        parts,
        20270104,
        "a",
        "pairs_key_fang57_60.csv",
    )
