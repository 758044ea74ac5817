"""Voices round 52 (tuned on the newspaper commentaries of `pcc1` and all other gold; `pcc2`
held out): any finite verb between a direct quotation that opens the sentence and its subject
introduces the quotation; "zugegeben" as the writer's aside and "sich glücklich schätzen, dass"
are no cues; "Mr." is a title."""

import pytest

from framelab.attribution import annotate_article
from framelab.attribution.cues import load_cues
from framelab.errors import InputError
from framelab.sentences import split_sentences

from .statements import SCARE, edited_cues, rows

# (passage, its statements as (sentence_index, kind, cue, speaker)); before round 52 in comments
CASES = [
    (
        '"Ich kann nicht jede Ansicht berücksichtigen", verteidigte sich Ernst Bahr am Montag.',
        [(0, "direct", "verteidigte", "Ernst Bahr")],  # before: none
    ),
    (
        '"Pritzwalk kann auf seinen Stadtwald stolz sein. Sowas gibt es selten", schwärmte etwa '
        "Wolfgang Eichhorst.",
        [
            (0, "direct", "continuation", "Wolfgang Eichhorst"),
            (1, "direct", "schwärmte", "Wolfgang Eichhorst"),
        ],  # before: none
    ),
    (
        "„Ich nehme die Entschuldigungen der Fake News an“, schloss Trump seinen Tweet ab.",
        [(0, "direct", "schloss", "Trump")],  # before: none
    ),
    ("„Das war schlimm“, sprach Mr. Gibson.", [(0, "direct", "sprach", "Gibson")]),
    # zitieren keeps its object as the speaker
    (
        '"Das Werk bleibt offen", zitiert die Zeitung den Vorstand Jens Bischof.',
        [(0, "direct", "zitiert", "Jens Bischof")],  # direct since round 80
    ),
    ("Das Papier ist - zugegeben - vorsichtig gefasst, es gab keine Gegenstimme.", []),
    ("Das Papier ist – zugegeben – vorsichtig gefasst, es gab keine Gegenstimme.", []),
    (
        "Berlin - „Wir haben es geschafft“, jubelte der Trainer.",
        [(0, "direct", "jubelte", "Trainer")],
    ),
    # before: "zugegeben" with the speaker "Papier"
    (
        "Der Angeklagte hat - nach langem Zögern - zugegeben, dass er das Geld genommen hat.",
        [(0, "reported", "zugegeben", "Angeklagte")],  # an admission between dashes stays one
    ),
    ("Die Mittelstadt kann sich glücklich schätzen, dass sie ausgewählt wurde.", []),
    # before: "schätzen" with the speaker "Mittelstadt"
]

# a quoted title or name inside a sentence, then a comma and a word that introduces nothing
# (found by a code review of the round: each gave a quotation of the wrong speaker)
NOT_AFTER_QUOTATION = [
    'Das Album "Blackstar", erschienen Anfang 2016, war sein letztes.',
    'Der Rapper "Bushido", bürgerlich Anis Ferchichi, tritt in Wien auf.',
    'Der Kanzler sprach von einer "Zeitenwende", ebenso die Außenministerin.',
    'Die Bürgermeisterin nannte den Entscheid "enttäuschend", verließ die Pressekonferenz aber.',
    'Im Zoo lebten Tiere, unter ihnen "Bubbles", ehemals Haustier von Popstar Michael Jackson.',
    'Nichts ist lauter als das Trauerspiel "Loch", dieses Sinnbild für Ignoranz.',
    # the listener or a guess is no speaker
    '"Der Huidlerer", erfuhren die Zuschauer am Ende.',
    '"Sie haben versagt", musste sich der Minister im Nationalrat anhören.',
    '"Das ist das Ende", dürfte Sebastian Kurz damals gedacht haben.',
]


def _rules(text: str) -> list[str]:
    """The rule of every statement the passage gives."""
    found = annotate_article([(0, text, False)], SCARE)[1]
    return [r["rule"] for r in found]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=range(len(CASES)))
def test_round52_statements(text, expected):
    assert rows(text) == expected


def test_the_new_entry_is_what_finds_the_quotation():
    assert _rules(CASES[0][0]) == ["cue:after_quotation"]


@pytest.mark.parametrize("text", NOT_AFTER_QUOTATION, ids=range(len(NOT_AFTER_QUOTATION)))
def test_a_word_after_a_quoted_name_is_no_cue(text):
    assert "cue:after_quotation" not in _rules(text)


def test_mr_is_a_title_not_a_sentence_end():
    assert split_sentences("Das sagte Mr. Gibson. Dann ging er.") == [
        "Das sagte Mr. Gibson.",
        "Dann ging er.",
    ]


@pytest.mark.parametrize(
    "old, new, error",
    [
        (  # an example whose quotation does not open the sentence fails the only_after check
            "      - '\"Das war knapp\", seufzte der Trainer nach dem Spiel.'",
            "      - 'Er nannte es \"knapp\", seufzte der Trainer nach dem Spiel.'",
            "after_quotation: example does not match",
        ),
        ("    only_after: '(?:.*:|", "    only_after: '((?:.*:|", "after_quotation: bad"),
    ],
)
def test_what_must_come_before_an_entry_is_checked_on_load(tmp_path, old, new, error):
    with pytest.raises(InputError, match=error):
        load_cues(edited_cues(tmp_path, old, new))
