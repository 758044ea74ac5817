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
        problems.append(Problem(shown, f"malformed CSV: {exc}", reader.line_num))
    return rows


def _check_row(row: dict[str, str], line: int, shown: str, problems: list[Problem]) -> None:
    if not ID_PATTERN.match(row["id"]):
        problems.append(
            Problem(shown, f"id {row['id']!r} is empty or has invalid characters", line)
        )
    if row["camp"] not in CAMPS:
        allowed = ", ".join(CAMPS)
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


def _read_text(path: Path, shown: str, problems: list[Problem]) -> str | None:
    data = path.read_bytes()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        problems.append(Problem(shown, f"not valid UTF-8 (byte {exc.start})", line))
        return None
    if "\x00" in text:
        problems.append(Problem(shown, "contains NUL bytes: not a text file"))
        return None
    if not text.strip():
        problems.append(Problem(shown, "article text is empty"))
        return None
    return text


def load_corpus(corpus_dir: Path) -> list[Article]:
    """Read and validate a corpus folder; raise :class:`InputError` listing every problem."""
    corpus_dir = Path(corpus_dir)
    problems: list[Problem] = []
    shown_meta = f"{corpus_dir.name}/{METADATA_FILE}"
    rows = _read_metadata(corpus_dir, problems)
    metadata_readable = not problems
    seen: dict[str, int] = {}
    articles: list[Article] = []
    referenced: set[Path] = set()
    for line, row in rows:
        _check_row(row, line, shown_meta, problems)
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
        text = _read_text(path, f"{corpus_dir.name}/{row['file']}", problems)
        if text is not None:
            articles.append(Article(**row, text=text))
    articles_dir = corpus_dir / ARTICLES_DIR
    if metadata_readable and articles_dir.is_dir():
        for path in sorted(articles_dir.iterdir()):
            if path.suffix in ARTICLE_SUFFIXES and path.resolve() not in referenced:
                shown = f"{corpus_dir.name}/{ARTICLES_DIR}/{path.name}"
                problems.append(Problem(shown, "article file has no row in metadata.csv"))
    if problems:
        raise InputError(problems)
    if not articles:
        raise InputError([Problem(shown_meta, "corpus has no articles")])
    return sorted(articles, key=lambda a: a.id)
