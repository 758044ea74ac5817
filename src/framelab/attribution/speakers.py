"""Speakers without a gazetteer: names, roles, institutions and metonymic capitals.

A speaker is a noun phrase (HanTa tags) in the cue's clause: the subject before the finite verb,
else the first noun phrase after it; the agent of a passive ("von Kiew bestritten"); the noun
phrase after "laut", "nach Angaben", ", so" or before "zufolge"; the source after "hieß es" ("aus
dem Büro", "seitens der Partei", "in der Aussendung"). Its ``name`` is the run of
proper nouns in the phrase or in an apposition ("der Chef …, Anna Müller,"), a capital
standing for its state ("Kiew" → "Ukraine"), else the phrase without its article. Pronouns and
descriptions resolve to an earlier speaker with :func:`resolve`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

from framelab.attribution.model import Cue, Speaker
from framelab.attribution.noun_forms import genitive_stem
from framelab.attribution.tagging import FINITE, TITLE_ABBREVIATIONS, Tok, tag

NP_TAGS = frozenset(
    {"ART", "ADJ(A)", "NN", "NE", "NNA", "CARD", "PPOSAT", "PIAT", "PDAT", "FM", "TRUNC"}
)
NOUNS = frozenset({"NN", "NE", "NNA", "FM"})
SUBORD = frozenset({"KOUS", "PRELS", "PWAV", "PWS", "PRELAT"})
PREP = frozenset({"APPR", "APPRART", "APPO"})
IMPERSONAL = frozenset({"man", "Man", "es", "Es"})  # no speaker
PARTICIPLES = frozenset({"VV(PP)", "VA(PP)", "VM(PP)"})
BOUNDARY = frozenset({"$.", ";", ":"})
PRONOUNS = {"er": "m", "sie": "f", "Er": "m", "Sie": "f"}
# a pronoun as the source of "zufolge", "laut", "nach" ("Ihm zufolge …"; voices round 48)
SOURCE_PRONOUNS = {"ihm": "m", "Ihm": "m", "ihr": "f", "Ihr": "f", "ihnen": "p", "Ihnen": "p"}
FOCUS = frozenset({"Auch", "Selbst", "Sogar", "Nur", "Ebenso", "Ebenfalls", "Allein"})
NON_SUBJECT = frozenset({"den", "dem", "einen", "einem", "Den", "Dem", "Einen", "Einem"})
PASSIVE_AUX = frozenset({"wird", "wurde", "werden", "wurden", "worden"})
# Konjunktiv forms of "werden": a passive auxiliary only where no form of "haben" makes the
# participle a perfect ("würden … Schlepperaktivitäten festgestellt"; not "Es werde …, hatte die
# VIG erklärt"; voices round 36)
PASSIVE_KONJUNKTIV = frozenset({"werde", "würde", "würden"})
PERFECT_AUX = frozenset({"hat", "hatte", "hatten", "haben", "habe", "hätte", "hätten"})
AGENT = frozenset({"von", "vom", "vonseiten", "durch", "seitens"})  # "vom": voices round 50
TEMPORAL = frozenset(
    """Jahr Jahres Jahre Jahren Woche Wochen Monat Monats Monate Monaten Tag Tages Tage Tagen
    Abend Morgen Wochenende Montag
    Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag Mal Zeit Uhr MEZ MESZ Januar Jänner
    Februar März April Mai Juni Juli August September Oktober November Dezember Frühjahr Sommer
    Herbst Winter Quartal Halbjahr Stunde Stunden Nacht""".split()  # noqa: SIM905
)  # a phrase ending in one is a time ("Ende vergangener Woche", "05 Uhr MEZ", "Mitte März": round
# 24), no subject; "Stunde(n)", "Nacht" since round 81 ("Wenige Stunden nach dem
# Anschlag sagte Innenministerin Nancy Faeser": the time is no speaker)
NEGATION = frozenset({"nicht", "weder", "nie", "niemals"})
ROLE_SUFFIXES = ("chef", "chefin", "sprecher", "sprecherin", "präsident", "präsidentin")


@dataclass(frozen=True)
class Phrase:
    start: int  # token index
    end: int  # exclusive
    in_pp: bool


def phrases(toks: tuple[Tok, ...]) -> list[Phrase]:
    """Noun phrases (with genitive attributes) and personal pronouns, in order."""
    out, i = [], 0
    while i < len(toks):
        t = toks[i]
        if t.tag == "PPER" or t.tag in NP_TAGS:
            j = i + 1
            if t.tag != "PPER":
                while j < len(toks) and (
                    (toks[j].tag in NP_TAGS and not _new_phrase(toks, j)) or _truncated(toks, j)
                ):
                    j += 2 if _truncated(toks, j) else 1
            attribute = _attribute_phrase(toks, i, j)
            in_pp = i > 0 and toks[i - 1].tag in PREP and not attribute
            if any(toks[k].tag in NOUNS or toks[k].tag == "PPER" for k in range(i, j)):
                out.append(Phrase(i - 2 if attribute else i, j, in_pp))
            i = j
        else:
            i += 1
    return out


def _truncated(toks: tuple[Tok, ...], j: int) -> bool:
    """Token ``j`` is the hyphen of a truncated compound joined to the next noun ("das
    Wirtschafts- und Finanzministerium", "dem Meinungs- und Marktforschungsinstitut SWG"): the
    phrase runs on over the hyphen and the conjunction. Voices round 43."""
    return (
        j + 2 < len(toks)
        and toks[j].text == "-"
        and toks[j - 1].end == toks[j].start
        and toks[j - 1].tag in NOUNS
        and toks[j + 1].text in {"und", "oder", "sowie", "bzw"}
        and toks[j + 2].tag in NP_TAGS
    )


def _new_phrase(toks: tuple[Tok, ...], j: int) -> bool:
    """An article after a noun starts a genitive attribute (kept) unless it is not genitive; an
    attributive adjective after a noun starts a new phrase (German adjectives precede their
    noun: "laut Bischof kostenlose Getränke"), unless the noun is a genitive name ("Putins
    neuer Berater"), the noun sits in an extended attribute ("die für Wahlen zuständige
    Stadträtin") or the adjective is capitalised, part of a name ("Partei Wahre Finnen")."""
    t = toks[j]
    prev = toks[j - 1]
    if _age(toks, j):
        return False  # "Der 27 Jahre alte mutmaßliche Täter" is one phrase (voices round 36)
    if t.tag == "CARD" and prev.tag in NOUNS and j + 1 < len(toks) and toks[j + 1].tag == "NN":
        return True  # "laut Zeitung 270 Seiten": a number and its noun are the clause (round 24)
    if t.tag == "ADJ(A)" and t.text[:1].islower() and prev.tag in NOUNS:
        genitive = prev.tag == "NE" and prev.text.endswith(("s", "'"))
        return not (genitive or _in_extended_attribute(toks, j - 1))
    if t.tag in {"ART", "PPOSAT", "PDAT", "PIAT"} and toks[j - 1].tag in NOUNS:
        genitive = t.text in {"des", "der", "eines", "einer"}
        return not genitive or _told_outlet(toks, j) or _subject_after_time(toks, j)
    return False


def _subject_after_time(toks: tuple[Tok, ...], j: int) -> bool:
    """ "der" after a day ("am letzten Dienstag der Landeshauptmann Erwin Pröll") opens the
    subject, not a genitive, when a name follows within four words. Voices round 48."""
    day = toks[j - 1].text in WEEKDAYS or DAY_TIME.fullmatch(toks[j - 1].text)
    return bool(day) and toks[j].text == "der" and any(t.tag == "NE" for t in toks[j + 1 : j + 5])


WEEKDAYS = frozenset("Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag".split())  # noqa: SIM905


def _age(toks: tuple[Tok, ...], j: int) -> bool:
    """Token ``j`` is the adjective of an age after a number and its unit ("27 Jahre alte")."""
    unit = toks[j - 1].text in {"Jahre", "Monate", "Wochen", "Tage"}
    return j >= 2 and unit and toks[j - 2].tag == "CARD" and toks[j].text.startswith("alt")


# Whom a person told (voices round 28): "sagte Ametsreiter der Rheinischen Post", "erklärte ein
# Heeressprecher der APA", "sagte der SPD-Politiker der Zeitung Welt" — a news outlet in the
# dative after a person who follows the finite verb is the recipient, not a genitive attribute.
# The outlet's own people ("die Sprecherin der APA", "der Wirtschaftsredakteur der Zeitung")
# stay genitive, and so does a subject before the verb ("Der Präsident der … erklärte") and a
# source of "zufolge" ("sagte Faymann der Zeitung zufolge"). "Post" and "-agentur" alone are no
# outlets (die Deutsche Post, die Bundesnetzagentur).
OUTLET_HEADS = ("zeitung", "presse", "blatt", "magazin", "rundschau", "nachrichtenagentur")
OUTLET_NAMES = frozenset({"APA", "dpa", "AFP", "Reuters", "FAZ", "NZZ", "taz", "Presse-Agentur"})
# outlets a speaker talks to ("sagte der SPD-Politiker der Bild am Sonntag"): only after a person
# and "der", where the words cannot be common nouns (voices round 55)
TOLD_OUTLET_NAMES = OUTLET_NAMES | {"Bild", "Welt"}
# feminine outlets: "Der FAZ sagte X" is a dative, not a subject (voices round 55)
FEMININE_OUTLET_HEADS = ("zeitung", "presse", "rundschau", "agentur", "nachrichtenagentur")
FEMININE_OUTLET_NAMES = frozenset({"FAZ", "NZZ", "taz", "Bild", "Welt", "Presse-Agentur"})
OUTLET_STAFF = frozenset(
    """sprecher sprecherin chef chefin leiter leiterin gründer gründerin eigentümer eigentümerin
    besitzer besitzerin geschäftsführer geschäftsführerin direktor direktorin intendant
    intendantin mitarbeiter mitarbeiterin leser leserin anwalt anwältin""".split()  # noqa: SIM905
)
JOURNALISTS = (  # outlet staff also in compounds ("Wirtschaftsredakteur", "Moskau-Korrespondentin")
    "redakteur",
    "redakteurin",
    "korrespondent",
    "korrespondentin",
    "journalist",
    "journalistin",
    "reporter",
    "reporterin",
    "kolumnist",
    "kolumnistin",
    "herausgeber",
    "herausgeberin",
    "verleger",
    "verlegerin",
)
# endings of person nouns: Sprecherin, Manager; Politologe, Ökonom (voices round 13), Analyst
# (round 28); Diplomat, Kandidat, Demokrat (round 66)
PERSON_SUFFIXES = ("in", "er", "ent", "ist", "yst", "eur", "ant", "mann", "frau", "oge", "nom")
PERSON_SUFFIXES += ("diplomat", "kandidat", "krat")
# office and profession nouns without a person's ending (voices round 30; not "Bischof",
# "Richter": common surnames, "Vorstand Jens Bischof")
OFFICE_NOUNS = (
    "kommissar",
    "kommissarin",
    "bischöfin",
    "professor",
    "professorin",
    "arzt",
    "ärztin",
    "diplomat",
    "diplomatin",
    "botschafter",
    "botschafterin",
    "richterin",
    "senator",
    "senatorin",
    "premier",
    "kardinal",
    "abgeordnete",  # voices round 32 ("Mehrere Abgeordnete" is no bare role: annotate)
    "abgeordneter",
)


def _told_outlet(toks: tuple[Tok, ...], j: int) -> bool:
    """Article ``j`` ("der") opens a news outlet (up to two capitalised words before its
    head) after a person, or a person's one-word genitive body, who follows a finite verb or a
    subordinator ("Wie ein Polizeisprecher der Deutschen Presse-Agentur sagte"), and no
    "zufolge" follows the outlet."""
    if toks[j].text != "der":
        return False
    surname = j > 1 and toks[j - 2].tag in FINITE and toks[j - 1].text[:1].isupper()
    owned = j > 2 and toks[j - 2].text in {"der", "des"} and _person_noun(toks[j - 3])
    if not (_a_person_word(toks[j - 1]) or surname or owned):  # "sagte Heil der …" (round 49)
        return False  # owned: "ein Sprecher der Polizei der Deutschen Presse-Agentur" (round 81)
    subordinate = any(t.tag in {"KOUS", "PWAV"} for t in toks[: j - 1])  # "Wie ein … sagte"
    if not (subordinate or any(t.tag in FINITE for t in toks[: j - 1])):
        return False
    for k in range(j + 1, min(j + 4, len(toks))):
        t = toks[k]
        if _outlet_word(t.text, TOLD_OUTLET_NAMES, OUTLET_HEADS):
            return not (k + 1 < len(toks) and toks[k + 1].text == "zufolge")
        if not t.text[:1].isupper():
            return False
    return False


def _a_person_word(t: Tok) -> bool:
    """A name, a person noun ("Heeressprecher") or, since voices round 73, a nominalised
    adjective or an age ("der Abgeordnete", "der 81-Jährige der dpa"); not an outlet's staff,
    nor a nominalised adjective that names staff ("der Vorsitzende der Berliner Zeitung")."""
    if t.tag == "NE":
        return True
    low = t.text.lower()
    staff = low in OUTLET_STAFF or low.endswith((*JOURNALISTS, *STAFF_ADJECTIVES))
    return _person_noun(t) and not staff


def _person_noun(t: Tok) -> bool:
    """A name, a nominalised adjective or a noun with a person's ending ("Geschäftsführer",
    "Sprecherin", "der 81-Jährige"); not a thing ("Rücktritt")."""
    low = t.text.lower()
    return t.tag in {"NE", "NNA"} or (t.tag == "NN" and low.endswith((*AGES, *PERSON_SUFFIXES)))


AGES = ("jährige", "jähriger")  # "der 81-Jährige" (voices round 73)
# nominalised adjectives of a body's own people: "der Vorsitzende der Zeitung" is its chair
STAFF_ADJECTIVES = (
    "vorsitzende", "vorsitzender", "angestellte", "angestellter", "verantwortliche",
    "verantwortlicher", "beschäftigte", "beschäftigter", "bedienstete", "bediensteter",
)  # fmt: skip


def _attribute_phrase(toks: tuple[Tok, ...], i: int, j: int) -> bool:
    """The phrase ``i:j`` opens with a preposition's object inside an extended attribute and
    runs on to the noun the attribute describes ("die auf Muscheln spezialisierte Forscherin
    Kat Szabo"): the preposition belongs to the attribute, and the phrase starts at the article
    before it. Voices round 14."""
    return _in_extended_attribute(toks, i) and any(toks[k].tag == "ADJ(A)" for k in range(i + 1, j))


def _in_extended_attribute(toks: tuple[Tok, ...], k: int) -> bool:
    """Noun ``k`` is the object of a preposition right after an article, inside an extended
    attribute ("die auf Muscheln spezialisierte Forscherin"), also with its own article and
    adjectives ("der für das operative Geschäft zuständige Vorstand": voices round 49)."""
    p = k - 1
    while p > 2 and toks[p].tag in {"ADJ(A)", "CARD"}:
        p -= 1
    if p > 2 and p < k - 1 and toks[p].tag == "ART":
        p -= 1  # the object's article, when adjectives follow it
    elif p < k - 1:
        return False
    return p >= 1 and toks[p].tag in PREP and toks[p - 1].tag in {"ART", "PDAT", "PPOSAT"}


def _clause(toks: tuple[Tok, ...], i: int) -> tuple[int, int]:
    """Token range of the clause around token ``i``; a participle or infinitive cue right after
    an apposition ("hat X den Rücktritt der Sprecherin, Sarah Sanders, bekanntgegeben") belongs
    to the clause of its auxiliary (voices round 46)."""
    lo = _clause_start(toks, i)
    if toks[i].tag not in FINITE and _closed_apposition(toks, lo, i):
        lo = _clause_start(toks, lo - 1)
    hi = i + 1
    while hi < len(toks) and toks[hi].tag not in BOUNDARY and toks[hi].text not in {";", ":"}:
        if toks[hi].text == "," and hi + 1 < len(toks) and toks[hi + 1].tag in SUBORD:
            break
        hi += 1
    return lo, hi


def _closed_apposition(toks: tuple[Tok, ...], lo: int, i: int) -> bool:
    """Tokens ``lo`` to ``i`` are an apposition between commas (", Sarah Sanders,") and adverbs
    at most: no clause of their own."""
    if lo == 0 or toks[lo - 1].text != ",":
        return False
    c = next((k for k in range(lo, i) if toks[k].text == ","), None)
    return (
        c is not None
        and c > lo
        and all(t.tag in {"NE", "NN", "FM", "ART", "ADJ(A)"} for t in toks[lo:c])
        and all(t.tag in {"ADV", "ADJ(D)"} for t in toks[c + 1 : i])
    )


def _clause_start(toks: tuple[Tok, ...], i: int) -> int:
    lo = i
    while lo > 0 and not _left_stop(toks, lo - 1):
        lo -= 1
    return lo


def _left_stop(toks: tuple[Tok, ...], k: int) -> bool:
    """A clause starts after token ``k``: sentence punctuation, a comma before a subordinator,
    or a comma closing a clause with its own (finite) verb (not an apposition)."""
    t = toks[k]
    if t.tag in BOUNDARY or t.text in {";", ":", "–"}:
        return True
    if t.text != ",":
        return False
    if toks[k + 1].tag in SUBORD:
        return True
    j = k - 1
    while j >= 0 and toks[j].text != "," and toks[j].tag not in BOUNDARY:
        if toks[j].tag in FINITE:
            return True
        j -= 1
    return toks[k + 1].tag in FINITE and _verb_clause(toks[j + 1 : k])


def _verb_clause(segment: tuple[Tok, ...]) -> bool:
    """A subordinate clause with a verb, "dass X versteckt werden" (the tagger calls verb-final
    "werden" an infinitive), before a postposed "…, sagte Y"; also a relative clause the tagger
    recognises (", die ihre Hausaufgaben machen, sagt X": round 39); not an apposition (",
    Leiter des Projekts,") or a relative pronoun tagged as an article."""
    return (
        bool(segment)
        and segment[0].tag in {"KOUS", "PWAV", "PWS", "PRELS", "PRELAT"}
        and any(t.tag.startswith("V") for t in segment)
    ) or _plural_main_clause(segment)


def _plural_main_clause(segment: tuple[Tok, ...]) -> bool:
    """A short main clause whose plural verb the tagger calls an infinitive ("Die Preise
    steigen, sagte der Minister": "steigen" VV(INF)): a sentence-initial noun phrase and a
    verb in -en at the end, no "zu". Voices round 28 (review)."""
    return (
        len(segment) >= 3
        and segment[0].tag in {"ART", "PPOSAT", "PDAT", "PIAT"}
        and segment[-1].tag in {"VV(INF)", "VA(INF)", "VM(INF)"}
        and segment[-2].tag in {"NN", "NE"}
        and all(t.tag != "PTKZU" for t in segment)
    )


def matrix_verb(toks: tuple[Tok, ...], offset: int) -> int | None:
    """The verb of the main clause a Konjunktiv at character ``offset`` depends on: the
    participle of an auxiliary ("hat … aufgefordert"), else the finite verb, when the
    sentence's first finite verb comes before the Konjunktiv and a comma or colon outside
    brackets separates them; None when the sentence opens with a subordinate clause or a
    verb, or has no such verb."""
    k = token_at(toks, offset)
    fin = next((i for i in range(k) if toks[i].tag in FINITE), None)
    if not fin or any(t.tag in SUBORD for t in toks[:fin]):
        return None  # none, or a verb-first condition ("Sollten … stehen, könne …")
    outside = _outside_brackets(toks, fin + 1, k)
    end = next((i for i in outside if toks[i].text in {",", ":"}), None)
    if end is None:
        return None
    if toks[fin].tag != "VA(FIN)":
        return fin  # a full verb: "Ärzte nehmen an", "So zeigte sich X überzeugt"
    return max((i for i in outside if i < end and toks[i].tag in PARTICIPLES), default=fin)


def _outside_brackets(toks: tuple[Tok, ...], lo: int, hi: int) -> list[int]:
    """The token positions from ``lo`` to ``hi`` that are not inside brackets."""
    depth, out = 0, []
    for i in range(lo, hi):
        depth += (toks[i].text == "(") - (toks[i].text == ")")
        if depth == 0 and toks[i].text != ")":
            out.append(i)
    return out


def token_at(toks: tuple[Tok, ...], offset: int) -> int:
    """Index of the token that starts at or covers a character offset."""
    return next((k for k, t in enumerate(toks) if t.end > offset), len(toks) - 1)


def _may_be_subject(toks: tuple[Tok, ...], p: Phrase) -> bool:
    """Not a prepositional object, not a dative or accusative article or determiner ("den",
    "diesen", "seinem": no nominative ends in -en or -em; round 48), not a time (a phrase
    ending in "Woche", "Uhr", "MEZ": "Um 10:05 Uhr MEZ meldete X", whose colon splits the
    time off its preposition; voices round 22)."""
    first = toks[p.start]
    oblique = first.tag in DETERMINERS and first.text.lower().endswith(("en", "em"))
    if p.end - p.start == 1 and _sentence_adverb(first.text):
        return False  # "Bemerkenswerterweise forderte auch Biden" (voices round 56)
    return not p.in_pp and first.text not in NON_SUBJECT and not oblique and not _is_time(toks, p)


def _sentence_adverb(word: str) -> bool:
    """An adverb in -erweise the tagger may read as a noun at the start of a sentence
    ("Bemerkenswerterweise", "Möglicherweise", "Normalerweise")."""
    return len(word) > 10 and word.lower().endswith("erweise")


DETERMINERS = frozenset({"ART", "PDAT", "PPOSAT", "PIAT"})


# dative and accusative personal pronouns: no subject of a postposed or inserted cue ("…,
# bescheinigte ihm der Arzt", "…, sagte ihm die Kanzlerin,"; voices round 30 review)
OBLIQUE_PRONOUNS = frozenset({"ihm", "ihn", "ihnen", "mir", "mich", "dir", "dich", "uns", "euch"})


def _oblique(toks: tuple[Tok, ...], p: Phrase) -> bool:
    return p.end - p.start == 1 and toks[p.start].text.lower() in OBLIQUE_PRONOUNS


def _is_time(toks: tuple[Tok, ...], p: Phrase) -> bool:
    """The phrase ends in a time word that is not a surname: alone or after a determiner, a
    number, an adjective, another time word or "Ende/Mitte/Anfang" ("Mitte März", "Sieben
    Jahre", "05 Uhr MEZ"); not "DGB-Chef Michael Sommer", "Ministerin Mai" (round 27)."""
    last = toks[p.end - 1].text
    if YEAR.fullmatch(last) and p.end - 1 > p.start:
        return _is_time(toks, Phrase(p.start, p.end - 1, p.in_pp))  # "Oktober 2023" (round 50)
    if last not in TEMPORAL and not DAY_TIME.fullmatch(last):  # "Dienstagvormittag" (round 36)
        return False
    if p.end - 1 == p.start:
        return True
    before = toks[p.end - 2]
    return before.tag in TIME_MODIFIERS or before.text in TEMPORAL or before.text in TIME_NOUNS


YEAR = re.compile(r"(?:1[89]|20)\d\d")  # a year after a time word: "im Frühjahr 2022"
# a weekday compounded with a part of the day ("Dienstagvormittag", "Montagabend")
DAY_TIME = re.compile(
    r"(?:Mon|Diens|Mittwoch|Donners|Frei|Sams|Sonn)(?:tag)?(?:vormittag|nachmittag|mittag|abend"
    r"|morgen|früh|nacht)"
)
TIME_MODIFIERS = frozenset({"ART", "ADJ(A)", "CARD", "PDAT", "PIAT", "PPOSAT", "APPRART"})
TIME_NOUNS = frozenset({"Ende", "Mitte", "Anfang", "Beginn"})


def _first(cands: list[Phrase], toks: tuple[Tok, ...], lo: int, hi: int) -> Phrase | None:
    return next((p for p in cands if lo <= p.start < hi and _may_be_subject(toks, p)), None)


def subject(toks: tuple[Tok, ...], cue_tok: int, negative_cue: bool = False) -> Phrase | None:
    """The subject of the clause of a cue verb (German verb-second / verb-final order); a
    negated cue is no statement unless the negation is part of the cue ("schließt … nicht
    aus", ``negative_cue``; voices round 18)."""
    if (first := _first_conjunct_verb(toks, cue_tok)) is not None:
        return subject(toks, first)  # "begrüßte X den Impfstoff und lobte …" (voices round 56)
    lo, hi = _clause(toks, cue_tok)
    cands = phrases(toks)
    if _no_content(toks, lo, hi, cue_tok, negative_cue):
        return None
    if toks[lo].tag in SUBORD:  # verb-final: "obwohl Kiew behauptete", "wie X mitteilte"
        return _first(cands, toks, lo + 1, cue_tok)  # round 24: "Wie berichtet steht der …"
    fin = (
        cue_tok
        if toks[cue_tok].tag in FINITE
        else next((k for k in range(lo, hi) if toks[k].tag in FINITE), None)
    )
    if fin is None:
        return _first(cands, toks, lo, hi)
    if (inverted := _inverted_pronoun(toks, fin, hi)) is not None:
        return inverted
    if (before_relative := _before_relative(toks, cands, fin)) is not None:
        return before_relative
    if (inserted := _inserted(toks, cands, fin, hi)) is not None:
        return inserted
    if _postposed(toks, fin):
        return _after_comma(toks, cands, lo, hi, fin)
    return _verb_second(toks, cands, lo, hi, fin)


def _first_conjunct_verb(toks: tuple[Tok, ...], cue_tok: int) -> int | None:
    """The finite verb of the first conjunct when the cue verb follows "und" with its subject
    elided ("begrüßte Maduro den Impfstoff und lobte die Leistung Russlands"): the subject is
    the first conjunct's, not the object after the cue. Only in a main clause without a comma
    between the two verbs."""
    if cue_tok < 3 or toks[cue_tok - 1].text != "und" or toks[cue_tok].tag not in FINITE:
        return None
    for k in range(cue_tok - 2, -1, -1):
        if toks[k].text in {",", ":", ";", "(", "–"} or toks[k].tag in SUBORD:
            return None
        if toks[k].tag in FINITE:
            return k
    return None


def _inserted(toks: tuple[Tok, ...], cands: list[Phrase], fin: int, hi: int) -> Phrase | None:
    """The subject of a cue inserted between commas into the sentence it reports ("Die Lage,
    sagte der Minister, sei ernst"; "Cruz, schreibt das Magazin Time, bewegt sich …"): the
    phrase right after the verb (or after an object pronoun), closed by the second comma within
    a few adjunct words (:func:`_only_adjuncts`; round 31 review), when no finite verb precedes the
    first comma (else the verb continues a clause: "lobte die Arbeit, kritisierte die Kosten,")
    and no comma (an apposition before the verb: "Der Vorsitzende, Elhami Elsajat, sagte
    Reuters,").
    Voices round 31."""
    if fin < 2 or toks[fin - 1].text != "," or _postposed(toks, fin):
        return None
    if any(t.text == "," for t in toks[: fin - 1]):
        return None  # the comma closes an apposition: "Der Vorsitzende, Elhami Elsajat, sagte"
    p = _first(cands, toks, fin + 1, hi + 1)
    if p is not None and _oblique(toks, p):
        p = _first(cands, toks, p.end, hi + 1)
    if p is None or any(t.text.lower() not in OBLIQUE_PRONOUNS for t in toks[fin + 1 : p.start]):
        return None  # not "loben hingegen die Leistung des X,"; "sagte ihm der Arzt," is fine
    comma = next((k for k in range(p.end, min(len(toks), p.end + 7)) if toks[k].text == ","), None)
    return p if comma is not None and _only_adjuncts(toks[p.end : comma]) else None


def _only_adjuncts(toks: tuple[Tok, ...]) -> bool:
    """What may stand between an inserted cue's subject and its closing comma: a verb particle,
    adverbs, a time or place ("fährt die Firma fort", "sagte Trainer Stöger nach dem Spiel",
    "sagte der Kanzler den Journalisten"), no verb and no clause."""
    return not any(t.tag.startswith(("V", "KOUS", "PREL", "PW")) for t in toks)


def _no_content(toks: tuple[Tok, ...], lo: int, hi: int, cue_tok: int, negative_cue: bool) -> bool:
    """No statement: a relative clause ("der über die Kämpfe berichtete"), a free relative
    ("was Kinder sagen"; round 25), a negated cue ("bestätigte nicht"), or saying nothing
    ("wollte noch nichts sagen"; round 25)."""
    negated = not negative_cue and _negated(toks, lo, _next_comma(toks, cue_tok, hi))
    return (
        toks[lo].tag in {"PRELS", "PRELAT"}
        or _free_relative(toks, lo)
        or negated
        or _says_nothing(toks, cue_tok)
    )


def _verb_second(toks: tuple[Tok, ...], cands: list[Phrase], lo: int, hi: int, fin: int):
    """The subject of a verb-second clause: the prefield phrase, unless it cannot speak (a glued
    heading, what is said: round 25), else the first subject after the verb."""
    front = next((p for p in cands if _opens_prefield(toks, lo, p) and p.end <= fin), None)
    after = _first(cands, toks, fin + 1, hi)
    if front is not None and after is not None and _dative_outlet(toks, front):
        return after  # "Der Schwäbischen Zeitung sagte Kauder:" (voices round 55)
    if front is None or not _may_be_subject(toks, front):
        return after or _first(cands, toks, lo, fin)
    glue = next((k for k in range(front.end, fin) if _glues(toks, k)), None)
    if glue is not None:  # a heading glued to the sentence: "Riad - Der Gerichtshof hat …"
        return _first(cands, toks, glue, fin) or after or front
    return after if after is not None and _is_content(toks, front) else front


def _dative_outlet(toks: tuple[Tok, ...], p: Phrase) -> bool:
    """The prefield phrase is the outlet a speaker talks to, in the dative: "Dem Spiegel",
    "Der FAZ", "Der Schwäbischen Zeitung" (feminine, so "Der" is no nominative); not "Der
    Spiegel", a masculine subject. Voices round 55."""
    first, words = toks[p.start].text, [t.text for t in toks[p.start + 1 : p.end]]
    if not words or first not in {"Dem", "Der"}:
        return False
    if first == "Dem":
        return _outlet_word(words[-1], OUTLET_NAMES, OUTLET_HEADS)
    return _outlet_word(words[-1], FEMININE_OUTLET_NAMES, FEMININE_OUTLET_HEADS)


def _outlet_word(word: str, names: frozenset[str], heads: tuple[str, ...]) -> bool:
    """A news outlet by name ("FAZ") or by the head of its name ("Schwäbischen Zeitung")."""
    return word in names or word.lower().endswith(heads)


def _glues(toks: tuple[Tok, ...], k: int) -> bool:
    """A capitalised function word inside the sentence starts the real sentence after a heading
    the corpus glued to it ("Kleinstmöglicher Nenner Auch hinsichtlich … meint Pilgermaier");
    not a title's first word after a quotation mark ('Der Autor von "Die Vermessung …"') and
    not a name's first word after a comma ("Alexander Ulrich, Die Linke, resümierte"; round 73).
    Voices round 25."""
    t = toks[k]
    return t.text[:1].isupper() and t.tag in GLUE_TAGS and toks[k - 1].text not in OPENERS


# a quotation mark opens a title, a bracket a party or name ("(Die Linke)"; round 48), and so
# does a comma (an apposition: ", Die Linke,"; voices round 73)
OPENERS = frozenset({*"\"„“”«»‚‘’'", "(", ","})


def _is_content(toks: tuple[Tok, ...], p: Phrase) -> bool:
    """A prefield headed by what is said is the object, never the speaker ("Diese Befürchtung
    hatten die Rechtsanwälte geäußert"). Voices round 25."""
    nouns = [t.text.lower() for t in toks[p.start : p.end] if t.tag == "NN"]
    return bool(nouns) and nouns[-1].endswith(CONTENT_NOUNS)


GLUE_TAGS = frozenset({"ADV", "APPR", "APPRART", "KON", "ART", "KOUS", "PWAV", "PDS", "PIS"})
# what is said, never who says it
CONTENT_NOUNS = (
    "befürchtung",
    "darstellung",
    "vorwurf",
    "vorwürfe",
    "kritik",
    "forderung",
    "forderungen",
    "einschätzung",
    "ansicht",
    "auffassung",
    "behauptung",
    "aussage",
    "aussagen",
    "warnung",
    "bedenken",
    "argument",
    "argumente",
)


NOMINATIVE_ONLY = frozenset({"er", "ich", "wir", "du"})


def _inverted_pronoun(toks: tuple[Tok, ...], fin: int, hi: int) -> Phrase | None:
    """A nominative-only pronoun right after the finite verb (at most two adverbs between) is
    its subject whatever the prefield holds, an object or the content ("Die Zukunft von Apple,
    sagt er, …", "Schäuble warf er vor"). Voices round 23."""
    k = fin + 1
    while k < hi and k - fin <= 2 and toks[k].tag == "ADV":
        k += 1
    if k < hi and toks[k].tag == "PPER" and toks[k].text in NOMINATIVE_ONLY:
        return Phrase(k, k + 1, False)
    return None


def _before_relative(toks: tuple[Tok, ...], cands: list[Phrase], fin: int) -> Phrase | None:
    """ "Der Minister, der gestern in Wien war, betonte …", "Eine Studie, die … erschienen ist,
    zeigt, dass …": a verb right after a relative clause has the phrase before that clause as its
    subject, when no verb stands before the relative clause (else the cue is postposed: "Das
    ist ein Muster, das …, sagt X") and no name follows the verb ("Die Domain, auf der …,
    bezeichnete Prieth als …": the name is the subject). Voices round 27."""
    j = _relative_opening(toks, fin)
    if j is None or (fin + 1 < len(toks) and toks[fin + 1].tag == "NE"):
        return None
    start = max((i + 1 for i in range(j) if toks[i].tag in BOUNDARY), default=0)
    if any(t.tag in FINITE for t in toks[start:j]):
        return None
    end = _before_bracket(toks, j)
    found = next((p for p in reversed(cands) if p.end == end), None)
    if found is not None and found.in_pp and _origin(toks, found.start - 1):
        found = next((p for p in reversed(cands) if p.end == found.start - 1), found)  # round 46
    speaks = found is not None and _may_be_subject(toks, found) and not _is_content(toks, found)
    return found if speaks else None


def _before_bracket(toks: tuple[Tok, ...], j: int) -> int:
    """Where the phrase before position ``j`` ends, past a bracket right before it ("Innenminister
    Hans Meier (CDU), der …": the phrase ends before "(CDU)"; voices rounds 71 and 79); 0 when
    the bracket opens the sentence or is never opened."""
    if j < 1 or toks[j - 1].text != ")":
        return j
    k = j - 1
    while k >= 0 and toks[k].text != "(":
        k -= 1
    return max(k, 0)


def _relative_opening(toks: tuple[Tok, ...], fin: int) -> int | None:
    """The comma that opens a relative clause ending right before the verb ``fin``, else None."""
    if fin < 2 or toks[fin - 1].text != ",":
        return None
    j = fin - 2
    while j >= 0 and toks[j].text != "," and toks[j].tag not in BOUNDARY:
        j -= 1
    k = j + 1 + (toks[j + 1].tag in PREP if j + 1 < fin else 0)
    if j < 1 or toks[j].text != "," or toks[k].tag not in {"PRELS", "PRELAT"}:
        return None
    return j


def _free_relative(toks: tuple[Tok, ...], lo: int) -> bool:
    """ "darauf, was Kinder sagen", "Was X sagt, ist …": the clause is an object, it reports no
    content; a "was" that takes up the clause before it ("…, was Kiew bestreitet") does.
    Voices round 25."""
    return toks[lo].text.lower() == "was" and (
        lo == 0 or (lo >= 2 and toks[lo - 2].tag in {"PROAV", "PDS", "PIS", "PIAT"})
    )


def _says_nothing(toks: tuple[Tok, ...], k: int) -> bool:
    near = (toks[k - 1].text if k else "", toks[k + 1].text if k + 1 < len(toks) else "")
    return "nichts" in near


def _after_comma(toks, cands: list[Phrase], lo: int, hi: int, fin: int) -> Phrase | None:
    """The subject of a finite verb right after a comma: a postposed speech verb's subject
    follows it ("…, sagte Putin"); the second verb of a coordination shares the first one's
    ("Sie gilt als AKP-nahe, dementiert allerdings, …")."""
    if _shares_subject(toks, fin):
        return subject(toks, max(k for k in range(fin - 1) if toks[k].tag in FINITE))
    after = _first(cands, toks, fin + 1, hi)
    if after is not None and _oblique(toks, after) and after.end == fin + 2:
        after = _first(cands, toks, after.end, hi) or after  # "…, sagte ihm der Arzt"
    return after or _first(cands, toks, lo, fin)


def _opens_prefield(toks: tuple[Tok, ...], lo: int, p: Phrase) -> bool:
    """The phrase starts the clause, after focus adverbs ("Auch Anwalt Held …") or a
    coordinating conjunction, which stands outside the prefield ("Und die Regierung kündigte
    an, …", "Denn die BWB sieht …"; voices round 35) at most, or after a genitive pronoun when
    it is a person (voices round 75)."""
    before = toks[lo : p.start]
    if len(before) == 1 and before[0].text in GENITIVE_PRONOUNS:
        return _person_noun(toks[p.start])  # "Deren Geschäftsführer, …, bezeichnet"
    return p.start >= lo and all(t.text in FOCUS or t.tag == "KON" for t in before)


# a genitive pronoun before a person in the prefield belongs to its phrase ("Deren
# Geschäftsführer, Wolfgang Molitor, bezeichnet …"; voices round 75), not before a thing, the
# object put first ("Dessen Rücktritt forderte die Opposition")
GENITIVE_PRONOUNS = frozenset({"Deren", "Dessen"})


def _next_comma(toks: tuple[Tok, ...], k: int, hi: int) -> int:
    return next((j for j in range(k, hi) if toks[j].text == ","), hi)


def _negated(toks: tuple[Tok, ...], lo: int, hi: int) -> bool:
    """A negation before the cue ends ("bestätigte nicht"); "nicht nur" is no negation."""
    return any(
        toks[k].text in NEGATION and not (k + 1 < len(toks) and toks[k + 1].text == "nur")
        for k in range(lo, hi)
    )


def _postposed(toks: tuple[Tok, ...], fin: int) -> bool:
    """The finite verb follows a comma that closes a clause with its own verb (finite, or a
    form the tagger took for a participle: "Eine bessere Durchmischung … erhöht/VV(PP) die
    Chancen, sagt Valenta"; voices round 18)."""
    return (
        fin > 1
        and toks[fin - 1].text in {",", "–"}
        and any(t.tag in FINITE or t.tag == "VV(PP)" for t in toks[: fin - 1])
    )


SHARED_SUBJECT_NEXT = frozenset(
    {",", "aber", "allerdings", "jedoch", "zudem", "weiterhin", "außerdem", "dennoch", "trotzdem"}
)


def _shares_subject(toks: tuple[Tok, ...], fin: int) -> bool:
    """A verb after a comma followed by a comma or a connective adverb, not by its subject:
    the second verb of a coordination ("haben … begrüßt, fordern aber …")."""
    return fin + 1 < len(toks) and toks[fin + 1].text in SHARED_SUBJECT_NEXT


def passive_agent(toks: tuple[Tok, ...], cue_tok: int) -> Phrase | bool | None:
    """For a participle cue with a werden-auxiliary nearby: the "von X" agent, or False if none.
    Round 24: the auxiliary may stand 16 tokens before the participle (was 12: "wird die
    Panasonic Lumix G7 (hierzulande G70) ab ca. 630 Euro hervorgehoben"), and a bare noun
    after a noun and "von" ("die Zunahme von Digitalarbeit") is a genitive, not the agent."""
    if toks[cue_tok].tag != "VV(PP)":
        return None
    near = [toks[k].text for k in range(max(0, cue_tok - 16), min(len(toks), cue_tok + 3))]
    konjunktiv = any(w in PASSIVE_KONJUNKTIV for w in near) and not PERFECT_AUX & set(near)
    if not konjunktiv and not any(w in PASSIVE_AUX for w in near):
        return None
    agents = [
        p
        for p in phrases(toks)
        if p.in_pp
        and toks[p.start - 1].text in AGENT
        and not _genitive_von(toks, p)
        and not _abstract_bare(toks, p)
        and not _of_the_noun_before(toks, p)
        and not _is_time(toks, p)  # "wurde am Freitag vom Montag an …" (round 50)
        and cue_tok - 14 <= p.start <= cue_tok + 4
    ]
    before = [p for p in agents if p.start < cue_tok]
    return (before[-1] if before else agents[0]) if agents else False


def _of_the_noun_before(toks: tuple[Tok, ...], p: Phrase) -> bool:
    """A phrase after "vom" right after a noun belongs to that noun ("die Entscheidung vom
    12. Oktober", "die Beschlüsse vom Parteitag"): no agent and no source. Voices round 50
    (review)."""
    return toks[p.start - 1].text == "vom" and p.start > 1 and toks[p.start - 2].tag in NOUNS


def _genitive_von(toks: tuple[Tok, ...], p: Phrase) -> bool:
    """ "Fälle von Wirtschaftskriminalität": a noun, "von" and a phrase without article or name
    ("von der Opposition", "von Kiew" may be agents)."""
    head = toks[p.start - 2] if p.start > 1 else None
    return (
        head is not None
        and toks[p.start - 1].text == "von"
        and head.tag in NOUNS
        and head.text not in TEMPORAL
        and not (p.start > 2 and toks[p.start - 3].tag in PREP)  # "am Dienstag von Experten"
        and toks[p.start].tag not in {"ART", "NE", "PPOSAT", "PDAT"}
    )


ABSTRACT_ENDINGS = ("ität", "heit", "keit", "ismus")


def _abstract_bare(toks: tuple[Tok, ...], p: Phrase) -> bool:
    """ "von Immunität", "von Sicherheit": a bare abstract noun after "von" is no agent, even after
    a prepositional phrase ("zur Einschätzung von Immunität"); an institution is ("von
    Universität und Stadt"). Voices round 75."""
    t, low = toks[p.start], toks[p.start].text.lower()
    return (
        p.end - p.start == 1
        and p.start > 0
        and toks[p.start - 1].text == "von"
        and t.tag == "NN"
        and low.endswith(ABSTRACT_ENDINGS)
        and not low.endswith(LOCAL_INSTITUTIONS)
    )


def phrase_after(toks: tuple[Tok, ...], k: int) -> Phrase | None:
    """The first noun phrase starting at or after token ``k`` (within 4 tokens)."""
    found = next((p for p in phrases(toks[k:]) if p.start <= 4), None)
    return Phrase(found.start + k, found.end + k, False) if found else None


def phrase_before(toks: tuple[Tok, ...], k: int) -> Phrase | None:
    """The noun phrase ending right before token ``k``."""
    return next((p for p in reversed(phrases(toks)) if p.end <= k and p.end >= k - 1), None)


def _apposition(toks: tuple[Tok, ...], p: Phrase) -> list[Tok]:
    """Proper nouns of an apposition ", Anna Müller," after a phrase (a short PP such as
    "in Berlin" may come between); round 23: also before a colon or a sentence end. Round 42:
    after a long description ("der Leiter der für Jemen zuständigen Sektion des Internationalen
    Komitees vom Roten Kreuz, Franz Rauchenstein") a person's name (a known given name first)
    up to 16 words on, if no verb comes between; the name may carry an origin ("Liz Cheney aus
    Wyoming,")."""
    j = _apposition_comma(toks, p)
    if j is None:
        return []
    start = _after_role_words(toks, j + 1)
    run = []
    for t in toks[start : start + 5]:
        if t.tag not in {"NE", "NN", "FM"} or not (t.text[:1].isupper() or _name_particle(t.text)):
            break
        run.append(t)
    end = _after_brackets(toks, start + len(run))  # "Hans Zehetmair (CSU)," (round 48)
    closed = end < len(toks) and (toks[end].text in {",", ".", ":"} or _origin(toks, end))
    if j > p.end + 4 and not (_given_name_first(run) and _role_head(toks, p)):
        return []  # far from the phrase: only a person's name after a role
    if closed and run and (run[-1].tag in {"NE", "FM"} or _given_name_first(run)):
        return run
    return []


# lower-case words inside a person's name ("Latifa bint Muhammad al-Maktum"; voices round 44)
ARABIC_PARTICLES = frozenset({"bin", "bint", "ibn", "al", "el"})


def _name_particle(word: str) -> bool:
    return word in ARABIC_PARTICLES or word in NAME_PARTICLES or word.startswith(("al-", "el-"))


def _role_head(toks: tuple[Tok, ...], p: Phrase) -> bool:
    """The phrase's first noun is a person's role ("der Leiter der … Sektion")."""
    noun = next((t.text for t in toks[p.start : p.end] if t.tag == "NN"), "")
    return bool(noun) and (_role_noun(noun) or _is_role_word(noun))


def _apposition_comma(toks: tuple[Tok, ...], p: Phrase) -> int | None:
    """The comma that opens an apposition after the phrase: within 4 words, or within 16 if no
    verb comes first."""
    verb = False
    for j in range(p.end, min(len(toks), p.end + 16)):
        if toks[j].text == ",":
            return j if j <= p.end + 4 or not verb else None
        verb = verb or toks[j].tag.startswith("V")
    return None


def _after_brackets(toks: tuple[Tok, ...], k: int) -> int:
    """The token after a short bracketed group at ``k`` (a party or an acronym: "(CSU)", "(Die
    Linke)"), else ``k``."""
    if k >= len(toks) or toks[k].text != "(":
        return k
    close = next((j for j in range(k + 1, min(k + 5, len(toks))) if toks[j].text == ")"), None)
    return close + 1 if close is not None else k


def _origin(toks: tuple[Tok, ...], k: int) -> bool:
    """ "aus Wyoming," or "aus dem Bundesstaat Ohio," after a name: a place of origin, then the
    apposition closes (round 46: with an article and a place noun)."""
    if k >= len(toks) or toks[k].text != "aus":  # not "von": part of a name ("Peter von Matt")
        return False
    j = k + 1
    if j + 1 < len(toks) and toks[j].tag == "ART" and toks[j + 1].tag == "NN":
        j += 2
    return j + 1 < len(toks) and toks[j].tag == "NE" and toks[j + 1].text in {",", ".", ":"}


def _after_role_words(toks: tuple[Tok, ...], k: int) -> int:
    """Where the name starts in an apposition that gives a role first (", der dänische
    Diplomat Peter Sörensen,"): after an article, adjectives and one common noun followed by a
    proper noun, the noun a person's role; else ``k``. Voices round 30."""
    m = k + 1 if k < len(toks) and toks[k].tag == "ART" else k
    if m == k:
        return k
    while m < len(toks) and toks[m].tag == "ADJ(A)":
        m += 1
    role = m < len(toks) and toks[m].tag == "NN" and _role_or_body(toks[m].text)
    return m + 1 if role and m + 1 < len(toks) and toks[m + 1].tag in {"NE", "FM"} else k


def _role_or_body(word: str) -> bool:
    """A person's role or an organisation's kind (", das britische Unternehmen Norbulk
    Shipping UK,"; round 48)."""
    return _role_noun(word) or word.lower().endswith((*INSTITUTION_HEADS, *BODY_NOUNS))


BODY_NOUNS = ("unternehmen", "konzern", "firma", "partei", "gruppe", "zeitung", "sender")


def _role_noun(word: str) -> bool:
    """A noun naming a person by role ("Diplomat", "Managerin"), not an institution ("die
    Polizei Wien", "die Magistratsabteilung Wien": round 30 review)."""
    low = word.lower()
    return low.endswith(OFFICE_NOUNS) or low.endswith(PERSON_SUFFIXES)


def _names_only_in_attribute(words: tuple[Tok, ...], names: list[Tok]) -> bool:
    """Every name of the phrase is in its genitive attribute, right after the attribute's
    article ("Der Generaldirektor der Leipnik-Lundenburger Invest AG", "Der Leiter des
    Influenza-Programms der WHO"; not "der Chef des Verwaltungsrats Ulrich Müller"): an
    apposition after the phrase names the person. Voices round 28."""
    inner = [i for i in range(1, len(words)) if words[i].text in {"der", "des"}]
    if not names or not inner:
        return False
    first = words.index(names[0])
    last_article = max((i for i in inner if i < first), default=None)
    between = words[last_article + 1 : first] if last_article is not None else ()
    return last_article is not None and all(t.tag not in {"NN", "NNA"} for t in between)


def _role_of_named_body(words: tuple[Tok, ...], names: list[Tok]) -> bool:
    """A person's role whose genitive attribute names a body ("der Sprecher der
    CDU-Landesgruppe Mecklenburg-Vorpommern"): an apposition after it names the person.
    Voices round 44."""
    nouns = [t for t in words if t.tag in {"NN", "NNA"}]
    inner = next((i for i in range(1, len(words)) if words[i].text in {"der", "des"}), None)
    if names and nouns and _genitive_name_after(words, nouns[0], names):
        inner = words.index(names[0])  # "der Premierminister Walloniens" (round 46)
    if not names or not nouns or inner is None or names[0] not in words[inner:]:
        return False
    return _person_role(nouns[0].text)


def _person_role(word: str) -> bool:
    """A noun naming a person by role: an office, a person's ending, a listed role word or a
    nominalised role ("Sprecher", "Bürgermeister", "der Vorsitzende")."""
    return _role_noun(word) or _is_role_word(word) or word.lower().endswith(NOMINAL_ROLES)


# roles that speak for the body their genitive names ("der Sprecher des Robert Koch-Instituts"
# speaks for the institute): the body stays the speaker ("Stellvertreter" is no such role)
VOICE_ROLES = ("sprecher", "sprecherin")
VOICE_ROLES_EXACT = frozenset({"vertreter", "vertreterin"})


def _member_of_named_body(words: tuple[Tok, ...], names: list[Tok]) -> bool:
    """The phrase's head noun is a person's role other than a spokesperson's, or a body, and a
    genitive attribute names the body it belongs to ("der Bürgermeister der Gemeinde Lauenau",
    "Die Ständige Impfkommission des Robert Koch-Instituts"): the person or the inner body
    speaks, not the body named; not when a given name follows ("Chef des Flughafens Heathrow
    John Holland-Kaye" names the person). Voices round 76."""
    if _names_a_person(words, names):
        return False
    head = next((t.text for t in words if t.tag in {"NN", "NNA"}), "")
    low = head.lower()
    body = low.endswith((*INSTITUTION_HEADS, "gremium", "vorstand"))
    voice = low.endswith(VOICE_ROLES) or low in VOICE_ROLES_EXACT
    return bool(head) and (_person_role(head) or body) and not voice


def _names_a_person(words: tuple[Tok, ...], names: list[Tok]) -> bool:
    """A given name among the names that no institution's name word follows ("Kirsten
    Kappert-Gonther", "… Journalisten-Verbands Frank Überall"; not "Robert Koch-Instituts"), or
    two names after the body's noun."""
    following = dict(pairwise(words))
    given = any(
        _given_name(t.text) and not (t in following and _body_word(following[t].text))
        for t in names
    )
    return given or _two_names_after_noun(words)


def _two_names_after_noun(words: tuple[Tok, ...]) -> bool:
    """The phrase ends in two proper nouns right after a common noun: a person the body's noun
    introduces ("Vizechef der Präsidialverwaltung Andej Taranow", "Chef der Grünen Omid
    Nouripour"; "der Italia Viva" names a body, and a place noun names a place: "der Stadt New
    York", "des Bundesstaates New South Wales"; voices round 78, narrowed after its review)."""
    tags = [t.tag for t in words[-3:]]
    place = len(words) >= 3 and bool(genitive_stem(words[-3].text, PLACE_NOUNS))
    return len(tags) == 3 and tags[0] in {"NN", "NNA"} and tags[1:] == ["NE", "NE"] and not place


# nouns that a place's name follows ("die Stadt New York", "der Bundesstaat New Jersey")
# (not "Land", "Staat", "Republik" or "Dorf": "der Präsident des Landes Kassym-Schomart Tokajew"
# names a person)
PLACE_NOUNS = (
    "stadt", "bundesstaat", "region", "provinz", "kanton", "gemeinde", "kommune", "kreis",
    "bezirk", "stadtteil", "metropole", "distrikt", "territorium", "emirat", "insel",
)  # fmt: skip


def _body_word(word: str) -> bool:
    """An institution's or a body's head, also in the genitive ("Koch-Instituts",
    "Konzerns")."""
    return bool(genitive_stem(word, (*INSTITUTION_HEADS, *BODY_NOUNS)))


def _described_with_body(words: tuple[Tok, ...], rule: str, gender: str) -> Speaker:
    """A person or body described with the body it belongs to, without the article."""
    named = [t for t in words if t is not words[0] or t.tag != "ART"]
    return Speaker(_joined(words), _joined(named), rule + "+description", gender)


def _genitive_name_after(words: tuple[Tok, ...], noun: Tok, names: list[Tok]) -> bool:
    """The phrase's only name is a genitive right after its noun ("Außenminister
    Großbritanniens")."""
    k = words.index(noun)
    return names == [words[-1]] and k == len(words) - 2 and names[0].text.endswith("s")


def _given_name_first(run: list[Tok]) -> bool:
    """A listed given name and a surname the tagger took for a common noun. Voices round 23."""
    from framelab.attribution.persons import default_names

    return len(run) == 2 and run[0].text in default_names().gender


def _phrase_names(
    toks: tuple[Tok, ...], p: Phrase, metonyms: dict[str, str]
) -> tuple[tuple[Tok, ...], list[Tok]]:
    """The phrase's words (with a surname it runs into) and its name tokens; none when the name
    is only a genitive attribute ("Russlands Armee")."""
    end, surnames = _surnames(toks, p.start, p.end, metonyms)
    words = toks[p.start : end]
    names = [
        t
        for k, t in enumerate(words, p.start)
        if (t.tag == "NE" or t in surnames)
        and not _is_role_compound(t.text)
        and not _in_extended_attribute(toks, k)  # "Der in Brandenburg ansässige Jurist"
    ]
    if names:  # capitalised foreign words of an English name ("International Rescue Committee")
        names = [t for t in words if t in names or _foreign_name_word(t)]
    genitive = (
        names
        and names[-1] is not words[-1]
        and names[-1].text.endswith("s")
        and words[-1].tag in {"NN", "NNA"}
    )
    return words, [] if genitive else names


def phrase_speaker(
    toks: tuple[Tok, ...], p: Phrase, metonyms: dict[str, str], rule: str
) -> Speaker:
    """A speaker from a noun phrase: its names, an apposition, a capital or the description;
    published data speak through their publisher (:func:`_publisher`)."""
    p = _publisher(toks, p) or p
    words, names = _phrase_names(toks, p, metonyms)
    first = words[0].text.lower()
    gender = "m" if first in {"der", "ein"} else "f" if first in {"die", "eine"} else "?"
    if _names_only_in_attribute(words, names) or _role_of_named_body(words, names):
        apposition = _apposition(toks, p)
        if not apposition and _member_of_named_body(words, names):
            return _described_with_body(words, rule, gender)
        names = apposition or names
    names = names or _apposition(toks, p)
    if len(words) == 1 and words[0].tag == "PPER":
        gender = PRONOUNS.get(words[0].text) or SOURCE_PRONOUNS.get(words[0].text, "?")
        return Speaker(words[0].text, words[0].text, rule, gender)
    if names:
        return _named_speaker(names, words, metonyms, rule, gender)
    return _unnamed_speaker(toks, p, words, metonyms, rule, gender)


# data and documents whose publisher a participle attribute names ("aus am Donnerstag von der
# Johns-Hopkins-Universität veröffentlichten Daten"; voices round 75): the heads of data and
# documents (also as a compound's head: "Infektionszahlen"), not persons in "-daten"
# ("Soldaten", "Kandidaten"), and the participles of publishing only ("von Hackern gestohlenen
# Daten" were not published by the hackers)
PUBLISHED_HEADS = (
    "daten", "zahlen", "angaben", "statistik", "statistiken", "studie", "bericht", "umfrage",
    "analyse", "ergebnisse", "ergebnissen", "mitteilung", "erklärung", "dokument", "papier",
)  # fmt: skip
NOT_PUBLISHED_HEADS = ("soldaten", "kandidaten")
PUBLISHING_PARTICIPLES = (
    "veröffentlicht", "vorgelegt", "vorgestellt", "präsentiert", "publiziert", "herausgegeben",
    "erhoben", "ermittelt", "gemeldet", "erstellt", "berechnet", "verbreitet",
)  # fmt: skip


def _publisher(toks: tuple[Tok, ...], p: Phrase) -> Phrase | None:
    """The "von"/"vom" agent right before a publishing participle of data or a document ("von
    der Johns-Hopkins-Universität veröffentlichten Daten", "vom Robert Koch-Institut vorgelegten
    Zahlen"): the data's publisher speaks; None otherwise, and for a time ("vom Januar")."""
    first, head = toks[p.start], toks[p.end - 1].text.lower()
    published = first.tag == "ADJ(A)" and first.text.lower().startswith(PUBLISHING_PARTICIPLES)
    data = head.endswith(PUBLISHED_HEADS) and not head.endswith(NOT_PUBLISHED_HEADS)
    if not published or not data:
        return None
    agent = next((q for q in phrases(toks) if q.end == p.start and q.in_pp), None)
    if agent is None or toks[agent.start - 1].text not in {"von", "vom"}:
        return None
    return None if _is_time(toks, agent) else Phrase(agent.start, agent.end, False)


def _named_speaker(names, words, metonyms: dict[str, str], rule: str, gender: str) -> Speaker:
    """The speaker a phrase names: its first run of names, a capital standing for its state."""
    names = _without_genitive_place(names, words, metonyms)
    run = _with_title_words(_with_tagged_surname(_first_run(names, words), words), words)
    run = _institution_of_place(run, words, metonyms)
    nominative = _nominative_name(run) if _after_genitive_article(words) else run
    name = metonyms.get(run, metonyms.get(run.removesuffix("s"), nominative))
    gender = "f" if gender == "?" and run.split()[0].endswith("a") else gender
    return Speaker(run, name, rule, gender)


def _after_genitive_article(words: tuple[Tok, ...]) -> bool:
    """The phrase holds "des" or "eines": its name may be a genitive ("Laut Sokrates" is not)."""
    return any(t.text in {"des", "eines"} for t in words)


def _nominative_name(run: str) -> str:
    """A name whose last word is an institution's head in the genitive, in the nominative
    ("Robert Koch-Instituts" → "Robert Koch-Institut"; voices round 76); others as they are."""
    *rest, last = run.split(" ")
    stem = genitive_stem(last, INSTITUTION_HEADS)
    return " ".join([*rest, stem]) if stem and len(stem) < len(last) else run


def _unnamed_speaker(toks, p: Phrase, words, metonyms, rule: str, gender: str) -> Speaker:
    """A phrase without a proper noun: a quoted name after it, an institution with its
    complement, a counted group or a description to resolve."""
    if quoted := _quoted_name(toks, p):
        return Speaker(quoted, quoted, rule, "?")
    if seat := _seat_of_government(toks, p):
        mention = _joined(toks[p.start : p.end + 2])
        return Speaker(mention, metonyms.get(seat, seat), rule, "?")
    if (end := _institution_name_end(toks, p)) > p.end:
        named = [t for t in toks[p.start : end] if t is not toks[p.start] or t.tag != "ART"]
        return Speaker(_joined(toks[p.start : end]), _joined(named), rule, "?")
    text = _joined(words)
    group = _counted_group(words)
    if group:
        return Speaker(text, " ".join(t.text for t in group), rule + "+group", "p")
    bare = _joined([t for t in words if t.tag not in {"ART", "PDAT", "PIAT", "PPOSAT"}])
    return Speaker(text, metonyms.get(bare, bare or text), rule + "+description", gender)


# heads of an institution's name that a "für"/"zur" complement completes ("das Bundesamt für
# Bevölkerungsschutz und Katastrophenhilfe", "das Zentrum für Verfassungsrechte"; round 45)
INSTITUTION_HEADS = (
    "amt", "zentrum", "verein", "gesellschaft", "institut", "stiftung", "kommission",
    "ministerium", "agentur", "behörde", "komitee", "forum", "bündnis", "verband",
    "organisation", "rat", "büro", "dienst", "netzwerk", "vereinigung", "akademie",
    "ausschuss", "initiative", "liga", "bund", "kammer", "gericht", "anstalt",
)  # fmt: skip
COMPLEMENT_TAGS = frozenset({"ART", "ADJ(A)", "NN", "NNA", "NNI", "NE", "FM", "KON", "CARD"})


# a government or leadership named by its seat: "die Regierung in Iran", "die Führung in Peking"
GOVERNMENT_HEADS = ("regierung", "führung", "staatsführung", "administration")


def _seat_of_government(toks: tuple[Tok, ...], p: Phrase) -> str:
    """The place after "in"/"von" that a government phrase names as its seat ("die Regierung in
    Iran" → "Iran"), "" otherwise. Voices round 46."""
    j = p.end
    if j + 1 >= len(toks) or toks[j].text not in {"in", "von"} or toks[j + 1].tag != "NE":
        return ""
    head = toks[p.end - 1].text.lower()
    runs_on = j + 2 < len(toks) and toks[j + 2].tag in {"NE", "NN"}
    return "" if runs_on or not head.endswith(GOVERNMENT_HEADS) else toks[j + 1].text


def _institution_name_end(toks: tuple[Tok, ...], p: Phrase) -> int:
    """Where an institution's name ends that runs on with a "für"/"zur"/"zum" complement and an
    acronym in brackets; ``p.end`` when the phrase is no such name."""
    j = p.end
    if not _institution_head(toks, p) or not _opens_complement(toks, j):
        return p.end
    k = _complement_end(toks, j + 1)
    if k == j + 1 or not any(t.tag in {"NN", "NE", "FM"} for t in toks[j + 1 : k]):
        return p.end
    if any(t.text in TEMPORAL for t in toks[j + 1 : k]):
        return p.end  # a time, no name: "laut Statistikamt für die Jahre 2020 und 2021" (round 74)
    acronym = k + 2 < len(toks) and toks[k].text == "(" and toks[k + 2].text == ")"
    return k + 3 if acronym and toks[k + 1].text.isupper() else k


# a common noun's complement that names whose or where it is (voices round 68)
NAMED_COMPLEMENT_PREPS = frozenset({"von", "vom", "aus", "um"})
NAME_TAGS = frozenset({"NE", "FM"})
LEADING_DETERMINERS = frozenset({"ART", "PDAT", "PIAT", "PPOSAT"})


def named_complement(sentence: str, mention: str) -> str:
    """The description ``mention`` named with the "von", "aus" or "um" complement of a proper
    name its head runs on with in the sentence ("eine Sprecherin von Sanofi Deutschland" →
    "Sprecherin von Sanofi Deutschland", "die Bürgermeisterin von Bogotá", "ein Forscherteam um
    Christian Drosten", "eine Studie aus Kanada"); "" without one. Voices round 68."""
    at = sentence.find(mention)
    toks = tag(sentence) if at >= 0 and mention else ()
    inside = [i for i, t in enumerate(toks) if at <= t.start and t.end <= at + len(mention)]
    if not inside:
        return ""
    p = Phrase(inside[0], inside[-1] + 1, False)
    end = _named_complement_end(toks, p)
    if end == p.end:
        return ""
    start = p.start
    while start < p.end - 1 and toks[start].tag in LEADING_DETERMINERS:
        start += 1
    return _joined(toks[start:end]).rstrip(".")


def _named_complement_end(toks: tuple[Tok, ...], p: Phrase) -> int:
    """Where a common noun's "von"/"aus"/"um" complement (for a court also "in": voices round 75)
    of up to four proper nouns ends (after an article or adjective: "aus dem Iran"); ``p.end``
    when the head has none, or the names are a genitive before a noun ("von Deutschlands
    Gesundheitsminister")."""
    j = p.end
    # a court also by its town ("das Verwaltungsgericht in Den Haag"; voices round 75), no other
    # body: "nach Angaben des Ministeriums in Tirol" tells where something was counted
    court = institution_stem(toks[p.end - 1].text).lower().endswith("gericht")
    preps = NAMED_COMPLEMENT_PREPS | ({"in"} if court else set())
    if toks[p.end - 1].tag != "NN" or j + 1 >= len(toks) or toks[j].text not in preps:
        return p.end
    k = j + 1
    while k < len(toks) and toks[k].tag in {"ART", "ADJ(A)"}:
        k += 1
    first = k
    while (
        k < len(toks) and k - first < 4 and toks[k].tag in NAME_TAGS and toks[k].text[0].isalnum()
    ):
        k += 1
    runs_on = k < len(toks) and toks[k].tag in {"NN", "NE"}
    return p.end if k == first or runs_on else k


def complement_of(sentence: str, noun: str) -> str:
    """The complement the sentence gives ``noun``: a genitive ("eine Sprecherin der Caritas" →
    "der Caritas", "der Wirt des „Ponte“" → "des „Ponte“", "Beschlussvorlage der Bundesländer")
    or a "von"/"vom"/"aus" complement whose first capitalised word is a proper noun or a quoted
    name ("Mann aus dem Berliner Westen", "Verordnung von Jens Spahn"); "um" only for a group
    ("Team um Christian Drosten"). An optional article and up to two lower-case adjectives, a
    capitalised word or a quoted name, and up to three more capitalised words, cut before a
    second common noun ("der Polizei Journalisten gegenüber" → "der Polizei"). "" without one,
    or when the complement is a time ("vom Donnerstag", "um elf Uhr"), the outlet a statement
    was told to ("der Deutschen Presse-Agentur") or an idiom ("sind der Meinung"). Voices
    round 72."""
    preps = GENITIVE_PREPS | (NAMED_COMPLEMENT_PREPS - ({"um"} if not _a_group(noun) else set()))
    for m in re.finditer(rf"(?<![\w-]){re.escape(noun)}\s+({COMPLEMENT})", sentence):
        prep, complement = m.group(2), _cut_at_second_noun(m.group(1))
        words = set(re.findall(r"[\w-]+", complement))
        if prep not in preps or words & COMPLEMENT_STOPS:
            continue
        if any(w.lower().endswith(OUTLET_HEADS) for w in words):
            continue
        if prep in GENITIVE_PREPS or _opens_with_a_name(complement):
            return complement
    return ""


GENITIVE_PREPS = frozenset({"des", "der"})
COMPLEMENT = (
    r"(des|der|von|vom|aus|um)\s+(?:(?:dem|den|der|die|das)\s+)?"
    r"(?:[a-zäöü][\w-]*(?:e|en|er|es|em)\s+){0,2}"
    r"(?:„[^“”\"]{1,40}[“”]|\"[^\"]{1,40}\"|[A-ZÄÖÜ][\w&+-]*)(?:\s+[A-ZÄÖÜ][\w&+-]*){0,3}"
)
# a complement that is a time, an outlet's name or an idiom's noun, not whose the noun is
COMPLEMENT_STOPS = TEMPORAL | OUTLET_NAMES | {"Meinung", "Ansicht", "Auffassung", "Überzeugung"}


# heads of a group named by its leader ("Team um Christian Drosten")
GROUP_HEADS = ("team", "gruppe")


def _a_group(noun: str) -> bool:
    return noun.lower().endswith(GROUP_HEADS)


def names_someone(complement: str) -> bool:
    """The complement holds a proper noun, a quoted name or initials ("des „Ponte“", "der
    RKI-Untersuchung"): it says whose a noun no list of speaking heads holds ("Wirt",
    "Beschlussvorlage") is. Voices round 72."""
    if _has_quote_mark(complement) or re.search(r"\b[A-ZÄÖÜ]{2,}\b", complement):
        return True
    return any(t.tag == "NE" for t in tag(complement))


def _has_quote_mark(complement: str) -> bool:
    return "„" in complement or '"' in complement


def _cut_at_second_noun(complement: str) -> str:
    """The complement up to a common noun that follows a common noun: a name runs on in proper
    nouns ("des Landratsamts Erding"), not in a second common noun ("der Polizei Journalisten")."""
    toks = tag(complement)
    for k in range(1, len(toks)):
        if toks[k].tag == "NN" and toks[k - 1].tag == "NN" and toks[k].text[:1].isupper():
            return complement[: toks[k - 1].end].rstrip()
    return complement


def _opens_with_a_name(complement: str) -> bool:
    """The complement's first capitalised word is a proper noun or a quoted name ("aus dem
    Berliner Westen", "von Jens Spahn"; not "aus Sicherheitsgründen")."""
    if _has_quote_mark(complement):
        return True
    first = next((t for t in tag(complement) if t.text[:1].isupper()), None)
    return first is not None and (first.tag == "NE" or first.tag.startswith("ADJ"))


# determiners a subject after its verb may open with (not a dative or accusative "dem", "den")
SUBJECT_OPENERS = frozenset({"der", "die", "das", "ein", "eine"})


def phrase_after_verb(sentence: str, cue: Cue, metonyms: dict[str, str]) -> Speaker | None:
    """The noun phrase right after a finite verb cue that follows a fronted phrase ("Die
    Anschaffungskosten … beziffert das Unternehmen auf …", "Einbußen meldete Philips"): a proper
    noun, or a phrase opening with a nominative article; None otherwise. Voices round 69."""
    toks = tag(sentence)
    k = token_at(toks, cue.start) if toks else None
    if k is None or toks[k].tag not in FINITE or not any(t.tag in NOUNS for t in toks[:k]):
        return None
    p = next((q for q in phrases(toks) if q.start == k + 1), None)
    if p is None or toks[p.start].tag == "PPER":
        return None
    first = toks[p.start]
    if first.tag != "NE" and first.text.lower() not in SUBJECT_OPENERS:
        return None
    return phrase_speaker(toks, p, metonyms, cue.entry + "+after_verb")


def _institution_head(toks: tuple[Tok, ...], p: Phrase) -> bool:
    head = toks[p.end - 1] if p.end > p.start else None
    return head is not None and head.tag == "NN" and head.text.lower().endswith(INSTITUTION_HEADS)


def _opens_complement(toks: tuple[Tok, ...], j: int) -> bool:
    """ "für"/"zur"/"zum" at ``j``; not "zur APA" (whom a spokesman told)."""
    if j + 1 >= len(toks) or toks[j].text not in {"für", "zur", "zum"}:
        return False
    told = toks[j + 1].tag == "NE" or toks[j + 1].text in OUTLET_NAMES
    return toks[j].text == "für" or not told


def _complement_end(toks: tuple[Tok, ...], k: int) -> int:
    """The end of a complement's words from ``k``, without a trailing article or conjunction."""
    start = k
    while k < len(toks) and (
        (toks[k].tag in COMPLEMENT_TAGS and not _new_conjunct(toks, k)) or _truncated(toks, k)
    ):
        k += 2 if _truncated(toks, k) else 1
    while k > start and toks[k - 1].tag in {"ART", "KON", "ADJ(A)"}:
        k -= 1  # not "… und die Regierung"
    return k


def _new_conjunct(toks: tuple[Tok, ...], k: int) -> bool:
    """ "oder", or "und" before an article: a second phrase, not the name's ("für Arbeit und
    die Gewerkschaft")."""
    nxt = toks[k + 1].tag if k + 1 < len(toks) else ""
    return toks[k].text == "oder" or (toks[k].tag == "KON" and nxt == "ART")


OPENING_QUOTES = frozenset('„"»‚')
CLOSING_QUOTES = frozenset('“"«‘”')


def _quoted_name(toks: tuple[Tok, ...], p: Phrase) -> str:
    """A name in quotation marks right after a common noun ("die Tageszeitung „Die Welt“",
    "die Organisation „Hamas“"): up to four capitalised words without a verb. Voices round 44."""
    j = p.end
    if j + 2 >= len(toks) or toks[j].text not in OPENING_QUOTES or toks[j - 1].tag != "NN":
        return ""
    end = next(
        (i for i in range(j + 1, min(len(toks), j + 6)) if toks[i].text in CLOSING_QUOTES), None
    )
    inner = toks[j + 1 : end] if end is not None else ()
    if not inner or not inner[0].text[:1].isupper() or any(t.tag.startswith("V") for t in inner):
        return ""
    return _joined(inner) if all(t.text[:1].isupper() or t.tag == "ART" for t in inner) else ""


def _joined(words) -> str:
    """The words as written, a truncated compound's hyphen kept on its word ("Wirtschafts-")."""
    out = ""
    for i, t in enumerate(words):
        glued = i and (
            (t.text == "-" and words[i - 1].end == t.start)
            or t.text == ")"
            or words[i - 1].text == "("
        )
        out += t.text if glued or not out else " " + t.text
    return out


# shares of a group ("die Hälfte der Befragten", "40 Prozent der Teilnehmer", "der Großteil der
# Mitglieder"): the group speaks, not a person the share could be resolved to (voices round 33)
SHARE_NOUNS = frozenset(
    """hälfte drittel viertel fünftel zehntel großteil mehrheit minderheit prozent teil gros
    anteil""".split()  # noqa: SIM905
)


def _counted_group(words: tuple[Tok, ...]) -> tuple[Tok, ...]:
    """The group after a share noun and its genitive article ("die Hälfte der Befragten" →
    "Befragten"); empty when the phrase names no share of a group."""
    for k in range(len(words) - 2):
        if words[k].text.lower() in SHARE_NOUNS and words[k + 1].text in {"der", "des"}:
            group = words[k + 2 :]
            return group if any(t.tag in NOUNS for t in group) else ()
    return ()


# Latin and English place words in institution names ("Bank Austria", "Amnesty International")
INSTITUTION_PLACES = frozenset({"Austria", "Germany", "Europe", "International"})


def _is_place(word: str, metonyms: dict[str, str]) -> bool:
    """A capital, a state ("Wien", "Österreich", "Finnland") or a place word of names."""
    return (
        word in metonyms
        or word in metonyms.values()
        or word in INSTITUTION_PLACES
        or word.endswith(("land", "reich"))
    )


def _without_genitive_place(names: list[Tok], words: tuple[Tok, ...], metonyms) -> list[Tok]:
    """The names without a leading genitive when a role and a name follow: "Wiens Bürgermeister
    Michael Häupl" → "Michael Häupl", "Firtaschs Anwalt Dieter Böhmdorfer" → "Dieter
    Böhmdorfer", "Van der Bellens Wahlkampfleiter Lothar Lockl" → "Lothar Lockl". Voices
    round 18."""
    genitive = next((k for k, t in enumerate(words) if t.text.endswith("s")), None)
    if genitive is None or genitive + 2 >= len(words) or names[0] not in words[: genitive + 1]:
        return names
    k = genitive + 1  # adjectives may come first: "Berlins Regierender Bürgermeister" (round 43)
    while k + 2 < len(words) and words[k].tag == "ADJ(A)":
        k += 1
    role = words[k]
    rest = [t for t in names if t.start > role.end]
    if role.tag == "NN" and role.text[:1].isupper() and rest and rest[0] is words[k + 1]:
        return rest
    return names


def _institution_of_place(run: str, words: tuple[Tok, ...], metonyms) -> str:
    """A place right after a common noun names an institution, not the place: "Statistik
    Austria", "Universität Wien", "Verkehrsclub Österreich" (not after a role: "Kanzler …").
    Voices round 18; round 32: also right before the phrase's last noun ("die Washington
    Post", which gave "USA")."""
    if " " in run:
        return run
    local = next(
        (a for a, b in pairwise(words) if b.text == run and _local_institution(a, run)), None
    )
    if local is not None:  # "die Polizei Düsseldorf", "Staatsanwaltschaft Halle"
        return f"{_nominative_institution(local.text)} {run}"
    if not _is_place(run, metonyms):
        return run
    for i, (a, b) in enumerate(pairwise(words)):
        adjacent = b.start - a.end == 1
        if adjacent and b.text == run and _names_with(a):
            return f"{a.text} {run}"
        named = (i > 0 and words[i - 1].text.lower() in NAME_ARTICLES) or b.text in NAME_HEADS
        if adjacent and a.text == run and b is words[-1] and _names_with(b) and named:
            return f"{run} {b.text}"  # "die Washington Post", "Japan Display" (voices round 32)
    return run


# heads of local authorities and bodies that a town's name right after them completes ("die
# Polizei Düsseldorf", "die Staatsanwaltschaft Halle", "das Landgericht Bonn"); any town, not only
# a listed place (voices round 51). Compounds count ("Kantonspolizei", "US-Universität")
# except for the heads in LOCAL_INSTITUTIONS_EXACT ("Heimatstadt Hamburg" is no authority).
LOCAL_INSTITUTIONS = (
    "polizei", "staatsanwaltschaft", "feuerwehr", "universität", "hochschule", "klinikum",
    "gericht", "polizeipräsidium", "polizeidirektion", "polizeiinspektion",
    "regierungspräsidium", "landratsamt", "stadtwerke",
    "klinik", "kammer", "gesundheitsamt", "bezirksamt", "ordnungsamt",  # round 62
)  # fmt: skip
LOCAL_INSTITUTIONS_EXACT = frozenset(
    {"stadt", "gemeinde", "landkreis", "bistum", "erzbistum", "uni"}  # "Uni": round 62
)


def _local_institution(t: Tok, town: str) -> bool:
    """A capitalised common noun headed by a local authority or body, right before a town's
    name (not a person's: "der Stadt Meier" after a spokesman, a given name); also in the
    genitive ("des Oberverwaltungsgerichts Berlin-Brandenburg"; voices round 74)."""
    low = _nominative_institution(t.text).lower()
    head = low.endswith(LOCAL_INSTITUTIONS) or low in LOCAL_INSTITUTIONS_EXACT
    return t.tag == "NN" and t.text[:1].isupper() and head and not _given_name(town)


def _nominative_institution(word: str) -> str:
    """A local institution's noun without a genitive ending ("Oberverwaltungsgerichts" →
    "Oberverwaltungsgericht", "Landratsamtes" → "Landratsamt"); other words as they are."""
    return genitive_stem(word, LOCAL_INSTITUTIONS) or word


def _given_name(word: str) -> bool:
    """A listed given name (or two joined by a hyphen)."""
    from framelab.attribution.persons import default_names, is_given

    return is_given(word, default_names().gender)


# a place before the phrase's last noun is part of a name only after a nominative or genitive
# article ("die Washington Post", "laut der Wien Energie") or before a company or outlet head;
# "von den USA Betrug", "Wie Frankreich Journalisten sagte", "Russland Medienberichten zufolge"
# are a place and another phrase (voices round 32 review)
NAME_ARTICLES = frozenset({"die", "der", "des"})
NAME_HEADS = frozenset(
    "Post Times Display Energie Holding Airlines Airways Group Telekom Bank Zeitung".split()  # noqa: SIM905
)


def _names_with(t: Tok) -> bool:
    """A capitalised common noun that makes a place part of an institution's or outlet's name
    (not a role, not a time: "Kanzler Wien", "Moskau Ende März")."""
    return (
        t.tag == "NN"
        and t.text[:1].isupper()
        and not _is_role_word(t.text)
        and t.text not in TEMPORAL
        and t.text not in TIME_NOUNS
    )


NAME_PARTICLES = frozenset({"van", "von", "der", "de", "den", "zu", "la", "le", "di", "da"})
SURNAME_PARTICLES = frozenset({"van", "von", "de", "di", "da", "del", "zu", "ten", "ter"})


def _surnames(
    toks: tuple[Tok, ...], start: int, end: int, metonyms: dict[str, str]
) -> tuple[int, list[Tok]]:
    """A phrase's end and the surname parts after particles that its names run into: "Van" +
    "der Bellen", "Ursula" + "von der Leyen" (the tagger often takes such a surname for a common
    noun). Only after a particle that is itself a name ("Van") or after a given name followed by
    one ("Ursula von"), so "Merkel von der CDU" stays "Merkel"."""
    from framelab.attribution.persons import given_name_gender

    parts = []
    for i in range(start, min(end, len(toks) - 1)):
        t = toks[i]
        if t.tag != "NE" or not (
            t.text.lower() in SURNAME_PARTICLES
            or (toks[i + 1].text in SURNAME_PARTICLES and given_name_gender(t.text) != "?")
        ):
            continue
        k = i + 1
        while k < len(toks) and toks[k].text.lower() in NAME_PARTICLES:
            k += 1
        place = k < len(toks) and _is_place(toks[k].text, metonyms)  # "Abbas von Israel"
        if k > i + 1 and k < len(toks) and toks[k].text[:1].isupper() and not place:
            parts.append(toks[k])
            end = max(end, k + 1)
    return end, parts


def _first_run(names: list[Tok], words: tuple[Tok, ...] = ()) -> str:
    """The first run of adjacent proper nouns; name particles may join it ("van der Marel").
    A person after an organisation and a role is the speaker, not the organisation ("SPÖ
    Klubobmann Andreas Schieder", "Admira General Manager Alexander Friedl"; voices round 41);
    an abbreviated academic title the tagger calls a name is none ("Dr. Günther Beckstein";
    round 42)."""
    names = [t for t in names if t.text not in TITLE_ABBREVIATIONS] or names
    runs = _runs(names, words)
    person = next((r for r in runs[1:] if _person_after_role(runs[0], r, words)), None)
    return " ".join(t.text for t in (person or runs[0]))


def _runs(names: list[Tok], words: tuple[Tok, ...]) -> list[list[Tok]]:
    """The names in runs of adjacent proper nouns (name particles may join a run)."""
    runs = [[names[0]]]
    for t in names[1:]:
        run = runs[-1]
        between = [w for w in words if run[-1].end <= w.start and w.end <= t.start]
        if t.start - run[-1].end > 1 and not (
            between and {w.text for w in between} <= NAME_PARTICLES | ENGLISH_NAME_LINKS
        ):
            runs.append([t])
            continue
        run.extend(between)
        run.append(t)
    return runs


def _foreign_name_word(t: Tok) -> bool:
    """A capitalised foreign word that may belong to a name: not an honorific ("Mister
    Wenger") and not a role ("ÖGB-Präsident Erich Foglar")."""
    return (
        t.tag == "FM"
        and t.text[:1].isupper()
        and t.text not in HONORIFICS
        and not _is_role_compound(t.text)
    )


HONORIFICS = frozenset({"Mister", "Mr", "Mrs", "Ms", "Miss", "Sir", "Madame", "Monsieur", "Lady"})
# English function words inside a name ("Office of Special Counsel"; voices round 45)
ENGLISH_NAME_LINKS = frozenset({"of", "for", "and", "on", "the"})


def _person_after_role(first: list[Tok], run: list[Tok], words: tuple[Tok, ...]) -> bool:
    """``run`` opens with a known given name and only role nouns stand between it and ``first``."""
    from framelab.attribution.persons import default_names

    between = [w for w in words if first[-1].end <= w.start and w.end <= run[0].start]
    return (
        len(run) > 1
        and run[0].text in default_names().gender
        and bool(between)
        and all(w.tag == "NN" for w in between)
    )


def _with_tagged_surname(run: str, words: tuple[Tok, ...]) -> str:
    """A given name alone takes the capitalised noun right after it as its surname: the tagger
    often takes an unknown surname for a common noun ("Walter/NE Baier/NN"). Voices round 7;
    round 34: also a given name after a role the tagger took for a name ("Richter/NE
    Oliver/NE Schoßwohl/NN")."""
    from framelab.attribution.persons import default_names

    last = run.split()[-1]
    if last not in default_names().gender or not all(_titled(w) for w in run.split()[:-1]):
        return run
    for a, b in pairwise(words):
        adjacent = a.text == last and b.start - a.end == 1 and b.tag in {"NN", "NE"}
        if adjacent and b.text[:1].isupper() and not _is_role_compound(b.text):
            return f"{run} {b.text}"
    return run


def _titled(word: str) -> bool:
    """A role or title word before a given name ("Richter", "IPN-Direktor", "Dr.")."""
    head = word.split("-")[-1]
    return (
        word.lower().removesuffix(".") in TITLES
        or _role_noun(head)
        or _is_role_word(head)
        or head.lower().endswith(("direktor", "vize"))
    )


TITLES = frozenset({"dr", "prof", "mag", "ing", "herr", "frau"})


def _with_title_words(run: str, words: tuple[Tok, ...]) -> str:
    """An English article taken alone for a name runs on into the capitalised words right after
    it: a title ("The/NE Register/NN" → "The Register"). Voices round 23."""
    if run != "The":
        return run
    k = next((i for i, t in enumerate(words) if t.text == run), len(words)) + 1
    while k < len(words) and words[k].text[:1].isupper() and words[k].start - words[k - 1].end == 1:
        run, k = f"{run} {words[k].text}", k + 1
    return run


def _is_role_word(word: str) -> bool:
    return word.lower().endswith(ROLE_SUFFIXES)


def _is_role_compound(word: str) -> bool:
    return "-" in word and word.lower().rsplit("-", 1)[-1].endswith(ROLE_SUFFIXES)


def find_speaker(
    sentence: str, cue: Cue, metonyms: dict[str, str], documents: tuple[str, ...] = ()
) -> Speaker | None:
    """The speaker of one cue in a sentence, or None when there is none; a document that names
    its author gives the author (``documents``: the lexicon's document nouns)."""
    toks = tag(sentence)
    if not toks:
        return None
    k = token_at(toks, cue.start)
    toks = _cue_verb_as_verb(toks, k, cue)
    if owner := _possessive_owner(cue):
        return _owning_subject(toks, k, cue, metonyms) or owner
    if cue.category == "nominal" and not any(t.tag in FINITE for t in toks):
        return None  # "Laut Kreml" as a teaser line: no statement
    p = _source_phrase(toks, k, cue, metonyms, documents)
    if isinstance(p, Speaker):
        return p
    if p is None or toks[p.start].tag in {"PIS"} or toks[p.start].text in IMPERSONAL:
        p = _side_of(toks, k)
        if p is None:
            return None
    if cue.entry == "befund_zeigen" and not _names_document(toks, p, documents):
        return None  # "Der Film zeigt …": only a document's finding is a statement (round 24)
    if source := _compound_source(toks, p, cue.entry):
        return source
    p = _named_before_apposition(toks, p) or _with_coordinated_name(toks, p)
    p = _named_after_portfolio(toks, p) or p
    speaker = phrase_speaker(toks, p, metonyms, cue.entry)
    if speaker.rule.endswith("+description"):
        return document_author(toks, p, metonyms, cue.entry, documents) or speaker
    return speaker


READ_AS_NOUN_OR_ADJECTIVE = frozenset({"ADJ(A)", "NN"})  # not ADJ(D): participles ("vorhergesagt")


def _cue_verb_as_verb(toks: tuple[Tok, ...], k: int, cue: Cue) -> tuple[Tok, ...]:
    """A verb cue's own word as a verb: after a masked quotation the tagger may read it as an
    adjective, and the speaker's phrase then took it in ('…", twitterte Spahn' → "twitterte
    Spahn"). Voices round 64."""
    word = toks[k]
    if cue.category != "verb" or not word.text[:1].islower():
        return toks
    if word.tag not in READ_AS_NOUN_OR_ADJECTIVE:
        return toks
    verb = "VV(PP)" if "ge" in word.text[:-2] else "VV(FIN)"
    return (*toks[:k], Tok(word.text, word.start, word.end, verb), *toks[k + 1 :])


# heads of a closed compound whose first part is its source ("nach Polizeiangaben" = "nach
# Angaben der Polizei", "nach Zeugenaussagen"); a report ("nach Medienberichten") stays itself
SOURCE_COMPOUND = re.compile(
    r"([A-ZÄÖÜ][a-zäöüß]{2,}?)(?<=[a-zäöüß])(angaben|aussagen|informationen|ermittlungen)"
)
# endings after which a compound's linking -s is no part of the word ("Ministeriumsangaben")
LINKED_BY_S = ("ung", "heit", "keit", "schaft", "ion", "tät", "ium", "amt", "en")


COMPOUND_CUES = frozenset({"nach_angaben", "laut", "zufolge", "so_speaker"})


def _compound_source(toks: tuple[Tok, ...], p: Phrase, entry: str) -> Speaker | None:
    """The source a compound cue noun names in its first part, as a description that resolves
    like "die Polizei" ("nach Polizeiangaben" → "Polizei", "nach Ministeriumsangaben" →
    "Ministerium"; voices round 46), also after "laut" and before "zufolge" ("Polizeiangaben
    zufolge": round 58) and after "so" (", so Ministeriumsangaben": round 76); None for any
    other phrase."""
    if entry not in COMPOUND_CUES or p.end - p.start != 1 or toks[p.start].tag != "NN":
        return None
    m = SOURCE_COMPOUND.fullmatch(toks[p.start].text)
    if m is None:
        return None
    source = m.group(1)
    if source.endswith("s") and source[:-1].lower().endswith((*LINKED_BY_S, *INSTITUTION_HEADS)):
        source = source[:-1]  # "Verbandsangaben" → "Verband" (voices round 76)
    return Speaker(source, source, f"{entry}+description", "?")


def _source_phrase(
    toks: tuple[Tok, ...], k: int, cue: Cue, metonyms: dict[str, str], documents: tuple[str, ...]
) -> Phrase | Speaker | None:
    """The phrase naming the source of the cue at token ``k`` by the cue's kind; an unnamed
    source as a :class:`Speaker`; None when there is no statement."""
    if cue.entry == "fuer_urteil":
        p = _assessor(toks, k, metonyms)
    elif cue.entry in {"laut", "nach_angaben", "so_speaker", "berufung"}:
        p = _nominal_source(toks, k, cue)
    elif cue.entry == "zufolge":
        p = phrase_before(toks, k)
        p = subject(toks, k) if p is not None and _own_report(toks, p) else p
        if p is not None and (owner := _possessive_report(toks, p)):
            return owner
    elif cue.entry == "label_noun":
        p = _label_owner(toks, k, cue)
    elif cue.entry == "hervorgehen":
        p = _source_after_aus(toks, k, documents)
    elif cue.category == "impersonal":
        unnamed = Speaker("", "unnamed source", "impersonal")
        p = _impersonal_source(toks, k, documents) or unnamed
    elif k > 0 and toks[k - 1].text == "zu" and cue.category == "verb":
        return None  # "seinen Schwenk … zu erklären": an infinitive, no statement
    elif _compared(toks, k):
        return None  # "geringer als ursprünglich prognostiziert": no statement (round 24)
    else:
        p = _verb_source(toks, k, cue)
    return None if p is False else p


def _compared(toks: tuple[Tok, ...], k: int) -> bool:
    """A participle after comparative "als"/"wie" ("als ursprünglich prognostiziert", "wie
    erwartet") compares with what was said; it reports no content."""
    j = k - 2 if k > 1 and toks[k - 1].text in COMPARED_ADVERBS else k - 1
    return toks[k].tag == "VV(PP)" and j >= 0 and toks[j].text in {"als", "wie"}


# between "als"/"wie" and the participle ("als ursprünglich prognostiziert"); not a predicate
# ("als gestellt bezeichnet" characterises)
COMPARED_ADVERBS = frozenset(
    "ursprünglich zunächst zuvor bisher vorher bereits schon vielfach allgemein erst ".split()  # noqa: SIM905
)


# roles that are nominalised adjectives ("der Vorsitzende", "die Beauftragte"; tagged NNA)
NOMINAL_ROLES = (
    "vorsitzende",
    "vorsitzender",
    "gesandte",
    "gesandter",
    "beauftragte",
    "beauftragter",
)


def _named_after_portfolio(toks: tuple[Tok, ...], p: Phrase) -> Phrase | None:
    """A role with its portfolio before the name ("die EU-Kommissarin für Innere
    Angelegenheiten Ylva Johansson", "der Minister für Arbeit und Soziales Hubertus Heil"): the
    two or three proper nouns after "für" and up to five words of the portfolio, ending the
    clause. Voices round 49."""
    j = p.end
    noun = next((t.text for t in toks[p.start : p.end] if t.tag in {"NN", "NNA"}), "")
    if j >= len(toks) or toks[j].text != "für" or not (_role_noun(noun) or _is_role_word(noun)):
        return None
    k = j + 1
    while k < min(j + 7, len(toks)) and toks[k].tag in {"ADJ(A)", "NN", "ART", "KON"}:
        k += 1
    end = k
    while end < len(toks) and end - k < 3 and toks[end].tag == "NE":
        end += 1
    closes = end == len(toks) or toks[end].tag.startswith("$") or toks[end].tag in FINITE
    return Phrase(k, end, p.in_pp) if end - k >= 2 and closes else None


def _named_before_apposition(toks: tuple[Tok, ...], p: Phrase) -> Phrase | None:
    """A role description that is the apposition of a name before it ("hat Konrad Freiberg,
    der Vorsitzende der Gewerkschaft der Polizei, gefordert"): the name, one to three proper
    nouns right before the comma. Voices round 43."""
    if p.start < 2 or toks[p.start - 1].text != "," or toks[p.start].tag != "ART":
        return None
    if any(t.tag == "NE" for t in toks[p.start : p.end]):
        return None  # the apposition names the person: ", der Österreicher Hannes Ametsreiter,"
    noun = next((t.text for t in toks[p.start : p.end] if t.tag in {"NN", "NNA"}), "")
    if not (_role_noun(noun) or _is_role_word(noun) or noun.lower().endswith(NOMINAL_ROLES)):
        return None
    k = p.start - 1
    while k > 0 and p.start - 1 - k < 3 and toks[k - 1].tag == "NE":
        k -= 1
    return Phrase(k, p.start - 1, p.in_pp) if k < p.start - 1 else None


def _with_coordinated_name(toks: tuple[Tok, ...], p: Phrase) -> Phrase:
    """A bare role coordinated with a second role and a person's name is that person
    ("Finanzminister und Vizekanzler Hans Jörg Schelling", "OeNB-Gouverneur und EZB-Rat Ewald
    Nowotny"): the phrase runs on to the name, two proper nouns or one listed given name ("und
    Arbeiterkammer Wien" is no person). Voices round 17."""
    from framelab.attribution.persons import default_names

    j = p.end
    if j >= len(toks) or toks[j].text != "und" or not _bare_role_before_und(toks[p.start : j]):
        return p
    k = j + 1
    while k < len(toks) and toks[k].tag == "NN" and toks[k].text[:1].isupper():
        k += 1
    m = k
    while m < len(toks) and toks[m].tag == "NE":
        m += 1
    if k == j + 1 or m == k or (m - k < 2 and toks[k].text not in default_names().gender):
        return p
    return Phrase(p.start, m, p.in_pp)


def _bare_role_before_und(words: tuple[Tok, ...]) -> bool:
    """Nouns only ("Finanzminister"), or an article and a person's role ("Die Aktivistin und
    Journalistin Pragya Agarwal": voices round 55)."""
    if all(t.tag == "NN" for t in words):
        return True
    nouns = words[1:]
    return (
        words[0].tag == "ART"
        and len(nouns) == 1
        and nouns[0].tag == "NN"
        and (_role_noun(nouns[0].text) or _is_role_word(nouns[0].text))
    )


def _document_head(toks: tuple[Tok, ...], p: Phrase, documents: tuple[str, ...]) -> int | None:
    """The token of a document noun heading the phrase ("einer neuen Studie", "die
    Wifo-Studie"), or None (``documents``: the lexicon's document nouns, lower case)."""
    for k in range(p.start, p.end):
        if toks[k].tag in NOUNS and documents and toks[k].text.lower().endswith(documents):
            return k
        if toks[k].tag in NOUNS:
            return None
    return None


OWNER_WORDS = frozenset({"von", "vom", "des", "der", "eines", "einer", "um"})


def document_author(
    toks: tuple[Tok, ...], p: Phrase, metonyms: dict[str, str], rule: str, documents=()
) -> Speaker | None:
    """Who speaks through a document (its head at the phrase start): see :func:`_author_at`."""
    k = _document_head(toks, p, documents)
    return None if k is None else _author_at(toks, k, metonyms, rule + "+document")


def _author_at(toks: tuple[Tok, ...], k: int, metonyms: dict[str, str], rule: str):
    """The author of the document noun at token ``k``: proper nouns after "von", "um" or a
    genitive article soon after it ("Studie von Forschern um Kathelijne Koops", "Begründung
    von James H. Billington"), else the first part of a hyphenated compound ("Wifo-Studie" →
    "Wifo"); None when the document names nobody."""
    owner = False
    for j in range(k + 1, min(len(toks), k + 8)):
        if toks[j].tag in FINITE or toks[j].text in {",", ":", ";", ".", "(", "–"}:
            break
        owner = owner or toks[j].text in OWNER_WORDS
        if owner and toks[j].tag == "NE":
            q = next((ph for ph in phrases(toks) if ph.start <= j < ph.end), Phrase(j, j + 1, True))
            return phrase_speaker(toks, Phrase(j, q.end, True), metonyms, rule)
    first = toks[k].text.split("-")[0]
    if "-" in toks[k].text and first[:1].isupper() and len(first) >= 2:
        return Speaker(first, metonyms.get(first, first), rule, "?")
    return None


def document_named_before(head: str, previous: tuple[str, ...], metonyms: dict[str, str]):
    """The author an earlier sentence gave the document ("eine Wifo-Studie", "eine Studie des
    Wifo") that a definite description ("laut der Studie") refers to, or None."""

    def author(toks: tuple[Tok, ...], k: int) -> Speaker | None:
        if toks[k].tag in NOUNS and toks[k].text.lower().endswith(head.lower()):
            return _author_at(toks, k, metonyms, "document")
        return None

    return _last_found(previous, head, author)


def _last_found(previous: tuple[str, ...], head: str, at_token):
    """The first non-empty ``at_token(toks, k)`` over the earlier sentences that contain
    ``head``, latest sentence and token first (only those sentences are tagged)."""
    for sentence in reversed(previous):
        if head.lower() not in sentence.lower():
            continue
        toks = tag(sentence)
        for k in range(len(toks) - 1, -1, -1):
            found = at_token(toks, k)
            if found:
                return found
    return None


SOURCE_PREPS = frozenset({"aus", "von", "vom", "vonseiten", "seitens"})  # "vom": round 50
INSIDE_PREPS = frozenset({"in", "im", "bei", "beim"})


def _impersonal_source(toks: tuple[Tok, ...], k: int, documents=()) -> Phrase | None:
    """The source of "hieß es": a phrase after "aus", "von", "vom", "seitens" ("aus dem Büro"),
    or right after the cue's "in"/"bei" ("heißt es in der ÖVP", "im Magistrat", "in der
    Aussendung": the document speaks); not a time ("in der Woche danach", "vom Montag": round
    50); a source opening the clause (:func:`_source_before`) wins over an "aus"/"von" phrase
    more than two words after the cue ("Aus dem Ministerium hieß es, … aus dem Urlaub": round
    70); None for the bare "hieß es"."""
    opening = _source_before(toks, k, documents)
    for ph in phrases(toks):
        if ph.start <= k + 1:
            continue
        before = toks[ph.start - 1].text.lower()
        if _is_time(toks, ph) or _of_the_noun_before(toks, ph):
            continue  # a time names no source: "hieß es in der Woche danach" (round 50)
        near = ph.start <= k + 3
        if (before in SOURCE_PREPS and (near or opening is None)) or (
            before in INSIDE_PREPS and near
        ):
            return ph
    return opening


def _side_of(toks: tuple[Tok, ...], k: int) -> Phrase | None:
    """The phrase after "seitens" or "vonseiten" in the clause of token ``k`` when "man" is its
    subject: whose side "man" speaks for ("Seitens der Kirchenleitung zeigte man sich
    erstaunt"). Voices round 47."""
    lo, hi = _clause(toks, k)
    if not any(t.text in {"man", "Man"} for t in toks[lo:hi]):
        return None
    return next(
        (
            ph
            for ph in phrases(toks)
            if lo < ph.start < hi and toks[ph.start - 1].text.lower() in {"seitens", "vonseiten"}
        ),
        None,
    )


def _source_before(toks: tuple[Tok, ...], k: int, documents=()) -> Phrase | None:
    """ "Aus dem Büro Nagl heißt es …", "Aus dem Infrastrukturministerium … hieß es": the source
    phrase may open the clause before the cue (voices round 25); so may a document after "in"
    ("In einer Erklärung des Verbandes heißt es": voices round 58) and a body after "in", "im",
    "bei", "beim" ("Beim RKI heißt es": voices round 70)."""
    lo, _ = _clause(toks, k)
    prep = toks[lo].text.lower() if lo < len(toks) else ""
    for ph in phrases(toks):
        if ph.start != lo + 1 or ph.end > k:
            continue
        if prep in SOURCE_PREPS:
            return ph
        if prep in INSIDE_PREPS and (_names_document(toks, ph, documents) or _names_body(toks, ph)):
            return ph
    return None


def _names_body(toks: tuple[Tok, ...], p: Phrase) -> bool:
    """An institution ("Im Auswärtigen Amt hieß es") or an organisation's initials ("Beim RKI
    heißt es"): where "in"/"bei" opens the clause, the body speaks. Voices round 70."""
    words = toks[p.start : p.end]
    initials = any(
        t.text.isupper() and len(t.text) >= 3 and t.text.isalpha() and t.text not in PLACE_INITIALS
        for t in words
    )  # not "Bei der WM", "In den USA" (round 72 review)
    return initials or any(institution_stem(t.text) for t in words if t.text[:1].isupper())


# initials of states and places, which name no body that speaks
PLACE_INITIALS = frozenset({"USA", "BRD", "DDR", "UdSSR", "VAE", "UAE"})


def _names_document(toks: tuple[Tok, ...], p: Phrase, documents: tuple[str, ...]) -> bool:
    return any(_is_document(t, documents) for t in toks[p.start : p.end])


def _is_document(t: Tok, documents: tuple[str, ...]) -> bool:
    return t.tag == "NN" and t.text.lower().endswith(documents)


def _source_after_aus(toks: tuple[Tok, ...], k: int, documents: tuple[str, ...]) -> Phrase | None:
    """The source "geht aus X hervor" names: of the phrases between the cue's "aus" and
    "hervor", the first with a document noun ("aus einer … Studie des Wifo": its author is
    found in it), else the last that is neither a time ("Ende", "Mittwoch") nor inside a further
    prepositional phrase ("aus dem der APA vorliegenden Stabilitätsprogramm"). Round 18."""
    aus = next((j for j in range(k + 1, len(toks)) if toks[j].text == "aus"), None)
    end = next(
        (j for j in range(k + 1, len(toks)) if toks[j].text.startswith("hervor")), len(toks)
    )  # "hervor" or, after "wie aus X", "hervorgeht"
    if aus is None or _negated(toks, k, end):
        return None  # "geht aus dem Bericht nicht hervor": the narrator's
    inside = [p for p in phrases(toks) if aus < p.start and p.end <= end]
    heads = [p for p in inside if any(_is_document(t, documents) for t in toks[p.start : p.end])]
    own = [
        p for p in inside if toks[p.end - 1].text not in TEMPORAL and not _in_inner_pp(toks, p, aus)
    ]
    return heads[0] if heads else (own[-1] if own else None)


def _label_owner(toks: tuple[Tok, ...], k: int, cue: Cue) -> Phrase | None:
    """Whose "Der Vorwurf Sardanas:", "Die Reaktion der Flughafen Wien AG:" it is: the phrase
    after the cue's noun, before the colon; none when the noun stands alone ("Das Motto:").
    Voices round 23."""
    if cue.text.split()[0] not in LABEL_ARTICLES:
        return Phrase(k, k + 1, False)  # "Mayers Fazit …:" (round 24)
    p = phrase_after(toks, k + 2)
    if p is None or toks[p.end - 1].end > cue.end or toks[p.start - 1].tag in PREP:
        return None  # "Die Kritik an der Regierung:" names what is criticised, no owner
    return p


LABEL_ARTICLES = frozenset({"Der", "Die", "Das", "Sein", "Seine", "Ihr", "Ihre"})


def label_has_owner(cue: Cue) -> bool:
    """ "Der Vorwurf Sardanas:", "Seine Botschaft:" name an owner; "Die Reaktion:" does not."""
    words = cue.text.split()
    if words[0].lower() in LABEL_OWNER or words[0] not in LABEL_ARTICLES:
        return True  # "Seine Botschaft:", "Mayers Fazit:"
    return len(words) > 2 and words[2].lower() not in LABEL_PREPOSITIONS  # not "Die Kritik an …"


LABEL_PREPOSITIONS = frozenset(
    "an auf für gegen über um von vom zu zum zur nach aus mit bei beim im in".split()  # noqa: SIM905
)


def _in_inner_pp(toks: tuple[Tok, ...], p: Phrase, aus: int) -> bool:
    """A phrase after another preposition than the cue's "aus" ("von der Universität")."""
    return p.in_pp and p.start != aus + 1


POSSESSIVE_OWNER = {
    **dict.fromkeys(("seinen", "seiner", "seinem", "dessen"), "er"),
    **dict.fromkeys(("ihren", "ihrer", "ihrem", "deren"), "sie"),
}


LABEL_OWNER = {"sein": "er", "seine": "er", "ihr": "sie", "ihre": "sie"}  # "Seine Botschaft:"


def _owning_subject(toks: tuple[Tok, ...], k: int, cue: Cue, metonyms) -> Speaker | None:
    """ "Die UBS Group geht nach ihren Angaben von … aus": a reflexive possessive ("seinen",
    "ihren"; not "dessen", "deren") refers to its clause's subject, when that is a noun phrase.
    Voices round 44."""
    words = cue.text.lower().split()
    if cue.entry != "nach_angaben" or words[0] != "nach" or words[1] in {"dessen", "deren"}:
        return None  # "Die Kosten belaufen sich ihrer Meinung nach …": not the subject's opinion
    p = subject(toks, k)
    if p is None or p.end > k or toks[p.start].tag in {"PPER", "PIS", "PDS"}:
        return None  # "Nach seinen Angaben ist die Lage ernst": someone named before
    return phrase_speaker(toks, p, metonyms, cue.entry)


def _possessive_owner(cue: Cue) -> Speaker | None:
    """ "nach ihren Worten", "nach dessen Angaben", "seiner Meinung nach": the speaker is whom
    the possessive refers to, resolved like the pronoun it stands for ("sie", "er"). Rounds 20
    and 22."""
    words = cue.text.split()
    if cue.entry == "label_noun":
        pronoun = LABEL_OWNER.get(words[0].lower())
    elif cue.entry != "nach_angaben" or len(words) < 3:
        return None
    else:
        pronoun = POSSESSIVE_OWNER.get(words[1]) or POSSESSIVE_OWNER.get(words[0])
    return _possessive_speaker(pronoun)


def _possessive_speaker(pronoun: str | None) -> Speaker | None:
    """The pronoun a possessive stands for, as a speaker resolved like it ("er", "sie")."""
    return Speaker(pronoun, pronoun, "possessive", PRONOUNS.get(pronoun, "?")) if pronoun else None


# what introduces the source after "nach Angaben": a genitive, "von", "aus", a name (not "vom",
# mostly a date: "nach Polizeiangaben vom Mittwoch"); a possessive genitive ("nach Auskunft seines
# Arztes", voices round 33)
SOURCE_LINKS = frozenset(
    {"des", "der", "von", "eines", "einer", "aus", "seines", "seiner", "ihres", "ihrer"}
)


def _source_follows(toks: tuple[Tok, ...], j: int) -> bool:
    """A source follows at token ``j`` ("nach Angaben der Polizei"); else the cue's noun is the
    source ("nach Polizeiangaben", "nach offiziellen Angaben"; not the next phrase, "nach
    offiziellen Angaben in die Luft"). Round 20."""
    return j < len(toks) and (
        toks[j].text in SOURCE_LINKS
        or toks[j].tag == "NE"
        or (toks[j].tag == "ADJ(A)" and toks[j].text.endswith("er"))  # "unabhängiger Experten"
    )


def _nominal_source(toks: tuple[Tok, ...], k: int, cue: Cue) -> Phrase | None:
    words = cue.text.split()
    if cue.entry == "laut" and k + 1 < len(toks) and toks[k + 1].tag == "PRELS":
        return _relative_antecedent(toks, k)
    if cue.entry == "nach_angaben" and len(words) > 2 and words[1].startswith("eigen"):
        return subject(toks, k)  # "nach eigenen Angaben": the subject speaks
    if cue.entry == "berufung" and words[0].lower() == "in":
        return subject(toks, token_at(toks, cue.end))
    if cue.entry == "nach_angaben" and not _source_follows(toks, token_at(toks, cue.end)):
        return Phrase(k + 1, token_at(toks, cue.end - 1) + 1, True)  # the cue's own noun
    after = token_at(toks, cue.end) if cue.entry != "laut" else k + 1
    p = _past_attribute(toks, after, phrase_after(toks, after))
    if p is not None and _own_report(toks, p):
        return subject(toks, k)  # "laut eigenen Angaben": the subject speaks (voices round 49)
    return _genitive_source(toks, p) if cue.entry == "laut" and p is not None else p


def _past_attribute(toks: tuple[Tok, ...], k: int, p: Phrase | None) -> Phrase | None:
    """The phrase an extended attribute opening at ``k`` belongs to, after a nominal cue ("laut
    einem im vergangenen Monat veröffentlichten Bericht" → "veröffentlichten Bericht", not
    "vergangenen Monat"): the next phrase opening with an adjective before any finite verb;
    ``p`` otherwise, and when the attribute names an agent ("laut den vom Robert Koch-Institut
    veröffentlichten Zahlen": :func:`_publisher`'s). Voices round 76 (and its review)."""
    opens = k + 1 < len(toks) and toks[k].tag == "ART" and toks[k + 1].tag in PREP
    if p is None or not opens or p.start <= k + 1 or toks[k + 1].text in {"von", "vom"}:
        return p
    head = next((q for q in phrases(toks) if q.start >= p.end and not q.in_pp), None)
    if head is None or toks[head.start].tag != "ADJ(A)":
        return p
    return p if any(t.tag in FINITE for t in toks[p.end : head.start]) else head


def _relative_antecedent(toks: tuple[Tok, ...], k: int) -> Phrase | None:
    """ "Frank Ulrich Montgomery, laut dem eine zweite Welle kommen werde": "laut" with a
    relative pronoun names the phrase before the comma (past a bracket, "Herbert Reul (CDU),
    laut dem …"), not the phrase after the pronoun. Voices round 71."""
    end = k - 1 if k >= 1 and toks[k - 1].text == "," else k
    end = _before_bracket(toks, end)
    return phrase_before(toks, end) if end > 0 else None


def _possessive_report(toks: tuple[Tok, ...], p: Phrase) -> Speaker | None:
    """ "seiner Prognose zufolge", "ihren Angaben zufolge": the speaker is whom the possessive
    refers to, resolved like "er"/"sie" (as "nach seinen Angaben"). Voices round 49."""
    first = toks[p.start].tag == "PPOSAT"
    before = toks[p.start].text if first else toks[p.start - 1].text if p.start > 0 else ""
    words = [t.text.lower() for t in toks[p.start : p.end]]
    report = words[-1:] and words[-1] in REPORT_NOUNS
    return _possessive_speaker(POSSESSIVE_OWNER.get(before.lower()) if report else None)


def _own_report(toks: tuple[Tok, ...], p: Phrase) -> bool:
    """ "eigenen Angaben", "eigener Darstellung": the source is the clause's subject."""
    words = [t.text.lower() for t in toks[p.start : p.end]]
    return len(words) == 2 and words[0].startswith(("eigen", "eign")) and words[1] in REPORT_NOUNS


# nouns of what a source says or counts: "laut Angaben der Polizei", "laut Auffassung der
# EU-Kommission" name the source in the genitive (voices round 44)
REPORT_NOUNS = frozenset(
    """angaben auffassung ansicht einschätzung meinung aussage aussagen informationen
    schätzung schätzungen berechnungen zählung darstellung prognose""".split()  # noqa: SIM905
)


def _genitive_source(toks: tuple[Tok, ...], p: Phrase) -> Phrase:
    """The genitive after a report noun ("laut Angaben des Ministeriums" → "des Ministeriums")."""
    j = next((i for i in range(p.start, p.end) if toks[i].tag == "NN"), None)
    if j is None or toks[j].text.lower() not in REPORT_NOUNS or j + 1 >= p.end:
        return p
    return Phrase(j + 1, p.end, p.in_pp) if toks[j + 1].text in {"des", "der"} else p


def _assessor(toks: tuple[Tok, ...], k: int, metonyms: dict[str, str]) -> Phrase | None:
    """Whose view "für X ist …" gives: X when it names someone (a proper noun that is not a
    state or capital: "für Schelling", not "für Familien", "für Österreich")."""
    p = phrase_after(toks, k + 1)
    if p is None:
        return None
    names = [t for t in toks[p.start : p.end] if t.tag == "NE"]
    states = set(metonyms) | set(metonyms.values())
    return p if names and not any(t.text in states for t in names) else None


def _negation_in_cue(cue: Cue | None) -> bool:
    """The negation is the cue's own ("schließt … nicht aus" = considers possible), not a
    negated report ("geht aus dem Bericht nicht hervor")."""
    words = cue.text.split() if cue else []
    return len(words) >= 2 and words[-2] == "nicht" and words[-1] == "aus"


def _verb_source(toks: tuple[Tok, ...], k: int, cue: Cue | None = None) -> Phrase | bool | None:
    agent = passive_agent(toks, k)
    if agent is not None:
        return agent
    entry = cue.entry if cue else ""
    found = subject(toks, k, negative_cue=_negation_in_cue(cue))
    return _quoted(toks, k, found) if entry == "zitieren" and found else found


def _quoted(toks: tuple[Tok, ...], k: int, subj: Phrase) -> Phrase:
    """Whom a quoting medium quotes: "zitiert die Zeitung den Vorstand Jens Bischof" → the
    object; "zitiert der Kurier Villeneigentümer Herinrich Schuster" (one noun run) → from the
    common noun before the last name; a pronoun subject quotes in its own voice ("zitiert er
    Kierkegaard")."""
    if toks[subj.start].tag == "PPER" or subj.start < k:
        return subj
    _, hi = _clause(toks, k)
    after = [p for p in phrases(toks) if subj.end <= p.start and p.end <= hi and not p.in_pp]
    if after:
        return after[-1]
    inner = [j for j in range(subj.start + 2, subj.end) if toks[j].tag == "NN"]
    if inner and toks[inner[-1] - 1].tag == "NE" and subj.end - inner[-1] >= 2:
        return Phrase(inner[-1], subj.end, subj.in_pp)
    return subj


DEFINITE = frozenset({"der", "die", "das"})
# an oblique description ("dem Digitalverband zufolge", "laut dem Ministerium") takes only a
# proper name the head introduced ("Digitalverband Bitkom"), not a compound: "des Berichts" is not
# "Verfassungsschutzbericht", "dem Ergebnis" not "Wahlergebnis". Voices round 28.
OBLIQUE = frozenset({"dem", "den", "des"})


# a capitalised declined adjective between article and noun makes the phrase a name ("das Weiße
# Haus", "die Vereinten Nationen"); place adjectives in -er ("die Wiener Behörde") stay descriptions
NAME_ADJECTIVE = re.compile(r"[A-ZÄÖÜ][a-zäöüß]+(?:e|en)")


def named_institution(mention: str, previous: tuple[str, ...]) -> str:
    """The name an earlier sentence gave an institution a definite description refers to
    ("die Behörde" → "Bundeswettbewerbsbehörde", "die Staatsholding" → "Öbib" from "die
    Staatsholding Öbib"): the last compound ending in the head noun, or the proper nouns right
    after the head; "" when there is none."""
    words = mention.split()
    article = words[0].lower() if words else ""
    if len(words) < 2 or article not in DEFINITE | OBLIQUE or len(words[-1]) < 4:
        return ""
    if len(words) == 3 and NAME_ADJECTIVE.fullmatch(words[1]):
        return ""  # "das Weiße Haus", "das Rote Kreuz": a name, not a description (round 20)
    head = words[-1]
    stem = institution_stem(head)
    name = ""
    for form in dict.fromkeys(f for f in (head, stem) if f):
        name = _last_found(previous, form, lambda toks, k, form=form: _naming(toks, k, form)) or ""
        if name:
            break
    compound = bool(name) and name.lower().endswith(head.lower())
    return "" if article in OBLIQUE and compound and not stem else name


def institution_stem(word: str) -> str:
    """An institution's head noun without its genitive ending ("des Amtes" → "Amt", "des
    Ministeriums" → "Ministerium"), "" for any other noun: an oblique institution takes the
    compound an earlier sentence named ("nach Angaben des Amtes" → "Bundesamtes"), where an
    oblique document does not ("des Berichts" is no "Verfassungsschutzbericht"). Voices round
    55."""
    return genitive_stem(word, INSTITUTION_HEADS)


def _naming(toks: tuple[Tok, ...], k: int, head: str) -> str:
    """The name at token ``k`` for a head noun: the proper nouns after the head or after a
    compound ending in it ("Glücksspielkonzern Novomatic"), else the compound itself; not a
    genitive ("die Militärführung Russlands"); a local authority keeps its town ("Polizei
    Berlin")."""
    t = toks[k]
    compound = t.text.lower().endswith(head.lower()) and len(t.text) > len(head) + 2
    if t.text != head and not (compound and t.tag in NOUNS and t.text[:1].isupper()):
        return ""
    run = []
    for u in toks[k + 1 : k + 4]:
        if u.tag != "NE":
            break
        run.append(u.text)
    if compound and len(run) == 1 and run[0].endswith(("land", "reich")):
        return f"{t.text} {run[0]}"  # "Handelsverband Deutschland": the place is in the name
    if len(run) == 1 and _local_institution(t, run[0]):
        return f"{t.text} {run[0]}"  # "die Polizei Berlin", not "Berlin" (voices round 53)
    if run and not run[-1].endswith("s"):
        return " ".join(run)
    return t.text if compound else ""
