"""Outcome and referrals, with the referral directory's phone numbers at hand,
and the police-referral rule made visible."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCheckBox, QGridLayout, QLabel, QVBoxLayout, QWidget

from hotline import referrals
from hotline.taxonomy import Taxonomy
from hotline.ui import i18n
from hotline.ui.i18n import Retranslatable


class Outcomes(Retranslatable, QWidget):
    changed = Signal()

    def __init__(self, taxonomy: Taxonomy, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.taxonomy = taxonomy
        self.directory = referrals.by_outcome(referrals.load())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        self.boxes: dict[str, QCheckBox] = {}
        self.phones: dict[str, QLabel] = {}
        for row, item in enumerate(taxonomy["outcome"].items):
            box = QCheckBox(self)
            box.toggled.connect(lambda _b: self.changed.emit())
            self.boxes[item.id] = box
            grid.addWidget(box, row, 0)
            phone = QLabel(self)
            phone.setTextFormat(Qt.TextFormat.PlainText)
            phone.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            phone.setStyleSheet("color: #1f4f8a;")
            self.phones[item.id] = phone
            grid.addWidget(phone, row, 1)
        layout.addLayout(grid)
        self.refusal = QLabel(self)
        self.refusal.setTextFormat(Qt.TextFormat.PlainText)
        self.refusal.setWordWrap(True)
        self.refusal.setStyleSheet(
            "background: #fde2e1; color: #7a0d0d; border: 1px solid #d9534f; padding: 6px;"
        )
        self.refusal.hide()
        layout.addWidget(self.refusal)
        self.retranslate()

    def outcomes(self) -> tuple[str, ...]:
        return tuple(i for i, box in self.boxes.items() if box.isChecked())

    def set_outcomes(self, outcomes: tuple[str, ...]) -> None:
        for outcome, box in self.boxes.items():
            box.blockSignals(True)
            box.setChecked(outcome in outcomes)
            box.blockSignals(False)

    def show_refusal(self, refused: bool) -> None:
        self.refusal.setVisible(refused)

    def retranslate(self) -> None:
        language = i18n.current()
        for outcome, box in self.boxes.items():
            label = self.taxonomy.label("outcome", outcome, language)
            box.setText(label)
            box.setAccessibleName(label)
            entries = self.directory.get(outcome, [])
            numbers = [e.phone for e in entries if e.phone]
            if entries and not numbers:
                numbers = [self.tr("no verified number entered yet")]
            self.phones[outcome].setText("  ·  ".join(numbers[:3]))
            self.phones[outcome].setToolTip(
                "\n\n".join(
                    "\n".join(
                        t
                        for t in (
                            e.text("name", language),
                            e.text("address", language),
                            e.text("note", language),
                            e.text("web", language),
                        )
                        if t
                    )
                    for e in entries
                )
            )
            self.phones[outcome].setAccessibleName(self.tr("Phone numbers for this referral"))
        self.refusal.setText(
            self.tr(
                "Referral to the police unit refused: it passes identifying details to law"
                " enforcement, and the law allows that only with the consent of the person"
                " concerned. Consent is not recorded as yes. (A relative cannot consent for"
                " an adult.)"
            )
        )
