"""The pairs of the tenth study: the COVID-19 news sets `fang1` and `fang2` as first measured
(the round-52 rules), judged once each.

Run: python build_pairs_fang.py DIR (holding pairs_fang1.csv and pairs_fang2.csv from
`collect_pairs.py SET fang ARTICLES DIR` with that engine on PYTHONPATH). Writes
pairs_key_fang.csv here: shuffled with random.Random(20261215), names in random order, two
parts (x: the first half, y: the rest), ids f0001 ….
"""

import csv
import random
import sys
from pathlib import Path

HERE = Path(__file__).parent
SETS = ("fang1", "fang2")
FIELDS = ["set", "article_id", "n", "sentence", "gold", "system", "auto"]


def main(directory: str) -> None:
    """Read both sets' pairs, shuffle them and write the key."""
    rows = []
    for name in SETS:
        with open(Path(directory) / f"pairs_{name}.csv", encoding="utf-8", newline="") as fh:
            rows += list(csv.DictReader(fh))
    rows.sort(key=lambda r: (r["set"], r["article_id"], int(r["n"])))
    rng = random.Random(20261215)
    rng.shuffle(rows)
    out = []
    for k, r in enumerate(rows):
        swap = rng.random() < 0.5
        x, y = (r["system"], r["gold"]) if swap else (r["gold"], r["system"])
        out.append({**{f: r[f] for f in FIELDS}, "pair_id": f"f{k + 1:04d}", "x": x, "y": y,
                    "x_is": "system" if swap else "gold", "part": "xy"[2 * k // len(rows)]})
    with open(HERE / "pairs_key_fang.csv", "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, [*FIELDS, "pair_id", "x", "y", "x_is", "part"], lineterminator="\n")
        w.writeheader()
        w.writerows(out)
    print(len(out), "pairs")


if __name__ == "__main__":
    main(*sys.argv[1:])
