"""Persons named in any sentence: a given name from ``resources/de/first_names.yml`` followed by
capitalised words ("Andreas Schieder", "Ursula von der Leyen").

The attribution remembers them so that a later role description or pronoun ("der
Fraktionschef", "er") can resolve to a person the narrator introduced, not only to an earlier
speaker. One regular expression per sentence; no tagger.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from framelab.attribution.model import Speaker
from framelab.errors import InputError, Problem
from framelab.paths import RESOURCES

RESOURCE = RESOURCES / "de" / "first_names.yml"
SURNAME = r"[A-ZÄÖÜ][\w'’]+(?:-[A-ZÄÖÜ][\w'’]+)?"
ROLE_BEFORE = re.compile(r"(?<![\w-])([A-ZÄÖÜ][\w-]*[a-zäöüß])\s+$")  # "SPÖ-Klubobmann "
PARTICLE = (
    r"(?:[vV]an|von|der|[dD]e|den|da|[dD]i|du|la|le|zu|bin|al|el)"  # "Alexander Van der Bellen"
)


@dataclass(frozen=True)
class PersonNames:
    pattern: re.Pattern
    gender: dict[str, str]  # given name -> m | f | ? (both)


def load_first_names(path: Path = RESOURCE) -> PersonNames:
    """Read the given-name list, compile the person pattern and run its examples."""
    data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    male, female = set(data["male"].split()), set(data["female"].split())
    gender = {n: "m" for n in male} | {n: "f" for n in female} | dict.fromkeys(male & female, "?")
    given = "|".join(sorted(map(re.escape, gender), key=lambda n: (-len(n), n)))
    first = rf"(?:{given})(?:-(?:{given}))?"
    initials = "".join(sorted({re.escape(n[0]) for n in gender}))
    pattern = re.compile(  # the look-ahead on the initials lets the scan skip most positions
        rf"(?=[{initials}])(?<![\w-])(?P<first>{first})(?:\s+(?:{first}))?"
        rf"(?:\s+{PARTICLE})*\s+(?!(?:{PARTICLE})\b){SURNAME}(?![\w-])"
    )
    names = PersonNames(pattern, gender)
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


def named_persons_ending(text: str, names: PersonNames | None = None) -> list[tuple[int, Speaker]]:
    """:func:`named_persons` with the offset where each name ends."""
    names = names or default_names()
    out = []
    for m in names.pattern.finditer(text):
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
