"""Voices round 52 (tuned on the newspaper commentaries of `pcc1` and all other gold; `pcc2`
held out): any finite verb between a direct quotation's comma and its subject introduces the
quotation; "zugegeben" as the writer's aside and "sich glücklich schätzen, dass" are no cues."""

import pytest

from .statements import rows

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
    ("Das Papier ist - zugegeben - vorsichtig gefasst, es gab keine Gegenstimme.", []),
    # before: "zugegeben" with the speaker "Papier"
    ("Die Mittelstadt kann sich glücklich schätzen, dass sie ausgewählt wurde.", []),
    # before: "schätzen" with the speaker "Mittelstadt"
    ("Er hat zugegeben, dass er gelogen hat.", [(0, "reported", "zugegeben", "Er")]),  # kept
]

# quoted names followed by a comma and no verb of the quotation
NOT_AFTER_QUOTATION = [
    'Das sogenannte "Sorgenkind", das seit Jahren Verluste schreibt, wird verkauft.',
    'Der Film "Titanic", gedreht 1997, lief erneut im Kino.',
    "Die Staatsanwaltschaft bestätigte einen Bericht der „Zeitung“, wonach ein Verdacht vorliegt.",
    'Nichts ist lauter als das Trauerspiel "Loch", dieses Sinnbild für Ignoranz.',
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=range(len(CASES)))
def test_round52_statements(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text", NOT_AFTER_QUOTATION, ids=range(len(NOT_AFTER_QUOTATION)))
def test_a_word_after_a_quoted_name_is_no_cue(text):
    assert [r for r in rows(text) if r[2] in {"das", "gedreht", "wonach", "dieses"}] == []
