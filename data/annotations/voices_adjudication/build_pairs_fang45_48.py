"""The pairs of the twenty-eighth study: the FANG-COVID sets `fang45` to `fang48`, held out for
round 73, with the round-72 rules as committed after their review (d2efeca, as first measured)
and the round-73 rules (91cc9aa), judged once per distinct (statement, system name).

Run: python build_pairs_fang45_48.py R72_DIR R73_DIR (each holding pairs_fang45.csv …
pairs_fang48.csv from `collect_pairs.py SET fang ARTICLES DIR` with that engine on PYTHONPATH).
Writes pairs_key_fang45_48.csv (shuffled with random.Random(20270101), names in random order,
four parts, 28a to 28d; judgement files judgements_28a1.csv …; ids x0001 …) and
engine_pairs_fang45_48.csv (each engine's pairs) here, with the eleventh study's
`build_engines`.
"""

import sys

from build_pairs_fang34 import build_engines

if __name__ == "__main__":
    r72, r73 = sys.argv[1:3]
    build_engines(
        {"r72": r72, "r73": r73},
        ("fang45", "fang46", "fang47", "fang48"),
        ("28a", "28b", "28c", "28d"),
        20270101,
        "x",
        "fang45_48",
    )
