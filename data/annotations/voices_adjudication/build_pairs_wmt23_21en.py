"""The pairs of the eighth study: `wmt23` and `wmt21en` with the round-49 rules (9c81fe4, as
first measured) and the round-50 rules (a4ae8a6), judged once per distinct (statement, system
name).

Run: python build_pairs_wmt23_21en.py R49_DIR R50_DIR (each holding pairs_wmt23.csv and
pairs_wmt21en.csv from `collect_pairs.py SET wmt ARTICLES DIR` with that engine on PYTHONPATH).
Writes pairs_key_wmt23_21en.csv (shuffled with random.Random(20261213), names in random order,
parts t, u, v; ids w0001 …) and engine_pairs_wmt23_21en.csv (each engine's pairs) here.
"""

import csv
import random
import sys
from pathlib import Path

HERE = Path(__file__).parent
SETS = ("wmt23", "wmt21en")
ENGINES = (("r49", 0), ("r50", 1))
PARTS = "tuv"
FIELDS = ["set", "article_id", "n", "sentence", "gold", "system", "auto"]


def _read(directory: str) -> list[dict]:
    rows = []
    for name in SETS:
        with open(Path(directory) / f"pairs_{name}.csv", encoding="utf-8", newline="") as fh:
            rows += list(csv.DictReader(fh))
    return rows


def main(r49: str, r50: str) -> None:
    by_engine = {"r49": _read(r49), "r50": _read(r50)}
    distinct = {}
    for rows in by_engine.values():
        for r in rows:
            distinct.setdefault((r["set"], r["article_id"], r["n"], r["system"]), r)
    keys = sorted(distinct)
    rng = random.Random(20261213)
    rng.shuffle(keys)
    out, ids = [], {}
    for k, key in enumerate(keys):
        r = distinct[key]
        pair_id = f"w{k + 1:04d}"
        ids[key] = pair_id
        swap = rng.random() < 0.5
        x, y = (r["system"], r["gold"]) if swap else (r["gold"], r["system"])
        part = PARTS[k * len(PARTS) // len(keys)]
        out.append({**{f: r[f] for f in FIELDS}, "pair_id": pair_id, "x": x, "y": y,
                    "x_is": "system" if swap else "gold", "part": part})
    with open(HERE / "pairs_key_wmt23_21en.csv", "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, [*FIELDS, "pair_id", "x", "y", "x_is", "part"], lineterminator="\n")
        w.writeheader()
        w.writerows(out)
    with open(HERE / "engine_pairs_wmt23_21en.csv", "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["engine", "set", "article_id", "n", "pair_id"])
        for engine, rows in by_engine.items():
            for r in rows:
                key = (r["set"], r["article_id"], r["n"], r["system"])
                w.writerow([engine, r["set"], r["article_id"], r["n"], ids[key]])
    print(len(keys), "pairs;", {e: len(r) for e, r in by_engine.items()})


if __name__ == "__main__":
    main(*sys.argv[1:])
