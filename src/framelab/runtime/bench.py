"""`make bench-scale`: seeded synthetic corpora of 10,000 and 100,000 articles, the scalable
components timed on them in separate processes, and ``reports/benchmarks/scale.{json,md}``.

The corpora recombine 10kGNAD sentences within a section (``../shared/corpora/10kgnad/test.csv``;
skipped with a message when absent): each synthetic article takes a real article's number of
sentences from its section, draws that many sentences from the section's pool and groups them
into paragraphs of 1–4 sentences; its camp is the section (the refugee study's camps are
10kGNAD sections). One Parquet file per corpus (``id, camp, title, outlet,
language, published, camp_evidence, text``) under ``data/interim/bench/`` (git-ignored).

Peak memory is measured by polling ``/proc`` for every process in the measured command's
process tree (the command's process group and all its descendants) and summing their resident
set sizes: the peak of the whole process tree, workers and Jupyter kernels included.
``getrusage(RUSAGE_CHILDREN)`` is not used: it reports the largest single descendant, not the sum.
"""

from __future__ import annotations

import argparse
import csv
import json
import math
import os
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa

from framelab import text as textlib
from framelab.errors import BenchmarkDataMissing
from framelab.paths import KGNAD_TEST_RELATIVE
from framelab.runtime.partitions import ParquetChunkWriter, iter_chunks

GNAD = Path(KGNAD_TEST_RELATIVE)
BENCH_DIR = Path("data/interim/bench")
SIZES = (10_000, 100_000)
COMPONENTS = ("topics", "keyness", "bootstrap", "reuse")
OUTLETS = 4  # synthetic outlets per section: '<section> A' … '<section> D'
SCHEMA = pa.schema(
    [(c, pa.string()) for c in ("id", "camp", "title", "outlet", "language", "published")]
    + [("camp_evidence", pa.string()), ("text", pa.string())]
)


def section_pools(path: Path) -> dict[str, tuple[list[str], list[int]]]:
    """Per 10kGNAD section: its sentences and its articles' sentence counts."""
    if not Path(path).is_file():
        raise BenchmarkDataMissing(f"{path} not found: scale benchmark skipped")
    pools: dict[str, tuple[list[str], list[int]]] = {}
    with open(path, encoding="utf-8", newline="") as fh:
        for label, body in csv.reader(fh, delimiter=";", quotechar="'"):
            sents = [s for s in textlib.sentences(body) if s.strip()]
            pool, lengths = pools.setdefault(label, ([], []))
            pool.extend(sents)
            lengths.append(max(1, len(sents)))
    return dict(sorted(pools.items()))


def _article(i: int, rng: np.random.Generator, pools, sections, weights) -> dict:
    section = sections[rng.choice(len(sections), p=weights)]
    pool, lengths = pools[section]
    picks = rng.choice(len(pool), size=lengths[rng.integers(len(lengths))])
    paras, start = [], 0
    while start < len(picks):
        size = int(rng.integers(1, 5))
        paras.append(" ".join(pool[j] for j in picks[start : start + size]))
        start += size
    return dict(
        id=f"syn{i:07d}",
        camp=section,
        title=f"{section} {i}",
        outlet=f"{section} {'ABCD'[int(rng.integers(OUTLETS))]}",
        language="de",
        published=f"2015-{6 + i % 6:02d}-{1 + i % 28:02d}",
        camp_evidence="synthetic benchmark (10kGNAD sentences)",
        text="\n\n".join(paras),
    )


def build_corpus(n: int, out: Path, source: Path = GNAD, seed: int = 0, chunk: int = 10_000):
    """Write ``n`` synthetic articles to one Parquet file (row groups of ``chunk``)."""
    pools = section_pools(source)
    sections = list(pools)
    sizes = np.array([len(pools[s][1]) for s in sections], dtype=float)
    rng = np.random.default_rng(seed)
    out.parent.mkdir(parents=True, exist_ok=True)
    (out.parent / ".gitignore").write_text("*\n")
    with ParquetChunkWriter(out, SCHEMA, ["id"]) as writer:
        for s in range(0, n, chunk):
            rows = [
                _article(i, rng, pools, sections, sizes / sizes.sum())
                for i in range(s, min(n, s + chunk))
            ]
            writer.write(pd.DataFrame(rows))
    return out


def corpus_passages(path: Path) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Articles and their blank-line passages (``article_id, position, text, n_tokens``)."""
    arts = pd.concat(iter_chunks(path, ["id", "camp", "outlet", "text"]), ignore_index=True)
    parts = arts.assign(text=arts["text"].str.split("\n\n")).explode("text")
    parts = parts.rename(columns={"id": "article_id"})
    parts["position"] = parts.groupby("article_id").cumcount()
    parts["n_tokens"] = parts["text"].str.count(r"\w+")
    return arts, parts[["article_id", "position", "text", "n_tokens", "camp"]].reset_index(
        drop=True
    )


class Aborted(RuntimeError):
    """A measured command went over its memory or time limit and was stopped."""

    def __init__(self, reason: str, figures: dict):
        super().__init__(reason)
        self.figures = figures | {"aborted": reason}


def measure(
    cmd: list[str],
    env: dict | None = None,
    interval: float = 0.1,
    max_rss_mib: float | None = None,
    max_wall_s: float | None = None,
) -> dict:
    """Wall time and peak summed RSS (MiB) of ``cmd``'s whole process tree; over a limit the
    tree is stopped and :class:`Aborted` raised with the figures so far."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, start_new_session=True)
    peak = 0
    while proc.poll() is None:
        peak = max(peak, _group_rss(proc.pid))
        figures = dict(
            wall_s=round(time.perf_counter() - start, 2), peak_rss_mib=round(peak / 2**20, 1)
        )
        reason = _over_limit(figures, max_rss_mib, max_wall_s)
        if reason:
            _stop(proc)
            raise Aborted(reason, figures)
        time.sleep(interval)
    if proc.returncode:
        raise RuntimeError(f"{' '.join(cmd)} failed with exit code {proc.returncode}")
    return dict(wall_s=round(time.perf_counter() - start, 2), peak_rss_mib=round(peak / 2**20, 1))


def _over_limit(figures: dict, max_rss_mib, max_wall_s) -> str | None:
    if max_rss_mib is not None and figures["peak_rss_mib"] > max_rss_mib:
        return f"stopped above {max_rss_mib:,.0f} MiB"
    if max_wall_s is not None and figures["wall_s"] > max_wall_s:
        return f"stopped after {max_wall_s:,.0f} s"
    return None


def _stop(proc: subprocess.Popen) -> None:
    import signal

    for sig in (signal.SIGTERM, signal.SIGKILL):
        try:
            os.killpg(proc.pid, sig)
            proc.wait(timeout=10)
            return
        except (ProcessLookupError, subprocess.TimeoutExpired):
            continue


def _group_rss(pgid: int) -> int:
    """Resident bytes of the process tree of ``pgid``: the processes of its group and every
    descendant (a Jupyter kernel runs in a session of its own but is still a descendant)."""
    page = os.sysconf("SC_PAGE_SIZE")
    procs = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
                fields = stat[stat.rindex(")") + 2 :].split()
                rss = int((entry / "statm").read_text().split()[1]) * page
            except (OSError, ValueError, IndexError):
                continue
            procs[int(entry.name)] = (int(fields[1]), int(fields[2]), rss)
    tree = {pid for pid, (_, group, _) in procs.items() if group == pgid} | {pgid}
    grew = True
    while grew:
        kids = {pid for pid, (parent, _, _) in procs.items() if parent in tree} - tree
        tree |= kids
        grew = bool(kids)
    return sum(procs[pid][2] for pid in tree if pid in procs)


def write_scale_report(results: dict, out_dir: Path) -> dict:
    """``scale.json`` and ``scale.md`` from ``{corpus: {"articles": n, stage: {wall_s,
    peak_rss_mib}}}``; adds articles/s and each stage's scaling exponent
    log(t_large / t_small) / log(n_large / n_small) for the two largest corpora."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    report = {
        name: {k: dict(v) if isinstance(v, dict) else v for k, v in r.items()}
        for name, r in results.items()
    }
    for r in report.values():
        for m in r.values():
            if isinstance(m, dict) and m.get("wall_s"):
                m["articles_per_s"] = round(r["articles"] / m["wall_s"], 1)
    report["scaling_exponent"] = _exponents(report)
    (out_dir / "scale.json").write_text(json.dumps(report, indent=2, sort_keys=True) + "\n")
    (out_dir / "scale.md").write_text(_markdown(report))
    return report


def _exponents(report: dict) -> dict:
    corpora = sorted((r["articles"], name) for name, r in report.items() if "articles" in r)
    if len(corpora) < 2:
        return {}
    (n1, small), (n2, large) = corpora[-2], corpora[-1]
    out = {}
    for stage, m in report[large].items():
        m1 = report[small].get(stage)
        if isinstance(m, dict) and isinstance(m1, dict) and m1.get("wall_s") and m.get("wall_s"):
            out[stage] = round(math.log(m["wall_s"] / m1["wall_s"]) / math.log(n2 / n1), 3)
    return out


def _markdown(report: dict) -> str:
    lines = [
        "# Scale benchmark",
        "",
        "| corpus | articles | stage | wall (s) | peak RSS (MiB) | articles/s |",
        "|---|---:|---|---:|---:|---:|",
    ]
    for name, r in report.items():
        if name == "scaling_exponent":
            continue
        for stage, m in sorted(r.items()):
            if isinstance(m, dict):
                lines.append(
                    f"| {name} | {r['articles']} | {stage} | {m['wall_s']} | "
                    f"{m['peak_rss_mib']} | {m.get('articles_per_s', '')} |"
                )
    lines += ["", "Scaling exponent log(t_large/t_small)/log(n_large/n_small):", ""]
    lines += [f"- {stage}: {e}" for stage, e in sorted(report["scaling_exponent"].items())]
    return "\n".join(lines) + "\n"


def run_components(sizes=SIZES, components=COMPONENTS, env: dict | None = None) -> dict:
    """Build the corpora (if missing) and measure each component on each, in its own process."""
    results: dict = {}
    for n in sizes:
        corpus = BENCH_DIR / f"synthetic_{n}.parquet"
        if not corpus.exists():
            build_corpus(n, corpus)
        name = f"synthetic_{n}"
        results[name] = {"articles": n}
        for comp in components:
            cmd = [sys.executable, "-m", "framelab.runtime.bench", "component", comp, str(corpus)]
            results[name][comp] = measure(cmd, env)
            print(name, comp, results[name][comp], flush=True)
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m framelab.runtime.bench")
    sub = parser.add_subparsers(dest="cmd", required=True)
    b = sub.add_parser("build", help="write the synthetic corpora")
    b.add_argument("sizes", nargs="*", type=int, default=list(SIZES))
    c = sub.add_parser("component", help="run one component on one corpus (measured)")
    c.add_argument("component", choices=COMPONENTS)
    c.add_argument("corpus", type=Path)
    a = sub.add_parser("all", help="build, measure every component, write the report")
    a.add_argument("--sizes", nargs="*", type=int, default=list(SIZES))
    a.add_argument("--components", nargs="*", default=list(COMPONENTS))
    a.add_argument("--out", type=Path, default=Path("reports/benchmarks"))
    args = parser.parse_args(argv)
    try:
        return _dispatch(args)
    except BenchmarkDataMissing as err:
        print(err)
        return 0


def _dispatch(args) -> int:
    if args.cmd == "build":
        for n in args.sizes:
            print(build_corpus(n, BENCH_DIR / f"synthetic_{n}.parquet"))
    elif args.cmd == "component":
        from framelab.runtime.bench_components import run

        out = BENCH_DIR / "out" / f"{args.corpus.stem}_{args.component}"
        print(args.component, run(args.component, args.corpus, out), flush=True)
    else:
        report = write_scale_report(run_components(args.sizes, args.components), args.out)
        print(json.dumps(report["scaling_exponent"]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
