"""The pairs of the twelfth study: the FANG-COVID sets `fang5` to `fang14`, each with the rules
that measured it first (round 53: fang5, fang6; round 54: fang7, fang8; round 55: fang9,
fang10; round 56: fang11, fang12; round 57: fang13, fang14), judged once per pair.

Run: python build_pairs_fang5_14.py DIR (holding pairs_fang5.csv … pairs_fang14.csv, each from
`collect_pairs.py SET fang ARTICLES DIR` with that set's first engine on PYTHONPATH). Writes
pairs_key_fang5_14.csv here: shuffled with random.Random(20261217), names in random order, twelve
parts C-N of about 200 pairs; ids h0001 ….
"""

import csv
import random
import sys
from pathlib import Path

HERE = Path(__file__).parent
SETS = tuple(f"fang{n}" for n in range(5, 15))
PARTS = "CDEFGHIJKLMN"
FIELDS = ["set", "article_id", "n", "sentence", "gold", "system", "auto"]


def build(directory, sets, parts, seed, prefix, key_file) -> None:
    """Read each set's pairs, shuffle, put the names in random order, cut into parts, write."""
    rows = []
    for name in sets:
        with open(Path(directory) / f"pairs_{name}.csv", encoding="utf-8", newline="") as fh:
            rows += list(csv.DictReader(fh))
    rng = random.Random(seed)
    rng.shuffle(rows)
    out = []
    for k, r in enumerate(rows):
        swap = rng.random() < 0.5
        x, y = (r["system"], r["gold"]) if swap else (r["gold"], r["system"])
        part = parts[k * len(parts) // len(rows)]
        pair = {"pair_id": f"{prefix}{k + 1:04d}", "x": x, "y": y}
        pair["x_is"] = "system" if swap else "gold"
        out.append({**{f: r[f] for f in FIELDS}, **pair, "part": part})
    with open(HERE / key_file, "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, [*FIELDS, "pair_id", "x", "y", "x_is", "part"], lineterminator="\n")
        w.writeheader()
        w.writerows(out)
    print(len(out), "pairs;", {p: sum(r["part"] == p for r in out) for p in parts})


if __name__ == "__main__":
    build(sys.argv[1], SETS, PARTS, 20261217, "h", "pairs_key_fang5_14.csv")
