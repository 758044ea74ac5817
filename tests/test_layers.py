"""One attribution analysis, read by every layer: voices, markers, naming and stance agree."""

import pandas as pd
import pytest

from framelab.analysis import markers, naming, stance
from framelab.attribution.analyse import AttributeSettings, analyse_chunk
from framelab.attribution.tables import spans_by_article
from framelab.study.model import load_study

from .conftest import KURSK, RESOURCES, SCARE

STUDY = load_study(KURSK, RESOURCES / "framing.yml", SCARE)
SETTINGS = AttributeSettings(SCARE, STUDY.lexicon, STUDY.gazetteer)


def analyse(passages: pd.DataFrame):
    groups = list(passages.groupby("article_id", sort=True))
    voices, statements, marks = analyse_chunk(groups, SETTINGS)
    return voices, statements, marks, spans_by_article(voices, passages, SCARE)


@pytest.fixture(scope="module")
def seed_statements(seeds):
    return analyse(seeds.passages)[1].assign(a=lambda d: d.article_id.str[:3])


@pytest.mark.parametrize(
    ("article", "position", "start", "kind", "speaker", "group"),
    [
        ("001", 3, "Besonders hervorheben", "direct", "Waleri Gerassimow", "russian_officials"),
        (
            "000",
            10,
            "“Wir werden unsere Freunde",
            "reported",
            "Maria Sacharowa",
            "russian_officials",
        ),
        ("004", 9, "Das Abenteuer Kiews sei", "reported", "Wladimir Putin", "russian_officials"),
        (
            "001",
            4,
            "Nordkoreanische Soldaten, die an der Befreiung",
            "direct",
            "Alexander Garmaew",
            "russian_media",
        ),
        ("000", 8, "Obwohl sowohl Kiew", "reported", "Ukraine (state)", "ukrainian_officials"),
        ("001", 7, "Ukraine bestreitet", "reported", "Ukraine (state)", "ukrainian_officials"),
        (
            "004",
            1,
            "Selenskyj warf das Russland",
            "reported",
            "Wolodymyr Selenskyj",
            "ukrainian_officials",
        ),
        (
            "002",
            2,
            "In der Vergangenheit hatte",
            "reported",
            "Wolodymyr Selenskyj",
            "ukrainian_officials",
        ),
        (
            "000",
            6,
            "Im Kontext der geopolitischen",
            "reported",
            "Alexei Smirnow",
            "russian_officials",
        ),
    ],
)
def test_seed_speakers_the_review_found_missing(
    seed_statements, article, position, start, kind, speaker, group
):
    rows = seed_statements[
        (seed_statements.a == article)
        & (seed_statements.position == position)
        & seed_statements.text.str.startswith(start)
    ]
    assert rows[["kind", "speaker_name", "group"]].values.tolist() == [[kind, speaker, group]]


def test_kiev_denial_is_a_ukrainian_voice(seed_statements):
    denial = seed_statements[(seed_statements.a == "001") & (seed_statements.cue == "bestritten")]
    assert denial[["speaker", "speaker_name"]].values.tolist() == [["Kiew", "Ukraine (state)"]]


def test_reported_speech_is_not_the_narrators_in_any_layer():
    text = "Das Abenteuer Kiews sei gescheitert, sagte Putin."
    passages = pd.DataFrame(dict(article_id=["w"], position=[1], kind=["body"], text=[text]))
    articles = pd.DataFrame(dict(id=["w"], camp=["western_agency"], n_tokens=[7]))
    _, statements, marks, spans = analyse(passages)
    assert statements[["kind", "speaker_name"]].values.tolist() == [["reported", "Wladimir Putin"]]
    own = marks[marks.marker == "contested_term_own_voice"]
    assert own[["match", "voice"]].values.tolist() == [["Abenteuer", "reported"]]
    names = naming.naming_table(passages, articles, STUDY.naming_pairs, spans)
    invasion = names[(names.variant == "Invasion/Abenteuer") & (names.camp == "western_agency")]
    assert invasion[["n", "reported", "own_voice"]].values.tolist() == [[1, 1, 0]]
    t3 = next(t for t in STUDY.targets if t.name == "ukraine_kursk_operation")
    table = stance.stance_table(passages, (t3,), STUDY.lexicon, spans)
    assert table[["label", "rules"]].values.tolist() == [
        ["report", "attributed (reported speech of Putin): Abenteuer"]
    ]


def test_indicative_paraphrase_keeps_the_narrators_wording():
    text = "Am 26. April meldete Gerassimow die vollständige Befreiung des Gebiets Kursk."
    passages = pd.DataFrame(dict(article_id=["r"], position=[1], kind=["body"], text=[text]))
    voices, _, _, spans = analyse(passages)
    assert voices["voice"].tolist() == ["paraphrase"]
    t1 = next(t for t in STUDY.targets if t.name == "kursk_recaptured")
    assert stance.stance_table(passages, (t1,), STUDY.lexicon, spans)["label"].tolist() == [
        "endorse"
    ]  # codebook v2 D1: a loaded term in an indicative paraphrase is endorse


def test_marker_counts_split_direction_and_voice():
    marks = pd.DataFrame(
        dict(
            article_id=["a", "a", "b"],
            position=[1, 1, 1],
            category=["legitimacy", "legitimacy", "legitimacy"],
            marker=["treaty_basis", "illegality", "treaty_basis"],
            direction=["pro", "contra", "pro"],
            start=[0, 5, 0],
            end=[4, 9, 4],
            match=["x", "y", "x"],
            voice=["narrator", "direct", "paraphrase"],
            speaker_name=["", "Putin", "Putin"],
        )
    )
    articles = pd.DataFrame(dict(id=["a", "b"], camp=["w", "r"], n_tokens=[100, 50]))
    by_article = markers.marker_counts(marks, articles, 1000)
    a = by_article[by_article.article_id == "a"].set_index(["direction", "voice_class"])
    assert a.loc[("pro", "narrator"), ["n", "rate"]].tolist() == [1, 10.0]
    assert a.loc[("contra", "quoted"), "n"] == 1
    assert a.loc[("pro", "paraphrase"), "n"] == 0  # zeros are explicit
    by_camp = markers.marker_counts_by_camp(by_article, 1000)
    r = by_camp[by_camp.camp == "r"].set_index(["direction", "voice_class"])
    assert r.loc[("pro", "paraphrase"), ["n", "rate"]].tolist() == [1, 20.0]


def test_framelab_voices_names_speakers_without_any_actor_file(tmp_path, capsys):
    from framelab.cli import main

    passages = pd.DataFrame(
        dict(
            article_id=["x"],
            position=[1],
            kind=["body"],
            in_language=[True],
            text=["Die Ministerin wies die Vorwürfe am Montag zurück. Das sei falsch, sagte sie."],
        )
    )
    passages.to_parquet(tmp_path / "p.parquet")
    out = tmp_path / "voices.csv"
    assert main(["voices", "--passages", str(tmp_path / "p.parquet"), "--out", str(out)]) == 0
    table = pd.read_csv(out)
    assert table[["kind", "cue", "speaker_name", "group"]].values.tolist() == [
        ["reported", "wies … zurück", "Ministerin", "unmapped"],
        ["reported", "sagte", "Ministerin", "unmapped"],
    ]
    assert "2 attributed statements by 1 speakers" in capsys.readouterr().out


def test_a_paraphrase_is_one_voice_that_each_target_codes_as_its_codebook_says():
    text = "Laut Gerassimow befreiten die Truppen Kursk im Rahmen des Vertrags."
    passages = pd.DataFrame(dict(article_id=["r"], position=[1], kind=["body"], text=[text]))
    voices, _, _, spans = analyse(passages)
    assert voices[["voice", "speaker_name"]].values.tolist() == [["paraphrase", "Gerassimow"]]
    table = stance.stance_table(passages, STUDY.targets, STUDY.lexicon, spans)
    assert table[["target", "label", "rules"]].values.tolist() == [
        ["dprk_deployment_legitimate", "report", "attributed (paraphrase of Gerassimow): Vertrags"],
        ["kursk_recaptured", "endorse", "own voice (paraphrase of Gerassimow): befreiten"],
    ]
    computed_here = stance.stance_table(passages, STUDY.targets, STUDY.lexicon)
    assert computed_here.equals(table)  # without spans: the same attribution, not a second one
