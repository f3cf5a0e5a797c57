"""What to say: the facts of the law an operator tells a caller, beside the outcomes,
in the caller's language when the desk has it (az, ru, en), with their source."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from hotline import taxonomy, what_to_say
from hotline.ui import i18n, palette
from hotline.ui.i18n import Retranslatable


class WhatToSay(Retranslatable, QFrame):
    """Read-only text: no Tab stop (the form's order is unchanged)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.panel = what_to_say.load()
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        self.title = QLabel(self)
        self.title.setStyleSheet(palette.BOLD)
        self.title.setWordWrap(True)
        self.facts = QLabel(self)
        self.source = QLabel(self)
        self.source.setStyleSheet(palette.HINT)
        for label in (self.title, self.facts, self.source):
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addWidget(label)
        layout.addStretch(1)
        self.call_language: str | None = None
        self.child = False
        self.withheld = False
        self.retranslate()

    def language(self) -> str:
        """The caller's language when the desk has the facts in it, else the interface's."""
        if self.call_language in taxonomy.LANGUAGES:
            return str(self.call_language)
        return i18n.current()

    def show_for(self, call_language: str | None, child: bool, withheld: bool) -> None:
        changed = (call_language, child, withheld) != (
            self.call_language,
            self.child,
            self.withheld,
        )
        self.call_language, self.child, self.withheld = call_language, child, withheld
        if changed:
            self.retranslate()

    def shown_facts(self) -> list[str]:
        """The facts on screen now, in the language shown (none when withheld)."""
        if self.withheld:
            return []
        language = self.language()
        return [f.in_language(language) for f in self.panel.for_call(self.child)]

    def retranslate(self) -> None:
        language = self.language()
        if self.withheld:
            self.title.setText(
                self.tr("What to say: nothing of the help or the reports to this caller")
            )
            self.facts.setText(
                self.tr(
                    "The caller may be the relative involved. Listen, note, and do not tell"
                    " them what will be done."
                )
            )
            self.source.clear()
            return
        codes = taxonomy.load()
        title = self.tr("What to say (%1)").replace(
            "%1", codes.label("call_language", language, language)
        )
        if self.call_language is not None and self.call_language != language:
            # the facts are written in az, ru and en: an interpreter may be needed
            title += " " + self.tr("— not written in %1").replace(
                "%1", codes.label("call_language", self.call_language, i18n.current())
            )
        self.title.setText(title)
        self.facts.setText("\n".join("• " + text for text in self.shown_facts()))
        self.source.setText(
            self.tr("Source: %1").replace(
                "%1", self.panel.source.get(language) or self.panel.source["en"]
            )
        )
