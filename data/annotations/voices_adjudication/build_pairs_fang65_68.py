"""The pairs of the thirty-third study: the FANG-COVID sets `fang65` to `fang68`, drawn while the
thirty-second study ran and measured once with the round-76 rules after their review (2e0c511;
no round 77 was made in that session), judged once per pair.

Run: python build_pairs_fang65_68.py DIR (holding pairs_fang65.csv … pairs_fang68.csv from
`collect_pairs.py SET fang ARTICLES DIR` with those rules on PYTHONPATH). Writes
pairs_key_fang65_68.csv here: shuffled with random.Random(20270106), names in random order,
four parts 33a to 33d (judgement files judgements_33a1.csv …); ids d0001 … (the twelfth
study's `build`).
"""

import sys

from build_pairs_fang5_14 import build

if __name__ == "__main__":
    parts = ("33a", "33b", "33c", "33d")
    build(
        sys.argv[1],
        ("fang65", "fang66", "fang67", "fang68"),
        parts,
        20270106,
        "d",
        "pairs_key_fang65_68.csv",
    )
