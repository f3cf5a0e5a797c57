"""How the administrator's pages (and Export) build their rows of buttons and their
message labels: one builder each, so every page wraps, aligns and spaces them alike.

`row(a, b, STRETCH, c)` lays widgets (or layouts) side by side, a STRETCH taking the
room left where it stands; `grow=` names the one widget that takes it instead (a
label or a field between buttons). `message_label` is a label for what a page says:
plain text (never read as rich text: a path or a name may hold "<"), wrapped.
`MessageLabel.say` takes the words as a function of the language (a lambda calling
tr()) and says them again in the new language when it changes.
`list_table` is a page's read-only list of rows, one chosen at a time.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLayout,
    QTableWidget,
    QWidget,
)

STRETCH: Final = "stretch"
# What a page says: fixed words, or a function of the language that gives them.
Said = str | Callable[[], str]


def row(*parts: QWidget | QLayout | str, grow: QWidget | QLayout | None = None) -> QHBoxLayout:
    layout = QHBoxLayout()
    for part in parts:
        if isinstance(part, str):
            layout.addStretch(1)
        elif isinstance(part, QLayout):
            layout.addLayout(part, 1 if part is grow else 0)
        else:
            layout.addWidget(part, 1 if part is grow else 0)
    return layout


class MessageLabel(QLabel):
    """A page's message: plain text, wrapped. Given to `say` as a function (a lambda
    calling tr()), it is said again in the new language at each language switch,
    instead of staying in the language it was said in."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._said: Callable[[], str] | None = None
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)

    def say(self, text: Said, style: str | None = None, *, shown: bool = True) -> None:
        if style is not None:
            self.setStyleSheet(style)
        if callable(text):
            QLabel.setText(self, text())
            self._said = text
        else:
            self.setText(text)
        self.setVisible(shown)

    def setText(self, text: str) -> None:
        """Fixed words (or none): nothing said earlier comes back at a switch."""
        self._said = None
        super().setText(text)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and self._said is not None:
            QLabel.setText(self, self._said())
        super().changeEvent(event)


def message_label(
    parent: QWidget, style: str = "", *, selectable: bool = False, shown: bool = True
) -> MessageLabel:
    """A page's message or hint: plain text, wrapped; `style` one of palette's."""
    label = MessageLabel(parent)
    if style:
        label.setStyleSheet(style)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if not shown:
        label.setVisible(False)
    return label


def list_table(
    parent: QWidget,
    columns: int,
    widths: tuple[int, ...] = (),
    *,
    stretch: int | None = None,
) -> QTableWidget:
    """A read-only table of rows chosen one at a time, no row numbers, columns as wide
    as `widths` (the user may drag them); column `stretch` takes the room left, or the
    last one where it is None."""
    table = QTableWidget(0, columns, parent)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().setVisible(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    if stretch is None:
        header.setStretchLastSection(True)
    else:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    for column, width in enumerate(widths):
        table.setColumnWidth(column, width)
    return table
