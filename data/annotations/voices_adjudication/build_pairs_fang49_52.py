"""The pairs of the twenty-ninth study: the FANG-COVID sets `fang49` to `fang52`, held out for
round 74, with the round-73 rules (61a84db, the rules of 91cc9aa; as first measured) and the
round-74 rules (ee59260), judged once per distinct (statement, system name).

Run: python build_pairs_fang49_52.py R73_DIR R74_DIR (each holding pairs_fang49.csv …
pairs_fang52.csv from `collect_pairs.py SET fang ARTICLES DIR` with that engine on PYTHONPATH).
Writes pairs_key_fang49_52.csv (shuffled with random.Random(20270102), names in random order,
four parts, 29a to 29d; judgement files judgements_29a1.csv …; ids y0001 …) and
engine_pairs_fang49_52.csv (each engine's pairs) here, with the eleventh study's
`build_engines`.
"""

import sys

from build_pairs_fang34 import build_engines

if __name__ == "__main__":
    r73, r74 = sys.argv[1:3]
    build_engines(
        {"r73": r73, "r74": r74},
        ("fang49", "fang50", "fang51", "fang52"),
        ("29a", "29b", "29c", "29d"),
        20270102,
        "y",
        "fang49_52",
    )
