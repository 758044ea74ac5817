"""Stage ``clean``: normalise each article, remove page furniture by named rules, segment.

Every removal is recorded (article, line, rule, removed text) so nothing disappears silently;
the rules themselves live in a data file (``resources/de/boilerplate.yml``) with their rationale.
"""

from __future__ import annotations

import logging
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
import yaml

from framelab import text as textlib
from framelab.corpus import UNKNOWN, Article
from framelab.errors import InputError, Problem

log = logging.getLogger(__name__)

RULE_KINDS = ("line", "trailing", "caption")
TITLE_RULE = "title_line"
TERMINAL = re.compile(r"[.!?:…][\"“”»«’‘)]*$")
KEYWORD_LINE_MAX_WORDS = 4
HEADING_MAX_TOKENS = 12


@dataclass(frozen=True)
class Rule:
    """One named boilerplate rule (see the rules file for the meaning of each field)."""

    name: str
    kind: str
    pattern: re.Pattern[str]
    rationale: str
    opens: str | None = None
    before_title: bool = False
    examples: tuple[str, ...] = ()
    keep: tuple[str, ...] = ()

    def matches_line(self, line: str) -> re.Match[str] | None:
        if self.kind == "line":
            return self.pattern.fullmatch(line)
        return self.pattern.search(line)


@dataclass(frozen=True)
class RuleSet:
    rules: tuple[Rule, ...]
    sections: dict[str, str]  # section name -> rule name used for the lines inside it

    def by_name(self, name: str) -> Rule:
        return next(r for r in self.rules if r.name == name)


@dataclass(frozen=True)
class Removal:
    """One piece of text taken out of an article, and why."""

    article_id: str
    line: int
    rule: str
    action: str  # "removed" or "moved_to_title"
    text: str


@dataclass
class CleanArticle:
    article: Article
    title: str
    body: str
    chars_raw: int
    removals: list[Removal] = field(default_factory=list)
    quote_marks: dict[str, int] = field(default_factory=dict)


def load_rules(path: Path) -> RuleSet:
    """Read and check a rules file; errors name the file and the rule."""
    shown = Path(path).name
    try:
        data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise InputError([Problem(shown, f"cannot read rules: {exc}")]) from exc
    problems: list[Problem] = []
    sections = {k: v.get("rule", "") for k, v in (data.get("sections") or {}).items()}
    rules = []
    for i, raw in enumerate(data.get("rules") or [], start=1):
        name = raw.get("name") or f"rule #{i}"
        kind = raw.get("kind")
        if kind not in RULE_KINDS:
            problems.append(Problem(shown, f"{name}: kind {kind!r} is not one of {RULE_KINDS}"))
            continue
        if not raw.get("rationale"):
            problems.append(Problem(shown, f"{name}: every rule needs a rationale"))
        opens = raw.get("open")
        if opens is not None and opens not in sections:
            problems.append(Problem(shown, f"{name}: opens unknown section {opens!r}"))
        try:
            pattern = re.compile(raw["pattern"])
        except (KeyError, re.error) as exc:
            problems.append(Problem(shown, f"{name}: bad or missing pattern ({exc})"))
            continue
        rules.append(
            Rule(
                name=name,
                kind=kind,
                pattern=pattern,
                rationale=" ".join(str(raw.get("rationale", "")).split()),
                opens=opens,
                before_title=bool(raw.get("before_title", False)),
                examples=tuple(raw.get("examples") or ()),
                keep=tuple(raw.get("keep") or ()),
            )
        )
    if problems:
        raise InputError(problems)
    return RuleSet(rules=tuple(rules), sections=sections)


def _is_keyword_line(line: str) -> bool:
    words = line.split()
    return 0 < len(words) <= KEYWORD_LINE_MAX_WORDS and not re.search(r"[.!?:,;]", line)


def _prev_content(lines: list[str], i: int) -> int | None:
    j = i - 1
    while j >= 0 and not lines[j].strip():
        j -= 1
    return j if j >= 0 else None


def _next_content(lines: list[str], i: int) -> int | None:
    j = i + 1
    while j < len(lines) and not lines[j].strip():
        j += 1
    return j if j < len(lines) else None


def clean_article(article: Article, rules: RuleSet) -> CleanArticle:
    """Normalise one article and apply the rules; return the body and the removal audit."""
    normalized = textlib.normalize(article.text)
    lines = normalized.split("\n")
    decided: dict[int, tuple[str, str]] = {}  # line index -> (rule, action)
    trimmed: dict[int, str] = {}
    removals: list[Removal] = []

    title_key = article.title.casefold() if article.title != UNKNOWN else None
    title_idx = next(
        (i for i, ln in enumerate(lines) if title_key and ln.casefold() == title_key), None
    )
    if title_idx is not None:
        decided[title_idx] = (TITLE_RULE, "moved_to_title")

    section: str | None = None
    for i, line in enumerate(lines):
        if not line or i in decided:
            continue
        for rule in rules.rules:
            match = rule.pattern.search(line) if rule.kind == "trailing" else None
            if match:
                line = trimmed[i] = line[: match.start()].rstrip()
                removals.append(Removal(article.id, i + 1, rule.name, "removed", match.group()))
        fired = None
        for rule in rules.rules:
            if rule.kind == "trailing" or (
                rule.before_title and _next_content(lines, i) != title_idx
            ):
                continue
            match = rule.matches_line(line)
            if not match:
                continue
            fired = rule
            decided[i] = (rule.name, "removed")
            if rule.kind == "caption":
                caption = line[: match.start()].strip()
                for j in (_prev_content(lines, i), _next_content(lines, i)):
                    if j is not None and lines[j] == caption:
                        decided[j] = (rule.name, "removed")
                first = min([i, *(j for j in decided if lines[j] == caption)])
                k = _prev_content(lines, first)
                if k is not None and k not in decided and _is_keyword_line(lines[k]):
                    decided[k] = (rule.name, "removed")
            if rule.opens:
                section = rule.opens
            break
        if fired is None and section is not None:
            decided[i] = (rules.sections[section], "removed")

    for i, (rule, action) in decided.items():
        removals.append(Removal(article.id, i + 1, rule, action, lines[i]))
    removals.sort(key=lambda r: (r.line, r.rule))

    kept = [trimmed.get(i, ln) for i, ln in enumerate(lines) if i not in decided]
    body = re.sub(r"\n{3,}", "\n\n", "\n".join(kept)).strip()
    for r in removals:
        log.info("%s line %d [%s] %s: %s", r.article_id, r.line, r.rule, r.action, r.text)
    return CleanArticle(
        article=article,
        title=article.title if title_idx is not None or article.title != UNKNOWN else UNKNOWN,
        body=body,
        chars_raw=len(normalized),
        removals=removals,
        quote_marks=textlib.count_quote_marks(normalized),
    )


def passage_kind(passage: str) -> str:
    """``heading`` for a short line without closing punctuation, else ``body``."""
    short = len(textlib.tokenize(passage)) <= HEADING_MAX_TOKENS
    return "heading" if short and not TERMINAL.search(passage) else "body"


@dataclass
class CleanCorpus:
    """The clean stage's tables."""

    articles: pd.DataFrame
    passages: pd.DataFrame
    sentences: pd.DataFrame
    removed: pd.DataFrame
    duplicates: pd.DataFrame = field(default_factory=pd.DataFrame)


def segment(cleaned: list[CleanArticle], paragraph_mode: str = "auto") -> CleanCorpus:
    """Build the article, passage, sentence and removal tables from cleaned articles."""
    art_rows, pas_rows, sen_rows, rem_rows = [], [], [], []
    for c in cleaned:
        n_sent = n_tok = 0
        paras = textlib.paragraphs(c.body, paragraph_mode)
        for p_pos, para in enumerate(paras, start=1):
            sents = textlib.sentences(para)
            tokens = len(textlib.tokenize(para))
            n_sent += len(sents)
            n_tok += tokens
            pas_rows.append(
                dict(
                    article_id=c.article.id,
                    position=p_pos,
                    kind=passage_kind(para),
                    text=para,
                    n_sentences=len(sents),
                    n_tokens=tokens,
                )
            )
            for s_pos, sent in enumerate(sents, start=1):
                sen_rows.append(
                    dict(article_id=c.article.id, passage=p_pos, position=s_pos, text=sent)
                )
        chars_removed = sum(len(r.text) for r in c.removals if r.action == "removed")
        meta = c.article.meta | {"title": c.title}
        art_rows.append(
            meta
            | dict(
                text=c.body,
                n_chars_raw=c.chars_raw,
                n_chars_clean=len(c.body),
                n_chars_removed=chars_removed,
                n_removals=len(c.removals),
                n_passages=len(paras),
                n_sentences=n_sent,
                n_tokens=n_tok,
            )
            | {f"quotes_{k}": v for k, v in c.quote_marks.items()}
        )
        rem_rows.extend(
            dict(
                article_id=r.article_id,
                line=r.line,
                rule=r.rule,
                action=r.action,
                n_chars=len(r.text),
                text=r.text,
            )
            for r in c.removals
        )
    removed_cols = ["article_id", "line", "rule", "action", "n_chars", "text"]
    return CleanCorpus(
        articles=pd.DataFrame(art_rows).sort_values("id", ignore_index=True),
        passages=pd.DataFrame(pas_rows).sort_values(["article_id", "position"], ignore_index=True),
        sentences=pd.DataFrame(sen_rows).sort_values(
            ["article_id", "passage", "position"], ignore_index=True
        ),
        removed=pd.DataFrame(rem_rows, columns=removed_cols).sort_values(
            ["article_id", "line", "rule"], ignore_index=True
        ),
    )


def clean_corpus(
    articles: list[Article],
    rules: RuleSet,
    paragraph_mode: str = "auto",
    progress: bool = False,
    language: str = "de",
    language_min_prob: float = 0.8,
    language_min_tokens: int = 5,
    duplicates: str = "keep",
    duplicate_threshold: float = 0.9,
) -> CleanCorpus:
    """Clean and segment a whole corpus; flag other-language passages and duplicate articles.

    ``duplicates="drop"`` removes near/exact duplicates (keeping the smallest id of each group)
    and records each in the removal audit; ``"keep"`` only reports them.
    """
    from tqdm.auto import tqdm

    from framelab.language import detect, flag_languages
    from framelab.reuse import duplicate_articles

    if duplicates not in ("keep", "drop"):
        raise ValueError(f"clean.duplicates must be keep or drop, not {duplicates!r}")
    cleaned = [
        clean_article(a, rules)
        for a in tqdm(articles, desc="clean", unit="article", disable=None if progress else True)
    ]
    for c in cleaned:
        if not c.body.strip():
            log.warning(
                "%s: only boilerplate, nothing is left after cleaning (kept, with no passages)",
                c.article.id,
            )
    corpus = segment(cleaned, paragraph_mode)
    corpus.passages = flag_languages(
        corpus.passages, language, language_min_prob, language_min_tokens
    )
    found = [detect(t) if t.strip() else ("und", 0.0) for t in corpus.articles["text"]]
    corpus.articles["language_detected"] = [lang for lang, _ in found]
    corpus.articles["language_prob"] = [round(p, 4) for _, p in found]
    other = corpus.passages[~corpus.passages["in_language"]].groupby("article_id").size()
    corpus.articles["n_passages_other_language"] = (
        corpus.articles["id"].map(other).fillna(0).astype(int)
    )
    dups = duplicate_articles(corpus.articles, duplicate_threshold)
    corpus.duplicates = dups.assign(dropped=duplicates == "drop")
    if duplicates == "drop" and not dups.empty:
        drop = set(dups["article_id"])
        gone = corpus.articles[corpus.articles["id"].isin(drop)]
        audit = pd.DataFrame(
            dict(
                article_id=gone["id"],
                line=0,
                rule="duplicate_article",
                action="dropped_duplicate",
                n_chars=gone["text"].str.len(),
                text=gone["text"].str.slice(0, 200),
            )
        )
        corpus.articles = corpus.articles[~corpus.articles["id"].isin(drop)].reset_index(drop=True)
        corpus.passages = corpus.passages[~corpus.passages["article_id"].isin(drop)].reset_index(
            drop=True
        )
        corpus.sentences = corpus.sentences[~corpus.sentences["article_id"].isin(drop)].reset_index(
            drop=True
        )
        corpus.removed = pd.concat([corpus.removed, audit], ignore_index=True).sort_values(
            ["article_id", "line", "rule"], ignore_index=True
        )
        for row in dups.itertuples():
            log.warning(
                "%s: dropped as %s duplicate of %s", row.article_id, row.kind, row.duplicate_of
            )
    return corpus


def removal_summary(removed: pd.DataFrame) -> pd.DataFrame:
    """Removals per article and rule: how many lines/pieces and how many characters."""
    if removed.empty:
        return pd.DataFrame(columns=["article_id", "rule", "action", "n", "chars"])
    return (
        removed.groupby(["article_id", "rule", "action"], as_index=False)
        .agg(n=("text", "size"), chars=("n_chars", "sum"))
        .sort_values(["article_id", "rule"], ignore_index=True)
    )


def clean_metrics(corpus: CleanCorpus) -> dict:
    """Summary scalars of the corpus (the stage's DVC metrics; per-article counts are a table)."""
    a = corpus.articles
    dups = corpus.duplicates
    removed = corpus.removed
    return dict(
        articles=len(a),
        passages=len(corpus.passages),
        sentences=len(corpus.sentences),
        tokens=int(a.n_tokens.sum()),
        chars_raw=int(a.n_chars_raw.sum()),
        chars_kept=int(a.n_chars_clean.sum()),
        chars_removed=int(a.n_chars_removed.sum()),
        removals=len(removed),
        rules_fired=int(removed["rule"].nunique()),
        empty_after_cleaning=int((a.n_passages == 0).sum()),
        passages_other_language=int((~corpus.passages["in_language"]).sum()),
        duplicates_exact=int((dups["kind"] == "exact").sum()) if len(dups) else 0,
        duplicates_near=int((dups["kind"] == "near").sum()) if len(dups) else 0,
        duplicates_dropped=int(dups["dropped"].sum()) if len(dups) else 0,
    )


def rule_counts(removed: pd.DataFrame) -> pd.DataFrame:
    """Removals per rule over the corpus: lines and characters."""
    counts = Counter(removed["rule"])
    chars = removed.groupby("rule")["n_chars"].sum() if len(removed) else {}
    rows = [dict(rule=r, n=n, chars=int(chars[r])) for r, n in sorted(counts.items())]
    return pd.DataFrame(rows, columns=["rule", "n", "chars"])


def removed_lines(removed: pd.DataFrame, width: int = 90) -> pd.DataFrame:
    """The audit for display: article, line, rule and the removed text cut at ``width``."""
    shown = removed["text"].where(
        removed["text"].str.len() <= width, removed["text"].str.slice(0, width - 1) + "…"
    )
    return removed[["article_id", "line", "rule"]].assign(text=shown)
