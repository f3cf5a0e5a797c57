"""The bar above the form: New call, a returning caller's pseudonym, the timer,
the pseudonym to read out (and copy), End call, Save, Discard."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hotline.ui import palette
from hotline.ui.i18n import Retranslatable
from hotline.ui.operator.timer import CallTimer

CLIPBOARD_CLEAR_MS = 10_000


class CallBar(Retranslatable, QFrame):
    new_call = Signal()
    returning = Signal(str)
    end_call = Signal()
    save = Signal()
    discard = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        outer = QVBoxLayout(self)
        row = QHBoxLayout()
        outer.addLayout(row)
        self.new_button = QPushButton(self)
        self.new_button.setMinimumHeight(48)
        font = QFont(self.new_button.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.new_button.setFont(font)
        self.new_button.setStyleSheet(palette.START_BUTTON)
        self.new_button.clicked.connect(self.new_call)
        row.addWidget(self.new_button)
        row.addSpacing(12)
        self.timer = CallTimer(self)
        row.addWidget(self.timer)
        self.pseudonym = QLabel(self)
        self.pseudonym.setTextFormat(Qt.TextFormat.PlainText)
        self.pseudonym.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        pfont = QFont(self.pseudonym.font())
        pfont.setPointSizeF(pfont.pointSizeF() * 1.3)
        pfont.setBold(True)
        self.pseudonym.setFont(pfont)
        row.addWidget(self.pseudonym)
        self.copy_button = QPushButton(self)
        self.copy_button.clicked.connect(self.copy_pseudonym)
        row.addWidget(self.copy_button)
        row.addStretch(1)
        self.end_button = QPushButton(self)
        self.end_button.clicked.connect(self.end_call)
        self.save_button = QPushButton(self)
        self.save_button.setStyleSheet(palette.SAVE_BUTTON)
        self.save_button.clicked.connect(self.save)
        self.discard_button = QPushButton(self)
        self.discard_button.clicked.connect(self._discard_clicked)
        row.addWidget(self.end_button)
        row.addWidget(self.save_button)
        row.addWidget(self.discard_button)
        self.returning_row = QWidget(self)
        returning = QHBoxLayout(self.returning_row)
        returning.setContentsMargins(0, 0, 0, 0)
        self.returning_edit = QLineEdit(self.returning_row)
        self.returning_edit.setMinimumWidth(260)
        self.returning_edit.returnPressed.connect(self._returning)
        self.returning_button = QPushButton(self.returning_row)
        self.returning_button.clicked.connect(self._returning)
        returning.addWidget(self.returning_edit)
        returning.addWidget(self.returning_button)
        returning.addStretch(1)
        outer.addWidget(self.returning_row)
        self.mark = QLabel(self)
        self.mark.setTextFormat(Qt.TextFormat.PlainText)
        self.mark.setStyleSheet(palette.ALARM_MARK)
        self.mark.hide()
        outer.addWidget(self.mark)
        self._discard_armed = False
        self._disarm = QTimer(self)
        self._disarm.setSingleShot(True)
        self._disarm.setInterval(5000)
        self._disarm.timeout.connect(self._reset_discard)
        self._copied = ""
        self.set_open(False)
        self.retranslate()

    # --- state -----------------------------------------------------------------
    def set_open(self, open_: bool, pseudonym: str = "") -> None:
        self.new_button.setEnabled(not open_)
        self.returning_edit.setEnabled(not open_)
        self.returning_button.setEnabled(not open_)
        self.returning_row.setVisible(not open_)
        for button in (self.end_button, self.save_button, self.discard_button, self.copy_button):
            button.setEnabled(open_)
        self.pseudonym.setText(pseudonym)
        self.pseudonym.setVisible(bool(pseudonym))
        self.copy_button.setVisible(bool(pseudonym))
        if not open_:
            self.returning_edit.clear()
            self.mark.hide()
        self._reset_discard()

    def show_do_not_call_back(self, on: bool) -> None:
        self.mark.setVisible(on)

    def _returning(self) -> None:
        text = self.returning_edit.text().strip()
        if text:
            self.returning.emit(text)

    def _discard_clicked(self) -> None:
        """A destructive step asks twice: the first press only arms the button."""
        if self._discard_armed:
            self._reset_discard()
            self.discard.emit()
            return
        self._discard_armed = True
        self.discard_button.setText(self.tr("Press again to discard"))
        self._disarm.start()

    def _reset_discard(self) -> None:
        self._discard_armed = False
        self._disarm.stop()
        self.discard_button.setText(self.tr("Discard"))

    def copy_pseudonym(self) -> None:
        """Copy for a moment: the clipboard is cleared after 10 seconds."""
        text = self.pseudonym.text()
        if not text:
            return
        clipboard = QGuiApplication.clipboard()
        clipboard.setText(text)
        self._copied = text
        QTimer.singleShot(CLIPBOARD_CLEAR_MS, self.clear_clipboard)

    def clear_clipboard(self) -> None:
        clipboard = QGuiApplication.clipboard()
        if self._copied and clipboard.text() == self._copied:
            clipboard.clear()
        self._copied = ""

    # --- text ----------------------------------------------------------------------
    def retranslate(self) -> None:
        self.new_button.setText(self.tr("New call (Ctrl+N)"))
        self.new_button.setAccessibleName(self.tr("New call"))
        self.returning_edit.setPlaceholderText(self.tr("Returning caller: their pseudonym"))
        self.returning_edit.setAccessibleName(self.tr("Pseudonym a returning caller gives"))
        self.returning_button.setText(self.tr("Link returning caller"))
        self.returning_button.setAccessibleName(self.returning_button.text())
        self.pseudonym.setAccessibleName(self.tr("Caller's pseudonym, to read out"))
        self.pseudonym.setToolTip(self.tr("Read this out to the caller: they give it next time"))
        self.copy_button.setText(self.tr("Copy"))
        self.copy_button.setAccessibleName(self.tr("Copy the pseudonym (cleared after 10 s)"))
        self.copy_button.setToolTip(self.copy_button.accessibleName())
        self.end_button.setText(self.tr("End call"))
        self.end_button.setAccessibleName(self.tr("End call: stop the timer"))
        self.save_button.setText(self.tr("Save (Ctrl+S)"))
        self.save_button.setAccessibleName(self.tr("Save the call"))
        self.discard_button.setAccessibleName(self.tr("Discard this call"))
        self._reset_discard()
        self.mark.setText(self.tr("DO NOT CALL BACK this caller"))
