"""Keyboard-only helpers: reach a widget with Tab, choose with arrow keys."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from hotline.ui.common import CodeCombo


def focused() -> QWidget | None:
    return QApplication.focusWidget()


def press(
    qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    target = focused()
    assert target is not None, "nothing has the keyboard focus"
    qtbot.keyClick(target, key, modifier)


def tab_to(qtbot: QtBot, widget: QWidget, limit: int = 250) -> int:
    """Press Tab until `widget` has the focus; returns how many presses it took.
    A box of a checklist (one Tab stop) is reached with Tab, then the arrow keys."""
    group = getattr(widget, "roving_group", None)
    if group is not None and not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
        count = tab_to(qtbot, group.stop, limit)
        target = group.members.index(widget)
        for _ in range(len(group.members)):
            current = focused()
            if current is widget:
                return count
            here = group.members.index(current)
            press(qtbot, Qt.Key.Key_Right if here < target else Qt.Key.Key_Left)
            count += 1
        raise AssertionError(f"{widget!r} cannot be reached with the arrow keys")
    for count in range(limit):
        if focused() is widget:
            return count
        press(qtbot, Qt.Key.Key_Tab)
    raise AssertionError(f"{widget!r} cannot be reached with Tab")


def choose(qtbot: QtBot, combo: CodeCombo, value: str | None) -> None:
    """Tab to the combo and pick `value` with the arrow keys."""
    tab_to(qtbot, combo)
    press(qtbot, Qt.Key.Key_Home)
    for _ in range(combo.count() + 1):
        if combo.value() == value:
            return
        press(qtbot, Qt.Key.Key_Down)
    raise AssertionError(f"{value} is not in {combo.codes.id}")


def type_text(widget: QWidget, text: str) -> None:
    """Type like a keyboard does, including ə ş ğ ı and Cyrillic (QTest knows ASCII only)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(widget, event)


def type_into(qtbot: QtBot, widget: QWidget, text: str) -> None:
    tab_to(qtbot, widget)
    type_text(widget, text)


def tick(qtbot: QtBot, box: QWidget) -> None:
    tab_to(qtbot, box)
    press(qtbot, Qt.Key.Key_Space)


def to_topics(qtbot: QtBot) -> None:
    """Alt+3 jumps to the topics, where the number keys tick them."""
    press(qtbot, Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)
