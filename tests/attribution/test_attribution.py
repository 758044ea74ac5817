"""Attribution engine: exact speakers and kinds on real German sentences."""

from pathlib import Path

import pandas as pd
import pytest

from framelab.attribution import annotate_article, sentence_spans, voice_at, voice_spans
from framelab.attribution.cues import RESOURCE, find_cues, load_cues
from framelab.attribution.quotes import quote_spans
from framelab.attribution.tables import STATEMENT_COLUMNS, voices_from_passages
from framelab.errors import InputError

from .statements import edited_cues

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"
SCARE = 3  # the length rule's threshold in these unit tests (params.yaml sets the pipeline's)


def statements(*passages: str) -> list[dict]:
    return annotate_article([(i, p, False) for i, p in enumerate(passages)], SCARE)[1]


def only(passage: str, *context: str) -> tuple[str, str, str]:
    rows = [r for r in statements(*context, passage) if r["position"] == len(context)]
    assert len(rows) == 1, rows
    return rows[0]["kind"], rows[0]["speaker_name"], rows[0]["cue"]


@pytest.mark.parametrize(
    "sentence, kind, speaker, cue",
    [
        ("Das Abenteuer Kiews sei gescheitert, sagte Putin.", "reported", "Putin", "sagte"),
        (
            "Selenskyj warf das Russland bereits seit einiger Zeit vor.",
            "reported",
            "Selenskyj",
            "warf … vor",
        ),
        (
            "Der ukrainische Präsident Wolodymyr Selenskyj hatte Nordkorea immer wieder "
            "vorgeworfen, "
            "Russland nicht nur mit Waffen, sondern auch mit Personal zu helfen.",
            "reported",
            "Wolodymyr Selenskyj",
            "vorgeworfen",
        ),
        (
            "In der Vergangenheit hatte der ukrainische Präsident Wolodymyr Selenskyj wiederholt "
            "erklärt, dass Nordkorea Russland nicht nur mit Waffen, sondern auch mit militärischem "
            "Personal unterstütze.",
            "reported",
            "Wolodymyr Selenskyj",
            "erklärt",
        ),
        (
            "Ukraine bestreitet, dass Russland die Kontrolle über Kursk wiedererlangt hat",
            "reported",
            "Ukraine",
            "bestreitet",
        ),
        (
            "Im Kontext der geopolitischen Entwicklungen gab Alexei Smirnow, der damalige "
            "Gouverneur "
            "des Kursker Gebiets, bekannt, dass ukrainische Streitkräfte am 6. August 2024 in das "
            "russische Grenzgebiet eingedrungen waren.",
            "reported",
            "Alexei Smirnow",
            "gab … bekannt",
        ),
        (
            "Der russische Generalstabschef Waleri Gerassimow lobte den Mut der nordkoreanischen "
            "Kämpfer und sprach von der vollständigen Rückeroberung der letzten Siedlung in Kursk.",
            "reported",
            "Waleri Gerassimow",
            "lobte",
        ),
        (
            "Laut südkoreanischem Geheimdienst wurden im vergangenen Jahr etwa 11.000 Soldaten aus "
            "Nordkorea entsandt.",
            "reported",
            "südkoreanischem Geheimdienst",
            "Laut",
        ),
        (
            "Schließlich sei ein All-in-Gehalt oft nur auf den ersten Blick von Vorteil, gab "
            "GPA-djp-Chef Wolfgang Katzian (SPÖ) am Montag bei einer Pressekonferenz in Wien zu "
            "bedenken.",
            "reported",
            "Wolfgang Katzian",
            "gab … zu bedenken",
        ),
    ],
)
def test_seed_sentences(sentence, kind, speaker, cue):
    assert only(sentence) == (kind, speaker, cue)


def test_kiew_denial_in_relative_clause_is_a_second_statement():
    rows = statements(
        "Die russische Armee hat die Grenzregion Kursk nach eigenen Angaben vollständig von den "
        "ukrainischen Streitkräften zurückerobert – was umgehend von Kiew bestritten wurde."
    )
    assert {(r["speaker"], r["speaker_name"], r["cue"]) for r in rows} == {
        ("Die russische Armee", "russische Armee", "nach eigenen Angaben"),
        ("Kiew", "Ukraine", "bestritten"),
    }


def test_kiew_claim_in_concessive_clause():
    rows = statements(
        "Obwohl sowohl Kiew als auch seine Verbündeten behaupteten, dass Nordkorea etwa 12.000 "
        "Soldaten zur Unterstützung Russlands in der Ukraine entsandt habe, haben Moskau und "
        "Pjöngjang diese Angaben weder bestätigt noch dementiert."
    )
    assert [(r["kind"], r["speaker"], r["speaker_name"], r["cue"]) for r in rows] == [
        ("reported", "Kiew", "Ukraine", "behaupteten")
    ]


def test_colon_introduction_pronoun_and_quote_over_two_sentences():
    rows = statements(
        "Gerassimow lobte auch den Mut der Angehörigen der Koreanischen Volksarmee. "
        "Er beschrieb ihren Einsatz mit den Worten:",
        "“Soldaten und Offiziere haben an der Seite der russischen Militärangehörigen kämpferische "
        "Aufgaben übernommen. Während der Abwehr bewiesen sie großen Professionalismus.”",
    )
    assert [
        (r["position"], r["sentence_index"], r["kind"], r["speaker_name"], r["rule"]) for r in rows
    ] == [
        (0, 0, "reported", "Gerassimow", "cue:loben_wuerdigen"),
        (1, 0, "direct", "Gerassimow", "colon:quotation"),
        (1, 1, "direct", "Gerassimow", "continuation:quotation"),
    ]


def test_direct_quote_then_konjunktiv_continuation():
    rows = statements(
        "„Besonders hervorheben möchte ich die Beteiligung von Soldaten der Demokratischen "
        "Volksrepublik Korea“, sagte Waleri Gerassimow am Samstag. Die Soldaten seien tapfer "
        "gewesen. Der Krieg begann 2022."
    )
    assert [(r["sentence_index"], r["kind"], r["speaker_name"], r["cue"]) for r in rows] == [
        (0, "direct", "Waleri Gerassimow", "sagte"),
        (1, "reported", "Waleri Gerassimow", "Konjunktiv I: seien"),
    ]


def test_narrator_sentences_are_not_statements():
    assert (
        statements(
            "Der Vertrag sieht im Falle eines bewaffneten Überfalls eine gegenseitige militärische "
            "Unterstützung vor. Die Ukraine hatte gehofft, das Gebiet als Verhandlungsmasse "
            "zu nutzen. "
            "Alexander Garmaew, der über die Kämpfe berichtete, veröffentlichte ein Bild."
        )
        == []
    )


def test_interview_turns():
    rows = statements(
        "STANDARD: Wie geht es weiter? Katzian: Wir fordern mehr Transparenz. Das ist wichtig. "
        "STANDARD: Und dann?"
    )
    assert [(r["kind"], r["speaker_name"]) for r in rows] == [
        ("interview", "STANDARD"),
        ("interview", "Katzian"),
        ("interview", "Katzian"),
        ("interview", "STANDARD"),
    ]


def test_the_label_that_asks_the_questions_is_the_interviewer_whatever_its_name():
    rows = statements(
        "Redaktion: Wie geht es weiter? Katzian: Wir fordern mehr Transparenz. Redaktion: Und dann?"
    )
    assert [(r["speaker_name"], r["group"]) for r in rows] == [
        ("Redaktion", "interviewer"),
        ("Katzian", "unmapped"),
        ("Redaktion", "interviewer"),
    ]


def test_a_question_and_answer_explainer_is_the_narrator():
    text = (
        "Sozialausgaben kürzen – darf der Bürgermeister das? Einige Fragen und Antworten. "
        "Frage: Welche Folgen hätte das für die Betroffenen? "
        "Antwort: Finanziell hätte es keine gravierenden Auswirkungen."
    )
    assert statements(text) == []


def test_answers_of_a_question_and_answer_interview_are_the_addressed_guest():
    rows = statements(
        "Projektchef Thomas Urmson spricht über Google.",
        "Frage: Herr Urmson, Sie betonen häufig, Google wolle kein Autobauer werden? "
        "Antwort: Wir wollen Partner der Hersteller sein.",
    )
    assert [(r["kind"], r["speaker_name"], r["group"]) for r in rows] == [
        ("interview", "Frage", "interviewer"),
        ("interview", "Thomas Urmson", "unmapped"),
    ]


def test_labelled_turns_without_questions_are_a_dialogue_of_direct_speech():
    rows = statements(
        "DIE FRAU: Saure Sulz vom Nockalmrind. DER MANN: Sie sparen halt. Das sieht man.",
        "DIE FRAU: Ach, hör doch auf!",
    )
    assert [(r["kind"], r["speaker_name"]) for r in rows] == [
        ("direct", "DIE FRAU"),
        ("direct", "DER MANN"),
        ("direct", "DER MANN"),
        ("direct", "DIE FRAU"),
    ]


def test_sentence_splitter_offsets():
    text = (
        "Am 26. April 2025 meldete Gerassimow die Befreiung, z.B. von Gornal. Er sagte: "
        "„Wir siegen.“ Danach St. Georg."
    )
    spans = sentence_spans(text)
    assert [text[s:e] for s, e in spans] == [
        "Am 26. April 2025 meldete Gerassimow die Befreiung, z.B. von Gornal.",
        "Er sagte: „Wir siegen.“",
        "Danach St. Georg.",
    ]


def test_quote_styles_and_length_rule():
    text = "Sie sprach von „Befreiung“, «hohe Professionalität» und »wir werden siegen, sicher«."
    quotes = quote_spans(text, scare_max_words=SCARE)
    assert [(text[q.start : q.end], q.scare) for q in quotes] == [
        ("„Befreiung“", True),
        ("«hohe Professionalität»", True),
        ("»wir werden siegen, sicher«", False),
    ]


def test_voice_at_marks_reported_speech_and_scare_quotes():
    text = "Das Abenteuer Kiews sei gescheitert, sagte Putin. Die „Befreiung“ der Region dauert an."
    spans = voice_spans([(0, text, False)], SCARE)
    assert voice_at(spans, 0, text.index("Abenteuer")).voice == "reported"
    assert voice_at(spans, 0, text.index("Abenteuer")).speaker_name == "Putin"
    assert voice_at(spans, 0, text.index("Befreiung")).voice == "scare"
    assert voice_at(spans, 0, text.index("Region")).voice == "narrator"


def test_resource_examples_are_checked(tmp_path):
    lexicon = load_cues(RESOURCE)
    assert [
        c.text
        for c in find_cues("Er schrie laut. Laut Polizei sei er geflohen.", lexicon)
        if c.category == "nominal"
    ] == ["Laut"]
    broken = edited_cues(
        tmp_path,
        "      - 'Selenskyj warf das Russland bereits seit einiger Zeit vor.'",
        "      - 'Selenskyj wirft nichts.'",
    )
    with pytest.raises(InputError, match="vorwerfen: example does not match"):
        load_cues(broken)


def test_invalid_yaml_in_the_cue_resource_names_the_file_and_line(tmp_path):
    lines = RESOURCE.read_text(encoding="utf-8").splitlines()
    at = next(i for i, line in enumerate(lines) if line.strip().startswith("rationale:"))
    lines[at] += " (round 19: unquoted colon)"
    (tmp_path / "attribution.yml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(InputError) as err:
        load_cues(tmp_path / "attribution.yml")
    assert str(err.value.problems[0]).startswith(f"attribution.yml:{at + 1}: not valid YAML")


def test_voices_from_passages_table_and_gazetteer():
    passages = pd.DataFrame(
        dict(
            article_id=["a", "a"],
            position=[0, 1],
            is_heading=[False, False],
            in_language=[True, True],
            text=["Putin reiste ab.", "Das Abenteuer Kiews sei gescheitert, sagte Putin."],
        )
    )
    df = voices_from_passages(passages, SCARE, gazetteer={"Putin": ("Wladimir Putin", "russia")})
    assert list(df.columns) == STATEMENT_COLUMNS
    assert df[["position", "sentence", "speaker_name", "group"]].values.tolist() == [
        [1, "Das Abenteuer Kiews sei gescheitert, sagte Putin.", "Wladimir Putin", "russia"]
    ]  # the gazetteer's canonical name, as the attribute stage gives it


@pytest.mark.skipif(not (SHARED / "seeds").exists(), reason="../shared/seeds not available")
def test_seed_article_004_finds_selenskyj_and_putin():
    from framelab.text import paragraphs

    text = (SHARED / "seeds" / "004_41deaae23a4276fc.txt").read_text(encoding="utf-8")
    rows = statements(*paragraphs(text))
    found = {(r["speaker"], r["speaker_name"], r["cue"]) for r in rows}
    assert {
        ("Selenskyj", "Wolodymyr Selenskyj", "warf … vor"),  # the full name the article gives
        ("Wolodymyr Selenskyj", "Wolodymyr Selenskyj", "vorgeworfen"),
        ("Putin", "Wladimir Putin", "sagte"),
        ("Waleri Gerassimow", "Waleri Gerassimow", "sagte"),
    } <= found


@pytest.mark.parametrize(
    "sentence, kind, speaker, cue",
    [
        (
            "Das Millionen-Publikum hätte eine Sendung verloren, die Musikszene eine wichtige "
            "Plattform, so Vana.",
            "reported",
            "Vana",
            "so",
        ),
        (
            "Damati kündigte eine erneute Pressekonferenz für den 1. April an.",
            "reported",
            "Damati",
            "kündigte … an",
        ),
        (
            "«Die Soldaten und Offiziere zeigten hohe Professionalität, Tapferkeit, Mut und "
            "Heldentum im Kampf», sagte Gerassimow im Gespräch mit Putin.",
            "direct",
            "Gerassimow",
            "sagte",
        ),
        (
            "Meinungsforscher schätzen, dass die Wahlbeteiligung wieder auf 70 Prozent ansteigen "
            "könnte.",
            "reported",
            "Meinungsforscher",
            "schätzen",
        ),
    ],
)
def test_dev_round_two_sentences(sentence, kind, speaker, cue):
    assert only(sentence) == (kind, speaker, cue)


def test_negated_confirmation_is_no_statement():
    assert statements("Offiziell bestätigt hatte das Russland bis heute nicht.") == []


def test_unmarked_article_indicative_before_cue_is_direct_and_continues():
    rows = statements(
        "Das ist ein ganz simpler zivilrechtlicher Zugang, sagt Swoboda. "
        "Wir werden selbstverständlich Schadenersatz fordern."
    )
    assert [(r["kind"], r["speaker"], r["speaker_name"], r["rule"]) for r in rows] == [
        ("direct", "Swoboda", "Swoboda", "cue:sagen"),
        ("direct", "", "Swoboda", "continuation:first_person"),
    ]


def test_konjunktiv_continuation_bridges_one_narrator_sentence():
    rows = statements(
        "Die Lage sei ernst, sagte Minister Max Huber. Das Ministerium wurde 1990 gegründet. "
        "Die Reform komme aber zu spät."
    )
    assert [(r["sentence_index"], r["speaker_name"], r["cue"]) for r in rows] == [
        (0, "Max Huber", "sagte"),
        (2, "Max Huber", "Konjunktiv I: komme"),
    ]


# --- voices round 3 (tuned on dev ∪ round-1 test; 10kGNAD sentences, quotation marks stripped) --


def test_unmarked_first_person_continues_over_a_narrator_sentence():
    rows = statements(
        "Das ist bis in die Führungsspitze bekannt gewesen, sagte Ernst Swoboda.",
        "Die Motive für die Manipulationen sind nach wie vor unklar. "
        "Bei dieser Dimension fehlt mir momentan jede Erklärung.",
    )
    assert [(r["kind"], r["cue"], r["speaker_name"], r["text"]) for r in rows[1:]] == [
        (
            "direct",
            "continuation",
            "Ernst Swoboda",
            "Bei dieser Dimension fehlt mir momentan jede Erklärung.",
        )
    ]


def test_first_person_after_a_gap_is_narrator_where_quotes_are_marked():
    rows = statements(
        "„Das ist alles falsch und erfunden“, sagte Swoboda. Die Motive sind unklar. "
        "Uns fehlt jede Erklärung."
    )
    assert [(r["kind"], r["text"]) for r in rows] == [
        ("direct", "Das ist alles falsch und erfunden")
    ]


def test_postposed_cue_wins_and_name_particles_join():
    rows = statements(
        "Die tiefe Lücke weist klar auf die Anwesenheit von Planeten mit mehreren "
        "Jupitermassen hin, sagt van der Marel."
    )
    assert [(r["kind"], r["cue"], r["speaker_name"], r["text"]) for r in rows] == [
        (
            "direct",
            "sagt",
            "van der Marel",
            "Die tiefe Lücke weist klar auf die Anwesenheit von Planeten mit mehreren "
            "Jupitermassen hin",
        )
    ]


def test_genitive_before_nominalised_role_and_singular_konjunktiv_ii_continuation():
    rows = statements(
        "Die wirtschaftlichen Folgen eines Brexits wären für Österreich an der Grenze zum "
        "Spürbaren, sagte Österreichs Wirtschaftsdelegierter in London, Christian Kesberg. "
        "Bis 2030 würde es dadurch in Österreich nur eine um 0,05 bis 0,18 Prozent niedrigere "
        "Wirtschaftsleistung geben."
    )
    assert [(r["kind"], r["cue"], r["speaker_name"]) for r in rows] == [
        ("reported", "sagte", "Christian Kesberg"),
        ("reported", "Konjunktiv II: würde", "Christian Kesberg"),
    ]


@pytest.mark.parametrize(
    "sentence, kind, speaker, cue",
    [
        (
            "Christandls Anwältin rechnet Ende des Jahres mit einer Entscheidung.",
            "reported",
            "Christandls Anwältin",
            "rechnet … mit",
        ),
        (
            "Gudenus hatte in einem Interview von einer gestellten Aufnahme gesprochen.",
            "reported",
            "Gudenus",
            "von … gesprochen",
        ),
        (
            "Kammerpräsident Christoph Leitl sprach davon, dass es einen Frustruck gegeben habe.",
            "reported",
            "Christoph Leitl",
            "sprach davon",
        ),
        (
            "Der Kremlchef gratulierte den Soldaten zum Sieg.",
            "reported",
            "Kremlchef",
            "gratulierte",
        ),
        (
            "RTL signalisierte Zustimmung, will aber noch die Einschaltquoten abwarten.",
            "reported",
            "RTL",
            "signalisierte",
        ),
    ],
)
def test_round_three_cues(sentence, kind, speaker, cue):
    assert only(sentence) == (kind, speaker, cue)


def test_focus_adverb_before_the_subject_and_a_recounting_verb():
    rows = statements("Auch Anwalt Held schilderte die Zustände als unerfreulich.")
    assert [(r["cue"], r["speaker"]) for r in rows] == [("schilderte", "Anwalt Held")]


def test_apposition_name_the_tagger_half_misses():
    rows = statements(
        "Die Entscheidung sei hart gewesen, sagte der Fraktionschef der Wahren Finnen, "
        "Sampo Terho, am Donnerstag nach dem Votum."
    )
    assert [r["speaker_name"] for r in rows] == ["Sampo Terho"]


def test_person_description_resolves_to_the_named_speaker():
    rows = statements(
        "Den Kindern solle man Struktur geben, sagt die Psychotherapeutin Barbara Preitler.",
        "Preitler arbeitet für Hemayat.",
        "Die Schule sei ein guter Rahmen, sagt die Psychotherapeutin.",
    )
    assert [(r["speaker"], r["speaker_name"]) for r in rows] == [
        ("Barbara Preitler", "Barbara Preitler"),
        ("die Psychotherapeutin", "Barbara Preitler"),
    ]


def test_formal_address_continues_a_letter_without_quotation_marks():
    rows = statements(
        "Geschäfte sperren zu, die Jungen ziehen weg, schrieb der ORF.",
        "Das Schreiben ging am Montag ein. Danke für Ihr Feedback!",
    )
    assert [(r["kind"], r["cue"], r["text"]) for r in rows[1:]] == [
        ("direct", "continuation", "Danke für Ihr Feedback!")
    ]
    assert rows[1]["speaker_name"] == rows[0]["speaker_name"]


def test_role_resolves_to_a_person_the_narrator_named():
    rows = statements(
        "SPÖ-Fraktionschef Andreas Schieder stellte am Montag ein Modell vor.",
        "Die Gewerkschaft lehnt es ab.",
        "Es sei ein guter Vorschlag, meinte der Fraktionschef bei einer Pressekonferenz.",
    )
    assert [(r["speaker"], r["speaker_name"]) for r in rows] == [
        ("der Fraktionschef", "Andreas Schieder")
    ]


def test_role_prefers_the_person_with_that_role_over_a_later_one():
    rows = statements(
        "Generalstabschef Waleri Gerassimow besuchte die Truppen.",
        "Das Foto machte Alexander Garmaew.",
        "Die Lage sei stabil, sagte der Generalstabschef.",
    )
    assert [r["speaker_name"] for r in rows] == ["Waleri Gerassimow"]


def test_pronoun_resolves_to_a_fitting_person_named_earlier_in_its_sentence():
    rows = statements(
        "Die Studie sei gut, sagte Ministerin Angela Merkel.",
        "Auch Wirtschaftskammer-Präsident Christoph Leitl hält das Modell für veraltet, sagte er.",
    )
    assert [(r["speaker"], r["speaker_name"]) for r in rows] == [
        ("Angela Merkel", "Angela Merkel"),
        ("er", "Christoph Leitl"),
    ]


def test_pronoun_of_another_gender_does_not_take_a_named_person():
    rows = statements(
        "Die Studentin schrieb einen offenen Brief.",
        "Er kam von Heinz-Christian Strache.",
        "Das sei menschenverachtend, schrieb sie.",
    )
    assert rows[-1]["speaker_name"] != "Heinz-Christian Strache"


def test_find_cues_repeats_a_scan_only_for_the_same_lexicon():
    import dataclasses
    import re

    from framelab.attribution.cues import default_cues

    text = "Das sei falsch, sagte Putin."
    first = find_cues(text)
    first.clear()  # a caller's list is its own
    assert [c.text for c in find_cues(text)] == ["sei", "sagte"]
    only_sagen = dataclasses.replace(default_cues(), scan=re.compile(r"(?P<verb__sagen>sagte)"))
    assert [(c.entry, c.text) for c in find_cues(text, only_sagen)] == [("sagen", "sagte")]
    assert [c.text for c in find_cues(text)] == ["sei", "sagte"]


def test_each_cue_names_its_entry_and_spans_the_whole_cue():
    found = find_cues("Er warf der Regierung Versagen vor. Das sei falsch, betonte Müller.")
    assert [(c.category, c.entry, c.text) for c in found] == [
        ("particle", "vorwerfen", "warf der Regierung Versagen vor"),
        ("konjunktiv1", "konjunktiv_i", "sei"),
        ("verb", "betonen_unterstreichen", "betonte"),
    ]


def test_a_proper_noun_ends_its_phrase_before_an_adjective():
    rows = statements("Die Passagiere erhielten laut Bischof kostenlose Getränke.")
    assert [(r["speaker"], r["speaker_name"]) for r in rows] == [("Bischof", "Bischof")]


def test_institution_description_takes_the_compound_named_earlier():
    rows = statements(
        "Die Bundeswettbewerbsbehörde (BWB) hat den Mobilfunkmarkt untersucht.",
        "Die Preise seien gestiegen, sagte die Behörde.",
    )
    assert [(r["speaker"], r["speaker_name"]) for r in rows] == [
        ("die Behörde", "Bundeswettbewerbsbehörde")
    ]


def test_institution_description_takes_the_name_after_its_head_but_not_a_genitive():
    rows = statements(
        "Der Glücksspielkonzern Novomatic kauft weitere Anteile.",
        "Der Preis sei angemessen, sagte der Konzern.",
        "Die Militärführung Russlands schweigt.",
        "Die Lage sei stabil, sagte die Militärführung.",
    )
    assert [r["speaker_name"] for r in rows] == ["Novomatic", "Militärführung"]


@pytest.mark.parametrize(
    "sentence, speaker",
    [
        ("Der echte Fehler sitze bei den Roten, heißt es in der ÖVP.", "ÖVP"),
        ("Man arbeite an der Behebung, hieß es seitens des Innenressorts.", "Innenressorts"),
        ("Auch tote Tiere sollten geachtet werden, heißt es in der Erklärung.", "Erklärung"),
        ("Der Tod sei nicht das Ende, heißt es.", "unnamed source"),
    ],
)
def test_impersonal_cue_takes_the_source_the_sentence_gives(sentence, speaker):
    assert [r["speaker_name"] for r in statements(sentence)] == [speaker]


def test_an_adjective_after_a_prepositions_object_stays_in_the_extended_attribute():
    rows = statements(
        "Die Perle sei alt, sagte die auf Muscheln spezialisierte Forscherin Kat Szabo."
    )
    assert [r["speaker_name"].split()[-1] for r in rows] == ["Szabo"]


def test_second_verb_of_a_coordination_shares_the_first_ones_subject():
    rows = statements(
        "Die Grünen haben die Verordnung begrüßt, fordern aber weiterhin eine Änderung der "
        "Finanzverfassung."
    )
    assert [r["speaker"] for r in rows] == ["Die Grünen"]


@pytest.mark.parametrize(
    "sentence, speaker",
    [
        ("Das sei falsch, sagte Van der Bellen am Montag.", "Van der Bellen"),
        ("Alexander Van der Bellen erklärte, er sei bereit.", "Alexander Van der Bellen"),
        ("Laut Ursula von der Leyen ist das gut.", "Ursula von der Leyen"),
        ("Karl-Theodor zu Guttenberg sagte, er trete zurück.", "Karl-Theodor zu Guttenberg"),
        ("Das sei falsch, sagte Merkel von der CDU.", "Merkel"),
    ],
)
def test_surnames_with_particles_stay_whole(sentence, speaker):
    """Found by a new user: "Van der Bellen" was cut to "Van", so the gazetteer missed him."""
    assert [r["speaker"] for r in statements(sentence)] == [speaker]


def test_a_label_opening_with_a_preposition_is_no_interview_turn():
    """Found on 10kGNAD: "Zum Vergleich:" lines became 194 statements of a speaker "Zum
    Vergleich" inside interviews."""
    rows = statements(
        "STANDARD: Wie viele kommen? Fischer: Wir erwarten Tausende. Zum Vergleich: 2014 kamen 500."
    )
    assert [(r["speaker"], r["kind"]) for r in rows] == [
        ("STANDARD", "interview"),
        ("Fischer", "interview"),
        ("Fischer", "interview"),
    ]


def test_each_thread_keeps_its_own_memo_of_recent_cue_scans():
    """A Dask worker runs tasks in threads; a memo shared by threads raised KeyError when two
    evicted the same entry. Each thread has its own."""
    import threading

    from framelab.attribution import cues

    other = "Die Ministerin sagte, es gehe voran."
    worker = threading.Thread(target=find_cues, args=(other,))
    worker.start()
    worker.join()
    assert other not in cues._recent()
    assert [c.text for c in find_cues(other)] == ["sagte", "gehe"]
    assert other in cues._recent()


# --- voices round 7 (tuned on dev ∪ test ∪ test2–test6; test7 held out) -----------------------


def test_konjunktiv_continuation_bridges_up_to_four_narrator_sentences():
    rows = statements(
        "Die Lage sei ernst, sagte Minister Max Huber. Das Ministerium wurde 1990 gegründet. "
        "Es hat 300 Mitarbeiter. Der Sitz ist in Linz. Die Kantine ist neu. "
        "Die Reform komme aber zu spät."
    )
    assert [(r["sentence_index"], r["speaker_name"], r["cue"]) for r in rows] == [
        (0, "Max Huber", "sagte"),
        (5, "Max Huber", "Konjunktiv I: komme"),
    ]


def test_konjunktiv_continuation_stops_after_five_narrator_sentences():
    rows = statements(
        "Die Lage sei ernst, sagte Minister Max Huber. Das Ministerium wurde 1990 gegründet. "
        "Es hat 300 Mitarbeiter. Der Sitz ist in Linz. Die Kantine ist neu. Es gibt Parkplätze. "
        "Die Reform komme aber zu spät."
    )
    assert [(r["sentence_index"], r["speaker_name"]) for r in rows] == [(0, "Max Huber")]


def test_konjunktiv_after_a_narrator_sentence_naming_a_person_is_that_persons():
    rows = statements(
        "Die Lage sei ernst, sagte Minister Max Huber. "
        "Etwas näher lokalisierte Landeshauptmannstellvertreter Thomas Stelzer das Problem. "
        "Das Ergebnis sei kein Warnschuss, sondern ein Treffer."
    )
    assert [(r["sentence_index"], r["speaker_name"], r["cue"]) for r in rows] == [
        (0, "Max Huber", "sagte"),
        (2, "Thomas Stelzer", "Konjunktiv I: sei"),
    ]


@pytest.mark.parametrize(
    "sentence, speaker, cue",
    [
        ("Anders sieht das der Grünen-Politiker Bruno Rossmann.", "Bruno Rossmann", "Anders"),
        (
            "Die ÖVP sieht in den Aussagen des Kanzlers einen Schwenk in die richtige Richtung.",
            "ÖVP",
            "sieht",
        ),
        ("Die Gewerkschaft ist überzeugt, dass die Reform scheitert.", "Gewerkschaft", "ist"),
    ],
)
def test_round7_assessment_cues(sentence, speaker, cue):
    kind, name, found = only(sentence)
    assert (kind, name) == ("reported", speaker)
    assert found.startswith(cue)


def test_a_given_name_takes_the_surname_the_tagger_calls_a_common_noun():
    rows = statements("Walter Baier sagte, dass die Reform scheitert.")
    assert [(r["speaker"], r["speaker_name"]) for r in rows] == [("Walter Baier", "Walter Baier")]


def test_a_past_indicative_that_looks_like_konjunktiv_ii_continues_no_one():
    rows = statements(
        "Selenskyj sagte, Nordkorea schicke Soldaten. "
        "Diese Anschuldigungen blieben lange unbestätigt vonseiten Moskaus."
    )
    assert [(r["sentence_index"], r["speaker_name"]) for r in rows] == [(0, "Selenskyj")]


# --- voices round 8 (tuned on dev ∪ test ∪ test2–test7; test8 held out) -----------------------


@pytest.mark.parametrize(
    "sentence, speaker",
    [
        # a dash the tagger calls foreign material no longer joins the dateline to the subject
        (
            "Wien – ÖGB-Präsident Erich Foglar nennt eine etwaige Verschärfung der "
            "Entsenderichtlinie als begrüßenswert.",
            "Erich Foglar",
        ),
        # a postposed speech verb after a dass-clause whose verb-final "werden" is tagged INF
        (
            "Panama ist der letzte große Verweigerer, der es weiterhin erlaubt, dass "
            "Offshore-Fonds vor Behörden versteckt werden, sagte OECD-Generalsekretär "
            "Ángel Gurría am Dienstag.",
            "Ángel Gurría",
        ),
        # a relative clause between subject and verb is no clause boundary
        (
            "Der Mathematiker Rudolf Taschner, der Mahrers Projekt unterstützt, antwortet "
            "philosophisch: Das Problem ist immer: Geld.",
            "Rudolf Taschner",
        ),
    ],
)
def test_round8_subject_across_dashes_and_commas(sentence, speaker):
    assert only(sentence)[1] == speaker


def test_a_headline_role_is_the_person_named_with_it_later():
    rows = statements(
        "Wifo-Chef plädiert für Flexibilität und unbezahlten Urlaub.",
        "Wifo-Chef Karl Aiginger kann der Forderung etwas abgewinnen.",
    )
    assert (rows[0]["position"], rows[0]["speaker"], rows[0]["speaker_name"]) == (
        0,
        "Wifo-Chef",
        "Karl Aiginger",
    )


def test_a_surname_mention_makes_the_person_the_last_one_named():
    rows = statements(
        "Alexander Van der Bellen stellte sich vor. "
        "Sein Mitbewerber ist Andreas Khol. "
        "Überreden ließ sich Van der Bellen auch zur Kandidatur. "
        "Nun unterstreicht er, wie sehr ihm Österreich am Herzen liege."
    )
    assert [(r["sentence_index"], r["speaker_name"]) for r in rows] == [
        (3, "Alexander Van der Bellen")
    ]


@pytest.mark.parametrize(
    "sentence, speaker",
    [
        (
            "Es sei die größte Umstellung, zitiert die Zeitung den zuständigen Vorstand "
            "Jens Bischof.",
            "Jens Bischof",  # round 39: "Bischof" after a given name is the surname
        ),
        (
            "Das Haus sei leer gewesen, zitiert der Kurier Villeneigentümer Herinrich Schuster.",
            "Herinrich Schuster",
        ),
    ],
)
def test_a_quoting_medium_passes_on_the_quoted_persons_words(sentence, speaker):
    assert only(sentence)[1] == speaker


def test_a_person_who_quotes_speaks_himself():
    rows = statements(
        "Der Philosoph Peter Lucas ist verzweifelt. "
        "Angst ist der Schwindel der Freiheit, zitiert er Kierkegaard."
    )
    assert [(r["sentence_index"], r["speaker"], r["speaker_name"]) for r in rows] == [
        (1, "er", "Peter Lucas")
    ]


# --- voices round 9 (tuned on dev ∪ test ∪ test2–test8; test9 held out) -----------------------


@pytest.mark.parametrize(
    "text, speaker",
    [
        (
            "Für Finanzminister Hans-Jörg Schelling (ÖVP) ist das Thema abgearbeitet.",
            "Hans-Jörg Schelling",
        ),
        (
            "Hans-Jörg Schelling unterschrieb. Dass die Länder sich einigen wollen, ist für "
            "Schelling auch kein Widerspruch.",
            "Hans-Jörg Schelling",  # voices round 13: the surname named in full
        ),
    ],
)
def test_a_view_ascribed_with_fuer_is_the_named_persons(text, speaker):
    rows = statements(text)
    assert [(r["kind"], r["cue"].lower(), r["speaker_name"]) for r in rows][-1] == (
        "reported",
        "für",
        speaker,
    )


@pytest.mark.parametrize(
    "text",
    [
        "Das Geld ist für Familien gedacht.",
        "Für Linz sind Visualisierungen auf Ebene der Wahlsprengel nicht möglich.",
        "Für Österreich ist das ein Problem.",
    ],
)
def test_fuer_without_a_named_person_is_the_narrators(text):
    assert statements(text) == []


# --- voices round 10 (tuned on dev ∪ test ∪ test2–test9; test10 held out) ----------------------


def _document_examples() -> list[tuple[str, str]]:
    import yaml

    data = yaml.safe_load(RESOURCE.read_text(encoding="utf-8"))["documents"]
    return [(ex["sentence"], ex["author"]) for ex in data["examples"]]


@pytest.mark.parametrize(("sentence", "author"), _document_examples())
def test_documents_examples_give_their_author(sentence, author):
    speaker = only(sentence)[1]
    assert speaker == author if author else speaker == "Umfrage"


def test_a_definite_document_is_its_earlier_authors():
    context = (
        "Die Novomatic-Gruppe will die Mehrheit übernehmen, teilte der Glücksspielkonzern "
        "Novomatic am Montag mit."
    )
    sentence = "Weitere Anteile seien willkommen, heißt es in der Aussendung."
    assert only(sentence, context)[1] == "Novomatic"
    wifo = "Das Wifo legte eine neue Wifo-Studie vor."
    assert only("Der Zugang hat laut der Studie wenig Auswirkung.", wifo)[1] == "Wifo"


def test_a_document_without_author_in_an_article_of_states_stays_the_document():
    context = "Österreich und Deutschland verhandeln, sagte Wien."
    assert only("Die Lage sei ernst, heißt es in dem Bericht.", context)[1] == "Bericht"


def test_the_documents_block_is_checked(tmp_path):
    broken = RESOURCE.read_text(encoding="utf-8").replace(
        "      author: Wifo\n", "      author: Wirtschaftsforschungsinstitut\n"
    )
    broken = broken.replace("Studie, Bericht,", "Studie, bericht,")
    (tmp_path / "attribution.yml").write_text(broken, encoding="utf-8")
    with pytest.raises(InputError) as err:
        load_cues(tmp_path / "attribution.yml")
    messages = [p.message for p in err.value.problems]
    assert "documents: head 'bericht' is not one capitalised word" in messages
    assert any(
        m.startswith("documents: author 'Wirtschaftsforschungsinstitut' not in") for m in messages
    )


# --- voices round 11 (tuned on dev ∪ test ∪ test2–test10; test11 held out) ----------------------


@pytest.mark.parametrize(
    ("sentence", "speaker", "cue"),
    [
        (
            "Nikolaus Scherak, stellvertretender Klubchef der Neos, geht davon aus, dass vieles "
            "nicht so kommen wird.",
            "Nikolaus Scherak",
            "geht … aus",
        ),
        (
            "Wien – Nach der Genehmigung prangert Peter Pilz weitere Ausfuhrbewilligungen an.",
            "Peter Pilz",
            "prangert … an",
        ),
        (
            "Der NDR monierte, dass Moderator und Gast nicht unbefangen agieren könnten.",
            "NDR",
            "monierte",
        ),
        (
            "Shankar empfiehlt zur Nutzung die Browser Google Chrome und Mozilla Firefox.",
            "Shankar",
            "empfiehlt",
        ),
    ],
)
def test_round_eleven_cues(sentence, speaker, cue):
    assert only(sentence)[1:] == (speaker, cue)


def test_empfiehlt_sich_is_no_advice_by_anyone():
    assert statements("Wenn möglich, empfiehlt sich die Verwendung einer normalen Maus.") == []


# --- voices round 13 (tuned on dev ∪ test ∪ test2–test12; test13 held out) ----------------------


def _speakers(*passages: str) -> list[str]:
    return [r["speaker_name"] for r in statements(*passages)]


def test_a_role_and_surname_is_the_person_the_article_names_in_full():
    first = "Der Grünen-Abgeordnete Peter Pilz kritisiert die Regierung."
    second = "Das sei ein Skandal, sagte Grünen-Abgeordneter Pilz am Montag."
    assert _speakers(first, second)[-1] == "Peter Pilz"


def test_a_surname_takes_the_full_name_given_later_in_the_article():
    headline = "Szabo berichtet von einem seltenen Fund."
    body = "Die Archäologin Katharina Szabo arbeitet an der Universität Wollongong."
    assert _speakers(headline, body)[0] == "Katharina Szabo"


def test_a_surname_no_one_names_in_full_stays_as_written():
    assert _speakers("Das sei falsch, sagte Anwältin Rest.") == ["Anwältin Rest"]


def test_of_two_people_with_one_surname_the_last_named_before_is_meant():
    text = (
        "Anna Müller leitete das Institut, bis Karl Müller übernahm.",
        "Die Zahlen seien gut, sagte Müller.",
    )
    assert _speakers(*text)[-1] == "Karl Müller"


def test_a_full_name_and_an_institution_stay_as_they_are():
    assert _speakers("Das sei gut, sagte Maria Huber.") == ["Maria Huber"]
    assert _speakers("Karl Nehammer ist Kanzler.", "Das sei gut, sagte Maria Huber.") == [
        "Maria Huber"
    ]
    assert _speakers("Die Zahl sei gestiegen, teilte die Arbeiterkammer mit.") == ["Arbeiterkammer"]


# --- voices round 14 (tuned on dev ∪ test ∪ test2–test13; test14 held out) ----------------------


def test_a_given_name_the_tagger_calls_a_non_word_stays_in_the_name():
    sentence = (
        "Natürliche Perlen sind sehr selten, berichtet die Archäologin Kat Szabo von der "
        "Universität Wollongong."
    )
    assert only(sentence)[1:] == ("Kat Szabo", "berichtet")


def test_only_a_capitalised_word_of_letters_is_retagged_as_a_name():
    from framelab.attribution.tagging import _retag

    assert _retag("Kat", "XY") == "NE"
    assert _retag("kat", "XY") == "XY"
    assert _retag("H.", "XY") == "XY"
    assert _retag("–", "FM") == "$("


# --- voices round 17 (tuned on dev ∪ test ∪ test2–test16; test17 held out) ----------------------


def test_a_surname_that_is_an_adjective_stays_a_name_after_so():
    sentence = "Flüchtlinge, so Kurz im Gespräch mit dem Standard, sollten gestoppt werden."
    assert only(sentence)[1:] == ("Kurz", "so")


def test_a_capitalised_adverbial_adjective_is_a_name_only_inside_a_sentence():
    from framelab.attribution.tagging import _retag

    assert _retag("Kurz", "ADJ(D)", "so") == "NE"
    assert _retag("Kurz", "ADJ(D)", "") == "ADJ(D)"  # sentence start: "Kurz gesagt, …"
    assert _retag("Kurz", "ADJ(D)", ":") == "ADJ(D)"
    assert _retag("kurz", "ADJ(D)", "so") == "ADJ(D)"


@pytest.mark.parametrize(
    "sentence, speaker",
    [
        (
            "OeNB-Gouverneur und EZB-Rat Ewald Nowotny warnt vor einer Wettbewerbsverzerrung.",
            "Ewald Nowotny",
        ),
        (
            "Finanzminister und Vizekanzler Hans Jörg Schelling sagte, das Budget halte.",
            "Hans Jörg Schelling",
        ),
        ("Gewerkschaft und Arbeiterkammer Wien kritisierten das Gesetz.", "Gewerkschaft"),
    ],
)
def test_a_role_coordinated_with_a_role_and_a_name_is_that_person(sentence, speaker):
    assert only(sentence)[1] == speaker


def test_a_headline_label_names_the_person_the_article_names_later():
    """Voices round 18 (10kGNAD gnad00786): a headline "Surname: claim" before the body that
    names the person in full is that person's statement."""
    rows = statements(
        "Stumpf: Das muss man sich anschauen.",
        "Der Vorschlag kam am Montag von Bürgermeister Michael Stumpf aus Wels.",
    )
    assert [(r["speaker"], r["speaker_name"], r["kind"]) for r in rows] == [
        ("Stumpf", "Michael Stumpf", "direct")
    ]


def test_a_role_label_names_the_person_named_with_that_role():
    """Voices round 18 (gnad00323): "Vizekanzler: …" is the person the article calls
    "Vizekanzler"; a label naming nobody in the article stays the narrator's."""
    rows = statements(
        "Vizekanzler: Vorschläge nicht im Einklang mit EU-Recht.",
        "Wien – Vizekanzler Reinhold Mitterlehner (ÖVP) lehnt die Pläne ab.",
        "Fazit: Die Pläne kommen nicht.",
    )
    assert [(r["position"], r["speaker_name"]) for r in rows[:1]] == [(0, "Reinhold Mitterlehner")]
    assert not [r for r in rows if r["position"] == 2]


@pytest.mark.parametrize(
    "sentence, name",
    [
        (
            "Hauptpreistreiber blieben die Bewirtungsdienstleistungen, teilte die Statistik "
            "Austria am Montag mit.",
            "Statistik Austria",
        ),
        ("Dort kam es laut Bank Austria in keiner Branche zur Verdrängung.", "Bank Austria"),
        (
            "Dazu heißt es vonseiten der Universität Wien, man sei an Forschung interessiert.",
            "Universität Wien",
        ),
        (
            "2010 – Wiens Bürgermeister Michael Häupl spricht sich in der Kronen Zeitung für "
            "eine Volksabstimmung aus.",
            "Michael Häupl",
        ),
        ("Das lehnt Kanzler Faymann ab, sagte Wien.", "Österreich"),  # a capital alone: its state
        (
            "Firtaschs Anwalt Dieter Böhmdorfer erklärte, dass sein Mandant nur Zeuge sei.",
            "Dieter Böhmdorfer",
        ),
        (
            "Weder wir noch Chile haben so gespielt, meinte Argentiniens Coach Gerardo Martino.",
            "Gerardo Martino",
        ),
    ],
)
def test_a_place_in_an_institution_name_or_a_genitive_is_not_the_speaker(sentence, name):
    """Voices round 18 (10kGNAD): "Statistik Austria" was "Austria", "Wiens Bürgermeister
    Michael Häupl" was "Österreich"."""
    assert [r["speaker_name"] for r in statements(sentence)] == [name]


def test_a_postposed_cue_after_a_clause_the_tagger_misread_names_its_own_subject():
    """Voices round 18 (gnad00663): HanTa tags "erhöht" as a participle, so the clause before
    ", sagt Valenta" seemed to have no verb and its subject became the speaker."""
    rows = statements(
        "Eine bessere Durchmischung an Schulen und am Arbeitsmarkt erhöht aber in der Regel "
        "die Chancen für Einwanderer, sagt Valenta."
    )
    assert [(r["speaker"], r["kind"]) for r in rows] == [("Valenta", "direct")]


def test_a_person_opening_a_dass_clause_owns_its_konjunktiv_not_the_last_speaker():
    """Voices round 18 (gnad00962, gnad00613): "Schneeberger weiß, dass … geben könne" has no
    listed cue verb; its Konjunktiv is Schneeberger's, not the last speaker's."""
    rows = statements(
        "Bürgermeister Klaus Schneeberger war im Amt.",
        "Der Rechnungshof kritisierte, die Kosten seien zu hoch.",
        "Schneeberger weiß, dass es in der Regierung auch schwierige Zeiten geben könne.",
    )
    assert [(r["position"], r["speaker_name"]) for r in rows] == [
        (1, "Rechnungshof"),
        (2, "Klaus Schneeberger"),
    ]


def test_a_negation_that_is_part_of_the_cue_keeps_the_statement():
    """Voices round 18 (gnad00805): "schließt … nicht aus" is a cue with its negation; the rule
    that a negated cue ("bestätigte das nicht") is no statement dropped it."""
    rows = statements(
        "Der deutsche Finanzminister Wolfgang Schäuble schließt unterdessen ein Ausscheiden "
        "Griechenlands aus der Eurozone nicht aus."
    )
    assert [r["speaker_name"] for r in rows] == ["Wolfgang Schäuble"]
    assert statements("Der Sprecher bestätigte das nicht.") == []


@pytest.mark.parametrize(
    "sentence, speaker",
    [
        (
            "Das geht aus einer Ende vergangener Woche publizierten Studie des Wissenschafters "
            "Arjen Hoekstra von der Universität Twente hervor.",
            "Arjen Hoekstra",
        ),
        (
            "Das geht aus dem der APA vorliegenden Stabilitätsprogramm hervor.",
            "vorliegenden Stabilitätsprogramm",
        ),
    ],
)
def test_geht_aus_hervor_names_the_document_or_its_author(sentence, speaker):
    """Voices round 18 (gnad00988, gnad00485): the source of "geht aus X hervor" is X."""
    assert [r["speaker"] for r in statements(sentence)] == [speaker]


def test_geht_aus_nicht_hervor_is_the_narrators():
    """gnad00514: what a report does not say is no statement of it."""
    assert statements("Wie viele Eltern befragt wurden, geht aus dem Bericht nicht hervor.") == []
