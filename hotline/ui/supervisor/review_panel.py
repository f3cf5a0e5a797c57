"""The review actions of the detail pane: claim, approve, return with a comment,
comment, correct a coded field with a reason, add a follow-up task."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hotline.i18n import QT_TRANSLATE_NOOP
from hotline.services import review
from hotline.services.calllog import CallDetail
from hotline.ui import vocabulary
from hotline.ui.i18n import Retranslatable
from hotline.ui.problems import NOTHING_CHANGED, error_text
from hotline.ui.supervisor import labels
from hotline.ui.worker import DbWorker
from hotline.validation import MULTI_FIELDS

# Field names as the supervisor reads them (source texts in this class's context).
FIELD_NAMES: dict[str, str] = {
    "channel": QT_TRANSLATE_NOOP("ReviewPanel", "Channel"),
    "nature": QT_TRANSLATE_NOOP("ReviewPanel", "Nature of the call"),
    "safe_to_talk": QT_TRANSLATE_NOOP("ReviewPanel", "Safe to talk"),
    "relation": QT_TRANSLATE_NOOP("ReviewPanel", "Caller's relation"),
    "caller_sex": QT_TRANSLATE_NOOP("ReviewPanel", "Caller's sex"),
    "caller_age": QT_TRANSLATE_NOOP("ReviewPanel", "Caller's age"),
    "caller_citizenship": QT_TRANSLATE_NOOP("ReviewPanel", "Caller's citizenship"),
    "caller_country": QT_TRANSLATE_NOOP("ReviewPanel", "Caller's country"),
    "region": QT_TRANSLATE_NOOP("ReviewPanel", "Region"),
    "call_language": QT_TRANSLATE_NOOP("ReviewPanel", "Language of the call"),
    "concerned_sex": QT_TRANSLATE_NOOP("ReviewPanel", "Sex of the person concerned"),
    "concerned_age": QT_TRANSLATE_NOOP("ReviewPanel", "Age of the person concerned"),
    "concerned_citizenship": QT_TRANSLATE_NOOP(
        "ReviewPanel", "Citizenship of the person concerned"
    ),
    "concerned_country": QT_TRANSLATE_NOOP("ReviewPanel", "Country of the person concerned"),
    "exploitation": QT_TRANSLATE_NOOP("ReviewPanel", "Form of exploitation"),
    "destination": QT_TRANSLATE_NOOP("ReviewPanel", "Destination"),
    "consent": QT_TRANSLATE_NOOP("ReviewPanel", "Consent"),
    "topics": QT_TRANSLATE_NOOP("ReviewPanel", "Topics"),
    "primary_topic": QT_TRANSLATE_NOOP("ReviewPanel", "Primary topic"),
    "indicators": QT_TRANSLATE_NOOP("ReviewPanel", "Indicators"),
    "outcomes": QT_TRANSLATE_NOOP("ReviewPanel", "Outcome and referrals"),
    "child_involved": QT_TRANSLATE_NOOP("ReviewPanel", "Child involved"),
    "immediate_danger": QT_TRANSLATE_NOOP("ReviewPanel", "Immediate danger"),
    "possible_victim": QT_TRANSLATE_NOOP("ReviewPanel", "Possible victim"),
    "believed_child": QT_TRANSLATE_NOOP("ReviewPanel", "Believed to be under 18"),
    "no_content": QT_TRANSLATE_NOOP("ReviewPanel", "Call without content"),
    "labour_sector": QT_TRANSLATE_NOOP("ReviewPanel", "Sector of forced labour"),
    "heard_of": QT_TRANSLATE_NOOP("ReviewPanel", "How they heard of 152"),
    "relative_involved": QT_TRANSLATE_NOOP("ReviewPanel", "A relative may be involved"),
    "interpreter_needed": QT_TRANSLATE_NOOP("ReviewPanel", "An interpreter was needed"),
}


def field_name(field: str) -> str:
    return QCoreApplication.translate("ReviewPanel", FIELD_NAMES.get(field, field))


class ReviewNews(QObject):
    """Told after every review action, wherever it was made: every list of calls
    (the call log, the review queue) reads its rows again."""

    changed = Signal()


_NEWS: list[ReviewNews] = []


def review_news() -> ReviewNews:
    if not _NEWS:
        _NEWS.append(ReviewNews())
    return _NEWS[0]


class ReviewPanel(Retranslatable, QGroupBox):
    """Acts on the call shown in the detail pane; emits `done` after a change."""

    done = Signal()

    def __init__(self, worker: DbWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.detail: CallDetail | None = None
        self.claim_button = QPushButton(self)
        self.release_button = QPushButton(self)
        self.approve_button = QPushButton(self)
        self.return_button = QPushButton(self)
        self.comment_button = QPushButton(self)
        self.comment = QLineEdit(self)
        self.field = QComboBox(self)
        self.values = QWidget(self)
        self.value_combo = QComboBox(self.values)
        self.value_list = QListWidget(self.values)
        self.value_list.setMaximumHeight(120)
        self.value_flag = QCheckBox(self.values)
        values = QVBoxLayout(self.values)
        values.setContentsMargins(0, 0, 0, 0)
        for widget in (self.value_combo, self.value_list, self.value_flag):
            values.addWidget(widget)
        self.reason = QLineEdit(self)
        self.correct_button = QPushButton(self)
        self.due = QDateEdit(self)
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat("dd.MM.yyyy")
        self.due.setDate(QDate.currentDate().addDays(2))
        self.follow_note = QLineEdit(self)
        self.follow_button = QPushButton(self)
        self.message = QLabel(self)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.correct_label = QLabel(self)
        self.follow_label = QLabel(self)

        buttons = QHBoxLayout()
        for button in (self.claim_button, self.release_button, self.approve_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        comment_row = QHBoxLayout()
        comment_row.addWidget(self.comment, 1)
        comment_row.addWidget(self.return_button)
        comment_row.addWidget(self.comment_button)
        # the value on a row of its own, the panel's whole width: the topics checklist
        # was squeezed beside the field's name to about 60 px (issue 16); the reason and
        # the task's text each take what their row leaves
        field_row = QHBoxLayout()
        field_row.addWidget(self.correct_label)
        field_row.addWidget(self.field, 1)
        reason_row = QHBoxLayout()
        reason_row.addWidget(self.reason, 1)
        reason_row.addWidget(self.correct_button)
        follow_row = QHBoxLayout()
        follow_row.addWidget(self.follow_label)
        follow_row.addWidget(self.due)
        follow_row.addStretch(1)
        task_row = QHBoxLayout()
        task_row.addWidget(self.follow_note, 1)
        task_row.addWidget(self.follow_button)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addLayout(comment_row)
        layout.addLayout(field_row)
        layout.addWidget(self.values)
        layout.addLayout(reason_row)
        layout.addLayout(follow_row)
        layout.addLayout(task_row)
        layout.addWidget(self.message)

        self.claim_button.clicked.connect(lambda: self._run(review.claim))
        self.release_button.clicked.connect(lambda: self._run(review.release))
        self.approve_button.clicked.connect(lambda: self._run(review.approve, self.comment.text()))
        self.return_button.clicked.connect(
            lambda: self._run(review.return_to_operator, self.comment.text())
        )
        self.comment_button.clicked.connect(lambda: self._run(review.comment, self.comment.text()))
        self.correct_button.clicked.connect(self.correct)
        self.follow_button.clicked.connect(self.add_follow_up)
        self.field.currentIndexChanged.connect(self._field_changed)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Review"))
        self.claim_button.setText(self.tr("Claim for review"))
        self.release_button.setText(self.tr("Release"))
        self.approve_button.setText(self.tr("Approve"))
        self.return_button.setText(self.tr("Return to operator"))
        self.comment_button.setText(self.tr("Comment"))
        # short enough to be read whole beside the two buttons (issue 16)
        self.comment.setPlaceholderText(self.tr("Comment (required to return the call)"))
        self.correct_label.setText(self.tr("Correct"))
        self.reason.setPlaceholderText(self.tr("Reason for the correction (required)"))
        self.correct_button.setText(self.tr("Save correction"))
        self.value_flag.setText(self.tr("Yes"))
        self.follow_label.setText(vocabulary.task_kind("follow_up"))
        self.follow_note.setPlaceholderText(self.tr("What to do (no names)"))
        self.follow_button.setText(self.tr("Add task"))
        current = self.field.currentData()
        self.field.blockSignals(True)
        self.field.clear()
        for name in review.CORRECTABLE:
            if name != "no_content":
                self.field.addItem(field_name(name), name)
        self.field.setCurrentIndex(max(self.field.findData(current), 0))
        self.field.blockSignals(False)
        self._field_changed()

    # --- the call ---------------------------------------------------------------------------
    def set_detail(self, detail: CallDetail | None) -> None:
        before = self.detail.record.id if self.detail is not None else None
        self.detail = detail
        if detail is None or detail.record.id != before:
            self.follow_note.clear()  # "What to do" belongs to one call (issue 16)
            # The same call shown again (a centre's call log reloads whenever another
            # workstation saves or claims) keeps what is typed and what was said.
            self.message.clear()
            self.comment.clear()
            self.reason.clear()
        state = detail.row.review_state if detail else "reviewed"
        reviewed = state == "reviewed"
        for button in (self.claim_button, self.approve_button, self.return_button):
            button.setEnabled(detail is not None and not reviewed)
        self.release_button.setEnabled(state == "claimed")
        self.comment_button.setEnabled(detail is not None)
        self.correct_button.setEnabled(detail is not None)
        self.follow_button.setEnabled(detail is not None)
        self._field_changed()

    def _show_value(self, widget: QWidget) -> None:
        for each in (self.value_combo, self.value_list, self.value_flag):
            each.setVisible(each is widget)

    def _field_changed(self, *_args: object) -> None:
        field = self.field.currentData()
        if not field:
            return
        record = self.detail.record if self.detail else None
        current = getattr(record, field, None) if record else None
        if field in review.FLAG_FIELDS:
            self._show_value(self.value_flag)
            self.value_flag.setChecked(bool(current))
            return
        list_id = labels.FIELD_LIST[field]
        items = labels.taxonomy()[list_id].items
        language = labels.language()
        if field in MULTI_FIELDS:
            self._show_value(self.value_list)
            self.value_list.clear()
            chosen = set(current or ())
            for item in items:
                entry = QListWidgetItem(item.label(language), self.value_list)
                entry.setData(Qt.ItemDataRole.UserRole, item.id)
                entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                entry.setCheckState(
                    Qt.CheckState.Checked if item.id in chosen else Qt.CheckState.Unchecked
                )
            return
        self._show_value(self.value_combo)
        self.value_combo.clear()
        self.value_combo.addItem(self.tr("— not set —"), None)
        for item in items:
            self.value_combo.addItem(item.label(language), item.id)
        self.value_combo.setCurrentIndex(max(self.value_combo.findData(current), 0))

    def chosen_value(self) -> Any:
        field = self.field.currentData()
        if field in review.FLAG_FIELDS:
            return self.value_flag.isChecked()
        if field in MULTI_FIELDS:
            return tuple(
                str(self.value_list.item(i).data(Qt.ItemDataRole.UserRole))
                for i in range(self.value_list.count())
                if self.value_list.item(i).checkState() == Qt.CheckState.Checked
            )
        return self.value_combo.currentData()

    # --- actions ---------------------------------------------------------------------------------
    def correct(self) -> None:
        self._run(
            review.correct_field, self.field.currentData(), self.chosen_value(), self.reason.text()
        )

    def add_follow_up(self) -> None:
        if self.detail is None:
            return
        chosen = self.due.date().toPython()
        due = datetime.combine(chosen, time(17, 0)).astimezone(UTC)  # type: ignore[arg-type]
        if due < datetime.now(UTC):
            due = datetime.now(UTC) + timedelta(hours=1)
        operator_id = self.detail.record.operator_id
        self._run_any(
            review.add_follow_up,
            self.detail.record.id,
            due.replace(microsecond=0),
            operator_id,
            self.follow_note.text(),
            on_done=self._follow_up_added,
        )

    def _follow_up_added(self, result: object) -> None:
        self.follow_note.clear()
        self._done(result)

    def _run(self, fn: Any, *args: Any) -> None:
        if self.detail is None or self.detail.record.id is None:
            return
        self._run_any(fn, self.detail.record.id, *args)

    def _run_any(self, fn: Any, *args: Any, on_done: Any = None) -> None:
        self.message.setText(self.tr("Working…"))
        self.worker.call(fn, *args, on_done=on_done or self._done, on_error=self._failed)

    def _done(self, _result: object) -> None:
        self.comment.clear()  # used by the step just taken
        self.reason.clear()
        self.message.setText(self.tr("Saved."))
        self.done.emit()
        review_news().changed.emit()

    def _failed(self, exc: BaseException) -> None:
        self.message.setText(error_text(exc, NOTHING_CHANGED))
