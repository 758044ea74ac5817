"""The company a generic description ("das Unternehmen", "der Konzern") stands for.

News names a company once or twice and then refers back to it by its kind: "Ebay stelle zudem
Rücksendeetiketten zur Verfügung, teilte das Unternehmen mit." When no earlier sentence names the
description ("der Glücksspielkonzern Novomatic", :func:`~.speakers.named_institution`), the
company is the one an earlier sentence introduced with a company noun ("der steirische
Garnhersteller Borckenstein"), else the article's salient organisation name: the proper noun
(tagged ``NE``) the article repeats most, named in a sentence before the description, that is
not a person, a state or a place (a name the article uses after "in", "aus" or "nach", or in
its dateline). Ties name no one, and neither does a name said only once. Voices round 18.

Round 19: a bare company noun is a description too (a headline's "Bildschirmhersteller rechnet
…", "laut Unternehmen"; a headline's company is named below it); an introduced name may contain a
state ("Apple-Zulieferer Japan Display") or words the tagger calls foreign ("das kanadische
Unternehmen TransCanada Corp"); suppliers and services are companies ("der Streamingdienst").
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from framelab.attribution.noun_forms import genitive_stem
from framelab.attribution.tagging import TOKEN, tag
from framelab.sentences import sentence_spans

# heads of descriptions that stand for a company ("das US-Unternehmen", "die schwedische Firma")
COMPANY_HEADS = (
    "unternehmen",
    "konzern",
    "firma",
    "hersteller",
    "anbieter",
    "airline",
    "fluglinie",
    "fluggesellschaft",
    "netzwerk",
    "plattform",
    "autobauer",
    "händler",
    "start-up",
    "startup",
    "zulieferer",
    "dienst",
    "versorger",
    "versicherer",
)
NAME_TAGS = ("NE", "NN", "FM")  # the tagger calls "TransCanada Corp" foreign material
DEFINITE = frozenset({"der", "die", "das", "dem", "den", "des"})
MIN_MENTIONS = 2  # a name said once is no salient organisation
MAX_NAME_WORDS = 3  # "Fiat Chrysler Automobiles"


def is_company_description(mention: str) -> bool:
    """A definite description headed by a company noun ("das Unternehmen", "dem US-Konzern",
    also in the genitive: "des Möbelkonzerns"), or the noun alone as headlines and "laut" write
    it ("Bildschirmhersteller rechnet …", "laut Unternehmen")."""
    words = mention.split()
    definite = len(words) >= 2 and words[0].lower() in DEFINITE
    bare = len(words) == 1 and words[0][:1].isupper()
    return (definite or bare) and bool(company_noun(words[-1]))


def company_noun(word: str) -> str:
    """A company noun without its genitive ending ("Unternehmens" → "Unternehmen", "des
    Möbelkonzerns" → "Möbelkonzern": voices round 73); "" for any other word."""
    return genitive_stem(word, COMPANY_HEADS) if word[:1].isupper() else ""


# the parties "die Partei" may stand for, each with its other forms (voices round 73 review)
PARTIES = {
    "CDU": ("CDU",), "CSU": ("CSU",), "SPD": ("SPD",), "FDP": ("FDP",), "AfD": ("AfD",),
    "Grüne": ("Grüne", "Grünen"), "Linke": ("Linke", "Linken"), "BSW": ("BSW",),
    "ÖVP": ("ÖVP",), "SPÖ": ("SPÖ",), "FPÖ": ("FPÖ",), "Neos": ("Neos", "NEOS"),
}  # fmt: skip
PARTY_OF = {form: name for name, forms in PARTIES.items() for form in forms}  # "Grünen" → "Grüne"
PARTY_MENTIONS = frozenset({"die Partei", "der Partei", "Partei"})


def is_party_description(mention: str) -> bool:
    """The bare word "Partei" ("teilte die Partei mit", "nach Angaben der Partei"), not a
    compound that names another party ("die Oppositionspartei")."""
    return mention in PARTY_MENTIONS


def salient_party(previous: tuple[str, ...]) -> str:
    """The party the ``previous`` sentences named last ("Die Grünen sind dagegen. …, teilte die
    Partei mit" → "Grüne"), "" when they name none. Voices round 73 (review)."""
    named = [PARTY_OF[w] for w in TOKEN.findall(" ".join(previous)) if w in PARTY_OF]
    return named[-1] if named else ""


LOCATIVE = frozenset({"in", "aus", "nach"})  # "in Graz", "aus Neudau": a place, not a company
DATELINE = frozenset({"–", "-", "/"})  # "Neudau – Der Garnhersteller …", "Graz/Wien – …"


@dataclass(frozen=True)
class ProperNouns:
    """An article's ``NE`` tokens in order; those it uses as a place (after "in", "aus",
    "nach", or in the dateline); and those it introduces with a company noun ("der steirische
    Garnhersteller Borckenstein"), in order."""

    names: tuple[str, ...]
    places: frozenset[str]
    introduced: tuple[str, ...]


@lru_cache(maxsize=8)
def proper_nouns(texts: tuple[str, ...]) -> ProperNouns:
    """The article's proper nouns (tagged once per article)."""
    names, places, introduced = [], set(), []
    for text in texts:
        for s, e in sentence_spans(text):
            toks = tag(text[s:e])
            introduced += _introduced(toks)
            for k, t in enumerate(toks):
                if t.tag != "NE":
                    continue
                names.append(t.text)
                if (k and toks[k - 1].text.lower() in LOCATIVE) or _in_dateline(toks, k):
                    places.add(t.text)
    return ProperNouns(tuple(names), frozenset(places), tuple(introduced))


def _introduced(toks) -> list[str]:
    """Names right after a company noun, up to a lower-case word or punctuation ("Garnhersteller
    Borckenstein wird", "Autobauer Fiat Chrysler Automobiles (FCA)"; the tagger may call such a
    name ``NN``)."""
    found = []
    for k in range(len(toks) - 1):
        head = toks[k].text
        if not (head[:1].isupper() and head.lower().endswith(COMPANY_HEADS)):
            continue
        run = []
        for t in toks[k + 1 : k + 1 + MAX_NAME_WORDS + 1]:
            if t.tag not in NAME_TAGS or not t.text[:1].isupper():
                break
            run.append(t.text)
        if 1 <= len(run) <= MAX_NAME_WORDS and len(run) < len(toks) - k - 1:
            found.append(" ".join(run))
    return found


def _in_dateline(toks, k: int) -> bool:
    """A name that opens a sentence and runs into a dash: "Graz/Wien – …"."""
    if any(t.tag != "NE" and t.text not in DATELINE for t in toks[:k]):
        return False
    return any(t.text in DATELINE - {"/"} for t in toks[k + 1 : k + 4])


def salient_organisation(
    texts: tuple[str, ...], previous: tuple[str, ...], excluded: frozenset[str]
) -> str:
    """The proper noun the article repeats most (at least ``MIN_MENTIONS`` times), named in
    a ``previous`` sentence, not in ``excluded`` (persons' names, places) and not a country
    ("…land", "…reich"); "" on a tie or when there is none."""
    found = proper_nouns(texts)
    earlier = set(TOKEN.findall(" ".join(previous)))
    introduced = [
        n
        for n in found.introduced
        if n.split()[0] in earlier and not set(n.split()) <= excluded  # "Japan Display"
    ]
    if introduced:
        return introduced[-1]
    counts = Counter(
        name
        for name in found.names
        if len(name) > 1
        and name not in excluded
        and name not in found.places
        and not name.endswith(("land", "reich"))
    )
    ranked = [(n, w) for w, n in counts.most_common() if w in earlier and n >= MIN_MENTIONS]
    if not ranked or (len(ranked) > 1 and ranked[0][0] == ranked[1][0]):
        return ""
    return ranked[0][1]
