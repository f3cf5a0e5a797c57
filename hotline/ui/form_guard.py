"""Keeps an accidental mouse wheel or a stray key from changing or losing anything
in a scrolling form.

One guard per form: the form hands it every field it puts in its keyboard order,
including those added later (an entity row), and the page adds the window's tab bar.

- A combo or spin box takes the wheel only while it has the keyboard focus; over any
  other field the wheel scrolls the form (and never moves the focus).
- A printable key that no field takes (on a button, a checkbox, a read-only field, the
  tab bar) is reported with `typed_nowhere`, so the operator is told at once instead of
  losing what they type.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QWheelEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

WHEEL_TYPES = (QComboBox, QAbstractSpinBox)


def takes_text(widget: QWidget) -> bool:
    """Whether a printable key typed on `widget` lands somewhere."""
    if widget.property("takes_no_text"):
        return False  # the window's list of pages: letters never move it
    if isinstance(widget, QLineEdit):
        return not widget.isReadOnly()
    if isinstance(widget, (QPlainTextEdit, QTextEdit)):
        return not widget.isReadOnly()
    # combos and spin boxes search or type; lists and tables search their rows
    return isinstance(widget, (QComboBox, QAbstractSpinBox, QAbstractItemView))


class FormGuard(QObject):
    """Event filter on the fields of a form (`watch` them as they are made)."""

    typed_nowhere = Signal(QWidget)

    def __init__(self, area: QAbstractScrollArea) -> None:
        super().__init__(area)
        self.area = area
        self.active = True

    def watch(self, widgets: Iterable[QWidget]) -> None:
        """Guard these widgets (installing twice is harmless: Qt keeps one)."""
        for widget in widgets:
            if isinstance(widget, WHEEL_TYPES):
                widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            widget.installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Wheel and isinstance(obj, WHEEL_TYPES):
            return self._wheel(obj, event)  # type: ignore[arg-type]
        if kind == QEvent.Type.KeyPress and self.active and isinstance(obj, QWidget):
            self._key(obj, event)  # type: ignore[arg-type]
        return False

    def _wheel(self, obj: QComboBox | QAbstractSpinBox, event: QWheelEvent) -> bool:
        if obj.hasFocus() or (isinstance(obj, QComboBox) and obj.view().isVisible()):
            return False
        copy = QWheelEvent(
            event.position(),
            event.globalPosition(),
            event.pixelDelta(),
            event.angleDelta(),
            event.buttons(),
            event.modifiers(),
            event.phase(),
            event.inverted(),
        )
        QApplication.sendEvent(self.area.verticalScrollBar(), copy)
        return True

    def _key(self, obj: QWidget, event: QKeyEvent) -> None:
        text = event.text()
        if not text or not text.isprintable() or text == " " or takes_text(obj):
            return
        if event.modifiers() & (
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
        ):
            return
        if obj.property("takes_digits") and text.isdigit():
            return
        self.typed_nowhere.emit(obj)
