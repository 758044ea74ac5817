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
        [(0, "reported", "bezeichnet", "Wolfgang Molitor")],  # reported since round 78
    ),  # before: "Entscheidung Landesregierung"
    (
        (
            "Die Entscheidung wird mit einer nicht ausreichenden Evidenz zur Einschätzung von "
            "Immunität begründet, teilte der Ethikrat mit.",
        ),
        [(0, "direct", "teilte … mit", "Ethikrat")],
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


# after the session's code review: no publisher for persons in "-daten", for a participle that
# is no publishing or for a time; no genitive pronoun before a thing; an institution after "von"
# stays an agent
REVIEW_CASES = [
    (
        ("Das geht aus vom Robert Koch-Institut vorgelegten Zahlen hervor.",),
        [(0, "reported", "geht … hervor", "Robert Koch-Institut")],
    ),
    (
        ("Einigen von der Polizei befragten Soldaten zufolge war die Lage ruhig.",),
        [(0, "reported", "zufolge", "befragten Soldaten")],
    ),
    (
        ("Das geht aus von Hackern gestohlenen Daten hervor.",),
        [(0, "reported", "geht … hervor", "gestohlenen Daten")],
    ),
    (
        ("Das geht aus vom Januar veröffentlichten Daten hervor.",),
        [(0, "reported", "geht … hervor", "veröffentlichten Daten")],
    ),
    (
        ("Der Minister steht unter Druck.", "Dessen Rücktritt forderte die Opposition am Montag."),
        [(0, "reported", "forderte", "Opposition")],
    ),
    (
        ("Das Ergebnis wurde von Universität und Stadt mitgeteilt.",),
        [(0, "reported", "mitgeteilt", "Universität")],
    ),
]


@pytest.mark.parametrize(("passages", "expected"), CASES + REVIEW_CASES)
def test_round75_statements(passages, expected):
    assert rows(*passages) == expected
