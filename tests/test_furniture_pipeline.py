"""End to end: an app advertisement in 10 % of the articles is listed by ``check``, removed by
``clean``'s data-driven rule (audited line by line) and never becomes topic vocabulary."""

import os
import subprocess
import sys

import pandas as pd
import pytest

from framelab.cli import main

from .conftest import make_project

pytestmark = pytest.mark.slow
AD = "Laden Sie jetzt unsere kostenlose App herunter und lesen Sie alle Nachrichten mobil!"
AD_WORDS = {"app", "kostenlos", "herunterladen", "laden", "nachricht", "mobil", "lesen"}
THEMES = {
    "sport": "Der Verein gewann das Heimspiel gegen den Tabellenführer. Der Trainer lobte die "
    "Abwehr und den Torhüter, die Mannschaft steht nun auf dem dritten Tabellenplatz der Liga.",
    "kultur": "Das Museum zeigt ab Freitag Gemälde und Skulpturen aus dem neunzehnten Jahrhundert. "
    "Die Ausstellung der Galerie wird von Konzerten und einem Vortragsprogramm begleitet.",
    "verkehr": "Die Zahl der Fahrgäste in Bussen und Straßenbahnen ist deutlich gestiegen. Die "
    "Verkehrsbetriebe wollen den Takt verdichten und neue Haltestellen am Bahnhof bauen.",
}


TOWNS = [
    "Linz",
    "Graz",
    "Wels",
    "Steyr",
    "Krems",
    "Villach",
    "Leoben",
    "Bregenz",
    "Dornbirn",
    "Tulln",
]
DAYS = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag"]


def run_until_topics(root) -> pd.DataFrame:
    """Run clean, attribute and topics in the project; its topics' top terms."""
    env = os.environ | {"FRAMELAB_ROOT": str(root)}
    for stage in ("clean", "attribute", "topics"):
        subprocess.run([sys.executable, "-m", f"framelab.stages.{stage}"], env=env, check=True)
    return pd.read_csv(root / "reports/tables/topics/top_terms.csv")


def write_corpus(folder) -> int:
    """60 articles on three themes (each line its own: a town and a day); the advertisement in
    every tenth article (6 articles, 10 %)."""
    (folder / "articles").mkdir(parents=True)
    rows = []
    for i in range(60):
        theme = list(THEMES)[i % 3]
        lines = [f"{THEMES[theme]} So war es am {DAYS[i // 10]} in {TOWNS[i % 10]}."]
        if i % 10 == 0:
            lines.append(AD)
        (folder / "articles" / f"a{i:02d}.txt").write_text("\n".join(lines), encoding="utf-8")
        camp = "russian_state" if i % 2 else "western_agency"
        rows.append([f"a{i:02d}", f"articles/a{i:02d}.txt", "unknown", "unknown", camp, "de"])
    meta = pd.DataFrame(rows, columns=["id", "file", "title", "outlet", "camp", "language"])
    meta.assign(published="unknown", camp_evidence="test").to_csv(
        folder / "metadata.csv", index=False
    )
    return sum(1 for i in range(60) if i % 10 == 0)


def test_a_repeated_advertisement_is_listed_removed_and_kept_out_of_the_topics(tmp_path, capsys):
    n_ads = write_corpus(tmp_path / "corpus")
    root = make_project(tmp_path / "p", tmp_path / "corpus", topics__k=4)
    capsys.readouterr()
    assert main(["check", str(tmp_path / "corpus"), "--params", str(root / "params.yaml")]) == 0
    listed = [ln for ln in capsys.readouterr().out.splitlines() if AD in ln]
    assert len(listed) == 1 and listed[0].split()[:2] == ["*", str(n_ads)]

    run_until_topics(root)

    removed = pd.read_parquet(root / "data/processed/removed.parquet")
    by_rule = removed[removed["rule"] == "repeated_furniture"]
    assert sorted(by_rule["article_id"]) == [f"a{i:02d}" for i in range(0, 60, 10)]
    assert set(by_rule["text"]) == {AD}
    passages = pd.read_parquet(root / "data/processed/passages.parquet")
    assert not passages["text"].str.contains("App herunter").any()
    terms = pd.read_csv(root / "reports/tables/topics/top_terms.csv")
    assert set(terms["term"]) & AD_WORDS == set()
    # the same corpus with the rule's threshold above the ad's share: the ad becomes a topic
    kept = make_project(
        tmp_path / "q", tmp_path / "corpus", topics__k=4, clean__furniture_min_share=0.5
    )
    assert {"app", "mobil"} <= set(run_until_topics(kept)["term"])
    for theme, text in THEMES.items():  # each theme is still there, in its own words
        own = {w.lower() for w in text.replace(".", " ").split() if w[0].isupper()}
        assert own & set(terms["term"]), theme
