"""Follow-up tasks: due dates and assignees, overdue ones standing out; a task is
closed by recording it done, and the report to the Commission on Minors' Affairs
only with a note of how it was made."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hotline.i18n import QT_TRANSLATE_NOOP
from hotline.records import utcnow
from hotline.services import review
from hotline.services.review import TaskLine
from hotline.ui import page_parts as parts
from hotline.ui import palette, vocabulary
from hotline.ui.i18n import Retranslatable
from hotline.ui.problems import NOTHING_CHANGED, error_text
from hotline.ui.supervisor import labels
from hotline.ui.worker import DbWorker

OVERDUE = QColor(palette.OVERDUE_ROW)
HEADERS = (
    QT_TRANSLATE_NOOP("TasksPage", "Due"),
    QT_TRANSLATE_NOOP("TasksPage", "Task"),
    QT_TRANSLATE_NOOP("TasksPage", "Call of"),
    QT_TRANSLATE_NOOP("TasksPage", "Assignee"),
    QT_TRANSLATE_NOOP("TasksPage", "Status"),
    QT_TRANSLATE_NOOP("TasksPage", "Note"),
)


class TasksPage(Retranslatable, QWidget):
    openCall = Signal(object)  # a call id: 63 bits on a centre, past a C int

    def __init__(self, worker: DbWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.lines: list[TaskLine] = []
        self.show_status = QComboBox(self)
        self.refresh_button = QPushButton(self)
        self.summary = QLabel(self)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.table = parts.list_table(self, len(HEADERS), (150, 330, 130, 110, 110))
        self.note = QLineEdit(self)
        self.done_button = QPushButton(self)
        self.message = QLabel(self)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)

        top = QHBoxLayout()
        top.addWidget(self.show_status)
        top.addWidget(self.refresh_button)
        top.addStretch(1)
        top.addWidget(self.summary)
        bottom = QHBoxLayout()
        bottom.addWidget(self.note, 1)
        bottom.addWidget(self.done_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        layout.addWidget(self.message)

        self.retranslate()
        self.show_status.currentIndexChanged.connect(lambda _i: self.refresh())
        self.refresh_button.clicked.connect(self.refresh)
        self.done_button.clicked.connect(self.record_done)
        self.note.returnPressed.connect(self.record_done)
        self.table.itemSelectionChanged.connect(self._selected)
        self.table.cellDoubleClicked.connect(self._open)
        self.refresh()

    def retranslate(self) -> None:
        current = self.show_status.currentData() if self.show_status.count() else "open"
        self.show_status.blockSignals(True)
        self.show_status.clear()
        for key, text in (
            ("open", self.tr("Open tasks")),
            ("done", self.tr("Done")),
            (None, self.tr("All tasks")),
        ):
            self.show_status.addItem(text, key)
        self.show_status.setCurrentIndex(max(self.show_status.findData(current), 0))
        self.show_status.blockSignals(False)
        self.refresh_button.setText(self.tr("Refresh"))
        self.table.setHorizontalHeaderLabels([self.tr(h) for h in HEADERS])
        self.note.setPlaceholderText(
            self.tr("How it was done: date, reference, to whom (required for the minors' report)")
        )
        self.done_button.setText(self.tr("Record as done"))
        self._fill()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()

    # --- data -------------------------------------------------------------------------
    def refresh(self) -> None:
        self.worker.call(
            review.tasks,
            self.show_status.currentData(),
            on_done=self._got,
            on_error=self._failed,
        )

    def _got(self, lines: list[TaskLine]) -> None:
        self.lines = lines
        self._fill()

    def _failed(self, exc: BaseException) -> None:
        self.message.setText(error_text(exc, NOTHING_CHANGED))

    def _fill(self) -> None:
        now = utcnow()
        self.table.setRowCount(len(self.lines))
        overdue = 0
        bold = QFont()
        bold.setBold(True)
        for row, line in enumerate(self.lines):
            late = line.overdue(now)
            overdue += late
            due_at = line.effective_due
            due = labels.when(due_at) if due_at else self.tr("no date")
            if late:
                due = self.tr("OVERDUE {date}").format(date=due)
            status = (
                self.tr("done {date}").format(date=labels.day(line.done_at))
                if (line.status == "done")
                else self.tr("open")
            )
            cells = (
                due,
                vocabulary.task_kind(line.kind),
                labels.when(line.call_started_at),
                line.assignee or self.tr("anyone"),
                status,
                line.note,
            )
            if line.seal is not None:  # closed by the sealing: its note is the decision
                cells = ("", cells[1], "", cells[3], status, vocabulary.seal_text(line.seal))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, line.id)
                if late:
                    item.setBackground(QBrush(OVERDUE))
                    if column == 0:
                        item.setFont(bold)
                self.table.setItem(row, column, item)
        self.summary.setText(
            self.tr("%n task(s)", "", len(self.lines)) + ", " + self.tr("%n overdue", "", overdue)
        )
        self._selected()

    def selected_line(self) -> TaskLine | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows:
            return None
        row = rows[0].row()
        return self.lines[row] if 0 <= row < len(self.lines) else None

    def _selected(self) -> None:
        line = self.selected_line()
        self.done_button.setEnabled(line is not None and line.status == "open")

    def _open(self, row: int, _column: int) -> None:
        if 0 <= row < len(self.lines) and self.lines[row].call_id is not None:
            self.openCall.emit(int(self.lines[row].call_id or 0))

    def select_task(self, task_id: int) -> None:
        for row, line in enumerate(self.lines):
            if line.id == task_id:
                self.table.selectRow(row)
                return

    def record_done(self) -> None:
        line = self.selected_line()
        if line is None:
            return
        self.worker.call(
            review.close_task,
            line.id,
            self.note.text(),
            on_done=self._closed,
            on_error=self._failed,
        )

    def _closed(self, _result: object) -> None:
        self.note.clear()
        self.message.setText(self.tr("The task is recorded as done."))
        self.refresh()
