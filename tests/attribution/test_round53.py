"""Voices round 53 (tuned on the FANG-COVID news sets `fang1` and `fang2` and all other gold;
`fang3` and `fang4` held out): a capitalised word the tagger reads as a verb right after a
finite verb is a name; a local authority keeps its town when a later "die Polizei" refers to
it; the active perfect "hat … aufgefordert" is a demand; the subject of a clause that a colon
and a direct quotation end says the quotation, whatever its verb."""

import pytest

from framelab.attribution.tagging import tag

from .statements import rows

FASEL = "IIHF-Präsident René Fasel war in Minsk. "
KLOECKNER = 'Agrarministerin Julia Klöckner sagte: "Wir sind gut versorgt." '
# (passage, its statements as (sentence_index, kind, cue, speaker)); before round 53 in comments
CASES = [
    (
        FASEL + '"Es ist blöd gelaufen", sagte Fasel.',
        [(1, "direct", "sagte", "René Fasel")],  # before: none ("Fasel" read as a verb)
    ),
    (
        '"Es ist etwas blöd gelaufen, das ist mir auch peinlich", hatte Fasel dazu gesagt.',
        [(0, "direct", "gesagt", "Fasel")],  # before: none
    ),
    (
        "Die Polizei Berlin meldete einen Angriff. Die Polizei sagte, es habe Verletzte gegeben.",
        [
            (0, "reported", "meldete", "Polizei Berlin"),
            (1, "reported", "sagte", "Polizei Berlin"),  # before: "Berlin"
        ],
    ),
    (
        "Amnesty International hat die Regierung Venezuelas aufgefordert, einen "
        "Gefängnisaufstand aufzuklären.",
        [(0, "reported", "aufgefordert", "Amnesty International")],  # before: none
    ),
    # the one asked is no speaker; a Konjunktiv sentence stays the reporter's
    ("Die Regierung von Simbabwe wurde aufgefordert, die Menschenrechte zu schützen.", []),
    ("Sie sind aufgefordert, über neue Verkehrsabläufe nachzudenken.", []),
    (
        "Trump sagte, Bolton sei zu weit gegangen. Deswegen habe er Bolton zum Rücktritt "
        "aufgefordert.",
        [(0, "reported", "sagte", "Trump"), (1, "reported", "Konjunktiv I: habe", "Trump")],
    ),
    (
        KLOECKNER + "Der Präsident des Deutschen Bauernverbandes, Joachim Rukwied, stimmte ihr "
        'am Montag zu: "Deutschland ist gut versorgt."',
        [
            (0, "direct", "sagte", "Julia Klöckner"),
            (1, "direct", "stimmte", "Joachim Rukwied"),  # before: none
        ],
    ),
    # a thing, a clause that is itself reported, a verb of receiving: no new speaker
    (
        KLOECKNER + 'Die Botschaft ist klar: "Bleibt zu Hause."',
        [(0, "direct", "sagte", "Julia Klöckner")],
    ),
    (
        "Bob Doll erklärte die Lage. Deshalb sei die Fed willens, alles zu tun: "
        '"Aber dafür gibt es kein Regiebuch."',
        [(0, "reported", "erklärte", "Bob Doll"), (1, "reported", "Konjunktiv I: sei", "Bob Doll")],
    ),
    (
        "Trotz dieser Einstufung erhielt Thiel Post von der Gerichtsvollzieherin mit den Worten: "
        '"Sie werden verhaftet."',
        [],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=range(len(CASES)))
def test_round53_statements(text, expected):
    assert rows(text) == expected


def test_a_name_read_as_a_verb_after_a_finite_verb_is_a_proper_noun():
    tags = {t.text: t.tag for t in tag('"Es ist blöd gelaufen", sagte Fasel.')}
    assert tags["Fasel"] == "NE"
    # a nominalised verb the tagger reads as a noun keeps its tag
    assert [t.tag for t in tag("Er hat Laufen gelernt.")][2] == "NNI"
