"""The Backups page (administrators): the destination folder chosen once, daily backups
and the number kept, "Back up now" with progress while the desk stays open, and the
backup register with the age of the newest verified backup.

Every backup runs on the database worker (the window stays usable), on the session's
backup lane (ui/backup_lane.py): the daily one is started by the window's timer when it
is due, in any user's session, and one is written at each administrator's sign-out
(`before_sign_out`, called by the main window).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from hotline.i18n import QT_TRANSLATE_NOOP
from hotline.records import utcnow
from hotline.services import backup_schedule
from hotline.services.backup import BackupResult
from hotline.services.backup_register import BackupEntry
from hotline.services.backup_schedule import MAX_KEEP, Overview
from hotline.ui import page_parts as parts
from hotline.ui import palette
from hotline.ui.admin import backup_words as words
from hotline.ui.backup_lane import lane_of
from hotline.ui.i18n import Retranslatable
from hotline.ui.problems import NOTHING_WRITTEN, error_text
from hotline.ui.progress_run import ProgressRun
from hotline.ui.worker import DbWorker

MUTED, ALARM = QBrush(QColor(palette.MUTED_INK)), QBrush(QColor(palette.ALARM))
STALE_HOURS = 26  # the newest verified backup older than this is shown as a warning
HEADERS = (
    QT_TRANSLATE_NOOP("Backups", "Written"),
    QT_TRANSLATE_NOOP("Backups", "File"),
    QT_TRANSLATE_NOOP("Backups", "Size"),
    QT_TRANSLATE_NOOP("Backups", "Calls"),
    QT_TRANSLATE_NOOP("Backups", "SHA-256"),
    QT_TRANSLATE_NOOP("Backups", "State"),
    QT_TRANSLATE_NOOP("Backups", "Why"),
)


def _shown_by_the_page(_exc: object) -> None:
    """A backup's failure the page shows itself (lane.failed): nothing more."""


class BackupsPage(Retranslatable, QWidget):
    def __init__(self, worker: DbWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.overview: Overview | None = None
        self.running = False
        self.message: Callable[[], str] = lambda: ""
        self.message_ok = True
        # Where the folder is chosen; tests replace the dialog.
        self.ask_folder: Callable[[str], str | None] = self._ask_folder

        self.plan_box = QGroupBox(self)
        self.folder_label = QLabel(self.plan_box)
        self.folder_value = parts.message_label(self.plan_box, selectable=True)
        self.choose_button = QPushButton(self.plan_box)
        self.daily_box = QCheckBox(self.plan_box)
        self.keep_label = QLabel(self.plan_box)
        self.keep_spin = QSpinBox(self.plan_box)
        self.keep_spin.setRange(1, MAX_KEEP)
        self.keep_spin.setValue(backup_schedule.DEFAULT_KEEP)
        self.save_button = QPushButton(self.plan_box)
        self.plan_hint = parts.message_label(self.plan_box, palette.HINT)
        self.chosen: Path | None = None
        grid = QGridLayout(self.plan_box)
        grid.addWidget(self.folder_label, 0, 0)
        grid.addWidget(self.folder_value, 0, 1)
        grid.addWidget(self.choose_button, 0, 2)
        grid.addWidget(self.daily_box, 1, 0, 1, 2)
        grid.addLayout(parts.row(self.keep_label, self.keep_spin, parts.STRETCH), 2, 0, 1, 2)
        grid.addWidget(self.save_button, 2, 2)
        grid.addWidget(self.plan_hint, 3, 0, 1, 3)
        grid.setColumnStretch(1, 1)

        self.now_button = QPushButton(self)
        self.now_button.setStyleSheet(palette.SAVE_BUTTON)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 4)
        self.progress.setValue(0)
        self.progress.setVisible(False)
        self.progress.setMinimumWidth(320)
        self.run = ProgressRun(self.progress, self)
        self.progressed = self.run.progressed
        self.status = parts.message_label(self)
        self.newest = parts.message_label(self)
        self.register_label = QLabel(self)
        self.register_label.setStyleSheet(palette.HEADING)
        self.table = parts.list_table(self, len(HEADERS), stretch=1)
        self.table.setAlternatingRowColors(True)
        self.check_button = QPushButton(self)
        self.check_button.setEnabled(False)

        layout = QVBoxLayout(self)
        layout.addWidget(self.plan_box)
        layout.addLayout(parts.row(self.now_button, self.progress, parts.STRETCH))
        layout.addWidget(self.status)
        layout.addWidget(self.newest)
        layout.addLayout(parts.row(self.register_label, parts.STRETCH, self.check_button))
        layout.addWidget(self.table, 1)

        self.choose_button.clicked.connect(self.choose_folder)
        self.save_button.clicked.connect(self.save_schedule)
        self.now_button.clicked.connect(self.back_up_now)
        self.check_button.clicked.connect(self.check_selected)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        # Every backup of the session runs on the one lane (the daily one is started by
        # the window's timer, in any user's session): the page shows each.
        self.lane = lane_of(worker)
        self.lane.progressed.connect(self.progressed)
        self.lane.started.connect(self._started)
        self.lane.written.connect(self._written)
        self.lane.failed.connect(self._not_written)
        self.retranslate()
        self.refresh()

    # --- texts ---------------------------------------------------------------------
    def retranslate(self) -> None:
        self.plan_box.setTitle(self.tr("Where and when"))
        self.folder_label.setText(self.tr("Backup folder:"))
        self.choose_button.setText(self.tr("Choose…"))
        self.daily_box.setText(self.tr("Back up every day"))
        self.keep_label.setText(self.tr("Keep the last"))
        self.keep_spin.setSuffix(" " + self.tr("backups"))
        self.save_button.setText(self.tr("Save the schedule"))
        self.plan_hint.setText(
            self.tr(
                "A USB drive or a network share, away from this computer. A backup is also "
                "written each time an administrator signs out; each one is opened and "
                "checked before it counts, and the oldest beyond the number kept are deleted."
            )
        )
        self.now_button.setText(self.tr("Back up now"))
        self.register_label.setText(self.tr("Backups written (the register)"))
        self.check_button.setText(self.tr("Check the selected backup again"))
        self.table.setHorizontalHeaderLabels([words.tr(h) for h in HEADERS])
        self._show_folder()
        self._show_overview()
        self.status.setText(self.message())

    def _show_folder(self) -> None:
        self.folder_value.setText(
            str(self.chosen) if self.chosen is not None else self.tr("none chosen yet")
        )

    def _say(self, text: Callable[[], str], ok: bool) -> None:
        """A message kept as a function of the language: it follows a language change."""
        self.message, self.message_ok = text, ok
        self.status.setStyleSheet(palette.GOOD_TEXT if ok else palette.ERROR_MESSAGE)
        self.status.setText(text())

    # --- the register ---------------------------------------------------------------
    def refresh(self) -> None:
        self.worker.call(backup_schedule.overview, on_done=self._got, on_error=self._failed)

    def _got(self, overview: Overview) -> None:
        if not isValid(self):
            return
        before = self.overview.schedule if self.overview is not None else None
        self.overview = overview
        if before is None or self._shown_plan() == before:
            # What is stored is shown, unless the administrator is changing it right now.
            plan = overview.schedule
            self.chosen = plan.folder
            self.daily_box.setChecked(plan.daily)
            self.keep_spin.setValue(plan.keep)
        for widget in (self.choose_button, self.daily_box, self.keep_spin, self.save_button):
            widget.setEnabled(overview.may_change_schedule)
        self._show_folder()
        self._show_overview()

    def _shown_plan(self) -> backup_schedule.Schedule:
        return backup_schedule.Schedule(
            self.chosen, self.daily_box.isChecked(), self.keep_spin.value()
        )

    def _show_overview(self) -> None:
        overview = self.overview
        if overview is None:
            return
        newest = overview.newest
        if overview.register_problem is not None:
            self.newest.setStyleSheet(palette.WIDE_BAD_BANNER)
            self.newest.setText(
                error_text(overview.register_problem)
                + "\n"
                + self.tr("The next backup sets it aside and begins a new register.")
            )
        elif newest is None:
            self.newest.setStyleSheet(palette.WIDE_BAD_BANNER)
            self.newest.setText(self.tr("No verified backup yet: back up now."))
        else:
            age = (utcnow() - newest.created_at).total_seconds()
            stale = age > STALE_HOURS * 3600
            self.newest.setStyleSheet(
                palette.WIDE_BAD_BANNER if stale else palette.WIDE_GOOD_BANNER
            )
            self.newest.setText(
                self.tr("Newest verified backup: {age}, {when}, in {path}").format(
                    age=words.age_text(age),
                    when=words.when_text(newest.created_at),
                    path=str(newest.path),
                )
            )
        entries = sorted(overview.entries, key=lambda e: (e.created_at, e.seq), reverse=True)
        self.table.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            for column, text in enumerate(words.register_cells(entry)):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, entry.seq)
                if column == words.SHA_COLUMN:
                    item.setToolTip(entry.sha256)
                if not entry.usable:
                    item.setForeground(MUTED if entry.removed else ALARM)
                self.table.setItem(row, column, item)
        fit_columns(self.table)
        self._selection_changed()

    def selected(self) -> BackupEntry | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or self.overview is None:
            return None
        item = self.table.item(rows[0].row(), 0)
        if item is None:
            return None
        seq = item.data(Qt.ItemDataRole.UserRole)
        return next((e for e in self.overview.entries if e.seq == seq), None)

    def _selection_changed(self) -> None:
        entry = self.selected()
        self.check_button.setEnabled(entry is not None and not entry.removed and not self.running)

    def _failed(self, exc: BaseException) -> None:
        if isValid(self):
            self._say(lambda: error_text(exc, NOTHING_WRITTEN), False)

    # --- the schedule -------------------------------------------------------------------
    def _ask_folder(self, start: str) -> str | None:
        path = QFileDialog.getExistingDirectory(self, self.tr("Backup folder"), start)
        return path or None

    def choose_folder(self) -> None:
        picked = self.ask_folder(str(self.chosen or Path.home()))
        if picked:
            self.chosen = Path(picked)
            self._show_folder()
            self.save_schedule()

    def save_schedule(self) -> None:
        self.worker.call(
            backup_schedule.set_schedule,
            self.chosen,
            self.daily_box.isChecked(),
            self.keep_spin.value(),
            on_done=self._saved,
            on_error=self._schedule_refused,
        )

    def _saved(self, plan: backup_schedule.Schedule) -> None:
        if not isValid(self):
            return
        self.chosen = plan.folder
        self._show_folder()
        self._say(lambda: self.tr("The schedule was saved."), True)
        self.refresh()
        self.back_up_if_due()

    def _schedule_refused(self, exc: BaseException) -> None:
        if not isValid(self):
            return
        # What is stored stands; the page shows it again.
        self.chosen = self.overview.schedule.folder if self.overview else None
        self._show_folder()
        self._say(lambda: error_text(exc, NOTHING_WRITTEN), False)

    # --- backing up -------------------------------------------------------------------
    def back_up_now(self) -> None:
        if not self.running:
            self.lane.run(
                backup_schedule.back_up_now,
                backup_schedule.TRIGGER_MANUAL,
                on_error=_shown_by_the_page,
            )

    def back_up_if_due(self) -> None:
        """The daily backup, when due (asked again after the schedule was saved)."""
        self.lane.daily()

    def _started(self) -> None:
        if not isValid(self):
            return
        self.running = True
        self.now_button.setEnabled(False)
        self.check_button.setEnabled(False)
        self.progress.setValue(0)
        self.progress.setVisible(True)
        self._say(lambda: self.tr("Writing the backup…"), True)

    def _finished(self) -> None:
        self.running = False
        self.now_button.setEnabled(True)
        self.progress.setVisible(False)
        self.refresh()

    def _written(self, result: BackupResult | None) -> None:
        if not isValid(self):
            return
        self._finished()
        if result is None:  # none was due (the daily check): "Writing…" was not so
            self._say(lambda: "", True)
            return
        self._say(
            lambda: self.tr(
                "Backup written and verified by opening it: {path} ({calls} calls, {size})."
            ).format(
                path=str(result.path), calls=f"{result.calls:,}", size=words.size_text(result.size)
            ),
            True,
        )

    def _not_written(self, exc: BaseException) -> None:
        if not isValid(self):
            return
        self._finished()
        self._say(lambda: error_text(exc, NOTHING_WRITTEN), False)

    def check_selected(self) -> None:
        entry = self.selected()
        if entry is None or self.running:
            return
        self.running = True
        self.check_button.setEnabled(False)
        self._say(lambda: self.tr("Opening the backup to check it…"), True)
        self.worker.call(
            backup_schedule.recheck, entry.seq, on_done=self._checked, on_error=self._not_checked
        )

    def _checked(self, entry: BackupEntry) -> None:
        if not isValid(self):
            return
        self._finished()
        if entry.verified:
            self._say(lambda: self.tr("The backup opens and checks clean."), True)
        else:
            self._say(lambda: words.state_text(entry), False)

    def _not_checked(self, exc: BaseException) -> None:
        if isValid(self):
            self._finished()
            self._say(lambda: error_text(exc, NOTHING_WRITTEN), False)

    # --- signing out --------------------------------------------------------------------
    def before_sign_out(self) -> None:
        """The administrator's sign-out backup, queued before the session closes (the
        window waits for it, shown). A failure goes to the message box of the worker's
        unhandled problems: the window is gone."""
        if not self.running:
            self.lane.run(backup_schedule.back_up_at_sign_out)


def fit_columns(table: QTableWidget) -> None:
    """Each column as wide as its cells and its header's text (the stretched one aside)."""
    table.resizeColumnsToContents()
    header = table.horizontalHeader()
    metrics = header.fontMetrics()
    for column in range(table.columnCount()):
        if header.sectionResizeMode(column) == QHeaderView.ResizeMode.Stretch:
            continue
        item = table.horizontalHeaderItem(column)
        need = metrics.horizontalAdvance(item.text() if item else "") + 24
        if header.sectionSize(column) < need:
            header.resizeSection(column, need)
