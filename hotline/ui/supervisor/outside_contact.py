"""Contacts taken outside the desk (walk-in, e-mail or letter, message, referral),
entered afterwards by a supervisor on behalf of the operator who took them, with
their real date and time, never in the future. The form is the operator's own."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hotline.i18n import QT_TRANSLATE_NOOP
from hotline.records import CallRecord
from hotline.services import calllog, calls
from hotline.services.calllog import OUTSIDE_CHANNELS
from hotline.ui.i18n import Retranslatable
from hotline.ui.operator.call_form import CallForm
from hotline.ui.problems import NOTHING_CHANGED, error_text
from hotline.ui.supervisor import labels
from hotline.ui.worker import DbWorker

HINT = QT_TRANSLATE_NOOP(
    "OutsideContactPage",
    "A contact taken outside the desk (walk-in, e-mail or letter, message, referral) is "
    "entered here for the operator who took it, with the date and time it really happened.",
)


class OutsideContactPage(Retranslatable, QWidget):
    def __init__(self, worker: DbWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.pseudonym: str | None = None
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.operator_label = QLabel(self)
        self.operator = QComboBox(self)
        self.when_label = QLabel(self)
        self.when = QDateTimeEdit(self)
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("dd.MM.yyyy HH:mm")
        self.when.setDateTime(QDateTime.currentDateTime().addDays(-1))
        self.when.setMaximumDateTime(QDateTime.currentDateTime())
        self.channel_label = QLabel(self)
        self.channel = QComboBox(self)
        self.form = CallForm(labels.taxonomy(), self)
        self.form.hide_channel()  # the channel is chosen above, among the outside ones
        self.save_button = QPushButton(self)
        self.message = QLabel(self)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)

        top = QHBoxLayout()
        for widget in (
            self.operator_label,
            self.operator,
            self.when_label,
            self.when,
            self.channel_label,
            self.channel,
        ):
            top.addWidget(widget)
        top.addStretch(1)
        top.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addWidget(self.form, 1)

        self.save_button.clicked.connect(self.save)
        self.retranslate()
        worker.call(calllog.operators, on_done=self._operators, on_error=self._failed)
        self._new_pseudonym()

    def retranslate(self) -> None:
        self.hint.setText(self.tr(HINT))
        self.operator_label.setText(self.tr("Taken by"))
        self.when_label.setText(self.tr("Date and time"))
        self.channel_label.setText(self.tr("Channel"))
        self.save_button.setText(self.tr("Save the contact"))
        current = self.channel.currentData()
        self.channel.clear()
        for channel in OUTSIDE_CHANNELS:
            self.channel.addItem(labels.code("channel", channel), channel)
        self.channel.setCurrentIndex(max(self.channel.findData(current), 0))

    def _new_pseudonym(self) -> None:
        self.worker.call(calls.new_pseudonym, on_done=self._pseudonym, on_error=self._failed)

    def _pseudonym(self, pseudonym: str) -> None:
        self.pseudonym = pseudonym

    def _operators(self, operators: list[tuple[int, str]]) -> None:
        self.operator.clear()
        for user_id, name in operators:
            self.operator.addItem(name, user_id)

    def record(self) -> CallRecord:
        moment: datetime = self.when.dateTime().toPython()  # type: ignore[assignment]
        started = moment.astimezone(UTC).replace(second=0, microsecond=0)
        base = CallRecord(
            started_at=started,
            operator_id=int(self.operator.currentData() or 0),
            channel=str(self.channel.currentData()),
            caller_pseudonym=self.pseudonym,
        )
        return self.form.record(base).with_changes(channel=str(self.channel.currentData()))

    def save(self) -> None:
        operator_id = self.operator.currentData()
        if operator_id is None:
            return
        self.message.setText(self.tr("Saving…"))
        self.worker.call(
            calllog.enter_on_behalf,
            self.record(),
            int(operator_id),
            on_done=self._saved,
            on_error=self._failed,
        )

    def _saved(self, _saved: Any) -> None:
        self.message.setText(
            self.tr("Saved for {operator}. The pseudonym was {p}.").format(
                operator=self.operator.currentText(), p=self.pseudonym or "—"
            )
        )
        self.form.clear()
        self._new_pseudonym()

    def _failed(self, exc: BaseException) -> None:
        self.message.setText(error_text(exc, NOTHING_CHANGED))
