"""Abbreviations an article defines, so that a speaker named by one gets the full name.

News introduces an organisation once in full with its abbreviation in brackets and then uses
the abbreviation: "die Internet Watch Foundation (IWF)" … "erklärt die IWF". The full name is the
shortest run of capitalised words (joined by "und", "für", "der" …) right before the bracket that
starts with the abbreviation's first letter and contains its letters in order: "Rundfunk und
Telekom Regulierungs-GmbH (RTR)", "Bundesimmobiliengesellschaft (BIG)", "Österreichischer
Naturschutzbund (ÖNB)". A bracket whose letters fit no such run ("Facegloria (AGB)") defines
nothing. Voices round 19.
"""

from __future__ import annotations

import re
from functools import lru_cache

# (IWF), (BLRH), (BLh): two to six letters, the first and at least one more a capital
BRACKETED = re.compile(r"\((?=[A-ZÄÖÜ][A-Za-zÄÖÜ]*[A-ZÄÖÜ])([A-ZÄÖÜ][A-Za-zÄÖÜ]{1,5})\)")
WORD = re.compile(r"[\wÄÖÜäöüß&.'-]+")
JOINERS = frozenset({"und", "für", "der", "des", "von", "&", "de", "of", "the", "for"})
MAX_WORDS = 6


def full_name(before: str, abbreviation: str) -> str:
    """The full name that ``before`` (the text up to the bracket) ends with, or ""."""
    words = _capitalised_run(before)
    for k in range(1, len(words) + 1):
        candidate = words[-k:]
        if candidate[0] in JOINERS:
            continue
        name = " ".join(candidate)
        if _spells(name, abbreviation):
            return name
    return ""


def _capitalised_run(before: str) -> list[str]:
    """The capitalised words (with joiners between them) that end ``before``."""
    tail = before.rstrip()
    words = WORD.findall(tail[-200:])
    if not words or not tail.endswith(words[-1]):
        return []
    run: list[str] = []
    for w in reversed(words):
        if len(run) == MAX_WORDS or not (w[:1].isupper() or (w in JOINERS and run)):
            break
        run.insert(0, w)
    while run and run[0] in JOINERS:
        run.pop(0)
    return run


def _spells(name: str, abbreviation: str) -> bool:
    """``name`` starts with the abbreviation's first letter and has all its letters in order."""
    low, letters = name.lower(), abbreviation.lower()
    if not low.startswith(letters[0]):
        return False
    at = 0
    for letter in letters:
        at = low.find(letter, at) + 1
        if not at:
            return False
    return True


@lru_cache(maxsize=8)
def defined_abbreviations(texts: tuple[str, ...]) -> dict[str, str]:
    """``{abbreviation: full name}`` of every abbreviation the article defines (the first
    definition wins)."""
    found: dict[str, str] = {}
    for text in texts:
        for m in BRACKETED.finditer(text):
            name = full_name(text[: m.start()], m.group(1))
            if name and m.group(1) not in found:
                found[m.group(1)] = name
    return found
