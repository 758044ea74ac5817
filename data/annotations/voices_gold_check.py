"""Check voices_gold.csv against the article texts (run from the repository root).

Checks: every `sentence` and `text` is a verbatim substring of its article, `text` lies inside
`sentence`, `speaker` (if any) occurs in `sentence`, `n` runs 1..k per article, per-article counts
match voices_gold_articles.csv, and the gold has at least 220 statements.
"""
import csv
import glob
import os
import sys

SHARED = "../shared"
ANN = "data/annotations"


def article_texts():
    """Return {article_id: text} for the seeds and the 10kGNAD test split."""
    texts = {}
    for path in glob.glob(f"{SHARED}/seeds/0*.txt"):
        texts[os.path.basename(path)[:-4]] = open(path, encoding="utf-8").read()
    gnad = f"{SHARED}/corpora/10kgnad/test.csv"
    rows = csv.reader(open(gnad, encoding="utf-8"), delimiter=";", quotechar="'")
    for i, row in enumerate(rows):
        texts[f"gnad{i + 1:05d}"] = row[1]
    return texts


def main():
    if not os.path.isdir(SHARED):
        print(f"skip: {SHARED} not found")
        return 0
    texts = article_texts()
    gold = list(csv.DictReader(open(f"{ANN}/voices_gold.csv", encoding="utf-8")))
    arts = list(csv.DictReader(open(f"{ANN}/voices_gold_articles.csv", encoding="utf-8")))
    errors = []
    for r in gold:
        t, where = texts[r["article_id"]], f'{r["article_id"]} n={r["n"]}'
        if r["sentence"] not in t:
            errors.append(f"{where}: sentence not in article")
        if r["text"] not in r["sentence"]:
            errors.append(f"{where}: text not in sentence")
        if r["speaker"] and r["speaker"] not in r["sentence"]:
            errors.append(f"{where}: speaker not in sentence")
        if not r["speaker_name"] or r["kind"] not in ("direct", "reported", "interview"):
            errors.append(f"{where}: empty speaker_name or bad kind")
    for a in arts:
        ns = [int(r["n"]) for r in gold if r["article_id"] == a["article_id"]]
        if ns != list(range(1, len(ns) + 1)) or len(ns) != int(a["n_statements"]):
            errors.append(f'{a["article_id"]}: n / n_statements mismatch')
    if {r["article_id"] for r in gold} - {a["article_id"] for a in arts}:
        errors.append("gold rows for articles missing from the article list")
    if len(gold) < 220:
        errors.append(f"only {len(gold)} statements")
    print(f"{len(gold)} statements, {len(arts)} articles, {len(errors)} errors")
    print("\n".join(errors[:50]))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
