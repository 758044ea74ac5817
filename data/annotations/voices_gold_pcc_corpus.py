#!/usr/bin/env python3
"""The 176 newspaper commentaries of the Potsdam Commentary Corpus 2.2, as plain text (JSONL).

Held-out text of a fourth kind for the attribution benchmark: op-ed commentaries of a German
regional newspaper (Märkische Allgemeine Zeitung, 2001-2002), the genre in which a framing
study most needs the narrator's voice kept apart from the voices it quotes. Source: the
corpus's primary text, PeterBourgonje/pcc2.2, ``primary-data/maz-NNNNN.txt`` at commit
8fdbe67 (the snapshot fetched on 2026-12-06; its full id is written into every record).

Licence: CC BY-NC-SA 4.0 (Bourgonje & Stede 2020, "The Potsdam Commentary Corpus 2.2",
LREC; Stede 2004). The texts are not copied into this repository: this script rebuilds them
from a clone. Each file: an optional byline in capitals (``author``), the headline
(``title``, not coded), a blank line, then the text, one paragraph a line or a paragraph of
hard-wrapped lines (joined by a space); paragraphs are separated by a blank line in the
output. Ids ``pcc_NNNNN`` from the file names.

Run: python3 data/annotations/voices_gold_pcc_corpus.py PCC_CLONE > /tmp/pcc/articles.jsonl
"""

import json
import subprocess
import sys
from pathlib import Path

REPO = "PeterBourgonje/pcc2.2"


def paragraphs(lines: list[str]) -> list[list[str]]:
    """Runs of non-blank lines, each a paragraph (leading and trailing blanks dropped)."""
    runs, current = [], []
    for line in lines:
        if line.strip():
            current.append(line.strip())
        elif current:
            runs.append(current)
            current = []
    return runs + ([current] if current else [])


def is_byline(line: str) -> bool:
    """An author line: only capitals, spaces, dots and hyphens."""
    letters = [c for c in line if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


def record(path: Path, commit: str) -> dict:
    """One commentary: byline, headline and text."""
    header, *body = paragraphs(path.read_text(encoding="utf-8").split("\n"))
    author = header[0] if len(header) > 1 and is_byline(header[0]) else ""
    title = " – ".join(header[1:] if author else header)
    return {
        "id": "pcc_" + path.stem.removeprefix("maz-"),
        "pcc_file": path.name,
        "publisher": "Märkische Allgemeine",
        "author": author,
        "source_repo": REPO,
        "source_path": f"primary-data/{path.name}",
        "commit": commit,
        "title": title,
        "text": "\n\n".join(" ".join(p) for p in body),
    }


def main(clone: str) -> None:
    """Every commentary of the clone, in file-name order, one JSON line each on stdout."""
    commit = subprocess.run(
        ["git", "-C", clone, "rev-parse", "HEAD"], capture_output=True, text=True, check=True
    ).stdout.strip()
    for path in sorted(Path(clone, "primary-data").glob("maz-*.txt")):
        print(json.dumps(record(path, commit), ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv[1])
