"""The administrator's Workstations page, on a centre: the workstations enrolled on its
server (when each joined, when it was last seen: a sign-in there), and removing one,
after a confirmation, as ``hotline server workstations remove N`` does
(services/workstations_view.py): its login can no longer connect, the removal is in
the centre's signed chain. The workstation this session runs on is marked and is not
removed from itself.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QShowEvent
from PySide6.QtWidgets import (
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hotline.i18n import QT_TRANSLATE_NOOP
from hotline.services import workstations_view
from hotline.services.workstations_view import WorkstationLine
from hotline.ui import page_parts as parts
from hotline.ui import palette
from hotline.ui.i18n import Retranslatable
from hotline.ui.problems import NOTHING_CHANGED, error_text
from hotline.ui.supervisor.labels import when
from hotline.ui.worker import DbWorker

MUTED = QBrush(QColor(palette.MUTED_INK))
HEADERS = (
    QT_TRANSLATE_NOOP("WorkstationsPage", "No."),
    QT_TRANSLATE_NOOP("WorkstationsPage", "Workstation"),
    QT_TRANSLATE_NOOP("WorkstationsPage", "Enrolled"),
    QT_TRANSLATE_NOOP("WorkstationsPage", "Last seen"),
    QT_TRANSLATE_NOOP("WorkstationsPage", "State"),
)


class WorkstationsPage(Retranslatable, QWidget):
    def __init__(self, worker: DbWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.lines: list[WorkstationLine] = []
        self.heading = QLabel(self)
        self.heading.setStyleSheet(palette.HEADING)
        self.hint = parts.message_label(self, palette.HINT)
        self.table = parts.list_table(self, len(HEADERS), (60, 260, 170, 170))
        self.remove_button = QPushButton(self)
        self.refresh_button = QPushButton(self)
        self.message = parts.message_label(self, shown=False)  # follows a language switch
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.hint)
        layout.addWidget(self.table, 1)
        layout.addLayout(parts.row(self.remove_button, parts.STRETCH, self.refresh_button))
        layout.addWidget(self.message)
        self.remove_button.clicked.connect(self.remove)
        self.refresh_button.clicked.connect(self.refresh)
        self.table.itemSelectionChanged.connect(self._selected)
        self.confirm_box: QMessageBox | None = None
        self.retranslate()
        self._selected()
        self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()

    # --- data ------------------------------------------------------------------------
    def refresh(self) -> None:
        self.worker.call(
            workstations_view.workstation_lines, on_done=self._show, on_error=self._failed
        )

    def _show(self, lines: list[WorkstationLine]) -> None:
        chosen = self.selected_line()
        self.lines = lines
        self._fill()
        if chosen is not None:
            self.select(chosen.workstation.number)

    def _state(self, line: WorkstationLine) -> str:
        found = line.workstation
        if found.removed_at is not None:
            return self.tr("removed on %1").replace("%1", when(found.removed_at))
        if not found.can_login:
            return self.tr("cannot connect")
        if line.this_one:
            return self.tr("in use; the one you are signed in on")
        return self.tr("in use")

    def _fill(self) -> None:
        self.table.setRowCount(len(self.lines))
        for row, line in enumerate(self.lines):
            found = line.workstation
            values = (
                str(found.number),
                found.login,
                when(found.enrolled_at),
                when(found.last_seen) or self.tr("not yet recorded"),
                self._state(line),
            )
            for column, text in enumerate(values):
                item = QTableWidgetItem(text)
                if found.removed_at is not None:
                    item.setForeground(MUTED)
                self.table.setItem(row, column, item)
        self._selected()

    def selected_line(self) -> WorkstationLine | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.lines):
            return None
        return self.lines[rows[0].row()]

    def select(self, number: int) -> None:
        for row, line in enumerate(self.lines):
            if line.workstation.number == number:
                self.table.selectRow(row)
                return

    def _selected(self) -> None:
        line = self.selected_line()
        self.remove_button.setEnabled(
            line is not None and line.workstation.removed_at is None and not line.this_one
        )

    # --- acts --------------------------------------------------------------------------
    def _failed(self, exc: BaseException) -> None:
        self.message.say(lambda: error_text(exc, NOTHING_CHANGED), palette.BAD_BANNER)

    def remove(self) -> None:
        line = self.selected_line()
        if line is None or line.this_one or line.workstation.removed_at is not None:
            return
        number, login = line.workstation.number, line.workstation.login
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setWindowTitle(self.tr("Remove workstation %1").replace("%1", str(number)))
        box.setText(
            self.tr(
                "Remove workstation %1 (%2)? Its login on the centre's server can no longer "
                "connect: nobody can sign in there any more. What was recorded there stays "
                "on the server. To use that computer again, it joins the centre anew with "
                "a one-time code."
            )
            .replace("%1", str(number))
            .replace("%2", login)
        )
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.accepted.connect(lambda: self._remove(number))
        self.confirm_box = box
        box.open()

    def _remove(self, number: int) -> None:
        self.worker.call(
            workstations_view.remove,
            number,
            on_done=lambda login: self._removed(number, login),
            on_error=self._failed,
        )

    def _removed(self, number: int, login: str) -> None:
        self.message.say(
            lambda: (
                self.tr("Workstation %1 (%2) was removed: nobody can sign in there any more.")
                .replace("%1", str(number))
                .replace("%2", login)
            ),
            palette.GOOD_BANNER,
        )
        self.refresh()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Workstations of the centre"))
        self.hint.setText(
            self.tr(
                "The computers enrolled on the centre's server, and when each was last "
                "seen (a sign-in there). Remove one that is lost, stolen or given away: "
                "its login can no longer connect. The one you are signed in on is removed "
                "from another administrator's workstation."
            )
        )
        self.table.setHorizontalHeaderLabels([self.tr(h) for h in HEADERS])
        self.remove_button.setText(self.tr("Remove…"))
        self.refresh_button.setText(self.tr("Refresh"))
        self._fill()
