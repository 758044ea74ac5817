"""Voices round 76 (tuned on the gold and the readers' judgements of `fang1`–`fang60`;
`fang61`–`fang64` held out): a quoted name after the cue of a quotation ("„…“, schrieb die
Zeitung „El Mundo“"); a compound source with a linking -s after an institution's head ("laut
Verbandsangaben" → "Verband") and after ", so"; a person's role or a body with the body its
genitive names ("der Bürgermeister der Gemeinde Lauenau", not "Gemeinde Lauenau"); a name whose
last word is an institution in the genitive, in the nominative ("des Robert Koch-Instituts" →
"Robert Koch-Institut"); an extended attribute after "laut" ("laut einem im vergangenen Monat
veröffentlichten Bericht" is no "vergangenen Monat")."""

import pytest

from .statements import rows

CASES = [
    (
        ("„Verdorbenes Ende einer Ära“, schrieb die Zeitung „El Mundo“ am Mittwoch.",),
        [(0, "direct", "schrieb", "El Mundo")],  # direct since round 80
    ),  # before: "Zeitung"
    (
        ("Daran lag es laut Verbandsangaben nicht.",),
        [(0, "reported", "laut", "Verband")],
    ),  # before: "Verbands"
    (
        ("Das liege an der Polizei, so Ministeriumsangaben.",),
        [(0, "reported", "so", "Ministerium")],
    ),  # before: "Ministeriumsangaben"
    (
        ("Der Verbrauch sei gestiegen, erklärt etwa der Bürgermeister der Gemeinde Lauenau.",),
        [(0, "reported", "erklärt", "Bürgermeister der Gemeinde Lauenau")],
    ),  # before: "Gemeinde Lauenau"
    (
        (
            "Die Ständige Impfkommission des Robert Koch-Instituts hat am Donnerstag sechs "
            "Stufen vorgeschlagen.",
        ),
        [(0, "reported", "vorgeschlagen", "Ständige Impfkommission des Robert Koch-Instituts")],
    ),  # before: "Robert Koch-Instituts"
    (
        ("Die Zahl sei gestiegen, sagte der Sprecher des Robert Koch-Instituts.",),
        [(0, "reported", "sagte", "Robert Koch-Institut")],
    ),  # a spokesperson speaks for the body; before: "Robert Koch-Instituts"
    (
        ("Laut einem im vergangenen Monat veröffentlichten Bericht hat die Kommission gekürzt.",),
        [(0, "reported", "Laut", "veröffentlichten Bericht")],
    ),  # before: "vergangenen Monat"
]

# a given name, or two names, after the body name the person; "laut" before a plain phrase
# and a pronoun before a quoted outlet are unchanged
COUNTER_CASES = [
    (
        (
            "„Schon heute zeichnen sich Konflikte ab“, sagte die Bremer Bundestagsabgeordnete "
            "der Grünen Kirsten Kappert-Gonther der Tageszeitung taz.",
        ),
        [(0, "direct", "sagte", "Kirsten Kappert-Gonther")],  # direct since round 80
    ),
    (
        ("Das sei schlimm, sagte der Vorsitzende des Journalisten-Verbands Frank Überall.",),
        [(0, "reported", "sagte", "Frank Überall")],
    ),
    (
        ("Das sei so, versicherte der Vizechef der Präsidialverwaltung Andej Taranow.",),
        [(0, "reported", "versicherte", "Andej Taranow")],
    ),
    (
        ("Laut dem Bericht der Kommission sind die Ausgaben gesunken.",),
        [(0, "reported", "Laut", "Kommission")],
    ),
    (
        ("„Das ist gut“, sagte er der Zeitung „Die Welt“.",),
        [(0, "direct", "sagte", "er")],
    ),
]


# after the round's code review: a "von"/"vom" attribute keeps its agent; the search for the
# attribute's noun stops at a finite verb; no quoted title, show or dative outlet after a longer
# subject; no nominative for a name that is no genitive; a deputy is no spokesperson
REVIEW_CASES = [
    (
        ("Laut den vom Robert Koch-Institut am Montag veröffentlichten Zahlen steigt sie.",),
        [(0, "reported", "Laut", "Robert Koch-Institut")],
    ),
    (
        ("„Das ist schlimm“, sagte der Sänger der Band „Die Toten Hosen“, Campino.",),
        [(0, "direct", "sagte", "Campino")],
    ),
    (
        ("„Das ist schlimm“, sagte die Moderatorin der Sendung „Markus Lanz“.",),
        [(0, "direct", "sagte", "Moderatorin Sendung")],
    ),
    (
        ("„Das ist schlimm“, sagte ein Sprecher der Polizei der Zeitung „Welt“.",),
        [(0, "direct", "sagte", "Sprecher Polizei")],  # the told outlet dropped since round 81
    ),
    (
        ("Laut Sokrates ist das falsch.",),
        [(0, "reported", "Laut", "Sokrates")],
    ),
    (
        ("Das sei falsch, sagte der Chef der Grünen Omid Nouripour.",),
        [(0, "reported", "sagte", "Omid Nouripour")],
    ),
    (
        ("Das sei falsch, sagte ein Arbeitnehmervertreter des Konzerns Volkswagen.",),
        [(0, "reported", "sagte", "Arbeitnehmervertreter des Konzerns Volkswagen")],
    ),
]


@pytest.mark.parametrize(("passages", "expected"), CASES + COUNTER_CASES + REVIEW_CASES)
def test_round76_statements(passages, expected):
    assert rows(*passages) == expected
