"""`framelab check`: settings from params.yaml, every source format, grouped problems."""

import hashlib
import shutil
from pathlib import Path

import pandas as pd
import yaml

from framelab.cli import EXIT_BAD_INPUT, main
from framelab.io.checking import check_corpus
from framelab.io.corpus_cli import params_settings
from framelab.study.scaffold import new_study

from .conftest import REPO, RESOURCES, TINY, check_settings


def digest(folder: Path) -> dict[str, str]:
    files = sorted(p for p in folder.rglob("*") if p.is_file())
    return {str(p): hashlib.sha256(p.read_bytes()).hexdigest() for p in files}


def kursk_copy(tmp_path: Path) -> Path:
    """A copy of the Kursk study under ``tmp_path/studies`` (to edit), the seeds beside it."""
    folder = tmp_path / "studies" / "kursk-2025"
    folder.parent.mkdir()
    shutil.copytree(REPO / "studies" / "kursk-2025", folder)
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "raw").symlink_to(REPO / "data" / "raw")
    return folder


def check(args: list[str], capsys) -> tuple[int, list[str]]:
    code = main(["check", *args])
    return code, capsys.readouterr().out.splitlines()


def test_check_without_options_uses_the_projects_params(corpus_copy, capsys):
    # params.yaml names the boilerplate rules: an only-boilerplate article gets its warning
    (corpus_copy / "articles/ot1.txt").write_text("Keystone-SDA\nMEHR IN NEWS\n", "utf-8")
    code, out = check([str(corpus_copy)], capsys)
    assert code == 0
    assert out[0] == (
        "corpus/articles/ot1.txt: warning: only boilerplate: nothing is left after cleaning "
        "(kept, with no passages)"
    )
    assert out[1] == (
        "kursk-2025/study.yaml: warning: no article is about the event: check the study's "
        "anchors, min_anchor_hits and window (the stance layer would label nothing)"
    )
    assert (
        "kursk-2025/annotations/stance_adjudicated.csv: warning: none of the 5 coded articles is "
        "in this corpus: the coding is of another corpus and goes unused (the report will say no "
        "manual coding covers it)"
    ) in out
    assert out[-1] == f"{corpus_copy}: 0 error(s), 3 warning(s)"


def write_params(tmp_path: Path, changes: dict) -> Path:
    """The project's params.yaml with some sections' keys changed, written to ``tmp_path``."""
    params = yaml.safe_load((REPO / "params.yaml").read_text(encoding="utf-8"))
    for key, value in changes.items():
        if isinstance(value, dict):
            params[key].update(value)
        else:
            params[key] = value
    for name in ("studies", "src"):
        if not (tmp_path / name).exists():
            (tmp_path / name).symlink_to(REPO / name)
    path = tmp_path / "params.yaml"
    path.write_text(yaml.safe_dump(params), encoding="utf-8")
    return path


def test_camps_and_max_bytes_come_from_params(corpus_copy, tmp_path, capsys):
    params = write_params(tmp_path, {"corpus": {"camps": ["a", "b"], "max_bytes": 400}})
    before = digest(corpus_copy)
    code, out = check([str(corpus_copy), "--params", str(params)], capsys)
    assert code == EXIT_BAD_INPUT
    assert out[:3] == [
        "corpus/metadata.csv:2: camp 'other' is not one of: a, b",
        "corpus/metadata.csv:3: camp 'russian_state' is not one of: a, b",
        "corpus/metadata.csv:4: camp 'western_agency' is not one of: a, b",
    ]
    assert out[-1] == f"{corpus_copy}: 3 error(s), 0 warning(s)"  # no article read: no study check
    assert digest(corpus_copy) == before
    code, out = check([str(corpus_copy), "--params", str(params), "--camps", "other"], capsys)
    assert out[:3] == [
        "corpus/articles/ot1.txt: 435 bytes is larger than the limit of 400 bytes per article "
        "(corpus.max_bytes)",
        "corpus/metadata.csv:3: camp 'russian_state' is not one of: other",
        "corpus/metadata.csv:4: camp 'western_agency' is not one of: other",
    ]


def test_a_study_corpus_is_checked_as_its_study_reads_it(tmp_path, capsys):
    pd.DataFrame(
        dict(lager=["a", "b", "c"], text=["Ein Text.", "Noch einer.", "Der dritte."])
    ).to_csv(tmp_path / "in.csv", sep=";", index=False, header=False)
    (tmp_path / "src").symlink_to(REPO / "src")
    study = new_study("s1", tmp_path / "studies")
    for name in ("kursk-2025",):
        (tmp_path / "studies" / name).symlink_to(REPO / "studies" / name)
    corpus = dict(
        source="in.csv",
        format="csv",
        options=dict(delimiter=";", header=False, columns=["lager", "text"], camp_column="lager"),
    )
    meta = yaml.safe_load((study / "study.yaml").read_text(encoding="utf-8"))
    meta["corpus"] = corpus
    (study / "study.yaml").write_text(yaml.safe_dump(meta), encoding="utf-8")
    params = write_params(
        tmp_path, {"study": "studies/s1", "corpus": {"source": "in.csv", "camps": ["a", "b"]}}
    )
    assert params_settings(params)["camps"] == ["a", "b"]
    code, out = check(["--params", str(params)], capsys)  # no source: the study's
    assert code == EXIT_BAD_INPUT
    for line in (
        "in.csv:3: camp 'c' is not one of: a, b",
        "s1/study.yaml: warning: no article is about the event: check the study's anchors, "
        "min_anchor_hits and window (the stance layer would label nothing)",
        "s1/codebook.md:3: warning: 1 line still TODO (the first is here)",
        "s1/annotations/stance_manual.csv: warning: no unit is coded yet: the stance labels "
        "will not be validated",
    ):
        assert line in out
    start = out.index("2 articles, 20 characters")
    assert out[start + 1] == "camps: a 1, b 1"
    assert out[start + 4] == "quotation marks: 0.0 per article (all articles, before cleaning)"
    assert out[start + 5 : start + 8] == study_lines(
        "s1", "1 anchor match(es), dated 2000-01-01 to 2100-12-31", "0 of 2", "camp_a 0, camp_b 0"
    )


def test_check_validates_the_manual_coding_against_study_and_corpus(tmp_path, capsys):
    folder = kursk_copy(tmp_path)
    gold = folder / "annotations" / "stance_adjudicated.csv"
    with open(gold, "a", encoding="utf-8") as f:
        f.write("000_f68ed09cd8fdb5d3,0,no_such_claim,maybe,,,,\n")
        f.write("999_missing,1,kursk_recaptured,report,,,,\n")
    code, out = check(["--params", str(write_params(tmp_path, {}))], capsys)
    assert code == EXIT_BAD_INPUT
    shown = "kursk-2025/annotations/stance_adjudicated.csv"
    assert out[:4] == [
        f"{shown}:119: label 'maybe' is not one of contest, distance, endorse, report, absent",
        f"{shown}:119: claim 'no_such_claim' is not in targets.yml (kursk_recaptured, "
        "dprk_deployment_legitimate, ukraine_kursk_operation)",
        f"{shown}:119: position '0' is not a passage number (counting from 1)",
        f"{shown}:120: article '999_missing' is not in the corpus",
    ]


def study_lines(study: str, rule: str, about: str, analysed: str) -> list[str]:
    """What `check` prints about the study: its examples, event and analysed articles."""
    return [
        f"study {study}: every rule example holds",
        f"about the event (at least {rule}): {about} articles",
        f"analysed (about the event, in a study camp): {analysed}",
    ]


def test_check_runs_the_study_rule_examples_and_counts_its_event_articles(tmp_path, capsys):
    folder = kursk_copy(tmp_path)
    targets = folder / "targets.yml"
    targets.write_text(
        targets.read_text(encoding="utf-8").replace(
            '"Russlands Armee hat Kursk nach eigenen Angaben zurückerobert.", report]',
            '"Russlands Armee hat Kursk nach eigenen Angaben zurückerobert.", endorse]',
        ),
        encoding="utf-8",
    )
    params = write_params(tmp_path, {})
    code, out = check(["--params", str(params)], capsys)
    assert code == EXIT_BAD_INPUT
    assert out[0] == (
        "targets.yml: kursk_recaptured: example labelled report, expected endorse: "
        "'Russlands Armee hat Kursk nach eigenen Angaben zurückerobert.'"
    )
    shutil.copy(REPO / "studies" / "kursk-2025" / "targets.yml", targets)
    code, out = check(["--params", str(params)], capsys)
    assert code == 0
    assert out[4] == "quotation marks: 9.2 per article (all articles, before cleaning)"
    assert out[5:8] == study_lines(
        "kursk-2025",
        "2 anchor match(es), dated 2025-04-26 to 2025-04-30",
        "5 of 5",
        "russian_state 1, western_agency 3, other 1",
    )


def test_check_a_parquet_corpus(tmp_path, capsys):
    out = tmp_path / "c.parquet"
    assert main(["import", "folder", str(TINY), "--metadata", str(TINY / "metadata.csv"),
                 "--format", "parquet", "--out", str(out)]) == 0  # fmt: skip
    report = check_corpus(
        out, "parquet", settings=check_settings(rules=RESOURCES / "boilerplate.yml")
    )
    assert not report.problems and report.summary.articles == 3
    assert dict(report.summary.camps) == {"other": 1, "russian_state": 1, "western_agency": 1}
    capsys.readouterr()
    code, lines = check([str(out), "--no-params"], capsys)
    assert code == 0 and lines[-1] == f"{out}: 0 error(s), 0 warning(s)"


def test_a_missing_folder_is_checked_with_the_study_and_says_only_that(tmp_path, capsys):
    code, out = check([str(tmp_path / "raw")], capsys)  # params.yaml: the Kursk study
    assert code == EXIT_BAD_INPUT
    assert out[0].startswith(f"{tmp_path / 'raw'}: no such corpus folder")
    assert out[1:] == [f"{tmp_path / 'raw'}: 1 error(s), 0 warning(s)"]


def test_missing_folder_and_csv_given_to_check(tmp_path, capsys):
    code, out = check([str(tmp_path / "raw"), "--no-params"], capsys)
    assert code == EXIT_BAD_INPUT
    assert out[0] == (
        f"{tmp_path / 'raw'}: no such corpus folder; create one with "
        f"`framelab import folder|csv|jsonl INPUT --out {tmp_path / 'raw'}` (or, for a study, "
        "point corpus.source in its study.yaml at your corpus and run `framelab study use`)"
    )
    assert not (tmp_path / "raw").exists()
    path = tmp_path / "x.csv"
    path.write_text("id,camp,text\nx1,a,Ein Text.\n", encoding="utf-8")
    code, out = check([str(path), "--no-params"], capsys)
    assert code == EXIT_BAD_INPUT
    assert out[0] == (
        f"{path}: a file, not a corpus folder (metadata.csv + articles/); import it with "
        f"`framelab import csv {path} --out DIR`"
    )
    code, out = check([str(path), "--no-params", "--format", "csv"], capsys)
    assert code == 0 and out[0] == "1 articles, 9 characters"


def test_a_coding_of_another_corpus_is_named_with_a_warning():
    from framelab.study.checks import coding_file, coding_problems
    from framelab.study.model import load_study

    study = load_study(REPO / "studies" / "kursk-2025", RESOURCES / "framing.yml", 6)
    problems = coding_problems(study, coding_file(study), status={})
    assert [(p.severity, p.message) for p in problems] == [
        (
            "warning",
            "none of the 5 coded articles is in this corpus: the coding is of another corpus "
            "and goes unused (the report will say no manual coding covers it)",
        )
    ]


def test_a_study_naming_another_corpus_than_params_is_warned_about(tmp_path, capsys):
    folder = kursk_copy(tmp_path)
    meta = folder / "study.yaml"
    meta.write_text(
        meta.read_text(encoding="utf-8").replace("source: data/raw", "source: data/raw-other"),
        encoding="utf-8",
    )
    code, out = check(["--params", str(write_params(tmp_path, {}))], capsys)
    assert code == 0
    assert out[0] == (
        "kursk-2025/study.yaml: warning: corpus.source 'data/raw-other' differs from params.yaml's "
        "'data/raw', which the pipeline and this check read; `framelab study use "
        "studies/kursk-2025` sets both"
    )
