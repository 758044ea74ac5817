"""Voices round 59 (tuned on the readers' judgements of `fang5`–`fang14` and the FANG-COVID
gold `fang1`–`fang14`; `fang15` and `fang16` held out, judged by readers): a bare institution
noun is named as the article names it in full, when the article gives it one full name."""

import pytest

from framelab.attribution.institution_names import full_institution

from .statements import rows

CASES = [
    (
        "Das Ebersberger Landratsamt meldete neue Fälle. Es gebe 20 Infizierte, teilte das "
        "Landratsamt mit.",
        [
            (0, "reported", "meldete", "Ebersberger Landratsamt"),
            (1, "reported", "teilte … mit", "Ebersberger Landratsamt"),
        ],
    ),  # before: "Landratsamt" in the second sentence
    (
        "Das Verwaltungsgericht Berlin hat entschieden. Die Regel sei rechtens, sagte das Gericht.",
        [(1, "reported", "sagte", "Verwaltungsgericht Berlin")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=range(len(CASES)))
def test_round59_statements(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("name", "text", "full"),
    [
        ("Regierung", "Die Regierung von Oberbayern teilte mit.", "Regierung von Oberbayern"),
        ("Bundesamtes", "Wie das Statistische Bundesamt mitteilte.", "Statistische Bundesamt"),
        (
            "Organisation",
            "Die Internationale Organisation für Migration warnte. Die Organisation für "
            "Migration sagte.",
            "Internationale Organisation für Migration",
        ),
        (
            "Instituts",
            "Das Institut für Nationales Gedenken teilte mit.",
            "Institut für Nationales Gedenken",
        ),
        (
            "Gesundheitsamt",
            "Das Gesundheitsamt Maßnahmen ergriffen. Das Gesundheitsamt Leipzig teilte mit.",
            "Gesundheitsamt Leipzig",
        ),
    ],
)
def test_a_bare_institution_takes_its_one_full_name(name, text, full):
    assert full_institution(name, (text,)) == full


@pytest.mark.parametrize(
    ("name", "text"),
    [
        # two full names: which one is meant stays open
        (
            "Landeskriminalamt",
            "Das Hessische Landeskriminalamt und das Bayerische Landeskriminalamt ermitteln.",
        ),
        ("Regierung", "Die Regierung von Premierminister Boris Johnson teilte mit."),  # a role
        ("Ordnungsstadtrat", "Der Ordnungsstadtrat Andy Hehmke sagte das."),  # a person
        ("Polizei", "Die Tiroler Polizei meldete das."),  # the police of many places: no
        ("Regierung", "Die Regierung hat entschieden."),  # no full name given
        ("Anna Müller", "Die Anna Müller sagte das."),  # not one institution noun
    ],
)
def test_a_bare_institution_stays_without_one_full_name(name, text):
    assert full_institution(name, (text,)) == name
