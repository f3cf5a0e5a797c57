"""The administrator's Settings page: the idle lock and the sign-in limit (on a centre
also the days a workstation may sign people in offline), audited and applied at once (the main window's idle timer reloads when `settings_changed` fires).
On a centre's session they are the centre's, on its server (services/settings.py): every
workstation uses them from its next sign-in."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent, QWheelEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from hotline.services import centre_session, settings
from hotline.services.session import Session
from hotline.ui import page_parts as parts
from hotline.ui import palette
from hotline.ui.common import translate
from hotline.ui.i18n import Retranslatable
from hotline.ui.problems import NOTHING_CHANGED, error_text
from hotline.ui.worker import DbWorker


def save_job(session: Session, values: dict[str, int]) -> dict[str, int]:
    """On the worker: change what differs, one audited entry each."""
    before = settings.current(session)
    for key, value in values.items():
        if before.get(key) != value:
            settings.change(session, key, value)
    return settings.current(session)


class NoWheelSpinBox(QSpinBox):
    """A wheel turned over the page scrolls it; it never changes a setting by accident."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def wheelEvent(self, event: QWheelEvent) -> None:
        event.ignore()


class SettingsPage(Retranslatable, QWidget):
    settings_changed = Signal()

    def __init__(self, worker: DbWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.on_centre = worker.session is not None and centre_session.on_centre(worker.session)
        self.saved: dict[str, int] = {}
        self.heading = QLabel(self)
        self.heading.setStyleSheet(palette.HEADING)
        self.boxes: dict[str, QSpinBox] = {}
        self.labels: dict[str, QLabel] = {}
        self.hints: dict[str, QLabel] = {}
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.shown = settings.of_place(self.on_centre)
        for setting in self.shown:
            box = NoWheelSpinBox(self)
            box.setRange(setting.low, setting.high)
            box.setValue(setting.default)
            box.setMinimumWidth(90)
            box.valueChanged.connect(lambda _v: self._update())
            label = QLabel(self)
            label.setBuddy(box)
            hint = parts.message_label(self, palette.HINT)
            form.addRow(label, parts.row(box, hint, grow=hint))
            self.boxes[setting.key] = box
            self.labels[setting.key] = label
            self.hints[setting.key] = hint
        self.save_button = QPushButton(self)
        self.save_button.setStyleSheet(palette.SAVE_BUTTON)
        self.save_button.clicked.connect(self.save)
        self.note = parts.message_label(self, palette.HINT)
        self.message = parts.message_label(self, shown=False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        layout.addLayout(parts.row(self.save_button, parts.STRETCH))
        layout.addWidget(self.message)
        layout.addWidget(self.note)
        layout.addStretch(1)
        self.retranslate()
        self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()

    def refresh(self) -> None:
        self.worker.call(settings.current, on_done=self._show, on_error=self._failed)

    def values(self) -> dict[str, int]:
        return {key: box.value() for key, box in self.boxes.items()}

    def _show(self, values: dict[str, int]) -> None:
        self.saved = dict(values)
        for key, value in values.items():
            box = self.boxes[key]
            box.blockSignals(True)
            box.setValue(value)
            box.blockSignals(False)
        self._update()

    def _update(self) -> None:
        self.save_button.setEnabled(self.values() != self.saved)

    def save(self) -> None:
        if self.values() == self.saved:
            return
        self.save_button.setEnabled(False)
        self.worker.call(save_job, self.values(), on_done=self._saved, on_error=self._failed)

    def _saved(self, values: dict[str, int]) -> None:
        self._show(values)
        self.message.say(
            lambda: self.tr("Saved and recorded in the audit log; in force now."),
            palette.GOOD_BANNER,
        )
        self.settings_changed.emit()

    def _failed(self, exc: BaseException) -> None:
        self.message.say(lambda: error_text(exc, NOTHING_CHANGED), palette.BAD_BANNER)
        self._update()

    def retranslate(self) -> None:
        self.heading.setText(
            self.tr("Settings of the centre") if self.on_centre else self.tr("Settings of the desk")
        )
        for setting in self.shown:
            self.labels[setting.key].setText(translate("settings", setting.label))
            self.hints[setting.key].setText(translate("settings", setting.hint))
        self.save_button.setText(self.tr("Save the settings"))
        note = self.tr("Every change is recorded in the audit log with its old and new value.")
        if self.on_centre:
            note += " " + self.tr(
                "These settings are the centre's, kept on its server: every workstation of "
                "the centre uses them from its next sign-in, this one at once."
            )
        self.note.setText(note)
