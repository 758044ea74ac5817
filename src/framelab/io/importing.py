"""``framelab import``: bring a researcher's corpus into the standard layout.

Sources: a folder of ``.txt``/``.md``/``.html`` files with a metadata CSV, one or several CSV/TSV
files with a column mapping, or JSON Lines. The result is either a corpus folder
(``<out>/articles/<id>.txt`` UTF-8 LF, ``<out>/metadata.csv``, ``<out>/import_log.csv``) or one
Parquet file (``--format parquet``: columns ``id, camp, title, outlet, language, published,
camp_evidence, text``, sorted by id, row groups of :data:`ROW_GROUP_SIZE`; the log is written
next to it as ``<name>.import_log.csv``). The import log records per article the source, the
encoding and every repair.

Every column named on the command line is checked against the input's header before a single
record is parsed. Every record goes through :class:`framelab.io.corpus.Validator`, the same one
``check`` and ``clean`` use. Every problem is collected; if there is any, nothing is written (the
output is built in a temporary folder and renamed into place only when complete). The input is
never modified. Memory stays bounded: records are streamed to disk as they are read.
"""

from __future__ import annotations

import codecs
import csv
import io
import json
import re
import shutil
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field, fields
from pathlib import Path

import charset_normalizer

from framelab.errors import InputError, Problem, count_errors
from framelab.io.corpus import (
    ARTICLES_DIR,
    COLUMNS,
    METADATA_FILE,
    PARQUET_COLUMNS,
    UNKNOWN,
    Article,
    Validator,
    chunked,
    csv_error_message,
    csv_records,
)
from framelab.io.textio import DEFAULT_MAX_BYTES, TextProblem, decode, looks_binary

TEXT_SUFFIXES = (".txt", ".md", ".html", ".htm")
LOG_FILE = "import_log.csv"
LOG_COLUMNS = ("id", "source", "encoding", "repairs", "html_extracted")
ROW_GROUP_SIZE = 10_000  # rows per Parquet row group
OUT_FORMATS = ("folder", "parquet")
# metadata field -> the ImportOptions attribute (and command-line option) naming its column
MAPPED = dict(
    text="text",
    id="id",
    title="title",
    outlet="outlet",
    camp="camp_column",
    language="language",
    published="published",
    camp_evidence="camp_evidence",
)


@dataclass
class ImportOptions:
    """How to read the input (the options of ``framelab import``, also a study's corpus options).

    A column option left at None means "the default column (the field's own name), if present;
    else 'unknown'"; a column option that is given must exist, or the import stops before parsing.
    """

    text: str | None = None
    id: str | None = None
    title: str | None = None
    outlet: str | None = None
    published: str | None = None
    language: str | None = None
    camp_column: str | None = None
    camp_evidence: str | None = None
    camp: str | None = None  # one camp for every article
    camp_from_filename: bool = False  # the camp is the input file's name without suffix
    camp_map: dict[str, str] | None = None  # value (e.g. of camp_column: outlet) -> camp; "*": rest
    id_prefix: str = "doc"
    html: bool = False
    delimiter: str = ","
    quotechar: str = '"'
    header: bool = True
    columns: list[str] | None = None  # column names of a CSV without header
    metadata: Path | None = None  # folder import: the metadata CSV (column ``file``)
    from_study: bool = False  # set by from_dict: errors name the study's option, not a flag

    @classmethod
    def from_dict(cls, options: dict) -> ImportOptions:
        """From a study's ``corpus.options``; an unknown name raises ``ValueError``."""
        known = {f.name for f in fields(cls)} - {"from_study"}
        unknown = sorted(set(options) - known)
        if unknown:
            raise ValueError(
                f"unknown corpus option(s): {', '.join(unknown)} "
                f"(known: {', '.join(sorted(known))})"
            )
        values = dict(options)
        if isinstance(values.get("columns"), str):
            values["columns"] = values["columns"].split(",")
        if values.get("metadata") is not None:
            values["metadata"] = Path(values["metadata"])
        if isinstance(values.get("camp_map"), str):
            values["camp_map"] = parse_camp_map(values["camp_map"])
        return cls(**values, from_study=True)

    def column(self, key: str) -> str:
        return getattr(self, MAPPED[key]) or key


@dataclass
class Record:
    meta: dict[str, str]
    text: str
    shown: str  # the input file's name
    line: int | None  # the record's first physical line (CSV/JSONL) or metadata row
    encoding: str = "utf-8"
    repairs: list[str] = field(default_factory=list)
    html: bool = False
    name: str = ""  # folder import: the article file's name

    @property
    def source(self) -> str:
        return self.name or (f"{self.shown}:{self.line}" if self.line else self.shown)


def extract_html(html: str) -> tuple[str, str | None]:
    """Main text and title of an HTML page (trafilatura; scripts, styles, navigation dropped)."""
    import trafilatura

    text = (
        trafilatura.extract(
            html,
            include_comments=False,
            include_tables=False,
            favor_precision=True,
            output_format="txt",
        )
        or ""
    )
    meta = trafilatura.extract_metadata(html)
    return text, (meta.title if meta is not None else None)


# --- columns, checked before parsing ------------------------------------------------------------


def _option_flag(attr: str, opts: ImportOptions) -> str:
    """How the user gave an option: ``corpus.options.camp_column`` in a study's study.yaml,
    else ``--camp-column`` on the command line."""
    if opts.from_study:
        return f"corpus.options.{attr} (study.yaml)"
    return "--" + attr.replace("_", "-")


def check_columns(
    names: list[str], opts: ImportOptions, shown: str, kind: str, problems: list[Problem]
) -> None:
    """Every column the options name must be in ``names``; defaults may be missing."""
    listed = listed_columns(names, kind)
    errors_before = count_errors(problems)
    for key, attr in MAPPED.items():
        given, col = getattr(opts, attr), opts.column(key)
        if col in names or (key == "text" and kind == "folder"):
            continue
        if given is not None:
            message = f"no column {col!r} for {_option_flag(attr, opts)} (columns: {listed})"
        elif key == "text":
            message = f"no text column 'text' (columns: {listed}); name it with --text"
        elif key == "camp" and opts.camp is None and not opts.camp_from_filename:
            message = (
                f"no camp column 'camp' (columns: {listed}); give --camp-column COLUMN, "
                "--camp VALUE or --camp-from-filename"
            )
        else:
            continue
        problems.append(Problem(shown, message))
    if kind == "folder" and "file" not in names:
        problems.append(
            Problem(shown, f"no column 'file' (columns: {listed}); it names each article's file")
        )
    if count_errors(problems) == errors_before:  # the columns are right: then name the unused ones
        problems.extend(_unused_columns(names, opts, shown, kind))


LONG_NAME = 60  # characters: a longer "column name" is text, not a header


def listed_columns(names: list[str], kind: str) -> str:
    """The columns as an error lists them: a long name is cut, and a header that looks like
    a row of text (a name of over ``LONG_NAME`` characters) points to ``--no-header``."""
    cut = [n if len(n) <= LONG_NAME else n[: LONG_NAME - 1] + "…" for n in names]
    listed = ", ".join(cut)
    if kind == "csv" and any(len(n) > LONG_NAME for n in names):
        listed += "; the first row looks like text: if the file has no header row, add --no-header"
    return listed


def _unused_columns(names: list[str], opts: ImportOptions, shown: str, kind: str) -> list:
    """A warning naming the input's columns the corpus has no field for (not silently lost)."""
    used = {opts.column(key) for key in MAPPED} | ({"file"} if kind == "folder" else set())
    unused = [n for n in names if n not in used]
    if not unused:
        return []
    message = (
        f"column(s) not imported: {', '.join(unused)} (a corpus keeps id, title, outlet, camp, "
        "language, published, camp_evidence and the text; map a column with --title, --outlet, "
        "… or keep the input file for the rest)"
    )
    return [Problem(shown, message, severity="warning")]


def _option_conflicts(opts: ImportOptions) -> list[Problem]:
    ways = [
        name
        for name, on in (
            ("--camp", opts.camp is not None),
            ("--camp-column", opts.camp_column is not None),
            ("--camp-from-filename", opts.camp_from_filename),
        )
        if on
    ]
    if len(ways) > 1:
        return [Problem("options", f"give only one of {', '.join(ways)}")]
    return []


# --- reading text tables in a stream ------------------------------------------------------------


ENCODING_SAMPLE = 1 << 20  # bytes a non-UTF-8 file's encoding is detected from


def _decodes(path: Path, encoding: str) -> bool:
    """The whole file decodes with ``encoding`` (read in blocks: memory does not grow)."""
    decoder = codecs.getincrementaldecoder(encoding)()
    with open(path, "rb") as fh:
        try:
            while block := fh.read(1 << 20):
                decoder.decode(block)
            decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            return False
    return True


def _detected_encoding(path: Path) -> str | None:
    """The encoding detected on the file's first megabyte, if the whole file decodes with it; a
    sample that is plain ASCII (the other bytes come later) is read as Windows-1252."""
    with open(path, "rb") as fh:
        sample = fh.read(ENCODING_SAMPLE)
    best = charset_normalizer.from_bytes(sample).best()
    detected = best.encoding if best is not None else None
    candidates = [detected] if detected not in (None, "ascii") else ["cp1252"]
    return next((enc for enc in candidates if _decodes(path, enc)), None)


def open_text(path: Path, problems: list[Problem]) -> tuple[io.TextIOBase, str, list[str]] | None:
    """A text stream over a CSV/JSONL file, UTF-8 or another detected encoding, decoded as it
    is read (a large file is never held in memory)."""
    with open(path, "rb") as fh:
        head = fh.read(8192)
    if not head.strip():
        problems.append(Problem(path.name, "empty: no text"))
        return None
    if looks_binary(head):
        problems.append(Problem(path.name, "binary data (NUL or control bytes), not a text file"))
        return None
    if _decodes(path, "utf-8"):
        return open(path, encoding="utf-8-sig", newline=""), "utf-8", []
    encoding = _detected_encoding(path)
    if encoding is None:
        problems.append(Problem(path.name, "not UTF-8 and no text encoding could be detected"))
        return None
    return open(path, encoding=encoding, newline=""), encoding, [f"transcoded from {encoding}"]


def _table_reader(stream, opts: ImportOptions):
    return csv.reader(stream, delimiter=opts.delimiter, quotechar=opts.quotechar, strict=True)


def _jsonl_names(stream) -> list[str]:
    for raw in stream:
        if raw.strip():
            try:
                first = json.loads(raw)
            except json.JSONDecodeError:
                return []
            return list(first) if isinstance(first, dict) else []
    return []


def read_names(path: Path, kind: str, opts: ImportOptions, problems: list[Problem]):
    """The column (CSV) or field (JSONL, first record) names of an input, read before parsing."""
    opened = open_text(path, problems)
    if opened is None:
        return None
    stream = opened[0]
    with stream:
        if kind == "jsonl":
            return _jsonl_names(stream)
        if opts.columns:
            return [c.strip() for c in opts.columns]
        try:
            first = next(_table_reader(stream, opts), None)
        except csv.Error as exc:
            problems.append(Problem(path.name, csv_error_message(exc, opts.quotechar), 1))
            return None
    if not first:
        problems.append(Problem(path.name, "empty: no text"))
        return None
    return [c.strip() for c in first] if opts.header else [f"col{i}" for i in range(len(first))]


def _jsonl_stream(stream, shown: str, problems: list[Problem]):
    for line, raw in enumerate(stream, start=1):
        if not raw.strip():
            continue
        try:
            row = json.loads(raw)
        except json.JSONDecodeError as exc:
            problems.append(Problem(shown, f"not valid JSON: {exc.msg}", line))
            continue
        if not isinstance(row, dict):
            problems.append(Problem(shown, "not a JSON object", line))
            continue
        yield line, {k: v for k, v in row.items() if v is not None}


def read_rows(
    path: Path, kind: str, opts: ImportOptions, names: list[str], max_bytes: int, problems
):
    """``(first line, row dict, encoding, repairs)`` of a CSV/JSONL input, streamed."""
    opened = open_text(path, [])
    if opened is None:
        return
    stream, encoding, repairs = opened
    with stream:
        if kind == "jsonl":
            rows = _jsonl_stream(stream, path.name, problems)
        else:
            csv.field_size_limit(max(max_bytes + 1, 1 << 17))
            reader = _table_reader(stream, opts)
            if opts.header:
                next(reader, None)
            hint = (
                f" (a field with the separator inside must be quoted with {opts.quotechar!r}; "
                "--quotechar sets the quote character)"
            )
            records = csv_records(reader, path.name, len(names), opts.quotechar, problems, hint)
            rows = ((line, dict(zip(names, rec, strict=True))) for line, rec in records)
        for line, row in rows:
            yield line, row, encoding, repairs


# --- records -------------------------------------------------------------------------------------


def _clean_id(raw: str) -> str:
    return re.sub(r"[^A-Za-z0-9_.-]+", "_", raw.strip()).strip("_.-")


def parse_camp_map(text: str) -> dict[str, str]:
    """``"dpa=western, RT DE=russian_state, *=other"`` as a mapping; a pair without ``=`` is
    bad input."""
    pairs = [p.strip() for p in text.split(",") if p.strip()]
    bad = [p for p in pairs if "=" not in p]
    if bad:
        raise InputError(
            [
                Problem("camp_map", f"{p!r} has no '=': write value=camp, e.g. dpa=western")
                for p in bad
            ]
        )
    return {k.strip(): v.strip() for k, v in (p.split("=", 1) for p in pairs)}


def mapped_camp(value: str, camp_map: dict[str, str] | None) -> str:
    """The camp of a field value under ``camp_map`` ("*": every other value); unmapped values
    stay as they are (the camp allow-list, if any, then rejects them)."""
    if not camp_map:
        return value
    return camp_map.get(value, camp_map.get("*", value))


def _evidence(opts: ImportOptions, camp: str, shown: str, where: str) -> str:
    if opts.camp_map:
        return f"camp {camp!r} by camp_map from the input's {opts.column('camp')!r} field ({where})"
    if opts.camp is not None:
        return f"camp {camp!r} set for the whole import ({where})"
    if opts.camp_from_filename:
        return f"camp from the file name {shown!r} ({where})"
    return f"camp from the input's {opts.column('camp')!r} field ({where})"


def meta_from(row: dict, opts: ImportOptions, number: int, shown: str, where: str) -> dict:
    """The metadata of one input record (missing or empty values: 'unknown')."""

    def get(key: str) -> str:
        value = row.get(opts.column(key))
        value = "" if value is None else str(value).strip()
        return value or UNKNOWN

    raw_id = get("id")
    camp = opts.camp or (Path(shown).stem if opts.camp_from_filename else get("camp"))
    camp = mapped_camp(camp, opts.camp_map)
    evidence = get("camp_evidence")
    return dict(
        id=_clean_id(raw_id) if raw_id != UNKNOWN else f"{opts.id_prefix}{number:05d}",
        title=get("title"),
        outlet=get("outlet"),
        camp=camp,
        language=get("language"),
        published=get("published"),
        camp_evidence=_evidence(opts, camp, shown, where) if evidence == UNKNOWN else evidence,
    )


def _finish_text(text: str, html: bool, meta: dict) -> str:
    if not html:
        return text
    body, title = extract_html(text)
    if title and meta["title"] == UNKNOWN:
        meta["title"] = title
    return body


@dataclass
class _Source:
    """One input file being read: its name, the running record number, limits, problems."""

    shown: str
    opts: ImportOptions
    numbers: Iterator[int]
    max_bytes: int
    problems: list[Problem]


def _record(src: _Source, row: dict, text: str, line: int, origin: tuple, name: str = ""):
    """A record from one input row and its raw text, or None (the problem is recorded)."""
    encoding, repairs, html = origin
    number = next(src.numbers)
    try:
        decoded = decode(text.encode("utf-8", "surrogateescape"), src.max_bytes)
    except TextProblem as exc:
        where = Problem(name, str(exc)) if name else Problem(src.shown, f"text: {exc}", line)
        src.problems.append(where)
        return None
    where = name or f"{src.shown}:{line}"
    meta = meta_from(row, src.opts, number, src.shown, where)
    body = _finish_text(decoded.text, html, meta)
    if not body.strip():
        src.problems.append(Problem(where, "no text left (HTML without a main text?)"))
        return None
    all_repairs = [*repairs, *decoded.repairs]
    enc = encoding if encoding != "utf-8" else decoded.encoding
    return Record(meta, body, src.shown, line, enc, all_repairs, html, name)


def _table_records(path: Path, kind: str, names: list[str], src: _Source) -> Iterator[Record]:
    column = src.opts.column("text")
    for line, row, encoding, repairs in read_rows(
        path, kind, src.opts, names, src.max_bytes, src.problems
    ):
        origin = (encoding, repairs, src.opts.html)
        rec = _record(src, row, str(row.get(column, "")), line, origin)
        if rec is not None:
            yield rec


def _folder_records(folder: Path, names: list[str], src: _Source) -> Iterator[Record]:
    """Articles from files named in a metadata CSV (column ``file``, relative to ``folder``)."""
    metadata, named = src.opts.metadata, set()
    for line, row, _, _ in read_rows(metadata, "csv", src.opts, names, src.max_bytes, src.problems):
        name = (row.get("file") or "").strip()
        path = folder / name
        named.add(path.resolve())
        if not name or not path.is_file():
            message = f"file {name!r} does not exist in {folder}"
            src.problems.append(Problem(metadata.name, message, line))
            next(src.numbers)
            continue
        size = path.stat().st_size
        if size > src.max_bytes:  # judged before reading the file
            message = (
                f"{size:,} bytes is larger than the limit of {src.max_bytes:,} bytes per article"
            )
            src.problems.append(Problem(name, message))
            next(src.numbers)
            continue
        data = path.read_bytes()
        origin = ("utf-8", [], src.opts.html or path.suffix in (".html", ".htm"))
        rec = _bytes_record(src, row, data, line, origin, name)
        if rec is not None:
            yield rec
    for path in sorted(folder.rglob("*")):
        if path.suffix in TEXT_SUFFIXES and path.resolve() not in named:
            message = "file has no row in the metadata CSV"
            src.problems.append(Problem(str(path.relative_to(folder)), message))


def _bytes_record(src: _Source, row: dict, data: bytes, line: int, origin: tuple, name: str):
    """Like :func:`_record`, for a file's raw bytes (any encoding)."""
    try:
        decoded = decode(data, src.max_bytes)
    except TextProblem as exc:
        next(src.numbers)
        src.problems.append(Problem(name, str(exc)))
        return None
    rec = _record(src, row, decoded.text, line, origin, name)
    if rec is not None:
        rec.encoding, rec.repairs = decoded.encoding, [*decoded.repairs, *rec.repairs]
    return rec


# --- phase 1: every input and column checked before parsing --------------------------------------


def expand_inputs(patterns: list[str | Path]) -> list[Path]:
    """Input paths; a pattern with ``*``, ``?`` or ``[`` that is not a file is a glob."""
    import glob

    paths: list[Path] = []
    for pattern in patterns:
        text = str(pattern)
        matches = sorted(glob.glob(text)) if any(ch in text for ch in "*?[") else []
        paths.extend(Path(m) for m in matches) if matches else paths.append(Path(text))
    return list(dict.fromkeys(paths))


def _input_problem(path: Path, kind: str) -> Problem | None:
    if not path.exists():
        return Problem(str(path), "input does not exist")
    if kind == "folder" and path.is_file():
        real = "jsonl" if path.suffix.lower() in (".jsonl", ".json") else "csv"
        return Problem(
            str(path),
            "a file, not a folder of article files; to import it: "
            f"`framelab import {real} {path} --out DIR`",
        )
    if kind != "folder" and path.is_dir():
        return Problem(
            str(path),
            "a folder, not a file; to import a folder of article files: "
            f"`framelab import folder {path} --metadata META.csv --out DIR`",
        )
    return None


def _folder_names(inputs: list[Path], opts: ImportOptions, problems: list[Problem]):
    if len(inputs) != 1:
        problems.append(Problem("input", "a folder import takes exactly one folder"))
        return None
    if opts.metadata is None:
        problems.append(Problem(str(inputs[0]), "a folder import needs --metadata"))
        return None
    if not opts.metadata.is_file():
        problems.append(Problem(str(opts.metadata), "metadata file does not exist"))
        return None
    names = read_names(opts.metadata, "csv", opts, problems)
    if names is not None:
        check_columns(names, opts, opts.metadata.name, "folder", problems)
    return names


def source_records(
    kind: str, inputs: list[Path], opts: ImportOptions, max_bytes: int, problems: list[Problem]
) -> Iterator[Record] | None:
    """The records of every input, streamed; None if the inputs, options or columns are wrong.

    All of that is checked first, for every input, before one record is parsed.
    """
    n_before = count_errors(problems)
    problems.extend(_option_conflicts(opts))
    problems.extend(p for p in (_input_problem(path, kind) for path in inputs) if p)
    if count_errors(problems) > n_before:
        return None
    numbers = iter(range(1, 1 << 62))
    if kind == "folder":
        names = _folder_names(inputs, opts, problems)
        if count_errors(problems) > n_before or names is None:
            return None
        src = _Source(opts.metadata.name, opts, numbers, max_bytes, problems)
        return _folder_records(inputs[0], names, src)
    headers = [read_names(path, kind, opts, problems) for path in inputs]
    for path, names in zip(inputs, headers, strict=True):
        if names is not None:
            check_columns(names, opts, path.name, kind, problems)
    if count_errors(problems) > n_before:
        return None
    return (
        rec
        for path, names in zip(inputs, headers, strict=True)
        for rec in _table_records(
            path, kind, names, _Source(path.name, opts, numbers, max_bytes, problems)
        )
    )


def validated(records: Iterator[Record], validator: Validator) -> Iterator[Record]:
    """The records that pass the validator, with their metadata normalised (dates)."""
    for rec in records:
        meta = validator.check(rec.meta, rec.shown, rec.line)
        if meta is not None:
            rec.meta = meta
            yield rec


def read_articles(
    source: Path,
    kind: str,
    options: dict,
    validator: Validator,
    max_bytes: int,
    problems: list[Problem],
) -> Iterator[Article]:
    """Articles of a CSV/JSONL corpus read directly with import options (no import needed)."""
    try:
        opts = ImportOptions.from_dict(options)
    except (TypeError, ValueError) as exc:
        problems.append(Problem(str(source), str(exc)))
        return
    records = source_records(kind, [Path(source)], opts, max_bytes, problems)
    if records is None:
        return
    for rec in validated(records, validator):
        yield Article(**rec.meta, file=rec.source, text=rec.text)


# --- writing: a corpus folder or one Parquet file -----------------------------------------------


def _log_row(rec: Record) -> tuple:
    repairs = "; ".join(rec.repairs)
    return (rec.meta["id"], rec.source, rec.encoding, repairs, rec.html)


def _write_rows(path: Path, columns: tuple[str, ...], rows: list[tuple]) -> None:
    """A CSV of tuple rows (the first field is the id), sorted by id."""
    with open(path, "w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(columns)
        writer.writerows(sorted(rows, key=lambda r: r[0]))


def log_path(out: Path) -> Path:
    """Where a Parquet import writes its log: ``corpus.parquet`` -> ``corpus.import_log.csv``."""
    return out.with_name(f"{out.stem}.{LOG_FILE}")


class _Sink:
    """Builds the output in a temporary folder next to it; ``finish`` renames it into place."""

    def __init__(self, out: Path):
        out.parent.mkdir(parents=True, exist_ok=True)
        self.out = out
        self.tmp = Path(tempfile.mkdtemp(prefix=f".{out.name}-", dir=out.parent))
        self.log_rows: list[tuple] = []

    def cleanup(self) -> None:
        shutil.rmtree(self.tmp, ignore_errors=True)


class FolderSink(_Sink):
    def __init__(self, out: Path):
        super().__init__(out)
        (self.tmp / ARTICLES_DIR).mkdir()
        self.meta_rows: list[tuple] = []

    def add(self, rec: Record) -> None:
        name = f"{ARTICLES_DIR}/{rec.meta['id']}.txt"
        (self.tmp / name).write_text(rec.text.rstrip("\n") + "\n", encoding="utf-8")
        self.meta_rows.append(tuple((rec.meta | {"file": name})[c] for c in COLUMNS))
        self.log_rows.append(_log_row(rec))

    def finish(self) -> None:
        _write_rows(self.tmp / METADATA_FILE, COLUMNS, self.meta_rows)
        _write_rows(self.tmp / LOG_FILE, LOG_COLUMNS, self.log_rows)
        if self.out.exists():
            self.out.rmdir()  # an empty folder (checked before parsing)
        self.tmp.rename(self.out)


PARQUET_SCHEMA_COLUMNS = (*PARQUET_COLUMNS, "text")


class ParquetSink(_Sink):
    """Rows are spilled, in runs of :data:`ROW_GROUP_SIZE` sorted by id, to an Arrow IPC file as
    they come; ``finish`` merges the runs (the file is memory-mapped) into a Parquet file sorted
    by id. Memory: one run and one row group, plus the ids."""

    def __init__(self, out: Path):
        import pyarrow as pa

        super().__init__(out)
        self.schema = pa.schema([(c, pa.string()) for c in PARQUET_SCHEMA_COLUMNS])
        self.spill = self.tmp / "rows.arrow"
        self.writer = pa.ipc.new_file(str(self.spill), self.schema)
        self.buffer: list[dict] = []

    def add(self, rec: Record) -> None:
        self.buffer.append({c: rec.meta[c] for c in PARQUET_COLUMNS} | {"text": rec.text})
        self.log_rows.append(_log_row(rec))
        if len(self.buffer) >= ROW_GROUP_SIZE:
            self._flush()

    def _flush(self) -> None:
        import pyarrow as pa

        if self.buffer:
            run = sorted(self.buffer, key=lambda row: row["id"])
            self.writer.write_batch(pa.RecordBatch.from_pylist(run, schema=self.schema))
            self.buffer = []

    def finish(self) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        self._flush()
        self.writer.close()
        target = self.tmp / self.out.name
        with pa.memory_map(str(self.spill)) as source:
            reader = pa.ipc.open_file(source)
            runs = [reader.get_batch(i) for i in range(reader.num_record_batches)]
            with pq.ParquetWriter(target, self.schema, compression="zstd") as writer:
                for block in chunked(_merged(runs), ROW_GROUP_SIZE):
                    writer.write_table(_take(runs, block), row_group_size=ROW_GROUP_SIZE)
        _write_rows(self.tmp / LOG_FILE, LOG_COLUMNS, self.log_rows)
        target.rename(self.out)
        (self.tmp / LOG_FILE).rename(log_path(self.out))


def _merged(runs) -> Iterator[tuple[str, int, int]]:
    """``(id, run, row)`` of every row of the id-sorted runs, in id order (a k-way merge)."""
    import heapq

    ids = [run.column(0).to_pylist() for run in runs]
    return heapq.merge(*[[(rid, r, i) for i, rid in enumerate(run)] for r, run in enumerate(ids)])


def _take(runs, block: list[tuple[str, int, int]]):
    """The rows of ``block`` (from several runs) as one table, in the block's order."""
    import pyarrow as pa

    by_run: dict[int, list[tuple[int, int]]] = {}
    for pos, (_, r, i) in enumerate(block):
        by_run.setdefault(r, []).append((pos, i))
    pieces, positions = [], []
    for r, items in by_run.items():
        pieces.append(runs[r].take(pa.array([i for _, i in items])))
        positions += [pos for pos, _ in items]
    table = pa.Table.from_batches(pieces).combine_chunks()
    inverse = sorted(range(len(positions)), key=positions.__getitem__)
    return table.take(pa.array(inverse))


def _output_problem(out: Path, out_format: str) -> Problem | None:
    if out_format not in OUT_FORMATS:
        return Problem(str(out), f"output format must be folder or parquet, not {out_format!r}")
    if out_format == "folder" and out.exists() and (out.is_file() or any(out.iterdir())):
        return Problem(str(out), "output folder exists and is not empty")
    if out_format == "parquet":
        for path in (out, log_path(out)):
            if path.exists():
                return Problem(str(path), "output file exists")
    return None


def import_corpus(
    kind: str,
    inputs: list[Path],
    out: Path,
    opts: ImportOptions,
    camps: tuple[str, ...] | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    out_format: str = "folder",
) -> tuple[int, list[Problem]]:
    """Import a corpus; return the number of articles written and the warnings, or raise
    :class:`InputError`.

    The output, the inputs and every named column are checked before anything is parsed; the
    output is written only if no record has an error.
    """
    from tqdm.auto import tqdm

    problems: list[Problem] = []
    wrong_out = _output_problem(out, out_format)
    problems.extend([wrong_out] if wrong_out else [])
    records = source_records(kind, [Path(p) for p in inputs], opts, max_bytes, problems)
    if count_errors(problems) or records is None:
        raise InputError(problems)
    sink = FolderSink(out) if out_format == "folder" else ParquetSink(out)
    try:
        n = 0
        for rec in tqdm(
            validated(records, Validator(camps, problems)),
            desc="import",
            unit="article",
            disable=None,
        ):
            sink.add(rec)
            n += 1
        if not n and not problems:
            problems.append(Problem(", ".join(str(p) for p in inputs), "no articles found"))
        if count_errors(problems):
            raise InputError(problems)
        sink.finish()
    finally:
        sink.cleanup()
    return n, [p for p in problems if p.severity == "warning"]
