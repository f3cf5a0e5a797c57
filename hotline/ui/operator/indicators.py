"""The indicators checklist: collapsible, grouped, with a live summary and the
possible-victim suggestion (the operator sets the flag; nothing is set for them)."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCheckBox, QGridLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from hotline.records import CallRecord
from hotline.taxonomy import Taxonomy
from hotline.ui import i18n, palette
from hotline.ui.i18n import Retranslatable
from hotline.validation import indicator_summary, suggests_possible_victim

_EPOCH = datetime(2000, 1, 1, tzinfo=UTC)


class IndicatorChecklist(Retranslatable, QWidget):
    changed = Signal()

    def __init__(self, taxonomy: Taxonomy, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.taxonomy = taxonomy
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.toggle = QToolButton(self)
        self.toggle.setCheckable(True)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.toggle.toggled.connect(self.set_expanded)
        self.summary = QLabel(self)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        self.suggestion = QLabel(self)
        self.suggestion.setTextFormat(Qt.TextFormat.PlainText)
        self.suggestion.setWordWrap(True)
        self.suggestion.setStyleSheet(palette.SMALL_INFO_BANNER)
        self.suggestion.hide()
        layout.addWidget(self.toggle)
        layout.addWidget(self.summary)
        layout.addWidget(self.suggestion)
        self.body = QWidget(self)
        grid = QGridLayout(self.body)
        grid.setContentsMargins(16, 0, 0, 0)
        self.group_labels: dict[str, QLabel] = {}
        self.boxes: dict[str, QCheckBox] = {}
        row = 0
        groups = [g.id for g in taxonomy["indicator_group"].items]
        by_group: dict[str, list[str]] = {g: [] for g in groups}
        for item in taxonomy["indicator"].items:
            by_group.setdefault(str(item.extra.get("group", "")), []).append(item.id)
        for group, ids in by_group.items():
            if not ids:
                continue
            title = QLabel(self.body)
            title.setTextFormat(Qt.TextFormat.PlainText)
            title.setStyleSheet(palette.HEADING)
            self.group_labels[group] = title
            grid.addWidget(title, row, 0, 1, 2)
            row += 1
            for n, indicator in enumerate(ids):
                box = QCheckBox(self.body)
                box.toggled.connect(self._changed)
                self.boxes[indicator] = box
                grid.addWidget(box, row + n, 0)
            row += len(ids)
        layout.addWidget(self.body)
        self.set_expanded(False)
        self.retranslate()

    def tab_widgets(self) -> list[QWidget]:
        return [self.toggle, *self.boxes.values()]

    def set_expanded(self, on: bool) -> None:
        self.body.setVisible(on)
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if on else Qt.ArrowType.RightArrow)
        if self.toggle.isChecked() != on:
            self.toggle.setChecked(on)

    def indicators(self) -> tuple[str, ...]:
        return tuple(i for i, box in self.boxes.items() if box.isChecked())

    def set_indicators(self, ticked: tuple[str, ...]) -> None:
        for indicator, box in self.boxes.items():
            box.blockSignals(True)
            box.setChecked(indicator in ticked)
            box.blockSignals(False)
        if ticked:
            self.set_expanded(True)
        self._update_summary()

    def suggests_victim(self) -> bool:
        record = CallRecord(started_at=_EPOCH, operator_id=0, indicators=self.indicators())
        return suggests_possible_victim(record, self.taxonomy)

    def _changed(self) -> None:
        self._update_summary()
        self.changed.emit()

    def _update_summary(self) -> None:
        record = CallRecord(started_at=_EPOCH, operator_id=0, indicators=self.indicators())
        counts = indicator_summary(record, self.taxonomy)
        if not any(counts.values()):
            self.summary.setText(self.tr("No indicators ticked."))
        else:
            self.summary.setText(
                self.tr("%1 strong, %2 medium, %3 weak indicators")
                .replace("%1", str(counts["strong"]))
                .replace("%2", str(counts["medium"]))
                .replace("%3", str(counts["weak"]))
            )
        self.suggestion.setVisible(suggests_possible_victim(record, self.taxonomy))

    def retranslate(self) -> None:
        language = i18n.current()
        self.toggle.setText(self.tr("Indicators of trafficking (screening checklist)"))
        self.toggle.setAccessibleName(self.tr("Show or hide the indicators checklist"))
        self.suggestion.setText(
            self.tr(
                "These indicators suggest a possible victim of trafficking. Tick the"
                ' "possible victim" flag below if you agree.'
            )
        )
        for group, label in self.group_labels.items():
            text = (
                self.taxonomy.label("indicator_group", group, language)
                if group in self.taxonomy["indicator_group"]
                else group
            )
            label.setText(text)
        for indicator, box in self.boxes.items():
            item = self.taxonomy["indicator"].get(indicator)
            strength = str(item.extra.get("strength", "weak"))
            mark = {"strong": self.tr("strong"), "medium": self.tr("medium")}.get(
                strength, self.tr("weak")
            )
            box.setText(f"{item.label(language)} ({mark})")
            box.setAccessibleName(item.label(language))
        self._update_summary()
