"""The pairs of the thirty-seventh study: the FANG-COVID sets `fang81` to `fang84`, drawn after the
thirty-sixth study, before round 81, and measured once with the round-81
rules (2ebfe26), whose output on them is that of the round-80 rules; judged
once per pair.

Run: python build_pairs_fang81_84.py DIR (holding pairs_fang81.csv … pairs_fang84.csv from
`collect_pairs.py SET fang ARTICLES DIR` with those rules on PYTHONPATH). Writes
pairs_key_fang81_84.csv here: shuffled with random.Random(20270110), names in random order,
four parts 37a to 37d (judgement files judgements_37a1.csv …); ids C0001 … (the twelfth
study's `build`; every lower-case letter, "A" and "B" are taken).
"""

import sys

from build_pairs_fang5_14 import build

if __name__ == "__main__":
    parts = ("37a", "37b", "37c", "37d")
    build(
        sys.argv[1],
        ("fang81", "fang82", "fang83", "fang84"),
        parts,
        20270110,
        "C",
        "pairs_key_fang81_84.csv",
    )
