"""Tokens with part-of-speech tags from HanTa (German model shipped in the package).

The tagger is loaded once per process, lazily, and only called for sentences that have a cue.
Only the tags are asked for (no lemmas). HanTa's analysis of a word the model does not list is
done by :class:`~framelab.attribution.hanta_forward.ForwardAnalyser` (same result, fewer
steps) and memoised per process: both are pure functions of the word, so results do not change.
Its search over a sentence is :class:`~framelab.attribution.hanta_viterbi.ViterbiTagger`
(same tags, only the transitions to a word's candidate tags visited).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

# "26." is an ordinal; "15,5" and "1.000" are one number (round 24: the comma of "15,5 Millionen"
# split the clause)
# a middle initial keeps its full stop ("Steve H. Hanke", "George W. Bush": voices round 45)
TOKEN = re.compile(
    r"\d+(?:,\d+)+|\d{1,2}\.(?=\s+\w)|(?<![\w.])[A-ZÄÖÜ]\.(?=\s[A-ZÄÖÜ][a-zäöüß])"
    r"|\w+(?:[-.'’′ʼ]\w+)*|[^\w\s]"
)


@dataclass(frozen=True)
class Tok:
    text: str
    start: int
    end: int
    tag: str


# finite verb tags (the speaker finder's too)
FINITE = frozenset({"VV(FIN)", "VA(FIN)", "VM(FIN)"})

WORD_CACHE = 200_000  # analysed unknown words kept per process (a few hundred bytes each)


@lru_cache(maxsize=1)
def tagger():
    """The HanTa German tagger (loaded on first use)."""
    from HanTa import HanoverTagger

    from framelab.attribution.hanta_forward import ForwardAnalyser
    from framelab.attribution.hanta_viterbi import ViterbiTagger, transition_order

    model = HanoverTagger.HanoverTagger("morphmodel_ger.pgz")
    model.analyze_forward = lru_cache(maxsize=WORD_CACHE)(ForwardAnalyser(model))
    if transition_order(model) is not None:  # else HanTa's own search
        model.tag_sent_viterbi = ViterbiTagger(model, WORD_CACHE)
    return model


# the link of an embedded post ("https://t.co/Gt1mhQHoji", "pic.twitter.com/b8UnP8azAM"): no
# words, and never a speaker (voices round 34: "t.co" became the subject of the next sentence)
LINK = re.compile(r"(?:https?://|pic\.twitter\.com/)\S+")


@lru_cache(maxsize=20_000)
def tag(text: str) -> tuple[Tok, ...]:
    """Tagged tokens of a sentence with their character offsets (cached per sentence); links
    are left out (:data:`LINK`), and so is the full stop of an academic title ("Dr. Günther
    Beckstein": the stop ended the phrase at "Dr"; voices round 42)."""
    text = LINK.sub(lambda m: " " * len(m.group()), text)
    matches = _without_title_stops(list(TOKEN.finditer(text)))
    if not matches:
        return ()
    words = [m.group() for m in matches]
    tags = tagger().tag_sent(words, taglevel=0)
    pairs = enumerate(zip(words, tags, strict=True))
    tags = [_retag(w, t, words[i - 1] if i else "") for i, (w, t) in pairs]
    tags = [_name_at_end(words, tags, i) for i in range(len(words))]
    tags = _names_read_as_verbs(words, tags)
    tags = _names_after_given(words, _name_particles(words, tags))
    return tuple(Tok(m.group(), m.start(), m.end(), t) for m, t in zip(matches, tags, strict=True))


def _names_read_as_verbs(words: list[str], tags: list[str]) -> list[str]:
    """A capitalised word inside a sentence that the tagger calls a verb is a name when a name
    comes before it ("sagte Greg Abbott") or a capitalised word after it ("Bundestrainer Henk
    Groener"; that word keeps its tag: "sagte Wendt Journalisten"); not "Mal Gucken was …",
    "Voraussetzungen Vergleicht man". Voices round 51. So is one right after a finite verb
    ("sagte Fasel", "hatte Fasel gesagt": the surname read as the imperative of "faseln");
    voices round 53."""
    out = list(tags)
    for i in range(1, len(words)):
        word, after = words[i], words[i + 1] if i + 1 < len(words) else ""
        if not (tags[i].startswith("V") and word[:1].isupper() and word.isalpha()):
            continue
        if not words[i - 1][:1].isalpha():
            continue  # a sentence or quotation opens here
        after_name = tags[i - 1] == "NE" or (after[:1].isupper() and after.isalpha())
        if after_name or tags[i - 1] in FINITE:
            out[i] = "NE"
    return out


# "Osama bin Laden", "Latifa bint Muhammad": the tagger reads "bin" as a verb ("ich bin")
NAME_LINK_WORDS = frozenset({"bin", "bint", "ibn"})


def _name_particles(words: list[str], tags: list[str]) -> list[str]:
    """A name particle between two capitalised words and those words are one name (NE).
    Voices round 46."""
    out = list(tags)
    for i in range(1, len(words) - 1):
        if (
            words[i] in NAME_LINK_WORDS
            and words[i - 1][:1].isupper()
            and words[i + 1][:1].isupper()
        ):
            out[i - 1] = out[i] = out[i + 1] = "NE"
    return out


# capitalised only: "was er nicht mag." ends with the verb "mag"
TITLE_ABBREVIATIONS = frozenset({"Dr", "Prof", "Mag", "Ing", "Dipl", "DDr", "MMag", "Mr", "Mrs"})


def _without_title_stops(matches: list[re.Match]) -> list[re.Match]:
    """The tokens without the full stop right after an abbreviated academic title."""
    return [
        m
        for i, m in enumerate(matches)
        if not (
            m.group() == "."
            and i
            and matches[i - 1].group() in TITLE_ABBREVIATIONS
            and matches[i - 1].end() == m.start()
        )
    ]


def _names_after_given(words: list[str], tags: list[str]) -> list[str]:
    """Around a known given name (:mod:`~framelab.attribution.persons`): the capitalised word
    after it is the surname, whatever the tagger calls it ("Michael Schrittwieser" NN,
    "Thorsten Fink" FM); a hyphenated compound before it that the tagger calls a name is the
    person's role ("Kapfenberg-Coach Michael …", NE), unless it is a given name itself
    ("Hans-Peter"). Voices round 39 (found on Sport)."""
    from framelab.attribution.persons import default_names, is_given

    gender = default_names().gender
    out = list(tags)
    for i, word in enumerate(words):
        initial = INITIAL.fullmatch(word) and tags[i] == "NE"  # "Steve H. Hanke" (round 45)
        if tags[i] != "NE" or not (initial or is_given(word, gender)):
            continue
        after = words[i + 1] if i + 1 < len(words) else ""
        if after.isalpha() and after[:1].isupper() and tags[i + 1] in {"NN", "FM", "ADJ(A)"}:
            out[i + 1] = "NE"
        if i and "-" in words[i - 1] and tags[i - 1] == "NE" and not is_given(words[i - 1], gender):
            out[i - 1] = "NN"
        for k in _english_role_before(words, i):
            out[k] = "NN"
    return out


# English job titles in German news ("Admira General Manager Alexander Friedl", "Head Coach
# Peter Stöger"): the tagger reads their words as names or foreign words. A title ends in one
# of the heads and may start with the modifiers. Voices round 41 (found on Sport).
ENGLISH_ROLE_HEADS = frozenset(
    """Manager Coach Officer Director President Chairman Chairwoman Principal Founder
    Co-Founder Editor Producer Designer Developer Engineer Analyst Consultant Strategist
    Scientist Researcher Lead CEO CFO COO CTO""".split()  # noqa: SIM905
)
ENGLISH_ROLE_MODIFIERS = frozenset(
    """General Head Chief Executive Managing Sporting Technical Creative Sales Marketing
    Operating Financial Technology Vice Senior Junior Team Assistant Associate Deputy Product
    Project Art Music Research Data Security Communications Development""".split()  # noqa: SIM905
)


def _english_role_before(words: list[str], i: int) -> list[int]:
    """The positions of an English job title right before position ``i`` (a given name)."""
    if not i or words[i - 1] not in ENGLISH_ROLE_HEADS:
        return []
    k = i - 1
    while k and words[k - 1] in ENGLISH_ROLE_MODIFIERS | ENGLISH_ROLE_HEADS:
        k -= 1
    return list(range(k, i))


def _name_at_end(words: list[str], tags: list[str], i: int) -> str:
    """A capitalised "adjective" inside the sentence with no noun after it is a surname ("…, so
    Salzburger.") or, after an article, a description ("meinte der Wiener", the man from
    Vienna); not "Salzburger Festspiele". HanTa reads place adjectives in -er first. Voices
    round 27."""
    before = words[i - 1] if i else ""
    last = i + 1 == len(words) or not words[i + 1][:1].isalnum()
    if tags[i] == "ADJ(A)" and words[i][:1].isupper() and before[:1].isalpha() and last:
        return "NN" if before.lower() in ARTICLES else "NE"
    return tags[i]


ARTICLES = frozenset({"der", "die", "das", "des", "dem", "den", "ein", "eine", "einem", "einen"})


# a web address standing for its outlet ("t-online.de", "derstandard.at", "golem.de"); not the
# link of an embedded post ("pic.twitter.com")
DOMAIN = re.compile(r"(?!pic\.)[a-zäöü0-9][\w-]*(?:\.[\w-]+)*\.(?:de|at|ch|com|org|net|eu|info)")


def _retag(word: str, tag_: str, before: str = "") -> str:
    """HanTa's tag, with eight repairs: :func:`_punctuation`; a capitalised word of letters it
    calls a non-word ("XY", as for the given name "Kat" in "die Archäologin Kat Szabo") is a
    proper noun, so the name stays in its noun phrase (voices round 14); a capitalised
    adverbial adjective after a word ("so Kurz im Gespräch": German adjectives are lower-case
    inside a sentence) is a surname (voices round 17); a web address ("Wie t-online.de
    berichtet", tagged an adjective) is a proper noun, the outlet (voices round 22); so is a
    capitalised double name it calls an adverbial adjective (:data:`DOUBLE_NAME`); the dot
    after an abbreviation is no sentence boundary (voices round 24); a capitalised age
    ("34-Jährige", :data:`AGE_NOUN`) is a noun (voices round 39), and so is a compound after a
    brand in lower case (:data:`LOWER_COMPOUND`, voices round 81)."""
    if (tag_ == "XY" and word[:1].isupper() and word.isalpha()) or DOMAIN.fullmatch(word):
        return "NE"
    if tag_ == "ADJ(D)" and word[:1].isupper() and word.isalpha() and before[:1].isalpha():
        return "NE"
    if tag_ == "ADJ(D)" and DOUBLE_NAME.fullmatch(word):
        return "NE"  # "Mikl-Leitner erklärte, …" at a sentence's start (voices round 35)
    if tag_.startswith("ADJ") and AGE_NOUN.fullmatch(word):
        return "NN"  # "sagte der 34-Jährige": capitalised, a noun (voices round 39)
    if tag_.startswith("ADJ") and LOWER_COMPOUND.fullmatch(word):
        return "NN"  # "der iPhone-Hersteller", "die eBay-Tochter" (voices round 81)
    if INITIAL.fullmatch(word) and before[:1].isupper():
        return "NE"  # "Steve H. Hanke": the initial is part of the name (voices round 45)
    if word == "." and before in ABBREVIATIONS:
        return "$("  # "58 Mio. Euro": no clause ends here
    return _punctuation(word, tag_)


INITIAL = re.compile(r"[A-ZÄÖÜ]\.")
# a double surname ("Mikl-Leitner", "Sery-Froschauer"), which HanTa tags an adverbial adjective
DOUBLE_NAME = re.compile(r"[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)+")


# a compound noun whose first part is a brand written in lower case ("iPhone-Hersteller",
# "eBay-Tochter"): its head is a capitalised noun, so the word is one too
LOWER_COMPOUND = re.compile(r"[a-zäöü]+[A-ZÄÖÜ][\w]*-[A-ZÄÖÜ][a-zäöüß]+")


# a person by age ("der 34-Jährige", "die 27-Jährigen"); the adjective is lower-case ("34-jährige")
AGE_NOUN = re.compile(r"\d+-Jährige[mnrs]?")


# abbreviations news writes inside a sentence (the sentence splitter does not end a sentence there)
ABBREVIATIONS = frozenset(
    "Mio Mrd Mill Tsd Nr bzw ca Dr Prof St Abs vgl inkl exkl evtl ggf Jh usw etc".split()  # noqa: SIM905
)


def _punctuation(word: str, tag_: str) -> str:
    """HanTa tags a dash it does not know („–“) as foreign material ("FM"), which would join the
    words on both sides into one noun phrase ("Wien – ÖGB-Präsident Erich Foglar"): a token
    without letters or digits is punctuation ("$(")."""
    return "$(" if tag_ == "FM" and not any(c.isalnum() for c in word) else tag_
