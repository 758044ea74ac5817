"""Validity and reliability: what each figure rests on, and 'not available in this build' for
figures other stages have not produced yet (second coder, held-out set, voices benchmark)."""

from __future__ import annotations

from framelab.report import fmt
from framelab.report.data import ReportData

NA = "not available in this build"


def _split_agreement(d: ReportData) -> dict[str, dict] | None:
    """Rules vs manual coding per split (dev/test) when the units carry a ``split`` column."""
    units = d.t("validation_units")
    if units is None or "split" not in units.columns:
        return None
    from framelab.analysis import validation

    out = {}
    for split, g in units.groupby("split"):
        out[str(split)] = {
            "alpha": validation.alpha(g),
            "n": len(g),
            "agree": int((g["manual"] == g["rule"]).sum()),
        }
    return out


VOICE_SPLITS = {
    "dev": "rules tuned on these articles",
    "test": "round-1 held-out set, reported once; rules tuned on it in round 2",
    "test2": "round-2 held-out set (no interviews); rules tuned on it in round 3",
    "test3": "round-3 held-out set (no interviews); rules tuned on it in round 4",
    "test4": "round-4 held-out set (no interviews); rules tuned on it in round 5",
    "test5": "round-5 held-out set (no interviews); rules tuned on it in round 6",
    "test6": "round-6 held-out set (no interviews), measured once before and once after tuning",
}
BEFORE = {
    "test2": ("pre_revision_round2", 2),
    "test3": ("pre_revision_round3", 3),
    "test4": ("pre_revision_round4", 4),
    "test5": ("pre_revision_round5", 5),
    "test6": ("pre_revision_round6", 6),
}


def _voice_value(s: dict | None) -> str:
    if not s:
        return NA
    return f"P = {fmt.coef(s['precision'])}, R = {fmt.coef(s['recall'])}, F1 = {fmt.coef(s['f1'])}"


def _voice_basis(vb: dict, s: dict | None, split: str) -> str:
    if not s:
        return vb.get("reason") or "no gold standard of voices"
    basis = f"{s['gold']} gold statements; speaker accuracy {fmt.coef(s['speaker_accuracy'])}"
    key, round_ = BEFORE.get(split, ("", 0))
    before = (vb.get(key) or {}).get(split)
    if before:
        basis += (
            f"; before round {round_}: P = {fmt.coef(before['precision'])}, "
            f"R = {fmt.coef(before['recall'])}, "
            f"speaker accuracy {fmt.coef(before['speaker_accuracy'])}"
        )
    return f"{basis}; {VOICE_SPLITS.get(split, split)}"


def _voice_rows(vb: dict) -> list[list[str]]:
    """Attribution vs the blind gold, in as many rows however many rounds there were: dev and
    test with interview turns; without them, all tuning articles pooled, the latest held-out set
    (before and after its round) and every held-out set as first measured, pooled."""
    out = [
        [f"Voices (attribution), {split} articles", _voice_value(s), _voice_basis(vb, s, split)]
        for split in ("dev", "test")
        for s in [(vb.get("engine") or {}).get(split)]
    ]
    tuning = vb.get("engine_on_tuning_splits")
    if tuning:
        basis = (
            f"{tuning['gold']:,} gold statements in {', '.join(tuning['splits'])}; speaker "
            f"accuracy {fmt.coef(tuning['speaker_accuracy'])}; rules tuned on these articles"
        )
        label = "Voices (attribution), without interviews, all tuning articles"
        out.append([label, _voice_value(tuning), basis])
    without = vb.get("engine_without_interviews") or {}
    latest = [sp for sp in BEFORE if without.get(sp)][-1:]
    for split in latest:
        s = without[split]
        label = f"Voices (attribution), without interviews, {split} articles"
        out.append([label, _voice_value(s), _voice_basis(vb, s, split)])
    first = vb.get("held_out_first_measured")
    if first:
        sets = first["sets"]
        named = sets[0] if len(sets) == 1 else f"{sets[0]}–{sets[-1]}"
        basis = (
            f"{first['gold']:,} gold statements in {len(sets)} blind held-out sets ({named}), each "
            "scored once with the rules as they stood before any tuning on it; speaker accuracy "
            f"{fmt.coef(first['speaker_accuracy'])}"
        )
        out.append(
            ["Voices (attribution), held-out sets as first measured", _voice_value(first), basis]
        )
    return out


def rows(d: ReportData) -> list[list[str]]:
    """The validity overview: measure, value, basis."""
    agreement = (d.metrics.get("stance") or {}).get("agreement")
    rel = d.metrics.get("reliability") or {}
    vb = d.metrics.get("voices_benchmark") or {}
    out = []
    if agreement:
        out.append(
            [
                "Stance rules vs manual coding, after revision",
                f"α = {fmt.alpha(agreement['alpha'])}, "
                f"macro-F1 = {fmt.coef(agreement['macro_f1'])}",
                f"{agreement['units']} units, in sample: rules revised on these units",
            ]
        )
    else:
        out.append(["Stance rules vs manual coding", NA, "no manual coding covers this corpus"])
    pre = rel.get("alpha_pre_revision")
    out.append(
        [
            "Stance rules vs manual coding, before revision",
            f"α = {fmt.alpha(pre)}" if pre is not None else NA,
            "first comparison, before any rule was changed",
        ]
    )
    splits = _split_agreement(d)
    test = (splits or {}).get("test")
    out.append(
        [
            "Stance rules vs manual coding, test split",
            f"α = {fmt.alpha(test['alpha'])} ({test['agree']} of {test['n']} agree)"
            if test
            else NA,
            (d.study.get("annotations") or {}).get(
                "test_split", "test passages of the study's dev/test split"
            ),
        ]
    )
    if rel.get("alpha_coders") is not None:
        ci = rel.get("alpha_ci") or [None, None]
        out.append(
            [
                "Second coder vs first coder",
                f"α = {fmt.alpha(rel['alpha_coders'])} [{fmt.alpha(ci[0])}, {fmt.alpha(ci[1])}]",
                f"{rel.get('n_units', '–')} units, bootstrap interval (Hayes & Krippendorff 2007)",
            ]
        )
    else:
        out.append(["Second coder vs first coder", NA, "one coder only"])
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
        return (
            "No manual coding covers this corpus, so the stance rules are not validated here; "
            "code a sample with the codebook, keep part of it as a held-out set, and rebuild."
        )
    text = (
        f"After revision the rules reproduce the manual coding of all {agreement['agree']} of "
        f"{agreement['units']} units only because they were revised on those units "
        "(data/annotations/rule_revisions.md); this is a check of transcription, not evidence of "
        "reliability."
    )
    if rel.get("alpha_pre_revision") is not None:
        text += f" Before revision α was {fmt.alpha(rel['alpha_pre_revision'])}."
    text += " Reliability in Krippendorff's sense needs independent coders;" + (
        f" the second coder reaches α = {fmt.alpha(rel['alpha_coders'])}."
        if rel.get("alpha_coders") is not None
        else " a second coder and a held-out set are " + NA + "."
    )
    return text


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
    if not (d.metrics.get("reliability") or {}).get("alpha_coders"):
        out.append(
            "The manual coding is one coder's; agreement with it measures how well the "
            "rules reproduce that coder, not inter-coder reliability."
        )
    out.append(
        "Markers, voices and naming are rule-based; a rule shows that a device is used, not "
        "what a text means, and rules written on this corpus must be checked on a coded "
        "sample of any new corpus."
    )
    return out
