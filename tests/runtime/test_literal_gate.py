"""The literal gate only ever rules out texts a pattern cannot match."""

import re
import sys

import pytest

from framelab.runtime.literal_gate import FOLDABLE, could_match, fold, literal_gate

PATTERNS = [
    r"(?i)\b(?:\w*obergrenze\w*|richtwert\w*|höchstgrenze\w*|37\.500)",
    r"(?i)(?:\w*zaun\b|grenzen?\s+(?:\w+\s+){0,4}(?:dicht\w*|schließ\w*)|\bmauern?\b)",
    r"\b(?:sei|seien|hätten|hätte)\b|(?<![Ii]ch )\bhabe\b",
    r"\b[Ll]aut\b|\bzufolge\b",
    r"(?i)flüchtling\w*[^.]{0,40}(?-i:(?:[A-ZÄÖÜ]\w*k|K)osten)",
    r"(?:ab)+c",
    r"x?yz",
]


def test_the_literals_every_match_needs():
    def literals(pattern):
        gate = literal_gate(re.compile(pattern))
        return sorted(
            lit
            for part in (gate.exact, gate.folded)
            if part is not None
            for lit in part.pattern.replace("\\", "").split("|")
        )

    assert literals(PATTERNS[0]) == ["37.500", "höchstgrenze", "obergrenze", "richtwert"]
    assert literals(PATTERNS[3]) == ["aut", "zufolge"]
    assert literals(PATTERNS[4]) == ["flüchtling"]  # longer than "osten"
    assert literals(PATTERNS[5]) == ["ab"]
    assert literals(PATTERNS[6]) == ["yz"]
    assert literal_gate(re.compile(r"\w+\s+\d")) is None  # no literal in every match
    assert literal_gate(re.compile(r"foo|\w+")) is None  # one branch without a literal


@pytest.mark.parametrize("pattern", PATTERNS)
def test_a_text_the_gate_rules_out_never_matches(pattern):
    rx = re.compile(pattern)
    texts = [
        "Die OBERGRENZE von 37.500 Asylanträgen",
        "Der Grenzzaun in Spielfeld; die Grenzen werden bald dicht gemacht.",
        "Er habe nichts gesagt, sie hätten gewartet. Ich habe gefragt.",
        "Laut Polizei, der Zeitung zufolge",
        "Flüchtlinge verursachen Kosten, Flüchtlinge und Gesundheitskosten",
        "ababc",
        "xyz",
        "Nichts davon hier.",
    ]
    for text in texts:
        assert could_match(rx, text) or rx.search(text) is None, text
    assert [t for t in texts if not could_match(rx, t)]  # the gate rules something out


def test_the_fold_maps_every_case_insensitive_match_of_a_foldable_character_to_it():
    """Brute force over Unicode: whatever the regex engine matches case-insensitively to a
    character a gate may hold, the fold turns into that character."""
    any_foldable = re.compile("(?i)[" + re.escape("".join(sorted(FOLDABLE))) + "]")
    matched = [chr(c) for c in range(sys.maxunicode + 1) if any_foldable.fullmatch(chr(c))]
    for ch in matched:
        targets = [f for f in FOLDABLE if re.fullmatch("(?i)" + re.escape(f), ch)]
        assert targets and all(fold(ch) == f for f in targets), ch
    assert {"İ", "ı", "ſ", "ẞ", "\u212a"} <= set(matched)  # the engine's extra case matches
