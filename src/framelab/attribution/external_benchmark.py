"""``make bench-voices-external``: the attribution engine on an independent gold it never saw.

Reads the German news quotation corpus (:mod:`framelab.attribution.quotation_corpus`) from a
local copy, runs the engine on each split and scores it with the project's own matcher
(:func:`framelab.attribution.benchmark.scores`): precision, recall, F1, kind accuracy and speaker
accuracy (over the matched rows whose gold speaker is a name, not a pronoun), plus recall by the
corpus's quotation type, and the engine's wall time, throughput and peak memory. Writes
``voices_external.{json,md}``, with the figures recorded in
``voices_revisions.md`` (the engine before any round tuned on the corpus, each held-out split
measured once) beside the current ones.
"""

from __future__ import annotations

import json
import resource
import sys
import time
from pathlib import Path

import pandas as pd

from framelab.attribution import quotation_corpus as qc
from framelab.attribution.benchmark import match, recorded, run_engine, scores

TYPES = ("Direct", "Indirect", "FreeIndirect", "IndirectFreeIndirect", "Reported")


def recall_by_type(gold: pd.DataFrame, pairs: list[tuple[int, int]]) -> dict:
    """Share of gold rows matched (``pairs`` from :func:`match`), per quotation type."""
    g = gold.reset_index(drop=True)
    found = {gi for gi, _ in pairs}
    out = {}
    for t in TYPES:
        idx = g.index[g["type"] == t]
        if len(idx):
            out[t] = dict(gold=len(idx), recall=round(sum(i in found for i in idx) / len(idx), 3))
    return out


def measure_split(root: Path, split: str, scare_max_words: int) -> dict:
    """The scores of one split of the corpus."""
    passages, gold = qc.load_split(root, split)
    start = time.perf_counter()
    system = run_engine(passages, scare_max_words, parallel=True)
    seconds = time.perf_counter() - start
    texts = passages.groupby("article_id")["text"].agg("\n".join).to_dict()
    pairs = match(system.reset_index(drop=True), gold.reset_index(drop=True))
    result = scores(system, gold, texts, pairs)
    result.update(
        articles=int(passages["article_id"].nunique()),
        speaker_judged=int((gold["speaker_name"] != "").sum()),
        speaker_scored=sum(bool(gold["speaker_name"].iat[gi]) for gi, _ in pairs),
        by_type=recall_by_type(gold, pairs),
    )
    result["speed"] = dict(
        engine_seconds=round(seconds, 2),
        articles_per_second=round(result["articles"] / seconds, 1) if seconds else None,
    )
    return result


WHO = ("RUSAGE_SELF", "RUSAGE_CHILDREN")
RECORDED = {  # block in the revisions log -> its label (engine, gold mapping)
    "external_before_round20": "recorded: engine before round 20, mapping v1",
    "external_after_round20": "recorded: engine after round 20, mapping v1",
    "external_mapping_v2": "recorded: engine after round 20, mapping v2",
}
USED_UP = (
    "{split}: measured once after round 20 and used up; this figure is no held-out measurement"
)


def run(
    root: Path,
    out_dir: Path,
    scare_max_words: int,
    splits=qc.OPEN_SPLITS,
    revisions: Path | None = None,
) -> dict:
    """Measure every split; write ``voices_external.json`` and ``.md`` into ``out_dir``."""
    result = {split: measure_split(root, split, scare_max_words) for split in splits}
    # peak memory of this process and of its worker processes (the engine runs in workers)
    rss = {who: resource.getrusage(getattr(resource, who)).ru_maxrss / 1024 for who in WHO}
    if revisions is not None:
        result["recorded"] = {name: recorded(revisions, name) for name in RECORDED}
    result["peak_rss_mib"] = {
        who.removeprefix("RUSAGE_").lower(): round(v) for who, v in rss.items()
    }
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / "voices_external.json").write_text(
        json.dumps(result, indent=2, ensure_ascii=False) + "\n"
    )
    (out_dir / "voices_external.md").write_text(markdown(result))
    return result


def markdown(result: dict) -> str:
    """The figures as Markdown: one row per split, then recall by quotation type."""
    measured = {k: v for k, v in result.items() if k in qc.SPLITS}
    unscored = [sp for sp in qc.SPLITS if sp not in measured]
    lines = [
        "# Voices on an external gold (German news quotation corpus, Wikinews)",
        "",
        f"Measured now: {', '.join(measured)} (mapping v{qc.MAPPING_VERSION}, this engine). "
        "Rows marked 'recorded' are figures measured earlier, read from "
        "data/annotations/voices_revisions.md."
        + (
            f" Not scored: {', '.join(unscored)} (used up after round 20; `make "
            "bench-voices-external SPLITS=test` scores it, labelled as no held-out figure)."
            if "test" in unscored
            else ""
        ),
        "",
        "| split | articles | gold | system | matched | P | R | F1 | speaker acc "
        "(over matched rows whose gold names a speaker, of all gold rows naming one) | kind acc |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    rows = [
        (f"{split}, current (mapping v{qc.MAPPING_VERSION})", s) for split, s in measured.items()
    ]
    for name, block in (result.get("recorded") or {}).items():
        label = RECORDED.get(name, name)
        rows += [(f"{split}, {label}", s) for split, s in (block or {}).items()]
    for label, s in rows:
        cells = (label, s["articles"], s["gold"], s["system"], s["matched"], s["precision"])
        scored = f"{s.get('speaker_scored', '–')} of "
        cells += (s["recall"], s["f1"], f"{s['speaker_accuracy']} ({scored}{s['speaker_judged']})")
        lines.append("| " + " | ".join(map(str, (*cells, s["kind_accuracy"]))) + " |")
    lines += ["", "| split | " + " | ".join(TYPES) + " |", "|---|" + "---|" * len(TYPES)]
    for split, s in measured.items():
        cells = [
            f"{s['by_type'][t]['recall']} ({s['by_type'][t]['gold']})" if t in s["by_type"] else "–"
            for t in TYPES
        ]
        lines.append(f"| {split} recall (gold rows) | " + " | ".join(cells) + " |")
    lines.append("")
    lines += [
        USED_UP.format(split=split) + "." for split in measured if split not in qc.OPEN_SPLITS
    ]
    for split, s in measured.items():
        if speed := s.get("speed"):
            lines.append(
                f"Engine on {split}: {speed['engine_seconds']} s wall, "
                f"{speed['articles_per_second']} articles/s."
            )
    if rss := result.get("peak_rss_mib"):
        lines.append(
            f"Peak RSS: {rss['self']} MiB (main process), {rss['children']} MiB (workers)."
        )
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    """``python -m framelab.attribution.external_benchmark CORPUS REVISIONS OUT [SPLIT ...]``
    (default splits: train and dev)."""
    from framelab import config, paths

    args = list(sys.argv[1:] if argv is None else argv)
    root, revisions, out = (paths.resolve(a) for a in args[:3])
    if not (root / "data").is_dir():
        print(
            f"bench-voices-external: {root} is not a copy of the German news quotation corpus "
            "(git clone https://github.com/uhh-lt/german-news-quotation-attribution-2024 "
            f"{root}, or `make bench-voices-external QUOTES=<your clone>`); nothing measured",
            file=sys.stderr,
        )
        return 2
    splits = tuple(args[3:]) or qc.OPEN_SPLITS
    for split in set(splits) - set(qc.OPEN_SPLITS):
        print(f"bench-voices-external: {USED_UP.format(split=split)}", file=sys.stderr)
    scare = config.load().attribute.scare_max_words
    print(markdown(run(root, out, scare, splits, revisions)))
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
