"""The pairs of the thirteenth study: the FANG-COVID sets `fang15` and `fang16`, held out for round
59, with the round-58 rules (ca3da72, as first measured) and the round-59 rules (1d8ff1c),
judged once per distinct (statement, system name).

Run: python build_pairs_fang1516.py R58_DIR R59_DIR (each holding pairs_fang15.csv and
pairs_fang16.csv from `collect_pairs.py SET fang ARTICLES DIR` with that engine on PYTHONPATH).
Writes pairs_key_fang1516.csv (shuffled with random.Random(20261218), names in random order,
parts O and P; ids i0001 …) and engine_pairs_fang1516.csv (each engine's pairs) here.
"""

import csv
import random
import sys
from pathlib import Path

HERE = Path(__file__).parent
SETS = ("fang15", "fang16")
PARTS = "OP"
FIELDS = ["set", "article_id", "n", "sentence", "gold", "system", "auto"]


def _read(directory: str) -> list[dict]:
    rows = []
    for name in SETS:
        with open(Path(directory) / f"pairs_{name}.csv", encoding="utf-8", newline="") as fh:
            rows += list(csv.DictReader(fh))
    return rows


def main(before: str, after: str) -> None:
    by_engine = {"r58": _read(before), "r59": _read(after)}
    distinct = {}
    for rows in by_engine.values():
        for r in rows:
            distinct.setdefault((r["set"], r["article_id"], r["n"], r["system"]), r)
    keys = sorted(distinct)
    rng = random.Random(20261218)
    rng.shuffle(keys)
    out, ids = [], {}
    for k, key in enumerate(keys):
        r = distinct[key]
        pair_id = f"i{k + 1:04d}"
        ids[key] = pair_id
        swap = rng.random() < 0.5
        x, y = (r["system"], r["gold"]) if swap else (r["gold"], r["system"])
        part = PARTS[k * len(PARTS) // len(keys)]
        out.append({**{f: r[f] for f in FIELDS}, "pair_id": pair_id, "x": x, "y": y,
                    "x_is": "system" if swap else "gold", "part": part})
    with open(HERE / "pairs_key_fang1516.csv", "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, [*FIELDS, "pair_id", "x", "y", "x_is", "part"], lineterminator="\n")
        w.writeheader()
        w.writerows(out)
    with open(HERE / "engine_pairs_fang1516.csv", "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["engine", "set", "article_id", "n", "pair_id"])
        for engine, rows in by_engine.items():
            for r in rows:
                key = (r["set"], r["article_id"], r["n"], r["system"])
                w.writerow([engine, r["set"], r["article_id"], r["n"], ids[key]])
    print(len(keys), "pairs;", {e: len(r) for e, r in by_engine.items()})


if __name__ == "__main__":
    main(*sys.argv[1:])
