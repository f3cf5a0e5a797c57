"""Outcome and referrals, with the referral directory's phone numbers at hand,
and the police-referral rule made visible."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCheckBox, QGridLayout, QLabel, QVBoxLayout, QWidget

from hotline import resources
from hotline.taxonomy import Taxonomy
from hotline.ui import i18n
from hotline.ui.i18n import Retranslatable


def load_directory() -> list[dict[str, Any]]:
    """Entries of resources/referrals.json; an empty list when the file is absent."""
    try:
        data = resources.load_json("referrals.json")
    except (OSError, ValueError):
        return []
    if isinstance(data, dict):
        for key in ("entries", "referrals", "organisations", "directory"):
            if isinstance(data.get(key), list):
                return [e for e in data[key] if isinstance(e, dict)]
        return [dict(v, id=k) for k, v in data.items() if isinstance(v, dict)]
    return [e for e in data if isinstance(e, dict)] if isinstance(data, list) else []


def _text(value: Any, language: str) -> str:
    if isinstance(value, dict):
        return str(value.get(language) or value.get("en") or next(iter(value.values()), ""))
    return "" if value is None else str(value)


def phones_for(entry: dict[str, Any], language: str) -> list[str]:
    """'duty service (+99412) 590-20-49' style strings for one directory entry."""
    out: list[str] = []
    phones = entry.get("phones") or entry.get("phone") or []
    if isinstance(phones, (str, dict)):
        phones = [phones]
    for phone in phones:
        if isinstance(phone, dict):
            label = _text(phone.get("label") or phone.get("kind"), language)
            number = str(phone.get("number") or phone.get("value") or "")
            out.append(f"{label} {number}".strip())
        else:
            out.append(str(phone))
    hotline = entry.get("hotline")
    if hotline and str(hotline) not in " ".join(out):
        out.append(str(hotline))
    return out


def entries_by_outcome(directory: list[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    found: dict[str, list[dict[str, Any]]] = {}
    for entry in directory:
        outcomes = entry.get("outcomes") or entry.get("outcome") or []
        if isinstance(outcomes, str):
            outcomes = [outcomes]
        for outcome in outcomes:
            found.setdefault(str(outcome), []).append(entry)
    return found


class Outcomes(Retranslatable, QWidget):
    changed = Signal()

    def __init__(self, taxonomy: Taxonomy, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.taxonomy = taxonomy
        self.directory = entries_by_outcome(load_directory())
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
            numbers = [p for e in entries for p in phones_for(e, language)]
            if entries and not numbers:
                numbers = [self.tr("no verified number entered yet")]
            self.phones[outcome].setText("  ·  ".join(numbers[:3]))
            self.phones[outcome].setToolTip(
                "\n\n".join(
                    "\n".join(
                        t
                        for t in (
                            _text(e.get("name"), language),
                            _text(e.get("address"), language),
                            _text(e.get("note"), language),
                            _text(e.get("web"), language),
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
