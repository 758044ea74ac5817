"""The pairs of the eleventh study: the FANG-COVID sets `fang3` and `fang4`, held out for round
53, with the round-52 rules (3f71c72, as first measured) and the round-53 rules (8ee6378),
judged once per distinct (statement, system name).

Run: python build_pairs_fang34.py R52_DIR R53_DIR (each holding pairs_fang3.csv and
pairs_fang4.csv from `collect_pairs.py SET fang ARTICLES DIR` with that engine on PYTHONPATH).
Writes pairs_key_fang34.csv (shuffled with random.Random(20261216), names in random order,
parts A and B; ids g0001 …) and engine_pairs_fang34.csv (each engine's pairs) here.
"""

import csv
import random
import sys
from pathlib import Path

HERE = Path(__file__).parent
FIELDS = ["set", "article_id", "n", "sentence", "gold", "system", "auto"]


def _read(directory: str, sets) -> list[dict]:
    rows = []
    for name in sets:
        with open(Path(directory) / f"pairs_{name}.csv", encoding="utf-8", newline="") as fh:
            rows += list(csv.DictReader(fh))
    return rows


def build_engines(dirs: dict, sets, parts, seed: int, prefix: str, name: str) -> None:
    """Each engine's pairs (``dirs``: engine → folder), judged once per distinct (statement,
    system name): shuffled, names in random order, cut into parts; writes
    pairs_key_<name>.csv and engine_pairs_<name>.csv here."""
    by_engine = {engine: _read(directory, sets) for engine, directory in dirs.items()}
    distinct = {}
    for rows in by_engine.values():
        for r in rows:
            distinct.setdefault((r["set"], r["article_id"], r["n"], r["system"]), r)
    keys = sorted(distinct)
    rng = random.Random(seed)
    rng.shuffle(keys)
    out, ids = [], {}
    for k, key in enumerate(keys):
        r = distinct[key]
        pair_id = f"{prefix}{k + 1:04d}"
        ids[key] = pair_id
        swap = rng.random() < 0.5
        x, y = (r["system"], r["gold"]) if swap else (r["gold"], r["system"])
        part = parts[k * len(parts) // len(keys)]
        out.append({**{f: r[f] for f in FIELDS}, "pair_id": pair_id, "x": x, "y": y,
                    "x_is": "system" if swap else "gold", "part": part})
    with open(HERE / f"pairs_key_{name}.csv", "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, [*FIELDS, "pair_id", "x", "y", "x_is", "part"], lineterminator="\n")
        w.writeheader()
        w.writerows(out)
    with open(HERE / f"engine_pairs_{name}.csv", "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["engine", "set", "article_id", "n", "pair_id"])
        for engine, rows in by_engine.items():
            for r in rows:
                key = (r["set"], r["article_id"], r["n"], r["system"])
                w.writerow([engine, r["set"], r["article_id"], r["n"], ids[key]])
    print(len(keys), "pairs;", {e: len(r) for e, r in by_engine.items()})


if __name__ == "__main__":
    r52, r53 = sys.argv[1:3]
    build_engines({"r52": r52, "r53": r53}, ("fang3", "fang4"), "AB", 20261216, "g", "fang34")
