"""The raw corpus layout (``articles/<id>.txt`` + ``metadata.csv``): loading and validation.

Validation collects every problem (file, line, what is wrong) before anything is processed, so a
researcher can fix them all in one pass; :class:`framelab.errors.InputError` carries the list.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from pathlib import Path

from framelab.errors import InputError, Problem
from framelab.textio import DEFAULT_MAX_BYTES, has_mojibake, looks_binary

METADATA_FILE = "metadata.csv"
ARTICLES_DIR = "articles"
COLUMNS = ("id", "file", "title", "outlet", "camp", "language", "published", "camp_evidence")
CAMPS = ("russian_state", "western_agency", "other")
UNKNOWN = "unknown"
ID_PATTERN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]*$")
DATE_PATTERN = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
ARTICLE_SUFFIXES = (".txt",)


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


def _read_metadata(corpus_dir: Path, problems: list[Problem]) -> list[tuple[int, dict[str, str]]]:
    """Rows of metadata.csv with their line numbers; structural problems are appended."""
    path = corpus_dir / METADATA_FILE
    shown = f"{corpus_dir.name}/{METADATA_FILE}"
    if not path.is_file():
        problems.append(Problem(shown, "metadata file is missing"))
        return []
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = path.read_bytes()[: exc.start].count(b"\n") + 1
        problems.append(Problem(shown, f"not valid UTF-8 (byte {exc.start})", line))
        return []
    reader = csv.reader(text.splitlines(keepends=True), strict=True)
    rows: list[tuple[int, dict[str, str]]] = []
    try:
        header = next(reader, None)
        if header is None:
            problems.append(Problem(shown, "metadata file is empty"))
            return []
        missing = [c for c in COLUMNS if c not in header]
        if missing:
            problems.append(Problem(shown, f"missing column(s): {', '.join(missing)}", 1))
            return []
        for record in reader:
            line = reader.line_num
            if not any(field.strip() for field in record):
                continue
            if len(record) != len(header):
                problems.append(
                    Problem(shown, f"expected {len(header)} fields, found {len(record)}", line)
                )
                continue
            rows.append((line, {k: v.strip() for k, v in zip(header, record, strict=True)}))
    except csv.Error as exc:
        reason = str(exc)
        if "unexpected end of data" in reason:
            reason = "unbalanced quote character '\"' (unexpected end of data)"
        problems.append(Problem(shown, f"malformed CSV: {reason}", reader.line_num))
    return rows


def _check_row(
    row: dict[str, str],
    line: int,
    shown: str,
    problems: list[Problem],
    camps: tuple[str, ...] = CAMPS,
) -> None:
    if not ID_PATTERN.match(row["id"]):
        problems.append(
            Problem(shown, f"id {row['id']!r} is empty or has invalid characters", line)
        )
    if row["camp"] not in camps:
        allowed = ", ".join(camps)
        problems.append(Problem(shown, f"camp {row['camp']!r} is not one of: {allowed}", line))
    if row["published"] != UNKNOWN and not DATE_PATTERN.match(row["published"]):
        problems.append(
            Problem(
                shown, f"published {row['published']!r} is neither ISO date nor 'unknown'", line
            )
        )
    for column in ("title", "outlet", "language", "camp_evidence"):
        if not row[column]:
            problems.append(Problem(shown, f"{column} is empty (write 'unknown' if unknown)", line))


def _read_text(
    path: Path, shown: str, problems: list[Problem], max_bytes: int = DEFAULT_MAX_BYTES
) -> str | None:
    size = path.stat().st_size
    if size > max_bytes:
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
        problems.append(
            Problem(
                shown,
                f"not valid UTF-8 (byte {exc.start}); `framelab import` "
                "detects and transcodes other encodings",
                line,
            )
        )
        return None
    if not text.strip():
        problems.append(Problem(shown, "article text is empty"))
        return None
    if has_mojibake(text):
        problems.append(
            Problem(
                shown,
                "looks like mojibake (e.g. 'Ã¼' for 'ü'); `framelab import` repairs it",
                severity="warning",
            )
        )
    return text


def parse_camps(value: str | tuple[str, ...] | None) -> tuple[str, ...]:
    """``"a,b,c"`` -> ``("a", "b", "c")``; None -> the default camps."""
    if value is None:
        return CAMPS
    if isinstance(value, str):
        return tuple(c.strip() for c in value.split(",") if c.strip())
    return tuple(value)


def validate_corpus(
    corpus_dir: Path, camps: tuple[str, ...] = CAMPS, max_bytes: int = DEFAULT_MAX_BYTES
) -> tuple[list[Article], list[Problem]]:
    """Read a corpus folder; return its articles and every problem (errors and warnings)."""
    corpus_dir = Path(corpus_dir)
    problems: list[Problem] = []
    shown_meta = f"{corpus_dir.name}/{METADATA_FILE}"
    rows = _read_metadata(corpus_dir, problems)
    # orphan files can only be judged when the header was readable (row errors do not matter)
    metadata_readable = not any(p.line in (None, 1) for p in problems)
    seen: dict[str, int] = {}
    articles: list[Article] = []
    referenced: set[Path] = set()
    for line, row in rows:
        _check_row(row, line, shown_meta, problems, camps)
        if row["id"] in seen:
            problems.append(
                Problem(
                    shown_meta,
                    f"duplicate id {row['id']!r} (first on line {seen[row['id']]})",
                    line,
                )
            )
            continue
        seen[row["id"]] = line
        path = corpus_dir / row["file"]
        referenced.add(path.resolve())
        if not path.is_file():
            problems.append(Problem(shown_meta, f"file {row['file']!r} does not exist", line))
            continue
        text = _read_text(path, f"{corpus_dir.name}/{row['file']}", problems, max_bytes)
        if text is not None:
            articles.append(Article(**{c: row[c] for c in COLUMNS}, text=text))
    articles_dir = corpus_dir / ARTICLES_DIR
    if metadata_readable and articles_dir.is_dir():
        for path in sorted(articles_dir.iterdir()):
            if path.suffix in ARTICLE_SUFFIXES and path.resolve() not in referenced:
                shown = f"{corpus_dir.name}/{ARTICLES_DIR}/{path.name}"
                problems.append(Problem(shown, "article file has no row in metadata.csv"))
    if not articles and not any(p.severity == "error" for p in problems):
        problems.append(Problem(shown_meta, "corpus has no articles"))
    return sorted(articles, key=lambda a: a.id), problems


def load_corpus(
    corpus_dir: Path, camps: tuple[str, ...] = CAMPS, max_bytes: int = DEFAULT_MAX_BYTES
) -> list[Article]:
    """Read and validate a corpus folder; raise :class:`InputError` listing every error.

    Warnings (e.g. suspected mojibake) are logged, not raised.
    """
    import logging

    articles, problems = validate_corpus(corpus_dir, camps, max_bytes)
    errors = [p for p in problems if p.severity == "error"]
    if errors:
        raise InputError(errors)
    for p in problems:
        logging.getLogger(__name__).warning("%s", p)
    return articles
