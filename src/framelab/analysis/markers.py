"""Framing markers: which attribution, distancing, contestation, endorsement, legitimacy and
evaluation devices each passage uses, from the generic lexicon ``resources/de/framing.yml`` merged
with a study's ``markers.yml``.

Every count can be traced back to a marker name, its rationale and the matched text; the
attribution stage adds whose voice each match is in.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from pathlib import Path

import pandas as pd

from framelab import text as textlib
from framelab.errors import InputError, Problem, compiled_pattern, listed, one_line, read_yaml
from framelab.runtime.literal_gate import could_match

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
    direction: str | None = None


@dataclass(frozen=True)
class Lexicon:
    categories: dict[str, str]
    markers: tuple[Marker, ...]
    contested: re.Pattern[str]
    max_quote_words: int
    directions: dict[str, dict[str, str]] = field(default_factory=dict)


@dataclass(frozen=True)
class MarkerMatch:
    marker: str
    category: str
    start: int
    end: int
    text: str


NEVER = re.compile(r"(?!x)x")


def load_lexicon(path: Path, study_markers: Path | None, scare_max_words: int) -> Lexicon:
    """The generic framing lexicon merged with a study's markers; every example is checked.

    Errors name the file and the marker; an example that does not match its marker (or a
    counterexample that does) is an error too.
    """
    generic = read_yaml(path)
    study = read_yaml(study_markers) if study_markers is not None else {}
    problems: list[Problem] = []
    categories, directions = _categories(generic, problems, Path(path).name)
    if study:
        more, directions = _categories(study, problems, Path(study_markers).name)
        categories |= more
    markers = _markers(generic, categories, directions, Path(path).name, problems)
    n_generic = len(markers)
    if study:
        markers += _markers(study, categories, directions, Path(study_markers).name, problems)
    contested = study.get("contested_terms") or {}
    lexicon = Lexicon(
        categories=categories,
        markers=tuple(markers),
        contested=re.compile(contested["pattern"]) if contested else NEVER,
        max_quote_words=scare_max_words,
        directions=directions,
    )
    example_terms = re.compile(generic.get("example_contested_terms", NEVER.pattern))
    generic_lex = replace(lexicon, markers=lexicon.markers[:n_generic], contested=example_terms)
    study_lex = replace(lexicon, markers=lexicon.markers[n_generic:])
    problems += check_marker_examples(generic_lex, Path(path).name)
    if study:
        problems += check_marker_examples(study_lex, Path(study_markers).name)
    if problems:
        raise InputError(problems)
    return lexicon


def _categories(data: dict, problems: list[Problem], shown: str):
    categories: dict[str, str] = {}
    directions: dict[str, dict[str, str]] = {}
    for name, value in (data.get("categories") or {}).items():
        if isinstance(value, dict):
            categories[name] = " ".join(str(value.get("description", "")).split())
            if value.get("directions"):
                directions[name] = {
                    k: " ".join(str(v).split()) for k, v in value["directions"].items()
                }
        else:
            categories[name] = " ".join(str(value).split())
    return categories, directions


def _markers(data, categories, directions, shown, problems) -> list[Marker]:
    markers = []
    for raw in data.get("markers") or []:
        name = raw.get("name", "?")
        category = raw.get("category")
        if category not in categories:
            problems.append(Problem(shown, f"{name}: unknown category {category!r}"))
        if raw.get("kind") not in MARKER_KINDS:
            problems.append(Problem(shown, f"{name}: kind must be one of {MARKER_KINDS}"))
        direction = raw.get("direction")
        if category in directions and direction not in directions[category]:
            allowed = ", ".join(directions[category])
            problems.append(Problem(shown, f"{name}: direction must be one of {allowed}"))
        pattern = None
        if raw.get("kind") == "regex":
            pattern = compiled_pattern(raw, shown, name, problems)
            if pattern is None:
                continue
        markers.append(
            Marker(
                name=name,
                category=category,
                kind=raw.get("kind"),
                rationale=one_line(raw.get("rationale")),
                pattern=pattern,
                examples=listed(raw, "examples"),
                counterexamples=listed(raw, "counterexamples"),
                direction=direction,
            )
        )
    return markers


def check_marker_examples(lexicon: Lexicon, shown: str) -> list[Problem]:
    """Problems for every example that its marker misses and every counterexample it matches."""
    problems = []
    for marker in lexicon.markers:
        alone = replace(lexicon, markers=(marker,))
        for sentence in marker.examples:
            if not match_markers(sentence, alone):
                message = f"{marker.name}: example does not match: {sentence!r}"
                problems.append(Problem(shown, message))
        for sentence in marker.counterexamples:
            if match_markers(sentence, alone):
                message = f"{marker.name}: counterexample matches: {sentence!r}"
                problems.append(Problem(shown, message))
    return problems


def _inside(spans: list[tuple[int, int]], start: int) -> tuple[int, int] | None:
    return next((s for s in spans if s[0] < start < s[1]), None)


def match_markers(passage: str, lexicon: Lexicon) -> list[MarkerMatch]:
    """All marker matches in one passage, in text order."""
    spans = textlib.quote_spans(passage)
    found: list[MarkerMatch] = []
    contested = could_match(lexicon.contested, passage)
    for marker in lexicon.markers:
        if marker.kind == "regex":
            if could_match(marker.pattern, passage):
                found.extend(
                    MarkerMatch(marker.name, marker.category, m.start(), m.end(), m.group())
                    for m in marker.pattern.finditer(passage)
                )
            continue
        for m in lexicon.contested.finditer(passage) if contested else ():
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
            zip(
                MATCH_COLUMNS,
                (p.article_id, p.position, m.category, m.marker, m.start, m.text),
                strict=True,
            )
        )
        for p in passages.itertuples()
        for m in match_markers(p.text, lexicon)
    ]
    return pd.DataFrame(rows, columns=MATCH_COLUMNS).sort_values(
        ["article_id", "position", "start", "marker"], ignore_index=True
    )


VOICE_CLASS = {
    "narrator": "narrator",
    "scare": "quoted",
    "paraphrase": "paraphrase",
    "reported": "reported",
    "direct": "quoted",
    "interview": "quoted",
}
"""Whose words a marker is in: the narrator (a scare quote itself is the narrator's act, so the
attribution stage gives the scare-quote marker the narrator's voice; a word inside scare quotes
is quoted), an attributed paraphrase in the indicative (the narrator's wording of someone's
claim), Konjunktiv reported speech, or a quotation. Every layer uses this one mapping."""
OWN_CLASSES = ("narrator", "paraphrase")
"""The text's own words: the narrator's and its indicative paraphrase of a claim (rule D1 of the
example study's codebook, v2); markers, naming and their figures all count these as 'own voice'."""
COUNT_KEYS = ["category", "direction", "voice_class"]


def marker_counts(marks: pd.DataFrame, articles: pd.DataFrame, per: int) -> pd.DataFrame:
    """Per article: matches per category, direction and voice class, and the rate per ``per``
    tokens. Zeros are kept for every article and category seen, so nothing is silently missing."""
    m = marks.assign(voice_class=marks["voice"].map(VOICE_CLASS), direction=marks["direction"])
    counts = m.groupby(["article_id", *COUNT_KEYS]).size().rename("n").reset_index()
    keys = m[COUNT_KEYS].drop_duplicates()
    grid = articles[["id", "camp", "n_tokens"]].rename(columns={"id": "article_id"})
    out = grid.merge(keys, how="cross").merge(counts, on=["article_id", *COUNT_KEYS], how="left")
    out["n"] = out["n"].fillna(0).astype(int)
    out["rate"] = out["n"] / out["n_tokens"].where(out["n_tokens"] > 0) * per
    return out.sort_values(["article_id", *COUNT_KEYS], ignore_index=True)


def marker_counts_by_camp(by_article: pd.DataFrame, per: int) -> pd.DataFrame:
    """Pooled counts per camp (camp rate = pooled matches over pooled tokens) with n articles."""
    g = by_article.groupby(["camp", *COUNT_KEYS], as_index=False).agg(
        n=("n", "sum"), n_tokens=("n_tokens", "sum"), n_articles=("article_id", "nunique")
    )
    g["rate"] = g["n"] / g["n_tokens"].where(g["n_tokens"] > 0) * per
    return g.sort_values(["camp", *COUNT_KEYS], ignore_index=True)


def lexicon_table(lexicon: Lexicon) -> pd.DataFrame:
    """The lexicon as a table (marker, category, kind, rationale) for the report's appendix."""
    return pd.DataFrame(
        [
            dict(marker=m.name, category=m.category, kind=m.kind, rationale=m.rationale)
            for m in lexicon.markers
        ]
    )
