"""Notes, with topic suggestions from keywords (shown, never applied on their own)."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from hotline import topic_keywords
from hotline.taxonomy import Taxonomy
from hotline.ui import i18n, palette
from hotline.ui.i18n import Retranslatable
from hotline.validation import MAX_NOTES


class Notes(Retranslatable, QWidget):
    changed = Signal()
    apply_topic = Signal(str)
    suggestions_changed = Signal()  # the form rebuilds its keyboard order

    def __init__(self, taxonomy: Taxonomy, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.taxonomy = taxonomy
        self.ticked: tuple[str, ...] = ()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.edit = QPlainTextEdit(self)
        self.edit.setTabChangesFocus(True)
        self.edit.setMinimumHeight(90)
        layout.addWidget(self.edit)
        self.title = QLabel(self)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.title)
        self.suggestion_grid = QGridLayout()
        self.suggestion_grid.setColumnStretch(2, 1)
        layout.addLayout(self.suggestion_grid)
        self.buttons: list[QPushButton] = []
        self.suggested: list[str] = []
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(400)
        self._debounce.timeout.connect(self.refresh_suggestions)
        self.edit.textChanged.connect(self._text_changed)
        self.retranslate()

    def _text_changed(self) -> None:
        if len(self.edit.toPlainText()) > MAX_NOTES:
            self.edit.setStyleSheet(palette.BAD_EDIT)
        else:
            self.edit.setStyleSheet("")
        self._debounce.start()
        self.changed.emit()

    def text(self) -> str:
        return self.edit.toPlainText()

    def set_text(self, text: str) -> None:
        self.edit.blockSignals(True)
        self.edit.setPlainText(text)
        self.edit.blockSignals(False)
        self.refresh_suggestions()

    def set_ticked(self, topics: tuple[str, ...]) -> None:
        self.ticked = topics
        self.refresh_suggestions()

    def refresh_suggestions(self, force: bool = False) -> None:
        suggested = [t for t in topic_keywords.suggest(self.text()) if t not in self.ticked]
        if suggested == self.suggested and not force:
            return  # the same buttons: nothing to rebuild, the keyboard order holds
        self.suggested = suggested
        for button in self.buttons:
            button.setParent(None)
            button.deleteLater()
        self.buttons = []
        language = i18n.current()
        for topic in self.suggested:
            if topic not in self.taxonomy["topic"]:
                continue
            label = self.taxonomy.label("topic", topic, language)
            button = QPushButton("+ " + label, self)
            button.setAccessibleName(self.tr("Tick the suggested topic %1").replace("%1", label))
            button.clicked.connect(lambda _c=False, t=topic: self.apply_topic.emit(t))
            n = len(self.buttons)
            self.suggestion_grid.addWidget(button, n // 2, n % 2)
            button.show()
            self.buttons.append(button)
        self.title.setVisible(bool(self.buttons))
        self.suggestions_changed.emit()

    def tab_widgets(self) -> list[QWidget]:
        return [self.edit, *self.buttons]

    def retranslate(self) -> None:
        self.edit.setAccessibleName(self.tr("Notes"))
        self.edit.setPlaceholderText(
            self.tr("What the caller said, in their words; no names or phone numbers of the caller")
        )
        self.title.setText(self.tr("Suggested topics (click to tick):"))
        self.refresh_suggestions(force=True)
