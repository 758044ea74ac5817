"""Stance towards a study's targets (claims): endorse, report, distance or contest, per passage.

The label of each passage and target names the rules that fired; the precedence is
contest > distance > endorse > report (the study's codebook).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from framelab import text as textlib
from framelab.analysis.markers import Lexicon, MarkerMatch, match_markers
from framelab.attribution.annotate import voice_lookup, voice_spans
from framelab.config import key_lines
from framelab.errors import InputError, Problem, read_yaml

LABEL_ORDER = ("contest", "distance", "endorse", "report")  # strongest first
ATTRIBUTED = ("reported", "interview", "direct")  # voices that are never the narrator's words
PARAPHRASE_AS = ("endorse", "report")  # how a target codes an attributed indicative paraphrase
VOICE_NAMES = {
    "reported": "reported speech",
    "direct": "direct speech",
    "interview": "interview answer",
    "paraphrase": "paraphrase",
}


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
    headings_endorse_as: str
    paraphrase: str = "endorse"
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


def load_targets(path: Path, lexicon: Lexicon, check_examples: bool = True) -> tuple[Target, ...]:
    """Read the targets file; marker names must exist in the lexicon and every example must
    get its label (read with the attribution stage's voices; ``check_examples=False`` skips
    that for a caller whose study the attribute stage has just checked)."""
    shown = Path(path).name
    data = read_yaml(path)
    lines = key_lines(Path(path).read_text(encoding="utf-8"))
    known = {m.name for m in lexicon.markers}
    problems: list[Problem] = []
    targets = []
    for name, raw in data["targets"].items():
        contest = raw.get("contest") or {}
        distance = raw.get("distance") or {}
        used = [
            *contest.get("markers", []),
            *distance.get("markers", []),
        ]
        problems += [
            Problem(shown, f"{name}: unknown marker {m!r}") for m in used if m not in known
        ]
        problems += _voice_key_problems(name, raw, shown, lines)
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
                headings_endorse_as=raw.get("headings_endorse_as", "report"),
                paraphrase=str(raw.get("paraphrase", "endorse")),
                examples=tuple((s, lab) for s, lab in raw.get("examples", [])),
                label=str(raw.get("label") or name),
                counterexamples=tuple(raw.get("counterexamples") or ()),
            )
        )
    if problems:
        raise InputError(problems)
    if check_examples:
        problems += [p for t in targets for p in check_target_examples(t, lexicon, shown)]
    if problems:
        raise InputError(problems)
    return tuple(targets)


REMOVED_KEY = (
    "'endorse_blocked_by' is no longer read: whose voice a sentence is comes from the "
    "attribution stage alone, as for markers and naming; write 'paraphrase: report' to code an "
    "attributed paraphrase in the indicative as report (default: endorse)"
)


def _voice_key_problems(name: str, raw: dict, shown: str, lines: dict[str, int]) -> list[Problem]:
    """A removed key, or a ``paraphrase`` value that is not a label, with its line
    (``lines``: :func:`framelab.config.key_lines` of the file)."""
    problems = []
    if "endorse_blocked_by" in raw:
        line = lines.get(f"targets.{name}.endorse_blocked_by")
        problems.append(Problem(shown, f"{name}: {REMOVED_KEY}", line))
    value = raw.get("paraphrase", "endorse")
    if value not in PARAPHRASE_AS:
        message = f"{name}: paraphrase is {value!r}; use one of {', '.join(PARAPHRASE_AS)}"
        problems.append(Problem(shown, message, lines.get(f"targets.{name}.paraphrase")))
    return problems


def check_target_examples(target: Target, lexicon: Lexicon, shown: str) -> list[Problem]:
    """Problems for every example the rules label otherwise, or counterexample they label.
    An example is read as a passage on its own, with the attribution stage's voices."""
    from framelab.attribution.annotate import passage_voice_of

    problems = []
    for sentence, expected in target.examples:
        voice_of = passage_voice_of(sentence, lexicon.max_quote_words)
        decision = label_passage(sentence, target, lexicon, voice_of=voice_of)
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
    return textlib.sentence_spans(passage) or [(0, len(passage))]


def _in(span: tuple[int, int], pos: int) -> bool:
    return span[0] <= pos < span[1]


def label_passage(
    passage: str,
    target: Target,
    lexicon: Lexicon,
    is_heading: bool = False,
    matches: list[MarkerMatch] | None = None,
    voice_of=None,
) -> StanceDecision | None:
    """The stance of a passage towards a target, or None if the passage does not mention it.

    ``voice_of(offset) -> (voice, speaker)`` is the attribution stage's verdict on whose voice a
    character of the passage is; a claim's own words count as the narrator's endorsement only in
    the narrator's voice (the same judgement the marker and naming layers use).
    """
    sentences = _sentence_spans(passage)
    mentioning = [s for s in sentences if target.mention.search(passage, s[0], s[1])]
    if not mentioning:
        return None
    quotes = textlib.quote_spans(passage)
    if matches is None:
        matches = match_markers(passage, lexicon)
    fired: dict[str, list[str]] = {label: [] for label in LABEL_ORDER}
    fired["contest"] = _contest(passage, target, matches, quotes)
    fired["distance"] = _distance(target, matches, mentioning)
    for m in target.endorse_terms.finditer(passage):
        if any(_in(q, m.start()) for q in quotes):
            continue
        label, why = _endorse_or_report(m, target, voice_of)
        fired[label].append(why)

    label = next((lab for lab in LABEL_ORDER if fired[lab]), "report")
    if label == "endorse" and is_heading:
        label = target.headings_endorse_as
        fired[label].append("heading names the topic")
    rules = fired[label] or [f"mention: {target.mention.search(passage).group()}"]
    return StanceDecision(target=target.name, label=label, rules=tuple(rules))


def _contest(passage, target, matches, quotes) -> list[str]:
    """Contest markers anywhere in the passage, and the target's own counter-patterns outside
    quotations."""
    fired = [f"{m.marker}: {m.text}" for m in matches if m.marker in target.contest_markers]
    for pattern in target.contest_patterns:
        fired += [
            f"{target.name}.contest: {m.group()}"
            for m in pattern.finditer(passage)
            if not any(_in(q, m.start()) for q in quotes)
        ]
    return fired


def _distance(target, matches, mentioning) -> list[str]:
    """Scare quotes around a distance term, and distancing markers in a mentioning sentence."""
    fired = []
    for m in matches:
        in_scope = any(_in(s, m.start) for s in mentioning)
        if m.marker == "scare_quote" and target.distance_terms.search(m.text):
            fired.append(f"scare_quote: {m.text}")
        elif m.marker in target.distance_markers and in_scope:
            fired.append(f"{m.marker}: {m.text}")
    return fired


def _endorse_or_report(m: re.Match, target: Target, voice_of) -> tuple[str, str]:
    """A claim word outside quotations: the narrator's (endorse) or attributed (report), by the
    attribution stage's voice at the word; an indicative paraphrase as the target codes it."""
    voice, speaker = voice_of(m.start()) if voice_of is not None else ("narrator", "")
    if voice in ATTRIBUTED or (voice == "paraphrase" and target.paraphrase == "report"):
        return (
            "report",
            f"attributed ({VOICE_NAMES[voice]} of {speaker or 'a speaker'}): {m.group()}",
        )
    if voice == "paraphrase":
        return "endorse", f"own voice (paraphrase of {speaker or 'a speaker'}): {m.group()}"
    return "endorse", f"own voice: {m.group()}"


STANCE_COLUMNS = ["article_id", "position", "target", "label", "rules", "text"]


def stance_table(
    passages: pd.DataFrame,
    targets: tuple[Target, ...],
    lexicon: Lexicon,
    spans=None,
    mentioned: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """One row per passage and mentioned target: label and the rules that fired.

    ``spans``: the attribution stage's voice spans per article (``{article_id: [VoiceSpan]}``;
    None: computed here by the same attribution, so a caller never gets a second judgement);
    ``mentioned``: :func:`framelab.analysis.fit.mention_table` of these passages, so that a
    passage that mentions no target is passed over without a second search.
    """
    if spans is None:
        spans = _voice_spans(passages, lexicon.max_quote_words)
    rows = []
    flags = _mention_flags(passages, targets, mentioned)
    for p, mentions in zip(passages.itertuples(), flags, strict=True):
        named = [t for t, m in zip(targets, mentions, strict=True) if m]
        if not named:
            continue
        matches = match_markers(p.text, lexicon)  # once per passage, shared by the targets
        voice_of = voice_lookup(spans.get(p.article_id, []), p.position)
        for target in named:
            d = label_passage(p.text, target, lexicon, p.kind == "heading", matches, voice_of)
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


def _mention_flags(passages: pd.DataFrame, targets, mentioned: pd.DataFrame | None):
    """Per passage, per target: whether to label it (all True without a mention table); read
    as one array, not cell by cell."""
    if mentioned is None:
        return np.ones((len(passages), len(targets)), dtype=bool)
    return mentioned.loc[passages.index, [t.name for t in targets]].to_numpy(bool)


def _voice_spans(passages: pd.DataFrame, scare_max_words: int) -> dict:
    """``{article_id: [VoiceSpan]}`` of the passages, by the attribution stage's analysis."""
    from framelab.attribution.analyse import passages_of

    return {
        a: voice_spans(passages_of(g.sort_values("position")), scare_max_words)
        for a, g in passages.groupby("article_id", sort=True)
    }


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
