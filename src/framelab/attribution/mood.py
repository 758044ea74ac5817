"""Konjunktiv I of any verb, beyond the lexicon's list of common forms.

German reported speech puts the verb in Konjunktiv I; its third person singular is the stem
plus ``-e`` ("Die Novelle verstoße gegen EU-Recht", "Den Vorschlag lehne die FPÖ ab"), where the
indicative has ``-t``. A lower-case word ending in ``-e`` whose lemma is that word plus ``-n``
(the infinitive) is such a form, unless the clause has a first person singular subject ("ich
treffe"), the one indicative that looks the same. Adjectives ("große" → "groß") and pronouns
("keine" → "kein") have other lemmas, nouns are capitalised; an adjective whose lemma is also a
verb ("die faule Ausrede", "natürlich runde Form") is skipped after a determiner or before a
noun. Added in voices round 5.

Round 18: a demonstrative "das"/"dies" that is the subject ("Das berge ein gewisses Maß an
Zynismus", "All das deute darauf hin") is not a determiner when no noun follows the verb form;
verbs in ``-ern``/``-eln`` form theirs as stem plus ``-e`` ("verunsichere" → "verunsichern").

Round 80: also with the stem's ``-e-`` dropped ("bedaure" → "bedauern", "wechsle" →
"wechseln"), and "danke"/"bitte" after a subject pronoun ("Man danke den Helfern").
"""

from __future__ import annotations

import re

from framelab import text as textlib

ENDING_E = re.compile(r"(?<![\w-])([a-zäöüß]{3,}e)(?![\w-])")
BEFORE_NOUN = re.compile(r"\s+[A-ZÄÖÜ][a-zäöüß]")  # "natürlich runde Form": an adjective
FIRST_SINGULAR = re.compile(r"(?<!\w)[Ii]ch(?!\w)")
NOT_VERBS = frozenset({"bitte", "danke"})  # interjections with a verb lemma
# ... unless a subject stands right before them ("Man danke …", "Er bitte um …"; round 80)
SUBJECT_BEFORE = re.compile(r"(?i)(?<!\w)(?:man|er|sie|es)\s+$")
# a demonstrative subject right before the form: "das" at the clause start or after "all"
PRONOUN_SUBJECT = re.compile(r"(?i)(?:^|[,:;–]\s*|\b(?:und|aber|all|doch)\s+)(?:das|dies)\s+$")
# an adjective after a determiner or degree word ("die faule Ausrede", "eine tolle Idee")
ATTRIBUTIVE = re.compile(
    r"(?i)(?<!\w)(?:der|die|das|den|dem|des|ein|eine|einer|eines|einem|einen|kein\w*|mein\w*|"
    r"dein\w*|sein\w*|ihr\w*|unser\w*|euer\w*|diese\w*|jene\w*|jede\w*|welche\w*|sehr|so|"
    r"ganz|recht|besonders)\s+$"
)


def konjunktiv_i_form(text: str) -> str:
    """The first Konjunktiv I form (third person singular) of any verb in ``text``, or ""."""
    if FIRST_SINGULAR.search(text):
        return ""
    for m in ENDING_E.finditer(text):
        word = m.group(1)
        subject = bool(SUBJECT_BEFORE.search(text[: m.start()]))  # "Man danke …": a verb
        if not subject and (word in NOT_VERBS or BEFORE_NOUN.match(text, m.end())):
            continue
        if not subject and _determiner_before(text, m.start()):
            continue
        if textlib.lemma(word) in _infinitives(word):
            return word
    return ""


def _determiner_before(text: str, start: int) -> bool:
    """A determiner or degree word before the form, not a demonstrative subject ("Das berge")."""
    before = text[:start]
    return bool(ATTRIBUTIVE.search(before)) and not PRONOUN_SUBJECT.search(before)


def _infinitives(word: str) -> tuple[str, ...]:
    """The infinitives a third person Konjunktiv I form ending in ``-e`` may belong to:
    "verstoße" → "verstoßen"; "verunsichere" → "verunsichern", "wechsele" → "wechseln"."""
    if word.endswith(("ere", "ele")):
        return (word + "n", word[:-1] + "n")
    if word.endswith(("re", "le")):  # the stem's -e- dropped: "bedaure" → "bedauern" (round 80)
        return (word + "n", word[:-2] + "e" + word[-2] + "n")
    return (word + "n",)
