"""The pairs of the thirty-fifth study: the FANG-COVID sets `fang73` to `fang76`, drawn after the
thirty-fourth study while round 78 was under code review, and measured once with the round-78
rules after their review (3955fa4), judged once per pair.

Run: python build_pairs_fang73_76.py DIR (holding pairs_fang73.csv … pairs_fang76.csv from
`collect_pairs.py SET fang ARTICLES DIR` with those rules on PYTHONPATH). Writes
pairs_key_fang73_76.csv here: shuffled with random.Random(20270108), names in random order,
four parts 35a to 35d (judgement files judgements_35a1.csv …); ids A0001 … (the twelfth
study's `build`; every lower-case letter is taken).
"""

import sys

from build_pairs_fang5_14 import build

if __name__ == "__main__":
    parts = ("35a", "35b", "35c", "35d")
    build(
        sys.argv[1],
        ("fang73", "fang74", "fang75", "fang76"),
        parts,
        20270108,
        "A",
        "pairs_key_fang73_76.csv",
    )
