"""The pairs of the thirtieth study: the FANG-COVID sets `fang53` to `fang56`, held out for
round 75, with the round-74 rules (d48b871, the rules of ee59260; as first measured) and the
round-75 rules (41f7c3b), judged once per distinct (statement, system name).

Run: python build_pairs_fang53_56.py R74_DIR R75_DIR (each holding pairs_fang53.csv …
pairs_fang56.csv from `collect_pairs.py SET fang ARTICLES DIR` with that engine on PYTHONPATH).
Writes pairs_key_fang53_56.csv (shuffled with random.Random(20270103), names in random order,
four parts, 30a to 30d; judgement files judgements_30a1.csv …; ids z0001 …) and
engine_pairs_fang53_56.csv (each engine's pairs) here, with the eleventh study's
`build_engines`.
"""

import sys

from build_pairs_fang34 import build_engines

if __name__ == "__main__":
    r74, r75 = sys.argv[1:3]
    build_engines(
        {"r74": r74, "r75": r75},
        ("fang53", "fang54", "fang55", "fang56"),
        ("30a", "30b", "30c", "30d"),
        20270103,
        "z",
        "fang53_56",
    )
