"""Konjunktiv I of any verb, beyond the lexicon's list of common forms.

German reported speech puts the verb in Konjunktiv I; its third person singular is the stem
plus ``-e`` ("Die Novelle verstoße gegen EU-Recht", "Den Vorschlag lehne die FPÖ ab"), where the
indicative has ``-t``. A lower-case word ending in ``-e`` whose lemma is that word plus ``-n``
(the infinitive) is such a form, unless the clause has a first person singular subject ("ich
treffe"), the one indicative that looks the same. Adjectives ("große" → "groß") and pronouns
("keine" → "kein") have other lemmas, nouns are capitalised; an adjective whose lemma is also a
verb ("die faule Ausrede", "natürlich runde Form") is skipped after a determiner or before a
noun. Added in voices round 5.
"""

from __future__ import annotations

import re

from framelab import text as textlib

ENDING_E = re.compile(r"(?<![\w-])([a-zäöüß]{3,}e)(?![\w-])")
BEFORE_NOUN = re.compile(r"\s+[A-ZÄÖÜ][a-zäöüß]")  # "natürlich runde Form": an adjective
FIRST_SINGULAR = re.compile(r"(?<!\w)[Ii]ch(?!\w)")
NOT_VERBS = frozenset({"bitte", "danke"})  # interjections with a verb lemma
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
        if word in NOT_VERBS or ATTRIBUTIVE.search(text, 0, m.start()):
            continue
        if BEFORE_NOUN.match(text, m.end()):
            continue
        if textlib.lemma(word) == word + "n":
            return word
    return ""
