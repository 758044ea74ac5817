"""`framelab study sample`: a seeded, stratified coding sample of the analysed articles."""

import pandas as pd
import pytest

from framelab.cli import main
from framelab.errors import InputError
from framelab.study.files import camps_of, event_flags, event_of, read_study_yaml
from framelab.study.sample import allocate, coding_sheet, draw, write_sheet

from .conftest import KURSK

ARTICLES = pd.DataFrame(
    {
        "id": [f"a{i:02d}" for i in range(12)],
        "camp": ["x"] * 8 + ["y"] * 3 + ["z"],
        "about_event": [True] * 7 + [False] + [True] * 3 + [True],
        "analysed": [True] * 11 + [False],  # z is not a study camp
    }
)


def test_allocation_is_proportional_with_one_per_camp_at_least():
    sizes = pd.Series({"x": 7, "y": 3})
    assert allocate(sizes, 5).to_dict() == {"x": 4, "y": 1}  # tie of remainders: camp order
    assert allocate(sizes, 2).to_dict() == {"x": 1, "y": 1}
    assert allocate(sizes, 50).to_dict() == {"x": 7, "y": 3}


def test_the_draw_takes_only_event_articles_of_study_camps_and_is_seeded():
    one = draw(ARTICLES, 6, seed=1, test_share=0.5)
    assert set(one["article_id"]) <= {f"a{i:02d}" for i in [*range(7), 8, 9, 10]}
    assert one.groupby("camp").size().to_dict() == {"x": 4, "y": 2}
    assert one.groupby("split").size().to_dict() == {"dev": 3, "test": 3}
    pd.testing.assert_frame_equal(one, draw(ARTICLES, 6, seed=1, test_share=0.5))
    assert not one.equals(draw(ARTICLES, 6, seed=2, test_share=0.5))


def test_no_event_article_is_an_error():
    with pytest.raises(InputError, match="no article is about the event in a study camp"):
        draw(ARTICLES.assign(about_event=False), 5, seed=1, test_share=0.5)


def test_the_sheet_has_one_row_per_passage_and_claim_with_an_empty_label():
    sample = pd.DataFrame({"article_id": ["a01"], "camp": ["x"], "split": ["test"]})
    passages = pd.DataFrame(
        {
            "article_id": ["a01", "a01", "a02"],
            "position": [1, 2, 1],
            "text": ["Eins zwei.", "Drei.", "x"],
        }
    )
    sheet = coding_sheet(sample, passages, ["t1", "t2"])
    assert sheet.values.tolist() == [
        ["a01", 1, "Eins zwei.", "t1", "", "test", ""],
        ["a01", 1, "Eins zwei.", "t2", "", "test", ""],
        ["a01", 2, "Drei.", "t1", "", "test", ""],
        ["a01", 2, "Drei.", "t2", "", "test", ""],
    ]


def test_the_seed_studys_sheet_and_the_command_never_overwrites(seeds, tmp_path, capsys):
    meta = read_study_yaml(KURSK)
    processed = tmp_path / "processed"
    processed.mkdir()
    event_flags(seeds.articles, event_of(meta), camps_of(meta)).to_parquet(
        processed / "articles.parquet"
    )
    seeds.passages.to_parquet(processed / "passages.parquet")
    out = tmp_path / "sheet.csv"
    sample, sheet = write_sheet(KURSK, processed, out, 4, seed=1, test_share=0.5)
    assert sample.groupby("camp").size().to_dict() == {
        "other": 1,
        "russian_state": 1,
        "western_agency": 2,
    }
    assert len(sheet) == 3 * len(
        seeds.passages[seeds.passages["article_id"].isin(sample["article_id"])]
    )
    assert pd.read_csv(out)["target"].nunique() == 3
    assert main(["study", "sample", str(KURSK), "--out", str(out)]) != 0  # never overwrites
    assert "exists already; choose another --out" in capsys.readouterr().err
