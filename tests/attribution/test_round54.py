"""Voices round 54 (tuned on the FANG-COVID sets `fang3` and `fang4` and all other gold; `fang5`
and `fang6` held out): a role description finds the person named with a compound of that role
("der Minister" → "Bundesentwicklungsminister Gerd Müller"), not with another office
("Ministerpräsident"); a role owned by a place or club in the genitive ("Göttingens
Oberbürgermeister", "Dortmunds früherer Trainer") is a description to resolve."""

import pytest

from .statements import rows

CASES = [
    (
        "Bundesentwicklungsminister Gerd Müller (CSU) fordert mehr Beiträge von Milliardären. "
        "Allein Amazon-Chef Jeff Bezos sei um 70 Milliarden Dollar reicher geworden, so der "
        "Minister.",
        [(0, "reported", "fordert", "Gerd Müller"), (1, "reported", "so", "Gerd Müller")],
    ),  # before: "Jeff Bezos", the last person named
    (
        "„Die Spiele waren gut“, sagte Liverpools Trainer Jürgen Klopp. „Das ist genau das, was "
        "wir tun müssen“, sagte Dortmunds früherer Trainer.",
        [(0, "direct", "sagte", "Jürgen Klopp"), (1, "direct", "sagte", "Jürgen Klopp")],
    ),  # before: "Dortmunds früherer Trainer" (the short first quotation reads as reported)
    (
        "Nach Aussage des Oberbürgermeisters Rolf-Georg Köhler sei es zu Verstößen gekommen. "
        "Auch eine Shisha-Bar habe eine Rolle gespielt, so Göttingens Oberbürgermeister weiter.",
        [
            (0, "reported", "Nach Aussage", "Rolf-Georg Köhler"),
            (1, "reported", "so", "Rolf-Georg Köhler"),
        ],
    ),  # before: "Göttingens Oberbürgermeister"
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=range(len(CASES)))
def test_round54_statements(text, expected):
    assert rows(text) == expected


def test_another_office_whose_first_part_is_a_role_is_not_the_role():
    text = (
        "Präsident Recep Tayyip Erdoğan sprach. Ministerpräsident Binali Yıldırım gratulierte. "
        "Der Präsident twitterte, er sei zufrieden."
    )
    last = rows(text)[-1]
    assert last[2] == "twitterte"
    assert last[3].startswith("Recep Tayyip")  # the President, not the Prime Minister
