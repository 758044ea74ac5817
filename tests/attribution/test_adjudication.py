"""The speaker adjudication: the decision rule, the judges' figures and their agreement."""

import csv

from framelab.attribution import adjudication as adj

KEY = ["pair_id", "set", "article_id", "n", "sentence", "gold", "system", "auto", "x", "y", "x_is"]
JUDGED = ["pair_id", "same", "x_identifies", "y_identifies", "note"]


def _write(path, header, rows):
    with open(path, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(header)
        w.writerows(rows)


def _key(path, rows, parts, x_is="gold"):
    """A study's pairs key: each row with its names in the order ``x_is`` says (gold first, or
    system first) and its part."""
    names = (5, 6) if x_is == "gold" else (6, 5)
    keyed = [
        (*r, r[names[0]], r[names[1]], x_is, part) for r, part in zip(rows, parts, strict=True)
    ]
    _write(path, [*KEY, "part"], keyed)


def _both_judges(tmp_path, part, verdicts):
    """The same verdicts from both judges of a part."""
    for judge in (1, 2):
        _write(tmp_path / f"judgements_{part}{judge}.csv", JUDGED, verdicts)


def _study(tmp_path):
    """Four pairs: a fragment the string test accepts ("Bundesamt"), an inflected name it
    rejects ("Weißen Hauses"), a right and a wrong speaker; judge 2 disagrees on the fragment."""
    pairs = [
        ("p1", "wiki41", "wn1", "1", "s", "Bundesamt für X", "Bundesamt", "True"),
        ("p2", "wiki41", "wn1", "2", "s", "Weißes Haus", "Weißen Hauses", "False"),
        ("p3", "wiki42", "wn2", "1", "s", "Angela Merkel", "Angela Merkel", "True"),
        ("p4", "wiki42", "wn2", "2", "s", "Angela Merkel", "Olaf Scholz", "False"),
    ]
    # x is the system's name for p1 and p3, the gold's for p2 and p4
    rows = [
        (*p, p[6], p[5], "system") if p[0] in {"p1", "p3"} else (*p, p[5], p[6], "gold")
        for p in pairs
    ]
    _write(tmp_path / "pairs_key.csv", KEY, rows)
    first = [
        ("p1", "yes", "no", "yes", ""),
        ("p2", "yes", "yes", "yes", ""),
        ("p3", "yes", "yes", "yes", ""),
        ("p4", "no", "yes", "yes", ""),
    ]
    second = [("p1", "yes", "yes", "yes", ""), *first[1:]]
    for part in "abcd":
        _write(tmp_path / f"judgements_{part}1.csv", JUDGED, first if part == "a" else [])
        _write(tmp_path / f"judgements_{part}2.csv", JUDGED, second if part == "a" else [])


def test_right_needs_the_same_speaker_named_specifically_by_the_system():
    key = {"x_is": "system"}
    assert adj.right(key, {"same": "yes", "x_identifies": "yes", "y_identifies": "yes"})
    assert not adj.right(key, {"same": "yes", "x_identifies": "no", "y_identifies": "yes"})
    assert adj.right(key, {"same": "yes", "x_identifies": "no", "y_identifies": "no"})
    assert not adj.right(key, {"same": "no", "x_identifies": "yes", "y_identifies": "yes"})


def test_the_study_gives_string_test_judges_and_agreement(tmp_path):
    _study(tmp_path)
    f = adj.summary(tmp_path)["wikinews_first_measured"]
    assert (f["pairs"], f["string_test"], f["judge_1"], f["judge_2"]) == (4, 0.5, 0.5, 0.75)
    assert (f["conservative"], f["liberal"], f["agreement"]) == (0.5, 0.75, 0.75)
    assert f["string_right_judged_wrong"] == 0  # judge 2 accepted the fragment
    assert f["string_wrong_judged_right"] == 1  # the inflected name
    assert f["sets"] == ["wiki41", "wiki42"]
    assert adj.kappa([True, False], [True, False]) == 1.0


def test_no_judgements_no_figures(tmp_path):
    assert adj.summary(tmp_path) == {}


def test_a_round_study_pools_with_the_first_as_first_measured(tmp_path):
    """The round study's first engine gave "Scholz" (right), its second a wrong name."""
    _study(tmp_path)
    scholz = ("wiki48", "wn3", "1", "s", "Olaf Scholz")
    rows = [
        ("q1", *scholz, "Scholz", "True", "Scholz", "Olaf Scholz", "system", "e"),
        (
            "q2",
            *scholz,
            "Olaf Lafontaine",
            "False",
            "Olaf Lafontaine",
            "Olaf Scholz",
            "system",
            "e",
        ),
    ]
    _write(tmp_path / "pairs_key_wiki48_49.csv", [*KEY, "part"], rows)
    engines = [("r44", "wiki48", "wn3", "1", "q1"), ("r45", "wiki48", "wn3", "1", "q2")]
    header = ["engine", "set", "article_id", "n", "pair_id"]
    _write(tmp_path / "engine_pairs_wiki48_49.csv", header, engines)
    verdicts = [("q1", "yes", "yes", "yes", ""), ("q2", "no", "yes", "yes", "")]
    for part, judge in ((p, j) for p in "ef" for j in (1, 2)):
        _write(tmp_path / f"judgements_{part}{judge}.csv", JUDGED, verdicts if part == "e" else [])
    out = adj.summary(tmp_path)
    assert out["round45_held_out"]["r44"]["conservative"] == 1.0
    assert out["round45_held_out"]["r45"]["conservative"] == 0.0
    pooled = out["pooled_first_measured"]  # the four first pairs and the round-44 engine's
    assert (pooled["pairs"], pooled["conservative"]) == (5, 0.6)
    assert pooled["sets"] == ["wiki41", "wiki42", "wiki48"]


def test_the_newspaper_study_stands_apart_from_the_wikinews_pool(tmp_path):
    """Judged "VW" for "Volkswagen" right, which the string test rejects; not pooled."""
    _study(tmp_path)
    rows = [("u1", "wmt21", "mt21_01", "1", "s", "Volkswagen", "VW", "False", "VW")]
    _write(
        tmp_path / "pairs_key_wmt21_22.csv",
        [*KEY, "part"],
        [(*rows[0], "Volkswagen", "system", "m")],
    )
    for part, judge in ((p, j) for p in "mno" for j in (1, 2)):
        verdicts = [("u1", "yes", "yes", "yes", "")] if part == "m" else []
        _write(tmp_path / f"judgements_{part}{judge}.csv", JUDGED, verdicts)
    out = adj.summary(tmp_path)
    newspaper = out["newspaper_first_measured"]
    assert (newspaper["pairs"], newspaper["string_test"], newspaper["conservative"]) == (
        1,
        0.0,
        1.0,
    )
    assert newspaper["sets"] == ["wmt21"]
    assert "pooled_first_measured" not in out  # one Wikinews study: nothing to pool


def test_the_newspaper_studies_are_pooled_with_each_other(tmp_path):
    """The wmt21/22 study's right pair and the wmt20 study's wrong pair: one figure, 0.5."""
    for key_file, parts, pair, verdict in (
        ("pairs_key_wmt21_22.csv", "mno", ("u1", "wmt21", "Volkswagen", "VW"), "yes"),
        ("pairs_key_wmt20.csv", "pqrs", ("v1", "wmt20", "Angela Merkel", "Olaf Scholz"), "no"),
    ):
        pid, split, gold, system = pair
        row = (pid, split, "a1", "1", "s", gold, system, "False", system, gold, "system", parts[0])
        _write(tmp_path / key_file, [*KEY, "part"], [row])
        for part, judge in ((p, j) for p in parts for j in (1, 2)):
            verdicts = [(pid, verdict, "yes", "yes", "")] if part == parts[0] else []
            _write(tmp_path / f"judgements_{part}{judge}.csv", JUDGED, verdicts)
    newspaper = adj.summary(tmp_path)["newspaper_first_measured"]
    assert (newspaper["pairs"], newspaper["conservative"]) == (2, 0.5)
    assert newspaper["sets"] == ["wmt20", "wmt21"]


def test_a_newspaper_round_study_pools_its_first_engine_only(tmp_path):
    """Round 50's study judges both engines' names once; the pool takes the round-49 pair, the
    round study reports each engine."""
    rows = [
        ("w1", "wmt23", "a1", "1", "s", "Wolodymyr Selenskyj", "Wolodymyr Selenskyj", "True"),
        ("w2", "wmt23", "a1", "1", "s", "Wolodymyr Selenskyj", "Wolodomyr Selenskyj", "False"),
    ]
    _write(
        tmp_path / "pairs_key_wmt23_21en.csv",
        [*KEY, "part"],
        [(*r, r[6], r[5], "system", "t") for r in rows],
    )
    engines = [("r49", "wmt23", "a1", "1", "w1"), ("r50", "wmt23", "a1", "1", "w2")]
    _write(
        tmp_path / "engine_pairs_wmt23_21en.csv",
        ["engine", "set", "article_id", "n", "pair_id"],
        engines,
    )
    for part, judge in ((p, j) for p in "tuv" for j in (1, 2)):
        verdicts = [("w1", "yes", "yes", "yes", ""), ("w2", "no", "no", "yes", "")]
        _write(tmp_path / f"judgements_{part}{judge}.csv", JUDGED, verdicts if part == "t" else [])
    out = adj.summary(tmp_path)
    assert (
        out["newspaper_first_measured"]["pairs"],
        out["newspaper_first_measured"]["conservative"],
    ) == (1, 1.0)
    by_engine = out["round50_held_out_newspapers"]
    assert (by_engine["r49"]["conservative"], by_engine["r50"]["conservative"]) == (1.0, 0.0)


def test_the_commentary_study_stands_apart_from_the_news_studies(tmp_path):
    """One judged-right pair ("Sie" resolved by the readers to the gold's unnamed perpetrators
    is wrong; "Bahr" for "Ernst Bahr" right): its own figure, in no news pool."""
    rows = [
        ("c1", "pcc1", "pcc_13507", "1", "s", "Ernst Bahr", "Bahr", "True"),
        ("c2", "pcc1", "pcc_3415", "1", "s", "Täter (unnamed)", "Sie", "True"),
    ]
    _write(
        tmp_path / "pairs_key_pcc.csv",
        [*KEY, "part"],
        [(*r, r[6], r[5], "system", "w") for r in rows],
    )
    for judge in (1, 2):
        verdicts = [("c1", "yes", "yes", "yes", ""), ("c2", "yes", "no", "yes", "")]
        _write(tmp_path / f"judgements_w{judge}.csv", JUDGED, verdicts)
    out = adj.summary(tmp_path)
    commentary = out["commentary_first_measured"]
    assert (commentary["pairs"], commentary["string_test"], commentary["conservative"]) == (
        2,
        1.0,
        0.5,
    )
    assert commentary["sets"] == ["pcc1"]
    assert "newspaper_first_measured" not in out


def test_the_fang_study_is_a_source_of_its_own(tmp_path):
    """The COVID-19 news study (parts x and y): its own figure, in neither the news nor the
    commentary pool; one pair judged wrong ("Er" for a named minister), one right."""
    rows = [
        ("c1", "fang1", "fang_1", "1", "s", "Jens Spahn", "Spahn", "True"),
        ("c2", "fang2", "fang_2", "3", "s", "Jens Spahn", "Er", "True"),
    ]
    _key(tmp_path / "pairs_key_fang.csv", rows, "xy")
    _both_judges(tmp_path, "x", [("c1", "yes", "yes", "yes", "")])
    _both_judges(tmp_path, "y", [("c2", "yes", "yes", "no", "")])
    out = adj.summary(tmp_path)
    assert list(out) == ["fang_first_measured"]
    fang = out["fang_first_measured"]
    assert (fang["pairs"], fang["string_test"], fang["conservative"]) == (2, 1.0, 0.5)
    assert fang["sets"] == ["fang1", "fang2"]


def test_the_round53_fang_study_pools_its_first_engine_with_fang1_and_fang2(tmp_path):
    """fang3/fang4 judged with both engines (parts A and B): the FANG pool takes the round-52
    pair beside the fang1/fang2 study's; the round study reports each engine."""
    test_the_fang_study_is_a_source_of_its_own(tmp_path)
    rows = [
        ("g1", "fang3", "fang_9", "1", "s", "Jens Spahn", "Spahn", "True"),
        ("g2", "fang3", "fang_9", "1", "s", "Jens Spahn", "Ministerium", "False"),
    ]
    _key(tmp_path / "pairs_key_fang34.csv", rows, "AB", x_is="system")
    engines = [("r52", "fang3", "fang_9", "1", "g2"), ("r53", "fang3", "fang_9", "1", "g1")]
    header = ["engine", "set", "article_id", "n", "pair_id"]
    _write(tmp_path / "engine_pairs_fang34.csv", header, engines)
    _both_judges(tmp_path, "A", [("g1", "yes", "yes", "yes", "")])
    _both_judges(tmp_path, "B", [("g2", "no", "no", "yes", "")])
    out = adj.summary(tmp_path)
    fang = out["fang_first_measured"]  # c1 right, c2 wrong, g2 (round 52) wrong
    assert (fang["pairs"], fang["conservative"]) == (3, round(1 / 3, 3))
    assert fang["sets"] == ["fang1", "fang2", "fang3"]
    by_engine = out["round53_held_out_fang"]
    assert (by_engine["r52"]["conservative"], by_engine["r53"]["conservative"]) == (0.0, 1.0)


def test_the_twelfth_fang_study_joins_the_fang_pool_and_reports_on_its_own(tmp_path):
    """fang5-fang14 (parts C-N, one engine per set): every pair joins the FANG pool; its own
    figure counts only its pairs. One pair per part; judge 2 rejects the bare institution noun
    in part D ("Behörde" where the article names it), so only the pair of part C is right."""
    test_the_round53_fang_study_pools_its_first_engine_with_fang1_and_fang2(tmp_path)
    parts = "CDEFGHIJKLMN"
    rows = [
        (f"h{k}", f"fang{5 + k % 10}", f"fang_{k}", "1", "s", "Landratsamt", "Landratsamt", "True")
        for k in range(len(parts))
    ]
    _key(tmp_path / "pairs_key_fang5_14.csv", rows, parts, x_is="system")
    for k, part in enumerate(parts):
        for judge in (1, 2):
            same = "yes" if part in "CD" else "no"
            names = "no" if (part, judge) == ("D", 2) else "yes"
            verdict = (f"h{k}", same, names, "yes", "")
            _write(tmp_path / f"judgements_{part}{judge}.csv", JUDGED, [verdict])
    out = adj.summary(tmp_path)
    later = out["fang5_14_first_measured"]
    assert (later["pairs"], later["string_test"], later["conservative"]) == (12, 1.0, 0.083)
    assert later["liberal"] == round(2 / 12, 3)
    fang = out["fang_first_measured"]  # c1 right, c2 and g2 wrong, then h0 right of twelve
    assert (fang["pairs"], fang["conservative"]) == (15, round(2 / 15, 3))
    assert "fang14" in fang["sets"] and "fang5" in fang["sets"]


def test_the_round59_study_pools_its_first_engine_and_reports_both(tmp_path):
    """fang15/fang16 judged with the round-58 and round-59 rules (parts O and P): the FANG pool
    takes the round-58 pair ("Landratsamt", not named specifically); the round study reports
    each engine ("Ebersberger Landratsamt" right)."""
    test_the_fang_study_is_a_source_of_its_own(tmp_path)
    gold = "Landratsamt Ebersberg"
    rows = [
        ("i1", "fang15", "fang_5", "2", "s", gold, "Landratsamt", "True"),
        ("i2", "fang15", "fang_5", "2", "s", gold, "Ebersberger Landratsamt", "False"),
    ]
    _key(tmp_path / "pairs_key_fang1516.csv", rows, "OP", x_is="system")
    engines = [("r58", "fang15", "fang_5", "2", "i1"), ("r59", "fang15", "fang_5", "2", "i2")]
    header = ["engine", "set", "article_id", "n", "pair_id"]
    _write(tmp_path / "engine_pairs_fang1516.csv", header, engines)
    _both_judges(tmp_path, "O", [("i1", "yes", "no", "yes", "")])
    _both_judges(tmp_path, "P", [("i2", "yes", "yes", "yes", "")])
    out = adj.summary(tmp_path)
    by_engine = out["round59_held_out_fang"]
    assert (by_engine["r58"]["conservative"], by_engine["r59"]["conservative"]) == (0.0, 1.0)
    assert (by_engine["r58"]["string_test"], by_engine["r59"]["string_test"]) == (1.0, 0.0)
    fang = out["fang_first_measured"]  # c1 right, c2 wrong, i1 (round 58) not specific
    assert (fang["pairs"], fang["conservative"]) == (3, round(1 / 3, 3))


def test_the_fourteenth_study_reports_on_its_own_and_joins_the_pool(tmp_path):
    """fang17/fang18 with the round-59 rules (parts Q and R): its own figure and the pool."""
    test_the_fang_study_is_a_source_of_its_own(tmp_path)
    rows = [
        ("j1", "fang17", "fang_7", "1", "s", "Landratsamt München", "Landratsamt München", "True"),
        ("j2", "fang18", "fang_8", "4", "s", "Hans Kopp", "Landratsamt München", "False"),
    ]
    _key(tmp_path / "pairs_key_fang17_18.csv", rows, "QR")
    _both_judges(tmp_path, "Q", [("j1", "yes", "yes", "yes", "")])
    _both_judges(tmp_path, "R", [("j2", "no", "yes", "yes", "")])
    out = adj.summary(tmp_path)
    latest = out["fang17_18_first_measured"]
    assert (latest["pairs"], latest["conservative"], latest["string_test"]) == (2, 0.5, 0.5)
    assert out["fang_first_measured"]["pairs"] == 4


def test_the_fifteenth_study_reports_on_its_own_and_joins_the_pool(tmp_path):
    """fang19/fang20, held out for round 60 (parts S and T): its own figure and the pool."""
    test_the_fourteenth_study_reports_on_its_own_and_joins_the_pool(tmp_path)
    rows = [
        ("k1", "fang19", "fang_9", "3", "s", "Robert Stangl", "Robert Stangl", "True"),
        ("k2", "fang20", "fang_10", "5", "s", "Landratsamt Erding", "Landratsamt", "True"),
        ("k3", "fang20", "fang_10", "6", "s", "Landratsamt Erding", "Landratsamt Erding", "True"),
    ]
    _key(tmp_path / "pairs_key_fang19_20.csv", rows, "STT")
    for judge in (1, 2):
        _write(tmp_path / f"judgements_S{judge}.csv", JUDGED, [("k1", "yes", "yes", "yes", "")])
        verdicts = [("k2", "yes", "yes", "no", ""), ("k3", "yes", "yes", "yes", "")]
        _write(tmp_path / f"judgements_T{judge}.csv", JUDGED, verdicts)
    out = adj.summary(tmp_path)
    held_out = out["fang19_20_first_measured"]  # k2: the bare noun does not identify the office
    assert (held_out["pairs"], held_out["string_test"]) == (3, 1.0)
    assert held_out["conservative"] == round(2 / 3, 3)
    assert out["fang_first_measured"]["pairs"] == 7


def test_the_seventeenth_study_reports_on_its_own_and_joins_the_pool(tmp_path):
    """fang23/fang24, held out for round 62 (parts W and X): its own figure and the pool."""
    test_the_fifteenth_study_reports_on_its_own_and_joins_the_pool(tmp_path)
    rows = [
        ("m1", "fang23", "fang_11", "2", "s", "Uni Lübeck", "Lübeck", "True"),
        (
            "m2",
            "fang24",
            "fang_12",
            "7",
            "s",
            "Kreisklinik Ebersberg",
            "Kreisklinik Ebersberg",
            "True",
        ),
    ]
    _key(tmp_path / "pairs_key_fang23_24.csv", rows, "WX")
    _both_judges(tmp_path, "W", [("m1", "no", "yes", "no", "")])
    _both_judges(tmp_path, "X", [("m2", "yes", "yes", "yes", "")])
    out = adj.summary(tmp_path)
    newest = out["fang23_24_first_measured"]  # m1: a town is not its university
    assert (newest["pairs"], newest["conservative"], newest["string_test"]) == (2, 0.5, 1.0)
    assert out["fang_first_measured"]["pairs"] == 9


def test_parts_named_by_a_study_number_and_a_letter(tmp_path):
    """Once the single characters are used up, a part is a string of its own ("25a"): its
    judgement files are judgements_25a1.csv and judgements_25a2.csv, and no file of a part
    "2" or "5" is read."""
    rows = [
        ("u1", "fang39", "fang_1", "1", "s", "Angela Merkel", "Angela Merkel", "True"),
        ("u2", "fang39", "fang_1", "2", "s", "Angela Merkel", "Olaf Scholz", "False"),
    ]
    _key(tmp_path / "pairs_key_t.csv", rows, ["25a", "25b"])
    _both_judges(tmp_path, "25a", [("u1", "yes", "yes", "yes", "")])
    _both_judges(tmp_path, "25b", [("u2", "no", "yes", "yes", "")])
    keys, judged, _ = adj.load(tmp_path, "pairs_key_t.csv", ("25a", "25b"), "")
    assert judged[1] == {"u1": True, "u2": False}
    assert adj.figures(keys, judged, ["u1", "u2"])["conservative"] == 0.5
