"""Voices round 32 (tuned on all own gold, other29-other31 included, and the external train
split): a place inside an outlet's or company's name, members of parliament as an office, and a
counted role as a group."""

from .statements import rows


def test_a_place_before_the_last_noun_of_a_name_is_the_outlet_not_the_state():
    text = "Die Washington Post schrieb, Trump werde die Debatte prägen."
    assert rows(text)[0][3] == "Washington Post"
    text = "Doch auf den Gewinn drücken Japan Display zufolge auch höhere Kosten."
    assert rows(text)[0][3] == "Japan Display"


def test_a_place_before_an_abstract_object_or_a_time_stays_the_state():
    text = "Firtasch wird von den USA Korruption vorgeworfen."
    assert rows(text)[0][3] == "USA"


def test_a_member_of_parliament_is_an_office_and_several_members_a_group():
    text = (
        "Stefano Dambruoso, Abgeordneter der liberalen Regierungspartei, warnt vor Terror. "
        "Wir können Menschen festnehmen, sagt Dambruoso. "
        "Die Rechtspopulisten sind einfach lauter, sagt der Abgeordnete."
    )
    # before round 32: "Abgeordnete"; since round 36 "Stefano" is a listed given name
    assert rows(text)[-1][3] == "Stefano Dambruoso"
    text = (
        "Der Abgeordnete Michael Theurer kritisierte Juncker. "
        "Mehrere Abgeordnete warfen ihm vor, sich aus der Affäre stehlen zu wollen."
    )
    assert rows(text)[-1][3] == "Abgeordnete"


def test_a_place_and_a_following_object_or_time_stay_apart():
    """Round 32 review: only after "die/der/des" or before a company or outlet head."""
    assert rows("Er wird von Russland Spionage vorgeworfen.")[0][3] == "Russland"
    assert rows("Wie Frankreich Journalisten sagte, sei die Lage ernst.")[0][3] == "Frankreich"
    assert rows("Wie Japan Freitagabend mitteilte, sei der Reaktor sicher.")[0][3] == "Japan"
    text = "Zugleich kündigte Ungarn Flüchtlingen an, die Grenze zu schließen."
    assert rows(text)[0][3] == "Ungarn"
    assert rows("Nach Angaben von Wien Energie steigen die Preise.")[0][3] == "Wien Energie"


def test_counted_or_articleless_members_of_parliament_stay_a_group():
    for group in ("Sechs Abgeordnete", "Etliche Abgeordnete", "Abgeordnete", "12 Abgeordnete"):
        text = (
            f"Der Abgeordnete Michael Theurer kritisierte Juncker. {group} sagten, er müsse gehen."
        )
        assert rows(text)[-1][3] != "Michael Theurer", group
