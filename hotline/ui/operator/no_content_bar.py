"""Calls without content: one key each when no call is open, counted for the shift.

A call opened by reflex that turns out silent is ended as one with Ctrl+Shift and
the same letter (its timer gives the duration)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from hotline.taxonomy import Taxonomy
from hotline.ui import i18n, palette
from hotline.ui.i18n import Retranslatable

COLUMNS = 3


class NoContentBar(Retranslatable, QWidget):
    """Emits `chosen(kind)`; the page logs it through the worker."""

    chosen = Signal(str)

    def __init__(self, taxonomy: Taxonomy, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.taxonomy = taxonomy
        self.counts: dict[str, int] = {}
        self.buttons: dict[str, QPushButton] = {}
        self.shortcuts: dict[str, QShortcut] = {}
        self.open_shortcuts: dict[str, QShortcut] = {}
        self.call_open = False
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        self.title = QLabel(self)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setStyleSheet(palette.BOLD)
        top.addWidget(self.title)
        top.addStretch(1)
        self.total = QLabel(self)
        self.total.setTextFormat(Qt.TextFormat.PlainText)
        top.addWidget(self.total)
        outer.addLayout(top)
        self.grid = QWidget(self)
        layout = QGridLayout(self.grid)
        layout.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.grid)
        for n, item in enumerate(taxonomy["no_content"].items):
            button = QPushButton(self)
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            button.setStyleSheet(palette.LIST_BUTTON)
            button.clicked.connect(lambda _c=False, k=item.id: self.chosen.emit(k))
            self.buttons[item.id] = button
            layout.addWidget(button, n // COLUMNS, n % COLUMNS)
            key = str(item.extra.get("key", "")).strip()
            if key:
                shortcut = QShortcut(QKeySequence(key.upper()), self)
                shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
                shortcut.activated.connect(lambda k=item.id: self.chosen.emit(k))
                self.shortcuts[item.id] = shortcut
                during = QShortcut(QKeySequence(f"Ctrl+Shift+{key.upper()}"), self)
                during.setContext(Qt.ShortcutContext.WindowShortcut)
                during.activated.connect(lambda k=item.id: self.chosen.emit(k))
                during.setEnabled(False)
                self.open_shortcuts[item.id] = during
        self.retranslate()

    def set_keys_enabled(self, on: bool) -> None:
        """The single keys work only while no call is open (they would eat typing);
        during a call Ctrl+Shift with the letter ends it as a call without content."""
        self.call_open = not on
        for shortcut in self.shortcuts.values():
            shortcut.setEnabled(on)
        for shortcut in self.open_shortcuts.values():
            shortcut.setEnabled(not on)
        for button in self.buttons.values():
            button.setEnabled(on)
        self.grid.setVisible(on)
        # during a call the hint stays quiet: the call is what matters
        self.title.setStyleSheet(palette.BOLD if on else palette.MUTED)
        self.retranslate()

    def count(self, kind: str) -> None:
        self.counts[kind] = self.counts.get(kind, 0) + 1
        self.retranslate()

    def uncount(self, kind: str) -> None:
        """An undone one-key call leaves the shift's count."""
        left = self.counts.get(kind, 0) - 1
        if left > 0:
            self.counts[kind] = left
        else:
            self.counts.pop(kind, None)
        self.retranslate()

    def retranslate(self) -> None:
        language = i18n.current()
        self.title.setText(
            self.tr("No content? Ctrl+Shift and the letter ends this call as one (S, D, W…)")
            if self.call_open
            else self.tr("No content (one key):")
        )
        for kind, button in self.buttons.items():
            item = self.taxonomy["no_content"].get(kind)
            key = str(item.extra.get("key", "")).upper()
            n = self.counts.get(kind, 0)
            label = item.label(language)
            button.setText(f"{key} · {label}" + (f"  ({n})" if n else ""))
            button.setAccessibleName(self.tr("Log a call without content: %1").replace("%1", label))
            button.setToolTip(self.tr("Press %1 when no call is open").replace("%1", key))
        total = sum(self.counts.values())
        self.total.setText(self.tr("This shift: %1 without content").replace("%1", str(total)))
