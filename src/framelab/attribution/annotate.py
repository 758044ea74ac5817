"""Per-article attribution: which sentences are somebody else's speech, and whose.

Pure functions over text. The article state (last speaker, whether the previous sentence was a
statement, a pending colon introduction, the current interview turn) is an explicit
:class:`ArticleState` value passed from sentence to sentence.

Rules, in order, for one sentence:
1. interview turn ("STANDARD: …?", "Name: …" in an article with two or more such labels);
2. speech cues (verbs, particle verbs, nominal and impersonal cues) with a speaker → one
   statement per distinct speaker; ``direct`` when verbatim quotation (longer than
   ``scare_max_words``) is at least half of the sentence's words, else ``reported``;
3. without a cue: a long quotation → ``direct`` by the pending colon speaker or the previous
   statement's speaker; text after a colon introduction → its speaker (``direct`` in first
   person, else ``reported``); first-person speech right after a statement → ``direct``
   (in articles without quotation marks also over up to ``MAX_GAP`` narrator sentences);
   Konjunktiv I (or II as substitute right after a statement) → ``reported`` continuation, over
   at most ``KONJUNKTIV_GAP`` narrator sentences (to a person the sentence before names, if any).
A postposed speech verb ("…, sagt X.") makes the verbs before it part of the content.
In articles without quotation marks (10kGNAD) an indicative main clause before a postposed cue
("Das ist falsch, sagt X.") is ``direct``. Pronouns and role descriptions ("er", "der
Kremlchef") resolve to the last fitting person: a speaker, or a person any sentence named by
given name and surname (:mod:`framelab.attribution.persons`), a role first to the person last
named with that role (:func:`resolve`); an institution's description ("die Behörde", "der
Konzern") to the name an earlier sentence gave it ("Bundeswettbewerbsbehörde", "der
Glücksspielkonzern Novomatic"). A surname, alone or after a role ("Szabo", "Anwältin Rest"),
is named as the person the article names by given name and that surname (:func:`full_name`).
A sentence ending in a cue and a colon ("Müller betonte:") introduces the next one and is
not a statement itself.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import chain

from framelab.attribution.abbreviations import defined_abbreviations
from framelab.attribution.antecedents import document_head, named_antecedent
from framelab.attribution.cues import (
    SPEECH,
    CueLexicon,
    blank,
    cue_surface,
    default_cues,
    find_cues,
)
from framelab.attribution.gazetteer import actor_of, fold
from framelab.attribution.institution_names import full_institution
from framelab.attribution.local_bodies import body_of_place, local_body
from framelab.attribution.model import (
    Cue,
    Quote,
    Sentence,
    Speaker,
    Statement,
    VoiceRow,
    VoiceSpan,
)
from framelab.attribution.mood import FIRST_SINGULAR, konjunktiv_i_form
from framelab.attribution.organisations import (
    COMPANY_HEADS,
    DEFINITE,
    company_noun,
    is_company_description,
    is_party_description,
    salient_organisation,
    salient_party,
)
from framelab.attribution.persons import given_name_gender, named_persons_ending
from framelab.attribution.quotes import quote_spans, word_count
from framelab.attribution.speakers import (
    BODY_NOUNS,
    FINITE,
    GROUP_HEADS,
    NOMINAL_ROLES,
    OFFICE_NOUNS,
    OUTLET_HEADS,
    PARTICIPLES,
    PERSON_SUFFIXES,
    SOURCE_PRONOUNS,
    SUBORD,
    complement_of,
    document_named_before,
    find_speaker,
    institution_stem,
    label_has_owner,
    matrix_verb,
    named_complement,
    named_institution,
    names_someone,
    phrase_after_verb,
)
from framelab.attribution.tagging import tag
from framelab.sentences import sentence_spans

# A turn label names a speaker; a label that opens with a preposition, article or conjunction
# ("Zum Vergleich:", "Im Überblick:", "Und:") introduces a list or a point, not a turn.
NOT_A_LABEL = (
    "Zum|Zur|Im|Am|Beim|Vom|Ins|Ans|Aufs|Der|Die|Das|Den|Dem|Des|Ein|Eine|Einer|Und|Aber|Oder|"
    "Auch|Mit|Von|Bei|Nach|Für|Seit|Über|Unter|In|Auf|An|Aus|Vor|Wie|Was|Wer|So|"
    # the field of a form or a notice names no one ("Ort: Taucha bei Leipzig", "Zeit: 23 Uhr",
    # "Quelle: RKI" in a police report's or a chart's box; voices round 78; not the words that
    # are also outlets or surnames, "Zeit", "Bild", "Stand", "Preis", "Ende")
    "Ort|Datum|Quelle|Quellen|Foto|Fotos|Video|Grafik|Update|Hinweis|Info|Infos|Tipp|Termin|"
    "Adresse|Kontakt|Telefon|Eintritt|Beginn|Dauer|Thema|Titel"
)
# a label may name whom or what it spoke to ("Kommunikationschef Matthias Euler-Rolle zum
# STANDARD:", "Kohlschreiber zum Spiel:"; voices round 24)
TO_OUTLET = r"(?:\s(?:zum|zur|gegenüber|im\sGespräch\smit)\s(?:dem\s|der\s)?[A-ZÄÖÜ][\w.\-]*)?"
TURN = re.compile(
    rf"^(?!(?:{NOT_A_LABEL})(?![\w-]))([A-ZÄÖÜ][\w.\-]*(?:\s[A-ZÄÖÜ][\w.\-]*){{0,2}}){TO_OUTLET}:\s+\S"
)
FIRST_PERSON = re.compile(
    r"(?<!\w)(?:[Ii]ch|[Ww]ir|mir|mich|uns|[Uu]nser(?:e[mnrs]?)?|[Mm]ein(?:e[mnrs]?)?)(?!\w)"
)
# Speaker's deixis: first person, or the formal "Sie/Ihnen/Ihr" of address (not sentence-initial,
# where "Sie" may be "she/they") — a narrator of news writes neither.
SPEECH_PERSON = re.compile(FIRST_PERSON.pattern + r"|(?<=\S\s)(?:Sie|Ihnen|Ihr(?:e[mnrs]?)?)(?!\w)")
# Role labels of a question-and-answer text name no one. Its "Frage:" turns address someone in an
# interview ("Frage: Herr Urmson, Sie betonen …"); without an address it is the outlet's own
# explainer ("Einige Fragen und Antworten"), whose turns are the narrator's.
QUESTION_LABEL, ANSWER_LABEL = "Frage", "Antwort"
ADDRESSED = re.compile(r"\b(?:Herr|Frau)\s+([A-ZÄÖÜ][\w\-]+)")
INTERVIEWER = "interviewer"  # the group of the label that asks an interview's questions
COORDINATED = re.compile(r"(?:,|\bund|\bsowie)\s*$")
SUBJUNCTIVE_II = re.compile(r"(?<!\w)(?:hätte|wäre|würde|könnte|müsste|sollte|dürfte)n?(?!\w)")
MAX_GAP = 2  # narrator sentences unmarked first-person speech may bridge
KONJUNKTIV_GAP = 4  # narrator sentences a Konjunktiv I continuation may bridge (voices round 7)
HEARSAY = "reportive sollen"  # the cue label of "soll … getan haben" (continues like Konjunktiv I)
ANAPHORIC = "source adverb"  # the cue label of "demnach" (continues the last source; round 15)
PRONOUN = frozenset({"er", "sie", "Er", "Sie"})


@dataclass(frozen=True)
class ArticleState:
    """What carries over from one sentence to the next within an article."""

    last: Speaker | None = None  # speaker of the last statement
    continuing: str = ""  # kind of the previous sentence's statement, "" if narrator
    pending: Speaker | None = None  # speaker of a colon introduction ("X sagte:")
    turn: Speaker | None = None  # current interview turn
    turns: str = ""  # labelled turns: "interview" (question/answer), "dialogue" (direct) or ""
    guest: str = ""  # whom the interview's questions address: the speaker of "Antwort:" turns
    marked: bool = True  # the article marks quotations (10kGNAD often has the marks stripped)
    people: tuple[Speaker, ...] = ()  # speakers named so far (for pronouns and descriptions)
    mentions: tuple[Speaker, ...] = ()  # speakers and persons named in any sentence, in order
    since: int = 99  # sentences since the last statement
    named_last: tuple[Speaker, ...] = ()  # persons the previous sentence named (outside quotes)
    previous: tuple[str, ...] = ()  # the article's sentences so far (for institution names)
    texts: tuple[str, ...] = ()  # the article's passages (persons named later, for a headline)


@dataclass(frozen=True)
class Context:
    lexicon: CueLexicon
    scare_max_words: int


ROLE_HEADS = (
    "chef",
    "chefin",
    "präsident",
    "präsidentin",
    "minister",
    "ministerin",
    "sprecher",
    "sprecherin",
    "kanzler",
    "kanzlerin",
    "jährige",
    "jähriger",
    "direktor",
    "direktorin",
    "leiter",
    "leiterin",
    "student",
    "studentin",
    "gouverneur",
    "bürgermeister",
    "bürgermeisterin",
    "experte",
    "expertin",
    "wissenschafter",
    "wissenschaftler",
    "forscher",
    "forscherin",
    "obmann",
    "anwalt",
    "anwältin",
    "trainer",
    "autor",
    "autorin",
    "sänger",
    "sängerin",
    # round 43: "der UN-Generalsekretär", "die Sondergesandte", "der Datenschutzbeauftragte"
    "sekretär",
    "sekretärin",
    *NOMINAL_ROLES,
    *OFFICE_NOUNS,
)
# first person, also oblique ("das droht uns im ersten Bezirk auch": round 28): the speaker's own
# words, never a new speaker
FIRST = frozenset({"ich", "wir", "Ich", "Wir", "uns", "Uns", "mir", "Mir", "mich", "Mich"})
# the gender of a description resolved to an organisation ("teilte der Konzern mit" → "Japan
# Display"): no person's role ("die Kommissarin") or pronoun ("er") refers back to it
ORGANISATION = "o"


def _is_pronoun(speaker: Speaker) -> bool:
    """A personal pronoun ("er", "sie") or a source pronoun ("dessen") as the mention."""
    return speaker.mention in PRONOUN or speaker.mention in SOURCE_PRONOUNS


def _person_like(p: Speaker, metonyms: dict[str, str]) -> bool:
    states = set(metonyms.values())
    return bool(p.name) and p.name not in states and not p.name.endswith(("land", "reich"))


def resolve(
    speaker: Speaker,
    state: ArticleState,
    metonyms: dict[str, str] | None = None,
    documents: tuple[str, ...] = (),
) -> Speaker:
    """A pronoun or a role description ("der Kremlchef", "die Studentin", "der 54-Jährige")
    resolved to the last fitting person of the article (:func:`_last_fitting`); a definite
    document ("in der Aussendung") to its author (:func:`_document_source`); a person's
    epithet no rule resolved to the person speaking (:func:`_epithet_of_speaker`)."""
    metonyms = metonyms or {}
    found = _resolve_by_kind(speaker, state, metonyms, documents)
    if found is not None or not speaker.rule.endswith("+description"):
        return found or speaker
    person = _epithet_of_speaker(speaker, state, metonyms, documents)
    return replace(speaker, name=person.name, rule=speaker.rule + "+epithet") if person else speaker


def _resolve_by_kind(
    speaker: Speaker, state: ArticleState, metonyms: dict[str, str], documents: tuple[str, ...]
) -> Speaker | None:
    """The speaker renamed by the first resolution step that applies to its kind, None when
    no step names it."""
    if _is_pronoun(speaker):
        found = _last_fitting(speaker, state, metonyms, persons_only=False)
    elif speaker.rule.endswith("+description") and _is_role(speaker):
        if _office(speaker):  # "der Arzt" is not a spokesman named before (round 30 review)
            found = _office_holder(speaker, state, metonyms)
        else:
            found = _last_fitting(speaker, state, metonyms, persons_only=True)
        found = found or _named_later_with_role(speaker, state)
    elif _owned_role(speaker):
        found = _owned_role_holder(speaker, state, metonyms)
    elif speaker.rule.endswith("+description") and _is_bare_role(speaker):
        found = _named_with_role(speaker, state)
    elif speaker.rule.endswith("+description") and (owner := _document_owner(speaker, documents)):
        return _named_owner(owner, state)
    elif speaker.rule.endswith("+description") and _is_the_document(speaker, documents):
        found = _document_source(speaker, state, metonyms)
    elif speaker.rule.endswith("+description") and (staff := _staff_of(speaker, state, metonyms)):
        return replace(speaker, name=staff, rule=speaker.rule + "+staff")
    elif speaker.rule.endswith("+description"):
        name = named_institution(speaker.mention, state.previous) or _company(
            speaker, state, metonyms
        )
        if not name:
            return None
        return replace(speaker, name=name, rule=speaker.rule + "+named", gender=ORGANISATION)
    else:
        return None
    return replace(speaker, name=found.name, rule=speaker.rule + "+resolved") if found else None


def _epithet_of_speaker(
    speaker: Speaker, state: ArticleState, metonyms: dict[str, str], documents: tuple[str, ...]
) -> Speaker | None:
    """A definite person description no role rule resolved ("so der Beamte", "Dem Präsidenten
    zufolge", "schrieb der Arzt" after "sagte Conley"): the speaker of one of the last two
    sentences when that speaker is a person with a given name and of a fitting gender.
    Voices round 70."""
    last = state.last
    if last is None or state.since > 1 or len(last.name.split()) < 2:
        return None
    if not _person_like(last, metonyms) or not _epithet(speaker, documents):
        return None
    gender = given_name_gender(last.name.split()[0])
    if gender not in ("m", "f") or speaker.gender not in (gender, "?"):
        return None
    if _someone_else(speaker, last, state) or _another_role(speaker, last, state, metonyms):
        return None
    return last


def _another_role(speaker: Speaker, last: Speaker, state: ArticleState, metonyms) -> bool:
    """A role or office ("der Arzt", "dem Präsidenten") after a person the article named with a
    different role ("Polizeisprecher Karl Maier"): somebody else (voices round 30). A
    nominalised adjective ("der Beamte", "der Grüne") says too little to exclude anyone; a noun
    in "-e" does not ("der Zeuge" after "Polizeisprecher Karl Maier" is somebody else)."""
    if _adjectival(speaker):
        return False
    role = _epithet_role(speaker)
    people = _candidates((*state.mentions, *state.people), metonyms, persons_only=True)
    same = any(_has_role(q, role) for q in people if q.name == last.name)
    return _has_any_role(last, people) and not same


def _someone_else(speaker: Speaker, last: Speaker, state: ArticleState) -> bool:
    """An earlier sentence without the speaker's surname used the epithet with an article: the
    article has another person so described ("Richter Calame" is not "der Angeklagte" of the
    indictment sentence)."""
    stem = re.sub(r"(?:en|e|n)$", "", speaker.mention.split()[-1])
    surname = re.compile(rf"\b{re.escape(last.name.split()[-1])}\b")
    described = re.compile(
        rf"\b(?i:{ARTICLE_ALTERNATION})\s+(?:[a-zäöü][\w-]*\s+){{0,2}}"
        rf"{re.escape(stem)}(?:e[nr]?|en|n|r)?\b"
    )
    return any(described.search(t) and not surname.search(t) for t in state.previous)


ARTICLE_ALTERNATION = "der|die|das|dem|den|des|ein|eine|einer|einem|einen|eines"


def _epithet(speaker: Speaker, documents: tuple[str, ...]) -> bool:
    """ "der/die/dem", lower-case adjectives at most, and a person's noun as the head: a
    nominalised adjective ("der Beamte", "der Angeklagte"), a role or an office, or after "der"
    a person's ending; feminine only with "-in" or an office ("die Ärztin"; "die Beamten", "die
    Behörde" are not one person); after "dem" no mere person's ending ("Dem Dokument zufolge",
    "dem Parlament" are things: round 28); never a company, institution, outlet or
    document."""
    words = speaker.mention.split()
    if not 2 <= len(words) <= 4 or not all(w[:1].islower() for w in words[1:-1]):
        return False
    article, head = words[0].lower(), words[-1].lower()
    if not words[-1][:1].isupper() or article not in ("der", "die", "dem"):
        return False
    if _not_a_person(head, words[-1], documents):
        return False
    if article == "die":
        return head.endswith("in") or head.endswith(OFFICE_NOUNS)
    if _adjectival(speaker):
        return True
    if article == "dem":
        return _epithet_role(speaker).endswith((*ROLE_HEADS, *OFFICE_NOUNS))
    return head.endswith((*ROLE_HEADS, *PERSON_SUFFIXES, *OFFICE_NOUNS))


def _epithet_role(speaker: Speaker) -> str:
    """The epithet's head, lower case, without the dative ending after "dem" ("dem Präsidenten"
    → "präsident")."""
    words = speaker.mention.split()
    head = words[-1].lower()
    return head.removesuffix("en") if words[0].lower() == "dem" else head


def _adjectival(speaker: Speaker) -> bool:
    """The description's head is a nominalised adjective ("der Beamte", "der Grüne")."""
    toks = tag(speaker.mention)
    return bool(toks) and toks[-1].tag == "NNA"


def _not_a_person(head: str, word: str, documents: tuple[str, ...]) -> bool:
    return (
        head.endswith((*COMPANY_HEADS, *OUTLET_HEADS, *THING_HEADS, *BODY_NOUNS))
        or bool(institution_stem(word))
        or head.endswith(tuple(documents))
    )


def _company(speaker: Speaker, state: ArticleState, metonyms: dict[str, str]) -> str:
    """The company "das Unternehmen" or the party "die Partei" stands for
    (:mod:`.organisations`), "" if unclear."""
    if is_party_description(speaker.mention):
        return salient_party(state.previous)
    if not is_company_description(speaker.mention):
        return ""
    said = (p for p in state.people if _a_known_person(p))  # not "Ebay" of "betonte Ebay"
    persons = (*persons_named_in(state.texts), *said)
    excluded = (
        frozenset(w for p in persons for w in p.name.split())
        | set(metonyms)
        | set(metonyms.values())
    )
    before = state.previous or state.texts  # a headline's company is named below it
    return salient_organisation(state.texts, before, excluded)


def _a_known_person(person: Speaker) -> bool:
    """A speaker the article knows as a person: a gender and more than one name, or a listed
    given name ("Lufthansa" of "bestätigte Lufthansa" takes a gender from its ending only)."""
    words = person.name.split()
    named = len(words) > 1 or given_name_gender(person.name) != "?"
    return person.gender in ("m", "f") and named


def _staff_of(speaker: Speaker, state: ArticleState, metonyms: dict[str, str]) -> str:
    """A person of a company the article named ("eine Sprecherin des Unternehmens" →
    "Sprecherin Lufthansa"): the words before a genitive company description and the company
    it stands for (:func:`_company`), or the institution an earlier sentence named ("eine
    Sprecherin der Behörde" → "Sprecherin EMA": voices round 55); "" otherwise. Voices round
    33."""
    words = speaker.mention.split()
    noun = company_noun(words[-1]) if words else ""
    k = next((k for k in range(1, len(words) - 1) if words[k] in {"des", "der"}), None)
    if k is None or not (noun or institution_stem(words[-1])):
        return ""
    company = _company(replace(speaker, mention=f"die {noun}"), state, metonyms) if noun else ""
    if not company and k == len(words) - 2:
        company = named_institution(f"{words[k]} {words[-1]}", state.previous)
    staff = [w for w in words[:k] if w.lower() not in STAFF_DETERMINERS]
    return " ".join([*staff, company]) if company and staff and _staff_word(staff[-1]) else ""


STAFF_DETERMINERS = frozenset({"der", "die", "das", "dem", "den", "ein", "eine", "einer", "einem"})
STAFF_HEADS = ("team", "rat", "vorstand", "führung", "leitung", "aussendung", "mitteilung")


def _staff_word(word: str) -> bool:
    """A person's role, a body or a release of the company ("Sprecherin", "Social-Media-Team",
    "Pressemitteilung"); not "die positive Seite des neuen Dienstes"."""
    low = word.lower()
    return low.endswith((*ROLE_HEADS, *PERSON_SUFFIXES, *OFFICE_NOUNS, *STAFF_HEADS))


def _is_role(speaker: Speaker) -> bool:
    """A definite description of a person ("der Kremlchef", "die Psychotherapeutin"), also in
    the genitive ("nach Angaben des Ministers": voices round 49)."""
    words = speaker.mention.split()
    head = _role_word(speaker)
    return (
        len(words) >= 2
        and words[0].lower() in {"der", "die", "dem", "den", "des"}
        and (head.endswith(ROLE_HEADS) or (_nominative(words) and head.endswith(PERSON_SUFFIXES)))
        and not head.endswith((*THING_HEADS, "verein", "ligist"))
    )  # "der Verein" and "der Zweitligist" end like "Ministerin" and "Journalist" (round 80)


def _office(speaker: Speaker) -> bool:
    """A role whose head is an office noun without a person's ending ("der Arzt", "der
    Kommissar"; voices round 30): it resolves only to a person named with that role."""
    return _role_word(speaker).endswith(OFFICE_NOUNS)


def _office_holder(speaker: Speaker, state: ArticleState, metonyms: dict[str, str]):
    """The last person of the article named with the office ("der Kommissar" → "EU-Kommissar
    Vytenis Andriukaitis"), else the last person of its gender if the article gave that person
    no role; else None ("der Arzt" after "Polizeisprecher Karl Maier")."""
    role = _role_word(speaker)
    people = _candidates((*state.mentions, *state.people), metonyms, persons_only=True)
    holder = next((p for p in reversed(people) if _holds_office(p, role, state, people)), None)
    if holder is not None:
        return holder
    fits = [p for p in people if _gender_fits(speaker, p)]
    return fits[-1] if fits and not _has_any_role(fits[-1], people) else None


def _has_any_role(p: Speaker, people: list[Speaker]) -> bool:
    """The article named the person with a role ("Polizeisprecher Karl Maier"): then another
    office ("der Arzt") is somebody else."""
    return any(
        (q.rule.startswith("named:") and q.rule != "named:")
        or len(q.mention.split()) > len(q.name.split())
        for q in people
        if q.name == p.name
    )


def _holds_office(p: Speaker, role: str, state: ArticleState, people: list[Speaker]) -> bool:
    """The person carries the role: in a mention of the same name, or where the article named
    them ("EU-Kommissarin Malmström" before "sagte Malmström")."""
    if any(_has_role(q, role) for q in people if q.name == p.name):
        return True
    surname = p.name.split()[-1].lower() if p.name.split() else ""
    held = re.compile(rf"{re.escape(role)}\s+(?:[\w-]+,?\s+){{0,4}}{re.escape(surname)}\b")
    return bool(surname) and any(held.search(t.lower()) for t in (*state.previous, *state.texts))


def _role_word(speaker: Speaker) -> str:
    """The description's last word, lower case ("der Kommissar" → "kommissar"), without the
    genitive ending after "des" ("des Ministers" → "minister", "des Präsidenten")."""
    words = speaker.mention.split()
    head = words[-1].lower() if words else ""
    if not words or words[0].lower() != "des" or not head.endswith(("s", "en")):
        return head
    for ending in ("es", "s", "en"):
        if head.endswith(ending) and head.removesuffix(ending).endswith(ROLE_HEADS):
            return head.removesuffix(ending)
    return head


def _nominative(words: list[str]) -> bool:
    """ "der"/"die" (nominative): a person's ending ("der Rohstoffanalyst") makes a role; after
    "dem"/"den" only a role head does ("laut dem Generaldirektor"; "laut dem Sender", "dem
    Papier zufolge" are things). Voices round 28."""
    return words[0].lower() in {"der", "die"}


# heads with a person's ending that name an institution or a thing ("die Ärztekammer", "das
# Magazin"): never resolved to a person (voices round 25)
THING_HEADS = ("kammer", "register", "magazin", "theater", "center", "computer", "zentrum")


def _is_the_document(speaker: Speaker, documents: tuple[str, ...]) -> bool:
    """A definite document ("in der Aussendung", "laut dem Bericht", "den Angaben zufolge"):
    one the article has spoken of. Voices round 10."""
    words = speaker.mention.split()
    return (
        len(words) == 2
        and bool(documents)
        and words[0].lower() in {"der", "die", "das", "dem", "den", "des"}
        and words[-1].lower().endswith(documents)
    )


# a document and its owner in the genitive ("in einer Mitteilung der Stadt", "in der
# Erklärung des Gerichts"): the two words after the document noun
DOCUMENT_OF = re.compile(r"(?:\w+ )?(\w+) (des|der) ([A-ZÄÖÜ][\w-]+(?: [A-ZÄÖÜ][\w-]+)*)")


def _document_owner(speaker: Speaker, documents: tuple[str, ...]) -> Speaker | None:
    """The institution that owns a document in the genitive ("einer Mitteilung der Stadt" →
    "der Stadt", "der Mitteilung des Gerichts" → "des Gerichts"; round 57), also by a name of
    several capitalised words ("einer Erklärung der AG Kino-Gilde Deutscher Filmkunsttheater":
    round 58), or None when the owner is no body."""
    m = DOCUMENT_OF.fullmatch(speaker.mention)
    if not m or not documents or not m.group(1).lower().endswith(documents):
        return None
    owner = m.group(3)
    stem = institution_stem(owner) if " " not in owner else ""
    body = stem or owner.lower().endswith(INSTITUTION_HEADS) or owner in LOCAL_BODIES
    if not (body or " " in owner):
        return None
    mention = f"{m.group(2)} {owner}"
    rule = speaker.rule + "+document_owner"
    return replace(speaker, mention=mention, name=stem or owner, rule=rule, gender=ORGANISATION)


def _named_owner(owner: Speaker, state: ArticleState) -> Speaker:
    """A document's owning institution by the compound an earlier sentence named ("des
    Gerichts" → "Verwaltungsgerichts"); a local authority stays itself ("der Stadt" is no
    "Innenstadt")."""
    if owner.name in LOCAL_BODIES:
        return owner
    return replace(owner, name=named_institution(owner.mention, state.previous) or owner.name)


# local authorities that speak through their documents without an institution's ending
LOCAL_BODIES = frozenset({"Stadt", "Gemeinde", "Stadtverwaltung", "Landkreis", "Kreis"})


def _document_source(speaker: Speaker, state: ArticleState, metonyms: dict[str, str]):
    """The author an earlier sentence gave the document ("eine Wifo-Studie"), else the last
    named speaker that is not a state or a place."""
    head = speaker.mention.split()[-1]
    named = document_named_before(head, state.previous, metonyms)
    return (
        named
        or _recent_source(state, metonyms)
        or next((p for p in reversed(state.people) if _person_like(p, metonyms)), None)
    )


def _recent_source(state: ArticleState, metonyms: dict[str, str]) -> Speaker | None:
    """The speaker of a statement up to three sentences before, when it was a named source
    that is not a state or a place: "Wie das Statistische Bundesamt mitteilte, … Der Anteil
    lag den Angaben zufolge bei …" (an institution with an article is no person to remember).
    Voices round 57 (one sentence back), round 58 (three)."""
    last = state.last
    if last is None or state.since > 3 or last.name == "unnamed source":
        return None
    if not _person_like(last, metonyms):
        return None
    return None if last.rule.endswith("+description") and not _a_body(last) else last


def _a_body(speaker: Speaker) -> bool:
    """An organisation by its form (:func:`_institution`) or by its compound's head
    ("Bundesamt", "Verwaltungsgericht"), also before its town ("Verwaltungsgericht Berlin";
    voices round 74)."""
    words = speaker.name.split()
    local = bool(words) and bool(local_body(words[0]))  # "Polizei München" (round 67)
    first = len(words) > 1 and given_name_gender(words[0]) == "?" and institution_stem(words[0])
    head = bool(words) and bool(institution_stem(words[-1]) or first)  # not "Murat Yakin"
    return _institution(speaker) or local or head


def _owned_role(speaker: Speaker) -> bool:
    """A role owned by a place or body in the genitive, as a definite description ("so
    Göttingens Oberbürgermeister", "sagte Dortmunds früherer Trainer"): the mention is the
    owner, adjectives at most, and a role head, and no person's name. Voices round 54."""
    words = speaker.mention.split()
    if not 2 <= len(words) <= 3 or speaker.name != speaker.mention:
        return False
    owner, head = words[0], words[-1].lower()
    adjectives = all(w[:1].islower() for w in words[1:-1])
    counted = owner.lower() in QUANTIFIERS  # "Sechs Abgeordnete" is a group (round 32)
    named_owner = owner.endswith("s") and owner[:1].isupper() and not counted
    return named_owner and adjectives and head.endswith(ROLE_HEADS)


def _owned_role_holder(speaker: Speaker, state: ArticleState, metonyms: dict[str, str]):
    """The last person the article named with the role word ("Liverpools Trainer Jürgen Klopp"
    for "Dortmunds früherer Trainer"), None if there is none."""
    role = _role_word(speaker)
    people = _candidates((*state.mentions, *state.people), metonyms, persons_only=True)
    return next((p for p in reversed(people) if _has_role(p, role)), None)


def _is_bare_role(speaker: Speaker) -> bool:
    """A role without an article, as headlines write it ("Wifo-Chef plädiert …", "Kanzler
    fordert …", "Mürzzuschlager Bürgermeister kritisiert …")."""
    words = speaker.mention.split()
    head = words[-1].lower() if words else ""
    counted = bool(words) and (words[0].lower() in QUANTIFIERS or words[0][:1].isdigit())
    plural = head.endswith("abgeordnete")  # without an article "Abgeordnete" is plural
    bare = 1 <= len(words) <= 2 and words[0][:1].isupper() and head.endswith(ROLE_HEADS)
    return bare and not counted and not plural


# quantifiers before a role make it a group, no person to resolve (voices round 32 and its
# review: "Mehrere/Sechs/Etliche Abgeordnete")
QUANTIFIERS = frozenset(
    """mehrere viele einige zahlreiche manche wenige alle beide etliche einzelne andere weitere
    sämtliche meisten zwei drei vier fünf sechs sieben acht neun zehn elf zwölf zwanzig hundert
    dutzende hunderte tausende""".split()  # noqa: SIM905
)


def _named_with_role(speaker: Speaker, state: ArticleState) -> Speaker | None:
    """The person named with the same role, before or later in the article ("Wifo-Chef" →
    "Wifo-Chef Karl Aiginger", "Kanzler" → "Bundeskanzler Werner Faymann"); the earlier one
    first."""
    role = _role_word(speaker).split("-")[-1]
    later = persons_named_in(state.texts)
    for p in chain(reversed(state.mentions), later):
        before = p.rule.removeprefix("named:") if p.rule.startswith("named:") else ""
        if before and before.lower().endswith(role):
            return p
    return None


def _named_later_with_role(speaker: Speaker, state: ArticleState) -> Speaker | None:
    """A role no earlier person fits, as a teaser writes it before the text names the person
    ("Der OeNB-Gouverneur warnt …" → "OeNB-Gouverneur und EZB-Rat Ewald Nowotny"): the first
    person named later with that role word. Voices round 28."""
    role = _role_word(speaker).split("-")[-1]
    return next((p for p in persons_named_in(state.texts) if _has_role(p, role)), None)


@lru_cache(maxsize=8)
def persons_named_in(texts: tuple[str, ...]) -> tuple[Speaker, ...]:
    """The persons an article's passages name by given name and surname, in order (scanned
    once per article, however many speakers ask)."""
    return tuple(p for t in texts for _, p in named_persons_ending(t))


def _last_fitting(
    speaker: Speaker, state: ArticleState, metonyms: dict[str, str], persons_only: bool
) -> Speaker | None:
    """The person a pronoun or role description refers to: the last mention with the same role
    word ("der Fraktionschef" → "Fraktionschef Andreas Schieder"), else the last mention (a
    speaker or a person named in any sentence) of a fitting gender, else the last speaker."""
    mentions = _candidates(state.mentions, metonyms, persons_only)
    role = _role_word(speaker) if persons_only else ""
    if role and _unnamed_with_role(state, role):
        return state.last  # "sagt ein Polizeisprecher. … sagte der Sprecher" (voices round 55)
    same_role = [p for p in mentions if role and _has_role(p, role)]
    fits = [p for p in mentions if _gender_fits(speaker, p)]
    if same_role or fits:
        return (same_role or fits)[-1]
    people = _candidates(state.people, metonyms, persons_only)
    if people:
        return people[-1]
    return state.last if state.last and state.last.name and not persons_only else None


def _unnamed_with_role(state: ArticleState, role: str) -> bool:
    """The speaker of one of the last two sentences was described, not named, with the role
    ("ein Polizeisprecher"): a definite role after it ("der Sprecher") is that speaker."""
    last = state.last
    if last is None or state.since > 1 or len(last.name.split()) != 1:
        return False
    words = last.mention.split()
    described = bool(words) and words[0].lower() in STAFF_DETERMINERS  # not a surname
    return described and _has_role(last, role)


def _candidates(known, metonyms: dict[str, str], persons_only: bool) -> list[Speaker]:
    return [
        p
        for p in known
        if not persons_only or (_person_like(p, metonyms) and p.gender != ORGANISATION)
    ]


def _gender_fits(speaker: Speaker, p: Speaker) -> bool:
    return speaker.gender in (p.gender, "?") or p.gender == "?"


def _has_role(p: Speaker, role: str) -> bool:
    """The mention (or the word before a named person) carries the role ("SPÖ-Klubobmann")."""
    words = [
        *p.mention.split(),
        p.rule.removeprefix("named:") if p.rule.startswith("named:") else "",
    ]
    forms = (
        role,
        role + "s",
    )  # "der UN-Generalsekretär" after "des UN-Generalsekretärs Kofi Annan"
    return any(
        w.lower() in forms or w.lower().split("-")[-1] in forms or _compound_of(w.lower(), forms)
        for w in words
        if w
    )


def _compound_of(word: str, forms: tuple[str, ...]) -> bool:
    """A compound headed by the role ("Bundesentwicklungsminister" for "der Minister"; voices
    round 54), not a deputy's ("Vizepräsident" is not "der Präsident") nor another office whose
    first part is a role ("Ministerpräsident" is not "der Präsident")."""
    head = next((f for f in forms if word.endswith(f)), "")
    first = word[: len(word) - len(head)]
    return (
        len(forms[0]) >= 5
        and bool(head)
        and not first.startswith(("vize", "stellvertretend", "ex"))
        and not first.endswith(ROLE_HEADS)
    )


def _remember(state: ArticleState, speaker: Speaker) -> ArticleState:
    if speaker.rule.endswith("+description") or _is_pronoun(speaker) or not speaker.mention:
        return state
    if speaker.gender == "?":
        speaker = replace(speaker, gender=given_name_gender(speaker.name))
    return replace(state, people=(*state.people, speaker), mentions=(*state.mentions, speaker))


def _with_named(state: ArticleState, named: list, before: int) -> ArticleState:
    """The state with the persons a sentence names (outside quotations; ``(end, person)``) as
    mentions, placed before the sentence's own speakers (``before``: number of mentions when it
    started)."""
    named = tuple(p for _, p in named)
    # a person named by role and surname only is no source a Konjunktiv bridges to (round 43)
    state = replace(state, named_last=tuple(p for p in named if not _by_role_only(p)))
    if not named:
        return state
    m = state.mentions
    return replace(state, mentions=(*m[:before], *named, *m[before:]))


def _by_role_only(p: Speaker) -> bool:
    """A person :func:`named_by_role` found ("Präsidentin Park")."""
    return p.rule.startswith("named:") and p.mention == f"{p.rule.removeprefix('named:')} {p.name}"


def _is_cued(masked: str, quote: Quote, s0: int, lexicon: CueLexicon) -> bool:
    """A short quotation with a speech verb right after it (", sagte er") or a colon before it."""
    after = masked[quote.end - s0 : quote.end - s0 + 40]
    before = masked[: quote.start - s0].rstrip()
    if before.endswith(":"):
        return True
    return any(
        c.category in {"verb", "particle"} and c.start <= 3 for c in find_cues(after, lexicon)
    )


# a cue right after a quotation that opens the sentence ("„…“, meinte X"): the speaker follows
# the cue, and no word inside the quotation ("den wir erkämpft haben“") is its subject (when
# narrator text comes first, "Die Kontrolle "ist keine Lösung", sagt X", all of it is read).
# Voices round 20.
AFTER_QUOTATION = re.compile(r"[“”»«\"‹›]\s*[,–]\s*$")


# a short quotation of capitalised words right after the cue and the head of its subject is a
# name ("„…“, schrieb die Zeitung „El Mundo“", "schrieb die „Marca“"), not speech: the speaker
# search reads it; not after a longer subject ("sagte der Sänger der Band „Die Toten Hosen“")
# nor after a dative ("sagte sie dem „Spiegel“"). Voices round 76 (and its review).
QUOTED_NAME = re.compile(r"[„\"»«]([A-ZÄÖÜ][\w.&-]*(?: [A-ZÄÖÜ][\w.&-]*){0,3})[“\"«»]")
BEFORE_QUOTED_NAME = re.compile(
    r"\s+(?:(?:der|die|das|ein|eine)\s+)(?:[a-zäöüß][\w-]*\s+){0,2}(?:[A-ZÄÖÜ][\w-]*\s+)?"
)


def _with_quoted_names(text: str, masked: str, cue_end: int) -> str:
    """``masked`` with a quoted name right after the cue's subject head restored as written."""
    for m in QUOTED_NAME.finditer(text, cue_end):
        if BEFORE_QUOTED_NAME.fullmatch(text, cue_end, m.start()):
            masked = masked[: m.start()] + m.group() + masked[m.end() :]
    return masked


def _cue_speakers(text: str, masked: str, ctx: Context, state: ArticleState, named: list):
    """``(cue, speaker)`` for every speech cue with a speaker, one per distinct speaker
    (``named``: the sentence's ``(end, person)``; those before a cue may resolve its pronoun)."""
    found, seen = [], set()
    cues = _after_postposed(
        [c for c in find_cues(masked, ctx.lexicon) if c.category in SPEECH], masked
    )
    cues = [c for c in cues if not _attributive(text, c)]
    for cue in sorted(cues, key=lambda c: c.category not in {"verb", "particle"}):
        if found and COORDINATED.search(masked, 0, cue.start):
            continue  # "…, hob deren Mut hervor und lobte …": same (elided) subject
        after_quote = (
            cue.category in {"verb", "particle"}
            and AFTER_QUOTATION.search(text, 0, cue.start)
            and not re.search(r"\w", masked[: cue.start])  # the quotation opens the sentence
        )
        source = _with_quoted_names(text, masked, cue.end) if after_quote else text
        speaker = _cue_speaker(source, masked, cue, ctx, named)
        if speaker is None:
            continue
        if speaker.mention in FIRST:
            continue  # unmarked first-person speech: a continuation, not a new speaker
        here = [p for end, p in named if end <= cue.start]  # "Auch X hält …, sagte er"
        known = replace(state, mentions=(*state.mentions, *here))
        speaker = resolve(speaker, known, ctx.lexicon.metonyms, ctx.lexicon.documents)
        speaker = _with_complement(speaker, source, ctx.lexicon.documents)
        speaker = _impersonal_of_last(speaker, cue, state, ctx.lexicon.metonyms)
        speaker = full_name(
            _first_of_two_persons(_genitive_owner(speaker, cue, known), known), known
        )
        speaker = _institution_in_full(speaker, state, ctx.lexicon.documents)
        speaker = _body_of_place(speaker, state, text, ctx.lexicon.metonyms)
        speaker = _document_of_last(speaker, state, ctx.lexicon.documents)
        speaker = _spokesperson_of_last(speaker, state)
        speaker = _given_name_in_full(speaker, text)
        speaker = _complement_named_before(speaker, state, ctx.lexicon.documents)
        if cue.entry == "fuer_urteil" and not _a_person(speaker, (*state.mentions, *here)):
            continue  # "Für Linz sind Visualisierungen nicht möglich": a place, not a view
        if speaker.name not in seen:
            seen.add(speaker.name)
            found.append((cue, speaker))
    return found


def _with_complement(speaker: Speaker, source: str, documents: tuple[str, ...]) -> Speaker:
    """A description the article resolves to nobody, named with the "von"/"aus"/"um" complement
    of a proper name its sentence gives it ("eine Sprecherin von Sanofi Deutschland", "eine
    Studie aus Kanada": :func:`.speakers.named_complement`); a role resolved to a named person
    stays that person. Voices round 68."""
    if not speaker.rule.endswith("+description") or not _takes_complement(speaker, documents):
        return speaker
    name = named_complement(source, speaker.mention)
    return replace(speaker, name=name, rule=speaker.rule + "+complement") if name else speaker


def _complement_named_before(speaker: Speaker, state: ArticleState, documents) -> Speaker:
    """A bare definite description every step left unnamed ("die Sprecherin", "der Wirt", "die
    Beschlussvorlage") takes the complement an earlier sentence gave the same noun, the latest
    one ("eine Sprecherin der Caritas", "der Wirt des „Ponte“", "die Beschlussvorlage der
    Bundesländer": :func:`.speakers.complement_of`). Voices round 72."""
    words = speaker.name.split()
    first = speaker.mention.split()[:1]
    definite = bool(first) and first[0].lower() in DEFINITE
    if len(words) != 1 or not definite or not speaker.rule.endswith("+description"):
        return speaker  # "eine Sprecherin" is somebody new, not the one an earlier sentence named
    speaks = _takes_complement(speaker, documents)
    for sentence in reversed(state.previous):
        complement = complement_of(sentence, words[0])
        if complement and (speaks or names_someone(complement)):
            name = f"{words[0]} {complement}"
            return replace(speaker, name=name, rule=speaker.rule + "+complement_before")
    return speaker


# group heads a named complement may complete beside the speaking heads ("Forscherteam um …")
COMPLEMENT_HEADS = (*GROUP_HEADS, "partei", "firma")


def _takes_complement(speaker: Speaker, documents: tuple[str, ...]) -> bool:
    """The description's name ends in a speaking head (:func:`_speaking_heads`) or a group's
    head, or is an institution in the genitive ("Ministeriums"); not "Wohl"."""
    head = speaker.name.split()[-1].lower() if speaker.name.split() else ""
    heads = (*_speaking_heads(documents), *COMPLEMENT_HEADS)
    return bool(head) and (head.endswith(heads) or bool(institution_stem(head.capitalize())))


def _given_name_in_full(speaker: Speaker, text: str) -> Speaker:
    """A speaker found by a given name alone whose sentence writes a surname right after it
    ("Polizeisprecher Micky Rosenfeld", "Leonhard Stärk, der …"): the tagger read the surname
    as a word. Voices round 63."""
    name = speaker.name
    if " " in name or given_name_gender(name) == "?":
        return speaker
    m = re.search(rf"\b{re.escape(name)} ([A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?)\b", text)
    if not m or given_name_gender(m.group(1)) != "?":
        return speaker
    return replace(speaker, name=f"{name} {m.group(1)}", rule=speaker.rule + "+given_name_run")


def _institution_in_full(speaker: Speaker, state: ArticleState, documents=()) -> Speaker:
    """A bare institution noun named as the article names it in full ("Landratsamt" →
    "Ebersberger Landratsamt": :func:`.institution_names.full_institution`). Round 59."""
    name = full_institution(speaker.name, state.texts)
    name = named_antecedent(name, state.previous, state.texts, documents)
    if name == speaker.name:
        return speaker
    return replace(speaker, name=name, rule=speaker.rule + "+full_institution")


def _body_of_place(speaker: Speaker, state: ArticleState, text: str, metonyms) -> Speaker:
    """A bare local authority the article never names in full takes the town or district of
    the text so far ("Polizei" → "Polizei Berlin"), a bare state body the state the text gives
    it ("Gesundheitsministerium (Kolumbien)"): :func:`.local_bodies.body_of_place`. Voices
    round 67."""
    states = frozenset(metonyms.values())
    name = body_of_place(speaker.name, (*state.previous, text), states)
    if name == speaker.name:
        return speaker
    return replace(speaker, name=name, rule=speaker.rule + "+body_of_place", gender=ORGANISATION)


def _document_of_last(speaker: Speaker, state: ArticleState, documents) -> Speaker:
    """A bare document noun whose author the article never writes ("hieß es in einer
    Erklärung", "heißt es im Antrag") right after a body's statement is that body's document.
    Voices round 64."""
    if not document_head(speaker.name, documents) or _first_word_in(speaker, {"ein", "eine"}):
        return speaker  # "ergab eine Studie": a new document, not the last speaker's
    body = _body_just_before(state)  # not a state's ("sagte Wien": test_attribution)
    return replace(body, rule=body.rule + "+document_of_last") if body else speaker


BARE_SPOKESPERSONS = frozenset({"Sprecher", "Sprecherin"})


def _spokesperson_of_last(speaker: Speaker, state: ArticleState) -> Speaker:
    """A spokesperson whose body the sentence does not name ("berichtet eine Sprecherin")
    right after a body's statement speaks for that body ("Sprecherin (Gesundheitsministerium)").
    Voices round 66."""
    last = state.last
    if speaker.name not in BARE_SPOKESPERSONS or not last or state.since > 1:
        return speaker
    if _first_word_in(speaker, {"sein", "seine", "ihr", "ihre"}):
        return speaker  # "sein Sprecher": a person's, not the last body's
    if last.name.split()[0] in BARE_SPOKESPERSONS:  # "Sprecherin" after "Sprecher …": another
        same = last.name.split()[0] == speaker.name
        return replace(last, rule=last.rule + "+spokesperson_of_last") if same else speaker
    if not (body := _body_just_before(state)):
        return speaker
    name = f"{speaker.name} ({body.name})"
    return replace(speaker, name=name, rule=speaker.rule + "+spokesperson_of_last")


def _body_just_before(state: ArticleState) -> Speaker | None:
    """The speaker of the last statement when it was in this or the previous sentence and is a
    body (:func:`_a_body`), else None."""
    last = state.last
    return last if last and state.since <= 1 and _a_body(last) else None


def _first_word_in(speaker: Speaker, words: set[str]) -> bool:
    """The speaker's mention opens with one of the words ("eine Studie", "ihre Sprecherin")."""
    first = speaker.mention.split()[:1]
    return bool(first) and first[0] in words


def _impersonal_of_last(speaker: Speaker, cue, state: ArticleState, metonyms) -> Speaker:
    """A bare "hieß es" right after an organisation's or a state's statement is theirs ("Das
    Bundesamt meldete … Die Löhne seien gesunken, hieß es."), also with one sentence of the
    narrator between (voices round 71); after a person's it stays an unnamed source (the gold
    often codes it so). Voices round 55."""
    last = state.last
    if cue.entry != "hiess_es" or speaker.rule != "impersonal" or state.since > 1 or not last:
        return speaker
    if not (_a_body(last) or last.name in set(metonyms.values())):
        return speaker
    return replace(last, rule=last.rule + "+impersonal")


def _cue_speaker(source: str, masked: str, cue, ctx: Context, named: list) -> Speaker | None:
    """The speaker step's speaker of a cue, or a known person whose surname opens the clause
    before a verb of saying when the step found nobody or a thing."""
    speaker = find_speaker(source, cue, ctx.lexicon.metonyms, ctx.lexicon.documents)
    if cue.category in {"verb", "particle"} and _thing_or_nobody(speaker, ctx):
        known = _known_person_before(masked, cue, named)
        after = _agent_after_verb(source, cue, speaker, ctx)
        return (
            known or after or _one_person_before(cue, named, speaker, masked, ctx.lexicon.documents)
        )
    return speaker


def _agent_after_verb(source: str, cue, speaker: Speaker | None, ctx: Context) -> Speaker | None:
    """The subject after a verb of saying whose fronted phrase the speaker step took, when that
    phrase is a thing and the one after the verb may speak ("Die Anschaffungskosten … beziffert
    das Unternehmen", "Einbußen meldete Philips": :func:`.speakers.phrase_after_verb`). Voices
    round 69."""
    if speaker is None or not _plain_thing(speaker, ctx.lexicon.documents):
        return None
    at = source.find(speaker.mention) if speaker.mention else -1
    if at < 0 or at > cue.start:
        return None
    after = phrase_after_verb(source, cue, ctx.lexicon.metonyms)
    return after if after and _may_speak(after, ctx.lexicon.documents) else None


def _one_person_before(cue, named: list, speaker: Speaker | None, masked: str, documents):
    """The one person the sentence names before the thing a verb of saying's speaker step found
    ("Olivier Véran hatte … gewarnt, Aufsehen erregt": not "Aufsehen"; "Der Klo-Betreiber Finke
    bemängelt"); else the step's finding. Voices round 61."""
    if speaker is None or not _plain_thing(speaker, documents):
        return speaker
    at = masked.find(speaker.mention)
    limit = min(cue.start, at if at >= 0 else cue.start)
    before = [p for end, p in named if end <= limit and not _oblique(masked, end - len(p.mention))]
    persons = {p.name: p for p in before if len(p.name.split()) > 1}
    if len(persons) != 1:
        return speaker
    person = next(iter(persons.values()))
    return replace(person, rule=person.rule + "+thing_replaced")


# articles and prepositions of a noun phrase that is no subject ("zwischen dem Moderator X",
# "dem Chef des DIW, X"): the person they introduce is not the one who speaks
OBLIQUE_INTRO = frozenset(
    {"dem", "den", "des", "einem", "einen", "eines", "von", "vom", "mit", "zwischen", "für"}
    | {"gegen", "bei", "beim", "an", "auf", "über", "um", "zu", "zum", "zur", "gegenüber"}
)


def _oblique(masked: str, start: int) -> bool:
    """The nearest article or preposition in the five words before ``start`` (within its
    clause) makes the noun phrase there an object."""
    clause = re.split(r"[,;:–]", masked[:start])[-1]
    for word in reversed(clause.split()[-5:]):
        low = word.lower()
        if low in OBLIQUE_INTRO:
            return True
        if low in {"der", "die", "das", "ein", "eine"}:
            return False
    return False


# a seat of government that speaks for it ("der Elyséepalast dementierte"; voices round 62)
SEAT_HEADS = ("palast",)


def _plain_thing(speaker: Speaker, documents: tuple[str, ...]) -> bool:
    """A common noun phrase that names no body or role: no proper noun, no capitalised
    attribute ("Deutsche Stiftung …"), no institution ("des Ministeriums"), outlet ("die
    Zeitung", "der Spiegel"), document or person noun ("ein Sprecher")."""
    toks = tag(speaker.mention)
    if any(t.tag == "NE" or (t.tag.startswith("ADJ") and t.text[:1].isupper()) for t in toks[1:]):
        return False
    heads = (*_speaking_heads(documents), *OUTLET_HEADS, *BODY_NOUNS, *SEAT_HEADS)
    words = [t.text.lower() for t in toks if t.tag.startswith("NN")]
    return bool(words) and not any(institution_stem(w) or _heads_in(w, heads) for w in words)


def _speaking_heads(documents: tuple[str, ...]) -> tuple[str, ...]:
    """Head nouns of a description that may speak: persons, roles, offices, institutions and
    documents ("Ärzte", "der Sprecher", "die Behörde", "der Bericht")."""
    return (*ROLE_HEADS, *PERSON_SUFFIXES, *OFFICE_NOUNS, *INSTITUTION_HEADS, *documents)


def _heads_in(word: str, heads: tuple[str, ...]) -> bool:
    """The word, or its stem without a plural or genitive ending, ends in one of the heads."""
    forms = (word, word.removesuffix("s"), word.removesuffix("en"), word.removesuffix("n"))
    return any(f.endswith(heads) for f in (*forms, word.removesuffix("e")))


def _thing_or_nobody(speaker: Speaker | None, ctx: Context) -> bool:
    """The speaker step found nobody, or a thing ("ein relativ scharfes Gesetz")."""
    if speaker is None:
        return True
    return not _is_pronoun(speaker) and not _may_speak(speaker, ctx.lexicon.documents)


def _known_person_before(masked: str, cue, named: list) -> Speaker | None:
    """A person the article named in full before ("Hubertus Heil"), by the surname that opens
    the clause right before the verb of saying ("Heil versicherte:", "…, Heil sagte"): the
    tagger reads such surnames as words ("heil") and finds no subject, or takes a noun of the
    reported clause. Voices round 49."""
    for end, person in named:
        surname = person.name.split()[-1]
        start = end - len(surname)
        if len(person.name.split()) < 2 or masked[start:end] != surname:
            continue
        opens = not masked[:start].strip() or masked[:start].rstrip()[-1] in ',;:"„“”»«'
        if opens and end <= cue.start and not masked[end : cue.start].strip():
            return replace(person, mention=surname, rule="known_surname")
    return None


def _first_of_two_persons(speaker: Speaker, state: ArticleState) -> Speaker:
    """Two surnames of different persons of the article side by side are the cue's subject and
    object ("bezeichnete Mnangagwa Mugabe als Unabhängigkeitsikone"): the first speaks. Voices
    round 42."""
    words = speaker.name.split()
    if len(words) != 2:
        return speaker
    people = [p for p in (*state.mentions, *state.people) if len(p.name.split()) > 1]
    if any(f" {speaker.name}" in f" {p.name}" for p in people):
        return speaker  # one person's double surname ("Dos Santos", "Peña Nieto")
    owners = [next((p for p in people if p.name.split()[-1] == w), None) for w in words]
    if owners[0] and owners[1] and owners[0].name != owners[1].name:
        return replace(speaker, mention=words[0], name=owners[0].name, gender=owners[0].gender)
    return speaker


def _genitive_owner(speaker: Speaker, cue, state: ArticleState) -> Speaker:
    """The owner of a speech-noun label written in the genitive ("Der Vorwurf Sardanas:",
    "Mayers Fazit:") is the person of the article with that surname without its -s; a name that
    ends in -s itself ("Varoufakis Antwort:") stays. Voices rounds 23-24; for any cue, when the
    article names the person in full ("nach den Worten Söders": round 58)."""
    name = speaker.name
    if " " in name or not name.endswith("s"):
        return speaker
    stem = replace(speaker, mention=name[:-1], name=name[:-1])
    found = full_name(stem, state)
    if found.name != stem.name:
        return found
    if cue.entry != "label_noun":
        return speaker
    alone = re.compile(rf"\b{re.escape(stem.name)}\b")
    return stem if any(alone.search(t) for t in state.texts) else speaker


def full_name(speaker: Speaker, state: ArticleState) -> Speaker:
    """A surname, alone or after a role ("Szabo", "Anwältin Rest", "Grünen-Abgeordneter
    Pilz"), named as the person the article names by given name and that surname ("Kat
    Szabo", "Margot Rest", "Peter Pilz"): the last such person before, else the first after.
    Voices round 13."""
    words = speaker.name.split()
    if (whole := _particle_surname(speaker, state)) is not None:
        return replace(speaker, name=whole.name, rule=speaker.rule + "+full_name")
    if not _surname_as_written(speaker, words):
        return speaker
    surname = _folded(words[-1])
    for p in chain(reversed(state.mentions), persons_named_in(state.texts)):
        parts = p.name.split()
        person = given_name_gender(p.name) != "?" or _by_role_only(p)
        if len(parts) > 1 and _folded(parts[-1]) == surname and person:
            return replace(speaker, name=p.name, rule=speaker.rule + "+full_name")
    return speaker


def _particle_surname(speaker: Speaker, state: ArticleState) -> Speaker | None:
    """A surname with particles ("De la Calle", "Van der Bellen") that ends a longer name the
    article gave ("Humberto de la Calle"). Voices round 45."""
    words = speaker.name.lower().split()
    if len(words) < 2 or speaker.mention != speaker.name or words[0] not in SURNAME_STARTS:
        return None
    return next(
        (
            p
            for p in reversed(state.mentions)
            if len(p.name.split()) > len(words) and p.name.lower().split()[-len(words) :] == words
        ),
        None,
    )


SURNAME_STARTS = frozenset({"de", "van", "von", "del", "da", "di", "dos", "al", "bin", "ibn"})


def _folded(word: str) -> str:
    """A name without diacritics, as German texts often write it ("Yıldırım" → "Yildirim")."""
    return fold(word.replace("ı", "i"))  # the dotless ı has no base letter to fold to


NAMED_ROLE_SUFFIXES = (*PERSON_SUFFIXES, *ROLE_HEADS, "mitglied", "rat")


def _surname_as_written(speaker: Speaker, words: list[str]) -> bool:
    """The speaker is written as a surname alone ("Szabo") or a role and a surname ("Anwältin
    Rest"): not a full name, and not a description or pronoun the resolver named (its mention
    differs from its name). A one-word organisation that shares a surname with a person the
    article names ("Austria" read off "Statistik Austria") would be taken for that person."""
    if speaker.mention != speaker.name or given_name_gender(speaker.name) != "?":
        return False
    if len(words) == 2:
        return words[0][:1].isupper() and words[0].lower().endswith(NAMED_ROLE_SUFFIXES)
    return len(words) == 1


def _a_person(speaker: Speaker, mentions: tuple[Speaker, ...]) -> bool:
    """The speaker is a person: a given name, or the surname of a person the article named."""
    surname = speaker.name.split()[-1] if speaker.name else ""
    return given_name_gender(speaker.name) != "?" or any(
        len(p.name.split()) > 1 and p.name.split()[-1] == surname for p in mentions
    )


def _attributive(text: str, cue) -> bool:
    """A participle used as an adjective is no speech cue ("Die viel kritisierten Maßnahmen
    bleiben, teilte das Ministerium mit": the cue is "teilte … mit")."""
    if cue.category != "verb" or not cue.text[:1].islower():
        return False
    return any(t.start == cue.start and t.tag == "ADJ(A)" for t in tag(text))


def _after_postposed(cues: list, masked: str) -> list:
    """With a postposed speech verb or ", so X" ("…, sagt X.", "Die Studie zeigt, dass …, so
    X"; the latter voices round 24), cues before it belong to the content; after
    an opening speech-noun label ("Die Reaktion der AG: Man weise … zurück") so do all cues
    (voices round 23)."""
    label = [c for c in cues if c.entry == "label_noun" and label_has_owner(c)]
    if label:
        return label
    post = [
        c
        for c in cues
        if (c.category == "verb" or c.entry == "so_speaker")
        and masked[: c.start].rstrip().endswith((",", "–"))
    ]
    if not post:
        return cues
    keep = {"verb", "particle"} if post[-1].entry == "so_speaker" else set()
    return [c for c in cues if c.start >= post[-1].start or (keep and c.category not in keep)]


def _konjunktiv(masked: str, ctx: Context, second: bool = True, spoken: bool = False) -> str:
    """The first Konjunktiv I form (or II substitute) outside quotations, "" if none; a
    Konjunktiv I the lexicon does not list is found by its form (:mod:`.mood`). ``spoken``:
    the sentence has a speech cue, so a form that is also the first person indicative is read
    as indicative in a sentence with "ich" (:func:`_first_singular_indicative`); a cue-less
    sentence keeps it as Konjunktiv, the wider bridge that carries a speaker's first-person
    sentences ("Ich habe ihn nur vom Fernsehen gekannt." several sentences after the cue)."""
    substitute = ""
    for cue in find_cues(masked, ctx.lexicon):
        if cue.entry == "reportive_sollen":
            words = cue.text.split()
            return f"{HEARSAY}: {words[0]} … {' '.join(words[-2:])}"
        if cue.category == "konjunktiv1" and not (
            spoken and _first_singular_indicative(cue.text, masked)
        ):
            return f"Konjunktiv I: {cue.text}"
        if second and cue.category == "konjunktiv2" and not substitute:
            substitute = f"Konjunktiv II: {cue.text}"
    form = konjunktiv_i_form(masked)
    return f"Konjunktiv I: {form}" if form else substitute


def _first_singular_indicative(form: str, masked: str) -> bool:
    """A listed Konjunktiv I form that is also the first person singular indicative ("habe",
    "werde", "gebe") in a sentence with "ich": "Ich habe gut gespielt, sagte X" is the
    speaker's own words, as :mod:`.mood` already treats the unlisted forms. Voices round 39."""
    return form.lower() not in DISTINCT_KONJUNKTIV and FIRST_SINGULAR.search(masked) is not None


# Konjunktiv I forms that differ from every indicative form ("ich sei", "ich könne")
DISTINCT_KONJUNKTIV = frozenset(
    {"sei", "seien", "seiest", "könne", "müsse", "solle", "wolle", "dürfe", "möge"}
)


def _source_adverb(masked: str, ctx: Context) -> str:
    """The cue label of an adverb that refers back to the last source ("demnach"), "" if none."""
    for cue in find_cues(masked, ctx.lexicon):
        if cue.category == "anaphoric":
            return f"{ANAPHORIC}: {cue.text.lower()}"
    return ""


def _statement(sent: Sentence, kind: str, cue: str, speaker: Speaker, text: str, rule: str):
    return Statement(
        sent.position,
        sent.index,
        kind,
        cue,
        speaker.mention,
        speaker.name,
        text.strip(),
        sent.start,
        sent.end,
        rule,
    )


def _direct_share(sent: Sentence, quotes: list[Quote], masked: str, ctx: Context) -> float:
    voiced = [q for q in quotes if not q.scare or _is_cued(masked, q, sent.start, ctx.lexicon)]
    total = word_count(sent.text) or 1
    return sum(q.words for q in voiced) / total


def _quoted_text(sent: Sentence, quotes: list[Quote], passage: str) -> str:
    return " … ".join(passage[q.inner_start : q.inner_end] for q in quotes if not q.scare)


def _content(sent: Sentence, cue, speaker: Speaker) -> str:
    """Content without a postposed cue ("…, sagte Putin." → the part before the comma); a
    subject with an apposition before the cue ("Der Chef der Firma, Hans Meier, sagte, …") is
    not content (voices round 78)."""
    head = sent.text[: cue.start].rstrip()
    postposed = head.endswith((",", "–")) and len(head) > 10
    if (
        postposed
        and not _speaker_first(sent, cue, speaker)
        and not _opens_adverbial(sent.text, cue.start)
    ):
        tail = _interjected_tail(sent.text, cue.start)
        return head.rstrip(",–").strip() + (f" … {tail}" if tail else "")
    return _after_colon(sent.text, cue) or sent.text


# how an apposition or a relative clause of the interjected cue's speaker opens ("…, so Meier,
# der Chef der Firma, …", "…, sagte Meier, der die Firma leitet, …")
APPOSITION_TAGS = frozenset({"ART", "PRELS", "PRELAT", "PPOSAT", "NN", "NE", "CARD", "ADJ(A)"})


def _interjected_tail(text: str, cue_start: int) -> str:
    """The rest of the content after a cue interjected between commas into a clause it leaves
    unfinished ("Die Lage sei, so Meier, ernst." → "ernst"; "Der Täter soll, so die Polizei,
    geflüchtet sein."), past an apposition or relative clause of the speaker that another comma
    closes; "" when the clause before the cue is complete ("Das sei falsch, sagte Meier, der
    Chef der Firma.") (voices round 78, after its review)."""
    toks = tag(text)
    before = [t for t in toks if t.start < cue_start and not t.tag.startswith("$")]
    finite = [k for k, t in enumerate(before) if t.tag.endswith("(FIN)")]
    if finite and finite[-1] != len(before) - 1:
        return ""  # the clause before the cue is complete: the cue is postposed
    commas = [t.start for t in toks if t.start > cue_start and t.tag == "$,"]
    for k, comma in enumerate(commas):
        first = next((t for t in toks if t.start > comma and not t.tag.startswith("$")), None)
        last = k == len(commas) - 1
        if first is not None and (last or first.tag not in APPOSITION_TAGS):
            return text[first.start :].strip().rstrip(".!?").strip()
    return ""


# a verb cue, a few words of its own ("sagte am Samstag der dpa") and a colon, then the content;
# a colon between digits is a time or a score ("um 10:30 Uhr", "nach dem 3:0")
AFTER_COLON = re.compile(r"(?:[^,:;.?!]|(?<=\d):(?=\d)){0,80}?:\s+(?P<content>\S.*)$")
QUOTE_MARKS = "„“”\"«»‚‘’'"
SOURCE_OPENERS = ("Demnach", "Laut", "Dem ", "Nach Angaben")


def _after_colon(text: str, cue) -> str:
    """The content after a colon that follows a verb cue ("Jung sagte am Samstag: Das kann …"
    → "Das kann …") or closes a speech-noun label ("Varoufakis Antwort: …"): a clause with a
    finite verb, with no finite verb between the cue and the colon ("Laut Polizei gab es drei
    Verletzte: zwei Männer …" is no colon introduction); "" otherwise (voices round 78, after
    its review)."""
    m = AFTER_COLON.match(text, cue.start)
    content = m["content"].strip().strip(QUOTE_MARKS).strip() if m else ""
    if word_count(content) < 3 or content.startswith(SOURCE_OPENERS):
        return ""
    toks = tag(text)
    verb = [t for t in toks if t.start == cue.start]
    colon = m.start("content")
    between = [t for t in toks if cue.start < t.start < colon and t.tag.endswith("(FIN)")]
    clause = any(t.start >= colon and t.tag.endswith("(FIN)") for t in toks)
    speaks = cue.text.endswith(":") or (bool(verb) and verb[0].tag.startswith("V"))
    return content if speaks and clause and not between else ""


def _opens_adverbial(text: str, cue_start: int) -> bool:
    """The part before the cue is an adverbial clause of the cue's own sentence ("Während die
    Union die Pläne lobte, kritisierte die Opposition …"; "Weil der Zug ausfiel, …"), not its
    content; a fronted "dass" clause is content (voices round 80). The sentence's tags, which
    the other rules share, decide."""
    toks = tag(text)
    first = toks[0] if toks and toks[0].start < cue_start else None
    return first is not None and first.tag == "KOUS" and first.text.lower() != "dass"


def _speaker_first(sent: Sentence, cue, speaker: Speaker) -> bool:
    """The speaker comes before the cue: its mention stands before the cue and not after it,
    or the cue's verb is followed by the comma that opens the content ("Die Ukraine, die …,
    erklärte, Russland habe …")."""
    verb_end = cue.start + len(cue.text.split()[0]) if cue.text.split() else cue.start
    if sent.text[verb_end : verb_end + 1] == ",":
        return True
    if not speaker.mention:
        return False
    mention = re.compile(rf"(?<!\w){re.escape(speaker.mention)}(?!\w)")
    return bool(mention.search(sent.text[: cue.start])) and not mention.search(
        sent.text[cue.start :]
    )


def _verbatim(sent: Sentence, found: list, ctx: Context, marked: bool) -> bool:
    """Without quotation marks in the article: an indicative main clause before a postposed cue
    ("Das ist ein simpler Zugang, sagt Swoboda.") is verbatim speech; hearsay "sollen" around
    the cue ("Der Täter soll, so die Polizei, geflüchtet sein") is not (voices round 23)."""
    if marked or found[0][0].entry == "hervorgehen":
        return False  # what a document says ("wie aus dem Bericht hervorgeht") is reported
    head = _content(sent, found[0][0], found[0][1])
    return (
        head != sent.text
        and not _konjunktiv(head, ctx, spoken=True)
        and not SUBJUNCTIVE_II.search(head)
        and not head.lower().startswith("dass")
        and not _konjunktiv(sent.text, ctx).startswith(HEARSAY)
    )


def _with_cues(sent, quotes, masked, passage, found, ctx, marked=True):
    share = _direct_share(sent, quotes, masked, ctx)
    unmarked = FIRST_PERSON.search(masked) and not _konjunktiv(
        masked, ctx, second=False, spoken=True
    )
    colon = found[0][0].entry == COLON_ENTRY  # a quotation after a colon (voices round 53)
    verbatim = unmarked or colon or _verbatim(sent, found, ctx, marked)
    opening = _opens_with_quotation(sent, quotes, found[0][0])
    kind = "direct" if share >= 0.5 or verbatim or opening else "reported"
    out = []
    for cue, speaker in found:
        quoted = _quoted_text(sent, quotes, passage) if kind == "direct" else ""
        text = quoted or _content(sent, cue, speaker)  # unmarked verbatim speech: its clause
        out.append(_statement(sent, kind, cue_surface(cue), speaker, text, f"cue:{cue.entry}"))
    return out


def _opens_with_quotation(sent: Sentence, quotes: list[Quote], cue) -> bool:
    """The sentence is a quotation and its postposed cue ("„Wir sind sehr zufrieden“, sagte
    Bayern-Trainer Vincent Kompany nach dem Spiel."): direct speech however long the cue's
    phrase (voices round 80)."""
    for q in quotes:
        start, end = q.start - sent.start, q.end - sent.start
        if not q.scare and not sent.text[:start].strip() and 0 < end <= cue.start:
            return sent.text[end : cue.start].strip() in {"", ","}
    return False


def _continued_source(masked: str, state: ArticleState, ctx: Context):
    """``(speaker, Konjunktiv cue, unmarked first person)`` a cue-less sentence may continue.

    Konjunktiv I bridges up to ``KONJUNKTIV_GAP`` narrator sentences, first-person speech in
    articles without quotation marks up to ``MAX_GAP``. After a narrator sentence that names a
    person ("… lokalisierte Thomas Stelzer das Problem. Das Ergebnis sei ein Treffer."), a
    Konjunktiv I sentence is that person's."""
    source = state.pending or (state.last if state.continuing else None)
    mood = _konjunktiv(masked, ctx, second=bool(source)) or _source_adverb(masked, ctx)
    unmarked_first = (
        not state.marked and state.since <= MAX_GAP and bool(SPEECH_PERSON.search(masked))
    )
    bridging = mood.startswith(("Konjunktiv I:", HEARSAY, ANAPHORIC))
    if source is None and bridging and state.named_last:
        source = state.named_last[-1]
    elif source is None and ((bridging and state.since <= KONJUNKTIV_GAP) or unmarked_first):
        source = state.last
    return source, mood, unmarked_first


def _without_cues(sent, quotes, masked, passage, state, ctx):
    """Statements of a sentence without a speech cue: quotations, colon intros, continuations.

    Quotations and first-person speech continue only the directly preceding statement;
    Konjunktiv I also bridges narrator sentences ("…, sagte X. Der Plan kam 2015. Er sei
    gescheitert."; :func:`_continued_source`)."""
    source, mood, unmarked_first = _continued_source(masked, state, ctx)
    if source is None or not source.name:
        return []
    inherited = replace(source, mention="")
    rule = "colon" if state.pending else "continuation"
    if (state.pending or state.continuing) and _direct_share(sent, quotes, masked, ctx) >= 0.5:
        text = _quoted_text(sent, quotes, passage)
        return [_statement(sent, "direct", rule, inherited, text, f"{rule}:quotation")]
    if SPEECH_PERSON.search(masked) and (state.pending or state.continuing or unmarked_first):
        speaker = _first_person_speaker(inherited, masked, state)
        if speaker is None:
            return []
        return [_statement(sent, "direct", rule, speaker, sent.text, f"{rule}:first_person")]
    if state.pending or mood:
        how = "anaphoric" if mood.startswith(ANAPHORIC) else "konjunktiv"  # mood: refine_voice
        return [_statement(sent, "reported", mood or ":", inherited, sent.text, f"{rule}:{how}")]
    return []


FIRST_PERSON_SINGULAR = re.compile(r"(?<!\w)(?:[Ii]ch|mir|mich|[Mm]ein(?:e[mnrs]?)?)(?!\w)")


def _first_person_speaker(source: Speaker, masked: str, state: ArticleState) -> Speaker | None:
    """Who says "ich" in an unmarked first-person sentence: the source it continues, if that is
    not an institution; after one ("Laut Angaben des VSV war Holst der erste Ansprechpartner.
    Ich habe doch …"), the one person the sentence before named, if it named one (voices round
    41: an institution says "wir", never "ich"), else still the source."""
    if not FIRST_PERSON_SINGULAR.search(masked) or not _institution(source):
        return source
    persons = [p for p in state.named_last if _is_person(p, state)]
    return replace(persons[-1], mention="") if len(persons) == 1 else source


# heads of an organisation's name or description ("der Eishockey-Club", "das Innenministerium")
INSTITUTION_HEADS = (
    *COMPANY_HEADS,
    *("club", "klub", "verein", "verband", "ministerium", "behörde", "polizei", "regierung"),
    *("partei", "gericht", "kommission", "agentur", "gewerkschaft", "kammer", "institut"),
    *("leitung", "führung", "spitze", "vorstand", "präsidium", "fraktion"),  # round 47
)


def _institution(speaker: Speaker) -> bool:
    """An organisation by its form: resolved as one, an acronym ("VSV", "ORF") or an
    organisation noun ("Eishockey-Club")."""
    name = speaker.name
    acronym = name.isupper() and 2 <= len(name) <= 6 and name.isalpha()
    return speaker.gender == ORGANISATION or acronym or name.lower().endswith(INSTITUTION_HEADS)


def _is_person(speaker: Speaker, state: ArticleState) -> bool:
    return speaker.gender in ("m", "f") or _a_person(speaker, state.mentions)


INTRODUCED = re.compile(r",\s*dass\b|:\s")


def _with_introducer(state: ArticleState, masked: str, named: list) -> ArticleState:
    """A person the sentence opens with, before ", dass" or a colon, introduces what follows
    ("Malmström konterte, dass man … festschreiben werde"): a Konjunktiv I in it is theirs, not
    the last speaker's (the verb is no listed cue). Voices round 18."""
    m = INTRODUCED.search(masked)
    first = next((p for end, p in named if m and end <= m.start()), None)
    if first is None or not masked.startswith((first.name, first.name.split()[-1])):
        return state
    return replace(state, pending=None, last=first, continuing="reported", since=0)


MATRIX_ENTRY = "matrix"  # the cue entry of a main clause whose complement holds a Konjunktiv I


def _matrix_speaker(masked: str, ctx: Context, state: ArticleState, named: list):
    """``(cue, speaker)`` of an indicative main clause whose complement holds the sentence's
    Konjunktiv I ("Ärzte nehmen an, dass … seien"; "Sanders hat … aufgefordert, …, da … sei"):
    whatever its verb, the main clause's subject is the source of the reported clause, not the
    last speaker. None when there is no such clause or its subject can be no speaker. Voices
    round 46."""
    mood = _konjunktiv(masked, ctx, second=False, spoken=True)
    if not mood.startswith("Konjunktiv I:"):
        return None
    form = re.search(rf"(?<!\w){re.escape(mood.split(': ', 1)[1])}(?!\w)", masked)
    toks = tag(masked)
    verb = matrix_verb(toks, form.start()) if form and toks else None
    if verb is None or _konjunktiv(masked[: toks[verb].end], ctx, spoken=True):
        return None  # the main clause is itself reported ("Die Art hänge davon ab, ob …")
    if verb + 1 < len(toks) and toks[verb + 1].text == "es":
        return None  # "Informationen gibt es …": the subject is "es"
    cue = Cue("verb", MATRIX_ENTRY, toks[verb].start, toks[verb].end, toks[verb].text)
    speaker = find_speaker(masked, cue, ctx.lexicon.metonyms, ctx.lexicon.documents)
    if speaker is None or speaker.mention in FIRST:
        return None
    if speaker.mention in PRONOUN and toks[verb].text.endswith("en"):
        return None  # plural "sie" ("Und sie setzen um, was … beschlossen worden sei")
    here = [p for end, p in named if end <= cue.start]
    known = replace(state, mentions=(*state.mentions, *here))
    resolved = resolve(speaker, known, ctx.lexicon.metonyms, ctx.lexicon.documents)
    if not _may_speak(resolved, ctx.lexicon.documents):
        return None
    return cue, full_name(resolved, known)


COLON_ENTRY = "colon_quotation"  # the cue entry of a clause that a colon and a quotation end
# verbs whose subject receives or hears the words ("erhielt Post … mit den Worten: „…“")
RECEIVING = ("erhielt", "erhalten", "erhält", "bekam", "bekommen", "bekommt", "hörte", "hört")
RECEIVING += ("gehört", "las", "liest", "gelesen", "erfuhr", "erfährt", "erfahren")


def _colon_quotation(sent, quotes, masked: str, ctx: Context, state: ArticleState, named: list):
    """``(cue, speaker)`` of a main clause ending in a colon that a direct quotation follows to
    the sentence's end ("Der Präsident des Bauernverbandes, Joachim Rukwied, stimmte ihr zu:
    „…“"): whatever its verb, the clause's subject says the quotation, if it is named or
    resolved (not a thing: "Die Botschaft ist klar: „…“"; not a clause that is itself reported
    or whose subject receives the words). None otherwise. Voices round 53."""
    colon = masked.find(": ")
    after = [q for q in quotes if not q.scare and q.start - sent.start > colon >= 0]
    if colon < 0 or not after or after[0].start - sent.start > colon + 3:
        return None
    if sent.text[after[-1].end - sent.start :].strip(" .!?") or len(after) > 1:
        return None  # the quotation does not run to the sentence's end
    if _konjunktiv(masked[:colon], ctx, spoken=True):
        return None  # the clause is itself reported ("Deshalb sei die Fed willens: „…“")
    toks = tag(masked[:colon])
    verb = _clause_verb(toks)
    if verb is None or toks[verb].text.lower().startswith(RECEIVING):
        return None
    cue = Cue("verb", COLON_ENTRY, toks[verb].start, toks[verb].end, toks[verb].text)
    speaker = find_speaker(masked, cue, ctx.lexicon.metonyms, ctx.lexicon.documents)
    if speaker is None or speaker.mention in FIRST:
        return None
    here = [p for end, p in named if end <= colon]
    known = replace(state, mentions=(*state.mentions, *here))
    resolved = resolve(speaker, known, ctx.lexicon.metonyms, ctx.lexicon.documents)
    described = resolved.rule.endswith(("+description", "+group"))
    if resolved.mention in PRONOUN and not resolved.rule.endswith("+resolved"):
        return None
    if described or not resolved.name:
        return None
    return cue, full_name(resolved, known)


def _clause_verb(toks: tuple) -> int | None:
    """The verb of a main clause (the participle of an auxiliary, else the finite verb); None
    when the clause opens with a subordinate clause or has no finite verb."""
    fin = next((i for i, t in enumerate(toks) if t.tag in FINITE), None)
    if fin is None or any(t.tag in SUBORD for t in toks[:fin]):
        return None
    if toks[fin].tag != "VA(FIN)":
        return fin
    return max((i for i in range(fin, len(toks)) if toks[i].tag in PARTICIPLES), default=fin)


def _may_speak(speaker: Speaker, documents: tuple[str, ...]) -> bool:
    """A named source, a resolved pronoun or description, or a description whose head is a
    person, a group of persons, an institution or a document ("Ärzte", "die Behörde", "der
    Bericht"); not a thing ("die Verfügung")."""
    if speaker.mention in PRONOUN:
        return speaker.rule.endswith("+resolved")
    if not speaker.rule.endswith(("+description", "+group")) or speaker.rule.endswith("+named"):
        return True
    if tag(speaker.mention)[-1].tag == "NNA":
        return True  # a nominalised adjective: "die Grünen", "der Beschuldigte"
    head = speaker.mention.split()[-1].lower()
    forms = (head, head.removesuffix("en"), head.removesuffix("n"), head.removesuffix("e"))
    singular = {f for form in forms for f in (form, fold(form))}  # "Ärzte" → "arzt"
    heads = _speaking_heads(documents)
    return any(h.endswith(heads) for h in singular) and not head.endswith(THING_HEADS)


def _is_intro(sent: Sentence, found: list) -> bool:
    """A sentence that ends with its cue and a colon ("Müller betonte:")."""
    return bool(found) and sent.text.rstrip().endswith(":")


def annotate_sentence(
    sent: Sentence, quotes: list[Quote], passage: str, state: ArticleState, ctx: Context
) -> tuple[list[Statement], ArticleState]:
    """Statements of one sentence and the state after it."""
    masked = blank(sent.text, [(q.start - sent.start, q.end - sent.start) for q in quotes])
    if state.turns == "dialogue" and sent.text.lstrip().startswith("("):
        state = replace(state, turn=None)  # a stage direction ends the running turn
    turn = _turn(sent, state)
    if turn is not None:
        kind = "interview" if state.turns == "interview" else "direct"
        st = _statement(sent, kind, ":", turn, sent.text, turn.rule)
        running = turn if state.turns else None
        return [st], replace(
            state, turn=running, last=turn, continuing=kind, pending=None, named_last=()
        )
    named = _named_again(masked, state)  # persons the sentence names, found once
    found = _cue_speakers(sent.text, masked, ctx, state, named)
    if not found and (matrix := _matrix_speaker(masked, ctx, state, named)):
        found = [matrix]
    if not found and (colon := _colon_quotation(sent, quotes, masked, ctx, state, named)):
        found = [colon]
    before = len(state.mentions)
    if _is_intro(sent, found):
        state = _remember(state, found[0][1])
        state = replace(state, pending=found[0][1], continuing="", last=found[0][1])
        return [], _with_named(state, named, before)
    if found:
        out = _with_cues(sent, quotes, masked, passage, found, ctx, state.marked)
        for _, speaker in found:
            state = _remember(state, speaker)
    else:
        out = _without_cues(
            sent, quotes, masked, passage, _with_introducer(state, masked, named), ctx
        )
    # the sentence's first statement is its main speaker; a later one is mostly a source nested
    # in it ("…, berichtete die Zeitung unter Berufung auf X"; "X sagte, Y wolle … verkünden"),
    # so a continuation goes on with the first (voices round 35)
    last = _speaker_of(out[0]) if out else state.last
    since = 0 if out else state.since + 1
    state = replace(
        state,
        last=last,
        continuing=out[0].kind if out else "",
        pending=None,
        since=since,
        previous=(*state.previous, sent.text),
    )
    return out, _with_named(state, named, before)


def _named_again(masked: str, state: ArticleState) -> list[tuple[int, Speaker]]:
    """``(end, person)`` for the persons a sentence names: by given name and surname, and by the
    surname alone of a person named so ("Überreden ließ sich Van der Bellen …" after "Alexander
    Van der Bellen"), so that a later "er" refers to the person mentioned last."""
    named = named_persons_ending(masked)
    named += [e for e in named_by_role(masked) if not any(q.name in e[1].name for _, q in named)]
    known = {p.name: p for p in state.mentions if len(p.name.split()) >= 2}
    for name, p in known.items():
        if any(q.name == name for _, q in named):
            continue
        surname = name.split(maxsplit=1)[1]
        if surname not in masked:
            continue
        surname = re.escape(surname)
        ends = [m.end() for m in re.finditer(rf"(?<![\w-]){surname}s?(?![\w-])", masked)]
        if ends:
            named.append((ends[-1], p))
    return sorted(named, key=lambda e: e[0])


# a role word and one or two capitalised words the tagger calls names ("der SPD-Generalsekretär
# Benneter", "des UN-Generalsekretärs Kofi Annan"): a person even when the given name is not a
# listed one, so that a later "er" or "der UN-Generalsekretär" refers to them (voices round 43)
ROLE_AND_NAME = re.compile(
    r"(?<![\w-])(?P<role>[A-ZÄÖÜ][\w-]*[a-zäöüß])\s+"
    r"(?P<name>[A-ZÄÖÜ][\w'’-]+(?:\s+[A-ZÄÖÜ][\w'’-]+)?)(?![\w-])"
)


def named_by_role(masked: str) -> list[tuple[int, Speaker]]:
    """``(end, person)`` for each person named after a role word, by names the tagger tags as
    names (NE); a single name with a genitive "s" ("der Minister Frankreichs") is no person."""
    out = []
    for m in _role_and_name_matches(masked):
        role, name = m.group("role"), m.group("name")
        head = next((h for h in ROLE_HEADS if role.lower().removesuffix("s").endswith(h)), "")
        if not head or (" " not in name and name.endswith("s")) or not _tagged_names(masked, m):
            continue
        gender = given_name_gender(name) if " " in name else "?"
        if gender == "?" and not head.endswith("e"):
            gender = "f" if head.endswith("in") else "m"
        out.append((m.end(), Speaker(m.group(), name, f"named:{role}", gender)))
    return out


def _role_and_name_matches(masked: str):
    """Every match of :data:`ROLE_AND_NAME`, each search resuming at the previous match's name:
    a sentence's capitalised article must not swallow the role ("Der Polarforscher Arved
    Fuchs …" is role "Polarforscher", not "Der"). Voices round 50."""
    pos = 0
    while m := ROLE_AND_NAME.search(masked, pos):
        yield m
        pos = m.start("name")


def _tagged_names(masked: str, m: re.Match) -> bool:
    """Every word of the match's name is tagged as a name (NE)."""
    toks = tag(masked)
    inside = [t for t in toks if m.start("name") <= t.start < m.end("name")]
    return bool(inside) and all(t.tag == "NE" for t in inside)


def _speaker_of(st: Statement) -> Speaker:
    return Speaker(st.speaker, st.speaker_name, st.rule)


def _turn(sent: Sentence, state: ArticleState) -> Speaker | None:
    """The interview turn a sentence belongs to (a new label, or the running turn)."""
    m = TURN.match(sent.text)
    if not state.turns:
        return _known_label(m.group(1), state) if m else None
    if m and m.group(1) == ANSWER_LABEL and state.guest:
        return _guest(state)
    if m:
        return Speaker(m.group(1), m.group(1), state.turns)
    return state.turn


def _guest(state: ArticleState) -> Speaker:
    """The interviewee by the full name the article gave them ("Urmson" -> "Chris Urmson")."""
    for p in reversed((*state.people, *state.mentions)):
        if p.name and p.name.split()[-1] == state.guest:
            return Speaker(ANSWER_LABEL, p.name, state.turns, p.gender)
    return Speaker(ANSWER_LABEL, state.guest, state.turns)


def _known_label(label: str, state: ArticleState) -> Speaker | None:
    """ "Swoboda: Ich schätze …" outside an interview: a label naming a person of the article
    (a speaker, a person named before, or one named later, as a headline's label is: "Stumpf:
    Das muss man sich anschauen."), or a role the article names a person with ("Vizekanzler:"
    → "Vizekanzler Reinhold Mitterlehner"). Later persons and roles: voices round 18. Round 23:
    a role no person of the article holds speaks as itself ("Expertin: Gefahr …"), and so does
    a person's full name the article gives nowhere else ("Markus Abwerzger: …"; round 24: after
    a role, "Kommunikationschef Matthias Euler-Rolle zum STANDARD: …")."""
    surname = label.split()[-1]
    later = persons_named_in(state.texts)
    for p in chain(reversed(state.people), reversed(state.mentions), later):
        if p.name and p.name.split()[-1] == surname:
            return Speaker(label, p.name, "label", p.gender)
    role = Speaker(label, label, "label+description")
    if _is_bare_role(role):
        named = _named_with_role(role, state)
        return Speaker(label, named.name, "label+resolved", named.gender) if named else role
    full = [p for end, p in named_persons_ending(label) if end == len(label)]
    return Speaker(label, full[0].name, "label", full[0].gender) if full else None


def labelled_turns(texts: list[str]) -> list[tuple[str, str]]:
    """``(label, sentence)`` of every sentence that opens with a turn label, in text order (the
    one pass over an article's sentences that the turn decisions below share)."""
    return [
        (m.group(1), t[s:e])
        for t in texts
        for s, e in sentence_spans(t)
        if (m := TURN.match(t[s:e]))
    ]


def turn_format(turns: list[tuple[str, str]], asker: str) -> str:
    """``interview`` (question/answer: two or more turn labels, one of them asking questions
    (``asker``, :func:`interviewer_label`) or a label repeated with a question among the turns),
    ``dialogue`` (labels repeated, no question, lines that say something: a play, a
    transcript; its turns are direct speech) or ``""``. Role labels alone without an address
    are an explainer: ``""``."""
    labels = [label for label, _ in turns]
    if len(labels) < 2:
        return ""
    if set(labels) <= {QUESTION_LABEL, ANSWER_LABEL} and not _addresses(turns):
        return ""  # an explainer in question-and-answer form: the narrator's
    if not asker and len(set(labels)) == len(labels):
        return ""
    asks = any(_asks(sentence) for _, sentence in turns)
    if asker or asks:
        return "interview"
    return "dialogue" if _spoken(turns) else ""


def _spoken(turns: list[tuple[str, str]]) -> bool:
    """Whether labelled lines read as speech: at least half of them have a finite verb after
    the label. A results box repeats its labels like a play but says nothing ("Tore: Krawez
    (9.), Jarmolenko (30.)", "Weiter: 13. Max Verstappen (NED) Toro Rosso 1:43,662"; voices
    round 41), while a play's lines mostly do ("DER MANN: Sie sparen halt.")."""
    finite = sum(_has_finite_verb(sentence.split(":", 1)[-1]) for _, sentence in turns)
    return 2 * finite >= len(turns)


def _has_finite_verb(text: str) -> bool:
    return any(t.tag in FINITE or t.tag.endswith("(IMP)") for t in tag(text))


def _asks(sentence: str) -> bool:
    return sentence.rstrip().endswith("?")


def _addresses(turns: list[tuple[str, str]]) -> bool:
    """Whether a question turn addresses a person (Herr/Frau X or a formal "Sie")."""
    return any(
        label == QUESTION_LABEL
        and (ADDRESSED.search(sentence) or SPEECH_PERSON.search(sentence[len(label) + 2 :]))
        for label, sentence in turns
    )


def interviewer_label(turns: list[tuple[str, str]]) -> str:
    """The turn label that asks an interview's questions: most of its turns end in "?" (the
    label with the most such turns), or "" if no label does."""
    asked: dict[str, list[bool]] = {}
    for label, sentence in turns:
        asked.setdefault(label, []).append(_asks(sentence))
    askers = [(sum(q), label) for label, q in asked.items() if 2 * sum(q) >= len(q) > 0 and any(q)]
    return max(askers)[1] if askers else ""


def interviewee(texts: list[str]) -> str:
    """Whom an interview's questions address ("Herr Urmson" -> "Urmson"), or ""."""
    for t in texts:
        if m := ADDRESSED.search(t):
            return m.group(1)
    return ""


def annotate_passage(
    position: int, text: str, is_heading: bool, state: ArticleState, ctx: Context
) -> tuple[list[Statement], list[VoiceRow], ArticleState]:
    """Statements and per-sentence voices of one passage, and the state after it."""
    quotes = quote_spans(text, ctx.scare_max_words)
    if is_heading:
        state = replace(state, continuing="", pending=None, since=99)
    sentences, by_sentence = [], []
    for index, (s0, s1) in enumerate(sentence_spans(text)):
        sent = Sentence(position, index, s0, s1, text[s0:s1])
        inside = [_clip(q, s0, s1, text) for q in quotes if q.start < s1 and q.end > s0]
        found, state = annotate_sentence(sent, inside, text, state, ctx)
        sentences.append(sent)
        by_sentence.append(found)
    by_sentence = _closed_by_cue(sentences, by_sentence, quotes, text)
    statements = [st for found in by_sentence for st in found]
    voices = [_voice_row(sent, found) for sent, found in zip(sentences, by_sentence, strict=True)]
    if is_heading:
        state = replace(state, continuing="", pending=None)
    return statements, voices, state


# after a quotation's closing mark: ", sagte X" / "– so X" (a postposed cue)
POSTPOSED = re.compile(r"\s*(?:,|–|-)")


def _closing_speaker(found: list[Statement], sent: Sentence, q: Quote, text: str):
    """The statement whose postposed cue closes quotation ``q`` in ``sent``, if exactly one."""
    cued = [st for st in found if st.rule.startswith("cue:")]
    if len(cued) != 1 or not POSTPOSED.match(text, q.end, sent.end):
        return None
    return cued[0]


def _closed_by_cue(sentences, by_sentence, quotes, text):
    """Sentences of a quotation over several sentences that a postposed cue closes ("„A. B“,
    sagte X.") are X's: ``direct``, cue ``continuation`` (the cue comes after them, so the
    sentence-by-sentence pass found no speaker, or the previous one). Voices round 20."""
    out = list(by_sentence)
    for q in (q for q in quotes if not q.scare):
        inside = [i for i, s in enumerate(sentences) if q.start < s.end and q.end > s.start]
        if len(inside) < 2 or not sentences[inside[-1]].start < q.end <= sentences[inside[-1]].end:
            continue
        closing = _closing_speaker(out[inside[-1]], sentences[inside[-1]], q, text)
        if closing is None:
            continue
        for i in inside[:-1]:
            if any(st.rule.startswith("cue:") for st in out[i]):
                continue  # a sentence with its own cue keeps its speaker
            sent = sentences[i]
            quoted = text[max(q.inner_start, sent.start) : min(q.inner_end, sent.end)]
            out[i] = [
                replace(
                    closing,
                    sentence_index=sent.index,
                    kind="direct",
                    cue="continuation",
                    speaker="",
                    text=quoted.strip(),
                    start=sent.start,
                    end=sent.end,
                    rule="continuation:closed_by_cue",
                )
            ]
    return out


def _clip(q: Quote, s0: int, s1: int, text: str) -> Quote:
    """A quotation cut to one sentence (a quotation may span several sentences)."""
    if q.start >= s0 and q.end <= s1:
        return q
    start, end = max(q.start, s0), min(q.end, s1)
    inner0, inner1 = max(q.inner_start, s0), min(q.inner_end, s1)
    return Quote(start, end, inner0, inner1, word_count(text[inner0:inner1]), q.scare)


def _voice_row(sent: Sentence, found: list[Statement]) -> VoiceRow:
    if not found:
        return VoiceRow(sent.position, sent.index, sent.start, sent.end, "narrator", "", "", "")
    st = found[0]
    return VoiceRow(
        sent.position, sent.index, sent.start, sent.end, st.kind, st.speaker_name, st.cue, st.rule
    )


def annotate_article(
    passages: list[tuple[int, str, bool]],
    scare_max_words: int,
    gazetteer: dict | None = None,
    lexicon: CueLexicon | None = None,
):
    """``(voices_rows, statement_rows)`` of one article as lists of dicts, in text order.

    ``passages``: ``(position, text, is_heading)``. ``gazetteer``: optional ``alias → (name,
    group)``; it only maps found names to a group (``unmapped`` otherwise).
    """
    ctx = Context(lexicon or default_cues(), scare_max_words)
    passages = sorted(passages, key=lambda p: p[0])
    texts = [t for _, t, h in passages if not h]
    turns = labelled_turns(texts)
    asker = interviewer_label(turns)
    state = ArticleState(
        turns=turn_format(turns, asker),
        guest=interviewee(texts),
        marked=any(not q.scare for _, t, _ in passages for q in quote_spans(t, scare_max_words)),
        texts=tuple(t for _, t, _ in passages),
    )
    statements, voices = [], []
    for position, text, is_heading in passages:
        found, rows, state = annotate_passage(position, text, is_heading, state, ctx)
        statements += found
        voices += rows
    asker = asker if state.turns == "interview" else ""
    full = defined_abbreviations(state.texts)
    statements = [_spelled_out(st, full) for st in statements]
    statement_rows = [dict(vars(st), group=_group(st, asker, gazetteer)) for st in statements]
    return [dict(vars(_spelled_out(v, full))) for v in voices], statement_rows


def _spelled_out(row, full: dict[str, str]):
    """A statement or voice row whose speaker is an abbreviation the article defines, with the
    full name ("IWF" → "Internet Watch Foundation")."""
    name = full.get(row.speaker_name)
    return replace(row, speaker_name=name) if name else row


def _group(st: Statement, asker: str, gazetteer: dict | None) -> str:
    """The interview's questions are the outlet's (``interviewer``); others by the gazetteer."""
    if asker and st.kind == "interview" and st.speaker == asker:
        return INTERVIEWER
    return group_of(st.speaker_name, st.speaker, gazetteer)


def group_of(name: str, mention: str, gazetteer: dict | None) -> str:
    """The group of a speaker from an optional gazetteer (alias → (name, group))."""
    found = actor_of(gazetteer, (mention, name, name.split()[-1] if name else ""))
    return found[1] if found else "unmapped"


def article_voices(
    passages: list[tuple[int, str, bool]],
    scare_max_words: int,
    gazetteer: dict | None = None,
    lexicon: CueLexicon | None = None,
):
    """``(voice rows, statement rows, voice spans)`` of one article: the one judgement of whose
    voice each sentence and quotation is, with reported speech split by mood
    (:func:`refine_voice`). Every layer's voices come from here."""
    voices, statements = annotate_article(passages, scare_max_words, gazetteer, lexicon)
    texts = {p: t for p, t, _ in passages}
    voices = [
        dict(v, voice=refine_voice(v, texts[v["position"]][v["start"] : v["end"]], lexicon))
        for v in voices
    ]
    return voices, statements, spans_of(voices, passages, scare_max_words)


def voice_spans(
    passages: list[tuple[int, str, bool]],
    scare_max_words: int,
    lexicon: CueLexicon | None = None,
) -> list[VoiceSpan]:
    """Spans of an article that are not the narrator's: statements' sentences and quotations."""
    return article_voices(passages, scare_max_words, None, lexicon)[2]


def voice_lookup(spans: list[VoiceSpan], position: int):
    """``voice_of(offset) -> (voice, speaker)`` for one passage of an article's spans."""

    def voice_of(offset: int) -> tuple[str, str]:
        span = voice_at(spans, position, offset)
        return span.voice, span.speaker_name

    return voice_of


def passage_voice_of(text: str, scare_max_words: int):
    """:func:`voice_lookup` of a text read as an article of one passage (a rule file's
    example), as the stance stage reads an article's voices."""
    return voice_lookup(voice_spans([(0, text, False)], scare_max_words), 0)


def spans_of(voices: list[dict], passages, scare_max_words: int) -> list[VoiceSpan]:
    """Voice spans from an article's voice rows (no second annotation) plus its quotations."""
    texts = {p: t for p, t, _ in passages}
    spans = [
        VoiceSpan(v["position"], v["start"], v["end"], v["voice"], v["speaker_name"])
        for v in voices
        if v["voice"] != "narrator"
    ]
    for position, text in texts.items():
        for q in quote_spans(text, scare_max_words):
            spans.append(VoiceSpan(position, q.start, q.end, "scare" if q.scare else "direct", ""))
    return sorted(spans, key=lambda s: (s.position, s.start, -s.end))


def voice_at(spans: list[VoiceSpan], position: int, offset: int) -> VoiceSpan:
    """Whose voice a character offset of a passage is: the innermost span, else the narrator."""
    inside = [s for s in spans if s.position == position and s.start <= offset < s.end]
    if not inside:
        return VoiceSpan(position, offset, offset, "narrator", "")
    return min(inside, key=lambda s: s.end - s.start)


LABEL_ASCRIBED = re.compile(r"(?i)^bezeichne")


def refine_voice(row: dict, sentence: str, lexicon: CueLexicon | None = None) -> str:
    """``reported`` speech split by mood, the distinction the stance codebook (v2 D1) draws.

    ``paraphrase``: an attributed statement in the indicative ("meldete Müller die
    Befreiung", "Laut X wurden … besetzten Gebiete"): the words are the narrator's choice.
    ``reported``: Konjunktiv reported speech ("sei gescheitert, sagte Putin") or a label ascribed
    with "bezeichnete … als". Every other voice is returned unchanged.
    """
    if row["voice"] != "reported":
        return row["voice"]
    if "konjunktiv" in row["rule"] or LABEL_ASCRIBED.match(row["cue"] or ""):
        return "reported"
    by_category = (lexicon or default_cues()).by_category
    mood = by_category["konjunktiv1"].search(sentence) or by_category["konjunktiv2"].search(
        sentence
    )
    return "reported" if mood else "paraphrase"
