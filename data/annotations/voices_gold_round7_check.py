"""Check voices_gold_round7.csv against the 10kGNAD article texts (run from anywhere).

Round-7 copy of the round-6 checker (split test7), with absolute paths: corpus
/work/shared/corpora/10kgnad/test.csv, folder: this file's own (override with VOICES7_DIR, used
to test it on a corrupted copy). A missing corpus file is an error (exit 2), not a skip.

Adapted from voices_gold_check.py. Checks: header columns; source = 10kgnad, split = test7;
every `sentence` and `text` is a verbatim substring of its article, `text` lies inside
`sentence`, `speaker` (if any) occurs in `sentence`, speaker_name filled, kind valid, `n` runs
1..k per article, rows sorted by article and n, per-article counts match
voices_gold_round7_articles.csv, every gold article is listed, sections agree with the corpus
and candidates.csv, and the selection (first 4 non-skipped candidates per section in rank order)
agrees with skipped.csv. The original's ">= 220 statements" threshold (specific to the first gold)
is replaced by "exactly 24 articles, 4 per section".
"""
import csv
import os
import sys
from collections import Counter

GNAD = "/work/shared/corpora/10kgnad/test.csv"
ANN = os.environ.get("VOICES7_DIR", os.path.dirname(os.path.abspath(__file__)))
COLS = "article_id,source,section,split,n,sentence,kind,cue,speaker,speaker_name,text".split(",")


def main():
    if not os.path.isfile(GNAD):
        print(f"ERROR: corpus file {GNAD} not found")
        return 2
    rows = list(csv.reader(open(GNAD, encoding="utf-8"), delimiter=";", quotechar="'"))
    texts = {f"gnad{i + 1:05d}": r[1] for i, r in enumerate(rows)}
    sects = {f"gnad{i + 1:05d}": r[0] for i, r in enumerate(rows)}
    errors = []
    with open(f"{ANN}/voices_gold_round7.csv", encoding="utf-8") as f:
        rd = csv.DictReader(f)
        if rd.fieldnames != COLS:
            errors.append(f"bad header {rd.fieldnames}")
        gold = list(rd)
    with open(f"{ANN}/voices_gold_round7_articles.csv", encoding="utf-8") as f:
        rd = csv.DictReader(f)
        if rd.fieldnames != "article_id,source,section,split,n_statements".split(","):
            errors.append(f"bad articles header {rd.fieldnames}")
        arts = list(rd)
    with open(f"{ANN}/voices_gold_round7_skipped.csv", encoding="utf-8") as f:
        rd = csv.DictReader(f)
        if rd.fieldnames != "article_id,section,rank,reason".split(","):
            errors.append(f"bad skipped header {rd.fieldnames}")
        skipped = list(rd)
    cands = [l.strip().split(",") for l in open(f"{ANN}/voices_gold_round7_candidates.csv") if l.strip()]

    for r in gold:
        where = f'{r["article_id"]} n={r["n"]}'
        t = texts.get(r["article_id"])
        if t is None:
            errors.append(f"{where}: unknown article"); continue
        if r["source"] != "10kgnad" or r["split"] != "test7":
            errors.append(f"{where}: bad source/split")
        if r["section"] != sects[r["article_id"]]:
            errors.append(f"{where}: section differs from corpus")
        if r["sentence"] not in t:
            errors.append(f"{where}: sentence not in article")
        if not r["text"] or r["text"] not in r["sentence"]:
            errors.append(f"{where}: text not in sentence")
        if r["text"] not in t:
            errors.append(f"{where}: text not in article")
        if r["speaker"] and r["speaker"] not in r["sentence"]:
            errors.append(f"{where}: speaker not in sentence")
        if not r["speaker_name"] or r["kind"] not in ("direct", "reported", "interview"):
            errors.append(f"{where}: empty speaker_name or bad kind")
        if not r["cue"]:
            errors.append(f"{where}: empty cue")
        if r["cue"] in ("continuation", "turn") and r["speaker"]:
            errors.append(f"{where}: continuation/turn row with a speaker")
        if r["cue"] == "continuation" and r["kind"] != "direct":
            errors.append(f"{where}: continuation row not direct")
    keys = [(r["article_id"], int(r["n"])) for r in gold]
    if keys != sorted(keys):
        errors.append("rows not sorted by article_id, n")
    for a in arts:
        ns = [int(r["n"]) for r in gold if r["article_id"] == a["article_id"]]
        if ns != list(range(1, len(ns) + 1)) or len(ns) != int(a["n_statements"]):
            errors.append(f'{a["article_id"]}: n / n_statements mismatch')
        if a["source"] != "10kgnad" or a["split"] != "test7" or a["section"] != sects.get(a["article_id"]):
            errors.append(f'{a["article_id"]}: bad source/split/section in article list')
    if {r["article_id"] for r in gold} - {a["article_id"] for a in arts}:
        errors.append("gold rows for articles missing from the article list")
    if [a["article_id"] for a in arts] != sorted(a["article_id"] for a in arts):
        errors.append("article list not sorted by article_id")
    if len({a["article_id"] for a in arts}) != len(arts):
        errors.append("duplicate article in article list")
    # selection: per section, first 4 non-skipped candidates in rank order
    cand_ids = {c[0]: c[1] for c in cands}
    for s_ in skipped:
        if s_["article_id"] not in cand_ids or cand_ids[s_["article_id"]] != s_["section"]:
            errors.append(f'{s_["article_id"]}: skipped article not a candidate of section {s_["section"]}')
        if not s_.get("reason"):
            errors.append(f'{s_["article_id"]}: skipped without reason')
    for a in arts:
        if cand_ids.get(a["article_id"]) != a["section"]:
            errors.append(f'{a["article_id"]}: section differs from voices_gold_round7_candidates.csv')
    skip = {s["article_id"] for s in skipped}
    expected = []
    for sec in dict.fromkeys(c[1] for c in cands):
        cs = sorted((c for c in cands if c[1] == sec), key=lambda c: int(c[2]))
        taken = []
        for c in cs:
            if len(taken) == 4:
                if c[0] in skip:
                    errors.append(f"{c[0]}: skipped but after the 4 taken")
                continue
            if c[0] not in skip:
                taken.append(c[0])
        if len(taken) != 4:
            errors.append(f"{sec}: only {len(taken)} articles available")
        expected += taken
    if sorted(expected) != sorted(a["article_id"] for a in arts):
        errors.append(f"article list differs from selection: {sorted(set(expected) ^ {a['article_id'] for a in arts})}")
    if len(arts) != 24 or any(v != 4 for v in Counter(a["section"] for a in arts).values()):
        errors.append("not 24 articles / 4 per section")
    if len(gold) != len({(r["article_id"], r["n"]) for r in gold}):
        errors.append("duplicate (article_id, n)")
    kinds = Counter(r["kind"] for r in gold)
    print(f"{len(gold)} statements, {len(arts)} articles, {len(errors)} errors")
    print("by kind: " + ", ".join(f"{k} {kinds[k]}" for k in ("direct", "reported", "interview")))
    print("articles with 0 statements: " + (", ".join(a["article_id"] for a in arts if a["n_statements"] == "0") or "none"))
    print(f'cues: continuation {sum(r["cue"] == "continuation" for r in gold)}, '
          f'Konjunktiv continuation {sum(r["cue"].startswith("Konjunktiv") for r in gold)}')
    print("\n".join(errors[:50]))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
