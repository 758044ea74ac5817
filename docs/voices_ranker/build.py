"""Build the speaker-candidate table of one source group for the re-ranker experiment.

For every engine statement matched to a gold statement with a speaker, collect the candidate
speakers: the names and role/body nouns in the statement's sentence window (its first sentence
and the two before it), the engine's own choice and the previous statement's speaker. One row per
(statement, candidate) with ids, the label (does the candidate match the gold speaker?) and the
features that rank.py learns from; one row per statement with the rules' verdict.

Run from the repository root, once per group (gnad | wiki | wmt | pcc):

    PYTHONPATH=src .venv/bin/python docs/voices_ranker/build.py wmt

Writes ``$RANKER_DIR/cands_GROUP.pkl`` (default ``/tmp/ranker``). Reads the gold from
``data/annotations``; gnad reads the 10kGNAD test split (``../shared/corpora/10kgnad/test.csv``)
and ``data/raw/articles``, the other groups the article texts in ``$WIKINEWS_ARTICLES``,
``$WMT_ARTICLES`` and ``$PCC_ARTICLES`` (JSON lines; defaults under ``/tmp``).
"""

import json
import os
import re
import sys
import time
from pathlib import Path

import pandas as pd

from framelab.attribution import benchmark as b
from framelab.attribution import speakers as sp
from framelab.attribution.tagging import tag
from framelab.paths import KGNAD_TEST_RELATIVE
from framelab.sentences import sentence_spans

RANKER_DIR = Path(os.environ.get("RANKER_DIR", "/tmp/ranker"))
ARTICLES = {
    "wiki": Path(os.environ.get("WIKINEWS_ARTICLES", "/tmp/dewikinews/articles.jsonl")),
    "wmt": Path(os.environ.get("WMT_ARTICLES", "/tmp/wmt/articles.jsonl")),
    "pcc": Path(os.environ.get("PCC_ARTICLES", "/tmp/pcc/articles.jsonl")),
}
ANN = Path("data/annotations")
SEEDS = Path("data/raw/articles")
GNAD = Path(KGNAD_TEST_RELATIVE)
SETS = {
    "wiki": [f"wiki{n}" for n in range(41, 56)],
    "wmt": ["wmt20", "wmt21", "wmt22", "wmt23", "wmt21en"],
    "pcc": ["pcc1", "pcc2"],
}
QUOTES = set('"„“”«»')
PREV_WORDS = ("laut", "von", "nach", "mit", "für", "gegen", "an", "bei", "durch", "über")


def read_jsonl(path):
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh]


def read_gold_sets(sets, suffix=""):
    """The gold files ``voices_gold_{set}{suffix}.csv`` of ``sets``, with a ``set`` column."""
    return pd.concat(
        [
            pd.read_csv(
                ANN / f"voices_gold_{n}{suffix}.csv", dtype=str, keep_default_na=False
            ).assign(set=n)
            for n in sets
        ],
        ignore_index=True,
    )


def load_group(group):
    """gold (all sets of the group, set column), passages, engine statements."""
    if group == "gnad":
        gold, arts = b.load_gold(ANN)
        gold = gold.assign(set=gold["source"])
        gnad = b.load_gnad(GNAD)
        ids = sorted(arts["article_id"])
        pas = b.passages_table(ids, SEEDS, gnad)
    else:
        sets = SETS[group]
        recs = read_jsonl(ARTICLES[group])
        if group == "wiki":
            texts = {
                f"wn{int(r['source_record_id'].removeprefix('article_')):03d}": r["text"]
                for r in recs
            }
        else:
            texts = {r["id"]: r["text"] for r in recs}
        gold = read_gold_sets(sets)
        arts = read_gold_sets(sets, "_articles")
        ids = sorted(arts["article_id"])
        assert len(ids) == len(set(ids)), "article in two sets"
        pas = pd.DataFrame([row for a in ids for row in b.passages_of(a, texts[a])])
    t0 = time.time()
    sysdf = b.run_engine(pas, 6, parallel=(group == "gnad"))
    print(group, "engine", round(time.time() - t0, 1), "s", file=sys.stderr)
    gold = gold[gold.kind != "interview"].reset_index(drop=True)
    sysdf = sysdf[sysdf.kind != "interview"].reset_index(drop=True)
    return gold, pas, sysdf, ids


def first_cue_word(cue):
    c = cue.split(": ", 1)[1] if ": " in cue else cue
    w = re.findall(r"\w+", c.split("…")[0])
    return w[0].lower() if w else None


def quote_inside(sentence, start):
    return sum(ch in QUOTES for ch in sentence[:start]) % 2 == 1


def name_runs(toks):
    """(i, j) token spans of proper-name runs (NE/FM, name particles inside) and role/body nouns."""
    out, i = [], 0
    while i < len(toks):
        if toks[i].tag in ("NE", "FM"):
            j = i + 1
            while j < len(toks) and (
                toks[j].tag in ("NE", "FM")
                or (
                    toks[j].text in sp.NAME_PARTICLES
                    and j + 1 < len(toks)
                    and toks[j + 1].tag == "NE"
                )
            ):
                j += 1
            out.append((i, j, "NE"))
            i = j
        else:
            if toks[i].tag == "NN" and sp._role_or_body(toks[i].text):
                out.append((i, i + 1, "NN"))
            i += 1
    return out


def add_candidate(cands, name, feats):
    """Add a mention to ``cands`` (normalised name -> features); a repeated name counts one more
    mention and keeps the features of its mention closest to the cue."""
    key = b.norm_name(name)
    if not key:
        return
    if key in cands:
        c = cands[key]
        c["mentions_window"] += 1
        if feats.get("in_window") and (
            not c["in_window"] or abs(feats["tok_dist"]) < abs(c["tok_dist"])
        ):
            keep = c["mentions_window"]
            c.update(feats)
            c["mentions_window"] = keep
        return
    cands[key] = dict(name=name, mentions_window=1, **feats)


def build(group, out):
    """Write the candidate and statement tables of ``group`` to ``out``."""
    gold, pas, sysdf, ids = load_group(group)
    joined = pas.groupby("article_id")["text"].agg("\n".join).to_dict()
    ptext = {(r.article_id, r.position): r.text for r in pas.itertuples()}
    rows, stmts = [], []
    for a in ids:
        ga = gold[gold.article_id == a].reset_index(drop=True)
        sa = sysdf[sysdf.article_id == a].sort_values(["position", "start"]).reset_index(drop=True)
        if ga.empty:
            continue
        art = joined.get(a, "")
        art_low = art.lower()
        # all sentences of the article in order
        sents = []
        for pos in sorted(p for (aa, p) in ptext if aa == a):
            for s0, e0 in sentence_spans(ptext[(a, pos)]):
                sents.append((pos, s0, e0, ptext[(a, pos)][s0:e0]))
        pairs = b.match(sa, ga)
        for gi, si in pairs:
            g = ga.loc[gi]
            if not g["speaker_name"]:
                continue
            st = sa.loc[si]
            prev_name = sa.loc[si - 1, "speaker_name"] if si > 0 else ""
            ks = [
                k
                for k, (pos, s0, e0, _) in enumerate(sents)
                if pos == st.position and s0 < st.end and e0 > st.start
            ]
            if not ks:
                ks = [0]
            win = list(range(max(0, ks[0] - 2), ks[-1] + 1))
            # tokens of the window, cue position in the statement's first sentence
            wtoks = []  # (sent_offset, k, tok)
            for k in win:
                off = 0 if k >= ks[0] else k - ks[0]
                for t in tag(sents[k][3]):
                    wtoks.append((off, k, t))
            cw = first_cue_word(st.cue)
            cue_idx, cue_found = None, 0
            for idx, (off, _k, t) in enumerate(wtoks):
                if off == 0 and cw and t.text.lower() == cw:
                    cue_idx, cue_found = idx, 1
                    break
            if cue_idx is None:
                if st.cue == "colon":
                    cue_idx = next(
                        (i for i, (o, k, t) in enumerate(wtoks) if o == 0 and t.text == ":"), None
                    )
                if cue_idx is None:
                    cue_idx = next((i for i, (o, k, t) in enumerate(wtoks) if o == 0), len(wtoks))
            toks_by_k = {}
            for idx, (_off, k, t) in enumerate(wtoks):
                toks_by_k.setdefault(k, []).append((idx, t))
            cands = {}  # key: normalised name -> dict
            for k in win:
                lst = toks_by_k.get(k, [])
                tks = tuple(t for _, t in lst)
                sent = sents[k][3]
                for i, j, typ in name_runs(tks):
                    idx = lst[i][0]
                    name = " ".join(t.text for t in tks[i:j])
                    prevw = tks[i - 1].text.lower() if i > 0 else ""
                    prevtag = tks[i - 1].tag if i > 0 else ""
                    feats = dict(
                        in_window=1,
                        sent_off=wtoks[idx][0],
                        tok_dist=idx - cue_idx,
                        typ_NE=int(typ == "NE"),
                        ntok=j - i,
                        role_word=int(
                            any(sp._role_noun(t.text) for t in tks[i:j] if t.tag == "NN")
                        ),
                        role_before=int(prevtag == "NN" and sp._role_or_body(tks[i - 1].text)),
                        prev_appr=int(prevtag.startswith("APPR")),
                        prev_art=int(prevtag == "ART"),
                        sent_start=int(i == 0 or (i == 1 and prevtag == "ART")),
                        in_quote=int(quote_inside(sent, tks[i].start)),
                        genitive_after_art=int(prevw in ("des",)),
                        **{f"prevw_{w}": int(prevw == w) for w in PREV_WORDS},
                    )
                    add_candidate(cands, name, feats)
            # engine's choice and previous speaker
            eng = st.speaker_name
            base_missing = dict(
                in_window=0,
                sent_off=0,
                tok_dist=0,
                typ_NE=0,
                ntok=len(eng.split()),
                role_word=int(any(sp._role_noun(w) for w in eng.split())),
                role_before=0,
                prev_appr=0,
                prev_art=0,
                sent_start=0,
                in_quote=0,
                genitive_after_art=0,
                **{f"prevw_{w}": 0 for w in PREV_WORDS},
            )
            final = []
            merged = None
            for c in cands.values():
                if eng and b.same_speaker(c["name"], eng):
                    # the engine's own mention: take its positional features (closest)
                    if merged is None or abs(c["tok_dist"]) < abs(merged["tok_dist"]):
                        merged = c
                    continue
                final.append(dict(c, is_engine=0))
            if eng and merged is None and st.speaker:
                # the engine's surface mention (a common-noun phrase): its last word in the window
                lw = re.findall(r"\w+", st.speaker)
                hits = [idx for idx, (o, k, t) in enumerate(wtoks) if lw and t.text == lw[-1]]
                if hits:
                    idx = min(hits, key=lambda h: abs(h - cue_idx))
                    merged = dict(
                        base_missing,
                        in_window=1,
                        sent_off=wtoks[idx][0],
                        tok_dist=idx - cue_idx,
                        mentions_window=len(hits),
                        surface_only=1,
                    )
            if eng:
                ef = dict(merged) if merged else dict(base_missing, mentions_window=0)
                ef["name"] = eng
                final.append(dict(ef, is_engine=1))
            if prev_name and not any(b.same_speaker(c["name"], prev_name) for c in final):
                final.append(
                    dict(
                        base_missing,
                        mentions_window=0,
                        name=prev_name,
                        ntok=len(prev_name.split()),
                        is_engine=0,
                    )
                )
            sid = f"{a}#{gi}"
            stmts.append(
                dict(
                    sid=sid,
                    article_id=a,
                    set=g["set"],
                    gold=g["speaker_name"],
                    engine=eng,
                    rule_ok=bool(b.speaker_matches(g, eng, art)) if eng else False,
                )
            )
            for c in final:
                nm = c["name"]
                last = re.findall(r"\w+", nm.lower())
                n_art = art_low.count(last[-1]) if last else 0
                first_pos = art_low.find(last[-1]) / max(1, len(art_low)) if last else 1.0
                rows.append(
                    dict(
                        c,
                        sid=sid,
                        article_id=a,
                        set=g["set"],
                        label=int(b.speaker_matches(g, nm, art)),
                        eq_prev=int(bool(prev_name) and b.same_speaker(nm, prev_name)),
                        prev_empty=int(not prev_name),
                        engine_empty=int(not eng),
                        surface_empty=int(not st.speaker),
                        kind=st.kind,
                        rule=st.rule,
                        rule_family=st.rule.split(":")[0],
                        cue_found=cue_found,
                        n_art=n_art,
                        first_pos=first_pos,
                        n_cands=len(final),
                    )
                )
    cand = pd.DataFrame(rows)
    st = pd.DataFrame(stmts)
    pd.to_pickle(dict(cands=cand, stmts=st), out)
    n = len(st)
    orc = cand.groupby("sid").label.max().reindex(st.sid).fillna(0).mean() if n else 0
    print(
        group,
        "statements",
        n,
        "candidates",
        len(cand),
        "rules",
        round(st.rule_ok.mean(), 3),
        "oracle",
        round(orc, 3),
        file=sys.stderr,
    )


def main():
    if len(sys.argv) != 2 or sys.argv[1] not in ("gnad", *SETS):
        sys.exit(f"usage: {sys.argv[0]} gnad|wiki|wmt|pcc")
    group = sys.argv[1]
    RANKER_DIR.mkdir(parents=True, exist_ok=True)
    build(group, RANKER_DIR / f"cands_{group}.pkl")


if __name__ == "__main__":
    main()
