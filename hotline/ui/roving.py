"""A long checklist is one Tab stop: Tab enters it (on the box last used) and
leaves it; the arrow keys, Home and End move inside. The "roving tab stop" of
ARIA grids, so that the 14 topics, the indicators and the outcomes do not cost
the operator a dozen Tabs each (issue 16)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QWidget

MOVES = {
    Qt.Key.Key_Up: -1,
    Qt.Key.Key_Down: 1,
    Qt.Key.Key_Left: -1,
    Qt.Key.Key_Right: 1,
}


class RovingGroup(QObject):
    """`members` in the order shown, `columns` wide: Up/Down move a row, Left/Right one."""

    def __init__(self, members: Sequence[QWidget], columns: int = 1) -> None:
        super().__init__(members[0] if members else None)
        self.members = list(members)
        self.columns = max(1, columns)
        self.stop: QWidget | None = None
        for widget in self.members:
            widget.installEventFilter(self)
            widget.roving_group = self  # type: ignore[attr-defined]  # for keyboard tests
        if self.members:
            self.make_stop(self.members[0])

    def make_stop(self, widget: QWidget) -> None:
        """`widget` is the one Tab reaches; the others only by arrow keys or the mouse."""
        self.stop = widget
        for member in self.members:
            policy = Qt.FocusPolicy.StrongFocus if member is widget else Qt.FocusPolicy.ClickFocus
            member.setFocusPolicy(policy)

    def _step(self, index: int, key: int) -> int:
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            step = MOVES[Qt.Key(key)] * self.columns
        else:
            step = MOVES[Qt.Key(key)]
        target = index + step
        return target if 0 <= target < len(self.members) else index

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if not isinstance(obj, QWidget) or obj not in self.members:
            return False
        if event.type() == QEvent.Type.FocusIn:
            if obj is not self.stop:
                self.make_stop(obj)
            return False
        if event.type() != QEvent.Type.KeyPress:
            return False
        assert isinstance(event, QKeyEvent)
        if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            return False
        key = event.key()
        index = self.members.index(obj)
        visible = [m for m in self.members if m.isVisibleTo(m.window())]
        if key == Qt.Key.Key_Home and visible:
            target = self.members.index(visible[0])
        elif key == Qt.Key.Key_End and visible:
            target = self.members.index(visible[-1])
        elif key in MOVES:
            target = self._step(index, key)
        else:
            return False
        self.members[target].setFocus(Qt.FocusReason.TabFocusReason)
        return True
