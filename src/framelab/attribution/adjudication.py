"""Speaker accuracy judged by readers: the speaker adjudication of held-out sets.

The benchmark's string test (:func:`framelab.attribution.benchmark.speaker_matches`) counts a
matched statement's speaker right when the gold and the system name share their lemmatised
words. Two blind judges per pair decided instead whether the two names denote the same speaker
and whether each names it specifically (protocol, guideline and judgements in
``data/annotations/voices_adjudication/``). A system speaker is right when the judge says the
same speaker and the system's name identifies it, or the gold's does not either.

Run: python -m framelab.attribution.adjudication data/annotations/voices_adjudication
"""

from __future__ import annotations

import csv
import math
import sys
from pathlib import Path

FIRST_STUDY = ("pairs_key.csv", "abcd", "")  # the seven Wikinews sets as first measured
# the sets held out for a round, judged with the engines before and after it: (key file, parts,
# engine map, the engine that measured them first)
ROUND_STUDIES = {
    "round45_held_out": ("pairs_key_wiki48_49.csv", "ef", "engine_pairs_wiki48_49.csv", "r44"),
    "round46_held_out": ("pairs_key_wiki50_51.csv", "gh", "engine_pairs_wiki50_51.csv", "r45"),
    "round47_held_out": ("pairs_key_wiki52_53.csv", "ij", "engine_pairs_wiki52_53.csv", "r46"),
    "round48_held_out": ("pairs_key_wiki54_55.csv", "kl", "engine_pairs_wiki54_55.csv", "r47"),
}
# the newspaper sets as first measured (WMT21/WMT22 German news with the round-48 rules; WMT20,
# the same pairs with the round-48 and round-49 rules; WMT23 and newstest2021 German-English,
# held out for round 50, with the round-49 rules): pooled, never with the Wikinews studies
ROUND50_NEWSPAPERS = ("pairs_key_wmt23_21en.csv", "tuv", "engine_pairs_wmt23_21en.csv", "r49")
NEWSPAPER_STUDIES = (
    ("pairs_key_wmt21_22.csv", "mno", "", ""),
    ("pairs_key_wmt20.csv", "pqrs", "", ""),  # both engines gave the same pairs
    ROUND50_NEWSPAPERS,
)
# the newspaper sets held out for a round, judged with the engines before and after it
NEWSPAPER_ROUND_STUDIES = {"round50_held_out_newspapers": ROUND50_NEWSPAPERS}
# the newspaper commentaries (Potsdam Commentary Corpus) as first measured, the round-51 rules
COMMENTARY_STUDIES = (("pairs_key_pcc.csv", "w", "", ""),)
# the COVID-19 news of German newspapers and RT DE (FANG-COVID) as first measured: fang1 and
# fang2 with the round-52 rules; fang3 and fang4, held out for round 53, with the round-52 and
# the round-53 rules; fang5 to fang14 each with the rules that measured it first (the twelfth
# study); fang15 and fang16, held out for round 59, with the round-58 and the round-59 rules;
# fang17 and fang18 with the round-59 rules (the fourteenth study); fang19 and fang20, held out
# for round 60, with the round-60 rules, which name their speakers as the round-59 rules do
# (the fifteenth study); fang21 and fang22, held out for round 61, with the round-60 and the
# round-61 rules (the sixteenth study); fang23 and fang24, held out for round 62, with the
# round-62 rules, which name their speakers as the round-61 rules do (the seventeenth study);
# fang25 and fang26, held out for round 63, with the round-62 and the round-63 rules (the
# eighteenth study); fang27 and fang28, held out for round 64, with the round-63 and the round-64
# rules, which name every matched speaker alike (the nineteenth study; its engine map lists every
# pair for both); fang29 and fang30, held out for round 65, with the round-64 and the round-65
# rules, alike too (the twentieth study; parts 1 and 2); fang31 and fang32, held out for round
# 66, with the round-65 and the round-66 rules, alike too (the twenty-first study; parts 3 and 4);
# fang33 and fang34, held out for round 67, with the round-66 and the round-67 rules (the
# twenty-second study; parts 5 and 6); fang35 and fang36, held out for round 68, with the
# round-67 and the round-68 rules (the twenty-third study; parts 7 and 8); fang37 and fang38,
# held out for round 69, with the round-68 and the round-69 rules (the twenty-fourth study; one
# part, 9); fang39 and fang40, held out for round 70, with the round-69 and the round-70 rules,
# alike on them (the twenty-fifth study; parts 25a and 25b); fang41 and fang42, held out for
# round 71, with the round-70 and the round-71 rules, alike on them too (the twenty-sixth study;
# parts 26a and 26b); fang43 and fang44, held out for round 72, with the round-71 and the
# round-72 rules, alike on them too (the twenty-seventh study; parts 27a and 27b); fang45 to
# fang48, held out for round 73, with the round-72 and the round-73 rules, alike on them too (the
# twenty-eighth study; parts 28a to 28d); fang49 to fang52, held out for round 74, with the
# round-73 and the round-74 rules, which name 2 of their 843 matched speakers differently (the
# twenty-ninth study; parts 29a to 29d); fang53 to fang56, held out for round 75, with the
# round-74 and the round-75 rules, alike on them (the thirtieth study; parts 30a to 30d); fang57
# to fang60, with the round-75 rules after their review, no round 76 being made in that session
# (the thirty-first study; parts 31a to 31d); fang61 to fang64, held out for round 76, with the
# round-75 and the round-76 rules, which name 8 of their 907 matched speakers differently (the
# thirty-second study; parts 32a to 32d); fang65 to fang68, with the round-76 rules after their
# review, no round 77 being made in that session (the thirty-third study; parts 33a to 33d);
# fang69 to fang72, held out for round 78, with the round-78 rules, which name every matched
# speaker of theirs as the rules before it do (the thirty-fourth study; parts 34a to 34d);
# fang73 to fang76 with the round-78 rules after their review (the thirty-fifth study; parts
# 35a to 35d); fang77 to fang80, held out for round 80, with the round-80 rules, which name every
# matched speaker of theirs as the round-79 rules do (the thirty-sixth study; parts 36a to 36d);
# fang81 to fang84, held out for round 81, whose output on them is the round-80 rules' (the
# thirty-seventh study; parts 37a to 37d).
# A source of its own, never pooled with the other studies
ROUND53_FANG = ("pairs_key_fang34.csv", "AB", "engine_pairs_fang34.csv", "r52")
FANG5_14 = ("pairs_key_fang5_14.csv", "CDEFGHIJKLMN", "", "")
ROUND59_FANG = ("pairs_key_fang1516.csv", "OP", "engine_pairs_fang1516.csv", "r58")
FANG17_18 = ("pairs_key_fang17_18.csv", "QR", "", "")
FANG19_20 = ("pairs_key_fang19_20.csv", "ST", "", "")
ROUND61_FANG = ("pairs_key_fang2122.csv", "UV", "engine_pairs_fang2122.csv", "r60")
FANG23_24 = ("pairs_key_fang23_24.csv", "WX", "", "")
FANG57_60 = ("pairs_key_fang57_60.csv", ("31a", "31b", "31c", "31d"), "", "")
FANG65_68 = ("pairs_key_fang65_68.csv", ("33a", "33b", "33c", "33d"), "", "")
FANG69_72 = ("pairs_key_fang69_72.csv", ("34a", "34b", "34c", "34d"), "", "")
FANG73_76 = ("pairs_key_fang73_76.csv", ("35a", "35b", "35c", "35d"), "", "")
FANG77_80 = ("pairs_key_fang77_80.csv", ("36a", "36b", "36c", "36d"), "", "")
FANG81_84 = ("pairs_key_fang81_84.csv", ("37a", "37b", "37c", "37d"), "", "")
ROUND63_FANG = ("pairs_key_fang2526.csv", "YZ", "engine_pairs_fang2526.csv", "r62")
ROUND64_FANG = ("pairs_key_fang27_28.csv", "z0", "engine_pairs_fang27_28.csv", "r63")
ROUND65_FANG = ("pairs_key_fang29_30.csv", "12", "engine_pairs_fang29_30.csv", "r64")
ROUND66_FANG = ("pairs_key_fang31_32.csv", "34", "engine_pairs_fang31_32.csv", "r65")
ROUND67_FANG = ("pairs_key_fang33_34.csv", "56", "engine_pairs_fang33_34.csv", "r66")
ROUND68_FANG = ("pairs_key_fang35_36.csv", "78", "engine_pairs_fang35_36.csv", "r67")
ROUND69_FANG = ("pairs_key_fang37_38.csv", "9", "engine_pairs_fang37_38.csv", "r68")
# the single-character part labels are used up: later parts are named by the study's number and a
# letter (the twenty-fifth study's "25a", "25b"; judgement files judgements_25a1.csv …)
ROUND70_FANG = ("pairs_key_fang39_40.csv", ("25a", "25b"), "engine_pairs_fang39_40.csv", "r69")
ROUND71_FANG = ("pairs_key_fang41_42.csv", ("26a", "26b"), "engine_pairs_fang41_42.csv", "r70")
ROUND72_FANG = ("pairs_key_fang43_44.csv", ("27a", "27b"), "engine_pairs_fang43_44.csv", "r71")
ROUND73_FANG = (
    "pairs_key_fang45_48.csv",
    ("28a", "28b", "28c", "28d"),
    "engine_pairs_fang45_48.csv",
    "r72",
)
ROUND74_FANG = (
    "pairs_key_fang49_52.csv",
    ("29a", "29b", "29c", "29d"),
    "engine_pairs_fang49_52.csv",
    "r73",
)
ROUND75_FANG = (
    "pairs_key_fang53_56.csv",
    ("30a", "30b", "30c", "30d"),
    "engine_pairs_fang53_56.csv",
    "r74",
)
ROUND76_FANG = (
    "pairs_key_fang61_64.csv",
    ("32a", "32b", "32c", "32d"),
    "engine_pairs_fang61_64.csv",
    "r75",
)
FANG_STUDIES = (
    ("pairs_key_fang.csv", "xy", "", ""),
    ROUND53_FANG,
    FANG5_14,
    ROUND59_FANG,
    FANG17_18,
    FANG19_20,
    ROUND61_FANG,
    FANG23_24,
    ROUND63_FANG,
    ROUND64_FANG,
    ROUND65_FANG,
    ROUND66_FANG,
    ROUND67_FANG,
    ROUND68_FANG,
    ROUND69_FANG,
    ROUND70_FANG,
    ROUND71_FANG,
    ROUND72_FANG,
    ROUND73_FANG,
    ROUND74_FANG,
    ROUND75_FANG,
    FANG57_60,
    ROUND76_FANG,
    FANG65_68,
    FANG69_72,
    FANG73_76,
    FANG77_80,
    FANG81_84,
)
# the single-engine FANG-COVID studies also reported on their own
FANG_OWN_STUDIES = {
    "fang5_14_first_measured": FANG5_14,
    "fang17_18_first_measured": FANG17_18,
    "fang19_20_first_measured": FANG19_20,
    "fang23_24_first_measured": FANG23_24,
    "fang57_60_first_measured": FANG57_60,
    "fang65_68_first_measured": FANG65_68,
    "fang69_72_first_measured": FANG69_72,
    "fang73_76_first_measured": FANG73_76,
    "fang77_80_first_measured": FANG77_80,
    "fang81_84_first_measured": FANG81_84,
}
FANG_ROUND_STUDIES = {
    "round53_held_out_fang": ROUND53_FANG,
    "round59_held_out_fang": ROUND59_FANG,
    "round61_held_out_fang": ROUND61_FANG,
    "round63_held_out_fang": ROUND63_FANG,
    "round64_held_out_fang": ROUND64_FANG,
    "round65_held_out_fang": ROUND65_FANG,
    "round66_held_out_fang": ROUND66_FANG,
    "round67_held_out_fang": ROUND67_FANG,
    "round68_held_out_fang": ROUND68_FANG,
    "round69_held_out_fang": ROUND69_FANG,
    "round70_held_out_fang": ROUND70_FANG,
    "round71_held_out_fang": ROUND71_FANG,
    "round72_held_out_fang": ROUND72_FANG,
    "round73_held_out_fang": ROUND73_FANG,
    "round74_held_out_fang": ROUND74_FANG,
    "round75_held_out_fang": ROUND75_FANG,
    "round76_held_out_fang": ROUND76_FANG,
}


def right(key: dict, judged: dict) -> bool:
    """The decision rule: the same speaker, named specifically by the system (or by neither)."""
    system, gold = ("x", "y") if key["x_is"] == "system" else ("y", "x")
    names_it = judged[f"{system}_identifies"] == "yes" or judged[f"{gold}_identifies"] == "no"
    return judged["same"] == "yes" and names_it


def wilson(k: int, n: int, z: float = 1.96) -> tuple[float, float]:
    p = k / n
    d = 1 + z * z / n
    c = p + z * z / (2 * n)
    h = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n))
    return round((c - h) / d, 3), round((c + h) / d, 3)


def kappa(a: list[bool], b: list[bool]) -> float:
    """Cohen's kappa of two judges' right/not right."""
    n = len(a)
    observed = sum(x == y for x, y in zip(a, b, strict=True)) / n
    pa, pb = sum(a) / n, sum(b) / n
    expected = pa * pb + (1 - pa) * (1 - pb)
    return (observed - expected) / (1 - expected) if expected < 1 else 1.0


def _rows(path: Path) -> list[dict]:
    with open(path, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def verdicts(
    directory: Path, keys: dict, parts: str | tuple[str, ...]
) -> dict[int, dict[str, bool]]:
    """Each judge's (1, 2) right/not right per pair id, over the study's parts."""
    out: dict[int, dict[str, bool]] = {1: {}, 2: {}}
    for part in parts:
        for judge in (1, 2):
            for r in _rows(Path(directory) / f"judgements_{part}{judge}.csv"):
                out[judge][r["pair_id"]] = right(keys[r["pair_id"]], r)
    return out


def figures(keys: dict, judged: dict[int, dict[str, bool]], ids: list[str]) -> dict:
    """String test, each judge, both (conservative) and either (liberal), with agreement."""
    one, two = ([judged[j][i] for i in ids] for j in (1, 2))
    both = [a and b for a, b in zip(one, two, strict=True)]
    either = [a or b for a, b in zip(one, two, strict=True)]
    string = [keys[i]["auto"] == "True" for i in ids]
    n = len(ids)
    return {
        "pairs": n,
        "string_test": round(sum(string) / n, 3),
        "judge_1": round(sum(one) / n, 3),
        "judge_2": round(sum(two) / n, 3),
        "conservative": round(sum(both) / n, 3),
        "conservative_wilson": wilson(sum(both), n),
        "liberal": round(sum(either) / n, 3),
        "agreement": round(sum(a == b for a, b in zip(one, two, strict=True)) / n, 3),
        "kappa": round(kappa(one, two), 3),
        "string_right_judged_wrong": sum(s and not e for s, e in zip(string, either, strict=True)),
        "string_wrong_judged_right": sum(b and not s for s, b in zip(string, both, strict=True)),
        "sets": sorted({keys[i]["set"] for i in ids}),
    }


def load(directory: Path, key_file: str, parts: str | tuple[str, ...], engine_file: str):
    """A study's pairs by id, each judge's verdicts and its engine map (``[]`` without one)."""
    keys = {r["pair_id"]: r for r in _rows(Path(directory) / key_file)}
    engines = _rows(Path(directory) / engine_file) if engine_file else []
    return keys, verdicts(directory, keys, parts), engines


def study(keys: dict, judged: dict, engines: list[dict]) -> dict:
    """A study's figures: over all its pairs, or per engine when an engine map is given."""
    if not engines:
        return figures(keys, judged, sorted(keys))
    return {
        engine: figures(keys, judged, [r["pair_id"] for r in engines if r["engine"] == engine])
        for engine in sorted({r["engine"] for r in engines})
    }


def _complete(directory: Path, key_file: str, parts: str | tuple[str, ...]) -> bool:
    needed = [key_file, *(f"judgements_{p}{j}.csv" for p in parts for j in (1, 2))]
    return all((Path(directory) / f).is_file() for f in needed)


def summary(directory: Path) -> dict:
    """Every study whose judgements exist (``{}`` without any) and, with more than one, all
    Wikinews sets pooled as first measured: the first study's pairs and each round study's pairs
    of the engine that measured its sets first; the newspaper studies pooled apart from them
    (``newspaper_first_measured``), each newspaper round study per engine, the commentary
    study (``commentary_first_measured``) and the FANG-COVID news studies pooled
    (``fang_first_measured``), with each round study (:data:`FANG_ROUND_STUDIES`) per engine
    and the single-engine studies (:data:`FANG_OWN_STUDIES`) on their own."""
    out = {}
    wikinews = {"wikinews_first_measured": (*FIRST_STUDY, ""), **ROUND_STUDIES}
    _each_study(directory, wikinews, out)
    if len(out) > 1:
        out["pooled_first_measured"] = _pooled(directory, tuple(wikinews.values()))
    if newspaper := _pooled(directory, NEWSPAPER_STUDIES):
        out["newspaper_first_measured"] = newspaper
    _each_study(directory, NEWSPAPER_ROUND_STUDIES, out)
    if commentary := _pooled(directory, COMMENTARY_STUDIES):
        out["commentary_first_measured"] = commentary
    if fang := _pooled(directory, FANG_STUDIES):
        out["fang_first_measured"] = fang
    for name, own in FANG_OWN_STUDIES.items():
        if figure := _pooled(directory, (own,)):
            out[name] = figure
    _each_study(directory, FANG_ROUND_STUDIES, out)
    return out


def _each_study(directory: Path, studies: dict, out: dict) -> None:
    """Each complete study's figures, by its name (in place)."""
    for name, (key_file, parts, engine_file, _) in studies.items():
        if _complete(directory, key_file, parts):
            out[name] = study(*load(directory, key_file, parts, engine_file))


def _pooled(directory: Path, studies: tuple) -> dict:
    """The complete studies' pairs and verdicts pooled into one figure (``{}`` without any): a
    study with an engine map gives the pairs of the engine that measured its sets first, one
    without gives all its pairs."""
    keys, judged, first = {}, {1: {}, 2: {}}, []
    for key_file, parts, engine_file, before in studies:
        if _complete(directory, key_file, parts):
            study_keys, study_judged, engines = load(directory, key_file, parts, engine_file)
            _merge(keys, judged, study_keys, study_judged)
            first += _first_measured_ids(study_keys, engines, before)
    return figures(keys, judged, sorted(first)) if first else {}


def _merge(keys: dict, judged: dict, study_keys: dict, study_judged: dict) -> None:
    """Add a study's pairs and each judge's verdicts to the pooled ones (in place)."""
    keys.update(study_keys)
    for judge, verdict in study_judged.items():
        judged[judge].update(verdict)


def _first_measured_ids(keys: dict, engines: list[dict], before: str) -> list:
    """The pair ids of a study as its sets were first measured."""
    if not engines:
        return sorted(keys)
    return [r["pair_id"] for r in engines if r["engine"] == before]


def main(argv: list[str]) -> None:
    for name, block in summary(Path(argv[0])).items():
        blocks = block.items() if "pairs" not in block else [("", block)]
        for engine, f in blocks:
            print(f"{name} {engine}".strip())
            for key, value in f.items():
                print(f"  {key}: {value}")


if __name__ == "__main__":
    main(sys.argv[1:])
