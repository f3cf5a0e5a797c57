"""Outcome and referrals, with the referral directory's phone numbers at hand,
and the consent rule made visible.

The directory starts as the file the program ships (its seed) and is replaced by
the desk's own, as administrators keep it, at the start of every call."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from hotline import referrals
from hotline.referrals import Referral
from hotline.services.calls import FOLLOW_UP_OUTCOME
from hotline.taxonomy import Taxonomy
from hotline.ui import i18n, palette
from hotline.ui.i18n import Retranslatable
from hotline.ui.problems import core_text

FOLLOW_UP_DAYS = (1, 3, 7)  # the choices shown: tomorrow, in 3 days, in a week
DEFAULT_FOLLOW_UP_DAYS = 3


class Outcomes(Retranslatable, QWidget):
    changed = Signal()

    def __init__(self, taxonomy: Taxonomy, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.taxonomy = taxonomy
        self.directory: dict[str, list[Referral]] = referrals.by_outcome(referrals.load())
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
            phone.setStyleSheet(palette.LINK)
            self.phones[item.id] = phone
            grid.addWidget(phone, row, 1)
        layout.addLayout(grid)
        # "Follow-up agreed" makes a task on the operator's own list, due when chosen here.
        self.follow_up_row = QWidget(self)
        follow = QHBoxLayout(self.follow_up_row)
        follow.setContentsMargins(24, 0, 0, 0)
        self.follow_up_label = QLabel(self.follow_up_row)
        self.follow_up_due = QComboBox(self.follow_up_row)
        self.follow_up_label.setBuddy(self.follow_up_due)
        follow.addWidget(self.follow_up_label)
        follow.addWidget(self.follow_up_due)
        follow.addStretch(1)
        self.follow_up_row.hide()
        layout.addWidget(self.follow_up_row)
        if FOLLOW_UP_OUTCOME in self.boxes:
            self.boxes[FOLLOW_UP_OUTCOME].toggled.connect(self.follow_up_row.setVisible)
        self.refusal = QLabel(self)
        self.refusal.setTextFormat(Qt.TextFormat.PlainText)
        self.refusal.setWordWrap(True)
        self.refusal.setStyleSheet(palette.BAD_BANNER)
        self.refusal.hide()
        self.refusal_source: str | None = None
        layout.addWidget(self.refusal)
        self.retranslate()
        self.follow_up_due.setCurrentIndex(FOLLOW_UP_DAYS.index(DEFAULT_FOLLOW_UP_DAYS))

    def tab_widgets(self) -> list[QWidget]:
        return [*self.boxes.values(), self.follow_up_due]

    def follow_up_days(self) -> int | None:
        """In how many days the agreed follow-up is due; None when none was agreed."""
        if FOLLOW_UP_OUTCOME not in self.outcomes():
            return None
        return FOLLOW_UP_DAYS[max(0, self.follow_up_due.currentIndex())]

    def outcomes(self) -> tuple[str, ...]:
        return tuple(i for i, box in self.boxes.items() if box.isChecked())

    def set_outcomes(self, outcomes: tuple[str, ...]) -> None:
        for outcome, box in self.boxes.items():
            box.blockSignals(True)
            box.setChecked(outcome in outcomes)
            box.blockSignals(False)
        self.follow_up_row.setVisible(FOLLOW_UP_OUTCOME in outcomes)
        self.follow_up_due.setCurrentIndex(FOLLOW_UP_DAYS.index(DEFAULT_FOLLOW_UP_DAYS))

    def set_directory(self, directory: dict[str, list[Referral]]) -> None:
        """The desk's directory as it is now (read at the start of each call)."""
        self.directory = directory
        self._show_directory(i18n.current())

    def show_refusal(self, message: str | None) -> None:
        """Why a ticked referral cannot be saved (a validation message), or None."""
        self.refusal_source = message
        if message is not None:
            self.refusal.setText(core_text(message))
        self.refusal.setVisible(message is not None)

    def _show_directory(self, language: str) -> None:
        for outcome in self.boxes:
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
                            e.text("hours", language),
                            e.text("offers", language),
                            e.text("note", language),
                            e.text("web", language),
                            self.tr("checked %1").replace("%1", e.checked) if e.checked else "",
                        )
                        if t
                    )
                    for e in entries
                )
            )

    def retranslate(self) -> None:
        language = i18n.current()
        for outcome, box in self.boxes.items():
            label = self.taxonomy.label("outcome", outcome, language)
            box.setText(label)
            box.setAccessibleName(label)
            self.phones[outcome].setAccessibleName(self.tr("Phone numbers for this referral"))
        index = max(0, self.follow_up_due.currentIndex())
        self.follow_up_due.blockSignals(True)
        self.follow_up_due.clear()
        self.follow_up_due.addItems(
            [self.tr("tomorrow"), self.tr("in 3 days"), self.tr("in a week")]
        )
        self.follow_up_due.setCurrentIndex(index)
        self.follow_up_due.blockSignals(False)
        self.follow_up_label.setText(self.tr("Follow-up task for you, due"))
        self.follow_up_due.setAccessibleName(self.tr("Follow-up task for you, due"))
        self._show_directory(language)
        if self.refusal_source is not None:
            self.refusal.setText(core_text(self.refusal_source))
