"""The Export page (administrators): pick a table, a period and an audience, preview the
protected table with its suppressed cells marked, export it with its signed manifest,
and see the earlier exports.

Counting, protection and the audit run on the database worker; a progress bar
follows them and Cancel stops the job at its next step without writing anything.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hotline.disclosure import SUPPRESSED
from hotline.export import formats
from hotline.export.catalogue import (
    AUDIENCE_K,
    CATALOGUE,
    DIMENSION_TITLES,
    TableSpec,
    parse_period,
    value_label,
)
from hotline.export.grid import pivot
from hotline.export.release import ExportRefused, Release, RenderedTable
from hotline.services import approvals, export
from hotline.taxonomy import LANGUAGES
from hotline.taxonomy import load as load_taxonomy
from hotline.ui import i18n, palette
from hotline.ui import page_parts as parts
from hotline.ui.export import pdf_format
from hotline.ui.i18n import Retranslatable
from hotline.ui.problems import NOTHING_WRITTEN, error_text
from hotline.ui.progress_run import ProgressRun
from hotline.ui.worker import DbWorker

MARKED = QColor(palette.SUPPRESSED_CELL)


def periods_for(spec: TableSpec, now: datetime, zone_name: str | None, years: int = 3) -> list[str]:
    """Finished calendar periods the table is published for, newest first: finished in
    the desk's own time zone (``zone_name``), as the export itself checks."""
    out: list[str] = []
    for year in range(now.year, now.year - years, -1):
        if "month" in spec.period_kinds:
            out += [f"{year:04d}-{m:02d}" for m in range(12, 0, -1)]
        if "quarter" in spec.period_kinds:
            out += [f"{year:04d}-Q{q}" for q in range(4, 0, -1)]
        if "year" in spec.period_kinds:
            out.append(f"{year:04d}")
    return [p for p in out if parse_period(p).ended(now, zone_name)]


class ExportPage(Retranslatable, QWidget):
    """Preview and export the anonymised counts of the catalogue."""

    def __init__(self, worker: DbWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.taxonomy = load_taxonomy()
        self.release: Release | None = None
        self.clock: Callable[[], datetime] = lambda: datetime.now(UTC)
        self.zone_name: str | None = None  # the desk's, asked of the worker below
        # Where the export is written; tests replace the dialog.
        self.ask_path: Callable[[str], str | None] = self._ask_path

        self.table_label = QLabel(self)
        self.period_label = QLabel(self)
        self.audience_label = QLabel(self)
        self.format_label = QLabel(self)
        self.language_label = QLabel(self)
        self.table_box = QComboBox(self)
        self.period_box = QComboBox(self)
        self.audience_box = QComboBox(self)
        self.format_box = QComboBox(self)
        self.language_box = QComboBox(self)  # of the file's labels; the window's by default
        for language in LANGUAGES:
            self.language_box.addItem(i18n.NATIVE_NAMES[language], language)
        # The window's language until the administrator picks one (then theirs, whatever
        # the window switches to later).
        self.language_picked = False
        self._follow_window_language()
        self.language_box.activated.connect(self._language_picked)
        for spec in CATALOGUE:
            self.table_box.addItem(spec.name, spec.name)
        for audience in AUDIENCE_K:
            self.audience_box.addItem(audience, audience)
        pdf_format.register()
        for fmt in formats.names():
            self.format_box.addItem(fmt.upper(), fmt)
        self.preview_button = QPushButton(self)
        self.export_button = QPushButton(self)
        self.cancel_button = QPushButton(self)
        self.cancel_button.setEnabled(False)
        self.export_button.setEnabled(False)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 4)
        self.progress.setValue(0)
        self.run = ProgressRun(self.progress, self)
        self.progressed = self.run.progressed
        self.status = parts.message_label(self)
        self.preview = QTableWidget(self)
        self.history = QTableWidget(self)
        for table in (self.preview, self.history):
            table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
            table.setAlternatingRowColors(True)
        self.history.verticalHeader().setVisible(False)
        self.history.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.history_label = QLabel(self)

        # Three rows: the table's name alone (the longest names, in Russian, would make the
        # page wider than a 1366 px screen), then the period and audience, then the
        # file's format and language.
        pick = parts.row(self.table_label, self.table_box, parts.STRETCH)
        choose = parts.row(
            self.period_label,
            self.period_box,
            self.audience_label,
            self.audience_box,
            parts.STRETCH,
        )
        file_pick = parts.row(
            self.format_label,
            self.format_box,
            self.language_label,
            self.language_box,
            parts.STRETCH,
        )
        buttons = parts.row(
            self.preview_button,
            self.export_button,
            self.cancel_button,
            self.progress,
            grow=self.progress,
        )
        lower = QWidget(self)
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.history_label)
        lower_layout.addWidget(self.history)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.preview)
        split.addWidget(lower)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(pick)
        layout.addLayout(choose)
        layout.addLayout(file_pick)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addWidget(split, 1)

        self.table_box.currentIndexChanged.connect(self._table_changed)
        for box in (self.period_box, self.audience_box):
            box.currentIndexChanged.connect(self._forget_preview)
        self.preview_button.clicked.connect(self.start_preview)
        self.export_button.clicked.connect(self.start_export)
        self.cancel_button.clicked.connect(self.cancel)
        self.retranslate()
        self.worker.call(export.time_zone, on_done=self._got_zone, on_error=lambda _e: None)
        self._table_changed()
        self.refresh_history()

    # --- texts ---------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.table_label.setText(self.tr("Table"))
        self.period_label.setText(self.tr("Period"))
        self.audience_label.setText(self.tr("Audience"))
        self.format_label.setText(self.tr("Format"))
        self.language_label.setText(self.tr("Language of the file"))
        self.preview_button.setText(self.tr("Preview"))
        self.export_button.setText(self.tr("Export…"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.history_label.setText(self.tr("Earlier exports"))
        for i, spec in enumerate(CATALOGUE):
            self.table_box.setItemText(i, QCoreApplication.translate("export", spec.title))
        for i, (audience, k) in enumerate(AUDIENCE_K.items()):
            name = (
                self.tr("Public and parliament")
                if audience == "public"
                else self.tr("Partners under protocol")
            )
            self.audience_box.setItemText(i, self.tr("{name} (k = {k})").format(name=name, k=k))
        self.retranslate_history_header()
        if not self.language_picked:
            self._follow_window_language()
        if self.release is not None:
            self._show_release(self.release)

    # --- choices -------------------------------------------------------------------------
    def spec(self) -> TableSpec:
        return CATALOGUE[self.table_box.currentIndex()]

    def choice(self) -> tuple[str, str, str, str]:
        return (
            str(self.table_box.currentData()),
            str(self.period_box.currentData()),
            str(self.audience_box.currentData()),
            str(self.format_box.currentData()),
        )

    def _follow_window_language(self) -> None:
        self.language_box.setCurrentIndex(max(0, self.language_box.findData(i18n.current())))

    def _language_picked(self, _index: int) -> None:
        """Chosen by hand (activated is emitted only for the person's choice)."""
        self.language_picked = True

    def language(self) -> str:
        """The language of the file's labels (codes are the same in every language)."""
        return str(self.language_box.currentData())

    def _got_zone(self, zone_name: str | None) -> None:
        self.zone_name = zone_name
        self._table_changed()

    def _table_changed(self) -> None:
        self.period_box.blockSignals(True)
        self.period_box.clear()
        for period in periods_for(self.spec(), self.clock(), self.zone_name):
            self.period_box.addItem(period, period)
        self.period_box.blockSignals(False)
        self._forget_preview()

    def _forget_preview(self) -> None:
        self.release = None
        self.export_button.setEnabled(False)
        self.preview.clear()
        self.preview.setRowCount(0)
        self.preview.setColumnCount(0)
        self.status.setText("")

    # --- jobs ----------------------------------------------------------------------------
    def _busy(self, busy: bool) -> None:
        self.cancel_button.setEnabled(busy)
        self.preview_button.setEnabled(not busy)
        self.export_button.setEnabled(not busy and self.release is not None)
        for box in (
            self.table_box,
            self.period_box,
            self.audience_box,
            self.format_box,
            self.language_box,
        ):
            box.setEnabled(not busy)

    def _start(self) -> threading.Event:
        self._busy(True)
        return self.run.start()

    def start_preview(self) -> None:
        table, period, audience, _ = self.choice()
        if period == "None":
            return
        event = self._start()
        self.status.setText(self.tr("Counting and checking the table…"))
        self._count_then_protect(table, period, audience, event, self._previewed, self._failed)

    def start_export(self) -> None:
        table, period, audience, fmt = self.choice()
        path = self.ask_path(f"{table}-{period}-{audience}{formats.get(fmt).extension}")
        if not path:
            return
        event = self._start()
        self.status.setText(self.tr("Exporting…"))
        if audience != "partner":
            self._export_to(path, event)
            return
        # Four eyes: a partner export goes ahead alone or approved; else it is asked for.
        self.worker.call(
            export.partner_clearance,
            table,
            period,
            fmt,
            on_done=lambda cleared: self._cleared(cleared, path, event),
            on_error=self._failed,
        )

    def _cleared(self, clearance: approvals.Clearance, path: str, event: threading.Event) -> None:
        if clearance.clear:
            self._export_to(path, event)
            return
        self._busy(False)
        number = str(clearance.request.id if clearance.request else "")
        self.status.setText(
            (
                self.tr(
                    "An export for partners needs a second person: request %1 was made. "
                    "Another administrator or a supervisor approves it on their Approvals "
                    "page, signed in as themselves; then export again."
                )
                if clearance.asked_now
                else self.tr(
                    "Request %1 for this export still waits for a second person's approval "
                    "(Approvals); export again once it is approved."
                )
            ).replace("%1", number)
        )

    def _export_to(self, path: str, event: threading.Event) -> None:
        table, period, audience, fmt = self.choice()
        clock, report, language = self.clock, self.run.report, self.language()

        def write(session: Any, release: Release) -> export.ExportResult:
            return export.export(
                session,
                table,
                period,
                audience,
                fmt,
                Path(path),
                cancel=event,
                progress=report,
                clock=clock,
                release=release,
                language=language,
            )

        def protected(release: Release) -> None:
            self.worker.call(write, release, on_done=self._exported, on_error=self._failed)

        def refused(exc: BaseException) -> None:
            if not isinstance(exc, ExportRefused):
                self._failed(exc)
                return
            self.worker.call(
                export.record_refusal,
                table,
                period,
                audience,
                on_done=lambda _r: self._failed(exc),
                on_error=self._failed,
            )

        self._count_then_protect(table, period, audience, event, protected, refused)

    def _count_then_protect(
        self,
        table: str,
        period: str,
        audience: str,
        event: threading.Event,
        on_done: Callable[[Release], None],
        on_error: Callable[[BaseException], None],
    ) -> None:
        """Count on the database lane, protect and audit on the second lane (no database)."""
        clock, report = self.clock, self.run.report

        def count(session: Any) -> Release | export.Gathered:
            return export.gather(session, table, period, audience, progress=report, clock=clock)

        def protect(found: Release | export.Gathered) -> Release:
            return export.protect(found, cancel=event, progress=report)

        def counted(found: Release | export.Gathered) -> None:
            self.worker.run_aside(protect, found, on_done=on_done, on_error=on_error)

        self.worker.call(count, on_done=counted, on_error=self._failed)

    def cancel(self) -> None:
        if self.run.cancel():
            self.status.setText(self.tr("Cancelling…"))

    def _previewed(self, release: Release) -> None:
        self.release = release
        self._busy(False)
        self.run.finish()
        self._show_release(release)

    def _exported(self, result: export.ExportResult) -> None:
        self.release = result.release
        self._busy(False)
        self.run.finish()
        self._show_release(result.release)
        if result.reissued:
            text = self.tr("Exported again, the same figures as before: {path}")
        else:
            text = self.tr("Exported with its signed manifest: {path}")
        self.status.setText(text.format(path=str(result.path)))
        self.refresh_history()

    def _failed(self, exc: BaseException) -> None:
        self._busy(False)
        self.progress.setValue(0)
        self.status.setText(error_text(exc, NOTHING_WRITTEN))
        if isinstance(exc, ExportRefused):
            self.refresh_history()

    def _ask_path(self, suggested: str) -> str | None:
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Export to"), suggested)
        return path or None

    # --- showing -------------------------------------------------------------------------
    def _show_release(self, release: Release) -> None:
        table = release.tables[0]
        self._fill_preview(table)
        audit = release.audit
        text = self.tr(
            "{published} cells published, {suppressed} suppressed (marked {marker}); "
            "the audit passed with k = {k}."
        ).format(
            published=audit.published,
            suppressed=audit.suppressed,
            marker=SUPPRESSED,
            k=release.k,
        )
        if release.ledger_id is not None:
            text += " " + self.tr("Already exported: the same figures are written again.")
        self.status.setText(text)
        self.export_button.setEnabled(True)

    def _fill_preview(self, rt: RenderedTable) -> None:
        grid = pivot(rt)
        self.preview.clear()
        self.preview.setRowCount(len(grid.rows))
        self.preview.setColumnCount(len(grid.cols))
        self.preview.setHorizontalHeaderLabels(
            [self._label(grid.col_dim or "", c) for c in grid.cols]
        )
        self.preview.setVerticalHeaderLabels([self._label(grid.row_dim, r) for r in grid.rows])
        self.preview.setToolTip(
            QCoreApplication.translate("export", DIMENSION_TITLES[grid.row_dim])
        )
        hidden = self.tr("Suppressed: not published")
        for i, r in enumerate(grid.rows):
            for j, c in enumerate(grid.cols):
                value = grid.cell(r, c)
                item = QTableWidgetItem(str(value))
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if value == SUPPRESSED:
                    item.setBackground(QBrush(MARKED))
                    item.setToolTip(hidden)
                self.preview.setItem(i, j, item)

    def _label(self, dim: str, code: str) -> str:
        return value_label(dim, code, self.taxonomy, i18n.current())

    def refresh_history(self) -> None:
        self.worker.call(export.history, on_done=self._got_history, on_error=lambda _e: None)

    def _got_history(self, lines: list[export.LedgerLine]) -> None:
        self.history.setRowCount(len(lines))
        self.history.setColumnCount(7)
        for i, line in enumerate(lines):
            cells = [
                str(line.id),
                line.at,
                line.table,
                line.period,
                line.audience,
                str(line.k),
                line.format,
            ]
            for j, text in enumerate(cells):
                self.history.setItem(i, j, QTableWidgetItem(text))
        self.retranslate_history_header()

    def retranslate_history_header(self) -> None:
        self.history.setHorizontalHeaderLabels(
            [
                self.tr("No."),
                self.tr("Exported at (UTC)"),
                self.tr("Table"),
                self.tr("Period"),
                self.tr("Audience"),
                "k",
                self.tr("Format"),
            ]
        )
