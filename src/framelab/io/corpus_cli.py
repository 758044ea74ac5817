"""The ``import`` and ``check`` subcommands: argparse set-up and handlers.

``cli.py`` calls :func:`add_corpus_commands`. Bad input prints every problem, identical ones
grouped (:func:`framelab.errors.format_problems`), and exits with code 2; nothing is written.
``check`` takes its settings from ``params.yaml`` (through :func:`params_settings`, the one
place that reads it here); options given on the command line win.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from framelab.errors import EXIT_BAD_INPUT, InputError, print_bad_input
from framelab.io.textio import DEFAULT_MAX_BYTES

COLUMN_OPTIONS = (
    "text",
    "id",
    "title",
    "outlet",
    "published",
    "language",
    "camp_column",
    "camp_evidence",
)


def _unescape(value: str) -> str:
    return {"\\t": "\t", "tab": "\t"}.get(value, value)


def _add_reading_options(p: argparse.ArgumentParser) -> None:
    """How to read a CSV/JSONL input: the same names as a study's ``corpus.options``."""
    for name in COLUMN_OPTIONS:
        p.add_argument(
            f"--{name.replace('_', '-')}",
            dest=name,
            default=None,
            help=f"column/field with the {name.replace('_column', '')} (must exist if given; "
            f"default: '{name.replace('_column', '')}' if present, else 'unknown')",
        )
    p.add_argument("--camp", default=None, help="one camp for every article")
    p.add_argument(
        "--camp-from-filename", action="store_true", help="the camp is the input's file name"
    )
    p.add_argument(
        "--camp-map",
        default=None,
        help="values of the camp field (or file name) to camps: 'dpa=western,RT DE=russian,"
        "*=other' (with --camp-column outlet: outlets to camps)",
    )
    p.add_argument("--id-prefix", default="doc", help="prefix of numbered ids (doc00001, …)")
    p.add_argument("--html", action="store_true", help="texts are HTML: extract the main text")
    p.add_argument("--delimiter", default=",", help="CSV delimiter (';', 'tab', …)")
    p.add_argument("--quotechar", default='"', help="CSV quote character")
    p.add_argument("--no-header", action="store_true", help="CSV has no header row")
    p.add_argument("--columns", help="column names for a CSV without header, comma-separated")
    p.add_argument("--metadata", type=Path, help="folder import: metadata CSV (file, id, …)")


def import_options(args: argparse.Namespace):
    """The :class:`ImportOptions` of the command line."""
    from framelab.io.importing import ImportOptions, parse_camp_map

    return ImportOptions(
        **{name: getattr(args, name) for name in COLUMN_OPTIONS},
        camp=args.camp,
        camp_from_filename=args.camp_from_filename,
        camp_map=parse_camp_map(args.camp_map) if args.camp_map else None,
        id_prefix=args.id_prefix,
        html=args.html,
        delimiter=_unescape(args.delimiter),
        quotechar=args.quotechar,
        header=not args.no_header,
        columns=args.columns.split(",") if args.columns else None,
        metadata=args.metadata,
    )


def _options_dict(args: argparse.Namespace) -> dict:
    """The reading options given on the command line, as a study's ``corpus.options``."""
    defaults = vars(import_options(argparse.Namespace(**_NO_OPTIONS)))
    given = vars(import_options(args))
    return {k: v for k, v in given.items() if v != defaults[k]}


_NO_OPTIONS = dict.fromkeys(COLUMN_OPTIONS) | dict(
    camp=None,
    camp_from_filename=False,
    camp_map=None,
    id_prefix="doc",
    html=False,
    delimiter=",",
    quotechar='"',
    no_header=False,
    columns=None,
    metadata=None,
)


def _params_max_bytes() -> int:
    """``corpus.max_bytes`` of the project's params.yaml, or the reader's own limit without one."""
    from framelab.paths import project_root

    return params_settings(project_root() / "params.yaml").get("max_bytes", DEFAULT_MAX_BYTES)


def _cmd_import(args: argparse.Namespace) -> int:
    from framelab.io.corpus import parse_camps
    from framelab.io.importing import expand_inputs, import_corpus, log_path

    try:
        n, warnings = import_corpus(
            args.kind,
            expand_inputs(args.inputs),
            args.out,
            import_options(args),
            parse_camps(args.camps),
            args.max_bytes or _params_max_bytes(),
            args.format,
        )
    except InputError as exc:
        return print_bad_input("import", exc)
    for warning in warnings:
        print(warning)
    log = log_path(args.out) if args.format == "parquet" else args.out / "import_log.csv"
    print(f"imported {n} articles into {args.out} (see {log})")
    return 0


def _source_notes(cfg, corpus: dict, resolve) -> dict:
    """A warning when study.yaml and params.yaml name different corpora (the pipeline reads
    params.yaml's; ``framelab study use`` sets both)."""
    from framelab.errors import Problem

    named = corpus.get("source")
    if not named or resolve(named).resolve() == resolve(cfg.corpus.source).resolve():
        return {"notes": ()}
    message = (
        f"corpus.source {named!r} differs from params.yaml's {cfg.corpus.source!r}, which the "
        f"pipeline and this check read; `framelab study use {cfg.study}` sets both"
    )
    return {"notes": (Problem(f"{Path(cfg.study).name}/study.yaml", message, severity="warning"),)}


def params_settings(params_file: Path) -> dict:
    """The corpus settings of ``params.yaml`` (through :mod:`framelab.config`) and its study:
    source, format, options, allowed camps, max_bytes, rules and the furniture thresholds."""
    from framelab import config
    from framelab.study.files import read_study_yaml

    if not params_file.is_file():
        return {}
    cfg = config.load(params_file)
    root = params_file.parent

    def resolve(path: str) -> Path:
        return root / path

    corpus = read_study_yaml(resolve(cfg.study))["corpus"]
    return _source_notes(cfg, corpus, resolve) | dict(
        source=resolve(cfg.corpus.source),
        format=corpus.get("format", "folder"),
        options=corpus.get("options") or {},
        camps=list(cfg.corpus.camps) if cfg.corpus.camps else None,
        max_bytes=cfg.corpus.max_bytes,
        rules=resolve(cfg.clean.rules),
        furniture_min_share=cfg.clean.furniture_min_share,
        furniture_min_articles=cfg.clean.furniture_min_articles,
        study=resolve(cfg.study),
        lexicon=resolve(cfg.attribute.lexicon),
        scare_max_words=cfg.attribute.scare_max_words,
    )


def _infer_format(source: Path) -> str:
    return "parquet" if source.suffix.lower() == ".parquet" else "folder"


def _check_settings(args: argparse.Namespace):
    """(source, format, options, CheckSettings): command line over params.yaml over defaults."""
    from framelab.clean import furniture
    from framelab.io.checking import CheckSettings
    from framelab.io.corpus import parse_camps
    from framelab.paths import project_root

    params_file = args.params or project_root() / "params.yaml"
    params = {} if args.no_params else params_settings(params_file)
    source = Path(args.source or params.get("source") or "data/raw")
    same_source = bool(params) and source.resolve() == Path(params["source"]).resolve()
    fmt = args.format or (params.get("format") if same_source else None)
    options = _options_dict(args) or (params.get("options", {}) if same_source else {})
    settings = CheckSettings(
        camps=parse_camps(args.camps if args.camps is not None else params.get("camps")),
        max_bytes=args.max_bytes or params.get("max_bytes", DEFAULT_MAX_BYTES),
        rules=args.rules or params.get("rules"),
        furniture_min_share=args.min_share
        or params.get("furniture_min_share", furniture.STANDALONE_MIN_SHARE),
        furniture_min_articles=args.min_articles
        or params.get("furniture_min_articles", furniture.STANDALONE_MIN_ARTICLES),
        top=args.top,
        study=params.get("study"),
        lexicon=params.get("lexicon"),
        scare_max_words=params.get("scare_max_words"),
        notes=params.get("notes", ()),
    )
    return source, fmt or _infer_format(source), options, settings


def _cmd_check(args: argparse.Namespace) -> int:
    from framelab.io.checking import check_corpus, report_lines

    try:
        source, fmt, options, settings = _check_settings(args)
        report = check_corpus(source, fmt, options, settings=settings)
    except InputError as exc:
        return print_bad_input("check", exc)
    for line in report_lines(report, source):
        print(line)
    return EXIT_BAD_INPUT if report.errors else 0


def _add_import(sub) -> None:
    p = sub.add_parser(
        "import", help="import a corpus (folder, CSV/TSV, JSONL) into a corpus folder or Parquet"
    )
    p.add_argument("kind", choices=["folder", "csv", "jsonl"], help="what the inputs are")
    p.add_argument("inputs", nargs="+", help="folder, or CSV/TSV/JSONL files (or a quoted glob)")
    p.add_argument("--out", type=Path, required=True, help="new corpus folder or .parquet file")
    p.add_argument(
        "--format",
        choices=["folder", "parquet"],
        default="folder",
        help="output: a corpus folder, or one Parquet file for large corpora",
    )
    p.add_argument("--camps", default=None, help="allow-list of camps, comma-separated")
    p.add_argument(
        "--max-bytes",
        type=int,
        default=None,
        help="largest article in bytes (default: params.yaml corpus.max_bytes)",
    )
    _add_reading_options(p)
    p.set_defaults(func=_cmd_import)


def _add_check(sub) -> None:
    p = sub.add_parser("check", help="validate a corpus; list every problem and repeated lines")
    p.add_argument("source", type=Path, nargs="?", help="corpus folder or file (default: study's)")
    p.add_argument(
        "--format",
        choices=["folder", "csv", "jsonl", "parquet"],
        default=None,
        help="the source's format (default: the study's corpus.format, else from the path)",
    )
    p.add_argument("--params", type=Path, default=None, help="params.yaml (default: project's)")
    p.add_argument("--no-params", action="store_true", help="ignore params.yaml")
    p.add_argument("--camps", default=None, help="allowed camps, comma-separated")
    p.add_argument(
        "--max-bytes", type=int, default=None, help="largest article in bytes (default: params)"
    )
    p.add_argument("--rules", type=Path, default=None, help="boilerplate rules (YAML)")
    p.add_argument("--min-share", type=float, default=None, help="repeated_furniture: share")
    p.add_argument("--min-articles", type=int, default=None, help="repeated_furniture: articles")
    p.add_argument("--top", type=int, default=20, help="repeated lines listed")
    _add_reading_options(p)
    p.set_defaults(func=_cmd_check)


def add_corpus_commands(subparsers) -> None:
    """Add ``import`` and ``check`` to the ``framelab`` command's subparsers."""
    _add_import(subparsers)
    _add_check(subparsers)
