"""Voices round 70 (tuned on the gold and the readers' judgements of `fang1`–`fang38`; `fang39`
and `fang40` held out): a person's epithet no role rule resolves ("so der Beamte", "Dem
Mediziner zufolge") is the person who spoke in the last two sentences, when that person has a
given name of the epithet's gender and no earlier sentence used the epithet for somebody else;
and "hieß es" takes the body that opens its clause after "im"/"beim" ("Beim RKI heißt es"),
or after "aus" before a later "aus" phrase ("Aus dem Ministerium hieß es … aus dem Urlaub")."""

import pytest

from .statements import rows

CASES = [
    (
        (
            "Der frühere Finanzminister Alexei Kudrin warnte vor einer Rezession.",
            "Die Lage sei aber beherrschbar, so der Beamte.",
        ),
        [(0, "reported", "warnte", "Alexei Kudrin"), (0, "reported", "so", "Alexei Kudrin")],
    ),  # before: "Beamte"
    (
        (
            "Die Lage sei unter Kontrolle, erklärte Wladimir Putin.",
            "Dem Präsidenten zufolge müsse man abwarten.",
        ),
        [
            (0, "reported", "erklärte", "Wladimir Putin"),
            (0, "reported", "zufolge", "Wladimir Putin"),
        ],
    ),  # a dative role: before, "Präsidenten"
    (
        (
            "Die Lage sei unter Kontrolle, erklärte Olaf Scholz.",
            "Dem Dokument zufolge müsse man abwarten.",
        ),
        [(0, "reported", "erklärte", "Olaf Scholz"), (0, "reported", "zufolge", "Dokument")],
    ),  # after "dem" a mere person's ending ("-ent") makes no person (round 72 review)
    (
        (
            "Der Unfall sei schwer, sagte Polizeisprecher Karl Maier.",
            "Das Opfer sei außer Lebensgefahr, so der Zeuge.",
        ),
        [(0, "reported", "sagte", "Karl Maier"), (0, "reported", "so", "Zeuge")],
    ),  # a noun in "-e" is no nominalised adjective: the spokesman's other role excludes him
    (
        (
            "Der Grünen-Politiker Benedikt Lux erklärte, die Zahlen seien alarmierend.",
            "In Luxemburg war der Beamte nicht.",
            "Die Lage sei ernst, so der Beamte.",
        ),
        [(0, "reported", "erklärte", "Benedikt Lux"), (0, "reported", "so", "Beamte")],
    ),  # "Luxemburg" does not name Lux: the earlier "der Beamte" is somebody else
    (
        (
            "Der Grünen-Politiker Benedikt Lux erklärte, die Zahlen seien alarmierend.",
            "Der Grüne forderte mehr Personal für die Polizei.",
        ),
        [(0, "reported", "erklärte", "Benedikt Lux"), (0, "reported", "forderte", "Benedikt Lux")],
    ),
    (
        (
            "Der Angeklagte soll einen Polizisten beleidigt haben.",
            "Richter Christian Calame sagte, die Beweise seien eindeutig.",
            "Er habe nichts getan, sagte der Angeklagte.",
        ),
        [(0, "reported", "sagte", "Christian Calame"), (0, "reported", "sagte", "Angeklagte")],
    ),  # the article used the epithet for somebody else: not the judge
    (
        (
            "Das sei falsch, sagte Angela Merkel.",
            "Der Beamte widersprach, der Plan sei richtig.",
        ),
        [(0, "reported", "sagte", "Angela Merkel"), (0, "reported", "widersprach", "Beamte")],
    ),  # a masculine epithet is not the woman who spoke
    (
        ("Beim RKI heißt es dazu, die Daten seien unvollständig.",),
        [(0, "reported", "heißt es", "RKI")],
    ),  # before: "unnamed source"
    (
        ("Bei der WM hieß es, die Spiele seien sicher.",),
        [(0, "reported", "hieß es", "unnamed source")],
    ),  # an event's initials name no body (round 72 review)
    (
        (
            "Aus dem Gesundheitsministerium hieß es, ein Test sei nach der Rückkehr aus dem Urlaub "
            "sinnvoll.",
        ),
        [(0, "reported", "hieß es", "Gesundheitsministerium")],
    ),  # before: "Urlaub"
]


@pytest.mark.parametrize(("passages", "expected"), CASES)
def test_round70_statements(passages, expected):
    assert rows(*passages) == expected
