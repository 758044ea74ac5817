"""``make bench-voices-wikinews`` and ``make bench-voices-newspapers``: the attribution engine on
the held-out sets from other sources.

``wiki41`` to ``wiki55`` are German Wikinews politics articles (24 a set, 8 in ``wiki55``;
2004-2021, quotation marks kept) that no rule had been written for, run on or tuned on when each was
drawn, coded blind like the 10kGNAD sets (``data/annotations/voices_gold_wiki4*``). Their text
is not in this repository: a local JSONL that ``data/annotations/voices_gold_wiki41_corpus.py``
builds from its public source. Scores the engine now on each set and pooled (without interview
turns, as every held-out figure), beside the figures recorded in ``voices_revisions.md`` when
each set was first measured, and writes ``voices_wikinews.{json,md}``.

``wmt21``, ``wmt22``, ``wmt20``, ``wmt23`` and ``wmt21en`` (source ``wmt``) are newspaper
articles, the German-original news of the WMT21/WMT22 German-French and WMT20, WMT23 and WMT21
German-English test sets, coded blind the same
way; their text is the JSONL ``data/annotations/voices_gold_wmt_corpus.py`` builds. Written to
``voices_newspapers.{json,md}``.

``pcc1`` and ``pcc2`` (source ``pcc``) are the 176 op-ed commentaries of the Potsdam Commentary
Corpus 2.2 (Märkische Allgemeine, 2001-2002), coded blind the same way; their text is the JSONL
``data/annotations/voices_gold_pcc_corpus.py`` builds. Written to
``voices_commentaries.{json,md}``.

``fang1`` to ``fang38`` (source ``fang``) are news articles on the COVID-19 pandemic (2020-2021)
from FANG-COVID: Tagesspiegel, ZEIT ONLINE, Süddeutsche Zeitung and RT DE, 6 of each a set,
coded blind the same way; their text is the JSONL ``data/annotations/voices_gold_fang_corpus.py``
builds. Written to ``voices_fang.{json,md}``, with the figures per outlet (``publisher``).
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import pandas as pd

from framelab.attribution.benchmark import (
    COMMENTARY_SETS,
    FANG_SETS,
    NEWSPAPER_SETS,
    OTHER_SOURCE_SETS,
    passages_of,
    recorded,
    run_engine,
    scores,
)
from framelab.attribution.pooled import pooled_blocks

FIRST = "recorded: measured before any rule output on the set was read"
ROUND_TUNED = re.compile(r"^## Round (\d+)[^\n]*?tuned on([^;\n]*)", re.M)


def tuned_in(revisions: Path, name: str) -> int | None:
    """The first round whose heading in the revisions log says it tuned on the set."""
    text = Path(revisions).read_text(encoding="utf-8") if Path(revisions).is_file() else ""
    rounds = [int(m[1]) for m in ROUND_TUNED.finditer(text) if name in _sets_named(m[2])]
    return min(rounds, default=None)


SET_RANGE = re.compile(r"`([a-z]+)(\d+)`–`\1(\d+)`")


def _sets_named(heading: str) -> set[str]:
    """The sets a heading names, a range included ("`wiki41`–`wiki45`")."""
    named = set(re.findall(r"`(\w+)`", heading))
    for prefix, lo, hi in SET_RANGE.findall(heading):
        named |= {f"{prefix}{n}" for n in range(int(lo), int(hi) + 1)}
    return named


def wikinews_id(record: dict) -> str:
    """``wnNNN`` from the source's ``article_NNN`` (as the draw names the articles)."""
    return f"wn{int(record['source_record_id'].removeprefix('article_')):03d}"


SOURCES = {
    "wikinews": dict(
        sets=OTHER_SOURCE_SETS,
        id_of=wikinews_id,
        builder="voices_gold_wiki41_corpus.py",
        title="Voices on the German Wikinews politics sets (held out)",
        stem="voices_wikinews",
        make="bench-voices-wikinews WIKINEWS=<articles.jsonl>",
    ),
    "wmt": dict(
        sets=NEWSPAPER_SETS,
        id_of=lambda record: record["id"],
        builder="voices_gold_wmt_corpus.py",
        title="Voices on newspaper articles, the German-original news of WMT20-WMT23 (held out)",
        stem="voices_newspapers",
        make="bench-voices-newspapers WMT=<articles.jsonl>",
    ),
    "pcc": dict(
        sets=COMMENTARY_SETS,
        id_of=lambda record: record["id"],
        builder="voices_gold_pcc_corpus.py",
        title="Voices on newspaper commentaries, the Potsdam Commentary Corpus 2.2 (held out)",
        stem="voices_commentaries",
        make="bench-voices-commentaries PCC=<articles.jsonl>",
    ),
    "fang": dict(
        sets=FANG_SETS,
        id_of=lambda record: record["id"],
        builder="voices_gold_fang_corpus.py",
        title="Voices on COVID-19 news of German newspapers and RT DE, FANG-COVID (held out)",
        stem="voices_fang",
        make="bench-voices-fang FANG=<articles.jsonl>",
        by_publisher=True,
    ),
}


def load_records(path: Path, source: str = "wikinews") -> dict[str, dict]:
    """Article id -> record of the corpus JSONL."""
    with open(path, encoding="utf-8") as fh:
        records = [json.loads(line) for line in fh if line.strip()]
    return {SOURCES[source]["id_of"](r): r for r in records}


def load_texts(path: Path, source: str = "wikinews") -> dict[str, str]:
    """Article id -> text of the corpus JSONL."""
    return {i: r["text"] for i, r in load_records(path, source).items()}


def load_gold(gold_dir: Path, name: str) -> tuple[pd.DataFrame, pd.DataFrame]:
    """A set's statements (without interview turns) and its coded articles."""
    read = dict(dtype=str, keep_default_na=False)
    gold = pd.read_csv(Path(gold_dir) / f"voices_gold_{name}.csv", **read)
    articles = pd.read_csv(Path(gold_dir) / f"voices_gold_{name}_articles.csv", **read)
    return gold[gold["kind"] != "interview"], articles


def measure(texts: dict[str, str], gold_dir: Path, scare_max_words: int, name: str) -> dict:
    """Precision, recall, F1, speaker and kind accuracy of the engine on one set."""
    gold, articles = load_gold(gold_dir, name)
    ids = sorted(articles["article_id"])
    missing = [a for a in ids if a not in texts]
    if missing:
        raise ValueError(f"{name}: articles not in the corpus file: {', '.join(missing)}")
    return _scored(texts, gold, ids, scare_max_words)


def _scored(texts: dict[str, str], gold: pd.DataFrame, ids: list[str], scare: int) -> dict:
    """The engine's figures on the articles ``ids`` against their gold statements."""
    passages = pd.DataFrame([row for a in ids for row in passages_of(a, texts[a])])
    system = run_engine(passages, scare)
    system = system[system["kind"] != "interview"]
    joined = passages.groupby("article_id")["text"].agg("\n".join).to_dict()
    return dict(scores(system, gold, joined), articles=len(ids))


def by_publisher(records: dict[str, dict], gold_dir: Path, scare: int, names: list[str]) -> dict:
    """The sets pooled and scored per publisher, where every coded article's record names one
    (empty otherwise): whether the engine holds alike across outlets."""
    sets = [load_gold(gold_dir, name) for name in names]
    ids = sorted({a for _, articles in sets for a in articles["article_id"]})
    publishers = {a: records.get(a, {}).get("publisher") for a in ids}
    if not ids or not all(publishers.values()):
        return {}
    gold = pd.concat([g for g, _ in sets], ignore_index=True)
    texts = {a: records[a]["text"] for a in ids}
    out = {}
    for name in sorted(set(publishers.values())):
        mine = [a for a in ids if publishers[a] == name]
        out[name] = _scored(texts, gold[gold["article_id"].isin(mine)], mine, scare)
    return out


def markdown(result: dict, source: str = "wikinews") -> str:
    """The current figures (each set and pooled) and the recorded ones as one Markdown table."""
    lines = [
        f"# {SOURCES[source]['title']}",
        "",
        "| set | engine | articles | gold | system | matched | P | R | F1 | speaker acc "
        "| kind acc |",
        "|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    rows = [(name, "current", s) for name, s in result["current"].items()]
    for name, block in (result.get("recorded") or {}).items():
        rows += [(name, f"{engine}, {FIRST}", s) for engine, s in (block or {}).items()]
    for name, label, s in rows:
        cells = (name, label, s.get("articles", "–"), s["gold"], s["system"], s["matched"])
        cells += (s["precision"], s["recall"], s["f1"], s["speaker_accuracy"])
        lines.append("| " + " | ".join(map(str, (*cells, s.get("kind_accuracy", "–")))) + " |")
    publishers = result.get("by_publisher") or {}
    if publishers:
        lines += [
            "",
            "By outlet (the sets pooled, current engine):",
            "",
            *_outlet_table(publishers),
        ]
    tuned = [f"{n} (round {r})" for n, r in (result.get("tuned_in") or {}).items() if r]
    if tuned:
        lines += [
            "",
            f"The current figures of {', '.join(tuned)} are in sample, and so is the pooled "
            "row: a later round tuned the rules on them. The held-out figures are the recorded "
            "ones.",
        ]
    return "\n".join(lines) + "\n"


def _outlet_table(publishers: dict) -> list[str]:
    """One Markdown row per outlet."""
    lines = [
        "| outlet | articles | gold | system | matched | P | R | F1 | speaker acc |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    keys = ("articles", "gold", "system", "matched", "precision", "recall", "f1")
    for name, s in publishers.items():
        cells = (name, *(s[k] for k in keys), s["speaker_accuracy"])
        lines.append("| " + " | ".join(map(str, cells)) + " |")
    return lines


def run(
    articles: Path,
    gold_dir: Path,
    revisions: Path,
    out_dir: Path,
    scare: int,
    source: str = "wikinews",
) -> dict:
    """Measure every set of the source present and write ``<stem>.json`` and ``.md``."""
    records = load_records(articles, source)
    texts = {i: r["text"] for i, r in records.items()}
    sets = SOURCES[source]["sets"]
    present = [n for n in sets if (Path(gold_dir) / f"voices_gold_{n}.csv").is_file()]
    current = {name: measure(texts, gold_dir, scare, name) for name in present}
    if len(current) > 1:
        current["pooled"] = dict(
            pooled_blocks(sorted(current.items())),
            articles=sum(s["articles"] for s in current.values()),
        )
    result = {"current": current}
    if SOURCES[source].get("by_publisher") and present:
        result["by_publisher"] = by_publisher(records, gold_dir, scare, present)
    result["recorded"] = {n: recorded(revisions, f"first_measured_{n}") for n in present}
    result["tuned_in"] = {n: tuned_in(revisions, n) for n in present}
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    stem = SOURCES[source]["stem"]
    (out_dir / f"{stem}.json").write_text(
        json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    (out_dir / f"{stem}.md").write_text(markdown(result, source), encoding="utf-8")
    return result


def main(argv: list[str] | None = None) -> int:
    """``python -m framelab.attribution.wikinews_benchmark ARTICLES GOLD_DIR REVISIONS OUT
    [wikinews|wmt|pcc|fang]``."""
    from framelab import config, paths

    args = list(sys.argv[1:] if argv is None else argv)
    articles, gold_dir, revisions, out = (paths.resolve(a) for a in args[:4])
    source = args[4] if len(args) > 4 else "wikinews"
    if source not in SOURCES:
        print(f"unknown source {source!r}: one of {', '.join(SOURCES)}", file=sys.stderr)
        return 2
    if not articles.is_file():
        how = SOURCES[source]
        print(
            f"{how['make'].split()[0]}: {articles} not found: build it with python3 "
            f"data/annotations/{how['builder']} (see its docstring), then `make {how['make']}`; "
            "nothing measured",
            file=sys.stderr,
        )
        return 2
    scare = config.load().attribute.scare_max_words
    print(markdown(run(articles, gold_dir, revisions, out, scare, source), source))
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
