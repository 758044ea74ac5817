"""Corpus-wide boilerplate discovery: lines repeated across many articles (page furniture).

Named rules (``resources/de/boilerplate.yml``) only find the furniture someone foresaw; an app
advertisement repeated in 335 articles or an outlet's disclaimer is found here from the data: a
line that occurs in many articles is counted, overall, per outlet and per camp.

Lines are compared after :func:`normalise_line` (Unicode NFC, whitespace collapsed and trimmed,
every run of digits -> ``0``), so "Stand: 12.03.2021" and "Stand: 4.1.2022" are one line. An
article counts once per line (a line repeated inside one article counts one article).

Memory is bounded by a **Misra–Gries summary** (:class:`LineCounter`): at most ``capacity``
counters keyed by an 8-byte hash of the line (with the line's text, the per-outlet and per-camp
counts). While the corpus has fewer distinct lines than ``capacity`` no counter is ever
decremented and every count is exact (``LineCounts.exact``). Beyond that, every line in more than
``N / (capacity + 1)`` article-lines (N = all article-line pairs) is guaranteed to survive, its
count is a lower bound, and :func:`recount` makes the survivors' counts exact in a second pass
over the corpus. Lines longer than :data:`MAX_LINE_CHARS` are not counted (furniture is short;
a long repeated paragraph is shared agency copy, which is content).

Caution: a line repeated across outlets can also be real text reused from the same agency
dispatch. The table shows the outlets of each line so a researcher can tell.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

import pandas as pd

from framelab.text import strip_invisible

RULE_NAME = "repeated_furniture"
# Thresholds for `framelab check --no-params` only (outside a project); a project's are
# clean.furniture_min_share and clean.furniture_min_articles in params.yaml.
STANDALONE_MIN_SHARE = 0.05  # a line in at least 5 % of the articles ...
STANDALONE_MIN_ARTICLES = 5  # ... and in at least 5 articles is furniture
DEFAULT_CAPACITY = 50_000  # Misra-Gries counters (memory ~ capacity x (line + counts))
MAX_LINE_CHARS = 300
_SPACE = re.compile(r"\s+")
_DIGITS = re.compile(r"\d+")
TABLE_COLUMNS = ["line", "n_articles", "share", "outlets", "camps", "suggested_rule"]


def normalise_line(line: str) -> str:
    """NFC, whitespace collapsed and trimmed, each run of digits replaced by ``0``."""
    line = strip_invisible(unicodedata.normalize("NFC", line))
    return _DIGITS.sub("0", _SPACE.sub(" ", line).strip())


def _key(norm: str) -> bytes:
    return hashlib.blake2b(norm.encode("utf-8"), digest_size=8).digest()


def article_lines(text: str) -> set[str]:
    """The distinct normalised lines of a text that can be furniture (non-empty, short): each
    line as :func:`normalise_line` gives it. NFC, the removed characters and the digits are
    done in one pass over the whole text (none of them reaches across a line break); the
    whitespace of each line is collapsed by ``str.split``, which splits where ``\\s`` matches."""
    text = _DIGITS.sub("0", strip_invisible(unicodedata.normalize("NFC", text)))
    lines = {" ".join(line.split()) for line in text.split("\n")}  # str.split(): \s runs
    return {ln for ln in lines if ln and len(ln) <= MAX_LINE_CHARS}


@dataclass
class _Entry:
    text: str
    count: int = 0
    outlets: Counter = field(default_factory=Counter)
    camps: Counter = field(default_factory=Counter)


@dataclass
class LineCounts:
    """Articles per normalised line (only the lines the summary kept)."""

    n_articles: int
    lines: dict[str, _Entry]
    exact: bool


class LineCounter:
    """Counts, for every normalised line, the articles it occurs in (Misra–Gries, see above)."""

    def __init__(self, capacity: int = DEFAULT_CAPACITY):
        self.capacity = capacity
        self.entries: dict[bytes, _Entry] = {}
        self.n_articles = 0
        self.decrements = 0

    def add(self, text: str, outlet: str, camp: str) -> None:
        """Count one article."""
        self.n_articles += 1
        for norm in article_lines(text):
            key = _key(norm)
            entry = self.entries.get(key)
            if entry is None and len(self.entries) >= self.capacity:
                self._decrement()
                continue
            if entry is None:
                entry = self.entries[key] = _Entry(norm)
            entry.count += 1
            entry.outlets[outlet] += 1
            entry.camps[camp] += 1

    def _decrement(self) -> None:
        self.decrements += 1
        for key in list(self.entries):
            entry = self.entries[key]
            entry.count -= 1
            if entry.count <= 0:
                del self.entries[key]

    def result(self) -> LineCounts:
        lines = {e.text: e for e in self.entries.values()}
        return LineCounts(self.n_articles, lines, exact=self.decrements == 0)


def count_lines(articles: Iterable, capacity: int = DEFAULT_CAPACITY) -> LineCounts:
    """Count the lines of articles (anything with ``text``, ``outlet``, ``camp``)."""
    counter = LineCounter(capacity)
    for a in articles:
        counter.add(a.text, a.outlet, a.camp)
    return counter.result()


def recount(counts: LineCounts, articles: Iterable, min_articles: int = 2) -> LineCounts:
    """Exact counts for the lines kept with a (lower-bound) count of at least ``min_articles``:
    a second pass over the same corpus."""
    keep = {norm for norm, e in counts.lines.items() if e.count >= min_articles}
    exact = {norm: _Entry(norm) for norm in keep}
    n = 0
    for a in articles:
        n += 1
        for norm in article_lines(a.text) & keep:
            entry = exact[norm]
            entry.count += 1
            entry.outlets[a.outlet] += 1
            entry.camps[a.camp] += 1
    return LineCounts(n, exact, exact=True)


def count_corpus(
    read: Callable[[], Iterable], capacity: int = DEFAULT_CAPACITY, min_articles: int = 2
) -> LineCounts:
    """Line counts of a corpus that can be read twice (``read()`` returns its articles, e.g.
    from :func:`framelab.io.corpus.iter_corpus`): one pass, and a second one only if the bounded
    summary was not exact."""
    counts = count_lines(read(), capacity)
    return counts if counts.exact else recount(counts, read(), min_articles)


def suggested_rule(norm: str) -> str:
    """An anchored regex for a normalised line: literal text, ``\\s+`` between words, ``\\d+``
    for digits; paste it as ``pattern`` of a ``kind: line`` rule."""
    words = [re.escape(w).replace("0", r"\d+") for w in norm.split(" ")]
    return "^" + r"\s+".join(words) + "$"


def _breakdown(counter: Counter) -> str:
    return "; ".join(
        f"{k} {n:,}" for k, n in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))
    )


def furniture_table(
    counts: LineCounts, min_articles: int = 2, top: int | None = 20
) -> pd.DataFrame:
    """The most repeated lines: ``line, n_articles, share, outlets, camps, suggested_rule``."""
    rows = [
        dict(
            line=norm,
            n_articles=e.count,
            share=round(e.count / counts.n_articles, 4) if counts.n_articles else 0.0,
            outlets=_breakdown(e.outlets),
            camps=_breakdown(e.camps),
            suggested_rule=suggested_rule(norm),
        )
        for norm, e in counts.lines.items()
        if e.count >= min_articles
    ]
    table = pd.DataFrame(rows, columns=TABLE_COLUMNS)
    table = table.sort_values(["n_articles", "line"], ascending=[False, True], ignore_index=True)
    return table if top is None else table.head(top)


def furniture_lines(
    counts: LineCounts,
    min_share: float,
    min_articles: int,
) -> frozenset[str]:
    """The normalised lines rule ``repeated_furniture`` removes: in at least ``min_share`` of the
    articles AND in at least ``min_articles`` articles."""
    if not counts.n_articles:
        return frozenset()
    return frozenset(
        norm
        for norm, e in counts.lines.items()
        if e.count >= min_articles and e.count / counts.n_articles >= min_share
    )


def is_furniture(line: str, lines: frozenset[str]) -> bool:
    """Whether a line (as it stands in an article) is one of the furniture ``lines``."""
    return bool(lines) and normalise_line(line) in lines


def rules_yaml(table: pd.DataFrame) -> str:
    """The table's lines as ``kind: line`` rules to paste into a boilerplate rules file."""
    import yaml

    rules = [
        dict(
            name=f"furniture_{i}",
            kind="line",
            pattern=row.suggested_rule[1:-1],  # rules of kind line match the whole line anyway
            rationale=f"Repeated in {row.n_articles:,} articles ({row.outlets}).",
            examples=[row.line.replace("0", "1")],
        )
        for i, row in enumerate(table.itertuples(), start=1)
    ]
    return yaml.safe_dump(rules, allow_unicode=True, sort_keys=False, width=100)
