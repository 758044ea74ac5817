"""Voices round 47 (tuned on all gold, wiki50 and wiki51 included; wiki52 and wiki53 held out):
names with an apostrophe stay whole, a government named by its seat is its state, a place of
origin with an article closes an apposition, "man" speaks for the side "seitens" names, and a
body's leadership may speak for a Konjunktiv complement."""

from .statements import rows


def test_a_name_with_an_apostrophe_stays_whole():
    assert rows("O′Brien nannte seine Ernennung ein Privileg.")[0][3] == "O′Brien"  # before: "O"
    text = "Das sagte der aus El Paso stammende Beto O’Rourke."
    assert rows(text)[0][3] == "Beto O’Rourke"  # before: "stammende Beto O"


def test_a_government_named_by_its_seat_is_its_state():
    text = "Die Regierung in Iran hat heute mitgeteilt, sie werde die Anlage öffnen."
    assert rows(text)[0][3] == "Iran"  # before: "Regierung"
    text = "Die Führung in Peking spricht von grundlosen Drohungen gegen Unternehmen."
    assert rows(text)[0][3] == "China"  # the capital stands for its state
    assert rows("Die Regierung von Präsident Macron sagte, es sei gut.")[0][3] == "Regierung"


def test_an_origin_with_an_article_closes_the_apposition():
    text = (
        "Der Sprecher der Mehrheit im Repräsentantenhaus, John Boehner aus dem Bundesstaat "
        "Ohio, erkannte die Schwierigkeiten an und sagte, es sei schwer."
    )
    assert rows(text)[0][3] == "John Boehner"  # before: "Sprecher Mehrheit"


def test_man_speaks_for_the_side_seitens_names():
    text = "Seitens der Regierung betonte man, es gebe keinen Plan."
    assert rows(text) == [(0, "reported", "betonte", "Regierung")]  # before: no statement
    text = (
        "Seitens der Kirchenleitung zeigte man sich erstaunt: Der Pfarrer habe nicht gegen "
        "die Regeln verstoßen. Deshalb werde die Landeskirche alle Kosten tragen."
    )
    assert [r[3] for r in rows(text)] == ["Kirchenleitung", "Kirchenleitung"]
    assert rows("Man sagte, es sei gut.") == []  # no side named: no speaker
