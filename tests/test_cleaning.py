"""Cleaning rules on the seed texts: exact boilerplate gone, article sentences kept, all audited."""

import dataclasses

import pytest

from framelab.clean.cleaning import TITLE_RULE, clean_article, load_rules, passage_kind
from framelab.errors import InputError

from .conftest import RESOURCES, make_article

RULES = load_rules(RESOURCES / "boilerplate.yml")


@pytest.mark.parametrize("rule", RULES.rules, ids=lambda r: r.name)
def test_every_rule_matches_its_examples_and_not_its_keeps(rule):
    assert rule.examples, f"{rule.name} documents no example"
    assert rule.keep, f"{rule.name} documents no counter-example"
    for line in rule.examples:
        assert rule.matches_line(line) or (rule.kind == "trailing" and rule.pattern.search(line)), (
            line
        )
    for line in rule.keep:
        assert not rule.matches_line(line), line


def body(seeds, prefix):
    return seeds.articles[seeds.articles.id.str.startswith(prefix)].text.iloc[0]


def removed(seeds, prefix):
    r = seeds.removed
    return r[r.article_id.str.startswith(prefix)]


BOILERPLATE = [
    (
        "000",
        "related_reading",
        "Weiterführende Informationen – Kim Jong-un versichert der russischen Armee "
        "“unerschütterliche Unterstützung”.",
    ),
    ("001", "kicker", "Ukrainekrieg"),
    (
        "001",
        "photo_caption",
        "Ein russischer Kriegsreporter hat dieses Bild geteilt: Es soll ihn "
        "neben Soldaten aus Nordkorea in der Grenzregion Kursk zeigen.Alexander Garmaew/Telegram",
    ),
    (
        "001",
        "photo_caption",
        "Ein russischer Kriegsreporter hat dieses Bild geteilt: Es soll ihn "
        "neben Soldaten aus Nordkorea in der Grenzregion Kursk zeigen.",
    ),
    ("001", "agency_credit_inline", " (mit AFP)"),
    ("003", "table_stub", "Details | |"),
    ("003", "table_stub", "---|---|"),
    ("003", "table_stub", "Quellen |"),
    ("004", "agency_byline", "Keystone-SDA"),
    ("004", "tag_fragment", "Russland,"),
    ("004", "photo_caption", "Russland Putin"),
    (
        "004",
        "photo_caption",
        "Russland hat zum ersten Mal die Beteiligung nordkoreanischer "
        "Soldaten bestätigt. - Alexander Kazakov, Sputnik, Kremlin Pool Photo via AP",
    ),
    ("004", "navigation_heading", "Mehr zum Thema:"),
    ("004", "reader_comments_heading", "Kommentare"),
    ("004", "comment_author", "User #1698 (nicht angemeldet)"),
    ("004", "reader_comment", "Mal Gucken was der kleine Zarensky diesmal fordert."),
    ("004", "reader_comment", "Der Kursk Move war närrisch"),
    ("004", "navigation_heading", "Weiterlesen"),
    ("004", "interaction_count", "9 Interaktionen"),
    ("004", "navigation_heading", "MEHR IN NEWS"),
    ("004", "navigation_heading", "MEHR AUS RUSSLAND"),
    ("004", "navigation_teaser", "Strände & Co."),
    ("004", "navigation_teaser", "US-Sondergesandter Steve Witkoff und Kremlchef Wladimir Putin"),
]


@pytest.mark.parametrize(("article", "rule", "line"), BOILERPLATE)
def test_seed_boilerplate_is_removed_and_audited(seeds, article, rule, line):
    audit = removed(seeds, article)
    assert ((audit.rule == rule) & (audit.text == line)).any(), f"{rule} did not log {line!r}"
    text = body(seeds, article)
    assert line.strip() not in text.split("\n")
    if len(line.strip()) > 25:
        assert line.strip() not in text


KEPT = [
    ("000", "“Wir werden unsere Freunde niemals vergessen.”"),
    ("000", "Am 26. April 2025 meldete Gerassimow die vollständige Befreiung des Gebiets Kursk"),
    ("001", "Die letzte Siedlung in Kursk, der Ort Gornal, sei „befreit“ worden, sagte Gerassimow"),
    (
        "001",
        "Seit mehreren Wochen meldete Russland wiederholt, Gebiete in Kursk zurückerobert zu "
        "haben.",
    ),
    ("001", "Ukraine bestreitet, dass Russland die Kontrolle über Kursk wiedererlangt hat"),
    ("002", "Präsident Putin gratulierte den Truppen zu ihrem „Sieg“"),
    ("003", "Verluste und Unterstützung"),
    ("004", "Putin gratuliert zum «Sieg»"),
    ("004", "Eine Bestätigung aus Kiew gab es zunächst nicht."),
    (
        "004",
        "Russland hat erstmals den Einsatz von nordkoreanischen Soldaten im Kampf um Kursk "
        "bestätigt.",
    ),
]


@pytest.mark.parametrize(("article", "sentence"), KEPT)
def test_seed_article_sentences_are_kept(seeds, article, sentence):
    assert sentence in body(seeds, article)


def test_001_ends_with_its_last_sentence_not_the_credit(seeds):
    assert body(seeds, "001").endswith("Gebiete in Kursk zurückerobert zu haben.")


def test_headline_is_moved_to_title_and_logged(seeds):
    art = seeds.articles.set_index("id")
    title = "Russland bestätigt: Nordkoreaner nahmen an Kursk-Kämpfen gegen Ukraine teil"
    assert art.title[art.index.str.startswith("001")].item() == title
    assert title not in body(seeds, "001")
    audit = removed(seeds, "001")
    assert audit[audit.rule == TITLE_RULE].action.item() == "moved_to_title"


def test_002_has_no_boilerplate_and_nothing_is_removed(seeds):
    assert removed(seeds, "002").empty
    a = seeds.articles[seeds.articles.id.str.startswith("002")].iloc[0]
    assert a.n_chars_removed == 0 and a.n_chars_clean == a.n_chars_raw


def test_removed_characters_are_accounted_for(seeds):
    for a in seeds.articles.itertuples():
        r = seeds.removed[(seeds.removed.article_id == a.id) & (seeds.removed.action == "removed")]
        assert a.n_chars_removed == r.n_chars.sum()
        assert a.n_chars_clean <= a.n_chars_raw


def test_passages_and_sentences_are_segmented(seeds):
    p = seeds.passages
    assert (
        p.groupby("article_id")
        .position.apply(lambda s: list(s) == list(range(1, len(s) + 1)))
        .all()
    )
    p000 = p[p.article_id.str.startswith("000")]
    assert len(p000) == 10  # 11 lines, the teaser removed
    assert p000.iloc[0].n_sentences == 3
    headings = set(p[p.kind == "heading"].text)
    assert headings == {
        "Ukraine bestreitet, dass Russland die Kontrolle über Kursk wiedererlangt hat",
        "Verluste und Unterstützung",
        "Vertragsdetails und militärischer Beistand",
        "Putin gratuliert zum «Sieg»",
    }
    sent = seeds.sentences
    assert (
        sent.groupby(["article_id", "passage"]).size().values
        == p.set_index(["article_id", "position"]).n_sentences.values
    ).all()


def test_passage_kind():
    assert passage_kind("Putin gratuliert zum «Sieg»") == "heading"
    assert passage_kind("“Wir werden unsere Freunde niemals vergessen.”") == "body"


def test_section_opened_by_comments_removes_following_lines_until_navigation(rules):
    art = make_article("x", "Ein Satz.\nKommentare\nToller Artikel!\nMEHR IN NEWS\nAnderes Thema")
    c = clean_article(art, rules)
    assert c.body == "Ein Satz."
    assert [(r.rule, r.text) for r in c.removals] == [
        ("reader_comments_heading", "Kommentare"),
        ("reader_comment", "Toller Artikel!"),
        ("navigation_heading", "MEHR IN NEWS"),
        ("navigation_teaser", "Anderes Thema"),
    ]


def test_rules_file_errors_name_the_rule(tmp_path):
    bad = tmp_path / "rules.yml"
    bad.write_text(
        "sections: {}\nrules:\n  - name: broken\n    kind: line\n    pattern: '('\n"
        "    rationale: x\n  - name: odd\n    kind: sometimes\n    pattern: x\n",
        encoding="utf-8",
    )
    with pytest.raises(InputError) as err:
        load_rules(bad)
    msg = str(err.value)
    assert "rules.yml: broken: bad or missing pattern" in msg
    assert "rules.yml: odd: kind 'sometimes'" in msg


def test_a_chunk_of_only_boilerplate_articles_gives_empty_tables_not_a_crash():
    from framelab.clean.cleaning import CleanSettings, clean_chunk, load_rules

    from .conftest import RESOURCES, make_article

    settings = CleanSettings(load_rules(RESOURCES / "boilerplate.yml"), "auto", "de", 0.8, 5)
    corpus = clean_chunk([make_article("x", "Keystone-SDA")], settings)
    assert corpus.passages.empty and corpus.sentences.empty
    assert corpus.removed["text"].tolist() == ["Keystone-SDA"]


def test_a_kicker_is_a_short_line_right_above_the_known_title_only(rules):
    art = make_article("x", "Krieg in Nahost\nWaffenruhe hält\nEin Satz.\nAnderes Thema")
    art = dataclasses.replace(art, title="Waffenruhe hält")
    c = clean_article(art, rules)
    assert [(r.rule, r.text) for r in c.removals][:2] == [
        ("kicker", "Krieg in Nahost"),
        ("title_line", "Waffenruhe hält"),
    ]
    untitled = clean_article(make_article("y", "Ein Satz.\nAnderes Thema"), rules)
    assert "kicker" not in [r.rule for r in untitled.removals]


@pytest.mark.parametrize("rule", [r for r in RULES.rules if r.kind != "line"], ids=lambda r: r.name)
def test_a_searched_rule_finds_through_its_literal_gate_what_a_plain_search_finds(rule, seeds):
    lines = [*rule.examples, *rule.keep, *"\n".join(seeds.articles.text).split("\n")]
    for line in lines:
        gated, plain = rule.matches_line(line), rule.pattern.search(line)
        assert (gated and gated.span()) == (plain and plain.span()), line


def test_passage_kind_takes_the_callers_token_count():
    short, long_ = "Putin gratuliert zum «Sieg»", "Eins zwei drei vier " * 4
    assert passage_kind(short) == passage_kind(short, 4) == "heading"
    assert passage_kind(long_) == passage_kind(long_, 16) == "body"
    assert passage_kind(short, 16) == "body"  # the count given is the count used
