"""Voices round 67 (tuned on the gold and the readers' judgements of `fang1`–`fang32`; `fang33`
and `fang34` held out): a bare local authority the article never names in full takes the town
or district the article has placed the story in ("Polizei" → "Polizei Berlin", "Landratsamt"
→ "Landratsamt Ebersberg"), and a bare state body takes the state adjective the article gives
it ("die britische Regierung") or the last state it names ("Gesundheitsministerium
(Kolumbien)")."""

import pytest

from framelab.attribution.local_bodies import body_of_place

from .statements import rows

CASES = [
    (
        (
            "Bei Protesten in Berlin sind Einsatzkräfte angegriffen worden. Es habe 365 "
            "Festnahmen gegeben, teilte die Polizei mit.",
        ),
        [(1, "reported", "teilte … mit", "Polizei Berlin")],
    ),  # before: "Polizei"
    (
        (
            "Die Zahl der Infektionen im Landkreis Ebersberg steigt. Der Patient werde beatmet, "
            "teilte das Landratsamt mit.",
        ),
        [(1, "reported", "teilte … mit", "Landratsamt Ebersberg")],
    ),  # a district body takes the district, not a town
    (
        (
            "In Stuttgart demonstrierten 500 Menschen. Es sei friedlich geblieben, teilte die "
            "Polizei mit. In Dortmund kamen 300 Menschen. Die Lage sei ruhig, sagte die Polizei.",
        ),
        [
            (1, "reported", "teilte … mit", "Polizei Stuttgart"),
            (3, "reported", "sagte", "Polizei Dortmund"),
        ],
    ),  # a report from several towns: each town's own police
    (
        (
            "In Kolumbien stieg die Zahl der Toten. Es seien 206 Todesfälle gewesen, wie das "
            "Gesundheitsministerium mitteilte.",
        ),
        [(1, "reported", "mitteilte", "Gesundheitsministerium (Kolumbien)")],
    ),  # a state body takes the state
    (
        (
            "Die britische Regierung lockert die Regeln. Die Liste werde heute veröffentlicht, "
            "teilte die Regierung mit.",
        ),
        [(1, "reported", "teilte … mit", "britische Regierung")],
    ),  # the article's own adjective first
    (
        ("Es habe keine Verletzten gegeben, teilte die Polizei mit.",),
        [(0, "reported", "teilte … mit", "Polizei")],
    ),  # no town named: the body stays bare
]


@pytest.mark.parametrize(("passages", "expected"), CASES, ids=range(len(CASES)))
def test_round67_statements(passages, expected):
    assert rows(*passages) == expected


STATES = frozenset({"Deutschland", "Österreich", "Spanien"})


@pytest.mark.parametrize(
    ("name", "sentences", "expected"),
    [
        ("Polizei", ("Die Demonstration in Tel Aviv wurde aufgelöst.",), "Polizei Tel Aviv"),
        ("Stadt", ("Die Feier in Frankfurt am Main fiel aus.",), "Stadt Frankfurt am Main"),
        (
            "Staatsanwaltschaft",
            ("Der Prozess in London am Donnerstag.",),
            "Staatsanwaltschaft London",
        ),
        ("Polizei", ("Die Polizei in Moskau nahm 50 Menschen fest.",), "Polizei Moskau"),
        ("Stadt", ("Das Treffen in Frankreich fiel aus.",), "Stadt"),  # a state is no town
        ("Stadt", ("Die Fraktion aus SPD und Linken protestierte.",), "Stadt"),  # an abbreviation
        ("Polizei", ("Die Feier in Bayern fiel aus.",), "Polizei"),  # a region is no town
        (
            "Landratsamts",
            ("Auch im Landkreis Fürstenfeldbruck ist das so.",),
            "Landratsamt Fürstenfeldbruck",
        ),
        ("Innenministerium", ("Im Burgenland stieg die Zahl.",), "Innenministerium"),
        (
            "Regierung",
            ("In Spanien gibt es das nicht. Die Ferien beginnen.",),
            "Regierung (Spanien)",
        ),
        ("Bundesamt", ("Die Messe in Berlin fiel aus.",), "Bundesamt"),  # no local body
    ],
)
def test_body_of_place(name, sentences, expected):
    assert body_of_place(name, sentences, STATES) == expected
