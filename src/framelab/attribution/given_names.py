"""Given names read at run time from an installed name dictionary (voices round 36).

The curated list in ``resources/de/first_names.yml`` holds about 400 names; news quotes people of
every origin, and a person the list does not know ("Gottfried Koller", "Therese Niss") is not
remembered, so a later "der Jagdleiter" or "sie" cannot resolve to them. The ``extended`` section
of that file names a dictionary that an installed package ships and how to read it:
Jörg Michael's ``nam_dict.txt`` (about 48,000 given names with gender and a frequency per
country, GNU Free Documentation License 1.2+), as installed by the ``gender-guesser`` package.
framelab reads the data file only (it imports none of that package's code) and ships no copy.

Kept: single-word names of letters, male or female (also "mostly"), at least ``min_frequency``
(1-13) in some country, not in ``exclude``, and not a German word: a name that simplemma knows as
a German word and that HanTa tags neither as a proper noun nor as a non-word on its own ("Alter",
"Mai", "Mark", "Tor"; not "Joe") is left out.
"""

from __future__ import annotations

import re
from importlib import resources

from framelab.errors import InputError, Problem

GENDER_CODES = {"M": "m", "1M": "m", "?M": "m", "F": "f", "1F": "f", "?F": "f"}
NAME = re.compile(r"[A-Z][a-zäöüßéèáíóúàçñë]{2,}")
FREQUENCY_COLUMNS = slice(29, 84)  # one hexadecimal digit (1-D) per country, blank if none


def extended_names(spec: dict, shown: str) -> dict[str, str]:
    """``{given name: m|f|?}`` from the dictionary the ``extended`` section names."""
    path = _data_file(spec, shown)
    minimum = int(spec.get("min_frequency", 4))
    excluded = set(str(spec.get("exclude", "")).split())
    found: dict[str, set[str]] = {}
    for line in path.read_text(encoding="latin-1").splitlines():
        entry = _entry(line, minimum)
        if entry is not None and entry[0] not in excluded:
            found.setdefault(entry[0], set()).add(entry[1])
    words = _german_words(sorted(found))
    return {n: g.pop() if len(g) == 1 else "?" for n, g in sorted(found.items()) if n not in words}


def _data_file(spec: dict, shown: str):
    """The dictionary file inside its installed package; an error naming both if absent."""
    package, name = spec.get("package", ""), spec.get("file", "")
    try:
        path = resources.files(package).joinpath(name)
    except (ModuleNotFoundError, TypeError):
        path = None
    if path is None or not path.is_file():
        problem = f"extended: no file {name!r} in an installed package {package!r} (pip install it)"
        raise InputError([Problem(shown, problem)])
    return path


def _entry(line: str, minimum: int) -> tuple[str, str] | None:
    """``(name, m|f)`` of one dictionary line that passes the filters, else None."""
    if line.startswith("#") or len(line) < FREQUENCY_COLUMNS.start:
        return None
    gender, name = GENDER_CODES.get(line[:2].strip()), line[3:29].strip()
    if gender is None or not NAME.fullmatch(name):
        return None
    frequencies = [int(c, 16) for c in line[FREQUENCY_COLUMNS] if c in "0123456789ABCD"]
    return (name, gender) if frequencies and max(frequencies) >= minimum else None


def _german_words(names: list[str]) -> set[str]:
    """The names that are German words: known to simplemma, and not a proper noun to HanTa."""
    import simplemma

    from framelab.attribution.tagging import tagger

    known = [n for n in names if simplemma.is_known(n.lower(), lang="de")]
    # a word HanTa reads as a non-word ("Joe"/XY) is no German word either (voices round 56)
    return {n for n in known if tagger().tag_sent([n], taglevel=0)[0] not in {"NE", "XY"}}
