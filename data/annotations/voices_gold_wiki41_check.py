"""Check voices_gold_wiki41.csv against the German Wikinews article texts (run from anywhere).

Copy of the round-40 checker for the `wiki41` set (source `wikinews`, section Politik): the texts
come from the JSONL that voices_gold_wiki41_corpus.py writes (path in $WIKINEWS_ARTICLES, default
/tmp/dewikinews/articles.jsonl); a missing file is an error (exit 2), not a skip. Folder: this
file's own (override with VOICESWIKI41_DIR). Later sets (`wiki42` to `wiki55`) call
main() with their own name (folder override VOICESWIKI<n>_DIR), the WMT news sets with their own
corpus (`voices_gold_wmt_check.py`); an annotator's folder needs this file beside the set's
checker. Each part (a-d, 6 candidates) codes every candidate
that is not a Q/A interview. Checks as voices_gold_check.py and the later rounds' checkers:
header columns; source = wikinews, split = wiki41; every `sentence` and `text` is a verbatim
substring of its article, `text` lies inside `sentence`, `speaker` (if any) occurs in
`sentence`, speaker_name filled, kind valid, `n` runs 1..k in text order, per-article counts,
the selection agrees with skipped.csv, every article is DONE in progress.txt, no coded sentence
occurs twice in its article.
"""
import csv
import json
import os
import sys
from collections import Counter

ARTICLES = os.environ.get("WIKINEWS_ARTICLES", "/tmp/dewikinews/articles.jsonl")


def wikinews_id(record: dict) -> str:
    """``wnNNN`` from the source's ``article_NNN``."""
    return f"wn{int(record['source_record_id'].removeprefix('article_')):03d}"


# the corpus a set is coded on: its JSONL, how to build it, the id of a record, source, section;
# the WMT sets (voices_gold_wmt_check.py) pass their own
WIKINEWS = dict(articles=ARTICLES, builder="voices_gold_wiki41_corpus.py", id_of=wikinews_id,
                source="wikinews", section="Politik")
PER_SECTION = 6  # wiki41 (as round 40): per part (a-d, 6 candidates each), every non-interview candidate
# (round 18: 24 from Web)
# (round 14: 8 from three sections; round 10: 6 from four sections; rounds 2-9: 4 from six)
HERE = os.path.dirname(os.path.abspath(__file__))
COLS = "article_id,source,section,split,n,sentence,kind,cue,speaker,speaker_name,text".split(",")


def main(split: str = "wiki41", corpus: dict = WIKINEWS, per_section: int = PER_SECTION) -> int:
    ANN = os.environ.get(f"VOICES{split.upper()}_DIR", HERE)
    articles, source = corpus["articles"], corpus["source"]
    if not os.path.isfile(articles):
        print(f"ERROR: corpus file {articles} not found (build it with {corpus['builder']})")
        return 2
    records = [json.loads(line) for line in open(articles, encoding="utf-8")]
    ids = [corpus["id_of"](r) for r in records]
    texts = {i: r["text"] for i, r in zip(ids, records)}
    sects = {i: corpus["section"] for i in ids}
    errors = []
    with open(f"{ANN}/voices_gold_{split}.csv", encoding="utf-8") as f:
        rd = csv.DictReader(f)
        if rd.fieldnames != COLS:
            errors.append(f"bad header {rd.fieldnames}")
        gold = list(rd)
    with open(f"{ANN}/voices_gold_{split}_articles.csv", encoding="utf-8") as f:
        rd = csv.DictReader(f)
        if rd.fieldnames != "article_id,source,section,split,n_statements".split(","):
            errors.append(f"bad articles header {rd.fieldnames}")
        arts = list(rd)
    with open(f"{ANN}/voices_gold_{split}_skipped.csv", encoding="utf-8") as f:
        rd = csv.DictReader(f)
        if rd.fieldnames != "article_id,section,rank,reason".split(","):
            errors.append(f"bad skipped header {rd.fieldnames}")
        skipped = list(rd)
    cands = [l.strip().split(",") for l in open(f"{ANN}/voices_gold_{split}_candidates.csv") if l.strip()]

    for r in gold:
        where = f'{r["article_id"]} n={r["n"]}'
        t = texts.get(r["article_id"])
        if t is None:
            errors.append(f"{where}: unknown article"); continue
        if r["source"] != source or r["split"] != split:
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
        if a["source"] != source or a["split"] != split or a["section"] != sects.get(a["article_id"]):
            errors.append(f'{a["article_id"]}: bad source/split/section in article list')
    if {r["article_id"] for r in gold} - {a["article_id"] for a in arts}:
        errors.append("gold rows for articles missing from the article list")
    if [a["article_id"] for a in arts] != sorted(a["article_id"] for a in arts):
        errors.append("article list not sorted by article_id")
    if len({a["article_id"] for a in arts}) != len(arts):
        errors.append("duplicate article in article list")
    # selection: per section, first PER_SECTION non-skipped candidates in rank order
    cand_ids = {c[0]: c[1] for c in cands}
    for s_ in skipped:
        if s_["article_id"] not in cand_ids or cand_ids[s_["article_id"]] != s_["section"]:
            errors.append(f'{s_["article_id"]}: skipped article not a candidate of section {s_["section"]}')
        if not s_.get("reason"):
            errors.append(f'{s_["article_id"]}: skipped without reason')
    for a in arts:
        if cand_ids.get(a["article_id"]) != a["section"]:
            errors.append(f'{a["article_id"]}: section differs from voices_gold_{split}_candidates.csv')
    skip = {s["article_id"] for s in skipped}
    expected = []
    short, per_sec = [], {}
    for sec in dict.fromkeys((c[1], c[3]) for c in cands):
        cs = sorted((c for c in cands if (c[1], c[3]) == sec), key=lambda c: int(c[2]))
        taken = []
        for c in cs:
            if len(taken) == per_section:
                if c[0] in skip:
                    errors.append(f"{c[0]}: skipped but after the {per_section} taken")
                continue
            if c[0] not in skip:
                taken.append(c[0])
        if len(taken) < per_section:
            # a section may run out of candidates;
            # then every non-skipped candidate must be taken
            short.append(f"{sec[0]}/{sec[1]} {len(taken)}")
        expected += taken
        per_sec[sec] = len(taken)
    if sorted(expected) != sorted(a["article_id"] for a in arts):
        errors.append(f"article list differs from selection: {sorted(set(expected) ^ {a['article_id'] for a in arts})}")
    by_section = Counter()
    for (sec_, _part), v in per_sec.items():
        by_section[sec_] += v
    if Counter(a["section"] for a in arts) != Counter({k: v for k, v in by_section.items() if v}):
        errors.append(f"articles per section differ from the selection {per_sec}")
    if len(arts) != sum(per_sec.values()):
        errors.append("number of articles differs from the selection")
    # round 10: every coded article is marked DONE in progress.txt
    prog = f"{ANN}/progress.txt"
    if os.path.isfile(prog):
        done = {l.split()[0] for l in open(prog, encoding="utf-8") if l.strip().endswith("DONE")}
        for a in arts:
            if a["article_id"] not in done:
                errors.append(f'{a["article_id"]}: not marked DONE in progress.txt')
    # (the repository copy has no progress.txt: the annotator's working folder had it)
    # round 10: every sentence occurs once in its article (so that text order is well defined)
    for r in gold:
        t = texts.get(r["article_id"], "")
        if r["sentence"] in t and t.count(r["sentence"]) > 1:
            errors.append(f'{r["article_id"]} n={r["n"]}: sentence occurs more than once in the article')
    if len(gold) != len({(r["article_id"], r["n"]) for r in gold}):
        errors.append("duplicate (article_id, n)")
    # n follows text order: position of sentence in the article, then of text in the sentence
    last = {}
    for r in gold:
        t = texts.get(r["article_id"])
        if t is None or r["sentence"] not in t or r["text"] not in r["sentence"]:
            continue
        pos = (t.index(r["sentence"]), r["sentence"].index(r["text"]))
        if r["article_id"] in last and pos < last[r["article_id"]]:
            errors.append(f'{r["article_id"]} n={r["n"]}: n not in text order')
        last[r["article_id"]] = pos
    kinds = Counter(r["kind"] for r in gold)
    print(f"{len(gold)} statements, {len(arts)} articles, {len(errors)} errors")
    print("by kind: " + ", ".join(f"{k} {kinds[k]}" for k in ("direct", "reported", "interview")))
    print(f"sections short of {per_section} candidates: " + (", ".join(short) or "none"))
    print("articles with 0 statements: " + (", ".join(a["article_id"] for a in arts if a["n_statements"] == "0") or "none"))
    print(f'cues: continuation {sum(r["cue"] == "continuation" for r in gold)}, '
          f'Konjunktiv continuation {sum(r["cue"].startswith("Konjunktiv") for r in gold)}')
    print("\n".join(errors[:50]))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
