"""Stage ``clean``: normalise each article, remove page furniture by named rules, segment.

Every removal is recorded (article, line, rule, removed text) so nothing disappears silently;
the rules themselves live in a data file (``resources/de/boilerplate.yml``) with their rationale.
"""

from __future__ import annotations

import logging
import re
from collections import Counter
from dataclasses import asdict, dataclass, field
from functools import partial
from pathlib import Path

import pandas as pd
import yaml

from framelab import text as textlib
from framelab.clean.furniture import RULE_NAME, is_furniture
from framelab.errors import InputError, Problem, compiled_pattern, listed, one_line
from framelab.io.corpus import UNKNOWN, Article
from framelab.runtime.literal_gate import could_match

log = logging.getLogger(__name__)

RULE_KINDS = ("line", "trailing", "caption")
TITLE_RULE = "title_line"
FURNITURE_RULE = RULE_NAME
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
        """A ``line`` rule must match the whole line; other kinds search it, after a scan for
        the literals every match contains has not ruled the line out (same matches; a search
        tries the pattern at every character, :mod:`framelab.runtime.literal_gate`)."""
        if self.kind == "line":
            return self.pattern.fullmatch(line)
        return self.pattern.search(line) if could_match(self.pattern, line) else None


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
        pattern = compiled_pattern(raw, shown, name, problems)
        if pattern is None:
            continue
        rules.append(Rule(name=name, kind=kind, pattern=pattern, opens=opens, **_rule_texts(raw)))
    if problems:
        raise InputError(problems)
    return RuleSet(rules=tuple(rules), sections=sections)


def _rule_texts(raw: dict) -> dict:
    """A rule entry's rationale, examples and keep-cases, and whether it runs before the title."""
    return dict(
        rationale=one_line(raw.get("rationale")),
        before_title=bool(raw.get("before_title", False)),
        examples=listed(raw, "examples"),
        keep=listed(raw, "keep"),
    )


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


@dataclass
class _Decisions:
    """What one pass over an article's lines decided: removed lines, trimmed lines, audit."""

    lines: list[str]
    article_id: str
    decided: dict[int, tuple[str, str]] = field(default_factory=dict)  # line -> (rule, action)
    trimmed: dict[int, str] = field(default_factory=dict)
    removals: list[Removal] = field(default_factory=list)


def clean_article(
    article: Article, rules: RuleSet, furniture: frozenset[str] = frozenset()
) -> CleanArticle:
    """Normalise one article and apply the rules; return the body and the removal audit.

    ``furniture``: normalised lines that the corpus repeats so often that they are page
    furniture (:mod:`framelab.clean.furniture`); the rule ``repeated_furniture`` removes them.
    """
    normalized = textlib.normalize(article.text)
    d = _Decisions(normalized.split("\n"), article.id)
    title_idx = _title_line(d.lines, article.title)
    if title_idx is not None:
        d.decided[title_idx] = (TITLE_RULE, "moved_to_title")
    section: str | None = None
    for i, raw in enumerate(d.lines):
        if not raw or i in d.decided:
            continue
        line = _trim_trailing(d, i, rules)
        rule = _first_line_rule(d.lines, i, line, rules, title_idx)
        if rule is not None:
            _apply_line_rule(d, i, line, rule)
            section = rule.opens or section
        elif section is not None:
            d.decided[i] = (rules.sections[section], "removed")
        elif furniture and is_furniture(line, furniture):
            d.decided[i] = (FURNITURE_RULE, "removed")
    return _finish(article, normalized, d, title_idx)


def _title_line(lines: list[str], title: str) -> int | None:
    key = title.casefold() if title != UNKNOWN else None
    return next((i for i, ln in enumerate(lines) if key and ln.casefold() == key), None)


def _trim_trailing(d: _Decisions, i: int, rules: RuleSet) -> str:
    line = d.lines[i]
    for rule in rules.rules:
        match = rule.matches_line(line) if rule.kind == "trailing" else None
        if match:
            line = d.trimmed[i] = line[: match.start()].rstrip()
            d.removals.append(Removal(d.article_id, i + 1, rule.name, "removed", match.group()))
    return line


def _first_line_rule(lines, i: int, line: str, rules: RuleSet, title_idx) -> Rule | None:
    for rule in rules.rules:
        if rule.kind == "trailing":
            continue
        if rule.before_title and (title_idx is None or _next_content(lines, i) != title_idx):
            continue
        if rule.matches_line(line):
            return rule
    return None


def _apply_line_rule(d: _Decisions, i: int, line: str, rule: Rule) -> None:
    d.decided[i] = (rule.name, "removed")
    if rule.kind != "caption":
        return
    caption = line[: rule.matches_line(line).start()].strip()
    for j in (_prev_content(d.lines, i), _next_content(d.lines, i)):
        if j is not None and d.lines[j] == caption:
            d.decided[j] = (rule.name, "removed")
    first = min([i, *(j for j in d.decided if d.lines[j] == caption)])
    k = _prev_content(d.lines, first)
    if k is not None and k not in d.decided and _is_keyword_line(d.lines[k]):
        d.decided[k] = (rule.name, "removed")


def _finish(article: Article, normalized: str, d: _Decisions, title_idx) -> CleanArticle:
    removals = d.removals + [
        Removal(article.id, i + 1, rule, action, d.lines[i])
        for i, (rule, action) in d.decided.items()
    ]
    removals.sort(key=lambda r: (r.line, r.rule))
    kept = [d.trimmed.get(i, ln) for i, ln in enumerate(d.lines) if i not in d.decided]
    body = re.sub(r"\n{3,}", "\n\n", "\n".join(kept)).strip()
    for r in removals:
        log.info("%s line %d [%s] %s: %s", r.article_id, r.line, r.rule, r.action, r.text)
    keep_title = title_idx is not None or article.title != UNKNOWN
    return CleanArticle(
        article=article,
        title=article.title if keep_title else UNKNOWN,
        body=body,
        chars_raw=len(normalized),
        removals=removals,
        quote_marks=textlib.count_quote_marks(normalized),
    )


def passage_kind(passage: str, n_tokens: int | None = None) -> str:
    """``heading`` for a short line without closing punctuation, else ``body`` (``n_tokens``:
    the passage's token count, when the caller has it)."""
    if n_tokens is None:
        n_tokens = len(textlib.tokenize(passage))
    short = n_tokens <= HEADING_MAX_TOKENS
    return "heading" if short and not TERMINAL.search(passage) else "body"


@dataclass
class CleanCorpus:
    """The clean stage's tables."""

    articles: pd.DataFrame
    passages: pd.DataFrame
    sentences: pd.DataFrame
    removed: pd.DataFrame
    duplicates: pd.DataFrame = field(default_factory=pd.DataFrame)


CHUNK = 200  # articles per task when a list is given (memory, not results)
REMOVED_COLUMNS = ["article_id", "line", "rule", "action", "n_chars", "text"]
PASSAGE_COLUMNS = ["article_id", "position", "kind", "text", "n_sentences", "n_tokens"]
SENTENCE_COLUMNS = ["article_id", "passage", "position", "start", "end", "text"]


@dataclass
class Segmented:
    """One article's rows of the four clean tables."""

    article: dict
    passages: list[dict]
    sentences: list[dict]
    removed: list[dict]


def segment_article(c: CleanArticle, paragraph_mode: str) -> Segmented:
    """Passages and sentences (with character offsets in their passage) of one article."""
    passages, sentences = [], []
    for p_pos, para in enumerate(textlib.paragraphs(c.body, paragraph_mode), start=1):
        spans = textlib.sentence_spans(para)
        n_tokens = len(textlib.tokenize(para))
        passages.append(
            dict(
                article_id=c.article.id,
                position=p_pos,
                kind=passage_kind(para, n_tokens),
                text=para,
                n_sentences=len(spans),
                n_tokens=n_tokens,
            )
        )
        sentences += [
            dict(
                article_id=c.article.id,
                passage=p_pos,
                position=s_pos,
                start=a,
                end=b,
                text=para[a:b],
            )
            for s_pos, (a, b) in enumerate(spans, 1)
        ]
    removed = [_removal_row(r) for r in c.removals]
    return Segmented(_article_row(c, passages), passages, sentences, removed)


def _removal_row(r: Removal) -> dict:
    """The audit row of one removal: what, where, by which rule, how many characters."""
    row = {k: v for k, v in asdict(r).items() if k != "text"}
    return row | {"n_chars": len(r.text), "text": r.text}


def _article_row(c: CleanArticle, passages: list[dict]) -> dict:
    chars_removed = sum(len(r.text) for r in c.removals if r.action == "removed")
    counts = dict(
        text=c.body,
        n_chars_raw=c.chars_raw,
        n_chars_clean=len(c.body),
        n_chars_removed=chars_removed,
        n_removals=len(c.removals),
        n_passages=len(passages),
        n_sentences=sum(p["n_sentences"] for p in passages),
        n_tokens=sum(p["n_tokens"] for p in passages),
    )
    quotes = {f"quotes_{k}": v for k, v in c.quote_marks.items()}
    return c.article.meta | {"title": c.title} | counts | quotes


def tables_of(parts: list[Segmented]) -> CleanCorpus:
    """The four clean tables from segmented articles, sorted."""
    return CleanCorpus(
        articles=pd.DataFrame([p.article for p in parts]).sort_values("id", ignore_index=True),
        passages=pd.DataFrame(
            [r for p in parts for r in p.passages], columns=PASSAGE_COLUMNS
        ).sort_values(["article_id", "position"], ignore_index=True),
        sentences=pd.DataFrame(
            [r for p in parts for r in p.sentences], columns=SENTENCE_COLUMNS
        ).sort_values(["article_id", "passage", "position"], ignore_index=True),
        removed=pd.DataFrame(
            [r for p in parts for r in p.removed], columns=REMOVED_COLUMNS
        ).sort_values(["article_id", "line", "rule"], ignore_index=True),
    )


def segment(cleaned: list[CleanArticle], paragraph_mode: str = "auto") -> CleanCorpus:
    """Build the article, passage, sentence and removal tables from cleaned articles."""
    return tables_of([segment_article(c, paragraph_mode) for c in cleaned])


@dataclass(frozen=True)
class CleanSettings:
    """What cleaning one chunk of articles needs (picklable, sent to worker processes)."""

    rules: RuleSet
    paragraph_mode: str
    language: str
    language_min_prob: float
    language_min_tokens: int
    furniture: frozenset[str] = frozenset()


def clean_chunk(articles: list[Article], settings: CleanSettings) -> CleanCorpus:
    """Map step: clean, segment and language-flag one chunk of articles."""
    from framelab.clean.language import detect, flag_languages

    s = settings
    parts = [
        segment_article(clean_article(a, s.rules, s.furniture), s.paragraph_mode) for a in articles
    ]
    for part in parts:
        if not part.article["text"].strip():
            log.warning(
                "%s: only boilerplate, nothing is left after cleaning (kept, with no passages)",
                part.article["id"],
            )
    corpus = tables_of(parts)
    corpus.passages = flag_languages(
        corpus.passages, s.language, s.language_min_prob, s.language_min_tokens
    )
    texts = corpus.articles["text"].tolist()
    found = iter(detect([t for t in texts if t.strip()]))
    found = [next(found) if t.strip() else ("und", 0.0) for t in texts]
    corpus.articles["language_detected"] = [lang for lang, _ in found]
    corpus.articles["language_prob"] = [round(p, 4) for _, p in found]
    other = corpus.passages[~corpus.passages["in_language"]].groupby("article_id").size()
    corpus.articles["n_passages_other_language"] = (
        corpus.articles["id"].map(other).fillna(0).astype(int)
    )
    return corpus


def concat(chunks: list[CleanCorpus]) -> CleanCorpus:
    """Reduce step: the chunks' tables, in article order."""

    def cat(name: str, keys: list[str]) -> pd.DataFrame:
        frames = [getattr(c, name) for c in chunks if len(getattr(c, name))]
        if not frames:
            return getattr(chunks[0], name).iloc[0:0] if chunks else pd.DataFrame()
        return pd.concat(frames, ignore_index=True).sort_values(keys, ignore_index=True)

    return CleanCorpus(
        articles=cat("articles", ["id"]),
        passages=cat("passages", ["article_id", "position"]),
        sentences=cat("sentences", ["article_id", "passage", "position"]),
        removed=cat("removed", ["article_id", "line", "rule"]),
    )


def clean_corpus(
    articles, settings: CleanSettings, duplicates: str, threshold: float, shingle: int, mapper=map
) -> CleanCorpus:
    """Clean a corpus chunk by chunk (``mapper``: ``map`` or an executor's ``map``).

    ``articles``: a list of articles, or an iterable of chunks (lists) as
    :func:`framelab.io.corpus.iter_corpus` yields them. Duplicates are found over the whole corpus;
    ``duplicates="drop"`` removes them (keeping the smallest id of each group) and records each
    in the removal audit; ``"keep"`` only reports them.
    """
    if isinstance(articles, list) and (not articles or isinstance(articles[0], Article)):
        articles = [articles[i : i + CHUNK] for i in range(0, len(articles), CHUNK)]
    corpus = concat(list(mapper(partial(clean_chunk, settings=settings), articles)))
    return mark_duplicates(corpus, duplicates, threshold, shingle)


def mark_duplicates(
    corpus: CleanCorpus, duplicates: str, threshold: float, shingle: int
) -> CleanCorpus:
    """Find exact and near-duplicate articles; drop them (audited) when asked to."""
    from framelab.clean.duplicates import duplicate_articles

    dups = duplicate_articles(corpus.articles, threshold, shingle)
    corpus.duplicates = dups.assign(dropped=duplicates == "drop")
    if duplicates != "drop" or dups.empty:
        return corpus
    drop = set(dups["article_id"])
    audit = drop_audit(corpus.articles[corpus.articles["id"].isin(drop)])
    corpus.articles = _without(corpus.articles, "id", drop)
    corpus.passages = _without(corpus.passages, "article_id", drop)
    corpus.sentences = _without(corpus.sentences, "article_id", drop)
    corpus.removed = pd.concat([corpus.removed, audit], ignore_index=True).sort_values(
        ["article_id", "line", "rule"], ignore_index=True
    )
    for row in dups.itertuples():
        log.warning("%s: dropped as %s duplicate of %s", row.article_id, row.kind, row.duplicate_of)
    return corpus


def drop_audit(gone: pd.DataFrame) -> pd.DataFrame:
    """Removal audit rows of dropped duplicate articles (``id``, ``text``)."""
    return pd.DataFrame(
        dict(
            article_id=gone["id"],
            line=0,
            rule="duplicate_article",
            action="dropped_duplicate",
            n_chars=gone["text"].str.len(),
            text=gone["text"].str.slice(0, 200),
        )
    )


def _without(df: pd.DataFrame, column: str, ids: set[str]) -> pd.DataFrame:
    return df[~df[column].isin(ids)].reset_index(drop=True)


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
    rows = dict(passages=len(corpus.passages), sentences=len(corpus.sentences))
    other = int((~corpus.passages["in_language"]).sum())
    return metrics_of(corpus.articles, rows, other, corpus.removed, corpus.duplicates)


def metrics_of(a: pd.DataFrame, rows: dict, other_language: int, removed, dups) -> dict:
    """:func:`clean_metrics` from the article table, the table sizes and the audits."""
    return dict(
        articles=len(a),
        passages=rows["passages"],
        sentences=rows["sentences"],
        tokens=int(a.n_tokens.sum()),
        chars_raw=int(a.n_chars_raw.sum()),
        chars_kept=int(a.n_chars_clean.sum()),
        chars_removed=int(a.n_chars_removed.sum()),
        removals=len(removed),
        rules_fired=int(removed["rule"].nunique()),
        empty_after_cleaning=int((a.n_passages == 0).sum()),
        passages_other_language=other_language,
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
