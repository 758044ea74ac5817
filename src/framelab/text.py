"""German text handling: normalisation, paragraphs, sentences, tokens and lemmas.

Fast by design (regular expressions and a cached simplemma look-up): the pipeline must scale
from five articles to tens of thousands.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

from framelab.runtime import lemma_cache

# --- normalisation -------------------------------------------------------------------------

INVISIBLE = "\u00ad\u200b\u200c\u200d\u2060\ufeff"  # soft hyphen, zero-width characters
SPACE_LIKE = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
QUOTE_STYLES = {
    "low9": "„",  # German opening quote; closes with “ (curly_double)
    "curly_double": "“”",
    "guillemet": "«»",
    "reverse_guillemet": "‹›",
    "straight_double": '"',
    "curly_single": "‘’",
}


def normalize(text: str) -> str:
    """NFC, no soft hyphens or zero-width characters, LF line ends, single spaces, trimmed lines.

    Typographic quotes are kept as they are (see :func:`count_quote_marks`).
    """
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = strip_invisible(text)
    lines = (SPACE_LIKE.sub(" ", line).strip() for line in text.split("\n"))
    return "\n".join(lines).strip("\n")


def strip_invisible(text: str) -> str:
    """The text without soft hyphens and zero-width characters. One ``replace`` per character
    present: ``str.translate`` with a deletion table looks up every character of the text and
    was 100 times slower on news text."""
    for ch in INVISIBLE:
        if ch in text:
            text = text.replace(ch, "")
    return text


QUOTES_MIN_PER_ARTICLE = 1.0  # fewer marks per article: the corpus has lost its quotation marks
QUOTES_MIN_ARTICLES = 10  # ... judged on at least this many articles


def quotes_lost(quote_marks: int, n_articles: int) -> bool:
    """Whether a corpus has (almost) lost its quotation marks, so quotes read as own words."""
    return n_articles >= QUOTES_MIN_ARTICLES and quote_marks / n_articles < QUOTES_MIN_PER_ARTICLE


def count_quote_marks(text: str) -> dict[str, int]:
    """How many quote characters of each style a text uses (recorded, never rewritten)."""
    return {name: sum(text.count(ch) for ch in chars) for name, chars in QUOTE_STYLES.items()}


# --- paragraphs and sentences ---------------------------------------------------------------

BLANK_LINES = re.compile(r"\n\s*\n")


def paragraphs(text: str, mode: str = "auto") -> list[str]:
    """Split a cleaned text into paragraphs.

    ``line``: every non-empty line is a paragraph (web copy, most news exports).
    ``blank_line``: blocks separated by blank lines; lines inside a block are joined.
    ``auto``: ``blank_line`` when most blocks span several lines (hard-wrapped text), else ``line``.
    """
    if mode not in {"auto", "line", "blank_line"}:
        raise ValueError(f"unknown paragraph mode {mode!r} (auto, line, blank_line)")
    blocks = [b.strip() for b in BLANK_LINES.split(text) if b.strip()]
    if mode == "auto":
        mode = "blank_line" if _looks_hard_wrapped(blocks) else "line"
    if mode == "blank_line":
        return [" ".join(line.strip() for line in b.split("\n")) for b in blocks]
    return [line.strip() for line in text.split("\n") if line.strip()]


def _looks_hard_wrapped(blocks: list[str]) -> bool:
    """True when most lines inside multi-line blocks stop mid-sentence (wrapped at a width)."""
    inner = [ln for b in blocks if "\n" in b for ln in b.split("\n")[:-1]]
    if len(blocks) < 2 or not inner:
        return False
    open_ended = sum(1 for ln in inner if not re.search(r"[.!?:…\"“”»]$", ln.strip()))
    return open_ended > len(inner) / 2


def sentence_spans(paragraph: str) -> list[tuple[int, int]]:
    """Sentences of a paragraph as character spans: the project's one German splitter
    (:func:`framelab.sentences.sentence_spans`), used by every layer."""
    from framelab.sentences import sentence_spans as spans

    return spans(paragraph)


def sentences(paragraph: str) -> list[str]:
    """The sentences of a paragraph as strings (see :func:`sentence_spans`)."""
    return [paragraph[a:b] for a, b in sentence_spans(paragraph)]


# --- tokens and lemmas ----------------------------------------------------------------------

TOKEN = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*|\d+(?:[.,]\d+)*", re.UNICODE)
URL = re.compile(r"\b(?:https?://|www\.)\S+", re.IGNORECASE)


def tokenize(text: str) -> list[str]:
    """Word and number tokens; hyphenated compounds ("Nahost-Konflikt") stay one token; URLs go."""
    if "://" in text or "www." in text.lower():  # what every URL match needs (cheaper to test)
        text = URL.sub(" ", text)
    return TOKEN.findall(text)


@lru_cache(maxsize=500_000)
def lemma(token: str, lang: str = "de", lower: bool = True) -> str:
    """Lemma of a token (simplemma, cached), lower-cased by default; umlauts and ß are kept."""
    lem = lemma_cache.lemmatizer().lemmatize(token, lang)
    return lem.lower() if lower else lem


def lemmas(
    text: str,
    stopwords: frozenset[str] = frozenset(),
    drop_numbers: bool = True,
    min_length: int = 2,
    lang: str = "de",
) -> list[str]:
    """Content lemmas of a text: lemmatised, lower-cased, without stop words and numbers."""
    kept = _kept_lemmas(stopwords, drop_numbers, min_length, lang)
    out = []
    for token in tokenize(text):
        lem = kept.get(token, _UNSEEN)
        if lem is _UNSEEN:
            lem = kept[token] = _content_lemma(token, stopwords, drop_numbers, min_length, lang)
        if lem is not None:
            out.append(lem)
    return out


_UNSEEN = object()
_KEPT: dict[tuple, dict[str, str | None]] = {}
KEPT_CACHE = 500_000  # tokens remembered per setting (the decision is a function of the token)


def _kept_lemmas(stopwords, drop_numbers, min_length, lang) -> dict[str, str | None]:
    """Each token's content lemma (None: dropped) under one setting, filled as tokens come."""
    key = (stopwords, drop_numbers, min_length, lang)
    kept = _KEPT.get(key)
    if kept is None or len(kept) > KEPT_CACHE:
        kept = _KEPT[key] = {}
    return kept


def _content_lemma(token, stopwords, drop_numbers, min_length, lang) -> str | None:
    if drop_numbers and token[0].isdigit():
        return None
    lem = lemma(token, lang)
    if len(lem) < min_length or lem in stopwords or token.lower() in stopwords:
        return None
    return lem


def load_wordlist(path: Path) -> frozenset[str]:
    """A word list file: one entry per line, ``#`` starts a comment; entries are lower-cased."""
    words = set()
    for raw in Path(path).read_text(encoding="utf-8").splitlines():
        entry = raw.split("#", 1)[0].strip().lower()
        if entry:
            words.add(entry)
    return frozenset(words)


def load_stopwords(paths: Iterable[Path]) -> frozenset[str]:
    """The union of several stop-word files."""
    words: set[str] = set()
    for path in paths:
        words |= load_wordlist(path)
    return frozenset(words)


# --- quotations -----------------------------------------------------------------------------

QUOTATION = re.compile(r"„[^„“”]*[“”]|“[^“”„]*”|«[^«»]*»|»[^«»]*«|\"[^\"]*\"")


def quote_spans(text: str) -> list[tuple[int, int]]:
    """Character spans (start, end) of quotations in any German quote style: „…“ “…” «…» »…« "…"."""
    return [m.span() for m in QUOTATION.finditer(text)]
