"""Voices round 75 (tuned on the gold and the readers' judgements of `fang1`–`fang52`;
`fang53`–`fang56` held out): a genitive pronoun opens the prefield's phrase ("Deren
Geschäftsführer, Wolfgang Molitor, bezeichnet …"); a bare abstract noun after "von" is no
passive agent ("zur Einschätzung von Immunität begründet"); data or a document with a participle
attribute speak through their publisher ("von der Johns-Hopkins-Universität veröffentlichten
Daten"); a court keeps its town ("das Verwaltungsgericht in Den Haag")."""

import pytest

from .statements import rows

CASES = [
    (
        (
            "Deren Geschäftsführer, Wolfgang Molitor, bezeichnet die Entscheidung der "
            "Landesregierung als „absolut widersinnig“.",
        ),
        [(0, "direct", "bezeichnet", "Wolfgang Molitor")],
    ),  # before: "Entscheidung Landesregierung"
    (
        (
            "Die Entscheidung wird mit einer nicht ausreichenden Evidenz zur Einschätzung von "
            "Immunität begründet.",
        ),
        [],
    ),  # before: "Immunität" as the agent of "begründet"
    (
        (
            "Dies geht aus am Donnerstag von der Johns-Hopkins-Universität veröffentlichten "
            "Daten hervor.",
        ),
        [(0, "reported", "geht … hervor", "Johns-Hopkins-Universität")],
    ),  # before: "veröffentlichten Daten"
    (
        ("Laut dem Verwaltungsgericht in Den Haag hatte die Regierung das versäumt.",),
        [(0, "reported", "Laut", "Verwaltungsgericht in Den Haag")],
    ),  # before: "Verwaltungsgericht"
    (
        ("Die Zahl ist nach Angaben des Ministeriums in Tirol gestiegen.",),
        [(0, "reported", "nach Angaben", "Ministeriums")],
    ),  # "in Tirol" is where, not whose: only a court keeps "in"
]


@pytest.mark.parametrize(("passages", "expected"), CASES)
def test_round75_statements(passages, expected):
    assert rows(*passages) == expected
