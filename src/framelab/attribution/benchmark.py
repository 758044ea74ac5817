"""Benchmark of the attribution engine against the voices gold standard.

Matching: a system statement and a gold statement of the same article match when their sentences
overlap: after whitespace normalisation one sentence contains the other, or their token Jaccard
is at least 0.5. Matching is one-to-one (for each gold statement in order, the unmatched system
statement with the same speaker first, then the highest Jaccard).

Precision = matched / system statements; recall = matched / gold statements; F1 their harmonic
mean. Speaker accuracy = share of matched statements whose ``speaker_name`` equals the gold one:
names are lower-cased, parentheses ("(government)") and articles dropped, tokens lemmatised
(adjectives in -isch with any ending as one: "Burgenländischer" = "Burgenländische"), a few
country names mapped English → German; they are equal when one token set contains the other
("Müller" = "Anna Müller"). The gold writes descriptions as English labels ("Russian
army" for "Russlands Armee"); when a gold ``speaker_name`` does not occur in the article at all,
the system name is compared with the gold ``speaker`` (the surface mention) instead
(``speaker_accuracy``); ``speaker_accuracy_strict`` skips that rule. Seed articles are always
``dev``.
"""

from __future__ import annotations

import csv
import json
import re
import time
import unicodedata
from functools import lru_cache
from pathlib import Path

import pandas as pd

from framelab import text as textlib
from framelab.attribution.adjudication import summary as adjudicated
from framelab.attribution.cues import default_cues, find_cues
from framelab.attribution.pooled import pooled_blocks, pooled_engine
from framelab.attribution.tables import annotate_passages
from framelab.sentences import sentence_spans

WORD = re.compile(r"\w+")
ARTICLES = frozenset(
    ["der", "die", "das", "des", "dem", "den", "ein", "eine", "einer", "eines", "einem", "einen"]
)
COUNTRIES = {
    "russia": "russland",
    "north korea": "nordkorea",
    "south korea": "südkorea",
    "germany": "deutschland",
    "austria": "österreich",
    "united states": "usa",
    "us": "usa",
    "china": "china",
    "ukraine": "ukraine",
    "the west": "westen",
}


def load_gnad(path: Path) -> list[tuple[str, str]]:
    """10kGNAD records ``(label, text)`` in file order (gnad00001 = the first)."""
    with open(path, encoding="utf-8", newline="") as fh:
        return [(r[0], r[1]) for r in csv.reader(fh, delimiter=";", quotechar="'")]


def article_text(article_id: str, seeds_dir: Path, gnad: list[tuple[str, str]]) -> str:
    if article_id.startswith("gnad"):
        return gnad[int(article_id[4:]) - 1][1]
    return (Path(seeds_dir) / f"{article_id}.txt").read_text(encoding="utf-8")


def passages_of(article_id: str, text: str) -> list[dict]:
    """One raw article as passage rows: its normalised text split by
    :func:`framelab.text.paragraphs`, as the clean stage would pass it on."""
    return [
        dict(article_id=article_id, position=pos, text=par, is_heading=False)
        for pos, par in enumerate(textlib.paragraphs(textlib.normalize(text)))
    ]


def passages_table(ids: list[str], seeds_dir: Path, gnad: list) -> pd.DataFrame:
    """Raw texts split into passages (:func:`passages_of`)."""
    return pd.DataFrame(
        [row for aid in ids for row in passages_of(aid, article_text(aid, seeds_dir, gnad))]
    )


@lru_cache(maxsize=100_000)
def _tokens(text: str) -> frozenset[str]:
    return frozenset(WORD.findall(unicodedata.normalize("NFC", text).lower()))


@lru_cache(maxsize=100_000)
def _normalised(text: str) -> str:
    """Single spaces, and NFC as the engine reads its input (:func:`framelab.text.normalize`):
    a gold sentence copied from a text with decomposed umlauts matches the engine's."""
    return " ".join(unicodedata.normalize("NFC", text).split())


def sentences_overlap(a: str, b: str) -> float:
    """1.0 when one normalised sentence contains the other, else the token Jaccard (each
    sentence is normalised and tokenised once: the matching compares every pair in an
    article, in every split and pooling)."""
    na, nb = _normalised(a), _normalised(b)
    if na and nb and (na in nb or nb in na):
        return 1.0
    ta, tb = _tokens(a), _tokens(b)
    return len(ta & tb) / len(ta | tb) if ta | tb else 0.0


# "Burgenländischer" and "Burgenländische" are one adjective (the lemmatiser knows few place
# adjectives); voices round 19
ISCH_ENDING = re.compile(r"isch(?:e|er|es|en|em)$")


@lru_cache(maxsize=100_000)
def norm_name(name: str) -> frozenset[str]:
    """A speaker name as a set of lemmatised tokens (see module docstring)."""
    name = re.sub(r"\(.*?\)", " ", str(name).lower()).strip()
    name = COUNTRIES.get(name, name)
    toks = [t for t in WORD.findall(name) if t not in ARTICLES]
    return frozenset(ISCH_ENDING.sub("isch", textlib.lemma(t)) for t in toks)


def same_speaker(a: str, b: str) -> bool:
    na, nb = norm_name(a), norm_name(b)
    return bool(na and nb) and (na <= nb or nb <= na)


@lru_cache(maxsize=1_000)
def article_lemmas(article: str) -> frozenset[str]:
    """The lemmas of an article's words (looked up once per article)."""
    return frozenset(textlib.lemma(t) for t in WORD.findall(article.lower()))


def speaker_matches(gold_row, system_name: str, article: str) -> bool:
    """Gold and system speaker agree (with the label rule, see module docstring)."""
    if same_speaker(gold_row["speaker_name"], system_name):
        return True
    label = norm_name(gold_row["speaker_name"])
    in_text = label <= article_lemmas(article)
    return not in_text and same_speaker(gold_row["speaker"], system_name)


MATCH_COLUMNS = ["article_id", "sentence", "speaker_name"]
SCORE_COLUMNS = ["article_id", "speaker", "speaker_name", "kind"]


def _records(df: pd.DataFrame, columns: list[str]) -> list[dict]:
    """The rows as dicts of the columns a comparison reads (converting every column of the
    statements table, texts included, was most of the scoring time)."""
    return df[[c for c in columns if c in df.columns]].to_dict("records")


def match(system: pd.DataFrame, gold: pd.DataFrame) -> list[tuple[int, int]]:
    """One-to-one ``(gold_index, system_index)`` pairs within each article."""
    by_article: dict[str, list[tuple[int, dict]]] = {}
    for si, s in zip(system.index, _records(system, MATCH_COLUMNS), strict=True):
        by_article.setdefault(s["article_id"], []).append((si, s))
    pairs, used = [], set()
    for gi, g in zip(gold.index, _records(gold, MATCH_COLUMNS), strict=True):
        cands = [
            (si, sentences_overlap(g["sentence"], s["sentence"]), s)
            for si, s in by_article.get(g["article_id"], [])
            if si not in used
        ]
        cands = [(si, ov, s) for si, ov, s in cands if ov >= 0.5]
        if not cands:
            continue
        si = max(
            cands, key=lambda c: (same_speaker(g["speaker_name"], c[2]["speaker_name"]), c[1])
        )[0]
        used.add(si)
        pairs.append((gi, si))
    return pairs


def scores(
    system: pd.DataFrame,
    gold: pd.DataFrame,
    texts: dict[str, str] | None = None,
    pairs: list[tuple[int, int]] | None = None,
) -> dict:
    """Precision, recall, F1, speaker and kind accuracy of one split (``pairs``: the
    :func:`match` of the two tables with their indexes reset, if already computed)."""
    s, g = system.reset_index(drop=True), gold.reset_index(drop=True)
    pairs = match(s, g) if pairs is None else pairs
    texts = texts or {}
    n = len(pairs)
    p = n / len(s) if len(s) else 0.0
    r = n / len(g) if len(g) else 0.0
    gr, sr = _records(g, SCORE_COLUMNS), _records(s, SCORE_COLUMNS)
    pairs_all = [(gr[gi], sr[si]) for gi, si in pairs]
    # a gold row without a speaker name (an external gold's pronoun) is not judged for speaker
    matched = [(a, b) for a, b in pairs_all if a["speaker_name"]]
    strict = sum(same_speaker(a["speaker_name"], b["speaker_name"]) for a, b in matched)
    spk = sum(
        speaker_matches(a, b["speaker_name"], texts.get(a["article_id"], "")) for a, b in matched
    )
    kind = sum(a["kind"] == b["kind"] for a, b in pairs_all)
    return dict(
        gold=len(g),
        system=len(s),
        matched=n,
        precision=round(p, 3),
        recall=round(r, 3),
        f1=round(2 * p * r / (p + r), 3) if p + r else 0.0,
        speaker_accuracy=round(spk / len(matched), 3) if matched else 0.0,
        speaker_accuracy_strict=round(strict / len(matched), 3) if matched else 0.0,
        kind_accuracy=round(kind / n, 3) if n else 0.0,
    )


# revision rounds with a held-out set measured before them (rounds 20-22 tuned on the external
# corpus and had none of their own; round 26 changed no rule)
ROUNDS = (*range(2, 20), 23, 24, 25, 26, 27, 28)
# in the order held out
SPLITS = ("dev", "test", *(f"test{r}" for r in ROUNDS))
GOLD_ROUNDS = (
    "voices_gold",
    "voices_gold_round2",
    "voices_gold_round3",
    "voices_gold_round4",
    "voices_gold_round5",
    "voices_gold_round6",
    "voices_gold_round7",
    "voices_gold_round8",
    "voices_gold_round9",
    "voices_gold_round10",
    "voices_gold_round11",
    "voices_gold_round12",
    "voices_gold_round13",
    "voices_gold_round14",
    "voices_gold_round15",
    "voices_gold_round16",
    "voices_gold_round17",
    "voices_gold_round18",
    "voices_gold_round19",
    "voices_gold_round23",
    "voices_gold_round24",
    "voices_gold_round25",
    "voices_gold_round26",
    "voices_gold_round27",
    "voices_gold_round28",
    "voices_gold_round29",
    "voices_gold_round30",
    "voices_gold_round31",
    "voices_gold_round32",
    "voices_gold_round33",
    "voices_gold_round34",
    "voices_gold_round35",
    "voices_gold_round36",
    "voices_gold_round37",
    "voices_gold_round38",
    "voices_gold_round39",
    "voices_gold_round40",
)  # each round: <name>.csv, <name>_articles.csv
# held-out sets from 10kGNAD sections outside the six (International, Panorama; Sport
# from round 38): scored and reported beside the six sections' figures, never pooled with them
# (voices round 29)
OTHER_SPLITS = (
    "other29",
    "other30",
    "other31",
    "other32",
    "other33",
    "other34",
    "other35",
    "other36",
    "other37",
    "other38",
    "other39",
    "other40",
)
# each one's figure as first measured: ```json first_measured_<split>``` in voices_revisions.md
# held-out sets from another source (German Wikinews politics), whose text is outside the
# repository: their figures are read from ```json first_measured_<set>``` (one per engine)
OTHER_SOURCE_SETS = tuple(f"wiki{n}" for n in range(41, 56))  # German Wikinews politics
# newspaper articles (the German-original news of the WMT20-WMT23 test sets), recorded the same
# way: wmt21 and wmt22 with the round-48 rules frozen, wmt20 held out for round 49, wmt23 and
# wmt21en (newstest2021 German-English) held out for round 50
NEWSPAPER_SETS = ("wmt21", "wmt22", "wmt20", "wmt23", "wmt21en")
# newspaper commentaries (the Potsdam Commentary Corpus 2.2): pcc1 and pcc2 measured with the
# round-50 and round-51 rules; pcc1 read for round 52, pcc2 held out for it
COMMENTARY_SETS = ("pcc1", "pcc2")
# COVID-19 news of German newspapers and RT DE (FANG-COVID): fang1 and fang2 measured once with
# the round-52 rules, the first held-out news since round 50 (read for round 53); fang3 and
# fang4 held out for round 53 (read for round 54), fang5 and fang6 for round 54, fang7 and fang8
# for round 55, fang9 and fang10 for round 56, fang11 and fang12 for round 57, fang13 and fang14
# for round 58, fang15 and fang16 for round 59, each measured with the rules before and after
# its round; fang17 and fang18 with the round-59 rules; fang19 and fang20, held out for round 60,
# with the round-59 rules; fang21 and fang22, held out for round 61, with the round-60 rules;
# fang23 and fang24, held out for round 62, with the round-61 rules; fang25 and fang26, held
# out for round 63, with the round-62 rules; fang27 to fang44, held out in pairs for rounds 64
# to 72, each with the rules before its round; fang45 to fang48, held out for round 73, with the
# round-72 rules; fang49 to fang52, held out for round 74, with the round-73 rules; fang53 to
# fang56, held out for round 75, with the round-74 rules; fang57 to fang60 with the round-75
# rules after their review (no round 76 was made in that session); fang61 to fang64, held out
# for round 76, with the round-75 rules; fang65 to fang68 with the round-76 rules after their
# review (no round 77 was made in that session); fang69 to fang72, held out for round 78, with the
# round-76 rules after their review; fang73 to fang76 with the round-78 rules after their review;
# fang77 to fang80, held out for round 80, with the round-79 rules; fang81 to fang84, held out for
# round 81, with the round-80 rules
FANG_SETS = tuple(f"fang{n}" for n in range(1, 85))
# the same sets with their double quotation marks removed, as 10kGNAD's text has them removed
FANG_UNQUOTED_SETS = tuple(f"{name}_unquoted" for name in FANG_SETS)


def load_gold(gold_dir: Path) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Gold statements and the exhaustively annotated articles of every round present; seed
    articles forced to dev."""
    golds, arts = [], []
    for name in GOLD_ROUNDS:
        path = Path(gold_dir) / f"{name}.csv"
        if path.is_file():
            golds.append(pd.read_csv(path, dtype=str, keep_default_na=False))
            arts.append(
                pd.read_csv(
                    path.with_name(f"{name}_articles.csv"), dtype=str, keep_default_na=False
                )
            )
    gold, arts = pd.concat(golds, ignore_index=True), pd.concat(arts, ignore_index=True)
    arts.loc[~arts["article_id"].str.startswith("gnad"), "split"] = "dev"
    gold = gold.drop(columns=["split"]).merge(arts[["article_id", "split"]], on="article_id")
    return gold, arts


def run_engine(passages: pd.DataFrame, scare_max_words: int, parallel: bool = False):
    """The engine's statements table of ``passages``. ``parallel``: the articles go to the
    default executor (``$FRAMELAB_SCHEDULER``) in one chunk per worker, so the gold is tagged on
    every core; the table is the same (articles are independent; chunks return in order)."""
    if not parallel:
        return _statements_of(passages, scare_max_words)
    from functools import partial

    from framelab.runtime.executor import make_executor

    with make_executor(may_fork=True) as executor:
        ids = sorted(passages["article_id"].unique())
        size = -(-len(ids) // max(1, executor.workers))
        chunks = [
            passages[passages["article_id"].isin(ids[i : i + size])]
            for i in range(0, len(ids), size)
        ]
        work = partial(_statements_of, scare_max_words=scare_max_words)
        parts = list(executor.map(work, chunks, desc="voices benchmark"))
    return pd.concat(parts, ignore_index=True) if parts else _statements_of(passages, 0)


def _statements_of(passages: pd.DataFrame, scare_max_words: int) -> pd.DataFrame:
    return annotate_passages(passages, scare_max_words)[1]


def evaluate(
    system: pd.DataFrame,
    gold: pd.DataFrame,
    arts: pd.DataFrame,
    texts: dict[str, str],
    splits: tuple[str, ...] = SPLITS,
) -> dict:
    """Scores per split (articles' split from the gold article list); splits without gold
    articles are left out."""
    splits = tuple(sp for sp in splits if (arts["split"] == sp).any())
    split_of = dict(zip(arts["article_id"], arts["split"], strict=True))
    system = system.assign(split=system["article_id"].map(split_of))
    return {
        sp: scores(system[system["split"] == sp], gold[gold["split"] == sp], texts) for sp in splits
    }


def by_section(system, gold, arts, texts) -> dict[str, dict]:
    """Scores per 10kGNAD section (and "seeds") over every gold article, tuned on or not: where
    the rules work and where they do not (mostly in sample; the held-out figures are the
    pooled first measurements)."""
    return {
        section: dict(_scores_on(set(ids), system, gold, texts), articles=len(set(ids)))
        for section, ids in sorted(arts.groupby("section")["article_id"])
    }


def _scores_on(ids: set[str], system, gold, texts) -> dict:
    """:func:`scores` over the given articles only."""
    return scores(system[system["article_id"].isin(ids)], gold[gold["article_id"].isin(ids)], texts)


def _pooled(system, gold, arts, texts, splits: tuple[str, ...]) -> dict:
    """Scores over the articles of several splits together, with the splits named."""
    ids = set(arts.loc[arts["split"].isin(splits), "article_id"])
    return dict(_scores_on(ids, system, gold, texts), splits=list(splits))


def cue_scan_speed(texts: list[str]) -> dict:
    """Sentences per second of the cue scan alone (sentence splitting excluded)."""
    sents = [p[s:e] for t in texts for p in textlib.paragraphs(t) for s, e in sentence_spans(p)]
    lexicon = default_cues()
    t0 = time.perf_counter()
    for s in sents:
        find_cues(s, lexicon)
    dt = time.perf_counter() - t0
    return dict(sentences=len(sents), seconds=round(dt, 3), sentences_per_s=round(len(sents) / dt))


def full_speed(gnad: list, scare_max_words: int) -> dict:
    """Wall time of the whole engine over every 10kGNAD article."""
    rows = [
        dict(article_id=f"gnad{i + 1:05d}", position=p, text=par, is_heading=False)
        for i, (_, t) in enumerate(gnad)
        for p, par in enumerate(textlib.paragraphs(t))
    ]
    passages = pd.DataFrame(rows)
    n_sent = sum(len(sentence_spans(t)) for t in passages["text"])
    t0 = time.perf_counter()
    statements = run_engine(passages, scare_max_words)
    dt = time.perf_counter() - t0
    return dict(
        articles=len(gnad),
        sentences=n_sent,
        statements=len(statements),
        seconds=round(dt, 1),
        sentences_per_s=round(n_sent / dt),
    )


def second_coders(gold_dir: Path, gold: pd.DataFrame, texts: dict[str, str]) -> dict:
    """Agreement of an independent second blind coding (``<round>_coder2.csv``) with the
    round's gold on the articles both coded: the gold is the reference, the second coder the
    "system" (precision and recall swap if the roles swap; F1 does not)."""
    out = {}
    for name in GOLD_ROUNDS:
        path = Path(gold_dir) / f"{name}_coder2.csv"
        if not path.is_file():
            continue
        second = pd.read_csv(path, dtype=str, keep_default_na=False)
        first = gold[gold["article_id"].isin(set(second["article_id"]))]
        split = first["split"].iloc[0] if len(first) else name
        out[split] = dict(scores(second, first, texts), articles=second["article_id"].nunique())
    return out


def first_measured(result: dict) -> dict | None:
    """The held-out sets pooled as each was first measured, before any rule was tuned on it
    (the ``pre_revision_round<r>`` blocks): the engine's figure on text it was not written for."""
    blocks = [
        (f"test{r}", b)
        for r in ROUNDS
        if (b := (result.get(f"pre_revision_round{r}") or {}).get(f"test{r}"))
    ]
    return pooled_blocks(blocks)


def other_first_measured(result: dict) -> dict | None:
    """The held-out sets from sections outside the issue's six, pooled as first measured."""
    return pooled_blocks(sorted((result.get("other_first_measured") or {}).items()))


def tuning_splits(
    arts: pd.DataFrame, splits: tuple[str, ...] = SPLITS, last_revision: int = 0
) -> tuple[str, ...]:
    """The splits rules have been tuned on: with the last revision round known
    (``last_revision``, :func:`last_round`), dev, test and every set ``test<r>`` measured in an
    earlier round (r < last revision; the sets measured in the last round or not yet are held
    out); else every split with gold but the last."""
    present = tuple(sp for sp in splits if (arts["split"] == sp).any())
    if len(present) <= 2:
        return present[:1]
    if not last_revision:
        return present[:-1]
    return tuple(sp for sp in present if not _round_of(sp) or _round_of(sp) < last_revision)


def _round_of(split: str) -> int:
    """The round a held-out set belongs to ("test23" → 23, "other30" → 30); 0 for dev and
    test."""
    number = re.search(r"\d+$", split)
    return int(number.group()) if number else 0


SUMMARY_KEYS = ("precision", "recall", "f1", "speaker_accuracy", "gold")


def _summary(s: dict | None) -> dict | None:
    return {k: s[k] for k in SUMMARY_KEYS if k in s} if s else None


def summary_metrics(result: dict) -> dict:
    """The benchmark as a few summary scalars (a DVC metrics file whatever the number of rounds):
    dev and test with interview turns; without them, the tuning splits pooled, the latest
    held-out set (with its figure before its round) and the held-out sets as first measured."""
    without = result.get("engine_without_interviews") or {}
    out = {sp: _summary((result.get("engine") or {}).get(sp)) for sp in ("dev", "test")}
    tuning = result.get("engine_on_tuning_splits")
    if tuning:
        out["tuning"] = dict(_summary(tuning), splits=tuning["splits"])
    out["latest"] = _latest_summary(result, without)
    first = result.get("held_out_first_measured")
    if first:
        out["held_out_first_measured"] = dict(_summary(first), sets=first["sets"])
    if external := result.get("external"):
        out["external_test"] = {
            k: dict(_summary(v), articles=v["articles"], speaker_judged=v["speaker_judged"])
            for k, v in external.items()
            if v
        }
    if other := _other_summary(result):
        out["other_sections"] = other
    for key, recorded_key in (
        ("other_source", "other_source_first_measured"),
        ("newspaper", "newspaper_first_measured"),
        ("commentary", "commentary_first_measured"),
        ("fang", "fang_first_measured"),
        ("fang_unquoted", "fang_unquoted_first_measured"),
    ):
        if sets := result.get(recorded_key):
            out[key] = {
                sp: {engine: _counted_summary(v) for engine, v in block.items()}
                for sp, block in sets.items()
            }
    if judged := _adjudicated_summary(result.get("speaker_adjudicated") or {}):
        out["speaker_adjudicated"] = judged
    for split, agreement in (result.get("second_coder") or {}).items():
        # the latest round's
        out["second_coder"] = dict(_summary(agreement), split=split, articles=agreement["articles"])
    return {k: v for k, v in out.items() if v}


HEADLINE = ("precision", "recall", "speaker_accuracy")
# the readers' pooled figure of each source, by its key in the adjudicated summary
READERS = (
    ("wikinews", ("pooled_first_measured", "first_measured")),
    ("newspaper", ("newspaper_first_measured",)),
    ("commentary", ("commentary_first_measured",)),
    ("fang", ("fang_first_measured",)),
)


def headline_metrics(summary: dict) -> dict:
    """The DVC metrics file: a fixed handful of scalars whatever the number of sets, engines and
    rounds (at most 19), so that ``dvc metrics show`` stays readable; the report reads the full
    summary from the stage's tables. Each source's held-out sets pooled as first measured, and
    the speaker accuracy judged by readers."""
    if summary.get("available") is False:
        return summary
    out = {}
    if first := summary.get("held_out_first_measured"):
        out["six_sections"] = {k: first[k] for k in HEADLINE}
    for key in ("other_source", "newspaper", "commentary", "fang"):
        if sets := summary.get(key):
            pooled = pooled_engine(sets, 0)
            out["wikinews" if key == "other_source" else key] = {k: pooled[k] for k in HEADLINE}
    judged = summary.get("speaker_adjudicated") or {}
    readers = {
        name: figure["conservative"]
        for name, keys in READERS
        if (figure := next((judged[k] for k in keys if k in judged), None))
    }
    if readers:
        out["speaker_judged_by_readers"] = readers
    return out


ADJUDICATED_KEYS = ("pairs", "string_test", "conservative", "liberal", "kappa")


def _adjudicated_summary(judged: dict) -> dict:
    """The readers' speaker accuracy as scalars: the first study's sets and all judged sets
    pooled, as first measured, and the sets held out for the last round judged, before and
    after it (Wikinews and newspaper sets apart)."""
    out = {}
    for name, key in (
        ("wikinews_first_measured", "first_measured"),
        ("pooled_first_measured",) * 2,
        ("newspaper_first_measured",) * 2,
        ("commentary_first_measured",) * 2,
        ("fang_first_measured",) * 2,
    ):
        if first := judged.get(name):
            out[key] = {k: first[k] for k in ADJUDICATED_KEYS}
            out[key]["wilson"] = list(first["conservative_wilson"])
            out[key]["sets"] = len(first["sets"])
    studies = sorted(k for k in judged if k.startswith("round"))
    for source, prefix in STUDY_SOURCES:
        rounds = [k for k in studies if _study_source(k) == source]
        for engine, f in (judged[rounds[-1]] if rounds else {}).items():
            out[f"{prefix}{engine}"] = {k: f[k] for k in ADJUDICATED_KEYS}
    return out


# a round study's source by its name's ending, and the prefix of its per-engine figures
STUDY_SOURCES = (("", "held_out_"), ("_newspapers", "newspaper_held_out_"))
STUDY_SOURCES += (("_fang", "fang_held_out_"),)


def _study_source(name: str) -> str:
    """``_newspapers``, ``_fang`` or ``""`` (Wikinews) for a round study's name."""
    return next((s for s, _ in STUDY_SOURCES if s and name.endswith(s)), "")


def _counted_summary(s: dict) -> dict:
    """The summary with the counts that pooling sets needs."""
    return dict(_summary(s), **{k: s[k] for k in ("system", "matched", "articles")})


def _latest_summary(result: dict, without: dict) -> dict | None:
    """The latest six-section held-out set now, with its figure before its round; marked in
    sample once a later round tuned the rules on it."""
    held = [sp for sp in SPLITS[2:] if sp in without]
    if not held:
        return None
    split = held[-1]
    before = (result.get(f"pre_revision_round{split[4:]}") or {}).get(split)
    latest = dict(_summary(without[split]), split=split, before=_summary(before))
    if result.get("last_revision_round", 0) > int(split[4:]):
        latest["tuned_in_round"] = result["last_revision_round"]
    return latest


def other_sections(arts: pd.DataFrame) -> dict[str, list[str]]:
    """The 10kGNAD sections of each held-out set outside the issue's six."""
    held = arts[arts["split"].isin(OTHER_SPLITS)]
    return {sp: sorted(g["section"].unique()) for sp, g in held.groupby("split")}


def _other_summary(result: dict) -> dict | None:
    """The latest held-out set from other sections: now, and as first measured."""
    without = result.get("engine_without_interviews") or {}
    present = [sp for sp in OTHER_SPLITS if sp in without]
    if not present:
        return None
    split = present[-1]
    first = (result.get("other_first_measured") or {}).get(split)
    by_split = result.get("other_split_sections") or {}
    sections = sorted({sec for secs in by_split.values() for sec in secs})
    out = dict(_summary(without[split]), split=split, sections=sections, first=_summary(first))
    if result.get("last_revision_round", 0) > int(split.removeprefix("other")):
        out["tuned_in_round"] = result["last_revision_round"]  # the current figure is in sample
    if pooled := other_first_measured(result):
        out["pooled_first"] = dict(_summary(pooled), sets=pooled["sets"])
    return out


def section_rows(result: dict) -> list[dict]:
    """The per-section scores as rows (``section``, ``articles``, scores)."""
    return [dict(section=k, **v) for k, v in (result.get("engine_by_section") or {}).items()]


def split_rows(result: dict) -> list[dict]:
    """Every measurement of the benchmark as rows: which (engine now, or before round r), split,
    scores (``system``: statements the engine found)."""
    systems = [
        ("engine", "engine"),
        ("engine without interviews", "engine_without_interviews"),
        *((f"before round {r}", f"pre_revision_round{r}") for r in ROUNDS),
        ("as first measured", "other_first_measured"),
    ]
    return [
        dict(measurement=label, split=split, **scores_)
        for label, key in systems
        for split, scores_ in (result.get(key) or {}).items()
    ]


ROUND_HEADING = re.compile(r"^## Round (\d+)\b", re.MULTILINE)


def last_round(revisions: Path) -> int:
    """The last revision round ``voices_revisions.md`` records ("## Round 19 …"); 0 if none."""
    if not Path(revisions).exists():
        return 0
    rounds = ROUND_HEADING.findall(Path(revisions).read_text(encoding="utf-8"))
    return max(map(int, rounds), default=0)


EXTERNAL = ("external_before_round20", "external_after_round20")  # recorded, in this order


def external_test(revisions: Path) -> dict | None:
    """The independent corpus's test split (:mod:`.external_benchmark`) as recorded in the
    revision log, measured once before and once after the round tuned on its train split:
    ``{"before": scores, "after": scores}``; None when the log records neither."""
    before, after = (((recorded(revisions, name) or {}).get("test")) for name in EXTERNAL)
    return {"before": before, "after": after} if before or after else None


def recorded(revisions: Path, name: str) -> dict | None:
    """A measurement recorded in ``voices_revisions.md`` as a fenced ```json <name>`` block."""
    if not Path(revisions).exists():
        return None
    text = Path(revisions).read_text(encoding="utf-8")
    m = re.search(rf"```json {name}\n(.*?)\n```", text, re.S)
    return json.loads(m.group(1)) if m else None


def run_benchmark(
    gold_dir: Path,
    seeds_dir: Path,
    gnad_csv: Path,
    out_dir: Path,
    scare_max_words: int,
    speed: bool = True,
    splits: tuple[str, ...] = SPLITS + OTHER_SPLITS,
) -> dict:
    """Measure the engine on dev and test; write ``voices.json`` and ``voices.md``.

    The old extractor's figures and the engine's first (pre-revision) measurement are read from
    ``voices_revisions.md`` beside the gold. ``splits=("dev",)`` while tuning keeps test unseen.
    """
    gold, arts = load_gold(gold_dir)
    gnad = load_gnad(gnad_csv)
    passages = passages_table(list(arts["article_id"]), seeds_dir, gnad)
    t0 = time.perf_counter()
    system = run_engine(passages, scare_max_words, parallel=True)
    wall = time.perf_counter() - t0
    texts = passages.groupby("article_id")["text"].agg("\n".join).to_dict()
    revisions = Path(gold_dir) / "voices_revisions.md"
    gold_ni, system_ni = gold[gold["kind"] != "interview"], system[system["kind"] != "interview"]
    result = dict(
        engine=evaluate(system, gold, arts, texts, splits),
        engine_without_interviews=evaluate(system_ni, gold_ni, arts, texts, splits),
        engine_on_tuning_splits=_pooled(
            system_ni,
            gold_ni,
            arts,
            texts,
            tuning_splits(arts, tuple(sp for sp in splits if sp in SPLITS), last_round(revisions)),
        ),
        engine_by_section=by_section(system_ni, gold_ni, arts, texts),
        **_recorded_figures(revisions),
        other_split_sections=other_sections(arts),
        gold_articles=len(arts),
        gold_statements=len(gold),
        engine_seconds_on_gold=round(wall, 2),
    )
    result["held_out_first_measured"] = first_measured(result)
    result["second_coder"] = second_coders(gold_dir, gold, texts)
    result["speaker_adjudicated"] = adjudicated(Path(gold_dir) / "voices_adjudication")
    if speed:
        result["cue_scan"] = cue_scan_speed([t for _, t in gnad])
        result["full_10kgnad"] = full_speed(gnad, scare_max_words)
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / "voices.json").write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n")
    (out_dir / "voices.md").write_text(markdown(result))
    return result


def _recorded_figures(revisions: Path) -> dict:
    """The figures the revisions log recorded: the old extractor, each round's pre-revision
    figure, the external test split and every outside-section and other-source set as first
    measured."""
    return dict(
        old_extractor=recorded(revisions, "old_extractor"),
        pre_revision=recorded(revisions, "pre_revision"),
        **{f"pre_revision_round{r}": recorded(revisions, f"pre_revision_round{r}") for r in ROUNDS},
        last_revision_round=last_round(revisions),
        external=external_test(revisions),
        other_first_measured={
            sp: b[sp] for sp in OTHER_SPLITS if (b := recorded(revisions, f"first_measured_{sp}"))
        },
        other_source_first_measured=_recorded_sets(revisions, OTHER_SOURCE_SETS),
        newspaper_first_measured=_recorded_sets(revisions, NEWSPAPER_SETS),
        commentary_first_measured=_recorded_sets(revisions, COMMENTARY_SETS),
        fang_first_measured=_recorded_sets(revisions, FANG_SETS),
        fang_unquoted_first_measured=_recorded_sets(revisions, FANG_UNQUOTED_SETS),
    )


def _recorded_sets(revisions: Path, sets: tuple[str, ...]) -> dict:
    """Each set's ```json first_measured_<set>``` block (one figure per engine), where recorded."""
    return {sp: b for sp in sets if (b := recorded(revisions, f"first_measured_{sp}"))}


def _md_row(label: str, split: str, s: dict) -> str:
    cells = ("gold", "system", "matched", "precision", "recall", "f1", "speaker_accuracy")
    tail = (s.get("speaker_accuracy_strict", "–"), s.get("kind_accuracy", "–"))
    return "| " + " | ".join(map(str, (label, split, *(s[c] for c in cells), *tail))) + " |"


def _md_rows(result: dict) -> list[str]:
    """Every measurement of the benchmark as a table row."""
    rows = [
        _md_row(label, split, s)
        for label, key in (
            ("old extractor", "old_extractor"),
            ("engine, pre-revision", "pre_revision"),
            *((f"engine, before round {r}", f"pre_revision_round{r}") for r in ROUNDS),
            ("engine, current", "engine"),
            ("engine, current, without interviews", "engine_without_interviews"),
        )
        for split, s in (result.get(key) or {}).items()
    ]
    for label, key in (
        ("engine, current, without interviews", "engine_on_tuning_splits"),
        ("engine as first measured (before tuning on it)", "held_out_first_measured"),
    ):
        if s := result.get(key):
            rows.append(_md_row(label, ", ".join(s.get("splits") or s["sets"]) + " pooled", s))
    other = "engine as first measured, sections outside the issue"
    rows += [
        _md_row(other, split, s) for split, s in (result.get("other_first_measured") or {}).items()
    ]
    if pooled := other_first_measured(result):
        rows.append(_md_row(other, ", ".join(pooled["sets"]) + " pooled", pooled))
    rows += [
        _md_row(f"engine {when} round 20, external corpus (Wikinews)", "its test", s)
        for when, s in (result.get("external") or {}).items()
        if s
    ]
    rows += [
        _md_row(f"second blind coder vs the gold ({s['articles']} articles)", split, s)
        for split, s in (result.get("second_coder") or {}).items()
    ]
    return rows


def markdown(result: dict) -> str:
    """The benchmark as a Markdown table."""
    lines = [
        "# Voices benchmark (attribution engine vs. gold)",
        "",
        f"Gold: {result['gold_statements']} statements in {result['gold_articles']} articles "
        "(seeds are dev).",
        "",
        "| system | split | gold | system | matched | P | R | F1 | speaker acc | "
        "speaker acc (strict) | kind acc |",
        "|---|---|---|---|---|---|---|---|---|---|---|",
        *_md_rows(result),
    ]
    if sections := result.get("engine_by_section"):
        lines += [
            "",
            "By section (current rules, without interviews, every gold article: mostly in sample):",
            "",
            "| section | articles | gold | system | matched | P | R | F1 | speaker acc |",
            "|---|---|---|---|---|---|---|---|---|",
        ]
        keys = ("articles", "gold", "system", "matched", "precision", "recall", "f1")
        for section, v in sections.items():
            cells = [v[k] for k in keys] + [v["speaker_accuracy"]]
            lines.append(f"| {section} | " + " | ".join(map(str, cells)) + " |")
    for key in ("cue_scan", "full_10kgnad"):
        if key in result:
            lines.append(f"\n{key}: " + ", ".join(f"{k} = {v}" for k, v in result[key].items()))
    lines.append(f"\nEngine wall time on the gold articles: {result['engine_seconds_on_gold']} s")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    """``make bench-voices``: the benchmark with the project's gold, seeds, 10kGNAD and params."""
    import sys

    from framelab import config, paths

    gold, seeds, gnad, out = (paths.resolve(a) for a in (argv or sys.argv[1:5]))
    if not gnad.is_file():
        print(
            f"bench-voices: {gnad} is missing (../shared/corpora/10kgnad/test.csv); "
            "nothing measured",
            file=sys.stderr,
        )
        return 2
    result = run_benchmark(gold, seeds, gnad, out, config.load().attribute.scare_max_words)
    print(markdown(result))
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
