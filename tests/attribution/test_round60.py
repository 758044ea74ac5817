"""Voices round 60 (tuned on the readers' judgements of `fang5`–`fang18` and the FANG-COVID
gold `fang1`–`fang18`; `fang19` and `fang20` held out, judged by readers): a definite
description names its antecedent, a district's office its district, a spokesperson their
institution."""

import pytest

from framelab.attribution.antecedents import named_antecedent

from .statements import rows

CASES = [
    (
        "Die Tabaksteuer stieg, wie das Statistische Bundesamt in Wiesbaden mitteilte. "
        "Pfeifentabak legte zu, wie das Amt erläuterte.",
        [
            (0, "reported", "mitteilte", "Statistische Bundesamt"),
            (1, "reported", "erläuterte", "Statistische Bundesamt"),
        ],
    ),  # before: "Amt" in the second sentence
    (
        "Im Landkreis Erding gibt es 28 neue Fälle. Die Zahl steige weiter, teilte das "
        "Landratsamt mit.",
        [(1, "reported", "teilte … mit", "Landratsamt Erding")],
    ),  # before: "Landratsamt"
    (
        "Die Berliner Polizei bereitet sich vor. Eine Polizeisprecherin sagte, es werde noch "
        "geprüft.",
        [(1, "reported", "sagte", "Polizeisprecherin (Berliner Polizei)")],
    ),  # before: "Polizeisprecherin"
    (
        "Die Schulen im Bezirk Neukölln bleiben offen. Kontrollen seien geplant, sagte ein "
        "Sprecher des Bezirksamtes.",
        [(1, "reported", "sagte", "Sprecher (Bezirksamt Neukölln)")],
    ),  # before: "Sprecher Bezirksamtes"
    (
        "Das Oberverwaltungsgericht hat den Lockdown beendet. Das Gericht fordert, genauer "
        "hinzusehen.",
        [(1, "reported", "fordert", "Oberverwaltungsgericht")],
    ),  # before: "Gericht"
    (
        "Das Bundesinnenministerium und das Bundesfinanzministerium gaben Geld aus. Die "
        "Ausgaben seien vorübergehend, sagte ein Ministeriumssprecher.",
        [(1, "reported", "sagte", "Ministeriumssprecher")],
    ),  # two ministries named: which one speaks is not told
    (
        "Die Polizei Berlin und die Polizei Potsdam ermitteln. Die Lage sei ruhig, sagte ein "
        "Polizeisprecher.",
        [(1, "reported", "sagte", "Polizeisprecher")],
    ),  # the police of two places
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=range(len(CASES)))
def test_round60_statements(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("name", "text", "named"),
    [
        ("Landratsamtes", "Im Landkreis Freising wurde getestet.", "Landratsamt Freising"),
        (
            "Gerichtssprecherin",
            "Das Verwaltungsgericht München prüft.",
            "Gerichtssprecherin (Verwaltungsgericht München)",
        ),
        ("Ministeriums", "Meldungen an das Finanzministerium summieren sich.", "Finanzministerium"),
        (
            "Polizeisprechers",
            "Die Münchner Polizei zeigte an.",
            "Polizeisprecher (Münchner Polizei)",
        ),
        (
            "Sprecher Senatsverwaltung",
            "Die Senatsverwaltung für Bildung prüft.",
            "Sprecher (Senatsverwaltung für Bildung)",
        ),
    ],
)
def test_a_bare_noun_takes_its_antecedent(name, text, named):
    assert named_antecedent(name, (text,), (text,)) == named


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("Polizei", "Die Berliner Polizei ermittelt."),  # the bare police stay bare (round 59)
        ("Landratsamt", "Der Landkreis Erding und der Landkreis Freising melden Fälle."),
        ("Amt", "Das Gesundheitsamt und das Ordnungsamt prüfen."),
        ("Sprecher", "Das Gesundheitsamt Leipzig prüft."),  # no institution in the name
        ("Robert Koch", "Das Robert Koch-Institut meldet."),  # a person
    ],
)
def test_no_single_antecedent_leaves_the_name(name, text):
    assert named_antecedent(name, (text,), (text,)) == name
