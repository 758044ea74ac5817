"""Persons named in any sentence: a given name followed by capitalised words ("Andreas
Schieder", "Ursula von der Leyen").

The attribution remembers them so that a later role description or pronoun ("der
Fraktionschef", "er") can resolve to a person the narrator introduced, not only to an earlier
speaker. The given names are the curated list in ``resources/de/first_names.yml`` and, since
voices round 36, the names its ``extended`` section reads at run time from an installed name
dictionary (:mod:`.given_names`). The scan is one regular expression per sentence whose given-name
slots match any capitalised word; a set lookup then keeps the real given names.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from framelab.attribution.given_names import extended_names
from framelab.attribution.model import Speaker
from framelab.errors import InputError, Problem
from framelab.paths import RESOURCES

RESOURCE = RESOURCES / "de" / "first_names.yml"
SURNAME = r"[A-ZÄÖÜ][\w'’]+(?:-[A-ZÄÖÜ][\w'’]+)?"
ROLE_BEFORE = re.compile(r"(?<![\w-])([A-ZÄÖÜ][\w-]*[a-zäöüß])\s+$")  # "SPÖ-Klubobmann "
PARTICLE = (
    r"(?:[vV]an|von|der|[dD]e|den|da|[dD]i|du|la|le|zu|bin|al|el)"  # "Alexander Van der Bellen"
)


# a capitalised word in a given name's slot; the scan keeps it only if it is a listed given name
WORD = r"[A-ZÄÖÜ][^\W\d_]+"
GIVEN = rf"{WORD}(?:-{WORD})?"  # "Heinz-Christian"
TAIL = rf"(?:\s+{PARTICLE})*\s+(?!(?:{PARTICLE})\b){SURNAME}(?![\w-])"
# a person: given name, maybe a second one ("Hans Peter"), particles, surname
WITH_SECOND = re.compile(rf"(?<![\w-])(?P<first>{GIVEN})(?:\s+(?P<second>{GIVEN}))?{TAIL}")
ONE_GIVEN = re.compile(rf"(?<![\w-])(?P<first>{GIVEN}){TAIL}")


@dataclass(frozen=True)
class PersonNames:
    gender: dict[str, str]  # given name -> m | f | ? (both)


def load_first_names(path: Path = RESOURCE) -> PersonNames:
    """Read the given-name list (with its ``extended`` names) and run its examples."""
    data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    male, female = set(data["male"].split()), set(data["female"].split())
    gender = {n: "m" for n in male} | {n: "f" for n in female} | dict.fromkeys(male & female, "?")
    if data.get("extended"):
        extra = extended_names(data["extended"], Path(path).name)
        gender = {**extra, **gender}  # the curated list decides a name's gender
    names = PersonNames(gender)
    problems = _check_examples(names, data, Path(path).name)
    if problems:
        raise InputError(problems)
    return names


def _check_examples(names: PersonNames, data: dict, shown: str) -> list[Problem]:
    problems = []
    for ex in data.get("examples") or []:
        found = [p.mention for p in named_persons(ex["sentence"], names)]
        if found != ex["persons"]:
            problems.append(Problem(shown, f"example {ex['sentence']!r}: found {found}"))
    for sentence in data.get("counterexamples") or []:
        found = [p.mention for p in named_persons(sentence, names)]
        if found:
            problems.append(Problem(shown, f"counterexample {sentence!r}: found {found}"))
    if not data.get("rationale"):
        problems.append(Problem(shown, "no rationale"))
    return problems


@lru_cache(maxsize=1)
def default_names() -> PersonNames:
    """The packaged given-name list (loaded and checked once per process)."""
    return load_first_names(RESOURCE)


def named_persons(text: str, names: PersonNames | None = None) -> list[Speaker]:
    """Every person named by given name and surname in a text, in order; ``rule`` is
    ``named:<the capitalised word before the name>`` ("named:SPÖ-Klubobmann")."""
    return [p for _, p in named_persons_ending(text, names)]


def is_given(name: str, gender: dict[str, str]) -> bool:
    """A given name, or two joined by a hyphen ("Heinz-Christian")."""
    return all(part in gender for part in name.split("-"))


def _persons(text: str, gender: dict[str, str]):
    """The person matches of a text, left to right, not overlapping: at each capitalised word
    that is a given name, the longest person with a second given name (if it is one), else with
    one given name."""
    pos = 0
    while (m := WITH_SECOND.search(text, pos)) is not None:
        start = m.start()
        second = m.group("second")
        if second is not None and not is_given(second, gender):
            m = ONE_GIVEN.match(text, start)
        if m is None or not is_given(m.group("first"), gender):
            pos = start + 1
            continue
        yield m
        pos = m.end()


def named_persons_ending(text: str, names: PersonNames | None = None) -> list[tuple[int, Speaker]]:
    """:func:`named_persons` with the offset where each name ends."""
    names = names or default_names()
    out = []
    for m in _persons(text, names.gender):
        first = m.group("first").split("-")[0]
        role = ROLE_BEFORE.search(text[max(0, m.start() - 60) : m.start()])
        before = role.group(1) if role else ""
        gender = names.gender.get(first, "?")
        out.append((m.end(), Speaker(m.group(), m.group(), f"named:{before}", gender)))
    return out


def given_name_gender(name: str, names: PersonNames | None = None) -> str:
    """``m``/``f`` when a name starts with a listed given name ("Angela Merkel"), else ``?``."""
    names = names or default_names()
    first = name.split()[0].split("-")[0] if name.split() else ""
    return names.gender.get(first, "?")
