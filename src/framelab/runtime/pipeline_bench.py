"""The whole pipeline timed stage by stage on a corpus, in a throw-away project directory.

A bench project (``data/interim/bench/<name>/``, git-ignored) has its own ``params.yaml`` whose
``corpus.source`` points at the corpus, a copy of the study (for a Parquet corpus its
``study.yaml`` is told to read Parquet) and links to the repository's code, notebooks and report
templates. Each stage runs as ``dvc repro`` would run it (``python -m framelab.stages.<name>``,
``FRAMELAB_ROOT`` = the bench project), in its own process group, so :func:`measure` sees the
peak memory of the stage's whole process tree, workers included.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import time
from pathlib import Path

import yaml

from framelab.errors import BenchmarkDataMissing
from framelab.paths import project_root
from framelab.runtime.bench import (
    BENCH_DIR,
    GNAD,
    Aborted,
    build_corpus,
    measure,
    write_scale_report,
)

STAGES = ("clean", "attribute", "topics", "stance", "reuse", "voices_benchmark", "report")
LINKED = ("src", "notebooks", "data/annotations", "data/raw")
COPIED = ("reports/templates", "reports/references.bib")  # Typst reads only inside the project


def bench_project(root: Path, corpus: Path, study: Path, parquet: bool) -> Path:
    """A project under ``root`` that runs the pipeline on ``corpus`` with a copy of ``study``."""
    repo = project_root()
    if root.exists():
        shutil.rmtree(root)
    for name in (*LINKED, *COPIED):
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        if name in LINKED:
            (root / name).symlink_to(repo / name)
        elif (repo / name).is_dir():
            shutil.copytree(repo / name, root / name)
        else:
            shutil.copy2(repo / name, root / name)
    shutil.copytree(repo / study, root / "studies" / study.name)
    if parquet:
        _read_parquet(root / "studies" / study.name / "study.yaml", corpus)
    params = yaml.safe_load((repo / "params.yaml").read_text(encoding="utf-8"))
    params["study"] = f"studies/{study.name}"
    params["corpus"]["source"] = str(Path(corpus).resolve())
    (root / "params.yaml").write_text(yaml.safe_dump(params, sort_keys=False), encoding="utf-8")
    return root


def _read_parquet(study_yaml: Path, corpus: Path) -> None:
    meta = yaml.safe_load(study_yaml.read_text(encoding="utf-8"))
    meta["corpus"] = {"source": str(Path(corpus).resolve()), "format": "parquet", "options": {}}
    study_yaml.write_text(yaml.safe_dump(meta, sort_keys=False, allow_unicode=True), "utf-8")


def run_pipeline(root: Path, stages=STAGES, env: dict | None = None, limits=None) -> dict:
    """Wall time and peak RSS of every stage, in pipeline order, and their total. A stage over
    ``limits`` (``{"max_rss_mib": …, "max_wall_s": …}``) is stopped and recorded as aborted;
    the stages after it are not run (they need its outputs)."""
    env = (env or dict(os.environ)) | {"FRAMELAB_ROOT": str(root.resolve())}
    out: dict = {}
    for stage in stages:
        try:
            out[stage] = measure(
                [sys.executable, "-m", f"framelab.stages.{stage}"], env, **(limits or {})
            )
        except Aborted as stopped:
            out[stage] = stopped.figures
        print(f"  {root.name} {stage}: {out[stage]}", flush=True)
        if "aborted" in out[stage]:
            break
    out["total"] = {
        "wall_s": round(sum(m["wall_s"] for m in out.values()), 2),
        "peak_rss_mib": max(m["peak_rss_mib"] for m in out.values()),
        "complete": all("aborted" not in m for m in out.values()) and len(out) == len(stages),
    }
    return out


def noop_repro(runs: int = 3) -> dict:
    """The fastest of ``runs`` no-op ``make repro`` calls in the repository (after one repro)."""
    import subprocess

    repo = project_root()
    subprocess.run(["make", "-s", "repro"], cwd=repo, check=True, capture_output=True)
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(["make", "-s", "repro"], cwd=repo, check=True, capture_output=True)
        times.append(time.perf_counter() - start)
    return {"wall_s": round(min(times), 2), "runs": runs}


KURSK, REFUGEES = Path("studies/kursk-2025"), Path("studies/refugees-2015")
TARGETS = {  # issue #10, on this 2-core machine: (corpus, what, limit)
    "seeds total ≤ 20 s": ("seeds", "wall_s", 20),
    "10kGNAD total ≤ 30 s": ("10kgnad", "wall_s", 30),
    "synthetic 10,000 total ≤ 90 s": ("synthetic_10000", "wall_s", 90),
    "synthetic 100,000 total ≤ 720 s": ("synthetic_100000", "wall_s", 720),
    "synthetic 100,000 peak RSS ≤ 3 GiB": ("synthetic_100000", "peak_rss_mib", 3072),
}


def corpus_run(name: str, corpus: Path, study: Path, parquet: bool, limits=None) -> dict:
    """Build the bench project for one corpus, run every stage, add the article count."""
    root = bench_project(project_root() / BENCH_DIR / name, corpus, study, parquet)
    print(f"{name}: {corpus}", flush=True)
    stages = run_pipeline(root, limits=limits)
    metrics = root / "reports/metrics/clean.json"
    articles = (
        json.loads(metrics.read_text(encoding="utf-8"))["articles"] if metrics.exists() else None
    )
    return {"articles": articles or _count(corpus), "study": study.name, **stages}


def _count(corpus: Path) -> int:
    import pyarrow.parquet as pq

    return pq.ParquetFile(corpus).metadata.num_rows


def target_table(report: dict) -> dict:
    """Each target of the issue with the measured value and whether it is met."""
    out = {}
    for label, (corpus, key, limit) in TARGETS.items():
        total = report.get(corpus, {}).get("total", {})
        value = total.get(key)
        met = None if value is None else value <= limit
        out[label] = {
            "value": value,
            "met": met if total.get("complete", True) or met is False else None,
        }
    exponent = report.get("scaling_exponent", {}).get("total")
    out["scaling exponent ≤ 1.1"] = {
        "value": exponent,
        "met": None if exponent is None else exponent <= 1.1,
    }
    noop = report.get("noop_make_repro", {}).get("wall_s")
    out["no-op make repro ≤ 1.5 s"] = {"value": noop, "met": None if noop is None else noop <= 1.5}
    return out


def link_shared(repo: Path) -> None:
    """Bench projects sit in ``data/interim/bench/<name>``: give them the ``../shared`` the
    repository has (annotations and the 10kGNAD texts the voices benchmark reads)."""
    link = repo / BENCH_DIR / "shared"
    if (repo.parent / "shared").is_dir() and not link.exists():
        link.parent.mkdir(parents=True, exist_ok=True)
        link.symlink_to((repo.parent / "shared").resolve())


def run_all(sizes: list[int], out: Path, noop: bool = True, limits=None) -> dict:
    """Seeds, 10kGNAD and the synthetic corpora through the whole pipeline; the report files."""
    repo = project_root()
    gnad = repo / GNAD
    if not gnad.is_file():
        raise BenchmarkDataMissing(f"{GNAD} not found: scale benchmark skipped")
    link_shared(repo)
    results = {
        "seeds": corpus_run("seeds", repo / "data/raw", KURSK, False),
        "10kgnad": corpus_run("10kgnad", gnad, REFUGEES, False),
    }
    for n in sizes:
        corpus = repo / BENCH_DIR / f"synthetic_{n}.parquet"
        if not corpus.exists():
            build_corpus(n, corpus, gnad)
        results[f"synthetic_{n}"] = corpus_run(f"synthetic_{n}", corpus, REFUGEES, True, limits)
    report = write_scale_report(results, out)
    report["scaling_exponent"] = _complete_exponents(report)
    if noop:
        report["noop_make_repro"] = noop_repro()
    report["targets"] = target_table(report)
    report["machine"] = machine()
    (out / "scale.json").write_text(json.dumps(report, indent=2, sort_keys=True) + "\n")
    (out / "scale.md").write_text(markdown(report), encoding="utf-8")
    return report


def _complete_exponents(report: dict) -> dict:
    """The exponents of stages that ran to the end on both corpora compared."""
    runs = [r for r in report.values() if isinstance(r, dict) and "articles" in r]
    stopped = {s for r in runs for s, m in r.items() if isinstance(m, dict) and "aborted" in m}
    if any(not r["total"].get("complete", True) for r in runs):
        stopped.add("total")
    return {s: e for s, e in report.get("scaling_exponent", {}).items() if s not in stopped}


def machine() -> dict:
    """Where and when the benchmark ran (quoted with its figures)."""
    import datetime
    import platform

    return dict(
        cpus=os.cpu_count(),
        python=platform.python_version(),
        date=datetime.date.today().isoformat(),
    )


def _machine_line(m: dict) -> str:
    if not m:
        return "Machine not recorded."
    return f"Measured on {m['date']} with {m['cpus']} CPUs, Python {m['python']}."


def markdown(report: dict) -> str:
    """Per corpus and stage (pipeline order): wall time, peak RSS, articles/s; then the targets."""
    lines = ["# Scale benchmark: the whole pipeline, stage by stage", ""]
    lines += [
        "| corpus | study | articles | stage | wall (s) | peak RSS (MiB) | articles/s | note |"
    ]
    lines += ["|---|---|---:|---|---:|---:|---:|---|"]
    for name, r in report.items():
        if not isinstance(r, dict) or "articles" not in r:
            continue
        for stage in (s for s in (*STAGES, "total") if s in r):
            m = r[stage]
            note = m.get("aborted", "") or ("" if m.get("complete", True) else "incomplete")
            lines.append(
                f"| {name} | {r['study']} | {r['articles']:,} | {stage} | {m['wall_s']} | "
                f"{m['peak_rss_mib']} | {m.get('articles_per_s', '')} | {note} |"
            )
    lines += ["", "Scaling exponent log(t_large / t_small) / log(n_large / n_small):", ""]
    lines += [f"- {k}: {v}" for k, v in report.get("scaling_exponent", {}).items()]
    lines += [
        "",
        _machine_line(report.get("machine") or {}),
        "A stage stopped by a limit is marked; an incomplete run's total counts the stages up to",
        "the stop.",
        "",
    ]
    lines += ["| target | measured | met |", "|---|---:|---|"]
    for label, t in report["targets"].items():
        met = "not measured" if t["met"] is None else ("yes" if t["met"] else "no")
        lines.append(f"| {label} | {t['value']} | {met} |")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m framelab.runtime.pipeline_bench")
    parser.add_argument("--sizes", nargs="*", type=int, default=[10_000, 100_000])
    parser.add_argument("--out", type=Path, default=Path("reports/benchmarks"))
    parser.add_argument("--no-noop", action="store_true", help="skip the no-op make repro")
    parser.add_argument("--max-rss-mib", type=float, default=12_000, help="stop a stage above")
    parser.add_argument("--max-stage-s", type=float, default=1_800, help="stop a stage after")
    args = parser.parse_args(argv)
    limits = {"max_rss_mib": args.max_rss_mib, "max_wall_s": args.max_stage_s}
    try:
        report = run_all(args.sizes, args.out, not args.no_noop, limits)
    except BenchmarkDataMissing as err:
        print(err)
        return 0
    print(json.dumps(report["targets"], indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
