#!/usr/bin/env python3
"""The German news articles of FANG-COVID from four outlets, as plain text (JSONL).

Held-out news text for the attribution benchmark, drawn after round 52: articles on the
COVID-19 pandemic (2020-2021) from three German newspapers (Tagesspiegel, ZEIT ONLINE,
Süddeutsche Zeitung) and from RT DE (de.rt.com), the German service of the Russian state
broadcaster, the two kinds of outlet a framing study compares. Source: FANG-COVID (Mattern,
Qiao, Kerz, Wiechmann & Strohmaier 2021, "FANG-COVID: A New Large-Scale Benchmark Dataset for
Fake News Detection in German", FEVER workshop), ``articles/N.json`` of the GitHub repository
justusmattern/fang-covid (the snapshot fetched on 2026-12-06; its commit id is written into
every record). The dataset's fake/real label is the outlet's, not the article's, and is not
used.

Licence: the repository states none; the texts are the outlets'. They are not copied into this
repository: this script rebuilds them from a clone, and the gold keeps only the coded sentences,
as for the WMT newspaper sets. The scrape hard-wraps lines inside sentences: a line break is a
paragraph break only after a line ending in . ! ? or a closing quotation mark, otherwise the
lines are joined with a space; paragraphs are separated by a blank line in the output. Ids
``fang_N`` from the file names; the headline (``title``) is not coded.

Run: python3 data/annotations/voices_gold_fang_corpus.py FANG_CLONE > /tmp/fang/articles.jsonl

With ``--strip-quotes`` every double quotation mark („ “ ” " » «) is removed from the text, as
10kGNAD's text has them removed: the same articles and the same gold under the conditions of
the issue's own sections, where direct speech is unmarked (single quotes and apostrophes stay).
"""

import json
import re
import subprocess
import sys
from pathlib import Path

REPO = "justusmattern/fang-covid"
OUTLETS = {
    "tagesspiegel.de": "Tagesspiegel",
    "zeit.de": "ZEIT ONLINE",
    "sueddeutsche.de": "Süddeutsche Zeitung",
    "de.rt.com": "RT DE",
}
PARAGRAPH_END = re.compile(r"[.!?\"“”»]$")
DOUBLE_QUOTES = str.maketrans("", "", '„“”"»«')


def paragraphs(article: str) -> list[str]:
    """The article's paragraphs, hard-wrapped lines joined."""
    runs, current = [], []
    for line in (raw.strip() for raw in article.split("\n")):
        if line:
            current.append(line)
        if current and (not line or PARAGRAPH_END.search(line)):
            runs.append(" ".join(current))
            current = []
    return runs + ([" ".join(current)] if current else [])


def record(path: Path, data: dict, commit: str) -> dict:
    """One article: outlet, date, url, headline and text."""
    return {
        "id": f"fang_{path.stem}",
        "publisher": OUTLETS[data["source"]],
        "outlet": data["source"],
        "date": data["date"],
        "url": data["url"],
        "source_repo": REPO,
        "source_path": f"articles/{path.name}",
        "commit": commit,
        "title": " ".join(data["header"].split()),
        "text": "\n\n".join(paragraphs(data["article"])),
    }


def main(clone: str, strip_quotes: bool = False) -> None:
    """Every article of the four outlets, in numeric file order, one JSON line each (without
    double quotation marks with ``strip_quotes``)."""
    commit = subprocess.run(
        ["git", "-C", clone, "rev-parse", "HEAD"], capture_output=True, text=True, check=True
    ).stdout.strip()
    files = sorted(Path(clone, "articles").glob("*.json"), key=lambda p: int(p.stem))
    for path in files:
        data = json.loads(path.read_text(encoding="utf-8"))
        if data["source"] in OUTLETS:
            out = record(path, data, commit)
            if strip_quotes:
                out["text"] = out["text"].translate(DOUBLE_QUOTES)
            print(json.dumps(out, ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv[1], "--strip-quotes" in sys.argv[2:])
