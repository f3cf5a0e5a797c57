"""Safe contact, asked first when the caller may be at risk."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QWidget,
)

from hotline.taxonomy import Taxonomy
from hotline.ui import palette
from hotline.ui.common import CodeCombo
from hotline.ui.i18n import Retranslatable
from hotline.validation import MAX_SHORT_TEXT


class SafeContact(Retranslatable, QGroupBox):
    changed = Signal()

    def __init__(self, taxonomy: Taxonomy, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet(palette.SECTION)
        form = QFormLayout(self)
        self.safe_to_talk = CodeCombo(taxonomy["safe_to_talk"], self)
        self.callback = QComboBox(self)
        self.callback_times = QLineEdit(self)
        self.callback_times.setMaxLength(MAX_SHORT_TEXT)
        self.code_word = QLineEdit(self)
        self.code_word.setMaxLength(MAX_SHORT_TEXT)
        self.do_not_call_back = QCheckBox(self)
        self.do_not_call_back.setStyleSheet(palette.ALARM_CHECKBOX)
        self.rows = [
            self.safe_to_talk,
            self.callback,
            self.callback_times,
            self.code_word,
            self.do_not_call_back,
        ]
        self.labels = [QLabel(self) for _ in self.rows]
        for label, widget in zip(self.labels, self.rows, strict=True):
            label.setBuddy(widget)
            form.addRow(label, widget)
        self.form = form
        self.safe_to_talk.valueChanged.connect(self.changed)
        self.callback.currentIndexChanged.connect(lambda _i: self._callback_changed())
        self.callback_times.textEdited.connect(lambda _t: self.changed.emit())
        self.code_word.textEdited.connect(lambda _t: self.changed.emit())
        self.do_not_call_back.toggled.connect(lambda _b: self._dncb_changed())
        self.retranslate()

    def _callback_changed(self) -> None:
        # Read-only, never disabled: the field keeps its Tab stop, so the operator's
        # count of Tabs stays right, and says why it takes nothing (issue 16, defect 6).
        self.callback_times.setReadOnly(self.callback.currentIndex() == 2)
        self._times_placeholder()
        self.changed.emit()

    def _times_placeholder(self) -> None:
        if self.callback_times.isReadOnly():
            self.callback_times.setPlaceholderText(self.tr("no call-back: no times to note"))
        else:
            self.callback_times.setPlaceholderText(self.tr("e.g. weekdays 10:00–12:00"))

    def _dncb_changed(self) -> None:
        if self.do_not_call_back.isChecked():
            self.callback.setCurrentIndex(2)
        self.changed.emit()

    # --- values --------------------------------------------------------------
    def callback_allowed(self) -> bool | None:
        return {0: None, 1: True, 2: False}[max(0, self.callback.currentIndex())]

    def set_callback_allowed(self, value: bool | None) -> None:
        self.callback.setCurrentIndex({None: 0, True: 1, False: 2}[value])

    def retranslate(self) -> None:
        self.setTitle(
            self.tr("1. Safe contact (ask first when the caller may be at risk)") + "   [Alt+1]"
        )
        texts = [
            self.tr("Safe to talk now?"),
            self.tr("Call-back"),
            self.tr("Safe times to call back"),
            self.tr("Code word"),
            "",
        ]
        for label, widget, text in zip(self.labels, self.rows, texts, strict=True):
            label.setText(text)
            if text:
                widget.setAccessibleName(text)
        index = self.callback.currentIndex()
        self.callback.blockSignals(True)
        self.callback.clear()
        self.callback.addItems(
            [self.tr("— not asked —"), self.tr("Call-back is safe"), self.tr("No call-back")]
        )
        self.callback.setCurrentIndex(max(index, 0))
        self.callback.blockSignals(False)
        self._times_placeholder()
        self.code_word.setPlaceholderText(self.tr("the word the caller chose"))
        self.do_not_call_back.setText(self.tr("DO NOT CALL BACK"))
        self.do_not_call_back.setAccessibleName(self.tr("Do not call back"))
