"""The shared UI modules: one vocabulary, one problem formatter, one retranslation mixin."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from hotline.errors import DeskError, InvalidInput, WrongPassword
from hotline.records import ENTITY_KINDS
from hotline.services.calllog import REVIEW_STATES, UNREVIEWED
from hotline.services.calls import NotValid
from hotline.storage.tasks import FOLLOW_UP, GUARDIANSHIP_REPORT, MINORS_REPORT
from hotline.ui import i18n, problems, vocabulary
from hotline.validation import NEED_OUTCOME, NEED_PRIMARY, TOO_LONG, Problem

LANGUAGES = ("az", "ru", "en")


def test_every_state_and_kind_has_one_label() -> None:
    assert set(vocabulary.REVIEW_STATE_LABELS) == set(REVIEW_STATES)
    assert set(vocabulary.TASK_KIND_LABELS) == {MINORS_REPORT, GUARDIANSHIP_REPORT, FOLLOW_UP}
    assert set(vocabulary.ENTITY_KIND_LABELS) == set(ENTITY_KINDS)
    assert [k for k, _ in vocabulary.entity_kinds()] == list(ENTITY_KINDS)
    values = [v for v, _ in vocabulary.review_filter_choices()]
    assert values == [None, UNREVIEWED, *REVIEW_STATES]


@pytest.mark.parametrize("language", ["az", "ru"])
def test_the_vocabulary_is_translated(qtbot: QtBot, language: str) -> None:
    i18n.install(language)
    for labels in (
        vocabulary.REVIEW_STATE_LABELS,
        vocabulary.TASK_KIND_LABELS,
        vocabulary.ENTITY_KIND_LABELS,
    ):
        for key, source in labels.items():
            shown = vocabulary._label(labels, key)
            assert shown and shown != source, (language, key)
    shown_filters = [text for _v, text in vocabulary.review_filter_choices()]
    assert len(set(shown_filters)) == len(shown_filters)  # no two choices read the same


def test_an_unknown_id_is_shown_as_itself() -> None:
    assert vocabulary.review_state("archived") == "archived"
    assert vocabulary.task_kind("call_back_tomorrow") == "call_back_tomorrow"
    assert vocabulary.entity_kind("vehicle") == "vehicle"


def test_validation_problems_read_the_same_inline_and_listed(qtbot: QtBot) -> None:
    found = [
        Problem("topics", NEED_PRIMARY),
        Problem("outcomes", NEED_OUTCOME),
        Problem("notes", TOO_LONG, (("limit", 20000),)),
    ]
    exc = NotValid(found)
    for language in LANGUAGES:
        i18n.install(language)
        texts = [problems.problem_text(p) for p in found]
        assert "20000" in texts[2] and "{limit}" not in texts[2]
        inline = problems.error_text(exc)
        listed = problems.not_saved_text(problems.problems_of(exc))
        for text in texts:
            assert text in inline and "• " + text in listed
    i18n.install("az")
    assert "Zəngin əsas mövzusunu seçin" in problems.error_text(exc)
    assert "Choose the primary topic" not in problems.error_text(exc)


def test_a_refused_input_shows_the_problem_not_the_field_id(qtbot: QtBot) -> None:
    exc = InvalidInput(field="caller_pseudonym", problem="no such thing, says the core.")
    assert problems.error_text(exc) == "no such thing, says the core."
    i18n.install("ru")
    text = problems.error_text(InvalidInput(field="comment", problem="type the comment."))
    assert "comment" not in text and text.strip()


def test_desk_errors_are_translated_with_their_parameters(qtbot: QtBot) -> None:
    i18n.install("ru")
    text = problems.error_text(WrongPassword())
    assert text != WrongPassword.template and text.strip()
    assert problems.error_text(DeskError("{what} broke", what="nothing")) == "nothing broke"


def test_an_unexpected_exception_never_shows_its_text(qtbot: QtBot) -> None:
    secret = RuntimeError("caller Leyla Mammadova, +994 50 123 45 67")
    for language in LANGUAGES:
        i18n.install(language)
        for unexpected in (problems.NOTHING_LOST, problems.NOTHING_CHANGED):
            text = problems.error_text(secret, unexpected)
            assert "Leyla" not in text and "994" not in text
            assert text.strip()
    i18n.install("az")
    assert problems.error_text(secret) != problems.NOTHING_LOST  # translated


class _Greeting(i18n.Retranslatable, QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.label = QLabel(self)
        self.calls = 0
        self.retranslate()

    def retranslate(self) -> None:
        self.calls += 1
        self.label.setText(vocabulary.review_state("reviewed"))


def test_the_mixin_retranslates_on_every_language_change(qtbot: QtBot) -> None:
    widget = _Greeting()
    qtbot.addWidget(widget)
    assert widget.label.text() == "Reviewed"
    i18n.install("ru")
    assert widget.label.text() == "Проверен"
    i18n.install("az")
    assert widget.label.text() == "Yoxlanılıb"
    assert widget.calls == 3
