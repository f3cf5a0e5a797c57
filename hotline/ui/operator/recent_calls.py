"""The operator's own calls of the last 24 hours (for call-backs and corrections),
and the coded summary of a returning caller's earlier calls."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hotline.records import CallRecord
from hotline.services.calls import CallSummary
from hotline.taxonomy import Taxonomy
from hotline.ui import palette, vocabulary
from hotline.ui.common import code_label
from hotline.ui.i18n import Retranslatable


def local_time(record_time: object) -> str:
    from datetime import datetime

    if isinstance(record_time, datetime):
        return record_time.astimezone().strftime("%d.%m %H:%M")
    return ""


class RecentCalls(Retranslatable, QWidget):
    """`correct(call_id)` asks the page to load that call into the form."""

    correct = Signal(object)  # a call id: 63 bits on a centre, no C int holds it

    def __init__(self, taxonomy: Taxonomy, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.taxonomy = taxonomy
        self.records: list[CallRecord] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.title = QLabel(self)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setStyleSheet(palette.BOLD)
        layout.addWidget(self.title)
        # Two columns of two lines each, wrapped to the side panel's width: four columns of
        # one line did not fit its 334 px in az and ru and scrolled sideways.
        self.table = QTableWidget(0, 2, self)
        self.table.setWordWrap(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        # rows sized when the list is read or a row is added, not at every paint:
        # ResizeToContents measured every row each time the list changed, after Ctrl+S
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.itemSelectionChanged.connect(self._selection)
        self.table.doubleClicked.connect(lambda _i: self._correct())
        layout.addWidget(self.table, 1)
        self.correct_button = QPushButton(self)
        self.correct_button.setEnabled(False)
        self.correct_button.clicked.connect(self._correct)
        layout.addWidget(self.correct_button)
        self.retranslate()

    def set_records(self, records: list[CallRecord]) -> None:
        self.records = [r for r in records if r.has_content]
        self._fill()

    def show_saved(self, record: CallRecord) -> None:
        """A call just saved, at the top (below the returned ones) until the list is read
        back from the desk: one row inserted, the others left as they are."""
        if record.has_content and all(r.id != record.id for r in self.records):
            row = sum(1 for r in self.records if r.review_state == "returned")
            self.records.insert(row, record)
            self.table.insertRow(row)
            self._set_row(row, record)
            self.table.resizeRowToContents(row)
            self._selection()

    def _cells(self, record: CallRecord) -> list[str]:
        if record.seal is not None:  # the decision, and nothing else of the call
            return ["", vocabulary.seal_text(record.seal)]
        who = record.caller_pseudonym or ""
        if record.do_not_call_back:
            who += " — " + self.tr("DO NOT CALL BACK")
        if record.review_state == "reviewed":
            state = self.tr("reviewed")
        elif record.review_state == "returned":
            state = self.tr("RETURNED: correct it")
        else:
            state = self.tr("can be corrected")
        topic = code_label(self.taxonomy, "topic", record.primary_topic)
        return [f"{local_time(record.started_at)}\n{who}", f"{topic}\n{state}"]

    def _set_row(self, row: int, record: CallRecord) -> None:
        for column, text in enumerate(self._cells(record)):
            item = QTableWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, record.id)
            self.table.setItem(row, column, item)

    def _fill(self) -> None:
        self.table.setRowCount(len(self.records))
        for row, record in enumerate(self.records):
            self._set_row(row, record)
        self.table.resizeRowsToContents()
        self._selection()

    def _selected(self) -> CallRecord | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.records[rows[0].row()]

    def _selection(self) -> None:
        record = self._selected()
        self.correct_button.setEnabled(
            record is not None and record.review_state != "reviewed" and record.seal is None
        )

    def _correct(self) -> None:
        record = self._selected()
        if (
            record is not None
            and record.id is not None
            and record.review_state != "reviewed"
            and record.seal is None
        ):
            self.correct.emit(record.id)

    def record(self, call_id: int) -> CallRecord | None:
        return next((r for r in self.records if r.id == call_id), None)

    def retranslate(self) -> None:
        self.title.setText(self.tr("My calls, last 24 hours"))
        self.table.setHorizontalHeaderLabels([self.tr("Call"), self.tr("Topic and state")])
        self.table.setAccessibleName(self.tr("My calls of the last 24 hours"))
        self.correct_button.setText(self.tr("Correct the selected call"))
        self.correct_button.setAccessibleName(self.correct_button.text())
        self._fill()


class CallerHistory(Retranslatable, QWidget):
    """The coded summary of a returning caller's earlier calls (notes only if allowed)."""

    def __init__(self, taxonomy: Taxonomy, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.taxonomy = taxonomy
        self.summaries: list[CallSummary] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.title = QLabel(self)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setStyleSheet(palette.BOLD)
        self.body = QLabel(self)
        self.body.setTextFormat(Qt.TextFormat.PlainText)
        self.body.setWordWrap(True)
        self.body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.title)
        layout.addWidget(self.body)
        self.hide()
        self.retranslate()

    def set_summaries(self, summaries: list[CallSummary]) -> None:
        self.summaries = summaries
        self.setVisible(bool(summaries))
        self._fill()

    def _fill(self) -> None:
        outcome_word, notes_word = self.tr("Outcome"), self.tr("Notes")
        lines = []
        for s in self.summaries:
            if s.seal is not None:
                lines.append(f"• {vocabulary.seal_text(s.seal)}")
                continue
            topics = ", ".join(
                code_label(self.taxonomy, "topic", t) + (" ★" if t == s.primary_topic else "")
                for t in s.topics
            )
            outcomes = "; ".join(code_label(self.taxonomy, "outcome", o) for o in s.outcomes)
            flags = [
                text
                for on, text in (
                    (s.child_involved, self.tr("child involved")),
                    (s.immediate_danger, self.tr("immediate danger")),
                    (s.possible_victim, self.tr("possible victim")),
                    (s.do_not_call_back, self.tr("DO NOT CALL BACK")),
                    (
                        s.relative_involved,
                        self.tr(
                            "a relative may be involved: tell a relative nothing of what was done"
                        ),
                    ),
                )
                if on
            ]
            line = f"• {local_time(s.started_at)} — {topics}"
            if outcomes:
                line += f"\n   {outcome_word}: {outcomes}"
            if flags:
                line += f"\n   {', '.join(flags)}"
            if s.notes:
                line += f"\n   {notes_word}: {s.notes}"
            lines.append(line)
        self.body.setText("\n".join(lines))

    def retranslate(self) -> None:
        self.title.setText(self.tr("Earlier calls of this caller (coded summary)"))
        self.body.setAccessibleName(self.title.text())
        self._fill()
