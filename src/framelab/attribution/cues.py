"""Attribution cues from ``resources/de/attribution.yml``: one compiled alternation per category.

Loading checks every entry: its pattern compiles, each example matches and no counterexample
does; a failure is an :class:`~framelab.errors.InputError` naming the file and the entry. An
entry's ``not_in_clause`` pattern names the other sense of its word: a match whose clause (the
text between the nearest commas, colons, semicolons, dashes or brackets) holds it is no cue
("bestritt 106 Länderspiele" plays matches, "bestritt, dass …" denies). An entry's
``only_after`` pattern must match the whole text before the cue ("…", verteidigte sich X: only
after a quotation that opens the sentence or follows a colon).
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from framelab.attribution.model import Cue
from framelab.errors import InputError, Problem, read_yaml
from framelab.paths import RESOURCES

RESOURCE = RESOURCES / "de" / "attribution.yml"
# scan order: discontinuous particle verbs before one-word verbs (leftmost-longest wins)
CATEGORIES = (
    "particle",
    "nominal",
    "impersonal",
    "verb",
    "konjunktiv1",
    "konjunktiv2",
    "anaphoric",
)
SPEECH = frozenset({"particle", "verb", "nominal", "impersonal"})
HEARSAY_ENTRY = "reportive_sollen"  # its span can hold the source it reports ("soll laut X")


@dataclass(frozen=True)
class CueLexicon:
    """Compiled cues; ``scan`` has every category's entries, each followed by an empty named
    group ``<category>__<entry>`` (so ``lastgroup`` names the entry that matched)."""

    scan: re.Pattern[str]
    by_category: dict[str, re.Pattern[str]]
    metonyms: dict[str, str]
    rationales: dict[str, str]
    documents: tuple[str, ...] = ()  # document nouns, lower case (word endings: "wifo-studie")
    # entry -> the other sense of its word, found in the cue's clause (``not_in_clause``)
    other_senses: dict[str, re.Pattern[str]] = field(default_factory=dict)
    # entry -> what the whole text before the cue must be (``only_after``)
    preceding: dict[str, re.Pattern[str]] = field(default_factory=dict)


CLAUSE_BREAK = re.compile(r"[,;:–—()]")


def clause_around(text: str, start: int, end: int) -> str:
    """The clause of ``text[start:end]``: up to the nearest comma, colon, semicolon, dash or
    bracket on either side."""
    left = max((m.end() for m in CLAUSE_BREAK.finditer(text, 0, start)), default=0)
    right = CLAUSE_BREAK.search(text, end)
    return text[left : right.start() if right else len(text)]


def _is_cue(
    m: re.Match, other_sense: re.Pattern[str] | None, before: re.Pattern[str] | None = None
) -> bool:
    if before is not None and not before.fullmatch(m.string, 0, m.start()):
        return False
    return other_sense is None or not other_sense.search(clause_around(m.string, *m.span()))


def _wrap(pattern: str) -> str:
    return rf"(?<!\w)(?:{pattern})(?!\w)"


def _check_entry(raw: dict, end: str, shown: str) -> tuple[str | None, list[Problem]]:
    """The entry's expanded pattern, and problems (bad pattern, failing (counter)examples)."""
    name = raw.get("name", "?")
    if not raw.get("rationale"):
        return None, [Problem(shown, f"{name}: no rationale")]
    pattern = str(raw["pattern"]).replace("{END}", end)
    try:
        compiled = re.compile(_wrap(pattern))
        other = re.compile(raw["not_in_clause"]) if raw.get("not_in_clause") else None
        before = re.compile(raw["only_after"]) if raw.get("only_after") else None
    except (re.error, TypeError) as exc:
        return None, [Problem(shown, f"{name}: bad pattern ({exc})")]

    def matches(ex: str) -> bool:
        return any(_is_cue(m, other, before) for m in compiled.finditer(ex))

    problems = [
        Problem(shown, f"{name}: example does not match: {ex!r}")
        for ex in raw.get("examples") or ()
        if not matches(ex)
    ]
    problems += [
        Problem(shown, f"{name}: counterexample matches: {ex!r}")
        for ex in raw.get("counterexamples") or ()
        if matches(ex)
    ]
    if not raw.get("examples"):
        problems.append(Problem(shown, f"{name}: no examples"))
    return pattern, problems


def load_cues(path: Path = RESOURCE) -> CueLexicon:
    """Read and check the cue resource; compile one alternation per category."""
    shown = Path(path).name
    data = read_yaml(path)
    end = data["particle_end"]
    parts: dict[str, list[str]] = {c: [] for c in CATEGORIES}
    problems: list[Problem] = []
    rationales, other_senses, preceding = {}, {}, {}
    for raw in data["entries"]:
        name, category = raw.get("name", "?"), raw.get("category")
        if category not in parts:
            problems.append(Problem(shown, f"{name}: unknown category {category!r}"))
            continue
        pattern, found = _check_entry(raw, end, shown)
        problems += found
        if pattern is not None:
            # the name goes in an empty group after the entry, not around it: a branch that
            # starts with its first letter is skipped by the regex engine at a glance (the same
            # matches, found about 1.6 times as fast)
            parts[category].append(f"(?:{pattern})(?P<{category}__{name}>)")
            rationales[name] = " ".join(str(raw["rationale"]).split())
            if raw.get("not_in_clause"):
                other_senses[name] = re.compile(raw["not_in_clause"])
            if raw.get("only_after"):
                preceding[name] = re.compile(raw["only_after"])
    documents, found = _documents(data.get("documents"), shown)
    problems += found
    if problems:
        raise InputError(problems)
    by_category = {c: re.compile(_wrap("|".join(p))) for c, p in parts.items() if p}
    alternation = "|".join(f"(?:{by_category[c].pattern})" for c in CATEGORIES if c in by_category)
    # every cue starts at a word start: one cheap check before the alternation is tried
    scan = re.compile(rf"(?<!\w)(?=[^\W\d_])(?:{alternation})")
    metonyms = dict(data.get("metonyms") or {})
    return CueLexicon(scan, by_category, metonyms, rationales, documents, other_senses, preceding)


def _documents(raw, shown: str) -> tuple[tuple[str, ...], list[Problem]]:
    """The document nouns of the ``documents`` block, and problems: no rationale, a head that
    is not one capitalised word, an example sentence without a head or without its author."""
    if raw is None:
        return (), []
    heads = [str(h) for h in raw.get("heads") or ()]
    problems = [Problem(shown, "documents: no rationale")] if not raw.get("rationale") else []
    problems += [
        Problem(shown, f"documents: head {h!r} is not one capitalised word")
        for h in heads
        if not re.fullmatch(r"[A-ZÄÖÜ][a-zäöüß]+", h)
    ]
    lowered = tuple(sorted({h.lower() for h in heads}))
    for ex in raw.get("examples") or ():
        sentence, author = str(ex.get("sentence", "")), str(ex.get("author", ""))
        words = re.findall(r"[\w-]+", sentence.lower())
        if not any(w.endswith(lowered) for w in words):
            problems.append(Problem(shown, f"documents: example names no document: {sentence!r}"))
        if author and author not in sentence:
            problems.append(Problem(shown, f"documents: author {author!r} not in {sentence!r}"))
    if not raw.get("examples"):
        problems.append(Problem(shown, "documents: no examples"))
    return lowered, problems


@lru_cache(maxsize=1)
def default_cues() -> CueLexicon:
    """The packaged German cue lexicon (loaded and checked once per process)."""
    return load_cues(RESOURCE)


# The last scans: a sentence is scanned for its speaker, then again for its mood. One memo per
# thread: a Dask worker runs tasks in several threads, and a shared dict evicted by two threads
# at once raised KeyError.
_LOCAL = threading.local()
_RECENT_SIZE = 16


def _recent() -> dict[str, tuple[CueLexicon, tuple[Cue, ...]]]:
    memo = getattr(_LOCAL, "recent", None)
    if memo is None:
        memo = _LOCAL.recent = {}
    return memo


def find_cues(text: str, lexicon: CueLexicon | None = None) -> list[Cue]:
    """Every cue in a text (quotations should be blanked by the caller), in text order."""
    lexicon = lexicon or default_cues()
    memo = _recent()
    recent = memo.get(text)
    if recent is not None and recent[0] is lexicon:
        return list(recent[1])
    found = tuple(_scan(text, lexicon))
    if len(memo) >= _RECENT_SIZE:
        del memo[next(iter(memo))]
    memo[text] = (lexicon, found)
    return list(found)


def _scan(text: str, lexicon: CueLexicon) -> list[Cue]:
    """The cues of one scan; a reportive-sollen span ("soll laut Xinhua beschädigt worden sein")
    is scanned again after its first word for a source cue inside it (voices round 21: "soll laut
    X", "sollen nach Angaben der X", "soll, so die Polizei, …"); the verb that ends the span ("soll
    … gewarnt haben") is the hearsay's content, no cue of its own."""
    found = []
    for m in lexicon.scan.finditer(text):
        cue = _cue_of(m)
        if not _is_cue(m, lexicon.other_senses.get(cue.entry), lexicon.preceding.get(cue.entry)):
            continue
        found.append(cue)
        if cue.entry == HEARSAY_ENTRY:
            inner = m.start() + len(re.match(r"\w+", cue.text).group())
            found += _inner_sources(text, inner, m.end(), lexicon)
    return found


def _cue_of(m: re.Match) -> Cue:
    """The cue a match of the lexicon's scan is (its group ``<category>__<entry>``)."""
    return Cue(*m.lastgroup.split("__", 1), m.start(), m.end(), m.group())


def _inner_sources(text: str, start: int, end: int, lexicon: CueLexicon) -> list[Cue]:
    """Source (nominal) cues in ``text[start:end]``, scanned in place so that a lookbehind sees
    the text before ``start``."""
    cues = (_cue_of(m) for m in lexicon.scan.finditer(text, start, end))
    return [c for c in cues if c.category == "nominal"]


def cue_surface(cue: Cue) -> str:
    """The surface form of a cue; a discontinuous particle verb is written ``warf … vor``."""
    if cue.category != "particle":
        return " ".join(cue.text.split())
    words = cue.text.split()
    if words[-2:-1] == ["zu"] and words[-1] == "bedenken":
        return f"{words[0]} … zu bedenken"
    return f"{words[0]} … {words[-1]}" if len(words) > 2 else " ".join(words)


def blank(text: str, spans: list[tuple[int, int]]) -> str:
    """The text with the given spans replaced by spaces (offsets preserved)."""
    chars = list(text)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    return "".join(chars)
