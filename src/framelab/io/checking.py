"""``framelab check``: every problem of a corpus at once, what it holds, and its repeated lines.

One streaming pass over the source (any format, bounded memory): the validator's errors and
warnings, a warning for each article that is only boilerplate, a summary (camps, outlets, dates)
and the lines repeated across articles (:mod:`framelab.clean.furniture`). If the furniture
counts are not exact after that pass (more distinct lines than the summary holds), a second pass
makes them exact.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from framelab.clean import furniture
from framelab.errors import Problem
from framelab.io.corpus import Summary, read_source
from framelab.study.checks import ScopeCounts, start_check


@dataclass(frozen=True)
class CheckSettings:
    """What ``check`` judges a corpus against (from ``params.yaml`` in the CLI)."""

    max_bytes: int  # corpus.max_bytes
    furniture_min_share: float  # clean.furniture_min_share
    furniture_min_articles: int  # clean.furniture_min_articles
    camps: tuple[str, ...] | None = None  # None: whatever camps are present
    rules: Path | None = None  # boilerplate rules: warn about articles that are only boilerplate
    top: int = 20  # repeated lines listed
    capacity: int = furniture.DEFAULT_CAPACITY
    study: Path | None = None  # the study folder: loaded (every rule example run), scope counted
    lexicon: Path | None = None  # attribute.lexicon (the generic markers the study extends)
    scare_max_words: int | None = None  # attribute.scare_max_words
    notes: tuple = ()  # problems found in the settings themselves (e.g. two corpus sources)


@dataclass
class CheckReport:
    problems: list[Problem]
    summary: Summary
    furniture: pd.DataFrame  # furniture.TABLE_COLUMNS + removed (by repeated_furniture)
    settings: CheckSettings = field(default_factory=CheckSettings)
    scope: ScopeCounts | None = None  # what the study's event and camps select

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]


def _boilerplate_only(article, ruleset, shown: str) -> Problem | None:
    from framelab.clean.cleaning import clean_article

    if clean_article(article, ruleset).body.strip():
        return None
    return Problem(
        f"{shown}/{article.file}" if shown else article.file,
        "only boilerplate: nothing is left after cleaning (kept, with no passages)",
        severity="warning",
    )


def _furniture(counts: furniture.LineCounts, settings: CheckSettings) -> pd.DataFrame:
    table = furniture.furniture_table(counts, min_articles=2, top=settings.top)
    removed = furniture.furniture_lines(
        counts, settings.furniture_min_share, settings.furniture_min_articles
    )
    return table.assign(removed=table["line"].isin(removed))


def _quotes_problem(summary: Summary, source: Path) -> list[Problem]:
    """A warning when the corpus has (almost) no quotation marks: quotes read as own words."""
    from framelab.text import quotes_lost

    if not quotes_lost(summary.quote_marks, summary.articles):
        return []
    per = summary.quote_marks / summary.articles
    return [
        Problem(
            str(source),
            f"almost no quotation marks ({per:.1f} per article): direct quotations cannot be "
            "told from the narrator's words, so own-voice figures will overstate the narrator",
            severity="warning",
        )
    ]


def check_corpus(
    source: Path,
    format: str = "folder",
    options: dict | None = None,
    *,
    settings: CheckSettings,
) -> CheckReport:
    """Validate a corpus source; list problems, summarise it and find its repeated lines."""
    from framelab.clean.cleaning import load_rules

    ruleset = load_rules(settings.rules) if settings.rules is not None else None
    problems: list[Problem] = []
    problems += list(settings.notes)
    study = start_check(settings.study, settings.lexicon, settings.scare_max_words, problems)
    summary = Summary()
    counter = furniture.LineCounter(settings.capacity)
    shown = Path(source).name if format == "folder" else ""
    for article in read_source(
        source, format, options, settings.camps, settings.max_bytes, problems
    ):
        summary.add(article)
        counter.add(article.text, article.outlet, article.camp)
        study.add(article)
        if ruleset is not None and (p := _boilerplate_only(article, ruleset, shown)):
            problems.append(p)
    if not summary.articles and not any(p.severity == "error" for p in problems):
        problems.append(Problem(str(source), "corpus has no articles"))
    problems += _quotes_problem(summary, source)
    counts = counter.result()
    if not counts.exact:
        again = read_source(source, format, options, settings.camps, settings.max_bytes, [])
        counts = furniture.recount(counts, again)
    if not summary.articles:  # nothing was read: the study's checks of articles would be noise
        return CheckReport(problems, summary, _furniture(counts, settings), settings, None)
    problems += study.problems()
    return CheckReport(problems, summary, _furniture(counts, settings), settings, study.scope)


def report_lines(report: CheckReport, source: Path) -> list[str]:
    """What ``framelab check`` prints: grouped problems, summary, repeated lines, totals."""
    from framelab.errors import format_problems

    out = format_problems(report.problems)
    if report.summary.articles:
        out += report.summary.lines()
    if report.scope is not None:
        out += report.scope.lines()
    table = report.furniture
    if len(table):
        s = report.settings
        out.append(
            f"repeated lines (articles; * = removed by {furniture.RULE_NAME}: "
            f"share >= {s.furniture_min_share:g} and >= {s.furniture_min_articles} articles):"
        )
        for row in table.itertuples():
            mark = "*" if row.removed else " "
            out.append(
                f"{mark} {row.n_articles:>7,} {row.share:>7.1%}  {row.line}  [{row.outlets}]"
            )
    n_err = len(report.errors)
    out.append(f"{source}: {n_err} error(s), {len(report.problems) - n_err} warning(s)")
    return out
