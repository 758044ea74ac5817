"""The company a generic description stands for (voices rounds 18 and 19, 10kGNAD sentences)."""

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


def test_a_definite_or_a_bare_capitalised_company_noun_is_a_company_description():
    assert is_company_description("das US-Unternehmen")
    assert is_company_description("der weltgrößte Softwarekonzern")
    assert is_company_description("Bildschirmhersteller")  # a headline's subject (round 19)
    assert is_company_description("der Streamingdienst")
    assert not is_company_description("unternehmen")
    assert not is_company_description("die Sprecherin")
    assert not is_company_description("ein Hersteller")


def test_a_company_the_earlier_speaker_was_is_still_the_company():
    """gnad01024 (round 19): "betonte Ebay" made Ebay a speaker; the speakers said so far are
    no longer all excluded as persons, so "das Unternehmen" is still Ebay."""
    found = speakers(
        "Ebay führt ein Bonusprogramm ein. Ebay Plus gebe es nur in Deutschland, betonte Ebay.",
        "Ebay stelle zudem Rücksendeetiketten zur Verfügung, teilte das Unternehmen mit.",
    )
    assert found == [(0, "Ebay"), (1, "Ebay")]


def test_a_company_introduced_with_its_kind_may_contain_a_state_or_foreign_words():
    """gnad00356, gnad00972 (round 19): "Japan" alone is a state, "Japan Display" a company;
    the tagger calls "TransCanada Corp" foreign material."""
    found = speakers(
        "Der Apple-Zulieferer Japan Display bekommt den nachlassenden Boom zu spüren.",
        "Es werde mit einem Minus gerechnet, teilte der Konzern am Montag mit.",
    )
    assert found == [(1, "Japan Display")]
    found = speakers(
        "Das kanadische Unternehmen TransCanada Corp wäre einer der Betreiber geworden.",
        "Nach der Entscheidung kündigte die Firma eine Klage an.",
    )
    assert found == [(1, "TransCanada Corp")]


def test_a_headline_company_noun_is_the_company_named_below_it():
    """gnad00386 (round 19): "Hersteller kündigt Event an" heads an article about OnePlus."""
    found = speakers(
        "Hersteller kündigt Event an.",
        "Dass OnePlus in diesem Jahr noch ein Smartphone bringt, ist bekannt. OnePlus schweigt.",
    )
    assert found[0] == (0, "OnePlus")


def test_a_role_description_does_not_refer_back_to_a_company():
    """gnad00972 (round 19): after "die Firma" (TransCanada Corp) spoke, "die Kommissarin" is
    still the commissioner, not the company."""
    found = speakers(
        "EU-Kommissarin Malmström versprach Transparenz, sagte Malmström.",
        "Das kanadische Unternehmen TransCanada Corp klagt. Das kündigte die Firma an.",
        "Die Kommissarin verwies darauf, dass die Union das System nicht erfunden habe.",
    )
    assert found[-1] == (2, "Malmström")


def test_a_role_description_with_no_person_known_is_not_the_company():
    """Round 19: the last speaker a role falls back to must be a person, not "die Firma"."""
    found = speakers(
        "Das kanadische Unternehmen TransCanada Corp klagt. Das kündigte die Firma an.",
        "Das sei falsch, sagte die Kommissarin.",
    )
    assert found == [(0, "TransCanada Corp"), (1, "Kommissarin")]
