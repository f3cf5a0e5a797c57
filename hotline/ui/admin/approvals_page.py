"""Four eyes in the window: the requests for grave acts, approved by a second person
signed in as themselves, and carried out by their requester."""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QLabel,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hotline.i18n import QT_TRANSLATE_NOOP
from hotline.permissions import Role
from hotline.services import approvals_view
from hotline.services.approvals import RULES, STATE_LABELS, GraveAct, Overview, Request, State
from hotline.ui import page_parts as parts
from hotline.ui import palette
from hotline.ui.admin.users_page import role_names
from hotline.ui.common import translate
from hotline.ui.i18n import Retranslatable
from hotline.ui.problems import NOTHING_CHANGED, core_text, error_text
from hotline.ui.supervisor.labels import when
from hotline.ui.worker import DbWorker

COLUMN_WIDTHS = (60, 430, 130, 150, 250, 180)  # the least each column is given
HEADER_PADDING = 24  # a header's text margins and its sort arrow
HEADERS = (
    QT_TRANSLATE_NOOP("ApprovalsPage", "No."),
    QT_TRANSLATE_NOOP("ApprovalsPage", "What"),
    QT_TRANSLATE_NOOP("ApprovalsPage", "Asked by"),
    QT_TRANSLATE_NOOP("ApprovalsPage", "Asked at"),
    QT_TRANSLATE_NOOP("ApprovalsPage", "State"),
    QT_TRANSLATE_NOOP("ApprovalsPage", "Approved or refused by"),
)


class ApprovalsPage(Retranslatable, QWidget):
    def __init__(self, worker: DbWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.seen: Overview | None = None
        self.rows: list[Request] = []
        self.heading = QLabel(self)
        self.heading.setStyleSheet(palette.HEADING)
        self.explain = parts.message_label(self, palette.HINT)
        # the request's words take the room left; the others as wide as their header
        self.table = parts.list_table(self, len(HEADERS), COLUMN_WIDTHS, stretch=1)
        self.approve_button = QPushButton(self)
        self.refuse_button = QPushButton(self)
        self.withdraw_button = QPushButton(self)
        self.carry_button = QPushButton(self)
        self.refresh_button = QPushButton(self)
        self.message = parts.message_label(self, shown=False)
        buttons = parts.row(
            self.approve_button,
            self.refuse_button,
            self.withdraw_button,
            self.carry_button,
            parts.STRETCH,
            self.refresh_button,
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.explain)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        self.approve_button.clicked.connect(lambda: self._decide(approvals_view.approve))
        self.refuse_button.clicked.connect(lambda: self._decide(approvals_view.refuse))
        self.withdraw_button.clicked.connect(lambda: self._decide(approvals_view.withdraw))
        # a centre's requests: approved or left to expire, not refused nor withdrawn yet
        session = worker.session
        self.on_centre = session is not None and approvals_view.on_centre(session)
        for button in (self.refuse_button, self.withdraw_button):
            button.setVisible(not self.on_centre)
        self.carry_button.clicked.connect(self.carry_out)
        self.refresh_button.clicked.connect(self.refresh)
        self.table.itemSelectionChanged.connect(self._selected)
        self.retranslate()
        self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()

    def refresh(self) -> None:
        self.worker.call(approvals_view.overview, on_done=self._show, on_error=self._failed)

    def _show(self, seen: Overview) -> None:
        chosen = self.selected()
        self.seen = seen
        self.rows = seen.requests
        self._fill()
        for row, found in enumerate(self.rows):
            if chosen is not None and found.id == chosen.id:
                self.table.selectRow(row)

    def describe(self, found: Request) -> str:
        """The request in words: what would happen, to whom."""
        names = self.seen.names if self.seen else {}
        if found.act == GraveAct.CHANGE_ROLES:
            user_id = int(found.params.get("user_id", 0))
            roles = frozenset(Role(r) for r in found.params.get("roles", ()))
            return (
                self.tr("Change the roles of %1 to: %2")
                .replace("%1", names.get(user_id, f"#{user_id}"))
                .replace("%2", role_names(roles))
            )
        details = ", ".join(f"{k}: {v}" for k, v in sorted(found.params.items()))
        label = translate("approvals", RULES[found.act].label)
        return f"{label[:1].upper()}{label[1:]}" + (f" ({details})" if details else "")

    def _who(self, user_id: int | None) -> str:
        if user_id is None:
            return self.tr("the recovery code")
        return (self.seen.names if self.seen else {}).get(user_id, f"#{user_id}")

    def _fill(self) -> None:
        self.table.setRowCount(len(self.rows))
        for row, found in enumerate(self.rows):
            values = (
                str(found.id),
                self.describe(found),
                self._who(found.requested_by),
                when(found.requested_at),
                core_text(STATE_LABELS[found.state]),
                self._who(found.decided_by) if found.decided_at else "",
            )
            for column, text in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self._selected()

    def selected(self) -> Request | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.rows):
            return None
        return self.rows[rows[0].row()]

    def _selected(self) -> None:
        found = self.selected()
        mine = found is not None and self.seen is not None and found.requested_by == self.seen.me
        may = found is not None and self.seen is not None and found.id in self.seen.may_approve
        self.approve_button.setEnabled(may)
        self.refuse_button.setEnabled(may)
        self.withdraw_button.setEnabled(
            mine and found is not None and found.state in (State.PENDING, State.APPROVED)
        )
        self.carry_button.setEnabled(
            mine
            and found is not None
            and found.state == State.APPROVED
            and found.act == GraveAct.CHANGE_ROLES
        )

    def _say(self, text: parts.Said, good: bool = True) -> None:
        """Said again in the new language at a switch where `text` is a function."""
        self.message.say(text, palette.GOOD_BANNER if good else palette.BAD_BANNER)

    def _failed(self, exc: BaseException) -> None:
        self._say(lambda: error_text(exc, NOTHING_CHANGED), good=False)

    def _decide(self, step: object) -> None:
        found = self.selected()
        if found is None or not callable(step):
            return
        self.worker.call(step, found.id, on_done=self._decided, on_error=self._failed)

    def _decided(self, found: Request) -> None:
        self._say(
            lambda: (
                self.tr("Request %1: %2.")
                .replace("%1", str(found.id))
                .replace("%2", core_text(STATE_LABELS[found.state]))
            )
        )
        self.refresh()

    def carry_out(self) -> None:
        found = self.selected()
        if found is None:
            return
        self.worker.call(
            approvals_view.carry_out,
            found.id,
            on_done=lambda name: self._carried(found.id, name),
            on_error=self._failed,
        )

    def _carried(self, request_id: int, name: str) -> None:
        self._say(
            lambda: (
                self.tr("Request %1 was carried out: the roles of %2 were changed.")
                .replace("%1", str(request_id))
                .replace("%2", name)
            )
        )
        self.refresh()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Requests for a second person's approval"))
        self.explain.setText(
            self.tr(
                "Changing roles, an export for partners and sealing need two people: one "
                "asks, another administrator or a supervisor approves here, signed in as "
                "themselves, and the one who asked carries it out within 24 hours. Nobody "
                "approves their own request."
            )
        )
        self.table.setHorizontalHeaderLabels([self.tr(h) for h in HEADERS])
        metrics = self.table.horizontalHeader().fontMetrics()
        for column, width in enumerate(COLUMN_WIDTHS):
            need = metrics.horizontalAdvance(self.tr(HEADERS[column])) + HEADER_PADDING
            if column != 1:
                self.table.setColumnWidth(column, max(width, need))
        self.approve_button.setText(self.tr("Approve"))
        self.refuse_button.setText(self.tr("Refuse"))
        self.withdraw_button.setText(self.tr("Withdraw my request"))
        self.carry_button.setText(self.tr("Carry it out"))
        self.refresh_button.setText(self.tr("Refresh"))
        self._fill()
