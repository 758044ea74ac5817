"""Voices round 55 (tuned on the FANG-COVID sets `fang1` to `fang6` and all other gold; `fang7`
and `fang8` held out): an outlet in the dative opening the sentence is not the speaker ("Der
Schwäbischen Zeitung sagte Kauder"), nor an outlet after the speaker ("der SPD-Politiker der Bild
am Sonntag"); an article and a role coordinated with a named role give the name; an oblique
institution ("nach Angaben des Amtes") and a spokesperson of a described institution ("eine
Sprecherin der Behörde") take the institution an earlier sentence named; a bare "hieß es" right
after an institution's statement is the institution's; a definite role right after a described
speaker with that role ("ein Polizeisprecher" … "der Sprecher") is that speaker."""

import pytest

from .statements import rows

CASES = [
    (
        'Der Schwäbischen Zeitung sagte Kauder: "Die Zustände sind nicht vereinbar."',
        [(0, "direct", "sagte", "Kauder")],
    ),  # before: "Schwäbischen Zeitung"
    (
        "Dem Spiegel sagte Merkel, die Lage sei ernst.",
        [(0, "reported", "sagte", "Merkel")],
    ),
    (
        "Außenminister Heiko Maas war in Berlin. So sagte der SPD-Politiker der Bild am Sonntag: "
        '"Wir sollten schon jetzt arbeiten."',
        [(1, "reported", "sagte", "Heiko Maas")],
    ),  # before: "SPD-Politiker Bild"
    (
        "Die Aktivistin und Journalistin Pragya Agarwal teilte das Bild und kritisierte: "
        '"Wer hat das gemacht?"',
        [(0, "reported", "kritisierte", "Pragya Agarwal")],
    ),  # before: "Aktivistin"
    (
        "Das geht aus einer Mitteilung des Statistischen Bundesamtes hervor. Dieser Rückgang ist "
        "nach Angaben des Amtes die stärkste Abnahme.",
        [
            (0, "reported", "geht … hervor", "Statistischen Bundesamtes"),  # round 58: the owner
            (1, "reported", "nach Angaben", "Statistische Bundesamt"),  # round 59: in full
        ],
    ),  # before: "Amtes"
    (
        "Die Europäische Arzneimittelbehörde EMA prüft den Impfstoff. Sie gehe weiterhin vom "
        "29. Dezember aus, sagte eine Sprecherin der Behörde.",
        [(1, "reported", "sagte", "Sprecherin EMA")],
    ),  # before: "Sprecherin Behörde"
    (
        "Das Statistische Bundesamt meldete einen Rückgang. Die Löhne seien gesunken, hieß es.",
        [
            (0, "reported", "meldete", "Statistische Bundesamt"),
            (1, "reported", "hieß es", "Statistische Bundesamt"),
        ],
    ),  # before: "unnamed source"
    (
        "Der Kochbuchautor Attila Hildmann bedroht Prominente. „Es wird nicht weniger“, sagt ein "
        "Polizeisprecher. „Doch das nimmt keinen Druck raus“, sagte der Sprecher.",
        [(1, "direct", "sagt", "Polizeisprecher"), (2, "direct", "sagte", "Polizeisprecher")],
    ),  # before: "Attila Hildmann"
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=range(len(CASES)))
def test_round55_statements(text, expected):
    assert rows(text) == expected


def test_a_masculine_outlet_opening_the_sentence_is_still_the_subject():
    assert rows("Der Spiegel berichtete, die Lage sei ernst.") == [
        (0, "reported", "berichtete", "Spiegel")
    ]


def test_hiess_es_after_a_person_stays_an_unnamed_source():
    found = rows("Merkel sagte, die Lage sei ernst. Man prüfe alles, hieß es.")
    assert found[-1] == (1, "reported", "hieß es", "unnamed source")


def test_an_oblique_document_still_takes_no_compound():
    found = rows("Der Verfassungsschutzbericht liegt vor. Laut des Berichts steigt die Zahl.")
    assert found == [(1, "reported", "Laut", "Berichts")]
