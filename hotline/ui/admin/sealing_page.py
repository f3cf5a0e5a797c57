"""The Sealing page (administrators): find what a decision names, preview it, record the
decision, have it approved by a second person, seal with progress, and see which backups
were sealed and which still hold the data; the retention setting and the legal holds.

Every step runs on the database worker (hotline.services.sealing). At an
administrator's sign-in the page starts the scheduled work: a cut sealing is
finished and retention runs; the page says what it did and what is due within
the week.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hotline.errors import DeskError
from hotline.services import seal_copies, sealing, sealing_view
from hotline.services.approvals import Request, State
from hotline.ui import page_parts as parts
from hotline.ui import vocabulary
from hotline.ui.common import code_label
from hotline.ui.i18n import Retranslatable
from hotline.ui.problems import NOTHING_CHANGED, error_text
from hotline.ui.progress_run import ProgressRun
from hotline.ui.supervisor import labels
from hotline.ui.worker import DbWorker

TARGETS = (sealing.BY_PSEUDONYM, sealing.BY_CALL, sealing.BY_CONCERNED)
# On a centre (services/sealing_view.py): calls by number or pseudonym, holds on a call.
CENTRE_TARGETS = (sealing.BY_PSEUDONYM, sealing.BY_CALL)
PREVIEW_COLUMNS = 8


def _fit(table: QTableWidget) -> None:
    """Each column as wide as its contents and never narrower than its header's text."""
    table.resizeColumnsToContents()
    header = table.horizontalHeader()
    metrics = header.fontMetrics()
    for column in range(table.columnCount() - 1):  # the last one stretches
        item = table.horizontalHeaderItem(column)
        need = metrics.horizontalAdvance(item.text() if item else "") + 24
        if header.sectionSize(column) < need:
            header.resizeSection(column, need)


class SealingPage(Retranslatable, QWidget):
    def __init__(self, worker: DbWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.shown: sealing.SealPreview | None = None
        self.chosen_ids: list[int] = []
        self.request: Request | None = None
        self.needs_approval = True
        self.scheduled: sealing.Scheduled | None = None
        self.outcome: tuple[sealing.SealResult, list[seal_copies.CopyOutcome]] | None = None
        self.holds_list: list[sealing.Hold] = []
        session = worker.session
        self.on_centre = session is not None and sealing_view.on_centre(session)

        # --- find and preview -------------------------------------------------------
        self.find_box = QGroupBox(self)
        self.target = QComboBox(self.find_box)
        for key in CENTRE_TARGETS if self.on_centre else TARGETS:
            self.target.addItem(key, key)
        self.value = QLineEdit(self.find_box)
        self.find_button = QPushButton(self.find_box)
        find_row = QHBoxLayout(self.find_box)
        find_row.addWidget(self.target)
        find_row.addWidget(self.value, 1)
        find_row.addWidget(self.find_button)
        self.preview = QTableWidget(0, PREVIEW_COLUMNS, self)
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.preview.verticalHeader().setVisible(False)
        self.preview.horizontalHeader().setStretchLastSection(True)
        self.summary = parts.message_label(self)

        # --- the decision, the approval, the sealing --------------------------------
        self.decision_box = QGroupBox(self)
        self.body = QComboBox(self.decision_box)
        for body in sealing.BODIES:
            self.body.addItem(body, body)
        self.number = QLineEdit(self.decision_box)
        self.number.setMaxLength(sealing.MAX_NUMBER)
        self.day = QDateEdit(self.decision_box)
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("dd.MM.yyyy")
        self.day.setMaximumDate(QDate.currentDate())
        self.day.setDate(QDate.currentDate())
        self.password = QLineEdit(self.decision_box)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.form = QFormLayout(self.decision_box)
        self.body_label = QLabel(self.decision_box)
        self.number_label = QLabel(self.decision_box)
        self.day_label = QLabel(self.decision_box)
        self.password_label = QLabel(self.decision_box)
        self.form.addRow(self.body_label, self.body)
        self.form.addRow(self.number_label, self.number)
        self.form.addRow(self.day_label, self.day)
        self.form.addRow(self.password_label, self.password)
        # a centre's backups are pg_dumps on the server: no password opens them here
        self.form.setRowVisible(self.password, not self.on_centre)
        self.requests = QComboBox(self)
        self.request_button = QPushButton(self)
        self.refresh_button = QPushButton(self)
        self.seal_button = QPushButton(self)
        self.progress = QProgressBar(self)
        self.progress.setValue(0)
        self.run = ProgressRun(self.progress, self)
        self.progressed = self.run.progressed
        self.approval_state = parts.message_label(self)
        self.status = parts.message_label(self)
        self.result = QPlainTextEdit(self)
        self.result.setReadOnly(True)
        steps = parts.row(
            self.request_button,
            self.refresh_button,
            self.seal_button,
            self.progress,
            grow=self.progress,
        )

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.find_box)
        left_layout.addWidget(self.preview, 2)
        left_layout.addWidget(self.summary)
        left_layout.addWidget(self.decision_box)
        left_layout.addWidget(self.requests)
        left_layout.addLayout(steps)
        left_layout.addWidget(self.approval_state)
        left_layout.addWidget(self.status)
        left_layout.addWidget(self.result, 1)

        # --- retention and holds ---------------------------------------------------------
        self.retention_box = QGroupBox(self)
        self.years = QSpinBox(self.retention_box)
        self.years.setRange(0, sealing.MAX_RETENTION_YEARS)
        self.years_button = QPushButton(self.retention_box)
        self.run_button = QPushButton(self.retention_box)
        self.retention_state = parts.message_label(self.retention_box)
        retention_layout = QVBoxLayout(self.retention_box)
        retention_layout.addLayout(
            parts.row(self.years, self.years_button, self.run_button, parts.STRETCH)
        )
        retention_layout.addWidget(self.retention_state)
        self.holds_box = QGroupBox(self)
        self.holds = QTableWidget(0, 4, self.holds_box)
        self.holds.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.holds.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.holds.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.holds.verticalHeader().setVisible(False)
        self.holds.horizontalHeader().setStretchLastSection(True)
        self.hold_target = QComboBox(self.holds_box)
        hold_targets = (
            (sealing.BY_CALL,) if self.on_centre else (sealing.BY_PSEUDONYM, sealing.BY_CALL)
        )
        for key in hold_targets:
            self.hold_target.addItem(key, key)
        self.hold_value = QLineEdit(self.holds_box)
        self.hold_reason = QLineEdit(self.holds_box)
        self.hold_add = QPushButton(self.holds_box)
        self.hold_lift = QPushButton(self.holds_box)
        hold_layout = QVBoxLayout(self.holds_box)
        hold_layout.addWidget(self.holds, 1)
        hold_layout.addWidget(self.hold_target)
        hold_layout.addWidget(self.hold_value)
        hold_layout.addWidget(self.hold_reason)
        hold_layout.addLayout(parts.row(self.hold_add, self.hold_lift, parts.STRETCH))
        self.hold_status = parts.message_label(self.holds_box)
        hold_layout.addWidget(self.hold_status)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.retention_box)
        right_layout.addWidget(self.holds_box, 1)

        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(split)

        self.find_button.clicked.connect(self.find_calls)
        self.value.returnPressed.connect(self.find_calls)
        self.request_button.clicked.connect(self.ask_approval)
        self.refresh_button.clicked.connect(self.refresh_requests)
        self.seal_button.clicked.connect(self.seal)
        self.requests.activated.connect(self._request_chosen)
        self.years_button.clicked.connect(self.save_years)
        self.run_button.clicked.connect(self.run_retention)
        self.hold_add.clicked.connect(self.add_hold)
        self.hold_lift.clicked.connect(self.lift_hold)
        self.retranslate()
        self._update_buttons()
        # At an administrator's sign-in: finish a cut sealing, run retention.
        self.worker.call(
            sealing_view.scheduled, on_done=self._scheduled, on_error=self._retention_failed
        )
        self.refresh_requests()
        self.refresh_holds()

    # --- texts ---------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.find_box.setTitle(self.tr("1. Find what the decision names"))
        names = {
            sealing.BY_PSEUDONYM: self.tr("Pseudonym (the person and every call linked)"),
            sealing.BY_CALL: self.tr("Call number"),
            sealing.BY_CONCERNED: self.tr("Person concerned (by pseudonym)"),
        }
        for i in range(self.target.count()):
            self.target.setItemText(i, names[str(self.target.itemData(i))])
        for i in range(self.hold_target.count()):
            self.hold_target.setItemText(i, names[str(self.hold_target.itemData(i))])
        self.value.setPlaceholderText(self.tr("as written in the decision"))
        self.find_button.setText(self.tr("Find and preview"))
        self.preview.setHorizontalHeaderLabels(
            [
                self.tr("Call"),
                self.tr("Date"),
                self.tr("Topic"),
                self.tr("Texts"),
                self.tr("Identity"),
                self.tr("Entities"),
                self.tr("Open tasks"),
                self.tr("State"),
            ]
        )
        self.decision_box.setTitle(self.tr("2. The decision"))
        self.body_label.setText(self.tr("Taken by"))
        for i, body in enumerate(sealing.BODIES):
            self.body.setItemText(i, vocabulary.seal_body(body))
        self.number_label.setText(self.tr("Decision number"))
        self.number.setPlaceholderText(self.tr("the number only, nothing about the case"))
        self.day_label.setText(self.tr("Decision date"))
        self.password_label.setText(self.tr("Your password (opens the backups)"))
        self.request_button.setText(self.tr("3. Ask for approval"))
        self.refresh_button.setText(self.tr("Check approval"))
        self.seal_button.setText(self.tr("4. Seal"))
        self.retention_box.setTitle(self.tr("Retention of free text"))
        self.years.setSpecialValueText(self.tr("kept until sealed"))
        self.years.setSuffix(self.tr(" years"))
        self.years_button.setText(self.tr("Save"))
        self.run_button.setText(self.tr("Run now"))
        self.holds_box.setTitle(self.tr("Legal holds (retention passes them by)"))
        self.holds.setHorizontalHeaderLabels(
            [self.tr("Hold"), self.tr("On"), self.tr("Placed"), self.tr("Reason")]
        )
        self.hold_value.setPlaceholderText(self.tr("pseudonym or call number"))
        self.hold_reason.setPlaceholderText(self.tr("reason: the case or the request"))
        self.hold_add.setText(self.tr("Place hold"))
        self.hold_lift.setText(self.tr("Lift selected hold"))
        self._fill_preview()
        self._fill_requests()
        self._show_approval()
        self._show_retention()
        self._fill_holds()
        self._show_result()

    # --- 1. find and preview -----------------------------------------------------------
    def find_calls(self) -> None:
        by, value = str(self.target.currentData()), self.value.text()

        self.status.setText("")
        self.worker.call(
            sealing_view.find_and_preview, by, value, on_done=self._found, on_error=self._failed
        )

    def _found(self, found: tuple[list[int], sealing.SealPreview]) -> None:
        self.chosen_ids, self.shown = found
        self.request = None
        self.outcome = None
        self._fill_preview()
        self._show_approval()
        self._show_result()
        self._update_buttons()

    def _fill_preview(self) -> None:
        lines = self.shown.lines if self.shown else ()
        self.preview.setRowCount(len(lines))
        for row, line in enumerate(lines):
            topic = (
                code_label(labels.taxonomy(), "no_content", line.no_content)
                if line.no_content
                else code_label(labels.taxonomy(), "topic", line.primary_topic)
            )
            state = (
                vocabulary.seal_text(line.sealed)
                if line.sealed
                else self.tr("under a legal hold")
                if line.held
                else self.tr("to be sealed")
            )
            cells = [
                str(line.call_id),
                labels.when(line.started_at),
                topic,
                str(line.text_fields),
                str(line.vault_entries),
                str(line.entities),
                str(line.open_tasks),
                state,
            ]
            for column, text in enumerate(cells):
                self.preview.setItem(row, column, QTableWidgetItem(text))
        _fit(self.preview)
        if self.shown is None:
            self.summary.setText(
                self.tr("Nothing chosen yet. Sealing keeps the coded fields (counts stay right).")
            )
            return
        shown = self.shown
        self.summary.setText(
            self.tr(
                "{calls} calls to seal: {texts} texts, {identity} identity entries, "
                "{entities} entity values destroyed; {tasks} open tasks closed. "
                "The coded fields are kept, so published and future counts stay right."
            ).format(
                calls=len(shown.call_ids),
                texts=shown.text_fields,
                identity=shown.vault_entries,
                entities=shown.entities,
                tasks=shown.open_tasks,
            )
        )

    # --- 2-3. the decision and its approval -------------------------------------------------
    def decision(self) -> sealing.Decision:
        picked = self.day.date()
        return sealing.decision(
            str(self.body.currentData()),
            self.number.text(),
            date(picked.year(), picked.month(), picked.day()),
        )

    def _chosen(self) -> tuple[sealing.Decision, list[int]] | None:
        """The decision as typed and the calls to seal; None (said why) when it is refused."""
        try:
            chosen = self.decision()
        except DeskError as exc:
            self.status.setText(error_text(exc, NOTHING_CHANGED))
            return None
        return chosen, list(self.shown.call_ids) if self.shown else []

    def ask_approval(self) -> None:
        picked = self._chosen()
        if picked is None:
            return
        chosen, ids = picked
        self.worker.call(
            sealing_view.request_approval,
            chosen,
            ids,
            on_done=self._requested,
            on_error=self._failed,
        )

    def _requested(self, made: Request) -> None:
        self.request = made
        self.refresh_requests()

    def refresh_requests(self) -> None:
        def job(session: Any) -> tuple[bool, list[Request]]:
            return sealing_view.approval_needed(session), sealing_view.seal_requests(session)

        self.worker.call(job, on_done=self._requests_read, on_error=self._failed)

    def _requests_read(self, found: tuple[bool, list[Request]]) -> None:
        self.needs_approval, self.pending = found
        if self.request is not None:
            self.request = next((r for r in self.pending if r.id == self.request.id), None)
        self._fill_requests()
        self._show_approval()
        self._update_buttons()

    def _fill_requests(self) -> None:
        pending = getattr(self, "pending", [])
        self.requests.blockSignals(True)
        self.requests.clear()
        self.requests.addItem(self.tr("My sealing requests: choose one to carry it out"), None)
        for r in pending:
            decision_ = r.params.get("decision", {})
            self.requests.addItem(
                self.tr("Request {id}: decision {number}, {calls} calls ({state})").format(
                    id=r.id,
                    number=decision_.get("number", ""),
                    calls=len(r.params.get("calls", [])),
                    state=self._state_word(r),
                ),
                r.id,
            )
        if self.request is not None:
            self.requests.setCurrentIndex(max(self.requests.findData(self.request.id), 0))
        self.requests.setVisible(bool(pending))
        self.requests.blockSignals(False)

    def _state_word(self, r: Request) -> str:
        return (
            self.tr("approved")
            if r.state == State.APPROVED
            else self.tr("waiting for a second administrator or supervisor")
        )

    def _request_chosen(self, index: int) -> None:
        request_id = self.requests.itemData(index)
        if request_id is None:
            return
        self.request = next((r for r in self.pending if r.id == request_id), None)

        def job(session: Any) -> tuple[sealing.Decision, list[int], sealing.SealPreview]:
            chosen, ids = sealing_view.from_request(session, int(request_id))
            return chosen, ids, sealing_view.preview(session, ids)

        self.worker.call(job, on_done=self._request_loaded, on_error=self._failed)

    def _request_loaded(
        self, found: tuple[sealing.Decision, list[int], sealing.SealPreview]
    ) -> None:
        chosen, self.chosen_ids, self.shown = found
        self.body.setCurrentIndex(max(self.body.findData(chosen.body), 0))
        self.number.setText(chosen.number)
        day = chosen.decided_on
        self.day.setDate(QDate(day.year, day.month, day.day))
        self._fill_preview()
        self._show_approval()
        self._update_buttons()

    def _show_approval(self) -> None:
        if not self.needs_approval and self.on_centre:
            text = self.tr(
                "This centre has no second administrator or supervisor: the sealing is "
                "recorded as approved alone."
            )
        elif not self.needs_approval:
            text = self.tr(
                "This desk has no second administrator or supervisor: the sealing is "
                "recorded as approved alone."
            )
        elif self.request is None:
            text = self.tr(
                "A second administrator or supervisor approves the sealing in their own "
                "session (Approvals) before it can be carried out."
            )
        elif self.request.state == State.APPROVED:
            text = self.tr("Request {id} is approved: it can be sealed now.").format(
                id=self.request.id
            )
        else:
            text = self.tr(
                "Request {id} waits for a second administrator or supervisor to approve it "
                "in their own session; then choose it here and seal."
            ).format(id=self.request.id)
        self.approval_state.setText(text)

    def _update_buttons(self) -> None:
        chosen = self.shown is not None and bool(self.shown.call_ids)
        approved = self.request is not None and self.request.state == State.APPROVED
        self.request_button.setEnabled(chosen and self.needs_approval and self.request is None)
        self.refresh_button.setEnabled(self.needs_approval)
        self.seal_button.setEnabled(chosen and (approved or not self.needs_approval))

    # --- 4. sealing ----------------------------------------------------------------------------
    def seal(self) -> None:
        picked = self._chosen()
        if picked is None:
            return
        chosen, ids = picked
        request_id = self.request.id if self.request else None
        password = self.password.text()
        report = self.run.report

        self.seal_button.setEnabled(False)
        if self.on_centre:
            self.status.setText(self.tr("Sealing on the centre's server…"))
        else:
            self.status.setText(self.tr("Sealing: the desk first, then its backups…"))
        self.worker.call(
            sealing_view.seal,
            ids,
            chosen,
            request_id,
            password,
            report,
            on_done=self._sealed,
            on_error=self._failed,
        )

    def _sealed(self, outcome: tuple[sealing.SealResult, list[seal_copies.CopyOutcome]]) -> None:
        self.outcome = outcome
        self.password.clear()
        self.request = None
        self.status.setText("")
        self._show_result()
        self.find_again()
        self.refresh_requests()
        self.refresh_holds()

    def find_again(self) -> None:
        if self.chosen_ids:
            self.worker.call(
                sealing_view.preview,
                self.chosen_ids,
                on_done=self._previewed_again,
                on_error=self._failed,
            )

    def _previewed_again(self, shown: sealing.SealPreview) -> None:
        self.shown = shown
        self._fill_preview()
        self._update_buttons()

    def _show_result(self) -> None:
        if self.outcome is None:
            self.result.setPlainText("")
            self.result.setVisible(False)
            return
        result, copies = self.outcome
        d = result.destroyed
        lines = [
            self.tr(
                "Sealed {calls} calls: {keys} data keys, {identity} identity entries, "
                "{entities} entity values, {comments} comments destroyed; {tasks} open "
                "tasks closed."
            ).format(
                calls=d.calls,
                keys=d.keys,
                identity=d.vault_entries,
                entities=d.entities,
                comments=d.comments,
                tasks=d.tasks_closed,
            )
        ]
        if not result.index_cleared:
            lines.append(self.tr("The notes' index is cleared at the next supervisor's sign-in."))
        reasons = {
            seal_copies.MISSING: self.tr("not found where it was written"),
            seal_copies.PASSWORD: self.tr("it opens with another password"),
            seal_copies.DAMAGED: self.tr("damaged, or it does not check clean"),
        }
        for copy in copies:
            if copy.reached:
                lines.append(
                    self.tr("Sealed: {path} ({calls} calls in it)").format(
                        path=copy.path, calls=copy.sealed
                    )
                )
        for copy in copies:
            if not copy.reached:
                lines.append(
                    self.tr(
                        "STILL HOLDS SEALED DATA: {path} ({why}). Bring it back to be "
                        "sealed, or destroy it."
                    ).format(path=copy.path, why=reasons.get(copy.reason, copy.reason))
                )
        if self.on_centre:
            lines.append(
                self.tr(
                    "Deleted on the centre's server. Its backups (pg_dump) taken before "
                    "still hold these calls sealed to their keys: a restore seals them again "
                    "from this workstation's seal register; 'hotline seal --backup' marks "
                    "them in their register, or destroy them."
                )
            )
        elif not copies:
            lines.append(self.tr("The desk has no backup or replaced folder to seal."))
        self.result.setPlainText("\n".join(lines))
        self.result.setVisible(True)

    # --- retention ---------------------------------------------------------------------------
    def _scheduled(self, done: sealing.Scheduled) -> None:
        self.scheduled = done
        self.years.setValue(done.years or 0)
        self._show_retention()
        if done.retained or done.resealed:
            self.refresh_holds()

    def _retention_failed(self, exc: BaseException) -> None:
        self.retention_state.setText(error_text(exc, NOTHING_CHANGED))

    def _show_retention(self) -> None:
        done = self.scheduled
        if done is None:
            self.retention_state.setText("")
            return
        parts = []
        if done.years is None:
            parts.append(self.tr("Free text and identities are kept until a decision seals them."))
        else:
            parts.append(
                self.tr(
                    "Free text and identity details of reviewed calls are destroyed {years} "
                    "years after the call (coded fields kept); it runs at each administrator's "
                    "sign-in."
                ).format(years=done.years)
            )
            parts.append(
                self.tr(
                    "At this sign-in it removed the free text of %n call(s).", "", done.retained
                )
            )
            parts.append(self.tr("Due within the next 7 days: %n call(s).", "", done.due_soon))
        if done.resealed:
            parts.append(
                self.tr("A sealing cut short was finished: %n call(s).", "", done.resealed)
            )
        self.retention_state.setText(" ".join(parts))

    def save_years(self) -> None:
        years = self.years.value() or None

        self.worker.call(
            sealing_view.set_retention,
            years,
            on_done=self._scheduled,
            on_error=self._retention_failed,
        )

    def run_retention(self) -> None:
        self.worker.call(
            sealing_view.run_retention, on_done=self._scheduled, on_error=self._retention_failed
        )

    # --- legal holds ----------------------------------------------------------------------------
    def refresh_holds(self) -> None:
        self.worker.call(sealing_view.holds, on_done=self._holds_read, on_error=self._hold_failed)

    def _holds_read(self, found: list[sealing.Hold]) -> None:
        self.holds_list = found
        self._fill_holds()

    def _fill_holds(self) -> None:
        self.holds.setRowCount(len(self.holds_list))
        for row, hold in enumerate(self.holds_list):
            on = (
                self.tr("call {id}").format(id=hold.call_id)
                if hold.call_id is not None
                else hold.pseudonym or ""
            )
            cells = [str(hold.id), on, labels.day(hold.placed_at), hold.reason]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, hold.id)
                self.holds.setItem(row, column, item)
        _fit(self.holds)
        self.hold_lift.setEnabled(bool(self.holds_list))

    def add_hold(self) -> None:
        by, value, reason = (
            str(self.hold_target.currentData()),
            self.hold_value.text(),
            self.hold_reason.text(),
        )
        self.worker.call(
            sealing_view.add_hold,
            by,
            value,
            reason,
            on_done=self._hold_added,
            on_error=self._hold_failed,
        )

    def _hold_added(self, _hold_id: int) -> None:
        self.hold_value.clear()
        self.hold_reason.clear()
        self.hold_status.setText("")
        self.refresh_holds()

    def lift_hold(self) -> None:
        rows = self.holds.selectionModel().selectedRows()
        if not rows:
            self.hold_status.setText(self.tr("Choose the hold to lift in the list."))
            return
        item = self.holds.item(rows[0].row(), 0)
        if item is None:
            return
        hold_id = int(item.data(Qt.ItemDataRole.UserRole))
        self.worker.call(
            sealing_view.lift_hold, hold_id, on_done=self._hold_added, on_error=self._hold_failed
        )

    def _hold_failed(self, exc: BaseException) -> None:
        self.hold_status.setText(error_text(exc, NOTHING_CHANGED))

    def _failed(self, exc: BaseException) -> None:
        self.status.setText(error_text(exc, NOTHING_CHANGED))
        self._update_buttons()
