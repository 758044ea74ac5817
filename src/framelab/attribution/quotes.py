"""Quotation spans in every German style, and ONE length rule for scare quotes.

Styles: „…“ „…” “…” ”…” «…» »…« ‹…› ›…‹ "…" ‚…‘ ‚…’. A quotation of at most
``scare_max_words`` words is a scare quote (distancing, not a voice) unless a speech cue is
attached to it (the caller passes ``cued``); longer quotations are direct speech.
"""

from __future__ import annotations

import re

from framelab.attribution.model import Quote

QUOTATION = re.compile(
    r"„[^„“”\n]*[“”]"
    r"|“[^“”„\n]*[”“]"
    r"|”[^”“„\n]*”"
    r"|«[^«»\n]*»"
    r"|»[^«»\n]*«"
    r"|‹[^‹›\n]*›"
    r"|›[^‹›\n]*‹"
    r"|\"[^\"\n]*\""
    r"|‚[^‚‘’\n]{1,300}[‘’](?!\w)"
)
WORD = re.compile(r"\w+(?:[-'’.]\w+)*")


def word_count(text: str) -> int:
    """Words in a text (hyphenated compounds count once)."""
    return len(WORD.findall(text))


def quote_spans(text: str, scare_max_words: int) -> list[Quote]:
    """All quotations of a text, in order, classified by the length rule alone."""
    out = []
    for m in QUOTATION.finditer(text):
        words = word_count(m.group()[1:-1])
        if words == 0:
            continue
        out.append(
            Quote(m.start(), m.end(), m.start() + 1, m.end() - 1, words, words <= scare_max_words)
        )
    return out


def is_scare(quote: Quote, scare_max_words: int, cued: bool = False) -> bool:
    """The one length rule: short and without a speech cue → scare quote."""
    return quote.words <= scare_max_words and not cued
