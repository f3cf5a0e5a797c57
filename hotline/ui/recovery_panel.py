"""Signing in with the recovery code when a password is lost.

The code opens the desk as the recovery holder; the user whose password was
lost gets a new password (new keys, audited as done with the recovery code),
and is signed in with it. All of it runs on the worker thread.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from hotline.crypto import recovery
from hotline.errors import WrongPassword
from hotline.paths import DeskPaths
from hotline.ui import palette
from hotline.ui.i18n import Retranslatable
from hotline.ui.problems import error_text
from hotline.ui.sign_in import SignedIn, recover_job
from hotline.ui.worker import DbWorker


class RecoveryPanel(Retranslatable, QWidget):
    """Recovery code, the user, the new password twice; emits `signed_in`."""

    signed_in = Signal(object)  # SignedIn
    busy = Signal(bool)

    def __init__(self, worker: DbWorker, paths: DeskPaths, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.paths = paths
        self._message: Callable[[], str] | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        self.explain = QLabel(self)
        self.explain.setWordWrap(True)
        layout.addWidget(self.explain)
        form = QFormLayout()
        self.code = QLineEdit(self)
        self.user = QLineEdit(self)
        self.new = QLineEdit(self)
        self.again = QLineEdit(self)
        for field in (self.new, self.again):
            field.setEchoMode(QLineEdit.EchoMode.Password)
        self.labels = [QLabel(self) for _ in range(4)]
        for label, field in zip(
            self.labels, (self.code, self.user, self.new, self.again), strict=True
        ):
            label.setBuddy(field)
            form.addRow(label, field)
        layout.addLayout(form)
        self.button = QPushButton(self)
        self.button.clicked.connect(self.submit)
        self.again.returnPressed.connect(self.submit)
        layout.addWidget(self.button)
        self.message = QLabel(self)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.message.setStyleSheet(palette.ERROR_MESSAGE)
        layout.addWidget(self.message)
        self.retranslate()

    def _show(self, message: Callable[[], str] | None, focus: QLineEdit | None = None) -> None:
        self._message = message
        self.message.setText(message() if message else "")
        if focus is not None:
            focus.setFocus()
            focus.selectAll()

    def set_enabled(self, on: bool) -> None:
        for widget in (self.code, self.user, self.new, self.again, self.button):
            widget.setEnabled(on)

    def submit(self) -> None:
        code, name = self.code.text(), self.user.text().strip()
        if recovery.normalise(code) is None:
            self._show(
                lambda: self.tr(
                    "That is not a valid recovery code: check every group of five characters."
                ),
                self.code,
            )
            return
        if not name:
            self._show(lambda: self.tr("Type the user name whose password was lost."), self.user)
            return
        if not self.new.text():
            self._show(lambda: self.tr("Type the new password."), self.new)
            return
        if self.new.text() != self.again.text():
            self._show(lambda: self.tr("The two new passwords differ."), self.again)
            return
        self._show(None)
        self.set_enabled(False)
        self.busy.emit(True)
        self.worker.run(
            recover_job,
            self.worker,
            self.paths,
            code,
            name,
            self.new.text(),
            on_done=self._done,
            on_error=self._failed,
        )

    def _done(self, result: SignedIn) -> None:
        self.set_enabled(True)
        self.busy.emit(False)
        for field in (self.code, self.new, self.again):
            field.clear()
        self.signed_in.emit(result)

    def _failed(self, exc: BaseException) -> None:
        self.set_enabled(True)
        self.busy.emit(False)
        if isinstance(exc, WrongPassword):
            self._show(lambda: self.tr("The recovery code does not open this desk."), self.code)
        else:
            self._show(lambda: error_text(exc), self.new)

    def retranslate(self) -> None:
        if self._message is not None:
            self.message.setText(self._message())
        self.explain.setText(
            self.tr(
                "The recovery code was shown once when the desk was set up. It gives the user "
                "below a new password; this is recorded in the audit log."
            )
        )
        texts = (
            self.tr("Recovery code"),
            self.tr("User name"),
            self.tr("New password"),
            self.tr("New password again"),
        )
        for label, field, text in zip(
            self.labels, (self.code, self.user, self.new, self.again), texts, strict=True
        ):
            label.setText(text)
            field.setAccessibleName(text)
        self.code.setPlaceholderText("XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX")
        self.button.setText(self.tr("Set the new password and sign in"))
        self.button.setAccessibleName(self.button.text())
