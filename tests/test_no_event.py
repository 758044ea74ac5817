"""A corpus about another event: the pipeline says so plainly instead of printing labels."""

import csv
import os
import shutil
import subprocess
import sys

import pytest
from pypdf import PdfReader

from .conftest import REPO, make_project

pytestmark = pytest.mark.slow
TEXTS = [
    "Der Gemeinderat hat am Montag den Haushalt für das kommende Jahr beschlossen. "
    "Die Opposition kritisierte die hohen Ausgaben für den Straßenbau.",
    "Das Museum zeigt ab Freitag Gemälde aus dem 19. Jahrhundert. Die Ausstellung läuft bis "
    "zum Herbst und wird von einem umfangreichen Vortragsprogramm begleitet.",
    "Der Verein gewann das Heimspiel mit zwei zu null. Der Trainer lobte die Abwehr, die "
    "Mannschaft steht nun auf dem dritten Tabellenplatz.",
    "Die Zahl der Fahrgäste im Nahverkehr ist im Sommer deutlich gestiegen. Die Betreiber "
    "wollen nun zusätzliche Busse einsetzen und den Takt verdichten.",
]


def write_corpus(folder):
    (folder / "articles").mkdir(parents=True)
    with open(folder / "metadata.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(
            ["id", "file", "title", "outlet", "camp", "language", "published", "camp_evidence"]
        )
        for i, text in enumerate(TEXTS * 2):
            (folder / "articles" / f"a{i}.txt").write_text(text, encoding="utf-8")
            camp = "russian_state" if i % 2 else "western_agency"
            w.writerow(
                [f"a{i}", f"articles/a{i}.txt", "unknown", "unknown", camp, "de", "unknown", "test"]
            )


def test_a_corpus_without_event_articles_is_reported_as_such(tmp_path):
    write_corpus(tmp_path / "corpus")
    root = make_project(tmp_path / "p", tmp_path / "corpus")
    (root / "reports").mkdir()
    shutil.copytree(REPO / "reports" / "templates", root / "reports" / "templates")
    shutil.copy(REPO / "reports" / "references.bib", root / "reports")
    env = os.environ | {"FRAMELAB_ROOT": str(root)}
    for stage in ("clean", "attribute", "topics", "stance", "reuse", "report"):
        subprocess.run([sys.executable, "-m", f"framelab.stages.{stage}"], env=env, check=True)
    text = " ".join(p.extract_text() for p in PdfReader(root / "reports/report.pdf").pages)
    assert "none of the corpus's 8 articles meets the study's event definition" in " ".join(
        text.split()
    )
    stance = (root / "reports/tables/stance/stance_by_passage.csv").read_text(encoding="utf-8")
    assert stance.count("\n") == 1  # the header only: no stance label
