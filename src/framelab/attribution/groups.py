"""A group of researchers or doctors named by its leader: a bare plural group noun found as a
speaker ("sagten die Forscher", "die Ärzte schreiben") takes the one "… um <person>" phrase the
article gives ("ein Ärzteteam um Mirco Nacoti" → "Ärzteteam um Mirco Nacoti"; "ein Team um die
Forscherin Valentina Puntmann" → "Team um Valentina Puntmann"), the way German science news
names a research group once and then only by its kind. Voices round 65.
"""

from __future__ import annotations

import re

from framelab.attribution.persons import given_name_gender

# bare group nouns that may stand for such a group (plural or collective, any case ending)
GROUP_NOUNS = (
    "forscher",
    "forscherinnen",
    "forschende",
    "forschenden",
    "wissenschaftler",
    "wissenschaftlerinnen",
    "ärzte",
    "ärztinnen",
    "ärzten",
    "mediziner",
    "medizinerinnen",
    "autoren",
    "autorinnen",
    "team",
    "teams",
)
# a group led by a person: a capitalised noun (its head checked against GROUP_HEADS), "um", an
# optional article and role noun, then the capitalised words that name the person
LED = re.compile(
    r"\b(?P<group>[A-ZÄÖÜ][\w-]*) um (?P<article>den |die |der )?"
    r"(?P<words>[A-ZÄÖÜ][\w.-]*(?: [A-ZÄÖÜ][\w.-]*){1,3})"
)
GROUP_HEADS = ("team", "gruppe", "forscher", "wissenschaftler", "ärzte", "mediziner")


def led_group(name: str, texts: tuple[str, ...]) -> str:
    """The one led group the article names for a bare group noun, or "" (none, or several)."""
    bare = name.lower()
    if " " in name or not (bare in GROUP_NOUNS or bare.endswith(("team", "gruppe"))):
        return ""
    found = {g for t in texts for m in LED.finditer(t) if (g := _group(m))}
    return found.pop() if len(found) == 1 else ""


def _group(m: re.Match) -> str:
    """ "Team um Valentina Puntmann" from "Team um die Forscherin Valentina Puntmann" (the role
    noun after an article, or before a given name, dropped); "" when the noun is no group."""
    if not m.group("group").lower().endswith(GROUP_HEADS):
        return ""
    words = m.group("words").split()
    role = len(words) >= 3 and (m.group("article") or given_name_gender(words[1]) != "?")
    person = words[1:3] if role else words[:2]
    return f"{m.group('group')} um {' '.join(person)}"
