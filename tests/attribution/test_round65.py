"""Voices round 65 (tuned on the gold and the readers' judgements of `fang1`–`fang28`; `fang29`
and `fang30` held out): a bare group of researchers or doctors ("die Ärzte", "die Forscher")
takes the one group the article names by its leader ("das Ärzteteam um Mirco Nacoti")."""

import pytest

from framelab.attribution.groups import led_group

from .statements import rows

CASES = [
    (
        (
            "Die Lage sei dramatisch, schreibt das Ärzteteam um Mirco Nacoti, der im Krankenhaus "
            'arbeitet. "Wir brauchen einen Plan", schreiben die Forscher.',
        ),
        [
            (0, "reported", "schreibt", "Ärzteteam um Mirco Nacoti"),
            (1, "direct", "schreiben", "Ärzteteam um Mirco Nacoti"),
        ],
    ),  # before: "Ärzteteam", then "Forscher"
]


@pytest.mark.parametrize(("passages", "expected"), CASES, ids=range(len(CASES)))
def test_round65_statements(passages, expected):
    assert rows(*passages) == expected


@pytest.mark.parametrize(
    ("name", "text", "group"),
    [
        (
            "Autoren",
            "Ein Team um die Forscherin Valentina Puntmann hat das untersucht.",
            "Team um Valentina Puntmann",
        ),
        (
            "Forscher",
            "Forscher um den Virologen Christian Drosten fanden das.",
            "Forscher um Christian Drosten",
        ),
        ("Forscher", "Forscher um Drosten fanden das.", ""),  # no person's full name
        ("Experten", "Ein Team um Mirco Nacoti warnt.", ""),  # not a group noun of the list
        ("Forscher", "Die Stadt um Berlin Mitte wächst.", ""),  # "Stadt" leads no group
        ("Forscher", "Ein Team um Anna Meier und eine Gruppe um Jan Berg.", ""),  # two groups
    ],
)
def test_a_bare_group_takes_the_one_group_named_by_its_leader(name, text, group):
    assert led_group(name, (text,)) == group
