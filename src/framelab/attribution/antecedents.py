"""A definite description names its antecedent: a bare head noun ("wie das Amt erläuterte",
"das Gericht", "des Ministeriums") takes the one compound earlier sentences gave that head
("das Statistische Bundesamt", "Oberverwaltungsgericht", "Finanzministerium"), in full; a
district's office ("Landratsamt") takes the one district the article names ("im Landkreis
Erding" → "Landratsamt Erding"); and a spokesperson of a bare institution ("Sprecher des
Bezirksamtes", "Ministeriumssprecher", "Polizeisprecherin") is named with the institution in
full ("Sprecher (Bezirksamt Neukölln)"). Readers judge the bare nouns the right speaker not
named specifically (the fourteenth adjudication study). Voices round 60. A bare document
("heißt es in dem Bericht") names the one author the article gives it anywhere ("Der Bericht
des RKI …" → "RKI"; "UN-Bericht" → "UN"): voices round 63.
"""

from __future__ import annotations

import re

from framelab.attribution.groups import led_group
from framelab.attribution.institution_names import full_institution, one_full_form

# head nouns a definite description of an institution ends in; an earlier compound with the
# same head is its antecedent ("das Amt" → "Bundesamt", "das Gericht" → "Landgericht")
HEADS = ("amt", "gericht", "ministerium", "institut", "behörde", "polizei", "senatsverwaltung")
# a district's office and the word that names its district ("Landkreis Erding", "Bezirk Mitte")
DISTRICT_OFFICES = {"landratsamt": ("Landkreis", "Kreis"), "bezirksamt": ("Bezirk",)}
SPOKESPERSON = re.compile(r"(?i)(?P<inst>[\w-]+?)(?:s|es)?-?(?P<role>sprecher(?:in)?)(?:s)?")
ROLES = ("Sprecher", "Sprecherin", "Sprechers")
GENITIVE = ("es", "s", "")


def named_antecedent(
    name: str, previous: tuple[str, ...], texts: tuple[str, ...], documents: tuple[str, ...] = ()
) -> str:
    """``name`` with its antecedent named in full, or ``name`` when there is none; a bare
    document ("Bericht") names the one author the article gives it (round 63); a bare group
    ("die Forscher") the one group the article names by its leader (round 65)."""
    words = name.split()
    if len(words) == 1 and (group := led_group(name, texts)):
        return group
    if len(words) == 1 and (owner := document_author(name, texts, documents)):
        return owner
    if len(words) == 2 and words[0] in ROLES:
        inst = _institution(words[1], previous, texts, spokesperson=True)
        return f"{words[0].removesuffix('s')} ({inst})" if inst else name
    if len(words) == 1 and (m := SPOKESPERSON.fullmatch(name)) and m.group("inst"):
        inst = _institution(m.group("inst").capitalize(), previous, texts, spokesperson=True)
        return f"{name.removesuffix('s')} ({inst})" if inst else name
    return (_institution(name, previous, texts) or name) if len(words) == 1 else name


def _institution(word: str, previous, texts, spokesperson: bool = False) -> str:
    """The bare institution noun ``word`` named in full, or "". The police are named by the
    one full name only for their spokesperson: an article names the police of several places
    (round 59)."""
    head = _head(word)
    if not head or (head.lower() == "polizei" and not spokesperson):
        return ""
    if head.lower() in DISTRICT_OFFICES:
        return _district_office(head, texts)
    if head.lower() in HEADS:
        compound = _one_compound(head, previous)
        return full_institution(compound, texts) if compound else one_full_form(head, texts)
    full = full_institution(head, texts)
    return full if full != head else ""


def _head(word: str) -> str:
    """``word`` without a genitive ending when it is (a compound of) an institution head."""
    low = word.lower()
    for ending in GENITIVE:
        stem = low[: len(low) - len(ending)] if ending else low
        if low.endswith(ending) and (stem in DISTRICT_OFFICES or stem.endswith(HEADS)):
            return word[: len(stem)]
    return ""


def _one_compound(head: str, previous: tuple[str, ...]) -> str:
    """The one compound ending in ``head`` that earlier sentences name ("Bundesamtes" →
    "Bundesamt"), or "" when they name none or several ("Bundesinnen-" and
    "Bundesfinanzministerium")."""
    word = re.compile(rf"\b([A-ZÄÖÜ][\w-]+{re.escape(head.lower())})(?:es|s)?\b")
    found = {m.group(1) for sentence in previous for m in word.finditer(sentence)}
    return found.pop() if len(found) == 1 else ""


def _district_office(office: str, texts: tuple[str, ...]) -> str:
    """A district's office named by the one district the article names ("Landratsamt Erding"),
    else ""."""
    nouns = "|".join(DISTRICT_OFFICES[office.lower()])
    pattern = re.compile(rf"\b(?:{nouns})(?:es|s)? ([A-ZÄÖÜ][\w-]+(?: \([A-ZÄÖÜ]\w+\))?)")
    places = {m.group(1) for t in texts for m in pattern.finditer(t)}
    return f"{office} {places.pop()}" if len(places) == 1 else ""


# an author right after a document ("der Bericht des RKI", "einer Antwort des Ministeriums") or
# before it in a hyphenated compound ("UN-Bericht", "Civey-Umfrage")
AUTHOR = r"(?P<after>[A-ZÄÖÜ][\w-]*(?: (?:für )?[A-ZÄÖÜ][\w-]*){0,3})"


def document_head(name: str, documents: tuple[str, ...]) -> str:
    """The document noun of the lexicon's ``documents`` block that a capitalised one-word name
    is a form of ("Berichts", "Berichte" → "bericht"), or ""."""
    if " " in name or not name[:1].isupper():
        return ""
    return next((d for d in documents if name.lower().rstrip("s") in (d, d + "e")), "")


def document_author(name: str, texts: tuple[str, ...], documents: tuple[str, ...]) -> str:
    """The one author the article gives a bare document noun anywhere ("Bericht" → "RKI" from
    "Der Bericht des RKI …", "UN" from "laut einem UN-Bericht"), or "" (none, or several)."""
    head = document_head(name, documents)
    if not head:
        return ""
    word = re.escape(head.capitalize())
    after = re.compile(rf"\b{word}(?:es|s)? (?:des|der) {AUTHOR}")
    before = re.compile(rf"\b(?P<before>[A-ZÄÖÜ][\w]*)-{word.lower()}\b", re.IGNORECASE)
    found = {m.group("after") for t in texts for m in after.finditer(t)}
    found |= {m.group("before") for t in texts for m in before.finditer(t)}
    found = {_nominative_name(a) for a in found}
    return found.pop() if len(found) == 1 else ""


def _nominative_name(author: str) -> str:
    """An author as a name: a describing noun before a name dropped ("Meinungsforschungsinstituts
    Civey" → "Civey"), an attribute in the nominative ("Deutschen Gesellschaft für …" →
    "Deutsche Gesellschaft für …"), an institution noun without its genitive ending
    ("Bundesbildungsministeriums" → "Bundesbildungsministerium")."""
    words = author.split()
    if len(words) == 2 and words[0].endswith("s") and not words[0].endswith("ss"):
        words = words[1:]
    if len(words) > 1 and words[0].endswith("en"):
        words[0] = words[0][:-1]
    head = _head(words[-1])
    return " ".join([*words[:-1], head or words[-1]])
