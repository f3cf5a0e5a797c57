"""The lock screen and the privacy screen: they show nothing of the call."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hotline.ui import palette
from hotline.ui.i18n import Retranslatable


class LockScreen(Retranslatable, QWidget):
    """Emits `unlock(password)`; the window checks it on the worker thread."""

    unlock = Signal(str)
    sign_out = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.user_name = ""
        self._error: Callable[[], str] | None = None
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        box = QWidget(self)
        box.setFixedWidth(480)
        inner = QVBoxLayout(box)
        self.title = QLabel(box)
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.explain = QLabel(box)
        self.explain.setTextFormat(Qt.TextFormat.PlainText)
        self.explain.setWordWrap(True)
        self.explain.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.password = QLineEdit(box)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setMinimumHeight(34)
        self.password.returnPressed.connect(self._submit)
        self.button = QPushButton(box)
        self.button.setMinimumHeight(34)
        self.button.setDefault(True)
        self.button.clicked.connect(self._submit)
        self.busy = QProgressBar(box)
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setMaximumHeight(8)
        self.busy.hide()
        self.message = QLabel(box)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.message.setStyleSheet(palette.ERROR_MESSAGE)
        self.out_button = QPushButton(box)
        self.out_button.setFlat(True)
        self.out_button.clicked.connect(self.sign_out)
        for widget in (
            self.title,
            self.explain,
            self.password,
            self.button,
            self.busy,
            self.message,
            self.out_button,
        ):
            inner.addWidget(widget)
        layout.addWidget(box, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(3)
        self.retranslate()

    def prepare(self, user_name: str) -> None:
        self.user_name = user_name
        self.password.clear()
        self._error = None
        self.message.clear()
        self.set_busy(False)
        self.retranslate()
        self.password.setFocus()

    def set_busy(self, on: bool) -> None:
        self.busy.setVisible(on)
        self.password.setEnabled(not on)
        self.button.setEnabled(not on)

    def show_error(self, text: Callable[[], str]) -> None:
        """`text` is called again when the language changes."""
        self.set_busy(False)
        self._error = text
        self.message.setText(text())
        self.password.selectAll()
        self.password.setFocus()

    def _submit(self) -> None:
        if self.password.text():
            self.set_busy(True)
            self._error = None
            self.message.clear()
            self.unlock.emit(self.password.text())

    def retranslate(self) -> None:
        error = getattr(self, "_error", None)
        if error is not None:
            self.message.setText(error())
        self.title.setText(self.tr("The desk is locked"))
        self.explain.setText(
            self.tr("%1, type your password to go on. Any call you were taking is kept.").replace(
                "%1", self.user_name
            )
        )
        self.password.setPlaceholderText(self.tr("Password"))
        self.password.setAccessibleName(self.tr("Password"))
        self.button.setText(self.tr("Unlock"))
        self.button.setAccessibleName(self.tr("Unlock"))
        self.out_button.setText(self.tr("Sign out instead"))
        self.out_button.setAccessibleName(self.out_button.text())
        self.busy.setAccessibleName(self.tr("Checking the password"))


class PrivacyScreen(Retranslatable, QWidget):
    """Hides the call at once; the same key (Esc twice) brings it back."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAutoFillBackground(True)
        layout = QVBoxLayout(self)
        self.label = QLabel(self)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setStyleSheet(palette.MUTED)
        layout.addWidget(self.label)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.retranslate()

    def retranslate(self) -> None:
        self.label.setText(self.tr("Press Esc twice to return"))
        self.setAccessibleName(self.tr("Privacy screen"))
