"""Corpora: the one record validator, and reading a corpus in chunks from any source format.

Formats: ``folder`` (``metadata.csv`` + ``articles/<id>.txt``, the layout ``framelab import``
writes), ``parquet`` (one file, ``framelab import --format parquet``), and ``csv``/``jsonl`` read
directly with the options of ``framelab import`` (see :mod:`framelab.io.importing`). Every record of
every format goes through :class:`Validator` (ids, duplicates, camps, dates, empty fields), so
``import``, ``check`` and ``clean`` accept and reject exactly the same input.

Validation collects every problem (file, line, what is wrong) so a researcher can fix them all in
one pass; :class:`framelab.errors.InputError` carries the list.
"""

from __future__ import annotations

import csv
import logging
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from itertools import islice
from pathlib import Path

from framelab.errors import InputError, Problem
from framelab.io.textio import DEFAULT_MAX_BYTES, has_mojibake, looks_binary

log = logging.getLogger(__name__)

METADATA_FILE = "metadata.csv"
ARTICLES_DIR = "articles"
COLUMNS = ("id", "file", "title", "outlet", "camp", "language", "published", "camp_evidence")
PARQUET_COLUMNS = ("id", "camp", "title", "outlet", "language", "published", "camp_evidence")
FORMATS = ("folder", "csv", "jsonl", "parquet")
UNKNOWN = "unknown"
ID_PATTERN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]*$")
ARTICLE_SUFFIXES = (".txt",)
DEFAULT_CHUNK_SIZE = 1000
REQUIRED_FIELDS = ("title", "outlet", "language", "camp_evidence")
_PLAIN_DATE = re.compile(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$")
_DATE_TIME = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})([T ]\d.*)$")
_GERMAN_DATE = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})$")


@dataclass(frozen=True)
class Article:
    """One raw article: its metadata row and its text exactly as read (decoded UTF-8)."""

    id: str
    file: str
    title: str
    outlet: str
    camp: str
    language: str
    published: str
    camp_evidence: str
    text: str

    @property
    def meta(self) -> dict[str, str]:
        return {c: getattr(self, c) for c in COLUMNS}


# --- the one validator ---------------------------------------------------------------------


def normalise_date(value: str) -> str:
    """An ISO 8601 date (``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``) or ``unknown``.

    Unpadded dates are padded (``2020-3-1`` -> ``2020-03-01``), a date-time keeps its date as
    written, in its own UTC offset (``2021-03-25T06:32:31+01:00`` -> ``2021-03-25``), a German
    date is turned round (``25.3.2021`` -> ``2021-03-25``). Raise ``ValueError`` (the message
    names the value) for anything else, including impossible dates.
    """
    value = value.strip()
    if value == UNKNOWN:
        return UNKNOWN
    if stamp := _DATE_TIME.match(value):
        year, month, day, time = stamp.groups()
        padded = f"{year}-{int(month):02d}-{int(day):02d}T{time[1:]}"
        try:
            return datetime.fromisoformat(padded).date().isoformat()
        except ValueError:
            raise ValueError(f"published {value!r} is not a valid ISO 8601 date-time") from None
    german = _GERMAN_DATE.match(value)
    parts = (german.group(3), german.group(2), german.group(1)) if german else None
    plain = _PLAIN_DATE.match(value)
    if plain:
        parts = plain.groups()
    if parts is None:
        raise ValueError(
            f"published {value!r} is neither an ISO 8601 date (YYYY-MM-DD, YYYY-MM, YYYY, "
            "or a date-time) nor 'unknown'"
        )
    year, month, day = (int(p) if p else None for p in parts)
    try:
        date(year, month or 1, day or 1)
    except ValueError:
        raise ValueError(f"published {value!r} is not a valid date") from None
    return "-".join([f"{year:04d}", *(f"{p:02d}" for p in (month, day) if p is not None)])


@dataclass
class Validator:
    """Checks metadata records one by one and remembers the ids seen (for duplicates).

    ``camps=None`` accepts whatever camps are present (but every article needs one); a tuple is
    an allow-list.
    """

    camps: tuple[str, ...] | None
    problems: list[Problem]
    seen: dict[str, tuple[str, int | None]] = field(default_factory=dict)

    def _error(self, shown: str, message: str, line: int | None) -> None:
        self.problems.append(Problem(shown, message, line))

    def _check_id(self, rid: str, shown: str, line: int | None) -> bool:
        if not ID_PATTERN.match(rid):
            self._error(shown, f"id {rid!r} is empty or has invalid characters", line)
            return False
        if rid in self.seen:
            file, first = self.seen[rid]
            where = f"line {first}" if file == shown else f"{file}:{first}"
            self._error(shown, f"duplicate id {rid!r} (first on {where})", line)
            return False
        self.seen[rid] = (shown, line)
        return True

    def _check_camp(self, camp: str, shown: str, line: int | None) -> bool:
        if self.camps is not None and camp not in self.camps:
            allowed = ", ".join(self.camps)
            self._error(shown, f"camp {camp!r} is not one of: {allowed}", line)
            return False
        if self.camps is None and camp in ("", UNKNOWN):
            self._error(shown, "camp is empty or 'unknown' (every article needs a camp)", line)
            return False
        return True

    def check(self, meta: dict[str, str], shown: str, line: int | None) -> dict[str, str] | None:
        """The record with its date normalised, or None (the problems are recorded)."""
        ok = self._check_id(meta["id"], shown, line)
        ok = self._check_camp(meta["camp"], shown, line) and ok
        try:
            meta = meta | {"published": normalise_date(meta["published"])}
        except ValueError as exc:
            self._error(shown, str(exc), line)
            ok = False
        for column in REQUIRED_FIELDS:
            if not meta[column]:
                self._error(shown, f"{column} is empty (write 'unknown' if unknown)", line)
                ok = False
        return meta if ok else None


def check_text(
    text: str, shown: str, line: int | None, max_bytes: int, problems: list[Problem]
) -> bool:
    """Size, emptiness and mojibake (a warning) of an article text already decoded."""
    size = len(text.encode("utf-8"))
    if size > max_bytes:
        problems.append(
            Problem(
                shown,
                f"{size:,} bytes is larger than the limit of "
                f"{max_bytes:,} bytes per article (corpus.max_bytes)",
                line,
            )
        )
        return False
    if not text.strip():
        problems.append(Problem(shown, "article text is empty", line))
        return False
    if has_mojibake(text):
        problems.append(
            Problem(
                shown,
                "looks like mojibake (e.g. 'Ã¼' for 'ü'); `framelab import` repairs it",
                line,
                severity="warning",
            )
        )
    return True


# --- folder corpora --------------------------------------------------------------------------


def _not_a_folder(path: Path) -> Problem | None:
    """A problem if ``path`` is not a corpus folder: missing, or a file."""
    kinds = {".csv": "csv", ".tsv": "csv", ".jsonl": "jsonl", ".json": "jsonl"}
    if path.is_file():
        if path.suffix.lower() == ".parquet":
            return Problem(
                str(path), "a Parquet file, not a corpus folder: read it as format parquet"
            )
        kind = kinds.get(path.suffix.lower(), "csv")
        return Problem(
            str(path),
            "a file, not a corpus folder (metadata.csv + articles/); import it with "
            f"`framelab import {kind} {path} --out DIR`",
        )
    if not path.exists():
        return Problem(
            str(path),
            "no such corpus folder; create one with "
            f"`framelab import folder|csv|jsonl INPUT --out {path}` (or, for a study, point "
            "corpus.source in its study.yaml at your corpus and run `framelab study use`)",
        )
    if not (path / METADATA_FILE).is_file():
        return Problem(f"{path.name}/{METADATA_FILE}", _missing_metadata(path))
    return None


def _missing_metadata(path: Path) -> str:
    """Why a folder is no corpus; for a folder of raw pages or texts, the command to import it."""
    suffixes = {f.suffix.lower() for f in path.iterdir() if f.is_file()}
    html = bool(suffixes & {".html", ".htm"})
    if not (html or ".txt" in suffixes):
        return "metadata file is missing"
    return (
        "metadata file is missing: this looks like a folder of raw "
        f"{'HTML pages' if html else 'text files'}, not a corpus folder; import it with "
        f"`framelab import folder {path} --metadata META.csv"
        f"{' --html' if html else ''} --out DIR` (META.csv: one row per file, column 'file')"
    )


def csv_records(
    reader, shown: str, n_fields: int, quotechar: str, problems: list[Problem], hint: str = ""
) -> Iterator[tuple[int, list[str]]]:
    """``(first physical line, record)`` of a csv reader; wrong field counts (followed by
    ``hint``) and malformed CSV are problems naming the record's FIRST line (a quoted field
    can span several)."""
    start = reader.line_num + 1
    try:
        for record in reader:
            line, start = start, reader.line_num + 1
            if not any(f.strip() for f in record):
                continue
            if len(record) != n_fields:
                message = f"expected {n_fields} fields, found {len(record)}{hint}"
                problems.append(Problem(shown, message, line))
                continue
            yield line, record
    except csv.Error as exc:
        problems.append(Problem(shown, csv_error_message(exc, quotechar), start))


def _metadata_rows(corpus_dir: Path, problems: list[Problem]) -> Iterator[tuple[int, dict]]:
    """Rows of metadata.csv with their first line numbers; structural problems are appended."""
    shown = f"{corpus_dir.name}/{METADATA_FILE}"
    with open(corpus_dir / METADATA_FILE, encoding="utf-8-sig", newline="") as fh:
        reader = csv.reader(fh, strict=True)
        try:
            header = next(reader, None)
            if header is None:
                problems.append(Problem(shown, "metadata file is empty"))
                return
            missing = [c for c in COLUMNS if c not in header]
            if missing:
                problems.append(Problem(shown, f"missing column(s): {', '.join(missing)}", 1))
                return
            for line, record in csv_records(reader, shown, len(header), '"', problems):
                yield line, {k: v.strip() for k, v in zip(header, record, strict=True)}
        except csv.Error as exc:
            problems.append(Problem(shown, csv_error_message(exc, '"'), 1))
        except UnicodeDecodeError as exc:
            problems.append(Problem(shown, f"not valid UTF-8 ({exc.reason})"))


def csv_error_message(exc: csv.Error, quotechar: str) -> str:
    reason = str(exc)
    if "unexpected end of data" in reason or "EOF" in reason:
        return f"malformed CSV: unbalanced quote character {quotechar!r} (unexpected end of data)"
    if "field larger than field limit" in reason:
        return "malformed CSV: a field is larger than the limit per article (corpus.max_bytes)"
    return f"malformed CSV: {reason}"


def _read_text(path: Path, shown: str, problems: list[Problem], max_bytes: int) -> str | None:
    size = path.stat().st_size
    if size > max_bytes:  # judged before reading: no memory blow-up
        problems.append(
            Problem(
                shown,
                f"{size:,} bytes is larger than the limit of "
                f"{max_bytes:,} bytes per article (corpus.max_bytes)",
            )
        )
        return None
    data = path.read_bytes()
    if looks_binary(data):
        problems.append(Problem(shown, "binary data (NUL or control bytes), not a text file"))
        return None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        message = (
            f"not valid UTF-8 (byte {exc.start}); `framelab import` detects and "
            "transcodes other encodings"
        )
        problems.append(Problem(shown, message, line))
        return None
    return text if check_text(text, shown, None, max_bytes, problems) else None


def _orphans(corpus_dir: Path, referenced: set[Path], problems: list[Problem]) -> None:
    articles_dir = corpus_dir / ARTICLES_DIR
    if not articles_dir.is_dir():
        return
    for path in sorted(articles_dir.iterdir()):
        if path.suffix in ARTICLE_SUFFIXES and path.resolve() not in referenced:
            shown = f"{corpus_dir.name}/{ARTICLES_DIR}/{path.name}"
            problems.append(Problem(shown, "article file has no row in metadata.csv"))


def read_folder(
    corpus_dir: Path, validator: Validator, max_bytes: int, problems: list[Problem]
) -> Iterator[Article]:
    """Articles of a corpus folder, one by one, in metadata order; problems are appended."""
    corpus_dir = Path(corpus_dir)
    wrong = _not_a_folder(corpus_dir)
    if wrong is not None:
        problems.append(wrong)
        return
    shown_meta = f"{corpus_dir.name}/{METADATA_FILE}"
    n_before = len(problems)
    referenced: set[Path] = set()
    for line, row in _metadata_rows(corpus_dir, problems):
        meta = validator.check(row, shown_meta, line)
        path = corpus_dir / row["file"]
        referenced.add(path.resolve())
        if not path.is_file():
            problems.append(Problem(shown_meta, f"file {row['file']!r} does not exist", line))
            continue
        if meta is None:
            continue
        text = _read_text(path, f"{corpus_dir.name}/{row['file']}", problems, max_bytes)
        if text is not None:
            yield Article(**{c: meta[c] for c in COLUMNS}, text=text)
    # orphan files can only be judged when the header was readable (row errors do not matter)
    if not any(p.file == shown_meta and p.line in (None, 1) for p in problems[n_before:]):
        _orphans(corpus_dir, referenced, problems)


# --- Parquet corpora -------------------------------------------------------------------------


def read_parquet(
    path: Path, validator: Validator, max_bytes: int, problems: list[Problem]
) -> Iterator[Article]:
    """Articles of a Parquet corpus (``framelab import --format parquet``), batch by batch."""
    import pyarrow.parquet as pq

    path, shown = Path(path), Path(path).name
    if not path.is_file():
        problems.append(Problem(str(path), "no such Parquet file"))
        return
    try:
        pf = pq.ParquetFile(path)
    except Exception as exc:
        problems.append(Problem(shown, f"not a readable Parquet file ({exc})"))
        return
    missing = [c for c in (*PARQUET_COLUMNS, "text") if c not in pf.schema_arrow.names]
    if missing:
        present = ", ".join(pf.schema_arrow.names)
        problems.append(
            Problem(
                shown,
                f"missing column(s): {', '.join(missing)} (columns: {present}); a framelab "
                "Parquet corpus is written by `framelab import … --format parquet`, which maps "
                "your columns (--text, --id, …)",
            )
        )
        return
    row = 0
    for batch in pf.iter_batches(batch_size=DEFAULT_CHUNK_SIZE, columns=[*PARQUET_COLUMNS, "text"]):
        for record in batch.to_pylist():
            row += 1
            meta = {c: "" if record[c] is None else str(record[c]) for c in PARQUET_COLUMNS}
            meta = validator.check(meta, shown, row)
            text = record["text"] or ""
            if meta is not None and check_text(text, shown, row, max_bytes, problems):
                yield Article(**meta, file=f"{shown}:{row}", text=text)


# --- any source, in chunks ---------------------------------------------------------------------


def read_source(
    source: Path,
    format: str,
    options: dict | None,
    camps: tuple[str, ...] | None,
    max_bytes: int,
    problems: list[Problem],
) -> Iterator[Article]:
    """Articles of any corpus source one by one, validated; problems are appended, not raised."""
    validator = Validator(camps, problems)
    if format == "folder":
        return read_folder(Path(source), validator, max_bytes, problems)
    if format == "parquet":
        return read_parquet(Path(source), validator, max_bytes, problems)
    if format in ("csv", "jsonl"):
        from framelab.io.importing import read_articles

        return read_articles(Path(source), format, options or {}, validator, max_bytes, problems)
    raise ValueError(f"corpus format must be one of {', '.join(FORMATS)}, not {format!r}")


def chunked(items: Iterable, size: int) -> Iterator[list]:
    """Lists of at most ``size`` items."""
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


def iter_corpus(
    source: Path,
    format: str = "folder",
    options: dict | None = None,
    camps: tuple[str, ...] | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    chunk_size: int = DEFAULT_CHUNK_SIZE,
) -> Iterator[list[Article]]:
    """A corpus in chunks of ``chunk_size`` articles (source order), with bounded memory.

    Every record is validated as it is read; valid articles are yielded. After the last chunk,
    :class:`InputError` is raised if there was any error (so a stage must write nothing until
    the iteration has ended); warnings are logged.
    """
    problems: list[Problem] = []
    yield from chunked(read_source(source, format, options, camps, max_bytes, problems), chunk_size)
    errors = [p for p in problems if p.severity == "error"]
    if errors:
        raise InputError(errors)
    for p in problems:
        log.warning("%s", p)


# --- summaries and the old whole-corpus API --------------------------------------------------


@dataclass
class Summary:
    """What a corpus holds: articles per camp and outlet, dates, characters."""

    articles: int = 0
    chars: int = 0
    camps: Counter = field(default_factory=Counter)
    outlets: Counter = field(default_factory=Counter)
    dates: list[str] = field(default_factory=list)  # [first, last] known date
    unknown_dates: int = 0
    quote_marks: int = 0  # quotation marks of every style

    def add(self, article: Article) -> None:
        from framelab.text import count_quote_marks

        self.articles += 1
        self.chars += len(article.text)
        self.quote_marks += sum(count_quote_marks(article.text).values())
        self.camps[article.camp] += 1
        self.outlets[article.outlet] += 1
        if article.published == UNKNOWN:
            self.unknown_dates += 1
        else:
            d = article.published
            self.dates = [min(self.dates[0], d), max(self.dates[1], d)] if self.dates else [d, d]

    def lines(self) -> list[str]:
        camps = ", ".join(f"{c} {n:,}" for c, n in sorted(self.camps.items()))
        outlets = ", ".join(f"{o} {n:,}" for o, n in self.outlets.most_common())
        dates = f"{self.dates[0]} to {self.dates[1]}" if self.dates else "none known"
        return [
            f"{self.articles:,} articles, {self.chars:,} characters",
            f"camps: {camps}",
            f"outlets: {outlets}",
            f"dates: {dates} ({self.unknown_dates:,} unknown)",
            f"quotation marks: {self.quote_marks / max(self.articles, 1):.1f} per article "
            "(all articles, before cleaning)",
        ]


def validate_source(
    source: Path,
    format: str = "folder",
    options: dict | None = None,
    camps: tuple[str, ...] | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> tuple[Summary, list[Problem]]:
    """Read a whole source once (bounded memory); its summary and every problem."""
    problems: list[Problem] = []
    summary = Summary()
    for article in read_source(source, format, options, camps, max_bytes, problems):
        summary.add(article)
    if not summary.articles and not any(p.severity == "error" for p in problems):
        problems.append(Problem(str(source), "corpus has no articles"))
    return summary, problems


def corpus_summary(
    source: Path,
    format: str = "folder",
    options: dict | None = None,
    camps: tuple[str, ...] | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Summary:
    """The summary of a valid corpus; raise :class:`InputError` if it has errors."""
    summary, problems = validate_source(source, format, options, camps, max_bytes)
    errors = [p for p in problems if p.severity == "error"]
    if errors:
        raise InputError(errors)
    return summary


def parse_camps(value: str | Iterable[str] | None) -> tuple[str, ...] | None:
    """``"a,b,c"`` -> ``("a", "b", "c")``; None or empty -> None (whatever camps are present)."""
    if value is None:
        return None
    items = value.split(",") if isinstance(value, str) else value
    camps = tuple(str(c).strip() for c in items if str(c).strip())
    return camps or None


def validate_corpus(
    corpus_dir: Path, camps: tuple[str, ...] | None = None, max_bytes: int = DEFAULT_MAX_BYTES
) -> tuple[list[Article], list[Problem]]:
    """Read a corpus folder whole; return its articles (sorted by id) and every problem."""
    problems: list[Problem] = []
    articles = list(read_folder(Path(corpus_dir), Validator(camps, problems), max_bytes, problems))
    if not articles and not any(p.severity == "error" for p in problems):
        problems.append(
            Problem(f"{Path(corpus_dir).name}/{METADATA_FILE}", "corpus has no articles")
        )
    return sorted(articles, key=lambda a: a.id), problems


def load_corpus(
    corpus_dir: Path, camps: tuple[str, ...] | None = None, max_bytes: int = DEFAULT_MAX_BYTES
) -> list[Article]:
    """Read and validate a corpus folder; raise :class:`InputError` listing every error.

    Warnings (e.g. suspected mojibake) are logged, not raised.
    """
    articles, problems = validate_corpus(corpus_dir, camps, max_bytes)
    errors = [p for p in problems if p.severity == "error"]
    if errors:
        raise InputError(errors)
    for p in problems:
        log.warning("%s", p)
    return articles
