"""The shared genitive stripper of the speaker rules."""

import pytest

from framelab.attribution.noun_forms import genitive_stem

HEADS = ("konzern", "amt", "ausschuss", "büro")


@pytest.mark.parametrize(
    ("word", "stem"),
    [
        ("Möbelkonzerns", "Möbelkonzern"),
        ("Landratsamtes", "Landratsamt"),
        ("Landratsamt", "Landratsamt"),
        ("BÜROS", "BÜRO"),
        ("Ausschuss", "Ausschuss"),
        ("Ausschusses", "Ausschuss"),
        ("Rücktritts", ""),
    ],
)
def test_genitive_stem(word, stem):
    assert genitive_stem(word, HEADS) == stem
