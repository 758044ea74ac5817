"""The company a generic description stands for (voices round 18, 10kGNAD sentences)."""

from framelab.attribution import annotate_article
from framelab.attribution.organisations import is_company_description, salient_organisation

SCARE = 3


def speakers(*passages: str) -> list[tuple[int, str]]:
    rows = annotate_article([(i, p, False) for i, p in enumerate(passages)], SCARE)[1]
    return [(r["position"], r["speaker_name"]) for r in rows]


def test_das_unternehmen_is_the_company_the_article_repeats():
    """gnad01024: "teilte das Unternehmen mit" after two sentences naming Ebay."""
    found = speakers(
        "Ebay führt ein Bonusprogramm ein.",
        "Für Ebay ist das der erste Schritt dieser Art in Europa.",
        "Ebay stelle zudem Rücksendeetiketten zur Verfügung, teilte das Unternehmen mit.",
    )
    assert found == [(2, "Ebay")]


def test_a_company_introduced_with_its_kind_wins_over_a_dateline_place():
    """gnad00687: the dateline "Neudau" is a place; "Garnhersteller Borckenstein" is the firm."""
    found = speakers(
        "Neudau – Der steirische Garnhersteller Borckenstein wird einen Insolvenzantrag "
        "einbringen. Neudau bleibt Standort.",
        "Das teilte das Unternehmen am Dienstag via Aussendung mit.",
    )
    assert found == [(1, "Borckenstein")]


def test_a_tie_or_a_single_mention_names_no_company():
    texts = ("Apple und Spotify streiten. Apple klagt, Spotify auch.",)
    assert salient_organisation(texts, texts, frozenset()) == ""
    once = ("Tesla baut ein Werk.",)
    assert salient_organisation(once, once, frozenset()) == ""
    assert salient_organisation(texts, texts, frozenset({"Spotify"})) == "Apple"


def test_a_place_or_a_person_is_no_company():
    texts = ("In Graz und aus Graz kam Kritik. Graz protestiert.",)
    assert salient_organisation(texts, texts, frozenset()) == ""


def test_only_a_definite_company_noun_is_a_company_description():
    assert is_company_description("das US-Unternehmen")
    assert is_company_description("der weltgrößte Softwarekonzern")
    assert not is_company_description("Unternehmen")
    assert not is_company_description("die Sprecherin")
