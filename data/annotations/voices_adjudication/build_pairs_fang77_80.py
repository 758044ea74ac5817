"""The pairs of the thirty-sixth study: the FANG-COVID sets `fang77` to `fang80`, drawn after the
thirty-fifth study and round 79, before round 80, and measured once with the round-80
rules (4f3b0c9), which name every matched speaker of theirs as the round-79 rules do; judged
once per pair.

Run: python build_pairs_fang77_80.py DIR (holding pairs_fang77.csv … pairs_fang80.csv from
`collect_pairs.py SET fang ARTICLES DIR` with those rules on PYTHONPATH). Writes
pairs_key_fang77_80.csv here: shuffled with random.Random(20270109), names in random order,
four parts 36a to 36d (judgement files judgements_36a1.csv …); ids B0001 … (the twelfth
study's `build`; every lower-case letter and "A" are taken).
"""

import sys

from build_pairs_fang5_14 import build

if __name__ == "__main__":
    parts = ("36a", "36b", "36c", "36d")
    build(
        sys.argv[1],
        ("fang77", "fang78", "fang79", "fang80"),
        parts,
        20270109,
        "B",
        "pairs_key_fang77_80.csv",
    )
