"""Desk health, the administrator's first page: each fact in words, with what to do."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from hotline.i18n import QT_TRANSLATE_NOOP
from hotline.services import backup_schedule, health, integrity
from hotline.services.health import Check, Level, Line
from hotline.ui import page_parts as parts
from hotline.ui import palette
from hotline.ui.i18n import Retranslatable
from hotline.ui.problems import NOTHING_CHANGED, error_text
from hotline.ui.supervisor.labels import when
from hotline.ui.worker import DbWorker

MARKS = {Level.GOOD: "✓", Level.WARN: "!", Level.BAD: "✗"}
STYLES = {
    Level.GOOD: palette.GOOD_TEXT,
    Level.WARN: palette.INFO_TEXT,
    Level.BAD: palette.ALARM_TEXT,
}
LEVEL_NAMES = {
    Level.GOOD: QT_TRANSLATE_NOOP("HealthPage", "fine"),
    Level.WARN: QT_TRANSLATE_NOOP("HealthPage", "needs attention"),
    Level.BAD: QT_TRANSLATE_NOOP("HealthPage", "act now"),
}


class HealthPage(Retranslatable, QWidget):
    def __init__(self, worker: DbWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.lines: list[Line] = []
        self.heading = QLabel(self)
        self.heading.setStyleSheet(palette.HEADING)
        self.refresh_button = QPushButton(self)
        self.verify_button = QPushButton(self)
        self.progress = QProgressBar(self)
        self.progress.setMaximumWidth(220)
        self.progress.setVisible(False)
        self.message = parts.message_label(self, shown=False)
        self.grid_host = QWidget(self)
        self.grid = QGridLayout(self.grid_host)
        self.grid.setColumnStretch(1, 3)
        self.grid.setColumnStretch(2, 2)
        self.grid.setHorizontalSpacing(14)
        self.grid.setVerticalSpacing(10)
        self.rows: dict[Check, tuple[QLabel, QLabel, QLabel]] = {}
        for row, check in enumerate(Check):
            mark, fact, todo = (
                QLabel(self.grid_host),
                QLabel(self.grid_host),
                QLabel(self.grid_host),
            )
            for label in (fact, todo):
                label.setWordWrap(True)
                label.setTextFormat(Qt.TextFormat.PlainText)
                label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            todo.setStyleSheet(palette.HINT)
            mark.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
            mark.setMinimumWidth(24)
            self.grid.addWidget(mark, row, 0)
            self.grid.addWidget(fact, row, 1)
            self.grid.addWidget(todo, row, 2)
            self.rows[check] = (mark, fact, todo)
        self.grid.setRowStretch(len(Check), 1)  # the lines together at the top
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.grid_host)
        layout = QVBoxLayout(self)
        layout.addLayout(
            parts.row(
                self.heading,
                self.progress,
                self.verify_button,
                self.refresh_button,
                grow=self.heading,
            )
        )
        layout.addWidget(scroll, 1)
        layout.addWidget(self.message)
        self.refresh_button.clicked.connect(self.refresh)
        self.verify_button.clicked.connect(self.verify)
        self.retranslate()
        self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()

    def refresh(self) -> None:
        self.worker.call(health.desk_health, on_done=self._show, on_error=self._failed)

    def _show(self, lines: list[Line]) -> None:
        self.lines = lines
        self._fill()

    def _failed(self, exc: BaseException) -> None:
        self.message.setText(error_text(exc, NOTHING_CHANGED))
        self.message.setStyleSheet(palette.BAD_BANNER)
        self.message.setVisible(True)
        self.progress.setVisible(False)
        self.verify_button.setEnabled(True)

    def verify(self) -> None:
        self.verify_button.setEnabled(False)
        self.progress.setRange(0, 0)
        self.progress.setVisible(True)
        self.worker.call(health.verify_now, on_done=self._verified, on_error=self._failed)

    def _verified(self, report: integrity.Report) -> None:
        self.progress.setVisible(False)
        self.verify_button.setEnabled(True)
        self.message.setVisible(False)
        self.refresh()

    # --- words -----------------------------------------------------------------------
    def words(self, line: Line) -> tuple[str, str]:
        """The fact and what to do, in the interface language."""
        if line.check == Check.BACKUP:
            fact, todo = self._backup_words(line)
            failure = line.facts.get("failed")
            if isinstance(failure, backup_schedule.Failure):
                fact += " " + self.tr("The daily backup failed %1: %2").replace(
                    "%1", when(failure.at)
                ).replace("%2", error_text(failure.error))
            return fact, todo
        return self._other_words(line)

    def _backup_words(self, line: Line) -> tuple[str, str]:
        f, lvl = line.facts, line.level
        nothing = self.tr("Nothing to do.")
        if f.get("on_centre"):
            return (
                self.tr(
                    "A centre's backups are dumps of its server, listed in the folder they "
                    "were written to; this workstation does not know that folder."
                ),
                self.tr("On the Backups page, open the folder and check the newest is recent."),
            )
        if f.get("damaged"):
            return (
                self.tr("The backup register was changed outside the desk."),
                self.tr(
                    "Do not trust it: make a new backup now and tell the person "
                    "responsible for the desk."
                ),
            )
        if f.get("none"):
            return (
                self.tr("There is no verified backup yet."),
                self.tr("Make a backup now and keep it away from this machine."),
            )
        fact = (
            self.tr("The newest verified backup is %1 hours old (%2).")
            .replace("%1", str(f["hours"]))
            .replace("%2", when(f["at"]))
        )
        todo = {
            Level.GOOD: nothing,
            Level.WARN: self.tr("Make a backup today."),
            Level.BAD: self.tr(
                "Make a backup now: every call since the last one would be lost with this machine."
            ),
        }[lvl]
        return fact, todo

    def _other_words(self, line: Line) -> tuple[str, str]:
        f, lvl = line.facts, line.level
        nothing = self.tr("Nothing to do.")
        if line.check == Check.DISK:
            if f.get("unknown"):
                return self.tr("The free disk space could not be read."), self.tr(
                    "Check the disk of this machine."
                )
            fact = self.tr("Free disk space: %1 GiB.").replace("%1", str(f["free_gib"]))
            if f.get("on_centre"):
                fact = self.tr(
                    "Free disk space on this workstation: %1 GiB (the centre's calls are on "
                    "its server; here are only the drafts and the calls not sent yet)."
                ).replace("%1", str(f["free_gib"]))
            todo = {
                Level.GOOD: nothing,
                Level.WARN: self.tr(
                    "Free some space soon: the desk stops saving when the disk is full."
                ),
                Level.BAD: self.tr("Free space now: the desk may soon stop saving calls."),
            }[lvl]
            return fact, todo
        if line.check == Check.KEYCHAIN:
            if f.get("on_centre"):
                if lvl == Level.GOOD:
                    return (
                        self.tr("This workstation's secret is in its keychain (%1).").replace(
                            "%1", str(f.get("backend", ""))
                        ),
                        nothing,
                    )
                return (
                    self.tr("This workstation's secret is in a file, not in a keychain."),
                    self.tr("Keep this machine's disk encrypted."),
                )
            if lvl == Level.GOOD:
                return (
                    self.tr("The desk is bound to this machine's keychain (%1).").replace(
                        "%1", str(f.get("backend", ""))
                    ),
                    nothing,
                )
            return (
                self.tr("The desk is not bound to this machine's keychain."),
                self.tr(
                    "A copy of its files could be attacked elsewhere by guessing passwords: "
                    "keep this machine's disk encrypted and its backups locked away."
                ),
            )
        if line.check == Check.VERIFY:
            if f.get("never"):
                return (
                    self.tr("The desk has never been verified."),
                    self.tr("Press “Verify now”."),
                )
            if lvl == Level.BAD:
                return (
                    self.tr("The last verify (%1) found %2 problems.")
                    .replace("%1", when(f["at"]))
                    .replace("%2", str(f["problems"])),
                    self.tr(
                        "Read them on the Audit log page (Verify the chain); restore a backup "
                        "from before the change."
                    ),
                )
            fact = self.tr("The last verify (%1) checked clean.").replace("%1", when(f["at"]))
            todo = nothing if lvl == Level.GOOD else self.tr("Verify again: once a week at least.")
            return fact, todo
        if line.check == Check.FINDINGS:
            if f.get("on_centre") and lvl == Level.GOOD:
                return (
                    self.tr(
                        "On a centre, a cut or changed audit chain refuses the sign-in itself: "
                        "no finding waits."
                    ),
                    nothing,
                )
            if lvl == Level.GOOD:
                return self.tr("No finding of a sign-in is waiting."), nothing
            return (
                self.tr("%1 findings of sign-ins are not acknowledged.").replace(
                    "%1", str(f["count"])
                ),
                self.tr(
                    "Read them on the Audit log page, act, and acknowledge each with what was done."
                ),
            )
        if line.check == Check.PASSWORDS:
            if lvl == Level.GOOD:
                return self.tr("Every user has chosen their own password."), nothing
            return (
                self.tr("Still on the password an administrator set: %1.").replace(
                    "%1", ", ".join(f["names"])
                ),
                self.tr("Ask them to change it at their next sign-in (Desk ▸ Change my password)."),
            )
        if line.check == Check.MINORS:
            if lvl == Level.GOOD:
                return self.tr("No report to the Commission on Minors' Affairs is late."), nothing
            calls = ", ".join(str(c) for c in f.get("calls", []))
            return (
                self.tr(
                    "%1 reports to the Commission on Minors' Affairs are open for more than a "
                    "day (calls %2)."
                )
                .replace("%1", str(f["count"]))
                .replace("%2", calls),
                self.tr("They are due within a day: ask the supervisors to send them today."),
            )
        if lvl == Level.GOOD:
            return self.tr("No follow-up task is overdue."), nothing
        return (
            self.tr("%1 follow-up tasks are overdue.").replace("%1", str(f["count"])),
            self.tr("Ask the supervisors to go through them on the Tasks page."),
        )

    def _fill(self) -> None:
        for line in self.lines:
            mark, fact, todo = self.rows[line.check]
            mark.setText(MARKS[line.level])
            mark.setStyleSheet(STYLES[line.level])
            mark.setToolTip(self.tr(LEVEL_NAMES[line.level]))
            mark.setAccessibleName(self.tr(LEVEL_NAMES[line.level]))
            fact_text, todo_text = self.words(line)
            fact.setText(fact_text)
            todo.setText(todo_text)
            fact.setStyleSheet("" if line.level == Level.GOOD else palette.BOLD)

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Desk health"))
        self.refresh_button.setText(self.tr("Refresh"))
        self.verify_button.setText(self.tr("Verify now"))
        self._fill()
