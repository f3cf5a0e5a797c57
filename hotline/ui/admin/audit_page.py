"""The audit viewer: who did what, when, to which record, said in words; the chain
verified on the worker with progress; the filtered list exported, signed, for an
inspector; the desk's findings at sign-in acknowledged by an administrator."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hotline.i18n import QT_TRANSLATE_NOOP
from hotline.records import AuditEntry, to_iso
from hotline.services import audit_view, centre_audit_view, integrity
from hotline.services.audit_view import AuditFilter, AuditPage, Exported, Finding
from hotline.services.session import Session
from hotline.ui import page_parts as parts
from hotline.ui import palette
from hotline.ui.admin import audit_pdf, audit_words
from hotline.ui.i18n import Retranslatable
from hotline.ui.problems import NOTHING_CHANGED, NOTHING_WRITTEN, error_text, said_text
from hotline.ui.progress_run import ProgressRun
from hotline.ui.supervisor.labels import when
from hotline.ui.worker import DbWorker

HEADERS = (
    QT_TRANSLATE_NOOP("AuditViewerPage", "When"),
    QT_TRANSLATE_NOOP("AuditViewerPage", "Who"),
    QT_TRANSLATE_NOOP("AuditViewerPage", "What"),
    QT_TRANSLATE_NOOP("AuditViewerPage", "No."),
)
RECORDS = (
    ("call", QT_TRANSLATE_NOOP("AuditViewerPage", "Call no.")),
    ("user", QT_TRANSLATE_NOOP("AuditViewerPage", "User no.")),
    ("task", QT_TRANSLATE_NOOP("AuditViewerPage", "Task no.")),
    ("export", QT_TRANSLATE_NOOP("AuditViewerPage", "Export no.")),
)
RECOVERY_KEY = -1  # the user combo's entry for the recovery code


def _local_midnight(day: QDate) -> datetime:
    """The start of that day where the desk is, as an aware moment."""
    return datetime.combine(date(day.year(), day.month(), day.day()), time()).astimezone()


class AuditViewerPage(Retranslatable, QWidget):
    def __init__(self, worker: DbWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.page: AuditPage | None = None
        self.names: dict[int, str] = {}
        self.findings: list[Finding] = []
        self.report: integrity.Report | None = None
        self.exported: Exported | None = None
        self.may_export = self.may_acknowledge = False  # an administrator's, told by the worker
        # a centre's session: the centre's chain on its server (services/centre_audit_view)
        session = worker.session
        self.on_centre = session is not None and centre_audit_view.on_centre(session)
        # the filter
        self.user = QComboBox(self)
        self.action = QComboBox(self)
        self.record = QComboBox(self)
        self.number = QLineEdit(self)
        self.number.setMaxLength(10)
        self.number.setFixedWidth(90)
        self.since = QDateEdit(self)
        self.until = QDateEdit(self)
        today = QDate.currentDate()
        for edit in (self.since, self.until):
            edit.setDisplayFormat("dd.MM.yyyy")
            edit.setCalendarPopup(True)
        self.since.setDate(today.addDays(-30))
        self.until.setDate(today)
        self.since_label = QLabel(self)
        self.until_label = QLabel(self)
        self.apply_button = QPushButton(self)
        self.number.returnPressed.connect(self.refresh)
        self.apply_button.clicked.connect(self.refresh)
        # the entries
        self.table = QTableWidget(0, len(HEADERS), self)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(0, 140)
        self.table.setColumnWidth(1, 120)
        self.table.setColumnWidth(3, 70)
        self.count_label = QLabel(self)
        self.csv_button = QPushButton(self)
        self.pdf_button = QPushButton(self)
        self.verify_button = QPushButton(self)
        self.progress = QProgressBar(self)
        self.progress.setMaximumWidth(220)
        self.progress.setVisible(False)
        self.run = ProgressRun(self.progress, self)
        self.message = parts.message_label(self, shown=False)
        self.csv_button.clicked.connect(lambda: self.ask_export("csv"))
        self.pdf_button.clicked.connect(lambda: self.ask_export("pdf"))
        self.verify_button.clicked.connect(self.verify)
        # the findings
        self.findings_box = QGroupBox(self)
        self.findings_box.setStyleSheet(palette.SECTION)
        self.findings_list = QListWidget(self.findings_box)
        self.findings_list.setMaximumHeight(90)
        self.note = QLineEdit(self.findings_box)
        self.note.setMaxLength(500)
        self.ack_button = QPushButton(self.findings_box)
        self.ack_button.clicked.connect(self.acknowledge)
        self.findings_list.currentRowChanged.connect(lambda _r: self._finding_selected())
        box_layout = QVBoxLayout(self.findings_box)
        box_layout.addWidget(self.findings_list)
        box_layout.addLayout(parts.row(self.note, self.ack_button, grow=self.note))
        self.findings_box.setVisible(False)
        for button in (self.csv_button, self.pdf_button):
            button.setVisible(not self.on_centre)  # not on a centre yet

        top = parts.row(
            self.user,
            self.action,
            self.record,
            self.number,
            self.since_label,
            self.since,
            self.until_label,
            self.until,
            self.apply_button,
            grow=self.action,
        )
        bottom = parts.row(
            self.count_label,
            self.progress,
            self.verify_button,
            self.csv_button,
            self.pdf_button,
            grow=self.count_label,
        )
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        layout.addWidget(self.message)
        layout.addWidget(self.findings_box)
        self.retranslate()
        self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()

    # --- the filter ----------------------------------------------------------------------
    def current_filter(self) -> AuditFilter | None:
        """None when the record number is not a number (said under the table)."""
        user = self.user.currentData()
        actions = self.action.currentData() or ()
        number = self.number.text().strip()
        if number and not number.isdigit():
            self._say(lambda: self.tr("A record number has digits only."), good=False)
            return None
        since = _local_midnight(self.since.date())
        until = _local_midnight(self.until.date().addDays(1))
        return AuditFilter(
            user_id=user if isinstance(user, int) and user >= 0 else None,
            by_recovery=user == RECOVERY_KEY,
            actions=tuple(actions),
            object_type=self.record.currentData() if number else None,
            object_id=int(number) if number else None,
            since=since,
            until=until if until > since else since + timedelta(days=1),
        )

    def refresh(self) -> None:
        where = self.current_filter()
        if where is None:
            return
        self.worker.call(_search_job, where, on_done=self._show, on_error=self._failed)

    def _show(self, found: tuple[AuditPage, list[Finding], bool, bool]) -> None:
        page, findings, self.may_export, self.may_acknowledge = found
        self.page = page
        self.names = page.names
        self.findings = findings
        self._fill_users()
        self._fill()
        self._fill_findings()

    def _fill_users(self) -> None:
        current = self.user.currentData()
        self.user.blockSignals(True)
        self.user.clear()
        self.user.addItem(self.tr("Everyone"), None)
        for user_id, name in sorted(self.names.items(), key=lambda kv: kv[1].lower()):
            self.user.addItem(name, user_id)
        self.user.addItem(audit_words.tr(audit_words.RECOVERY), RECOVERY_KEY)
        self.user.setCurrentIndex(max(self.user.findData(current), 0))
        self.user.blockSignals(False)

    def sentence(self, entry: AuditEntry) -> str:
        return audit_words.in_words(entry, self.names)

    def rows(self) -> list[tuple[str, str, str, str]]:
        entries = self.page.entries if self.page else []
        return [
            (
                when(e.at),
                audit_words.who(e.user_id, self.names),
                self.sentence(e),
                str(e.seq),
            )
            for e in entries
        ]

    def _fill(self) -> None:
        rows = self.rows()
        self.table.setRowCount(len(rows))
        for row, values in enumerate(rows):
            for column, text in enumerate(values):
                item = QTableWidgetItem(text)
                if column == 2:
                    item.setToolTip(text)
                self.table.setItem(row, column, item)
        total = self.page.total if self.page else 0
        if total <= len(rows):
            counted = self.tr("%1 entries match").replace("%1", f"{total:,}")
        elif total >= audit_view.COUNTED:
            counted = self.tr("The newest %1 of more than %2 matching entries")
        else:
            counted = self.tr("The newest %1 of %2 matching entries")
        self.count_label.setText(
            counted.replace("%1", f"{len(rows):,}").replace("%2", f"{total:,}")
        )
        self.csv_button.setEnabled(bool(rows) and self.may_export)
        self.pdf_button.setEnabled(bool(rows) and self.may_export)

    # --- verify --------------------------------------------------------------------------
    def verify(self) -> None:
        self.verify_button.setEnabled(False)
        self.progress.setRange(0, 0)
        self.progress.setVisible(True)
        self.worker.call(
            centre_audit_view.verify,
            None,
            self.run.report,
            on_done=self._verified,
            on_error=self._verify_failed,
        )

    def _verified(self, report: integrity.Report) -> None:
        self.report = report
        self.progress.setVisible(False)
        self.verify_button.setEnabled(True)
        entries = report.facts.get("audit_entries", 0)
        if report.ok and self.on_centre:
            self._say(
                lambda: self.tr(
                    "The centre's audit chain checks clean on the server: %1 entries, every "
                    "signature and link verified, and this workstation's witness of its head."
                ).replace("%1", f"{int(entries):,}")
            )
        elif report.ok:
            self._say(
                lambda: self.tr(
                    "The audit chain and the desk check clean: %1 entries, every signature "
                    "and link verified."
                ).replace("%1", f"{int(entries):,}")
            )
        else:
            self._say(
                lambda: (
                    self.tr(
                        "The check found %1 problems. Do not delete anything; restore a backup "
                        "from before the change and call the person responsible for the desk:"
                    ).replace("%1", str(len(report.problems)))
                    + "\n"
                    + "\n".join("• " + said_text(p) for p in report.problems[:8])
                ),
                good=False,
            )
        self.refresh()

    def _verify_failed(self, exc: BaseException) -> None:
        self.progress.setVisible(False)
        self.verify_button.setEnabled(True)
        self._failed(exc)

    # --- export --------------------------------------------------------------------------
    def ask_export(self, fmt: str) -> None:
        suggested = f"audit-{QDate.currentDate().toString('yyyy-MM-dd')}.{fmt}"
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Export the audit to"), suggested)
        if path:
            self.export_to(Path(path), fmt)

    def export_to(self, path: Path, fmt: str) -> None:
        where = self.current_filter()
        if where is None or self.page is None:
            return
        rows = self.rows()
        entries = self.page.entries
        if fmt == "csv":
            content = audit_view.to_csv(
                [
                    (
                        e.seq,
                        to_iso(e.at),
                        audit_words.who(e.user_id, self.names),
                        e.action,
                        e.object_type,
                        e.object_id,
                        row[2],
                    )
                    for e, row in zip(entries, rows, strict=True)
                ]
            )
        else:
            content = audit_pdf.to_pdf(
                self.tr("Hotline 152: audit log"),
                self.filter_lines(),
                [(r[3], r[0], r[1], r[2]) for r in rows],
            )
        self.worker.call(
            audit_view.export,
            where,
            fmt,
            path,
            content,
            len(rows),
            on_done=self._exported,
            on_error=lambda exc: self._say(lambda: error_text(exc, NOTHING_WRITTEN), good=False),
        )

    def filter_lines(self) -> list[str]:
        number = self.number.text().strip()
        record = f"{self.record.currentText()} {number}" if number else self.tr("any")
        return [
            self.tr("Who: %1").replace("%1", self.user.currentText()),
            self.tr("What: %1").replace("%1", self.action.currentText()),
            self.tr("Record: %1").replace("%1", record),
            self.tr("From %1 to %2")
            .replace("%1", self.since.date().toString("dd.MM.yyyy"))
            .replace("%2", self.until.date().toString("dd.MM.yyyy")),
        ]

    def _exported(self, result: Exported) -> None:
        self.exported = result
        self._say(
            lambda: (
                self.tr(
                    "%1 entries written to %2, with a signed manifest beside it (%3). "
                    "The inspector checks it with 'hotline verify-export'."
                )
                .replace("%1", str(result.entries))
                .replace("%2", str(result.path))
                .replace("%3", result.manifest.name)
            )
        )

    # --- findings ------------------------------------------------------------------------
    def _fill_findings(self) -> None:
        self.findings_box.setVisible(bool(self.findings))
        current = self.findings_list.currentRow()
        self.findings_list.clear()
        for finding in self.findings:
            if finding.acknowledged:
                state = (
                    self.tr("acknowledged by %1 on %2: %3")
                    .replace("%1", audit_words.who(finding.acknowledged_by, self.names))
                    .replace("%2", when(finding.acknowledged_at))
                    .replace("%3", finding.note)
                )
            else:
                state = self.tr("not acknowledged")
            self.findings_list.addItem(
                f"{finding.seq} · {when(finding.at)} · {said_text(finding.problem)} — {state}"
            )
        if self.findings:
            self.findings_list.setCurrentRow(max(0, min(current, len(self.findings) - 1)))
        self._finding_selected()

    def _finding_selected(self) -> None:
        row = self.findings_list.currentRow()
        open_one = (
            0 <= row < len(self.findings)
            and not self.findings[row].acknowledged
            and self.may_acknowledge
        )
        self.ack_button.setEnabled(open_one)
        self.note.setEnabled(open_one)

    def acknowledge(self) -> None:
        row = self.findings_list.currentRow()
        if not 0 <= row < len(self.findings):
            return
        self.worker.call(
            audit_view.acknowledge,
            self.findings[row].seq,
            self.note.text(),
            on_done=lambda _f: self._acknowledged(),
            on_error=self._failed,
        )

    def _acknowledged(self) -> None:
        self.note.clear()
        self._say(
            lambda: self.tr(
                "Acknowledged and recorded. The finding stays in the log and verify still "
                "reports it: restoring a backup from before the change is what clears the desk."
            )
        )
        self.refresh()

    # --- words ---------------------------------------------------------------------------
    def _say(self, text: parts.Said, good: bool = True) -> None:
        """Said again in the new language at a switch where `text` is a function."""
        self.message.say(text, palette.GOOD_BANNER if good else palette.BAD_BANNER)

    def _failed(self, exc: BaseException) -> None:
        self._say(lambda: error_text(exc, NOTHING_CHANGED), good=False)

    def retranslate(self) -> None:
        action = self.action.currentIndex()
        self.action.blockSignals(True)
        self.action.clear()
        self.action.addItem(self.tr("Every action"), ())
        for label, actions in audit_words.GROUPS:
            self.action.addItem(audit_words.tr(label), actions)
        self.action.setCurrentIndex(max(action, 0))
        self.action.blockSignals(False)
        record = self.record.currentIndex()
        self.record.clear()
        for key, label in RECORDS:
            self.record.addItem(self.tr(label), key)
        self.record.setCurrentIndex(max(record, 0))
        self.number.setPlaceholderText(self.tr("number"))
        self.since_label.setText(self.tr("from"))
        self.until_label.setText(self.tr("to"))
        self.apply_button.setText(self.tr("Show"))
        self.table.setHorizontalHeaderLabels([self.tr(h) for h in HEADERS])
        self.verify_button.setText(self.tr("Verify the chain"))
        self.csv_button.setText(self.tr("Export CSV…"))
        self.pdf_button.setText(self.tr("Export PDF…"))
        self.findings_box.setTitle(self.tr("What the desk noticed at sign-ins"))
        self.note.setPlaceholderText(
            self.tr("What was done about it (who was told, which backup was restored)")
        )
        self.ack_button.setText(self.tr("Acknowledge"))
        if self.page is not None:
            self._fill_users()
            self._fill()
            self._fill_findings()


def _search_job(
    session: Session, where: AuditFilter
) -> tuple[AuditPage, list[Finding], bool, bool]:
    """The entries, the findings, and whether this user may export and acknowledge."""
    return (
        centre_audit_view.search(session, where),
        centre_audit_view.findings(session),
        centre_audit_view.may_export(session),
        centre_audit_view.may_acknowledge(session),
    )
