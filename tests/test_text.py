import unicodedata

from framelab import text


def test_normalize_nfc_soft_hyphen_nbsp_crlf_and_quotes_kept():
    raw = (
        "Gene\u00adralstab\u00a0lobt  „Mut“\r\nKa"
        + unicodedata.normalize("NFD", "ä")
        + "mpfe  \r\n"
    )
    out = text.normalize(raw)
    assert out == "Generalstab lobt „Mut“\nKaämpfe"
    assert unicodedata.is_normalized("NFC", out)


def test_quote_marks_are_counted_by_style():
    counts = text.count_quote_marks("„Mut“ und «Sieg» und “Held”")
    assert counts["low9"] == 1
    assert counts["curly_double"] == 3  # closing “ of „…“ plus “…”
    assert counts["guillemet"] == 2


def test_sentences_respect_abbreviations_ordinals_and_quotes():
    para = (
        "Am 6. August 2024 drangen Truppen ein, z.B. bei St. Georg. "
        "„Besonders hervorheben möchte ich die Region Kursk“, sagte Gerassimow. "
        "Seit 2022. Die Ukraine wartet."
    )
    assert text.sentences(para) == [
        "Am 6. August 2024 drangen Truppen ein, z.B. bei St. Georg.",
        "„Besonders hervorheben möchte ich die Region Kursk“, sagte Gerassimow.",
        "Seit 2022.",
        "Die Ukraine wartet.",
    ]


def test_paragraph_modes():
    lines = "Erster Absatz.\nZweiter Absatz."
    assert text.paragraphs(lines) == ["Erster Absatz.", "Zweiter Absatz."]
    wrapped = "Ein Satz der\nweiter geht und\nendet.\n\nNoch ein\nAbsatz hier\nzu Ende."
    assert text.paragraphs(wrapped) == [
        "Ein Satz der weiter geht und endet.",
        "Noch ein Absatz hier zu Ende.",
    ]
    assert text.paragraphs(wrapped, "line")[0] == "Ein Satz der"


def test_tokenize_keeps_compounds_and_drops_urls():
    assert text.tokenize("Kursk-Kämpfen bei www.example.org, 10.000 Soldaten") == [
        "Kursk-Kämpfen",
        "bei",
        "10.000",
        "Soldaten",
    ]
    assert text.tokenize("Quelle: HTTPS://Example.org/a und WWW.Beispiel.at") == ["Quelle", "und"]
    assert text.tokenize("bzw. die Website") == ["bzw", "die", "Website"]


def test_lemmas_map_inflections_and_keep_umlauts():
    assert text.lemma("Soldaten") == "soldat"
    assert text.lemma("Streitkräften") == "streitkraft"
    assert text.lemma("Außenministeriums") == "außenministerium"
    stop = frozenset({"die", "der"})
    assert text.lemmas("Die Soldaten der 2. Armee", stop) == ["soldat", "armee"]


def test_quote_spans_all_styles():
    s = '„a“ “b” «c» »d« "e"'
    assert [s[a:b] for a, b in text.quote_spans(s)] == ["„a“", "“b”", "«c»", "»d«", '"e"']


def test_wordlist_comments_and_case(tmp_path):
    f = tmp_path / "w.txt"
    f.write_text("# header\nSagen   # reporting verb\n\njahr\n", encoding="utf-8")
    assert text.load_wordlist(f) == frozenset({"sagen", "jahr"})


def test_a_stop_after_an_abbreviation_ordinal_or_initial_does_not_end_a_sentence():
    passage = (
        "Laut Dr. Walter F. Müller kam es am 6. August zu Gesprächen (u.a. mit der Polizei). "
        "Die Regierung schwieg.  Der Minister (Prof. Huber) sagte nichts."
    )
    assert text.sentences(passage) == [
        "Laut Dr. Walter F. Müller kam es am 6. August zu Gesprächen (u.a. mit der Polizei).",
        "Die Regierung schwieg.",
        "Der Minister (Prof. Huber) sagte nichts.",
    ]


def test_lemmas_remember_each_tokens_decision_per_setting():
    sentence = "Die Soldaten kämpften 2025 in der Region"
    assert text.lemmas(sentence, frozenset({"die", "in", "der"})) == ["soldat", "kämpfen", "region"]
    assert text.lemmas(sentence, frozenset({"soldat"})) == ["der", "kämpfen", "in", "der", "region"]
    assert text.lemmas(sentence, frozenset(), drop_numbers=False)[3] == "2025"
    assert text.lemmas(sentence, frozenset({"die", "in", "der"})) == ["soldat", "kämpfen", "region"]
