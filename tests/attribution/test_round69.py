"""Voices round 69 (tuned on the gold and the readers' judgements of `fang1`–`fang36`; `fang37`
and `fang38` held out): a bare body named as the article names it once in full, also by a
genitive or an adjective name after its head ("Verband der deutschen Automobilindustrie",
"Verband Deutscher Verkehrsunternehmen", "Universität der Bundeswehr"); and the subject after a
verb of saying whose fronted phrase is a thing ("Einbußen meldete Philips")."""

import pytest

from framelab.attribution.institution_names import full_institution

from .statements import rows

CASES = [
    (
        ("Einbußen meldete Philips dagegen im Geschäft mit Konsumentenprodukten.",),
        [(0, "reported", "meldete", "Philips")],
    ),  # before: "Einbußen", the fronted object
    (
        (
            "Die Anschaffungskosten für eine seiner Drohnen beziffert das Unternehmen auf einen "
            "fünfstelligen Betrag.",
        ),
        [(0, "reported", "beziffert", "Unternehmen")],
    ),
    (
        ("Der CDU-Wirtschaftsrat kritisiert die Bundesregierung scharf.",),
        [(0, "reported", "kritisiert", "CDU-Wirtschaftsrat")],
    ),  # a body before the verb stays the speaker, not the object after it
]


@pytest.mark.parametrize(("passages", "expected"), CASES)
def test_round69_statements(passages, expected):
    assert rows(*passages) == expected


@pytest.mark.parametrize(
    ("noun", "text", "expected"),
    [
        (
            "Verband",
            "Die Präsidentin des Verbandes der deutschen Automobilindustrie, Hildegard Müller, "
            "sagte das.",
            "Verband der deutschen Automobilindustrie",
        ),
        (
            "Verband",
            "Das sagt Oliver Wolff, Hauptgeschäftsführer des Verbandes Deutscher "
            "Verkehrsunternehmen (VDV).",
            "Verband Deutscher Verkehrsunternehmen",
        ),
        (
            "Gerichtshof",
            "Der Europäische Gerichtshof (EuGH) hat gewarnt.",
            "Europäische Gerichtshof",
        ),
        (
            "Universität",
            "An der Universität der Bundeswehr in Neubiberg nähen Studierende Masken.",
            "Universität der Bundeswehr",
        ),
        ("Verband", "Das sei gut, sagte der Verband der Zeitung.", "Verband"),  # whom it told
        ("Luftfahrtbehörde", "Das teilte die Luftfahrtbehörde des Landes mit.", "Luftfahrtbehörde"),
    ],
)
def test_full_institution_by_genitive_or_adjective_name(noun, text, expected):
    assert full_institution(noun, (text,)) == expected
