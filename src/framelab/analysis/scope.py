"""The analysed articles, one definition for every layer (topics, keyness, naming, markers,
voices and the report): the articles about the event in a study camp, or every article of the
corpus when none is about the event (the report then says so). Stance labels stay stricter:
only event passages are labelled, whatever the scope."""

from __future__ import annotations

import pandas as pd


def event_mask(articles: pd.DataFrame) -> pd.Series:
    """Boolean mask over ``articles``: about the event and in a study camp (``analysed``)."""
    return articles["about_event"].astype(bool) & articles["analysed"].astype(bool)


def in_scope(articles: pd.DataFrame) -> pd.Series:
    """Boolean mask over ``articles``: :func:`event_mask`, or every article if none is."""
    event = event_mask(articles)
    return event if event.any() else pd.Series(True, index=articles.index)


def scoped(articles: pd.DataFrame) -> pd.DataFrame:
    """The analysed articles (see :func:`in_scope`), index reset."""
    return articles[in_scope(articles)].reset_index(drop=True)


def is_event_scope(articles: pd.DataFrame) -> bool:
    """Whether the scope is the event's articles (False: the whole corpus, no event article)."""
    return bool(event_mask(articles).any())
