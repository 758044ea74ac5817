"""The study's actors as a gazetteer: alias → (canonical name, group), found with or without
diacritics. It only maps names the attribution found to a group; it never finds a speaker."""

from __future__ import annotations

import unicodedata


def gazetteer_from_actors(data: dict) -> dict[str, tuple[str, str]]:
    """``alias → (name, group)`` from a parsed actors.yml (``actors: [{name, group, aliases}]``),
    each alias also without diacritics ("Davutoğlu" is found as "Davutoglu" and the reverse);
    a spelling an actor lists itself always wins over another actor's folded one."""
    out: dict[str, tuple[str, str]] = {}
    folded: dict[str, tuple[str, str]] = {}
    for actor in data.get("actors", []):
        for alias in [actor["name"], *actor.get("aliases", [])]:
            out[alias] = (actor["name"], actor["group"])
            folded.setdefault(fold(alias), (actor["name"], actor["group"]))
    return folded | out


def fold(name: str) -> str:
    """A name without diacritics: "Davutoğlu" → "Davutoglu", "Vučić" → "Vucic" (ß, ø stay)."""
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def actor_of(gazetteer: dict | None, keys) -> tuple[str, str] | None:
    """The ``(name, group)`` of the first key the gazetteer lists, as written or without
    diacritics; None if none is listed."""
    if not gazetteer:
        return None
    for key in keys:
        if key and key in gazetteer:
            return gazetteer[key]
    for key in keys:
        if key and fold(key) in gazetteer:
            return gazetteer[fold(key)]
    return None


def canonical(name: str, mention: str, gazetteer: dict | None) -> str:
    """The gazetteer's canonical name for a found speaker ("Müller" → "Anna Müller")."""
    found = actor_of(gazetteer, (name, mention, name.split()[-1] if name else ""))
    return found[0] if found else name
