"""``framelab import``: bring a researcher's corpus into the standard layout.

Sources: a folder of ``.txt``/``.md``/``.html`` files with a metadata CSV, one CSV/TSV file with a
column mapping, or JSON Lines. The result is ``<out>/articles/<id>.txt`` (UTF-8, LF),
``<out>/metadata.csv`` and ``<out>/import_log.csv`` (per article: source, encoding and every
repair). Every problem is collected; if there is any, nothing is written (the output is built
in a temporary folder and renamed into place only when complete). The input is never modified.
"""

from __future__ import annotations

import csv
import json
import re
import shutil
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from framelab.corpus import ARTICLES_DIR, COLUMNS, ID_PATTERN, METADATA_FILE, UNKNOWN
from framelab.errors import InputError, Problem
from framelab.textio import DEFAULT_MAX_BYTES, TextProblem, decode

TEXT_SUFFIXES = (".txt", ".md", ".html", ".htm")
LOG_FILE = "import_log.csv"
LOG_COLUMNS = ("id", "source", "encoding", "repairs", "html_extracted")


@dataclass
class Mapping:
    """Which input column/field holds what. ``camp`` fixes one camp for every article."""

    text: str = "text"
    id: str | None = "id"
    camp: str | None = "camp"
    camp_value: str | None = None
    title: str | None = "title"
    outlet: str | None = "outlet"
    published: str | None = "published"
    language: str | None = "language"
    camp_evidence: str | None = "camp_evidence"
    id_prefix: str = "doc"
    html: bool = False


@dataclass
class Record:
    meta: dict[str, str]
    text: str
    source: str
    encoding: str = "utf-8"
    repairs: list[str] = field(default_factory=list)
    html: bool = False


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


def _clean_id(raw: str) -> str:
    return re.sub(r"[^A-Za-z0-9_.-]+", "_", raw.strip()).strip("_.-")


def _meta_from(row: dict, mapping: Mapping, n: int, source: str) -> dict[str, str]:
    def get(col: str | None) -> str:
        value = row.get(col) if col else None
        return str(value).strip() if value not in (None, "") else UNKNOWN

    raw_id = get(mapping.id)
    camp = mapping.camp_value or get(mapping.camp)
    evidence = get(mapping.camp_evidence)
    if evidence == UNKNOWN:
        evidence = (
            f"camp from the input's {mapping.camp!r} field ({source})"
            if not mapping.camp_value
            else f"camp {camp!r} set for the whole import ({source})"
        )
    return dict(
        id=_clean_id(raw_id) if raw_id != UNKNOWN else f"{mapping.id_prefix}{n:05d}",
        title=get(mapping.title),
        outlet=get(mapping.outlet),
        camp=camp,
        language=get(mapping.language),
        published=get(mapping.published),
        camp_evidence=evidence,
    )


def _finish_text(rec_text: str, mapping: Mapping, meta: dict) -> tuple[str, bool]:
    if not mapping.html:
        return rec_text, False
    text, title = extract_html(rec_text)
    if title and meta["title"] == UNKNOWN:
        meta["title"] = title
    return text, True


def read_folder(
    folder: Path, metadata: Path, mapping: Mapping, max_bytes: int, problems: list[Problem]
) -> Iterator[Record]:
    """Articles from files named in a metadata CSV (column ``file``, relative to ``folder``)."""
    rows = list(_read_table(metadata, ",", '"', True, None, problems, max_bytes))
    named = set()
    for line, row in rows:
        name = (row.get("file") or "").strip()
        path = folder / name
        named.add(path.resolve())
        if not name or not path.is_file():
            problems.append(
                Problem(metadata.name, f"file {name!r} does not exist in {folder}", line)
            )
            continue
        if path.stat().st_size > max_bytes:
            problems.append(
                Problem(
                    name,
                    f"{path.stat().st_size:,} bytes is larger than the "
                    f"limit of {max_bytes:,} bytes per article",
                )
            )
            continue
        try:
            decoded = decode(path.read_bytes(), max_bytes)
        except TextProblem as exc:
            problems.append(Problem(name, str(exc)))
            continue
        meta = _meta_from(row, mapping, line, name)
        is_html = mapping.html or path.suffix in (".html", ".htm")
        text, html = _finish_text(
            decoded.text, Mapping(**{**mapping.__dict__, "html": is_html}), meta
        )
        yield Record(meta, text, name, decoded.encoding, decoded.repairs, html)
    for path in sorted(folder.rglob("*")):
        if path.suffix in TEXT_SUFFIXES and path.resolve() not in named:
            problems.append(
                Problem(str(path.relative_to(folder)), "file has no row in the metadata CSV")
            )


def _read_table(
    path: Path,
    delimiter: str,
    quotechar: str,
    header: bool,
    columns: list[str] | None,
    problems: list[Problem],
    max_bytes: int,
) -> Iterator[tuple[int, dict]]:
    try:
        decoded = decode(path.read_bytes(), max_bytes=max(max_bytes * 1000, 1 << 34))
    except TextProblem as exc:
        problems.append(Problem(path.name, str(exc)))
        return
    csv.field_size_limit(max_bytes + 1)
    reader = csv.reader(
        decoded.text.splitlines(keepends=True),
        delimiter=delimiter,
        quotechar=quotechar,
        strict=True,
    )
    names = columns
    try:
        for record in reader:
            if names is None and header:
                names = [c.strip() for c in record]
                continue
            if names is None:
                names = [f"col{i}" for i in range(len(record))]
            if not any(f.strip() for f in record):
                continue
            if len(record) != len(names):
                problems.append(
                    Problem(
                        path.name,
                        f"expected {len(names)} fields, found {len(record)}",
                        reader.line_num,
                    )
                )
                continue
            yield reader.line_num, dict(zip(names, record, strict=True))
    except csv.Error as exc:
        reason = str(exc)
        if "field larger than field limit" in reason:
            reason = f"a field is larger than the limit of {max_bytes:,} bytes per article"
        elif "unexpected end of data" in reason or "EOF" in reason:
            reason = f"malformed CSV: unbalanced quote character {quotechar!r} ({exc})"
        problems.append(Problem(path.name, reason, reader.line_num))


def read_table(
    path: Path,
    mapping: Mapping,
    delimiter: str,
    quotechar: str,
    header: bool,
    columns: list[str] | None,
    max_bytes: int,
    problems: list[Problem],
) -> Iterator[Record]:
    """Articles from one CSV/TSV file: one row per article, text in ``mapping.text``."""
    for line, row in _read_table(path, delimiter, quotechar, header, columns, problems, max_bytes):
        if mapping.text not in row:
            problems.append(
                Problem(path.name, f"no column {mapping.text!r} (columns: {', '.join(row)})", line)
            )
            return
        yield from _record_from(
            row,
            row[mapping.text],
            mapping,
            line,
            f"{path.name}:{line}",
            max_bytes,
            problems,
            path.name,
        )


def read_jsonl(
    path: Path, mapping: Mapping, max_bytes: int, problems: list[Problem]
) -> Iterator[Record]:
    """Articles from JSON Lines: one JSON object per line."""
    try:
        decoded = decode(path.read_bytes(), max_bytes=max(max_bytes * 1000, 1 << 34))
    except TextProblem as exc:
        problems.append(Problem(path.name, str(exc)))
        return
    for line, raw in enumerate(decoded.text.split("\n"), start=1):
        if not raw.strip():
            continue
        try:
            row = json.loads(raw)
        except json.JSONDecodeError as exc:
            problems.append(Problem(path.name, f"not valid JSON: {exc.msg}", line))
            continue
        if not isinstance(row, dict) or mapping.text not in row:
            problems.append(Problem(path.name, f"no field {mapping.text!r}", line))
            continue
        yield from _record_from(
            row,
            str(row[mapping.text]),
            mapping,
            line,
            f"{path.name}:{line}",
            max_bytes,
            problems,
            path.name,
        )


def _record_from(row, text, mapping, line, source, max_bytes, problems, shown):
    try:
        decoded = decode(text.encode("utf-8"), max_bytes)
    except TextProblem as exc:
        problems.append(Problem(shown, f"text: {exc}", line))
        return
    meta = _meta_from(row, mapping, line, source)
    body, html = _finish_text(decoded.text, mapping, meta)
    yield Record(meta, body, source, decoded.encoding, decoded.repairs, html)


def write_corpus(
    records: list[Record], out: Path, camps: tuple[str, ...], problems: list[Problem]
) -> None:
    """Check the records and write the corpus folder, or raise :class:`InputError`."""
    seen: dict[str, str] = {}
    for rec in records:
        rid = rec.meta["id"]
        if not ID_PATTERN.match(rid):
            problems.append(Problem(rec.source, f"id {rid!r} is not usable"))
        if rid in seen:
            problems.append(Problem(rec.source, f"duplicate id {rid!r} (also {seen[rid]})"))
        seen.setdefault(rid, rec.source)
        if rec.meta["camp"] not in camps:
            problems.append(
                Problem(rec.source, f"camp {rec.meta['camp']!r} is not one of: {', '.join(camps)}")
            )
        if not rec.text.strip():
            problems.append(Problem(rec.source, "no text left (HTML without a main text?)"))
    if out.exists() and any(out.iterdir()):
        problems.append(Problem(str(out), "output folder exists and is not empty"))
    if problems:
        raise InputError(problems)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{out.name}-", dir=out.parent))
    try:
        (tmp / ARTICLES_DIR).mkdir()
        with (
            open(tmp / METADATA_FILE, "w", encoding="utf-8", newline="") as meta_fh,
            open(tmp / LOG_FILE, "w", encoding="utf-8", newline="") as log_fh,
        ):
            meta_w = csv.DictWriter(meta_fh, COLUMNS, lineterminator="\n")
            log_w = csv.DictWriter(log_fh, LOG_COLUMNS, lineterminator="\n")
            meta_w.writeheader()
            log_w.writeheader()
            for rec in sorted(records, key=lambda r: r.meta["id"]):
                name = f"{ARTICLES_DIR}/{rec.meta['id']}.txt"
                (tmp / name).write_text(rec.text.rstrip("\n") + "\n", encoding="utf-8")
                meta_w.writerow(rec.meta | {"file": name})
                log_w.writerow(
                    dict(
                        id=rec.meta["id"],
                        source=rec.source,
                        encoding=rec.encoding,
                        repairs="; ".join(rec.repairs),
                        html_extracted=rec.html,
                    )
                )
        if out.exists():
            out.rmdir()
        tmp.rename(out)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def import_corpus(
    kind: str,
    source: Path,
    out: Path,
    mapping: Mapping,
    camps: tuple[str, ...],
    metadata: Path | None = None,
    delimiter: str = ",",
    quotechar: str = '"',
    header: bool = True,
    columns: list[str] | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    progress: bool = False,
) -> int:
    """Import a corpus; return the number of articles written."""
    from tqdm.auto import tqdm

    problems: list[Problem] = []
    if not source.exists():
        raise InputError([Problem(str(source), "input does not exist")])
    if kind == "folder":
        if metadata is None:
            raise InputError([Problem(str(source), "a folder import needs --metadata")])
        records = read_folder(source, metadata, mapping, max_bytes, problems)
    elif kind == "csv":
        records = read_table(
            source, mapping, delimiter, quotechar, header, columns, max_bytes, problems
        )
    elif kind == "jsonl":
        records = read_jsonl(source, mapping, max_bytes, problems)
    else:
        raise ValueError(f"unknown import kind {kind!r}")
    records = list(tqdm(records, desc="import", unit="article", disable=None if progress else True))
    write_corpus(records, out, camps, problems)
    return len(records)
