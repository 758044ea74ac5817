"""Framing markers: which attribution, distancing, contestation, endorsement, legitimacy and
evaluation devices each passage uses, from the documented lexicon ``resources/de/framing.yml``.

Every count can be traced back to a marker name, its rationale and the matched text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import yaml

from framelab import text as textlib
from framelab.errors import InputError, Problem

MARKER_KINDS = ("regex", "scare_quoted", "unquoted")


@dataclass(frozen=True)
class Marker:
    name: str
    category: str
    kind: str
    rationale: str
    pattern: re.Pattern[str] | None = None
    examples: tuple[str, ...] = ()
    counterexamples: tuple[str, ...] = ()


@dataclass(frozen=True)
class Lexicon:
    categories: dict[str, str]
    markers: tuple[Marker, ...]
    contested: re.Pattern[str]
    max_quote_words: int


@dataclass(frozen=True)
class MarkerMatch:
    marker: str
    category: str
    start: int
    end: int
    text: str


def load_lexicon(path: Path) -> Lexicon:
    """Read and check the framing lexicon; errors name the file and the marker."""
    shown = Path(path).name
    data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    problems: list[Problem] = []
    categories = {k: " ".join(str(v).split()) for k, v in data["categories"].items()}
    contested = data["contested_terms"]
    markers = []
    for raw in data["markers"]:
        name = raw.get("name", "?")
        if raw.get("category") not in categories:
            problems.append(Problem(shown, f"{name}: unknown category {raw.get('category')!r}"))
        if raw.get("kind") not in MARKER_KINDS:
            problems.append(Problem(shown, f"{name}: kind must be one of {MARKER_KINDS}"))
        try:
            pattern = re.compile(raw["pattern"]) if raw.get("kind") == "regex" else None
        except re.error as exc:
            problems.append(Problem(shown, f"{name}: bad pattern ({exc})"))
            continue
        markers.append(
            Marker(
                name=name,
                category=raw.get("category"),
                kind=raw.get("kind"),
                rationale=" ".join(str(raw.get("rationale", "")).split()),
                pattern=pattern,
                examples=tuple(raw.get("examples") or ()),
                counterexamples=tuple(raw.get("counterexamples") or ()),
            )
        )
    if problems:
        raise InputError(problems)
    return Lexicon(
        categories=categories,
        markers=tuple(markers),
        contested=re.compile(contested["pattern"]),
        max_quote_words=int(contested.get("max_words", 3)),
    )


def _inside(spans: list[tuple[int, int]], start: int) -> tuple[int, int] | None:
    return next((s for s in spans if s[0] < start < s[1]), None)


def match_markers(passage: str, lexicon: Lexicon) -> list[MarkerMatch]:
    """All marker matches in one passage, in text order."""
    spans = textlib.quote_spans(passage)
    found: list[MarkerMatch] = []
    for marker in lexicon.markers:
        if marker.kind == "regex":
            found.extend(
                MarkerMatch(marker.name, marker.category, m.start(), m.end(), m.group())
                for m in marker.pattern.finditer(passage)
            )
            continue
        for m in lexicon.contested.finditer(passage):
            span = _inside(spans, m.start())
            if marker.kind == "unquoted" and span is None:
                found.append(
                    MarkerMatch(marker.name, marker.category, m.start(), m.end(), m.group())
                )
            elif marker.kind == "scare_quoted" and span is not None:
                quoted = passage[span[0] : span[1]]
                if len(quoted.split()) <= lexicon.max_quote_words:
                    found.append(
                        MarkerMatch(marker.name, marker.category, span[0], span[1], quoted)
                    )
    return sorted(found, key=lambda f: (f.start, f.marker))


MATCH_COLUMNS = ["article_id", "position", "category", "marker", "start", "match"]


def find_markers(passages: pd.DataFrame, lexicon: Lexicon) -> pd.DataFrame:
    """Every marker match in every passage: ``article_id, position, category, marker, match``."""
    rows = [
        dict(
            article_id=p.article_id,
            position=p.position,
            category=m.category,
            marker=m.marker,
            start=m.start,
            match=m.text,
        )
        for p in passages.itertuples()
        for m in match_markers(p.text, lexicon)
    ]
    return pd.DataFrame(rows, columns=MATCH_COLUMNS).sort_values(
        ["article_id", "position", "start", "marker"], ignore_index=True
    )


def marker_rates(
    matches: pd.DataFrame,
    units: pd.DataFrame,
    unit_col: str,
    categories: list[str],
    per: int = 1000,
) -> pd.DataFrame:
    """Counts of each category per unit, and the rate per ``per`` tokens.

    ``units`` has one row per unit (``unit_col``) with its ``n_tokens``; units or categories with
    no match get zero, so nothing is silently missing.
    """
    counts = matches.groupby([unit_col, "category"]).size().rename("n")
    grid = pd.MultiIndex.from_product(
        [sorted(units[unit_col].unique()), categories], names=[unit_col, "category"]
    )
    out = counts.reindex(grid, fill_value=0).reset_index()
    out = out.merge(units[[unit_col, "n_tokens"]], on=unit_col)
    out["per_1000_tokens"] = out["n"] / out["n_tokens"] * per
    return out.sort_values([unit_col, "category"], ignore_index=True)


def marker_table(
    matches: pd.DataFrame, articles: pd.DataFrame, categories: list[str], per: int = 1000
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Marker rates per article and per camp (camp rate = pooled counts over pooled tokens)."""
    m = matches.merge(articles[["id", "camp"]], left_on="article_id", right_on="id")
    by_article = marker_rates(
        m, articles.rename(columns={"id": "article_id"}), "article_id", categories, per
    )
    by_article = by_article.merge(
        articles[["id", "camp"]], left_on="article_id", right_on="id"
    ).drop(columns="id")
    camps = articles.groupby("camp", as_index=False)["n_tokens"].sum()
    by_camp = marker_rates(m, camps, "camp", categories, per)
    n_art = articles.groupby("camp")["id"].nunique().rename("n_articles")
    by_camp = by_camp.join(n_art, on="camp")
    return by_article, by_camp


def lexicon_table(lexicon: Lexicon) -> pd.DataFrame:
    """The lexicon as a table (marker, category, kind, rationale) for the report's appendix."""
    return pd.DataFrame(
        [
            dict(marker=m.name, category=m.category, kind=m.kind, rationale=m.rationale)
            for m in lexicon.markers
        ]
    )


def marker_metrics(matches: pd.DataFrame, by_camp: pd.DataFrame) -> dict:
    """Headline numbers: matches per category, and rate per camp and category."""
    return dict(
        matches=len(matches),
        by_category={c: int(n) for c, n in matches.groupby("category").size().items()},
        rate_by_camp={
            camp: {r.category: r.per_1000_tokens for r in g.itertuples()}
            for camp, g in by_camp.groupby("camp")
        },
    )
