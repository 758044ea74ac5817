"""Scores of several held-out sets pooled from their counts (shared by the voices benchmark and
the report's validity table; a module of its own, with no import of the engine's modules)."""

from __future__ import annotations


def pooled_blocks(blocks: list[tuple[str, dict]]) -> dict | None:
    """Scores of several sets ``(name, scores)`` pooled from their counts."""
    if not blocks:
        return None
    gold, system, matched = (sum(b[k] for _, b in blocks) for k in ("gold", "system", "matched"))
    speaker = sum(round(b["speaker_accuracy"] * b["matched"]) for _, b in blocks)
    p, r = matched / system, matched / gold
    return dict(
        sets=[name for name, _ in blocks],
        gold=gold,
        system=system,
        matched=matched,
        precision=round(p, 3),
        recall=round(r, 3),
        f1=round(2 * p * r / (p + r), 3) if p + r else 0.0,
        speaker_accuracy=round(speaker / matched, 3) if matched else 0.0,
    )


def pooled_engine(sets: dict[str, dict[str, dict]], which: int) -> dict | None:
    """Held-out sets recorded per engine (``{set: {engine: scores}}``), pooled from each set's
    ``which`` engine in recorded order: 0 as first measured, -1 the latest."""
    return pooled_blocks(sorted((name, list(e.values())[which]) for name, e in sets.items()))
