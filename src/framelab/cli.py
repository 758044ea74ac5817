"""Command line: ``framelab <command>`` (or ``python -m framelab``); one command per DVC stage.

Bad input ends with every problem printed as ``file:line: message`` and exit code 2; nothing is
written then.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable
from pathlib import Path

from framelab.corpus_cli import add_corpus_commands
from framelab.errors import InputError
from framelab.textio import DEFAULT_MAX_BYTES

EXIT_BAD_INPUT = 2


def _cmd_clean(args: argparse.Namespace) -> None:
    from framelab.cleaning import (
        clean_corpus,
        clean_metrics,
        load_rules,
        removal_summary,
        removed_lines,
    )
    from framelab.corpus import load_corpus, parse_camps
    from framelab.outputs import write_all, write_csv, write_json, write_parquet

    rules = load_rules(args.rules)
    articles = load_corpus(args.corpus, parse_camps(args.camps), args.max_bytes)
    corpus = clean_corpus(
        articles,
        rules,
        args.paragraphs,
        progress=True,
        language=args.language,
        language_min_prob=args.language_min_prob,
        language_min_tokens=args.language_min_tokens,
        duplicates=args.duplicates,
        duplicate_threshold=args.duplicate_threshold,
    )
    out, tables = args.out_dir, args.tables_dir
    corpus_table = corpus.articles[
        [
            "id",
            "camp",
            "title",
            "n_passages",
            "n_sentences",
            "n_tokens",
            "n_chars_clean",
            "n_chars_removed",
        ]
    ]
    write_all(
        {
            out / "articles.parquet": lambda p: write_parquet(corpus.articles, p),
            out / "passages.parquet": lambda p: write_parquet(corpus.passages, p),
            out / "sentences.parquet": lambda p: write_parquet(corpus.sentences, p),
            out / "removed.parquet": lambda p: write_parquet(corpus.removed, p),
            out / "duplicates.parquet": lambda p: write_parquet(corpus.duplicates, p),
            tables / "duplicates.csv": lambda p: write_csv(corpus.duplicates, p),
            tables / "corpus.csv": lambda p: write_csv(corpus_table, p),
            tables / "removals.csv": lambda p: write_csv(removal_summary(corpus.removed), p),
            tables / "removed_lines.csv": lambda p: write_csv(removed_lines(corpus.removed), p),
            tables / "camps.csv": lambda p: write_csv(
                corpus.articles[["id", "camp", "camp_evidence"]], p
            ),
            args.metrics: lambda p: write_json(clean_metrics(corpus), p),
        }
    )
    m = clean_metrics(corpus)["corpus"]
    print(
        f"clean: {m['articles']} articles, {m['passages']} passages, {m['sentences']} "
        f"sentences; {m['chars_removed']} characters removed; {m['passages_other_language']} "
        f"other-language passages; {m['duplicates_exact'] + m['duplicates_near']} duplicates",
        file=sys.stderr,
    )


def _cmd_reuse(args: argparse.Namespace) -> None:
    import pandas as pd

    from framelab.outputs import write_all, write_csv, write_json
    from framelab.reuse import article_reuse, passage_reuse

    passages = pd.read_parquet(args.passages)
    if "in_language" in passages:
        passages = passages[passages["in_language"]]
    pairs = passage_reuse(
        passages, args.shingle, args.lsh_threshold, args.min_containment, args.num_perm, args.seed
    )
    by_article = article_reuse(pairs, passages)
    metrics = dict(
        passage_pairs=len(pairs),
        article_pairs=len(by_article),
        passages=len(passages),
        shingle=args.shingle,
        min_containment=args.min_containment,
    )
    write_all(
        {
            args.tables_dir / "passage_pairs.csv": lambda p: write_csv(pairs, p),
            args.tables_dir / "article_pairs.csv": lambda p: write_csv(by_article, p),
            args.metrics: lambda p: write_json(metrics, p),
        }
    )


def _cmd_run_notebook(args: argparse.Namespace) -> None:
    import yaml

    from framelab.notebooks import run_notebook

    params = {name: yaml.safe_load(value) for name, value in args.parameter}
    run_notebook(args.source, args.output, params)


def _cmd_strip_notebooks(args: argparse.Namespace) -> None:
    from framelab.notebooks import strip_notebooks

    for path in strip_notebooks(args.folder):
        print(f"normalised {path}")


def _cmd_bench(args: argparse.Namespace) -> None:
    import yaml

    from framelab.bench import BenchmarkDataMissing, markdown_table, run_topics_benchmark
    from framelab.paths import project_root

    params = yaml.safe_load(args.params.read_text(encoding="utf-8"))
    try:
        result = run_topics_benchmark(args.out, params, project_root())
    except BenchmarkDataMissing as exc:
        print(f"framelab bench: {exc}", file=sys.stderr)
        return
    print(markdown_table(result))


def _cmd_report(args: argparse.Namespace) -> None:
    from framelab.report import build_report

    build_report(
        template=args.template,
        output=args.output,
        params_file=args.params,
        provenance=args.provenance,
    )


def _cmd_provenance_current(args: argparse.Namespace) -> int:
    from framelab.report import provenance_is_current

    if provenance_is_current(args.provenance):
        return 0
    print(
        f"{args.provenance}: the report names another commit than the work tree's", file=sys.stderr
    )
    return 1


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="framelab", description=__doc__.splitlines()[0])
    parser.add_argument("-v", "--verbose", action="store_true", help="log every rule decision")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("clean", help="validate, normalise, de-boilerplate and segment a corpus")
    p.add_argument("--corpus", type=Path, required=True, help="corpus folder (metadata.csv)")
    p.add_argument("--rules", type=Path, required=True, help="boilerplate rules (YAML)")
    p.add_argument("--paragraphs", default="auto", choices=["auto", "line", "blank_line"])
    p.add_argument("--camps", default=None, help="allowed camps, comma-separated")
    p.add_argument(
        "--max-bytes",
        type=int,
        default=DEFAULT_MAX_BYTES,
        help="largest article accepted, in bytes",
    )
    p.add_argument("--language", default="de", help="the corpus language (ISO 639-1)")
    p.add_argument("--language-min-prob", type=float, default=0.8)
    p.add_argument("--language-min-tokens", type=int, default=5)
    p.add_argument("--duplicates", choices=["keep", "drop"], default="keep")
    p.add_argument("--duplicate-threshold", type=float, default=0.9)
    p.add_argument("--out-dir", type=Path, required=True, help="folder for the parquet tables")
    p.add_argument("--tables-dir", type=Path, required=True, help="folder for report tables")
    p.add_argument("--metrics", type=Path, required=True, help="metrics JSON file")
    p.set_defaults(func=_cmd_clean)

    add_corpus_commands(sub)

    p = sub.add_parser("reuse", help="text reuse between articles (MinHash LSH on shingles)")
    p.add_argument("--passages", type=Path, required=True)
    p.add_argument("--shingle", type=int, default=3)
    p.add_argument("--lsh-threshold", type=float, default=0.05)
    p.add_argument("--min-containment", type=float, default=0.2)
    p.add_argument("--num-perm", type=int, default=128)
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--tables-dir", type=Path, required=True)
    p.add_argument("--metrics", type=Path, required=True)
    p.set_defaults(func=_cmd_reuse)

    p = sub.add_parser("run-notebook", help="run a pipeline notebook with papermill, tidily")
    p.add_argument("source", type=Path, help="the notebook (notebooks/<stage>.ipynb)")
    p.add_argument("output", type=Path, help="the executed copy (reports/notebooks/...)")
    p.add_argument(
        "-p",
        "--parameter",
        nargs=2,
        action="append",
        default=[],
        metavar=("NAME", "VALUE"),
        help="one notebook parameter (value read as YAML)",
    )
    p.set_defaults(func=_cmd_run_notebook)

    p = sub.add_parser("strip-notebooks", help="normalise source notebooks (no outputs)")
    p.add_argument("folder", type=Path)
    p.set_defaults(func=_cmd_strip_notebooks)

    p = sub.add_parser("bench", help="benchmarks on ../shared/corpora/10kgnad (not in dvc repro)")
    p.add_argument("which", choices=["topics", "all"], nargs="?", default="all")
    p.add_argument("--out", type=Path, default=Path("reports/benchmarks"))
    p.add_argument("--params", type=Path, default=Path("params.yaml"))
    p.set_defaults(func=_cmd_bench)

    p = sub.add_parser("report", help="build the PDF report with Typst")
    p.add_argument("--template", type=Path, required=True)
    p.add_argument("--output", type=Path, required=True)
    p.add_argument("--params", type=Path, default=Path("params.yaml"))
    p.add_argument("--provenance", type=Path, help="JSON recording the commit the PDF names")
    p.set_defaults(func=_cmd_report)

    p = sub.add_parser(
        "provenance-current", help="exit 0 if the report names the current commit, else 1"
    )
    p.add_argument("--provenance", type=Path, default=Path("reports/provenance.json"))
    p.set_defaults(func=_cmd_provenance_current)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
        stream=sys.stderr,
    )
    func: Callable[[argparse.Namespace], int | None] = args.func
    try:
        status = func(args)
    except InputError as exc:
        print(
            f"framelab {args.command}: bad input ({len(exc.problems)} problem(s)):", file=sys.stderr
        )
        for problem in exc.problems:
            print(f"  {problem}", file=sys.stderr)
        return EXIT_BAD_INPUT
    return status or 0
