"""Voices round 71 (tuned on the gold and the readers' judgements of `fang1`–`fang40`; `fang41`
and `fang42` held out): a bare "hieß es" takes the body that spoke two sentences before, past
one sentence of the narrator; "laut" with a relative pronoun names the phrase before the comma
("Frank Ulrich Montgomery, laut dem eine zweite Welle kommen werde")."""

import pytest

from .statements import rows

CASES = [
    (
        (
            "Das Statistische Bundesamt meldete einen Rückgang der Preise.",
            "Damit ist das Leben etwas billiger geworden.",
            "Zum Oktober sanken die Preise um 0,8 Prozent, hieß es.",
        ),
        [
            (0, "reported", "meldete", "Statistische Bundesamt"),
            (0, "direct", "hieß es", "Statistische Bundesamt"),
        ],
    ),  # before: "unnamed source"
    (
        (
            "Peter Müller meldete einen Rückgang der Preise.",
            "Damit ist das Leben etwas billiger geworden.",
            "Zum Oktober sanken die Preise um 0,8 Prozent, hieß es.",
        ),
        [(0, "reported", "meldete", "Peter Müller"), (0, "direct", "hieß es", "unnamed source")],
    ),  # after a person's statement it stays an unnamed source (round 55)
    (
        (
            "Das Statistische Bundesamt meldete einen Rückgang der Preise.",
            "Damit ist das Leben etwas billiger geworden.",
            "Das kam überraschend.",
            "Zum Oktober sanken die Preise um 0,8 Prozent, hieß es.",
        ),
        [
            (0, "reported", "meldete", "Statistische Bundesamt"),
            (0, "direct", "hieß es", "unnamed source"),
        ],
    ),  # two sentences of the narrator between: too far
    (
        (
            "Darunter auch Weltärztepräsident Frank Ulrich Montgomery, laut dem eine zweite Welle "
            "mit Sicherheit kommen werde.",
        ),
        [(0, "reported", "laut", "Frank Ulrich Montgomery")],
    ),  # before: "zweite Welle"; reported since round 78 (the content is in Konjunktiv)
    (
        (
            "Die Zeitung beruft sich auf NRW-Innenminister Herbert Reul (CDU), laut dem sich die "
            "Kundgebungen aus Extremisten zusammensetzten.",
        ),
        [(0, "reported", "laut", "Herbert Reul")],  # reported since round 78
    ),  # past the bracket; before: "Kundgebungen"
    (("Laut dem Bericht sei die Lage ernst.",), [(0, "reported", "Laut", "Bericht")]),
]


@pytest.mark.parametrize(("passages", "expected"), CASES)
def test_round71_statements(passages, expected):
    assert rows(*passages) == expected
