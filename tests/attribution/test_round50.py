"""Voices round 50 (tuned on all gold, the newspaper sets wmt20, wmt21 and wmt22 included; wmt23
and wmt21en held out): a role and name after a capitalised article, "vom" as the agent of a
passive or the source of "hieß es", and a clause in Konjunktiv II that is no main clause of the
Konjunktiv I after it."""

import pytest

from .statements import rows

# (passage, the speaker of its last statement); the speaker before round 50 in the comment
CASES = [
    (
        "Der Polarforscher Arved Fuchs ist zurückgekehrt. Begrüßt wurde er von dem Skipper "
        "Boris Herrmann. Die Bewegung sei ein Segen, sagte der Polarforscher.",
        "Arved Fuchs",
    ),  # before: "Boris Herrmann"
    ("Die Angaben wurden vom Verteidigungsministerium bestätigt.", "Verteidigungsministerium"),
    # before: no statement
    (
        "Allein am Dienstag setzten 654 Menschen über, hieß es vom griechischen "
        "Bürgerschutzministerium.",
        "griechischen Bürgerschutzministerium",
    ),  # before: "unnamed source"
    (
        "Das sei ein Höchstwert, erklärte Armin Willingmann. Beim Import stünden die Niederlande "
        "auf Platz 2, das Volumen habe 1,6 Milliarden Euro betragen.",
        "Armin Willingmann",
    ),  # before: "Niederlande"
]


@pytest.mark.parametrize(("text", "speaker"), CASES, ids=range(len(CASES)))
def test_round_50_finds_the_speaker(text, speaker):
    assert rows(text)[-1][3] == speaker


@pytest.mark.parametrize(
    "text",
    [
        "Der Bericht vom Montag wurde am Dienstag bestätigt.",
        "Die Entscheidung vom 12. Oktober 2023 wurde bestätigt.",
        "Die Beschlüsse vom Parteitag wurden am Montag bestätigt.",
    ],
)
def test_what_follows_vom_after_a_noun_or_a_date_is_no_agent(text):
    assert rows(text) == []


def test_a_time_after_hiess_es_names_no_source():
    assert rows("Das sei falsch, hieß es in der Woche danach.")[-1][3] == "unnamed source"


def test_a_konjunktiv_ii_ranking_continues_the_speaker():
    text = "Das sei ein Rekord, sagte Armin Willingmann. Im Import lägen die Niederlande vorn."
    assert rows(text)[-1] == (1, "reported", "Konjunktiv II: lägen", "Armin Willingmann")
