"""Command line: ``framelab <command>`` (or ``python -m framelab``); ``framelab stage NAME``.

Bad input ends with every problem printed as ``file:line: message`` and exit code 2; nothing is
written then.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable
from pathlib import Path

from framelab import layout
from framelab.errors import EXIT_BAD_INPUT, InputError, Problem, print_bad_input
from framelab.io.corpus_cli import add_corpus_commands


def _cmd_voices(args: argparse.Namespace) -> None:
    import pandas as pd

    from framelab import config
    from framelab.attribution.tables import voices_from_passages
    from framelab.io.outputs import write_all, write_csv
    from framelab.study.model import load_actors

    passages = pd.read_parquet(args.passages)
    gazetteer = load_actors(args.actors) if args.actors else None
    scare = config.load().attribute.scare_max_words
    table = voices_from_passages(passages, scare, gazetteer)
    write_all({args.out: lambda p: write_csv(table, p)})
    print(
        f"{len(table)} attributed statements by {table['speaker_name'].nunique()} speakers "
        f"-> {args.out}"
    )


def _cmd_stage(args: argparse.Namespace) -> int:
    import importlib

    return importlib.import_module(f"framelab.stages.{args.name}").main()


def _cmd_study(args: argparse.Namespace) -> None:
    from framelab.config import PARAMS_FILE
    from framelab.paths import resolve
    from framelab.study.scaffold import new_study, use_study

    if args.action == "new":
        folder = new_study(args.name, resolve(args.parent))
        print(f"created {folder}: fill in every TODO, then `framelab study use {folder}`")
        return
    if args.action == "sample":
        return _study_sample(args)
    source = use_study(Path(args.name), resolve(PARAMS_FILE))
    print(
        f"params.yaml: study = {args.name}, corpus.source = {source}; now `framelab check`, "
        "then `dvc repro`"
    )


def _study_sample(args: argparse.Namespace) -> None:
    from framelab import layout
    from framelab.paths import resolve
    from framelab.study.sample import write_sheet

    study = resolve(args.name)
    out = resolve(args.out) if args.out else study / "annotations" / "coding_sheet.csv"
    sample, sheet = write_sheet(
        study, resolve(layout.PROCESSED), out, args.articles, args.seed, args.test_share
    )
    camps = ", ".join(f"{c} {n}" for c, n in sample["camp"].value_counts().sort_index().items())
    splits = ", ".join(f"{s} {n}" for s, n in sample["split"].value_counts().sort_index().items())
    print(
        f"{out}: {len(sheet)} units to code ({len(sample)} articles: {camps}; {splits}). "
        "Fill in every label from the codebook alone, then save it as "
        "annotations/stance_manual.csv (docs/studies.md, Validation protocol)."
    )


def _cmd_agreement(args: argparse.Namespace) -> None:
    from framelab import config
    from framelab.analysis.agreement import lines, split_agreement
    from framelab.paths import resolve
    from framelab.study.checks import coding_file
    from framelab.study.model import load_study

    cfg = config.load()
    study = load_study(cfg.study, cfg.attribute.lexicon, cfg.attribute.scare_max_words)
    coding = coding_file(study)
    if coding is None:
        raise InputError([Problem(cfg.study, "no manual coding (annotations/stance_manual.csv)")])
    from framelab.study.files import keyness_stopwords

    stop = keyness_stopwords(resolve(cfg.stance.stopwords), study.root)
    units, summary = split_agreement(study, coding, args.split, stop, cfg.attribute.scare_max_words)
    for line in lines(args.split, units, summary):
        print(line)
    if args.split == "test":
        print("test: the held-out figure; report it once and do not revise rules on it")


def _cmd_strip_notebooks(args: argparse.Namespace) -> None:
    from framelab.lab.notebooks import strip_notebooks

    for path in strip_notebooks(args.folder):
        print(f"normalised {path}")


def _cmd_bench(args: argparse.Namespace) -> int:
    import yaml

    from framelab.errors import BenchmarkDataMissing
    from framelab.paths import project_root
    from framelab.topics.bench import markdown_table, run_topics_benchmark

    params = yaml.safe_load(args.params.read_text(encoding="utf-8"))
    try:
        result = run_topics_benchmark(args.out, params, project_root())
    except BenchmarkDataMissing as exc:
        print(f"framelab bench topics: {exc}; nothing measured", file=sys.stderr)
        return EXIT_BAD_INPUT
    print(markdown_table(result))
    return 0


def _cmd_provenance_current(args: argparse.Namespace) -> int:
    from framelab.report.provenance import provenance_is_current

    if provenance_is_current(args.provenance):
        return 0
    print(
        f"{args.provenance}: the report names another commit than the work tree's", file=sys.stderr
    )
    return 1


def _add_study_commands(sub) -> None:
    """``framelab study new|use|sample``, each with its own options and ``--help``."""
    p = sub.add_parser(
        "study",
        help="create a study folder (new), select one (use), or draw its coding sample (sample)",
        description="A study is a folder of data files (docs/studies.md).",
    )
    p.set_defaults(func=_cmd_study)
    actions = p.add_subparsers(dest="action", required=True, metavar="{new,use,sample}")
    a = actions.add_parser(
        "new",
        help="scaffold a study from commented templates",
        description="Create studies/NAME with every file a study needs, each saying TODO "
        "where you must write; `framelab check` lists what is left.",
    )
    a.add_argument("name", help="the study's name: lower-case letters, digits, - and _")
    a.add_argument("--parent", default="studies", help="where to create it (default: studies)")
    a = actions.add_parser(
        "use",
        help="select a study in params.yaml",
        description="Set params.yaml's study (and corpus.source, from the study's "
        "corpus.source) to this folder; `dvc repro` then runs it.",
    )
    a.add_argument("name", metavar="folder", help="the study's folder (studies/NAME)")
    a = actions.add_parser(
        "sample",
        help="draw the seeded coding sheet (after the clean stage)",
        description="Sample event articles in the study's camps, stratified by camp, split "
        "them dev/test by article and write one row per passage and claim to code.",
    )
    a.add_argument("name", metavar="folder", help="the study's folder (studies/NAME)")
    a.add_argument("--articles", type=int, default=20, help="articles to draw (default: 20)")
    a.add_argument("--seed", type=int, default=1, help="random seed (default: 1)")
    a.add_argument(
        "--test-share", type=float, default=0.5, help="share held out as test (default: 0.5)"
    )
    a.add_argument(
        "--out", default=None, help="the sheet (default: FOLDER/annotations/coding_sheet.csv)"
    )


def _add_tool_commands(sub) -> None:
    """Maintenance commands: strip-notebooks, bench, provenance-current."""
    p = sub.add_parser("strip-notebooks", help="normalise source notebooks (no outputs)")
    p.add_argument("folder", type=Path, help="every .ipynb below it")
    p.set_defaults(func=_cmd_strip_notebooks)

    p = sub.add_parser("bench", help="benchmarks on ../shared/corpora/10kgnad (not in dvc repro)")
    p.add_argument("which", choices=["topics"], help="the benchmark (voices: make bench-voices)")
    p.add_argument(
        "--out", type=Path, default=Path("reports/benchmarks"), help="folder for the .json/.md"
    )
    p.add_argument(
        "--params", type=Path, default=Path("params.yaml"), help="reads its bench_topics section"
    )
    p.set_defaults(func=_cmd_bench)

    p = sub.add_parser(
        "provenance-current", help="exit 0 if the report names the current commit, else 1"
    )
    p.add_argument(
        "--provenance",
        type=Path,
        default=Path("reports/provenance.json"),
        help="the report's provenance record",
    )
    p.set_defaults(func=_cmd_provenance_current)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="framelab", description=__doc__.splitlines()[0])
    parser.add_argument("-v", "--verbose", action="store_true", help="log every rule decision")
    sub = parser.add_subparsers(dest="command", required=True)

    add_corpus_commands(sub)

    p = sub.add_parser("voices", help="attributed statements of a cleaned corpus (who speaks)")
    p.add_argument("--passages", type=Path, required=True, help="a passages.parquet of `clean`")
    p.add_argument("--out", type=Path, required=True, help="the statements table (CSV)")
    p.add_argument("--actors", type=Path, help="optional gazetteer (a study's actors.yml)")
    p.set_defaults(func=_cmd_voices)

    p = sub.add_parser(
        "stage",
        help="run one pipeline stage as dvc.yaml does (reads params.yaml)",
        description="Run one stage of dvc.yaml without DVC: its inputs must exist (run the "
        "stages before it first); DVC does not record the run, so prefer `dvc repro -s NAME`.",
    )
    p.add_argument("name", choices=list(layout.STAGES), help="the stage, in pipeline order")
    p.set_defaults(func=_cmd_stage)

    _add_study_commands(sub)

    p = sub.add_parser(
        "agreement",
        help="the rules vs the manual coding on one split (after `dvc repro -s attribute`)",
    )
    p.add_argument(
        "--split",
        choices=["dev", "test"],
        default="dev",
        help="dev while you revise rules; test once, at the end (docs/studies.md)",
    )
    p.set_defaults(func=_cmd_agreement)

    _add_tool_commands(sub)
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
        return print_bad_input(args.command, exc)
    return status or 0
