"""Framing markers: which attribution, distancing, contestation, endorsement, legitimacy and
evaluation devices each passage uses, from the documented lexicon ``resources/de/framing.yml``.

Every count can be traced back to a marker name, its rationale and the matched text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
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
    generic = _read_yaml(path)
    study = _read_yaml(study_markers) if study_markers is not None else {}
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


def _read_yaml(path: Path) -> dict:
    try:
        return yaml.safe_load(Path(path).read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark is not None else None
        raise InputError([Problem(Path(path).name, f"not valid YAML: {exc}", line)]) from None


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
        try:
            pattern = re.compile(raw["pattern"]) if raw.get("kind") == "regex" else None
        except (re.error, KeyError) as exc:
            problems.append(Problem(shown, f"{name}: bad or missing pattern ({exc})"))
            continue
        markers.append(
            Marker(
                name=name,
                category=category,
                kind=raw.get("kind"),
                rationale=" ".join(str(raw.get("rationale", "")).split()),
                pattern=pattern,
                examples=tuple(raw.get("examples") or ()),
                counterexamples=tuple(raw.get("counterexamples") or ()),
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


# --- stance towards targets -----------------------------------------------------------------

LABEL_ORDER = ("contest", "distance", "endorse", "report")  # strongest first


@dataclass(frozen=True)
class Target:
    name: str
    claim: str
    mention: re.Pattern[str]
    contest_markers: tuple[str, ...]
    contest_patterns: tuple[re.Pattern[str], ...]
    distance_terms: re.Pattern[str]
    distance_markers: tuple[str, ...]
    endorse_terms: re.Pattern[str]
    endorse_blocked_by: tuple[str, ...]
    headings_endorse_as: str
    examples: tuple[tuple[str, str], ...] = ()
    label: str = ""
    counterexamples: tuple[str, ...] = ()


@dataclass(frozen=True)
class StanceDecision:
    """The label of one passage for one target and the rules that fired (``rule: matched``)."""

    target: str
    label: str
    rules: tuple[str, ...]

    @property
    def explanation(self) -> str:
        return f"{self.label} ← " + "; ".join(self.rules)


def load_targets(path: Path, lexicon: Lexicon) -> tuple[Target, ...]:
    """Read the targets file; marker names must exist in the lexicon."""
    shown = Path(path).name
    data = _read_yaml(path)
    known = {m.name for m in lexicon.markers}
    problems: list[Problem] = []
    targets = []
    for name, raw in data["targets"].items():
        contest = raw.get("contest") or {}
        distance = raw.get("distance") or {}
        used = [
            *contest.get("markers", []),
            *distance.get("markers", []),
            *raw.get("endorse_blocked_by", []),
        ]
        problems += [
            Problem(shown, f"{name}: unknown marker {m!r}") for m in used if m not in known
        ]
        targets.append(
            Target(
                name=name,
                claim=raw["claim"],
                mention=re.compile(raw["mention"]),
                contest_markers=tuple(contest.get("markers", [])),
                contest_patterns=tuple(re.compile(p) for p in contest.get("patterns", [])),
                distance_terms=re.compile(distance["terms"]),
                distance_markers=tuple(distance.get("markers", [])),
                endorse_terms=re.compile(raw["endorse_terms"]),
                endorse_blocked_by=tuple(raw.get("endorse_blocked_by", [])),
                headings_endorse_as=raw.get("headings_endorse_as", "report"),
                examples=tuple((s, lab) for s, lab in raw.get("examples", [])),
                label=str(raw.get("label") or name),
                counterexamples=tuple(raw.get("counterexamples") or ()),
            )
        )
    problems += [p for t in targets for p in check_target_examples(t, lexicon, shown)]
    if problems:
        raise InputError(problems)
    return tuple(targets)


def check_target_examples(target: Target, lexicon: Lexicon, shown: str) -> list[Problem]:
    """Problems for every example the rules label otherwise, or counterexample they label."""
    problems = []
    for sentence, expected in target.examples:
        decision = label_passage(sentence, target, lexicon)
        got = decision.label if decision else "absent"
        if got != expected:
            message = f"{target.name}: example labelled {got}, expected {expected}: {sentence!r}"
            problems.append(Problem(shown, message))
    for sentence in target.counterexamples:
        if label_passage(sentence, target, lexicon) is not None:
            message = f"{target.name}: counterexample mentions the target: {sentence!r}"
            problems.append(Problem(shown, message))
    return problems


def _sentence_spans(passage: str) -> list[tuple[int, int]]:
    spans, cursor = [], 0
    for sent in textlib.sentences(passage):
        start = passage.find(sent, cursor)
        if start < 0:
            continue
        spans.append((start, start + len(sent)))
        cursor = start + len(sent)
    return spans or [(0, len(passage))]


def _in(span: tuple[int, int], pos: int) -> bool:
    return span[0] <= pos < span[1]


def label_passage(
    passage: str,
    target: Target,
    lexicon: Lexicon,
    is_heading: bool = False,
    matches: list[MarkerMatch] | None = None,
) -> StanceDecision | None:
    """The stance of a passage towards a target, or None if the passage does not mention it."""
    sentences = _sentence_spans(passage)
    mentioning = [s for s in sentences if target.mention.search(passage, s[0], s[1])]
    if not mentioning:
        return None
    quotes = textlib.quote_spans(passage)
    if matches is None:
        matches = match_markers(passage, lexicon)
    fired: dict[str, list[str]] = {label: [] for label in LABEL_ORDER}

    fired["contest"] += [
        f"{m.marker}: {m.text}" for m in matches if m.marker in target.contest_markers
    ]
    for pattern in target.contest_patterns:
        for m in pattern.finditer(passage):
            if not any(_in(q, m.start()) for q in quotes):
                fired["contest"].append(f"{target.name}.contest: {m.group()}")

    for m in matches:
        in_scope = any(_in(s, m.start) for s in mentioning)
        if m.marker == "scare_quote" and target.distance_terms.search(m.text):
            fired["distance"].append(f"scare_quote: {m.text}")
        elif m.marker in target.distance_markers and in_scope:
            fired["distance"].append(f"{m.marker}: {m.text}")

    for m in target.endorse_terms.finditer(passage):
        if any(_in(q, m.start()) for q in quotes):
            continue
        sentence = next((s for s in sentences if _in(s, m.start())), (0, len(passage)))
        blockers = [
            b for b in matches if b.marker in target.endorse_blocked_by and _in(sentence, b.start)
        ]
        if blockers:
            fired["report"].append(
                f"attributed ({blockers[0].marker}: {blockers[0].text}): {m.group()}"
            )
        else:
            fired["endorse"].append(f"own voice: {m.group()}")

    label = next((lab for lab in LABEL_ORDER if fired[lab]), "report")
    if label == "endorse" and is_heading:
        label = target.headings_endorse_as
        fired[label].append("heading names the topic")
    rules = fired[label] or [f"mention: {target.mention.search(passage).group()}"]
    return StanceDecision(target=target.name, label=label, rules=tuple(rules))


STANCE_COLUMNS = ["article_id", "position", "target", "label", "rules", "text"]


def stance_table(
    passages: pd.DataFrame, targets: tuple[Target, ...], lexicon: Lexicon
) -> pd.DataFrame:
    """One row per passage and mentioned target: label and the rules that fired."""
    rows = []
    for p in passages.itertuples():
        matches = match_markers(p.text, lexicon)  # once per passage, shared by the targets
        for target in targets:
            d = label_passage(
                p.text, target, lexicon, is_heading=(p.kind == "heading"), matches=matches
            )
            if d is not None:
                rows.append(
                    dict(
                        article_id=p.article_id,
                        position=p.position,
                        target=d.target,
                        label=d.label,
                        rules=" | ".join(d.rules),
                        text=p.text,
                    )
                )
    return pd.DataFrame(rows, columns=STANCE_COLUMNS).sort_values(
        ["article_id", "position", "target"], ignore_index=True
    )


def stance_counts(table: pd.DataFrame, articles: pd.DataFrame, by: str) -> pd.DataFrame:
    """Label counts per ``by`` (``article_id`` or ``camp``) and target, zeros included."""
    df = table.merge(articles[["id", "camp"]], left_on="article_id", right_on="id")
    keys = sorted(df[by].unique()) if not df.empty else []
    grid = pd.MultiIndex.from_product(
        [keys, sorted(table["target"].unique()), list(LABEL_ORDER)], names=[by, "target", "label"]
    )
    counts = df.groupby([by, "target", "label"]).size().reindex(grid, fill_value=0)
    out = counts.rename("n").reset_index()
    out["share"] = out["n"] / out.groupby([by, "target"])["n"].transform("sum").replace(0, 1)
    return out


def stance_summary(counts: pd.DataFrame, by: str = "camp") -> dict:
    """``{camp: {target: {label: n}}}`` for the metrics file."""
    return {
        key: {t: {r.label: int(r.n) for r in tg.itertuples()} for t, tg in g.groupby("target")}
        for key, g in counts.groupby(by)
    }
