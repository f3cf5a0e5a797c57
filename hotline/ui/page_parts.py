"""How the administrator's pages (and Export) build their rows of buttons and their
message labels: one builder each, so every page wraps, aligns and spaces them alike.

`row(a, b, STRETCH, c)` lays widgets (or layouts) side by side, a STRETCH taking the
room left where it stands; `grow=` names the one widget that takes it instead (a
label or a field between buttons). `message_label` is a label for what a page says:
plain text (never read as rich text: a path or a name may hold "<"), wrapped.
`list_table` is a page's read-only list of rows, one chosen at a time.
"""

from __future__ import annotations

from typing import Final

from PySide6.QtCore import Qt
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


def message_label(
    parent: QWidget, style: str = "", *, selectable: bool = False, shown: bool = True
) -> QLabel:
    """A page's message or hint: plain text, wrapped; `style` one of palette's."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
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
