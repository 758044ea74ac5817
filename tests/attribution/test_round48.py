"""Voices round 48 (tuned on all gold, wiki52 and wiki53 included; wiki54 and wiki55 held out):
a dative pronoun as a source resolves like "er"/"sie", a party in brackets after an
apposition's name, a determiner in -en or -em is no subject, an organisation's kind before its
name in an apposition, and "der" after a weekday may open the subject."""

from .statements import rows


def test_a_dative_pronoun_as_a_source_is_resolved():
    text = "Der Anwalt Olaf Kretschmann vertritt Thiel. Ihm zufolge hat sich Thiel entschieden."
    assert rows(text)[-1] == (1, "reported", "zufolge", "Olaf Kretschmann")  # before: "Ihm"


def test_a_party_in_brackets_closes_an_apposition():
    text = (
        "Der Vorsitzende des Rates für Rechtschreibung, Hans Zehetmair (CSU), hat "
        "bekräftigt, die Fragen würden geklärt."
    )
    assert rows(text)[0][3] == "Hans Zehetmair"  # before: "Vorsitzende Rates"
    text = "Der Ministerpräsident Thüringens, Bodo Ramelow (Die Linke), sieht Bedarf, sagte er."
    assert rows(text)[0][3] == "Bodo Ramelow"  # before: "Linke" (read as a glued heading)


def test_a_determiner_in_en_or_em_and_a_weekday_genitive_are_no_subject():
    text = (
        "Diesen Termin gab am letzten Dienstag der Niederösterreichische Landeshauptmann "
        "Erwin Pröll (VP) bekannt."
    )
    assert rows(text)[0][3] == "Erwin Pröll"  # before: "Termin"
    assert rows("Am Dienstag der vergangenen Woche sagte Pröll, es sei gut.")[0][3] == "Pröll"


def test_an_organisations_kind_before_its_name_in_an_apposition():
    text = (
        "Der Betreiber der Mesdar, das britische Unternehmen Norbulk Shipping UK, hat die "
        "Weiterfahrt des Schiffes bestätigt."
    )
    assert rows(text)[0][3] == "Norbulk Shipping UK"  # before: "Mesdar"
