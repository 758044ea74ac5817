"""Corpus-wide boilerplate discovery: repeated lines found, counted exactly, removed exactly."""

import re
from pathlib import Path

import pandas as pd
import yaml

from framelab.clean.cleaning import load_rules
from framelab.clean.furniture import (
    article_lines,
    count_corpus,
    count_lines,
    furniture_lines,
    furniture_table,
    is_furniture,
    normalise_line,
    recount,
    rules_yaml,
    suggested_rule,
)
from framelab.cli import main
from framelab.io.corpus import iter_corpus, load_corpus

AD = "Laden Sie jetzt unsere App herunter – {} Stunden aktuell!"
DISCLAIMER = "Die Redaktion übernimmt keine Haftung für verlinkte Inhalte."
PAIR = "Mehr zum Thema lesen Sie hier."
LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def corpus_rows() -> list[dict]:
    """40 articles in three outlets; the ad in 7 (17.5 %), the disclaimer in 4, a pair in 2."""
    rows = []
    for i in range(40):
        tag = LETTERS[i % 26] + LETTERS[i // 26]
        lines = [f"Bericht {tag} über die Lage.", f"Die Lage {tag} bleibt unklar, hieß es."]
        if i < 7:
            lines.insert(1, AD.format(24 if i % 2 else 12))
        if 30 <= i < 34:
            lines.append(DISCLAIMER)
        if i in (10, 11):
            lines.append(PAIR)
        outlet = "C" if i >= 30 else ("A" if i % 2 else "B")
        camp = "agency" if outlet == "C" else "state"
        rows.append(dict(id=f"a{i:02d}", camp=camp, outlet=outlet, text="\n".join(lines)))
    return rows


def make_corpus(tmp_path: Path) -> Path:
    src = tmp_path / "in.csv"
    pd.DataFrame(corpus_rows()).to_csv(src, index=False)
    out = tmp_path / "corpus"
    assert main(["import", "csv", str(src), "--out", str(out)]) == 0
    return out


def test_check_lists_the_repeated_advertisement_with_its_exact_count(tmp_path, capsys):
    corpus = make_corpus(tmp_path)
    capsys.readouterr()
    args = ["check", str(corpus), "--no-params", "--min-share", "0.05", "--min-articles", "5"]
    assert main(args) == 0
    out = capsys.readouterr().out.splitlines()
    start = out.index(
        "repeated lines (articles; * = removed by repeated_furniture: share >= 0.05 and >= 5 "
        "articles):"
    )
    assert out[start + 1 : start + 4] == [
        "*       7   17.5%  Laden Sie jetzt unsere App herunter – 0 Stunden aktuell!  [B 4; A 3]",
        "        4   10.0%  Die Redaktion übernimmt keine Haftung für verlinkte Inhalte.  [C 4]",
        "        2    5.0%  Mehr zum Thema lesen Sie hier.  [A 1; B 1]",
    ]
    assert out[0] == (
        f"{corpus}: warning: almost no quotation marks (0.0 per article): direct quotations "
        "cannot be told from the narrator's words, so own-voice figures will overstate the narrator"
    )
    assert out[-1] == f"{corpus}: 0 error(s), 1 warning(s)"


def test_the_removal_function_removes_exactly_the_advertisement(tmp_path):
    articles = load_corpus(make_corpus(tmp_path))
    counts = count_lines(articles)
    assert counts.exact and counts.n_articles == 40
    lines = furniture_lines(counts, min_share=0.05, min_articles=5)
    assert lines == frozenset({"Laden Sie jetzt unsere App herunter – 0 Stunden aktuell!"})
    removed = [ln for a in articles for ln in a.text.splitlines() if is_furniture(ln, lines)]
    assert removed == [AD.format(n) for n in (12, 24, 12, 24, 12, 24, 12)]
    assert not is_furniture(DISCLAIMER, lines) and not is_furniture("", frozenset())


def test_table_counts_per_outlet_and_camp_and_suggests_a_rule(tmp_path):
    table = furniture_table(count_lines(load_corpus(make_corpus(tmp_path))))
    ad = table.iloc[0]
    assert (ad.n_articles, ad.share, ad.outlets, ad.camps) == (7, 0.175, "B 4; A 3", "state 7")
    assert ad.suggested_rule == (
        r"^Laden\s+Sie\s+jetzt\s+unsere\s+App\s+herunter\s+–\s+\d+\s+Stunden\s+aktuell!$"
    )
    assert re.fullmatch(ad.suggested_rule, AD.format(100))
    assert not re.fullmatch(ad.suggested_rule, "Laden Sie jetzt unsere App herunter")


def test_suggested_rules_paste_into_a_rules_file(tmp_path):
    table = furniture_table(count_lines(load_corpus(make_corpus(tmp_path))), top=2)
    path = tmp_path / "rules.yml"
    path.write_text(yaml.safe_dump({"rules": yaml.safe_load(rules_yaml(table))}), "utf-8")
    rules = load_rules(path)
    assert [r.name for r in rules.rules] == ["furniture_1", "furniture_2"]
    assert rules.rules[0].matches_line(AD.format(7))
    assert rules.rules[1].matches_line(DISCLAIMER)


def test_normalisation():
    assert normalise_line("  Stand:\u00a012.03.2021,\t8 Uhr ") == "Stand: 0.0.0, 0 Uhr"
    assert suggested_rule("Preis (0 €) *neu*") == r"^Preis\s+\(\d+\s+€\)\s+\*neu\*$"


def test_bounded_summary_then_exact_second_pass(tmp_path):
    articles = load_corpus(make_corpus(tmp_path))
    small = count_lines(articles, capacity=30)  # 30 counters, 83 distinct lines
    assert not small.exact and len(small.lines) <= 30
    # survivors: every line in more than 93 / 31 = 3 of the 93 article-lines
    assert {DISCLAIMER, normalise_line(AD.format(1))} <= set(small.lines)
    exact = recount(small, articles, min_articles=1)
    full = count_lines(articles)
    for line, entry in exact.lines.items():
        assert entry.count == full.lines[line].count
        assert entry.outlets == full.lines[line].outlets
    assert exact.lines["Laden Sie jetzt unsere App herunter – 0 Stunden aktuell!"].count == 7


def test_count_corpus_reads_twice_only_when_needed(tmp_path):
    corpus = make_corpus(tmp_path)
    reads = []

    def read():
        reads.append(1)
        return (a for chunk in iter_corpus(corpus, chunk_size=7) for a in chunk)

    ad = normalise_line(AD.format(1))
    assert count_corpus(read).lines[ad].count == 7 and len(reads) == 1
    assert count_corpus(read, capacity=30).lines[ad].count == 7 and len(reads) == 3
    assert normalise_line("Werbung\u200b  hier\u00ad") == "Werbung hier"


def test_article_lines_normalise_each_line_as_normalise_line_does():
    text = (
        "Mehr  zum\u00a0Thema \u00ad 2016\n  Seite 12 von 34 \r\n"
        "Ta\u0065\u0301g\x0bzwei\u2028drei\n\n\u0661\u0662 Tage 3\u00ad4\n" + "x " * 200
    )
    expected = {normalise_line(line) for line in text.split("\n")} - {""}
    expected = {line for line in expected if len(line) <= 300}
    assert article_lines(text) == expected
    assert "Seite 0 von 0" in expected and "Mehr zum Thema 0" in expected
