"""``framelab check``: every problem of a corpus folder at once, errors and warnings."""

from __future__ import annotations

from pathlib import Path

from framelab.corpus import CAMPS, validate_corpus
from framelab.errors import Problem
from framelab.textio import DEFAULT_MAX_BYTES


def check_corpus(
    corpus_dir: Path,
    camps: tuple[str, ...] = CAMPS,
    max_bytes: int = DEFAULT_MAX_BYTES,
    rules: Path | None = None,
) -> list[Problem]:
    """Validation problems, plus a warning for each article that is only boilerplate."""
    from framelab.cleaning import clean_article, load_rules

    articles, problems = validate_corpus(corpus_dir, camps, max_bytes)
    if rules is not None:
        ruleset = load_rules(rules)
        for article in articles:
            if not clean_article(article, ruleset).body.strip():
                problems.append(
                    Problem(
                        f"{Path(corpus_dir).name}/{article.file}",
                        "only boilerplate: nothing is left after cleaning (kept, with no passages)",
                        severity="warning",
                    )
                )
    return problems
