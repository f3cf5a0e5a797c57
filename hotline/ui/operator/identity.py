"""Identity details, only with consent, sealed into the write-only vault on save."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCheckBox, QFormLayout, QGroupBox, QLabel, QLineEdit, QWidget

from hotline.records import IdentityDetails
from hotline.ui import palette
from hotline.ui.i18n import Retranslatable
from hotline.validation import MAX_SHORT_TEXT


class IdentitySection(Retranslatable, QGroupBox):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet(palette.SECTION)
        form = QFormLayout(self)
        self.form = form
        self.consent = QCheckBox(self)
        form.addRow(self.consent)
        self.fields: dict[str, QLineEdit] = {}
        self.labels: dict[str, QLabel] = {}
        for name in ("name", "phone", "address", "document"):
            edit = QLineEdit(self)
            edit.setMaxLength(MAX_SHORT_TEXT)
            edit.textEdited.connect(lambda _t: self.changed.emit())
            self.fields[name] = edit
            label = QLabel(self)
            label.setBuddy(edit)
            self.labels[name] = label
            form.addRow(label, edit)
        self.held = QLabel(self)
        self.held.setTextFormat(Qt.TextFormat.PlainText)
        self.held.setStyleSheet(palette.GOOD_TEXT)
        self.held.hide()
        form.addRow(self.held)
        self.consent.toggled.connect(self._consent_changed)
        self._consent_changed(False)
        self.retranslate()

    def _consent_changed(self, on: bool) -> None:
        # Read-only without consent, never disabled: the Tab count stays the same.
        for edit in self.fields.values():
            edit.setReadOnly(not on)
            if not on:
                edit.clear()
        self._placeholders()
        self.changed.emit()

    def _placeholders(self) -> None:
        text = "" if self.consent.isChecked() else self.tr("only with consent: tick the box above")
        for edit in self.fields.values():
            edit.setPlaceholderText(text)

    def tab_widgets(self) -> list[QWidget]:
        return [self.consent, *self.fields.values()]

    def details(self) -> IdentityDetails | None:
        if not self.consent.isChecked():
            return None
        found = IdentityDetails(**{k: e.text().strip() for k, e in self.fields.items()})
        return None if found.is_empty() else found

    def set_held(self, held: bool) -> None:
        """After sealing, the operator sees that details are held, never the details."""
        self.held.setVisible(held)

    def clear(self) -> None:
        self.consent.setChecked(False)
        self.set_held(False)

    def retranslate(self) -> None:
        self.setTitle(self.tr("11. Identity details (only with the person's consent)"))
        self.consent.setText(self.tr("The person consents to keeping their identity details"))
        self.consent.setAccessibleName(self.consent.text())
        labels = {
            "name": self.tr("Name"),
            "phone": self.tr("Phone"),
            "address": self.tr("Address"),
            "document": self.tr("Document number"),
        }
        for name, edit in self.fields.items():
            self.labels[name].setText(labels[name])
            edit.setAccessibleName(labels[name])
        self.held.setText(
            self.tr("Identity details held (sealed in the vault; only a supervisor can open them)")
        )
        self.setToolTip(self.tr("Sealed when saved: after that you cannot read them back."))
        self._placeholders()
