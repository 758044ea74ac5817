"""Voices round 73 (tuned on the gold and the readers' judgements of `fang1`–`fang44`;
`fang45`–`fang48` held out): a party between commas after a name is an apposition, not a
heading glued to the sentence; an outlet after an age or a nominalised adjective is the one
told ("sagte der 81-Jährige der dpa"); a company description ("der Fluggesellschaft", "des
Möbelkonzerns") takes the organisation the article names, also in the genitive and when that
name ends like a woman's given name ("Lufthansa"); "die Partei" takes the party named last
(since the session's code review; the committed round took the organisation named most)."""

import pytest

from framelab.attribution.organisations import is_company_description

from .statements import rows

CASES = [
    (
        ("Alexander Ulrich, Die Linke, resümierte dagegen: „Die Koalition ist am Ende.“",),
        [(0, "reported", "resümierte", "Alexander Ulrich")],
    ),  # before: "Linke" ("Die" after the comma read as a glued heading)
    (
        (
            "Der Landesvorsitzende Josef Dörr nannte den Beschluss hirnrissig.",
            "„Wir haben alles schon widerlegt“, sagte der 81-Jährige der dpa in Saarbrücken.",
        ),
        [(0, "reported", "nannte", "Josef Dörr"), (0, "direct", "sagte", "Josef Dörr")],
    ),  # before: "dpa" ("der 81-Jährige der dpa" read as a genitive)
    (
        (
            "Die Verhandlungen mit der Lufthansa sind auf der Zielgeraden. "
            "Dies bestätigte Lufthansa in der Nacht.",
            "Nach Angaben der Fluggesellschaft sieht das Konzept neun Milliarden Euro vor.",
        ),
        [
            (1, "reported", "bestätigte", "Lufthansa"),
            (0, "reported", "Nach Angaben", "Lufthansa"),
        ],
    ),  # before: "Fluggesellschaft" ("Lufthansa" taken for a woman and so for no company)
    (
        (
            "Ikea verkauft jetzt Köttbullar zum Selbermachen. Ikea hat das Rezept veröffentlicht.",
            "Das Gericht besteht nach Angaben des Möbelkonzerns aus leicht verfügbaren Zutaten.",
        ),
        [(0, "reported", "nach Angaben", "Ikea")],
    ),  # before: "Möbelkonzerns"
    (
        (
            "Die AfD schickt eine Delegation nach Moskau. Die AfD will dort Lawrow treffen.",
            "Der Besuch erfolge auf Einladung des Parlaments, teilte die Partei in Berlin mit.",
        ),
        [(0, "reported", "teilte … mit", "AfD")],
    ),  # before: "Partei"
    (
        (
            "Die AfD und die CDU streiten. Die AfD und die CDU wollen verhandeln.",
            "Der Besuch sei abgesagt, teilte die Partei in Berlin mit.",
        ),
        [(0, "reported", "teilte … mit", "CDU")],
    ),  # the party named last (since the review; the committed round took none on a tie)
    (
        (
            "Der Verband will bauen. Der Verband hat investiert.",
            "Der Besuch sei abgesagt, teilte die Partei in Berlin mit.",
        ),
        [(0, "reported", "teilte … mit", "Partei")],
    ),  # no party named: none is taken
]


# after the session's code review: "die Partei" is the party named last, never a company, and a
# compound names another party; a body's own chair before an outlet stays a genitive
REVIEW_CASES = [
    (
        (
            "Tesla will bauen. Tesla hat investiert.",
            "Die Grünen in Brandenburg sind dagegen.",
            "Das sei falsch, teilte die Partei mit.",
        ),
        [(0, "reported", "teilte … mit", "Grüne")],
    ),  # the committed round 73: "Tesla"
    (
        (
            "Die SPD regiert. Die SPD will sparen.",
            "Das sei falsch, kritisierte die Oppositionspartei.",
        ),
        [(0, "reported", "kritisierte", "Oppositionspartei")],
    ),
    (
        ("Das sei schlecht, sagte der Betriebsratsvorsitzende der Berliner Zeitung.",),
        [(0, "reported", "sagte", "Betriebsratsvorsitzende Berliner Zeitung")],
    ),  # the committed round 73: "Betriebsratsvorsitzende"
]


@pytest.mark.parametrize(("passages", "expected"), CASES + REVIEW_CASES)
def test_round73_statements(passages, expected):
    assert rows(*passages) == expected


@pytest.mark.parametrize(
    ("mention", "expected"),
    [
        ("des Möbelkonzerns", True),
        ("des Unternehmens", True),
        ("die Partei", False),  # a party, not a company (round 73 review)
        ("des Verbands", False),
        ("der Konzernchef", False),
    ],
)
def test_company_description_in_the_genitive(mention, expected):
    assert is_company_description(mention) is expected
