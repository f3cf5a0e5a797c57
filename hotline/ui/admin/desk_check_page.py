"""The Desk check page: verify the desk from the window (on the worker, with progress),
optionally against a backup or export manifest kept elsewhere, and, for administrators,
give the database a new key (every slot rewrapped).

The checks are those of `hotline verify` (services/integrity.py); their findings are
technical lines in English, shown under a heading in the user's language, as the
command line prints them.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from hotline.i18n import QT_TRANSLATE_NOOP
from hotline.permissions import Action
from hotline.services import centre_audit_view, integrity, users
from hotline.services.integrity import Report
from hotline.services.session import Session
from hotline.ui import page_parts as parts
from hotline.ui import palette
from hotline.ui.i18n import Retranslatable
from hotline.ui.problems import NOTHING_CHANGED, error_text, said_text
from hotline.ui.progress_run import ProgressRun
from hotline.ui.worker import DbWorker

FACTS = {
    "calls": QT_TRANSLATE_NOOP("DeskCheckPage", "Calls"),
    "audit_entries": QT_TRANSLATE_NOOP("DeskCheckPage", "Audit entries"),
    "schema_version": QT_TRANSLATE_NOOP("DeskCheckPage", "Database version"),
    "users": QT_TRANSLATE_NOOP("DeskCheckPage", "Active users"),
}


def _may_rotate(session: Session) -> bool:
    """The database key is the single-file desk's (a centre's server has no such key)."""
    return session.can(Action.ROTATE_KEY) and not centre_audit_view.on_centre(session)


class DeskCheckPage(Retranslatable, QWidget):
    def __init__(self, worker: DbWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.report: Report | None = None
        self.witness: Path | None = None
        # a centre's session: the centre's chain checked on its server
        session = worker.session
        self.on_centre = session is not None and centre_audit_view.on_centre(session)
        self.message: Callable[[], str] = lambda: ""
        # Dialogs; tests replace them.
        self.ask_witness: Callable[[], str | None] = self._ask_witness
        self.confirm: Callable[[str], bool] = self._confirm

        self.verify_box = QGroupBox(self)
        self.verify_hint = parts.message_label(self.verify_box, palette.HINT)
        self.verify_button = QPushButton(self.verify_box)
        self.verify_button.setStyleSheet(palette.SAVE_BUTTON)
        self.witness_button = QPushButton(self.verify_box)
        self.witness_button.setVisible(not self.on_centre)  # a centre's backup is a pg_dump
        self.progress = QProgressBar(self.verify_box)
        self.progress.setRange(0, integrity.VERIFY_STEPS)
        self.progress.setMinimumWidth(320)
        self.progress.setVisible(False)
        self.run = ProgressRun(self.progress, self)
        self.progressed = self.run.progressed
        self.result = parts.message_label(self.verify_box, selectable=True, shown=False)
        inner = QVBoxLayout(self.verify_box)
        inner.addWidget(self.verify_hint)
        inner.addLayout(
            parts.row(self.verify_button, self.witness_button, self.progress, parts.STRETCH)
        )
        inner.addWidget(self.result)

        self.rotate_box = QGroupBox(self)
        self.rotate_hint = parts.message_label(self.rotate_box, palette.HINT)
        self.rotate_button = QPushButton(self.rotate_box)
        self.rotate_box.setVisible(False)
        rotate_inner = QVBoxLayout(self.rotate_box)
        rotate_inner.addWidget(self.rotate_hint)
        rotate_inner.addLayout(parts.row(self.rotate_button, parts.STRETCH))

        self.status = parts.message_label(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.verify_box)
        layout.addWidget(self.rotate_box)
        layout.addWidget(self.status)
        layout.addStretch(1)

        self.verify_button.clicked.connect(lambda: self.verify(None))
        self.witness_button.clicked.connect(self.verify_against_witness)
        self.rotate_button.clicked.connect(self.rotate)
        self.retranslate()
        self.worker.call(_may_rotate, on_done=self._rotation_allowed, on_error=lambda _e: None)

    # --- texts -------------------------------------------------------------------------
    def retranslate(self) -> None:
        if self.on_centre:
            self.verify_box.setTitle(self.tr("Verify the centre"))
            self.verify_hint.setText(
                self.tr(
                    "Checks the centre's audit chain on its server: every entry's signature "
                    "and link, the members' keys and roles against the chain, the calls "
                    "against their entries, the sealing register, and the head of the chain "
                    "this workstation saw last."
                )
            )
        else:
            self.verify_box.setTitle(self.tr("Verify the desk"))
            self.verify_hint.setText(
                self.tr(
                    "Checks every page of the database, its integrity, the key slots against "
                    "the users, the audit chain and its head, the rows of calls and users "
                    "against the log, and the backup register. Against a backup or an export "
                    "manifest kept elsewhere, it also shows whether the desk was rolled back "
                    "since."
                )
            )
        self.verify_button.setText(self.tr("Verify now"))
        self.witness_button.setText(self.tr("Verify against a backup kept elsewhere…"))
        self.rotate_box.setTitle(self.tr("The database key"))
        self.rotate_hint.setText(
            self.tr(
                "Gives the database a new key and seals it again to every user's key slot, "
                "without anyone's password. Do it after disabling a user who may have kept a "
                "copy of the desk's files. Backups written before keep the old key and are "
                "restored with the passwords of their day."
            )
        )
        self.rotate_button.setText(self.tr("Give the database a new key…"))
        if self.report is not None:
            self._show_report(self.report)
        self.status.setText(self.message())

    def _say(self, text: Callable[[], str], ok: bool) -> None:
        self.message = text
        self.status.setStyleSheet(palette.GOOD_TEXT if ok else palette.ERROR_MESSAGE)
        self.status.setText(text())

    def _rotation_allowed(self, allowed: bool) -> None:
        if isValid(self):
            self.rotate_box.setVisible(bool(allowed))

    # --- verify ------------------------------------------------------------------------
    def _ask_witness(self) -> str | None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("A backup or an export manifest kept elsewhere")
        )
        return path or None

    def verify_against_witness(self) -> None:
        picked = self.ask_witness()
        if picked:
            self.verify(Path(picked))

    def verify(self, witness: Path | None) -> None:
        self.witness = witness
        self._busy(True)
        self.progress.setValue(0)
        if self.on_centre:  # one query on the server: no steps to count
            self.progress.setRange(0, 0)
        self.progress.setVisible(True)
        self._say(lambda: self.tr("Verifying…"), True)
        self.worker.call(
            centre_audit_view.verify,
            witness,
            self.run.report,
            on_done=self._verified,
            on_error=self._failed,
        )

    def _busy(self, on: bool) -> None:
        for button in (self.verify_button, self.witness_button, self.rotate_button):
            button.setEnabled(not on)

    def _verified(self, report: Report) -> None:
        if not isValid(self):
            return
        self._busy(False)
        self.progress.setVisible(False)
        self.report = report
        self._show_report(report)
        self._say(lambda: "", True)

    def _show_report(self, report: Report) -> None:
        if not report.ok:
            first = self.tr("Problems found (%1):").replace("%1", str(len(report.problems)))
        elif self.on_centre:
            first = self.tr("The centre's audit chain checks clean on its server.")
        else:
            first = self.tr("The database, the key file and the audit chain check clean.")
        lines = [first]
        lines += [f"  • {said_text(problem)}" for problem in report.problems]
        if report.warnings:
            lines.append(self.tr("Warnings:"))
            lines += [f"  • {said_text(warning)}" for warning in report.warnings]
        facts = ", ".join(
            f"{QCoreApplication.translate('DeskCheckPage', FACTS.get(k, k))}: {v:,}"
            if isinstance(v, int)
            else f"{k}: {v}"
            for k, v in report.facts.items()
        )
        lines.append(facts)
        if self.witness is not None:
            lines.append(self.tr("Checked against {path}.").format(path=str(self.witness)))
        self.result.setStyleSheet(
            palette.WIDE_GOOD_BANNER if report.ok else palette.WIDE_BAD_BANNER
        )
        self.result.setText("\n".join(lines))
        self.result.setVisible(True)

    def _failed(self, exc: BaseException) -> None:
        if not isValid(self):
            return
        self._busy(False)
        self.progress.setVisible(False)
        self._say(lambda: error_text(exc, NOTHING_CHANGED), False)

    # --- the key -----------------------------------------------------------------------
    def _confirm(self, text: str) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("The database key"),
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    def rotate(self) -> None:
        if not self.confirm(
            self.tr(
                "Give the database a new key now? Everyone keeps their password; the desk "
                "stays open. Write a new backup afterwards."
            )
        ):
            return
        self._busy(True)
        self._say(lambda: self.tr("Giving the database a new key…"), True)
        self.worker.call(users.rotate_database_key, on_done=self._rotated, on_error=self._failed)

    def _rotated(self, generation: int) -> None:
        if not isValid(self):
            return
        self._busy(False)
        self._say(
            lambda: self.tr(
                "The database has a new key (generation {generation}); every slot was "
                "rewrapped. Write a new backup now."
            ).format(generation=generation),
            True,
        )
