"""The operator's own open tasks: the reports on a child (to the Commission on Minors'
Affairs and to the guardianship authority) stay here until recorded as done."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hotline.records import Task
from hotline.ui import palette, vocabulary
from hotline.ui.i18n import Retranslatable
from hotline.ui.operator.recent_calls import local_time


class MyTasks(Retranslatable, QWidget):
    """Emits `done(task_id, note)`; the page records it through the worker."""

    done = Signal(int, str)

    def __init__(self, user_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.user_id = user_id
        self.tasks: list[Task] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.title = QLabel(self)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setStyleSheet(palette.BOLD)
        layout.addWidget(self.title)
        self.list = QListWidget(self)
        self.list.setMaximumHeight(120)
        # a task's whole text in the side panel's width: cut at about 334 px in az (issue 16)
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.list.currentRowChanged.connect(lambda _r: self._selection())
        layout.addWidget(self.list)
        self.note = QLineEdit(self)
        layout.addWidget(self.note)
        self.button = QPushButton(self)
        self.button.clicked.connect(self._done)
        layout.addWidget(self.button)
        self.hint = QLabel(self)
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet(palette.HINT)
        layout.addWidget(self.hint)
        self.retranslate()

    def set_tasks(self, tasks: list[Task]) -> None:
        self.tasks = list(tasks)
        self._fill()
        self.setVisible(bool(self.tasks))

    def _fill(self) -> None:
        self.list.clear()
        for task in self.tasks:
            kind = vocabulary.task_kind(task.kind)
            when = local_time(task.due_at) if task.due_at else ""
            due = self.tr("due %1").replace("%1", when)
            text = f"{kind} — {due}" if when else kind
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, task.id)
            self.list.addItem(item)
        self.title.setText(self.tr("My open tasks: %1").replace("%1", str(len(self.tasks))))
        if self.tasks:
            self.list.setCurrentRow(0)
        self._selection()

    def _selected(self) -> Task | None:
        row = self.list.currentRow()
        return self.tasks[row] if 0 <= row < len(self.tasks) else None

    def _selection(self) -> None:
        task = self._selected()
        mine = (
            task is not None and task.assignee_id is not None and task.assignee_id == self.user_id
        )
        self.button.setEnabled(mine)
        self.note.setEnabled(mine)
        self.hint.setVisible(task is not None and not mine)

    def _done(self) -> None:
        task = self._selected()
        if task is not None:
            self.done.emit(task.id, self.note.text())

    def clear_note(self) -> None:
        self.note.clear()

    def retranslate(self) -> None:
        self.list.setAccessibleName(self.tr("My open tasks"))
        self.note.setPlaceholderText(self.tr("How it was done: date, reference, to whom"))
        self.note.setAccessibleName(self.tr("How the task was done"))
        self.button.setText(self.tr("Record as done"))
        self.button.setAccessibleName(self.tr("Record the selected task as done"))
        self.hint.setText(
            self.tr(
                "Not assigned to you yet: a supervisor records it as done (or assigns it to you)."
            )
        )
        self._fill()
