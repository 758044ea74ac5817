"""The external gold (German news quotation corpus): mapping to statements, scoring, errors."""

from __future__ import annotations

import json

import pandas as pd
import pytest

from framelab.attribution import external_benchmark as eb
from framelab.attribution import quotation_corpus as qc
from framelab.attribution.benchmark import match, scores
from framelab.errors import InputError

TEXT = (
    "„Das war kein gutes Spiel. Wir wurden bestraft“, sagte Thomas Tuchel. "
    "Er sagte, man werde sich steigern. Die Mannschaft glaubt an den Sieg."
)


def _span(text: str, part: str) -> dict:
    b = text.index(part)
    return {"spans": [{"charBegin": b, "charEnd": b + len(part)}], "text": part}


def _sentences(text: str, parts: list[str]) -> list[dict]:
    out = []
    for i, part in enumerate(parts):
        b = text.index(part)
        out.append({"id": i, "charBegin": b, "charEnd": b + len(part), "text": part})
    return out


def _ann(quote, speaker, cue, kind, medium="Speech", nested=False) -> dict:
    return dict(
        quote=_span(TEXT, quote),
        speaker=_span(TEXT, speaker),
        cue=_span(TEXT, cue),
        type=kind,
        medium=medium,
        isNested=nested,
    )


def _doc() -> dict:
    parts = [
        "„Das war kein gutes Spiel.",
        "Wir wurden bestraft“, sagte Thomas Tuchel.",
        "Er sagte, man werde sich steigern.",
        "Die Mannschaft glaubt an den Sieg.",
    ]
    ann = [
        _ann("„Das war kein gutes Spiel. Wir wurden bestraft“", "Thomas Tuchel", "sagte", "Direct"),
        _ann("Spiel", "Thomas Tuchel", "sagte", "Direct", nested=True),
        _ann("man werde sich steigern", "Er", "sagte, man", "Indirect"),
        _ann("an den Sieg", "Die Mannschaft", "glaubt", "Indirect", medium="Thought"),
    ]
    return dict(originalText=TEXT, sentences=_sentences(TEXT, parts), annotations=ann)


def _corpus(tmp_path, docs: dict[str, dict], split: str = "test"):
    folder = tmp_path / "data" / split
    folder.mkdir(parents=True)
    for name, doc in docs.items():
        (folder / name).write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return tmp_path


def test_annotations_become_one_row_per_sentence_and_speaker():
    rows = qc.statements(_doc(), "wikinews000001")
    assert [(r["sentence"], r["kind"], r["speaker"], r["speaker_name"]) for r in rows] == [
        ("„Das war kein gutes Spiel.", "direct", "Thomas Tuchel", "Thomas Tuchel"),
        ("Wir wurden bestraft“, sagte Thomas Tuchel.", "direct", "Thomas Tuchel", "Thomas Tuchel"),
        # a pronoun is the corpus's mention, not a referent: scored for attribution only
        ("Er sagte, man werde sich steigern.", "reported", "Er", ""),
    ]  # the nested quotation and the thought are no rows
    assert [r["n"] for r in rows] == [1, 2, 3]


def test_a_lone_quotation_mark_split_off_as_a_sentence_is_no_row():
    doc = _doc()
    doc["sentences"] = _sentences(TEXT, ["„", "Das war kein gutes Spiel."])
    rows = qc.statements(doc, "wikinews000001")
    assert [r["sentence"] for r in rows] == ["Das war kein gutes Spiel."]


def test_article_ids_come_from_the_file_number(tmp_path):
    assert qc.article_id(tmp_path / "11059 - Titel (2005-08-20).pretty.json") == "wikinews011059"


def test_split_loads_passages_and_gold(tmp_path):
    root = _corpus(tmp_path, {"7 - Spiel (2010-01-01).pretty.json": _doc()})
    passages, gold = qc.load_split(root, "test")
    assert passages["text"].tolist() == [TEXT]
    assert gold["article_id"].unique().tolist() == ["wikinews000007"]
    assert list(gold.columns) == qc.GOLD_COLUMNS


def test_a_broken_file_is_an_error_naming_it_and_the_line(tmp_path):
    root = _corpus(tmp_path, {"1 - A (2010).pretty.json": _doc()})
    bad = root / "data" / "test" / "2 - B (2010).pretty.json"
    bad.write_text('{"originalText": "x",\n  "sentences": [}', encoding="utf-8")
    with pytest.raises(InputError) as err:
        qc.load_split(root, "test")
    assert str(bad) in str(err.value) and ":2:" in str(err.value)


def test_a_file_of_another_format_and_an_empty_split_are_errors(tmp_path):
    root = _corpus(tmp_path, {"1 - A (2010).pretty.json": {"text": "x"}})
    with pytest.raises(InputError, match="has no originalText, sentences, annotations"):
        qc.load_split(root, "test")
    with pytest.raises(InputError, match="holds no"):
        qc.load_split(root, "dev")


def test_speaker_accuracy_skips_gold_rows_without_a_speaker_name():
    gold = pd.DataFrame(
        [
            dict(
                article_id="a", sentence="S eins.", speaker="er", speaker_name="", kind="reported"
            ),
            dict(article_id="a", sentence="S zwei.", speaker="X", speaker_name="X", kind="direct"),
        ]
    )
    system = gold.assign(speaker_name=["Y", "X"])
    s = scores(system, gold)
    assert (s["matched"], s["speaker_accuracy"], s["kind_accuracy"]) == (2, 1.0, 1.0)


def test_recall_by_type_counts_the_matched_gold_rows_of_each_type():
    gold = pd.DataFrame(
        [
            dict(article_id="a", sentence="Eins zwei drei.", speaker_name="X", type="Direct"),
            dict(article_id="a", sentence="Vier fünf sechs.", speaker_name="X", type="Reported"),
        ]
    )
    system = gold.iloc[:1][["article_id", "sentence", "speaker_name"]]
    assert eb.recall_by_type(gold, match(system, gold)) == {
        "Direct": {"gold": 1, "recall": 1.0},
        "Reported": {"gold": 1, "recall": 0.0},
    }


def test_benchmark_writes_figures_of_the_engine_on_a_split(tmp_path):
    root = _corpus(tmp_path / "corpus", {"7 - Spiel (2010-01-01).pretty.json": _doc()})
    result = eb.run(root, tmp_path / "out", scare_max_words=3, splits=("test",))
    test = result["test"]
    assert (test["articles"], test["gold"], test["speaker_judged"]) == (1, 3, 2)
    assert 0 < test["matched"] <= test["gold"]
    md = (tmp_path / "out" / "voices_external.md").read_text()
    assert "| test, current (mapping v2) | 1 | 3 |" in md
    saved = json.loads((tmp_path / "out" / "voices_external.json").read_text())
    assert saved["test"]["gold"] == 3
    assert saved["test"]["speed"]["engine_seconds"] > 0 and saved["peak_rss_mib"]["self"] > 0
    assert "Engine on test: " in md and "articles/s" in md


def test_command_without_the_corpus_says_how_to_get_it(tmp_path, capsys):
    args = [str(tmp_path / "missing"), str(tmp_path / "log.md"), str(tmp_path / "out")]
    assert eb.main(args) == 2
    assert "git clone https://github.com/uhh-lt/german-news" in capsys.readouterr().err
    assert not (tmp_path / "out").exists()


def test_recorded_first_measurements_are_shown_beside_the_current_ones(tmp_path):
    root = _corpus(tmp_path / "corpus", {"7 - Spiel (2010-01-01).pretty.json": _doc()})
    block = dict(articles=148, gold=660, system=502, matched=440, precision=0.876, recall=0.667)
    block.update(f1=0.757, speaker_accuracy=0.745, speaker_judged=555, kind_accuracy=0.889)
    log = tmp_path / "voices_revisions.md"
    log.write_text("```json external_before_round20\n" + json.dumps({"test": block}) + "\n```\n")
    eb.run(root, tmp_path / "out", 3, ("test",), log)
    md = (tmp_path / "out" / "voices_external.md").read_text()
    row = "| test, recorded: engine before round 20, mapping v1 | 148 | 660 | 502 | 440 | 0.876 |"
    assert row in md and "| 0.745 (– of 555) |" in md


def _doc_of(text: str, parts: list[str], anns: list[tuple]) -> dict:
    """A document of ``text`` split into ``parts``, with annotations given as
    ``(quote, speaker, cue, type, medium, nested)`` (speaker ``""``: no mention)."""

    def ann(quote, speaker, cue, kind, medium="Speech", nested=False):
        out = dict(quote=_span(text, quote), cue=_span(text, cue), type=kind, medium=medium)
        out.update(speaker=_span(text, speaker) if speaker else {}, isNested=nested)
        return out

    return dict(
        originalText=text, sentences=_sentences(text, parts), annotations=[ann(*a) for a in anns]
    )


def test_a_quoted_fragment_inside_paraphrase_is_reported():
    text = "Merk wies dies als „Unverschämtheit“ zurück."
    doc = _doc_of(text, [text], [("„Unverschämtheit“", "Merk", "wies", "Direct")])
    assert [r["kind"] for r in qc.statements(doc, "w")] == ["reported"]


def test_a_quotation_after_a_colon_is_direct_however_short_the_rest():
    text = "Er kommentierte: „Nun fahren könnt ihr ja“. Sieger wurde nach dem Rennen Schmidinger."
    doc = _doc_of(text, [text], [("„Nun fahren könnt ihr ja“", "Er", "kommentierte", "Direct")])
    assert [r["kind"] for r in qc.statements(doc, "w")] == ["direct"]


def test_a_possessive_mention_names_no_speaker():
    text = "Nach dessen Angaben sei die Lage ruhig."
    doc = _doc_of(text, [text], [("sei die Lage ruhig", "dessen Angaben", "Nach", "Indirect")])
    rows = qc.statements(doc, "w")
    assert [(r["speaker"], r["speaker_name"]) for r in rows] == [("dessen Angaben", "")]


def test_a_fragment_the_segmenter_split_off_is_no_row():
    text = "Die Umfrage ergab: CDU/CSU 31 Prozent, SPD 28 Prozent."
    parts = ["Die Umfrage ergab:", "CDU/CSU", "31 Prozent, SPD 28 Prozent."]
    doc = _doc_of(
        text, parts, [("CDU/CSU 31 Prozent, SPD 28 Prozent", "Die Umfrage", "ergab", "Indirect")]
    )
    assert [r["sentence"] for r in qc.statements(doc, "w")] == ["31 Prozent, SPD 28 Prozent."]


def test_a_row_without_a_mention_adds_nothing_beside_a_named_one():
    text = "Beck bezeichnete es als „Knaller“ und sagte, man müsse handeln."
    anns = [
        ("„Knaller“", "", "bezeichnete", "Direct"),
        ("man müsse handeln", "Beck", "sagte", "Indirect"),
    ]
    rows = qc.statements(_doc_of(text, [text], anns), "w")
    assert [(r["speaker"], r["kind"]) for r in rows] == [("Beck", "reported")]


def test_a_sentence_only_a_nested_chain_covers_gives_one_unjudged_row():
    text = "Voznyak sagte der Agentur Reuters, er sei in Sicherheit."
    anns = [
        ("er sei in Sicherheit", "Voznyak", "sagte", "Indirect", "Speech", True),
        ("er sei in Sicherheit", "Agentur Reuters", "sagte", "Indirect", "Speech", True),
    ]
    rows = qc.statements(_doc_of(text, [text], anns), "w")
    assert [(r["speaker"], r["speaker_name"]) for r in rows] == [("Voznyak / Agentur Reuters", "")]


def test_thought_or_writing_is_a_statement_pure_thought_is_not():
    text = "Die Firma schrieb, sie sei zufrieden. Er glaubt an den Sieg."
    parts = ["Die Firma schrieb, sie sei zufrieden.", "Er glaubt an den Sieg."]
    anns = [
        ("sie sei zufrieden", "Die Firma", "schrieb", "Indirect", "TW"),
        ("an den Sieg", "Er", "glaubt", "Indirect", "Thought"),
    ]
    rows = qc.statements(_doc_of(text, parts, anns), "w")
    assert [r["speaker"] for r in rows] == ["Die Firma"]


def test_the_used_up_test_split_is_scored_only_on_request_and_says_so(tmp_path, capsys):
    root = _corpus(tmp_path / "corpus", {"7 - Spiel (2010-01-01).pretty.json": _doc()})
    for split in ("train", "dev"):
        _corpus(tmp_path / "corpus", {"7 - Spiel (2010-01-01).pretty.json": _doc()}, split)
    log = tmp_path / "log.md"
    log.write_text("")
    assert eb.main([str(root), str(log), str(tmp_path / "out")]) == 0
    assert sorted(json.loads((tmp_path / "out" / "voices_external.json").read_text())) == [
        "dev",
        "peak_rss_mib",
        "recorded",
        "train",
    ]
    md = (tmp_path / "out" / "voices_external.md").read_text()
    assert "Measured now: train, dev (mapping v2, this engine)." in md
    assert "Not scored: test (used up after round 20;" in md
    assert eb.main([str(root), str(log), str(tmp_path / "out2"), "test"]) == 0
    assert "test: measured once after round 20 and used up" in capsys.readouterr().err
    assert "used up" in (tmp_path / "out2" / "voices_external.md").read_text()


def test_a_possessive_before_a_role_and_a_name_names_a_speaker_and_meinung_is_no_possessive():
    assert qc._is_pronoun("seiner Meinung nach") and qc._is_pronoun("dessen Angaben")
    assert not qc._is_pronoun("sein Anwalt Hartmut Lierow")
    assert not qc._is_pronoun("Meinung Russlands")


def test_a_sentence_the_quotation_touches_only_with_its_closing_mark_is_no_row():
    text = "Er sagte: „Wir bleiben hier. Wir gehen nicht.“ Dann ging er."
    parts = ["Er sagte: „Wir bleiben hier.", "Wir gehen nicht.", "“ Dann ging er."]
    doc = _doc_of(text, parts, [("„Wir bleiben hier. Wir gehen nicht.“", "Er", "sagte", "Direct")])
    rows = qc.statements(doc, "w")
    assert [r["sentence"] for r in rows] == ["Er sagte: „Wir bleiben hier.", "Wir gehen nicht."]
