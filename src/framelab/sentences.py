"""One German sentence splitter that returns character offsets into the passage.

A sentence ends at ``.``, ``!``, ``?`` or ``…`` (with any closing quotation marks or brackets
that follow) when the next word starts upper-case, with a digit or an opening quotation mark.
Not a sentence end: known abbreviations ("Dr.", "z.B.", "St."), ordinals ("26. April",
"6. August"), single letters (initials). A colon never ends a sentence.
"""

from __future__ import annotations

import re

ABBREVIATIONS = frozenset(
    """
    abs abg adj allg bd bspw bzgl bzw ca chr co dipl dr ebd etc evtl frl gegr gen ggf hl hrsg
    inkl jh jr kap max min mio mrd nr o.ä od orig pkt prof rd s sog st std str tel u.a u.ä usw v
    vgl vs z.b z.t zb zzt zit jan feb mär apr jun jul aug sep sept okt nov dez mag ing mmag univ
    hr fr abt art bzw. d.h dh i.d.r u.v.m inc ltd corp mr mrs
    """.split()  # noqa: SIM905 (one word list, easier to read and extend)
)
END = re.compile(r"[.!?…]+[\"“”»«’‘›‹)\]]*(?=\s+[\"„“«»‚‹›'(\[]?[A-ZÄÖÜ0-9])")


def _is_false_end(text: str, start: int, match: re.Match[str]) -> bool:
    """True when a full stop belongs to an abbreviation, an ordinal or an initial."""
    if not match.group().startswith(".") or match.group().startswith(".."):
        return False
    words = text[start : match.start()].rsplit(None, 1)  # the word before the stop
    bare = words[-1].lstrip('("„“«»‚').lower() if words else ""
    if bare in ABBREVIATIONS or bare.rstrip(".") in ABBREVIATIONS:
        return True
    if bare.isdigit() and len(bare) <= 2:
        return True  # ordinal: "am 6. August", "der 2. Weltkrieg"
    if len(bare) == 1 and bare.isalpha():
        return True  # an initial: "Walter F. Müller"
    return len(bare) <= 6 and "." in bare[:-1] and bare.replace(".", "").isalpha()  # "u.a."


def sentence_spans(passage: str) -> list[tuple[int, int]]:
    """``(start, end)`` character offsets of the sentences of a passage (trimmed, in order)."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in END.finditer(passage):
        if _is_false_end(passage, start, match):
            continue
        spans.append((start, match.end()))
        start = match.end()
    spans.append((start, len(passage)))
    return [_trim(passage, s, e) for s, e in spans if passage[s:e].strip()]


def _trim(passage: str, start: int, end: int) -> tuple[int, int]:
    while start < end and passage[start].isspace():
        start += 1
    while end > start and passage[end - 1].isspace():
        end -= 1
    return start, end


def split_sentences(passage: str) -> list[str]:
    """The sentence texts of a passage."""
    return [passage[s:e] for s, e in sentence_spans(passage)]
