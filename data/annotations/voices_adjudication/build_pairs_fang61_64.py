"""The pairs of the thirty-second study: the FANG-COVID sets `fang61` to `fang64`, held out for
round 76, with the round-75 rules (ef04de2, the rules of 0a84009 after their review; as first
measured) and the round-76 rules (5fd052d), judged once per distinct (statement, system name).

Run: python build_pairs_fang61_64.py R75_DIR R76_DIR (each holding pairs_fang61.csv …
pairs_fang64.csv from `collect_pairs.py SET fang ARTICLES DIR` with that engine on PYTHONPATH).
Writes pairs_key_fang61_64.csv (shuffled with random.Random(20270105), names in random order,
four parts, 32a to 32d; judgement files judgements_32a1.csv …; ids b0001 …) and
engine_pairs_fang61_64.csv (each engine's pairs) here, with the eleventh study's
`build_engines`.
"""

import sys

from build_pairs_fang34 import build_engines

if __name__ == "__main__":
    r75, r76 = sys.argv[1:3]
    build_engines(
        {"r75": r75, "r76": r76},
        ("fang61", "fang62", "fang63", "fang64"),
        ("32a", "32b", "32c", "32d"),
        20270105,
        "b",
        "fang61_64",
    )
