"""Topics as toggle chips: in the topics section the number keys 1-9 toggle them
and Ctrl with the number makes one the primary; anywhere else a digit belongs to the
field that has the focus (issue 16: digits typed into a URL toggled topics)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from hotline.taxonomy import Taxonomy
from hotline.ui import i18n, palette
from hotline.ui.i18n import Retranslatable

COLUMNS = 2


class TopicChips(Retranslatable, QWidget):
    """`topics()` in the order ticked; `primary()` one of them or None."""

    changed = Signal()

    def __init__(self, taxonomy: Taxonomy, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.taxonomy = taxonomy
        self.ids = [item.id for item in taxonomy["topic"].items]
        self._order: list[str] = []
        self._primary: str | None = None
        self.chips: dict[str, QPushButton] = {}
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        grid = QGridLayout()
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(6)
        for index, topic in enumerate(self.ids):
            chip = QPushButton(self)
            chip.setCheckable(True)
            chip.setStyleSheet(palette.CHIP)
            chip.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            chip.setProperty("takes_digits", True)
            # Long labels (Russian) must not widen the form; the tooltip holds the full text.
            chip.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
            chip.setMinimumWidth(160)
            chip.toggled.connect(lambda on, t=topic: self._toggled(t, on))
            self.chips[topic] = chip
            grid.addWidget(chip, index // COLUMNS, index % COLUMNS)
        outer.addLayout(grid)
        row = QHBoxLayout()
        self.primary_label = QLabel(self)
        self.primary_label.setTextFormat(Qt.TextFormat.PlainText)
        self.hint = QLabel(self)
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        self.hint.setWordWrap(True)  # long in Russian: it must not widen the form
        self.hint.setStyleSheet(palette.HINT)
        row.addWidget(self.primary_label, 1)
        outer.addLayout(row)
        outer.addWidget(self.hint)
        self.retranslate()

    def event(self, event: QEvent) -> bool:
        """Ctrl+1-9 on a chip are the topics', not the window's (its pages): claimed
        before the window's shortcuts see them."""
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            index = event.key() - Qt.Key.Key_1
            if modifiers == Qt.KeyboardModifier.ControlModifier and 0 <= index < min(
                9, len(self.ids)
            ):
                event.accept()
                return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Digits reach here only from a chip (the chips ignore them): 1-9 toggle,
        Ctrl+1-9 make primary."""
        key = event.key()
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        index = key - Qt.Key.Key_1
        if 0 <= index < min(9, len(self.ids)):
            topic = self.ids[index]
            if modifiers == Qt.KeyboardModifier.NoModifier:
                self.chips[topic].toggle()
                self.chips[topic].setFocus(Qt.FocusReason.ShortcutFocusReason)
                event.accept()
                return
            if modifiers == Qt.KeyboardModifier.ControlModifier:
                self.make_primary(topic)
                self.chips[topic].setFocus(Qt.FocusReason.ShortcutFocusReason)
                event.accept()
                return
        super().keyPressEvent(event)

    # --- state -------------------------------------------------------------
    def _toggled(self, topic: str, on: bool) -> None:
        if on and topic not in self._order:
            self._order.append(topic)
        elif not on and topic in self._order:
            self._order.remove(topic)
        if self._primary not in self._order:
            self._primary = self._order[0] if self._order else None
        self._relabel()
        self.changed.emit()

    def make_primary(self, topic: str) -> None:
        if not self.chips[topic].isChecked():
            self.chips[topic].setChecked(True)
        self._primary = topic
        self._relabel()
        self.changed.emit()

    def topics(self) -> tuple[str, ...]:
        return tuple(self._order)

    def primary(self) -> str | None:
        return self._primary

    def set_topics(self, topics: tuple[str, ...], primary: str | None) -> None:
        self.blockSignals(True)
        self._order = []
        for topic, chip in self.chips.items():
            chip.blockSignals(True)
            chip.setChecked(topic in topics)
            chip.blockSignals(False)
        self._order = [t for t in topics if t in self.chips]
        if primary in self._order:
            self._primary = primary
        else:
            self._primary = self._order[0] if self._order else None
        self.blockSignals(False)
        self._relabel()

    # --- text --------------------------------------------------------------
    def _relabel(self) -> None:
        language = i18n.current()
        for index, topic in enumerate(self.ids):
            label = self.taxonomy.label("topic", topic, language)
            key = f"{index + 1}  " if index < 9 else ""
            star = "  ★" if topic == self._primary else ""
            self.chips[topic].setText(f"{key}{label}{star}")
            self.chips[topic].setToolTip(label)
            self.chips[topic].setAccessibleName(
                self.tr("Topic: %1").replace("%1", label)
                + (" — " + self.tr("primary") if star else "")
            )
        if self._primary:
            self.primary_label.setText(
                self.tr("Primary topic: %1").replace(
                    "%1", self.taxonomy.label("topic", self._primary, language)
                )
            )
        else:
            self.primary_label.setText(self.tr("Primary topic: none yet"))

    def retranslate(self) -> None:
        self.hint.setText(
            self.tr(
                "Here keys 1–9 tick a topic, Ctrl with the number makes it the primary one"
                " (the first ticked is primary). Alt+3 brings you here from anywhere."
            )
        )
        self._relabel()
