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

from framelab.errors import InputError
from framelab.textio import DEFAULT_MAX_BYTES

EXIT_BAD_INPUT = 2


def _cmd_import(args: argparse.Namespace) -> None:
    from framelab.corpus import parse_camps
    from framelab.importing import Mapping, import_corpus

    mapping = Mapping(
        text=args.text,
        id=args.id,
        camp=args.camp_column,
        camp_value=args.camp,
        title=args.title,
        outlet=args.outlet,
        published=args.published,
        language=args.language,
        camp_evidence=args.camp_evidence,
        id_prefix=args.id_prefix,
        html=args.html,
    )
    n = import_corpus(
        args.kind,
        args.input,
        args.out,
        mapping,
        parse_camps(args.camps),
        metadata=args.metadata,
        delimiter=_unescape(args.delimiter),
        quotechar=args.quotechar,
        header=not args.no_header,
        columns=args.columns.split(",") if args.columns else None,
        max_bytes=args.max_bytes,
        progress=True,
    )
    print(f"imported {n} articles into {args.out} (see {args.out}/import_log.csv)")


def _unescape(value: str) -> str:
    return {"\\t": "\t", "tab": "\t"}.get(value, value)


def _cmd_check(args: argparse.Namespace) -> int:
    from framelab.checking import check_corpus
    from framelab.corpus import parse_camps

    problems = check_corpus(args.corpus, parse_camps(args.camps), args.max_bytes, args.rules)
    errors = [p for p in problems if p.severity == "error"]
    for p in problems:
        print(p)
    print(f"{args.corpus}: {len(errors)} error(s), {len(problems) - len(errors)} warning(s)")
    return EXIT_BAD_INPUT if errors else 0


def _cmd_stage(args: argparse.Namespace) -> int:
    import importlib

    return importlib.import_module(f"framelab.stages.{args.name}").main()


def _cmd_study(args: argparse.Namespace) -> None:
    from framelab.config import PARAMS_FILE
    from framelab.paths import resolve
    from framelab.studynew import new_study, use_study

    if args.action == "new":
        folder = new_study(args.name, resolve(args.parent))
        print(f"created {folder}: fill in every TODO, then `framelab study use {folder}`")
        return
    source = use_study(Path(args.name), resolve(PARAMS_FILE))
    print(f"params.yaml: study = {args.name}, corpus.source = {source}; now `dvc repro`")


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

    p = sub.add_parser(
        "import", help="import a corpus (folder, CSV/TSV, JSONL) into the data/raw layout"
    )
    p.add_argument("kind", choices=["folder", "csv", "jsonl"])
    p.add_argument("input", type=Path, help="folder, CSV/TSV file or JSONL file")
    p.add_argument("--out", type=Path, required=True, help="new corpus folder (must be empty)")
    p.add_argument("--metadata", type=Path, help="folder import: metadata CSV (id, file, …)")
    p.add_argument("--text", default="text", help="column/field with the text")
    p.add_argument("--id", default="id", help="column/field with the id (else numbered)")
    p.add_argument("--id-prefix", default="doc", help="prefix of numbered ids")
    p.add_argument("--camp-column", default="camp", help="column/field with the camp")
    p.add_argument("--camp", default=None, help="one camp for every article instead")
    p.add_argument("--camps", default=None, help="allowed camps, comma-separated")
    for name in ("title", "outlet", "published", "language", "camp_evidence"):
        p.add_argument(
            f"--{name.replace('_', '-')}",
            dest=name,
            default=name,
            help=f"column/field with the {name} (missing: 'unknown')",
        )
    p.add_argument("--html", action="store_true", help="texts are HTML: extract the main text")
    p.add_argument("--delimiter", default=",", help="CSV delimiter (';', 'tab', …)")
    p.add_argument("--quotechar", default='"', help="CSV quote character")
    p.add_argument("--no-header", action="store_true", help="CSV has no header row")
    p.add_argument("--columns", help="column names for a CSV without header, comma-separated")
    p.add_argument("--max-bytes", type=int, default=DEFAULT_MAX_BYTES)
    p.set_defaults(func=_cmd_import)

    p = sub.add_parser("check", help="validate a corpus folder and list every problem")
    p.add_argument("corpus", type=Path)
    p.add_argument("--camps", default=None, help="allowed camps, comma-separated")
    p.add_argument("--max-bytes", type=int, default=DEFAULT_MAX_BYTES)
    p.add_argument(
        "--rules",
        type=Path,
        default=None,
        help="boilerplate rules: also warn about articles that are only boilerplate",
    )
    p.set_defaults(func=_cmd_check)

    p = sub.add_parser("stage", help="run one pipeline stage as dvc.yaml does (reads params.yaml)")
    p.add_argument("name", choices=["clean", "topics", "stance", "reuse", "report"])
    p.set_defaults(func=_cmd_stage)

    p = sub.add_parser("study", help="create a study folder (new NAME) or select one (use FOLDER)")
    p.add_argument("action", choices=["new", "use"])
    p.add_argument("name", help="new: the study's name; use: its folder (studies/NAME)")
    p.add_argument("--parent", default="studies", help="new: where to create it")
    p.set_defaults(func=_cmd_study)

    p = sub.add_parser("strip-notebooks", help="normalise source notebooks (no outputs)")
    p.add_argument("folder", type=Path)
    p.set_defaults(func=_cmd_strip_notebooks)

    p = sub.add_parser("bench", help="benchmarks on ../shared/corpora/10kgnad (not in dvc repro)")
    p.add_argument("which", choices=["topics", "all"], nargs="?", default="all")
    p.add_argument("--out", type=Path, default=Path("reports/benchmarks"))
    p.add_argument("--params", type=Path, default=Path("params.yaml"))
    p.set_defaults(func=_cmd_bench)

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
