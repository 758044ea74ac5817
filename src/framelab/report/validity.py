"""Validity and reliability: what each figure rests on, and 'not available in this build' for
figures other stages have not produced yet (second coder, held-out set, voices benchmark)."""

from __future__ import annotations

import re

from framelab import text as textlib
from framelab.attribution.pooled import pooled_engine
from framelab.report import fmt
from framelab.report.context import HISTORY_LOG, REVISION_LOG
from framelab.report.data import ReportData

NA = "not available in this build"


def held_out_declared(d: ReportData) -> bool | None:
    """The study's ``annotations.test_held_out``: True, False, or None where it says nothing
    (then the test agreement is not reported as held-out)."""
    return (d.study.get("annotations") or {}).get("test_held_out")


def not_held_out_reason(d: ReportData) -> str:
    """Why the test agreement is no held-out estimate, as the study declares it (or does not)."""
    if held_out_declared(d) is None:
        return "the study does not declare its test split held out (annotations.test_held_out)"
    if not _rounds(d):
        return "the study declares them not held out (annotations.test_held_out: false)"
    return "an earlier revision round used them"


def stance_status(d: ReportData) -> str:
    """What the manual coding supports: ``none`` (no coding), ``in_sample`` (no test split),
    ``not_held_out`` (the study says its test split was used in an earlier revision),
    ``fails`` (held-out α below ``report.alpha_min``) or ``holds``."""
    agreement = (d.metrics.get("stance") or {}).get("agreement")
    if not agreement:
        return "none"
    test = (agreement.get("by_split") or {}).get("test")
    if not test:
        return "in_sample"
    if held_out_declared(d) is not True:
        return "not_held_out"
    alpha = test.get("alpha")
    defined = fmt.alpha(alpha) != fmt.NA
    return "fails" if defined and alpha < float(d.p("report", "alpha_min")) else "holds"


def agreement_on_test(d: ReportData) -> dict:
    """The rules vs the coding on the test split (metrics), as {alpha, units, agree}."""
    return (d.metrics["stance"]["agreement"].get("by_split") or {})["test"]


def failing_test(d: ReportData) -> str:
    """'α = 0.214 on 37 units, below the 0.667 …' for a held-out test the rules fail."""
    test = agreement_on_test(d)
    return (
        f"α = {fmt.alpha(test['alpha'])} on {fmt.n_of(test['units'], 'unit')}, below the "
        f"{fmt.alpha(float(d.p('report', 'alpha_min')))} that Krippendorff (2004) asks for "
        "tentative conclusions"
    )


VOICE_SPLITS = {
    "dev": "rules tuned on these articles",
    "test": "round-1 held-out set, reported once; rules tuned on it in round 2",
}


def _voice_value(s: dict | None) -> str:
    if not s:
        return NA
    return f"P = {fmt.coef(s['precision'])}, R = {fmt.coef(s['recall'])}, F1 = {fmt.coef(s['f1'])}"


def _statements(s: dict) -> str:
    return f"{s['gold']:,} gold statements"


def _speaker(s: dict) -> str:
    return f"speaker accuracy {fmt.accuracy(s['speaker_accuracy'])}"


def _latest_basis(s: dict) -> str:
    """The latest held-out set: its figure before its round, and what it is (in sample once a
    later round has tuned the rules on it)."""
    split, before = s["split"], s.get("before")
    round_ = split.removeprefix("test")
    basis = f"{_statements(s)}; {_speaker(s)}"
    same = before and all(before[k] == s[k] for k in ("precision", "recall", "speaker_accuracy"))
    if same:
        return (
            f"{basis}; round-{round_} held-out set (no interviews): the rules before round "
            f"{round_} and the current rules score it the same"
            + (
                f" (later rounds, to {s['tuned_in_round']}, tuned on it)"
                if s.get("tuned_in_round")
                else ""
            )
        )
    if before:
        basis += (
            f"; before round {round_}: P = {fmt.coef(before['precision'])}, "
            f"R = {fmt.coef(before['recall'])}, {_speaker(before)}"
        )
    held_out = "held-out set (no interviews), measured once before and once after tuning"
    if later := s.get("tuned_in_round"):
        held_out = f"held-out set (no interviews), in sample: later rounds, to {later}, tuned on it"
    return f"{basis}; round-{round_} {held_out}"


def _voice_rows(vb: dict) -> list[list[str]]:
    """Attribution vs the blind gold in a few rows however many rounds there were, the figure
    to read first: every held-out set as first measured (pooled), the latest held-out set
    (before and after its round), the tuning articles (in-sample) and the second coder. A
    benchmark without held-out rounds shows its dev and test rows. Every split and round is in
    the supplement (``voices_benchmark/by_split.csv``)."""
    rows = [
        *_held_out_rows(vb),
        *_other_section_rows(vb),
        *_other_source_rows(vb),
        *_adjudicated_rows(vb),
        *_external_rows(vb),
        *_second_coder_rows(vb),
    ]
    if not any(vb.get(k) for k in ("held_out_first_measured", "latest", "tuning")):
        rows = _split_rows(vb) + rows
    return rows


def _split_rows(vb: dict) -> list[list[str]]:
    out = []
    for split, what in VOICE_SPLITS.items():
        s = vb.get(split)
        basis = f"{_statements(s)}; {_speaker(s)}; {what}" if s else vb.get("reason") or NA
        out.append([f"Voices (attribution), {split} articles", _voice_value(s), basis])
    return out


def split_names(splits: list[str]) -> str:
    """Split names with runs of three or more consecutive numbered sets of one prefix (and
    suffix) shortened: ``dev, test, test2–test17``, ``other29–other38``,
    ``fang1_unquoted–fang4_unquoted``; gaps are kept (``test2, test3, test6``)."""
    out, run = [], []
    for name in [*splits, ""]:
        numbered = NUMBERED.fullmatch(name)
        if numbered and run and _follows(run[-1], numbered):
            run.append(name)
            continue
        out += [f"{run[0]}–{run[-1]}"] if len(run) >= 3 else run
        run = [name] if numbered else []
        if name and not numbered:
            out.append(name)
    return ", ".join(out)


NUMBERED = re.compile(r"([a-z]+)(\d+)(_[a-z]+)?")


def in_number_order(names) -> list[str]:
    """Set names by prefix, suffix and number ("fang2" before "fang10"; a JSON file's keys
    come sorted as strings)."""

    def key(name: str) -> tuple[str, str, int]:
        m = NUMBERED.fullmatch(name)
        return (m[1], m[3] or "", int(m[2])) if m else (name, "", -1)

    return sorted(names, key=key)


def _follows(previous: str, numbered: re.Match) -> bool:
    prefix, number, suffix = NUMBERED.fullmatch(previous).groups()
    same = prefix == numbered[1] and suffix == numbered[3]
    return same and int(number) + 1 == int(numbered[2])


def _held_out_rows(vb: dict) -> list[list[str]]:
    out = []
    label = "Voices (attribution), without interviews"
    if first := vb.get("held_out_first_measured"):
        sets = first["sets"]
        basis = (
            f"{_statements(first)} in {len(sets)} blind held-out sets ({split_names(sets)}), "
            "each scored once "
            f"with the rules as they stood before any tuning on it; {_speaker(first)}"
        )
        out.append(
            [
                "Voices (attribution), held-out sets of the six gold sections as first measured",
                _voice_value(first),
                basis,
            ]
        )
    if latest := vb.get("latest"):
        out.append(
            [f"{label}, {latest['split']} articles", _voice_value(latest), _latest_basis(latest)]
        )
    if tuning := vb.get("tuning"):
        basis = f"{_statements(tuning)} in {split_names(tuning['splits'])}; {_speaker(tuning)}"
        out.append(
            [
                f"{label}, tuning articles of the seeds and six sections",
                _voice_value(tuning),
                basis + "; in sample: rules tuned on these articles; every split: Supplement",
            ]
        )
    return out


def _other_section_rows(vb: dict) -> list[list[str]]:
    """Blind held-out sets from 10kGNAD sections outside the six the gold is drawn from, pooled
    as each was first measured (before any tuning on it); shown beside the six sections' pool,
    never in it. The basis names the latest set with its figure now."""
    other = vb.get("other_sections")
    if not other:
        return []
    pooled = other.get("pooled_first") or dict(other.get("first") or other, sets=[other["split"]])
    sections = fmt.series(other.get("sections") or []) or "other"
    basis = (
        f"{_statements(pooled)} in {len(pooled['sets'])} blind held-out sets "
        f"({split_names(pooled['sets'])}) from the {sections} sections (not drawn for the gold "
        "above), each scored once with the rules as they stood before any tuning on it; "
        f"{_speaker(pooled)}; not pooled with the sets above; {_latest_other(other)}"
    )
    return [[f"Voices (attribution), {sections} articles", _voice_value(pooled), basis]]


def _latest_other(other: dict) -> str:
    """The latest other-section set with the current rules, and as first measured once a later
    round has tuned the rules on it (then the current figure is in sample)."""
    now = f"{_voice_value(other)}, {_speaker(other)}"
    first, later = other.get("first"), other.get("tuned_in_round")
    if not later:
        return f"{other['split']} with the current rules: {now}"
    was = f"{_voice_value(first)}, {_speaker(first)}" if first else NA
    return (
        f"{other['split']} as first measured: {was}; with the current rules (in sample: later "
        f"rounds, to {later}, tuned on it): {now}"
    )


# held-out sets from other sources: metrics key, row label, what the articles are, the source
SOURCES = (
    (
        "other_source",
        "German Wikinews politics",
        "German Wikinews politics articles",
        "another source, quotation marks kept",
        "make bench-voices-wikinews",
    ),
    (
        "newspaper",
        "newspaper articles",
        "newspaper articles (the German-original news of the WMT20–WMT23 test sets, 2019–23)",
        "a third source, quotation marks kept",
        "make bench-voices-newspapers",
    ),
    (
        "commentary",
        "newspaper commentaries",
        "op-ed commentaries (Potsdam Commentary Corpus 2.2, Märkische Allgemeine, 2001–02)",
        "a fourth genre, where most sentences are the writer's own voice",
        "make bench-voices-commentaries",
    ),
    (
        "fang",
        "COVID-19 news, German newspapers and RT DE",
        "news articles on the COVID-19 pandemic (FANG-COVID, 2020–21: Tagesspiegel, ZEIT "
        "ONLINE, Süddeutsche Zeitung and the Russian state broadcaster's RT DE)",
        "a fifth source, quotation marks kept",
        "make bench-voices-fang",
    ),
    (
        "fang_unquoted",
        "COVID-19 news, quotation marks removed",
        "news articles (double quotation marks removed, as in the 10kGNAD sections)",
        "the fifth source with direct speech unmarked",
        "make bench-voices-fang on the texts built with --strip-quotes",
    ),
)


def _other_source_rows(vb: dict) -> list[list[str]]:
    """Held-out sets from other sources (German Wikinews politics; newspaper articles and
    commentaries; COVID-19 news), each measured once with each engine recorded, before any of
    its rule output was read: pooled from each set's latest engine, and from each set's first
    where that differs (two figures, however many sets and rounds); one row per source."""
    return [row for key, *words in SOURCES if (row := _source_row(vb.get(key) or {}, *words))]


def _source_row(sets: dict, label: str, articles_are: str, source: str, make: str) -> list[str]:
    """One source's row (empty without sets)."""
    if not sets:
        return []
    latest, first = pooled_engine(sets, -1), pooled_engine(sets, 0)
    articles = sum(list(e.values())[-1]["articles"] for e in sets.values())
    names = split_names(in_number_order(sets))
    basis = (
        f"{_statements(latest)} in {articles:,} {articles_are} of {len(sets)} blind held-out "
        f"set{'s' if len(sets) > 1 else ''} ({names}; {source}), each scored "
        "before any of its rule output was read, here with the last engine recorded for it; "
        f"pooled {_speaker(latest)}"
    )
    if first != latest:
        basis += (
            f"; as first measured, with the rules before the round each was held out for: "
            f"{_voice_value(first)}, {_speaker(first)}"
        )
    basis += f"; text outside the repository ({make})"
    return [f"Voices (attribution), {label}", _voice_value(latest), basis]


def _adjudicated_rows(vb: dict) -> list[list[str]]:
    """The speaker accuracy two blind readers judged on the Wikinews held-out sets, beside the
    string test's, and before and after the round whose held-out sets were judged too; the
    newspaper sets', the commentary sets' and the COVID-19 news sets' in rows of their own."""
    judged = vb.get("speaker_adjudicated") or {}
    first = judged.get("pooled_first_measured") or judged.get("first_measured")
    rows = [_wikinews_readers_row(judged, first)] if first else []
    if newspaper := judged.get("newspaper_first_measured"):
        value, basis = _readers(newspaper, "newspaper held-out sets")
        basis += _before_after(judged, "newspaper_held_out_", "newspaper")
        rows.append(["Voices (attribution), newspaper speaker judged by readers", value, basis])
    if commentary := judged.get("commentary_first_measured"):
        value, basis = _readers(commentary, "newspaper-commentary held-out sets")
        rows.append(["Voices (attribution), commentary speaker judged by readers", value, basis])
    if fang := judged.get("fang_first_measured"):
        value, basis = _readers(fang, "COVID-19 news held-out sets (German newspapers, RT DE)")
        basis += _before_after(judged, "fang_held_out_", "COVID-19 news")
        rows.append(["Voices (attribution), COVID-19 news speaker judged by readers", value, basis])
    return rows


def _before_after(judged: dict, prefix: str, source: str) -> str:
    """The readers' figure of the last round's held-out sets before and after it ("" unless
    both were judged)."""
    rounds = sorted(k for k in judged if k.startswith(prefix))
    if len(rounds) != 2:
        return ""
    before, after = (judged[k] for k in rounds)
    return (
        f"; the last {source} sets held out for a round, before and after it: "
        f"{fmt.accuracy(before['conservative'])} and {fmt.accuracy(after['conservative'])}"
    )


def _readers(first: dict, sets: str) -> tuple[str, str]:
    """The readers' figure of one study and how it was judged."""
    lo, hi = first["wilson"]
    value = (
        f"speaker accuracy {fmt.accuracy(first['conservative'])} "
        f"(string test {fmt.accuracy(first['string_test'])})"
    )
    basis = (
        f"{first['pairs']:,} matched statements of {first['sets']} {sets} as "
        "first measured, each judged by two blind readers: right when both say it is the same "
        f"speaker, named specifically (95 % Wilson {fmt.accuracy(lo)}–{fmt.accuracy(hi)}; "
        f"either reader: {fmt.accuracy(first['liberal'])}; κ = {fmt.coef(first['kappa'])})"
    )
    return value, basis


def _wikinews_readers_row(judged: dict, first: dict) -> list[str]:
    """The Wikinews studies pooled, and the last round's held-out sets before and after it."""
    value, basis = _readers(first, "Wikinews held-out sets")
    basis += _before_after(judged, "held_out_", "two Wikinews")
    return ["Voices (attribution), Wikinews speaker judged by readers", value, basis]


def _external_rows(vb: dict) -> list[list[str]]:
    """The independent corpus's test split, measured once before and once after the round
    that tuned on its train split."""
    ext = vb.get("external_test") or {}
    after, before = ext.get("after"), ext.get("before")
    if not after:
        return []
    basis = (
        f"{_statements(after)} in {after['articles']} articles of the German news quotation "
        "corpus (Wikinews; annotated independently of this project), a held-out test split "
        f"measured once after the round tuned on its train split; {_speaker(after)} among the "
        f"matched of its {after['speaker_judged']:,} statements with a named speaker (mentions "
        "matched leniently, not resolved referents: not comparable with the aim)"
    )
    if before:
        basis += f"; before that round: {_voice_value(before)}, {_speaker(before)}"
    return [["Voices (attribution), independent corpus, test split", _voice_value(after), basis]]


def _second_coder_rows(vb: dict) -> list[list[str]]:
    second = vb.get("second_coder")
    if not second:
        return []
    basis = (
        f"{_statements(second)} of the {second['split']} gold in {second['articles']} articles "
        "with statements vs an independent blind coding from the guideline alone; speaker "
        f"agreement {fmt.coef(second['speaker_accuracy'])}; how far two careful readers agree"
    )
    return [["Voices gold, second coder vs first", _voice_value(second), basis]]


def _rounds(d: ReportData) -> int:
    return int(d.study.get("revision_rounds") or 0)


def _units_phrase(agreement: dict) -> str:
    """'7 units mentioned by the coder or the rules (of 20 coded, 13 absent)', or the bare
    count when the coding size is not known."""
    mentioned = fmt.n_of(agreement["units"], "unit")
    if "coded" not in agreement:
        return mentioned
    return (
        f"{mentioned} mentioned by the coder or the rules (of {fmt.count(agreement['coded'])} "
        f"coded, {fmt.count(agreement['coded_absent'])} absent)"
    )


def _coded_row(d: ReportData, agreement: dict) -> list[str]:
    """Rules vs all coded units: revised on them (rounds in the study's log) or not."""
    value = f"α = {fmt.alpha(agreement['alpha'])}, macro-F1 = {fmt.coef(agreement['macro_f1'])}"
    units = f"{_units_phrase(agreement)}, {agreement['agree']} agree"
    if _rounds(d):
        label = "Stance rules vs manual coding, after revision"
        revised = "the dev units" if held_out_declared(d) is True else "these units"
        basis = f"in sample: rules revised on {revised} ({REVISION_LOG})"
    else:
        label = "Stance rules vs manual coding, all coded units"
        basis = f"no rule revision logged ({REVISION_LOG})"
    return [label, value, f"{units}; {basis}"]


RULES = "the rules (regular expressions per claim, each decision listed with the rules that fired)"


def coding_procedure(d: ReportData) -> str:
    """§3.1's last sentence: how the rules relate to a manual coding, as far as it exists."""
    agreement = (d.metrics.get("stance") or {}).get("agreement")
    if not agreement:
        return (
            f"No unit has been coded manually, so {RULES} are not validated on this corpus "
            "(Section 5)."
        )
    coded = fmt.count(agreement.get("coded", agreement["units"]))
    gold = (d.study.get("annotations") or {}).get("gold_description")
    text = (
        f"The manual coding of {coded} passage × claim units is {gold.strip().rstrip('.')}; "
        if gold
        else f"A coder labelled {coded} passage × claim units with the codebook; "
    ) + f"{RULES} "
    rounds = _rounds(d)
    if rounds and held_out_declared(d) is False:
        return text + (
            f"were revised in {fmt.n_of(rounds, 'logged round')}, not all on the development "
            "units, so the study has no held-out estimate (Section 5)."
        )
    if rounds and held_out_declared(d) is None:
        return text + (
            f"were revised in {fmt.n_of(rounds, 'logged round')} ({REVISION_LOG}); the study does "
            "not declare its test split held out (Section 5)."
        )
    if rounds:
        return text + (
            f"were revised on the development units only ({fmt.n_of(rounds, 'logged round')}) "
            "and are compared with the coding (Section 5)."
        )
    return text + "are compared with that coding; no revision is logged (Section 5)."


def _coder_rows(rel: dict) -> list[list[str]]:
    """Inter-coder α with its interval, and the final rules against each coder: on the units
    either side mentions where the metrics have them (all units, agreed absences included, in
    the basis), else on all units."""
    if rel.get("alpha_coders") is None:
        return [["Second coder vs first coder", NA, "one coder only"]]
    if rel.get("alpha_coders_mentioned") is not None:
        return _mentioned_coder_rows(rel)
    ci = rel.get("alpha_ci") or [None, None]
    out = [
        [
            "Second coder vs first coder",
            f"α = {fmt.alpha(rel['alpha_coders'])} [{fmt.alpha(ci[0])}, {fmt.alpha(ci[1])}]",
            f"{rel.get('n_units', '–')} units, bootstrap interval (Hayes & Krippendorff 2007)",
        ]
    ]
    each = [rel.get(f"alpha_rules_vs_coder{i}") for i in (1, 2)]
    if None not in each:
        out.append(
            [
                "Final stance rules vs each independent coder",
                f"α = {fmt.alpha(each[0])} / {fmt.alpha(each[1])}",
                f"{rel.get('n_units', '–')} units incl. absent; coders 1 / 2 as they coded, "
                "before any adjudication",
            ]
        )
    return out


def _mentioned_coder_rows(rel: dict) -> list[list[str]]:
    """:func:`_coder_rows` on the units either side mentions (``*_mentioned`` metrics)."""
    ci, n_all = rel.get("alpha_ci_mentioned") or [None, None], rel.get("n_units", "–")
    out = [
        [
            "Second coder vs first coder",
            f"α = {fmt.alpha(rel['alpha_coders_mentioned'])} "
            f"[{fmt.alpha(ci[0])}, {fmt.alpha(ci[1])}]",
            f"{rel['n_units_mentioned']} units either coder mentions, bootstrap interval (Hayes "
            f"& Krippendorff 2007); on all {n_all} units, agreed absent units included, "
            f"α = {fmt.alpha(rel['alpha_coders'])}",
        ]
    ]
    each = [rel.get(f"alpha_rules_vs_coder{i}_mentioned") for i in (1, 2)]
    if None not in each:
        n = [rel.get(f"n_units_rules_vs_coder{i}_mentioned", "–") for i in (1, 2)]
        every = [rel.get(f"alpha_rules_vs_coder{i}") for i in (1, 2)]
        out.append(
            [
                "Final stance rules vs each independent coder",
                f"α = {fmt.alpha(each[0])} / {fmt.alpha(each[1])}",
                f"{n[0]} / {n[1]} units either side mentions; on all {n_all} units, absent "
                f"included, {fmt.alpha(every[0])} / {fmt.alpha(every[1])}; coders 1 / 2 as they "
                "coded, before any adjudication",
            ]
        )
    return out


def later_pre_revisions(rel: dict) -> list[tuple[int, float, int]]:
    """``(round, α, units)`` of every round after the first, before its revisions."""
    prefix = "alpha_pre_revision_round"
    rounds = sorted(int(k.removeprefix(prefix)) for k in rel if k.startswith(prefix))
    return [(r, rel[f"{prefix}{r}"], rel.get(f"n_units_pre_revision_round{r}", NA)) for r in rounds]


def rows(d: ReportData) -> list[list[str]]:
    """The validity overview: measure, value, basis."""
    agreement = (d.metrics.get("stance") or {}).get("agreement")
    rel = d.metrics.get("reliability") or {}
    vb = d.metrics.get("voices_benchmark") or {}
    out = []
    if agreement:
        out.append(_coded_row(d, agreement))
    else:
        out.append(["Stance rules vs manual coding", NA, "no manual coding covers this corpus"])
    pre = rel.get("alpha_pre_revision")
    out.append(
        [
            "Stance rules vs manual coding, before revision",
            f"α = {fmt.alpha(pre)}" if pre is not None else NA,
            (f"{rel['n_units_pre_revision']} units; " if "n_units_pre_revision" in rel else "")
            + "first comparison, before any rule was changed",
        ]
    )
    out += [
        [
            f"Stance rules vs manual coding, before revision round {r}",
            f"α = {fmt.alpha(a)}",
            f"{n} units{_round_basis(rel, r)}; the rules as they stood before round {r} "
            f"({HISTORY_LOG})",
        ]
        for r, a, n in later_pre_revisions(rel)
    ]
    test = ((agreement or {}).get("by_split") or {}).get("test")
    out.append(
        [
            "Stance rules vs manual coding, test split",
            f"α = {fmt.alpha(test['alpha'])} ({test['agree']} of {test['units']} agree)"
            if test
            else NA,
            (d.study.get("annotations") or {}).get(
                "test_split", "test passages of the study's dev/test split"
            ),
        ]
    )
    out += _coder_rows(rel)
    out += _voice_rows(vb)
    out.append(
        [
            "Framing markers, naming",
            "not validated",
            "rules with examples and counter-examples only",
        ]
    )
    return out


def reading(d: ReportData) -> str:
    """One paragraph: what the agreement figures can and cannot show."""
    agreement = (d.metrics.get("stance") or {}).get("agreement")
    rel = d.metrics.get("reliability") or {}
    if not agreement:
        text = (
            "No manual coding covers this corpus, so the stance rules are not validated here; "
            "code a sample with the codebook, keep part of it as a held-out set, and rebuild."
        )
        return text + BENCHMARK_NOTE + gold_overlap(d)
    text = (
        f"Agreement is computed on the {_units_phrase(agreement)}; the rules agree on "
        f"{agreement['agree']} of them. "
    )
    status = stance_status(d)
    held_out = status in ("holds", "fails")
    if status == "not_held_out" and held_out_declared(d) is None:
        text += (
            "The study does not declare its test split held out (annotations.test_held_out), so "
            "no figure here is reported as a held-out estimate."
        )
    elif status == "not_held_out":
        text += (
            f"The rules were revised on units of the test split in an earlier round "
            f"({REVISION_LOG}), so no figure here is a held-out estimate; agreement on new texts "
            "needs a newly coded test set."
        )
    elif _rounds(d):
        text += (
            f"They were revised on the development units ({REVISION_LOG}), so agreement there "
            "is in-sample, a check of transcription rather than evidence of validity"
            + ("; the held-out test split is the figure to read." if held_out else ".")
        )
    else:
        text += f"The study logs no rule revision ({REVISION_LOG})" + (
            "; the test split was held out from writing the rules." if held_out else "."
        )
    if status == "fails":
        text += (
            f" On the held-out test split the rules reach {failing_test(d)}: the stance labels "
            "are rule output, not a validated measurement."
        )
    if rel.get("alpha_pre_revision") is not None:
        text += f" Before revision α was {fmt.alpha(rel['alpha_pre_revision'])}" + "".join(
            f"; before round {r}, {fmt.alpha(a)} (on {n} units{_round_basis(rel, r)})"
            for r, a, n in later_pre_revisions(rel)
        )
        text += "."
    text += " Reliability in Krippendorff's sense needs independent coders;" + _second_coder(rel)
    return text + BENCHMARK_NOTE + gold_overlap(d)


def _round_basis(rel: dict, r: int) -> str:
    """': rules vs gold_v2, dev passages, so not comparable with the first comparison' for a
    later round whose history names its comparison, else ''."""
    basis = rel.get(f"basis_pre_revision_round{r}")
    return f": {basis}, so not comparable with the first comparison" if basis else ""


def _second_coder(rel: dict) -> str:
    """' the second coder reaches α = … on the … units either coder mentions (… on all …).'"""
    if rel.get("alpha_coders") is None:
        return " a second coding is " + NA + "."
    if rel.get("alpha_coders_mentioned") is None:
        return f" the second coder reaches α = {fmt.alpha(rel['alpha_coders'])}."
    return (
        f" the second coder reaches α = {fmt.alpha(rel['alpha_coders_mentioned'])} on the "
        f"{rel['n_units_mentioned']} units either coder mentions ({fmt.alpha(rel['alpha_coders'])}"
        f" on all {rel['n_units']}, agreed absent units included)."
    )


def gold_overlap(d: ReportData) -> str:
    """' 3 of the analysed articles are in the voices gold standard, 2 of them tuning
    articles: …' or "" when none is."""
    gold = d.t("voices_gold_articles")
    if gold is None or gold.empty:
        return ""
    mine = gold[gold["article_id"].isin(set(d.articles["id"]))]
    if mine.empty:
        return ""
    tuned = int(mine["tuned"].astype(str).str.lower().eq("true").sum())
    return (
        f" {fmt.n_of(len(mine), 'analysed article')} {'is' if len(mine) == 1 else 'are'} in "
        f"that gold standard, {fmt.count(tuned)} of them among the articles the attribution rules "
        "were tuned on: for these, the voice figures are in-sample."
    )


BENCHMARK_NOTE = (
    " The voices rows measure the attribution rules on framelab's own blind gold standard "
    "(data/annotations: the sample corpus, and news and commentary of the German sources the "
    "rows name, such as 10kGNAD, a public set of DER STANDARD articles); another corpus needs a "
    "coded sample of its own."
)


def quote_marks(d: ReportData) -> int | None:
    """Quotation marks in the analysed articles (every style), or None where not counted."""
    columns = [c for c in d.articles.columns if c.startswith("quotes_")]
    return int(d.articles[columns].to_numpy().sum()) if columns else None


def quotes_lost(d: ReportData) -> bool:
    """The analysed texts carry (almost) no quotation marks (``text.quotes_lost``)."""
    marks = quote_marks(d)
    return marks is not None and textlib.quotes_lost(marks, len(d.articles))


def limitations(d: ReportData, clusters: dict[str, str]) -> list[str]:
    """Design-specific limitations from the study plus those that follow from the numbers."""
    out = [str(x) for x in d.study.get("limitations") or []]
    min_cl = int(d.p("report", "min_clusters_interval"))
    n_clusters = len(set(clusters.values()))
    if n_clusters < min_cl * max(1, len(d.camps)):
        out.append(
            f"With {fmt.n_of(n_clusters, 'independent cluster')} in all, no camp reaches the "
            f"{min_cl} clusters an interval needs: every camp comparison is descriptive."
        )
    if not (d.metrics.get("stance") or {}).get("agreement"):
        out.append("No manual coding: the stance labels are not validated on this corpus.")
    elif stance_status(d) == "fails":
        out.append(
            f"The stance rules fail their held-out test ({failing_test(d)}): the stance shares "
            "describe what the rules label, not validated stance."
        )
    elif not (d.metrics.get("reliability") or {}).get("alpha_coders"):
        out.append(
            "The manual coding is one coder's; agreement with it measures how well the "
            "rules reproduce that coder, not inter-coder reliability."
        )
    if quotes_lost(d):
        out.append(
            "The texts carry almost no quotation marks: quoted words count as the narrator's, "
            "so the own-voice figures (endorsements, names, markers) lean towards the narrator, "
            "the more so where a section quotes more."
        )
    if genre := _genre_limitation(d.metrics.get("voices_benchmark") or {}):
        out.append(genre)
    out.append(
        "Markers, voices and naming are rule-based; a rule shows that a device is used, not "
        "what a text means, and rules written on this corpus must be checked on a coded "
        "sample of any new corpus."
    )
    return out


def _genre_limitation(vb: dict) -> str:
    """How far the voices figures hold on op-ed commentaries against news, from the held-out
    commentary and newspaper sets ("" without the commentary sets' figures or either readers'
    study)."""
    judged = vb.get("speaker_adjudicated") or {}
    news, opinion = judged.get("newspaper_first_measured"), judged.get("commentary_first_measured")
    sets = vb.get("commentary") or {}
    if not (news and opinion and sets):
        return ""
    first = pooled_engine(sets, 0)
    return (
        "Who speaks is validated on news: on held-out newspaper articles readers accept "
        f"{fmt.accuracy(news['conservative'])} of the speakers; on held-out op-ed commentaries "
        f"the rules find {fmt.accuracy(first['recall'])} of the attributed statements and "
        f"readers accept {fmt.accuracy(opinion['conservative'])} of their speakers, so voices "
        "figures of a corpus with many commentaries are weaker than the validity table's news "
        "rows."
    )
