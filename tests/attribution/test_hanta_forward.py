"""The faster unknown-word analysis gives HanTa's own result, value for value."""

import random

import pytest

from framelab.attribution import tagging
from framelab.attribution.hanta_forward import ForwardAnalyser

# Compounds, inflected and derived forms, names, abbreviations, numbers, short words (the
# analysis differs below four letters), and words that are whole morphemes.
WORDS = [
    "Bundesverfassungsgerichtsentscheidung",
    "Flüchtlingsunterkünfte",
    "Asylwerberinnen",
    "Grenzschutzagentur",
    "abgeschoben",
    "unterbringungsplätze",
    "verhandlungsbereit",
    "Regierungssprecherin",
    "Innenministerium",
    "zurückgewiesen",
    "Klimaschutzgesetzes",
    "Ortstafelstreit",
    "Wien",
    "Traiskirchen",
    "SPÖ-Chef",
    "ÖVP",
    "E-Mail",
    "2015",
    "12.000",
    "x",
    "ab",
    "zu",
    "ist",
    "Haus",
    "häuser",
    "gehend",
    "ungs",
    "ersten",
    "Nachrichtenagentur",
    "teleworking",
    "Cyberangriffe",
    "Blockchain-Technologie",
]


def _random_words(n: int, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    letters = "aeinrstuhlcgmobdwfkzpvjäöüßy"
    return ["".join(rng.choice(letters) for _ in range(rng.randint(1, 18))) for _ in range(n)]


@pytest.fixture(scope="module")
def model():
    from HanTa import HanoverTagger

    return HanoverTagger.HanoverTagger("morphmodel_ger.pgz")


def test_same_tags_and_log_probabilities_as_hanta(model):
    analyse = ForwardAnalyser(model)
    words = WORDS + _random_words(300) + [w.lower() for w in WORDS]
    for word in words:
        assert analyse(word) == model.analyze_forward(word), word


def test_the_tagger_uses_it():
    assert isinstance(tagging.tagger().analyze_forward.__wrapped__, ForwardAnalyser)
    tagged = tagging.tag("Der Regierungssprecher wies die Vorwürfe zurück.")
    assert [t.tag for t in tagged][:3] == ["ART", "NN", "VV(FIN)"]
