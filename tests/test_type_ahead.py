"""The type-ahead of the long coded lists, without a window."""

from __future__ import annotations

from hotline.ui.type_ahead import TypeAhead, fold

LABELS = [
    "— not set —",
    "Bakı",
    "Gəncə-Daşkəsən",
    "Qazax-Tovuz",
    "Göygöl",
    "Türkiye",
    "Turkmenistan",
]


def test_fold_ignores_accents_and_the_two_i() -> None:
    assert fold("Türkiye") == "turkiye"
    assert fold("İSTANBUL") == fold("istanbul") == fold("ıstanbul")
    assert fold("Əcnəbi") == "ecnebi"


def test_same_letter_cycles_and_quick_letters_search() -> None:
    ahead = TypeAhead()
    assert ahead.find(LABELS, 0, "g", 0.0) == 2
    assert ahead.find(LABELS, 2, "g", 0.1) == 4  # the same letter: the next one
    assert ahead.find(LABELS, 4, "g", 0.2) == 2  # and round again
    assert ahead.find(LABELS, 2, "t", 5.0) == 5
    assert ahead.find(LABELS, 5, "u", 5.1) == 5  # "tu": Türkiye still
    assert ahead.find(LABELS, 5, "r", 5.2) == 5
    assert ahead.find(LABELS, 5, "k", 5.3) == 5
    assert ahead.find(LABELS, 5, "m", 5.4) == 6  # "turkm"
    assert ahead.find(LABELS, 6, "t", 9.0) == 5  # after a pause: a new search, wrapping


def test_a_word_inside_a_label_is_found_and_nothing_else_moves() -> None:
    ahead = TypeAhead()
    assert ahead.find(LABELS, 0, "d", 0.0) == 2  # Daşkəsən, the second word
    assert ahead.find(LABELS, 2, "x", 5.0) is None
