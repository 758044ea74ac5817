"""The gazetteer maps found names to groups, with or without diacritics."""

import pandas as pd

from framelab.attribution.annotate import group_of
from framelab.attribution.gazetteer import canonical, fold, gazetteer_from_actors
from framelab.attribution.tables import voices_from_passages

ACTORS = {
    "actors": [
        {"name": "Aleksandar Vučić", "group": "serbia", "aliases": ["Vučić"]},
        {"name": "Ahmet Davutoglu", "group": "turkey", "aliases": ["Davutoglu"]},
        {"name": "Ivo Vucic", "group": "croatia", "aliases": ["Vucic"]},
    ]
}
GAZETTEER = gazetteer_from_actors(ACTORS)


def test_fold_removes_diacritics_only():
    assert fold("Davutoğlu Vučić Dačić Müller Straße") == "Davutoglu Vucic Dacic Muller Straße"


def test_a_name_written_without_its_diacritics_is_found():
    assert group_of("Aleksandar Vucic", "Aleksandar Vucic", GAZETTEER) == "serbia"
    assert canonical("Aleksandar Vucic", "Aleksandar Vucic", GAZETTEER) == "Aleksandar Vučić"


def test_a_name_written_with_diacritics_the_file_lacks_is_found():
    assert group_of("Ahmet Davutoğlu", "Davutoğlu", GAZETTEER) == "turkey"
    assert canonical("Davutoğlu", "Davutoğlu", GAZETTEER) == "Ahmet Davutoglu"


def test_a_spelling_an_actor_lists_beats_another_actors_folded_spelling():
    assert group_of("Vucic", "Vucic", GAZETTEER) == "croatia"  # listed as written
    assert group_of("Vučić", "Vučić", GAZETTEER) == "serbia"
    assert group_of("Unbekannt", "Unbekannt", GAZETTEER) == "unmapped"


def test_framelab_voices_names_speakers_as_the_attribute_stage_does():
    passages = pd.DataFrame(
        dict(
            article_id=["a"],
            position=[1],
            text=["Vucic sagte, die Lage sei ernst."],
            is_heading=[False],
        )
    )
    table = voices_from_passages(passages, 4, GAZETTEER)
    assert table[["speaker_name", "group"]].values.tolist() == [["Ivo Vucic", "croatia"]]
    assert voices_from_passages(passages, 4)["speaker_name"].tolist() == ["Vucic"]
