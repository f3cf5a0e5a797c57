"""How the administrator's pages (and Export) build their rows of buttons and their
message labels: one builder each, so every page wraps, aligns and spaces them alike.

`row(a, b, STRETCH, c)` lays widgets (or layouts) side by side, a STRETCH taking the
room left where it stands; `grow=` names the one widget that takes it instead (a
label or a field between buttons). `message_label` is a label for what a page says:
plain text (never read as rich text: a path or a name may hold "<"), wrapped.
`Banner` is a page's message that follows a switch of the language: it keeps how its
text is made, not the text made in the language of the moment it was said.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLayout, QWidget

from hotline.ui import palette

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


class Banner:
    """A page's message under its buttons, good or bad, hidden until something is said.

    ``say`` takes how the text is made (a function calling tr() and filling in the
    names and numbers, or error_text of the exception), and ``retranslate`` (from the
    page's own) makes it again: a message said before a switch of the language is
    then in the new one, not left in the old."""

    def __init__(self, parent: QWidget) -> None:
        self.label = message_label(parent, shown=False)
        self._text: Callable[[], str] | None = None

    def say(self, text: Callable[[], str], good: bool = True) -> None:
        self._text = text
        self.label.setText(text())
        self.label.setStyleSheet(palette.GOOD_BANNER if good else palette.BAD_BANNER)
        self.label.setVisible(True)

    def clear(self) -> None:
        self._text = None
        self.label.clear()
        self.label.setVisible(False)

    def retranslate(self) -> None:
        if self._text is not None:
            self.label.setText(self._text())
