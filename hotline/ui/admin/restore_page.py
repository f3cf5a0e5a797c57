"""The Restore page (administrators): pick a backup, see what it holds (the dates of the
first and last call, counts, users) before anything changes, then restore it: unpacked
into a new folder beside the desk, opened and verified there, then swapped in. The window
says what was replaced and where it went, and returns to the sign-in.

Nothing changes until "Restore this backup" is confirmed; the preview and the restore
both run on the database worker and open the backup with the password the administrator
had when it was written (the backup carries the key file of its day).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from hotline.errors import InvalidInput
from hotline.i18n import QT_TRANSLATE_NOOP
from hotline.permissions import ROLE_LABELS, Action
from hotline.said import joined
from hotline.services import backup, backup_register, backup_schedule
from hotline.services.backup import BackupPreview
from hotline.services.backup_schedule import Overview
from hotline.services.session import Session
from hotline.ui import page_parts as parts
from hotline.ui import palette
from hotline.ui.admin import backup_words as words
from hotline.ui.admin.backups_page import fit_columns
from hotline.ui.i18n import Retranslatable
from hotline.ui.problems import NOTHING_CHANGED, error_text, said_text
from hotline.ui.worker import DbWorker

HEADERS = (
    QT_TRANSLATE_NOOP("Backups", "Written"),
    QT_TRANSLATE_NOOP("Backups", "File"),
    QT_TRANSLATE_NOOP("Backups", "Calls"),
    QT_TRANSLATE_NOOP("Backups", "State"),
)
RECOVERY_CANNOT = QT_TRANSLATE_NOOP(
    "errors",
    "Sign in as an administrator to restore: a backup is opened with the password its "
    "user had when it was written.",
)
_kept: list[QMessageBox] = []  # the result box outlives the window that showed it


def _who(session: Session) -> tuple[str, str]:
    """The desk's id and the name of the administrator who restores (the recovery code
    cannot: a restore opens the backup with a user's password of its day)."""
    if session.user is None:
        raise InvalidInput(field="user", problem=RECOVERY_CANNOT)
    return session.keyfile.desk_id, session.user.name


def _preview_job(session: Session, archive: Path, password: str) -> BackupPreview:
    desk_id, name = _who(session)
    session.require(Action.RESTORE)
    return backup.preview(session.paths, archive, name, password, desk_id)


def restore_job(worker: DbWorker, archive: Path, password: str, sha256: str) -> Path:
    """On the worker: restore, closing the window's session just before the swap."""
    session = worker.session
    if session is None:
        raise RuntimeError("the desk is not open")
    _desk_id, name = _who(session)
    session.require(Action.RESTORE)

    def release(aside: Path) -> None:
        backup_register.note_restore(session, archive, sha256, aside)
        session.close()
        worker.session = None

    return backup.restore(
        session.paths, archive, name, password, expected_sha256=sha256, release=release
    )


class RestorePage(Retranslatable, QWidget):
    def __init__(self, worker: DbWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.overview: Overview | None = None
        self.archive: Path | None = None
        self.shown: BackupPreview | None = None
        self.message: Callable[[], str] = lambda: ""
        # Dialogs; tests replace them.
        self.ask_file: Callable[[], str | None] = self._ask_file
        self.confirm: Callable[[str], bool] = self._confirm
        self.after_restore: Callable[[str], None] = self._show_and_sign_out

        self.hint = parts.message_label(self, palette.HINT)
        self.table = parts.list_table(self, len(HEADERS), stretch=1)
        self.other_button = QPushButton(self)
        self.chosen_label = parts.message_label(self)
        self.password_label = QLabel(self)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_label.setBuddy(self.password)
        self.preview_button = QPushButton(self)
        self.preview = parts.message_label(self, shown=False)
        self.restore_button = QPushButton(self)
        self.restore_button.setStyleSheet(palette.SAVE_BUTTON)
        self.restore_button.setEnabled(False)
        self.status = parts.message_label(self)

        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.table, 1)
        layout.addLayout(parts.row(self.chosen_label, self.other_button, grow=self.chosen_label))
        layout.addLayout(
            parts.row(self.password_label, self.password, self.preview_button, grow=self.password)
        )
        layout.addWidget(self.preview)
        layout.addLayout(parts.row(self.restore_button, parts.STRETCH))
        layout.addWidget(self.status)
        layout.addStretch(0)

        self.table.itemSelectionChanged.connect(self._picked_from_register)
        self.other_button.clicked.connect(self.pick_other_file)
        self.preview_button.clicked.connect(self.show_preview)
        self.password.returnPressed.connect(self.show_preview)
        self.restore_button.clicked.connect(self.restore)
        self.retranslate()
        self.refresh()

    # --- texts -----------------------------------------------------------------------
    def retranslate(self) -> None:
        self.hint.setText(
            self.tr(
                "Restoring puts the whole desk back as it was when the backup was written; "
                "what was saved since is not in it. First see what the backup holds: nothing "
                "changes until you restore. The files it replaces are kept in a folder beside "
                "the desk, and everyone signs in again with the passwords of that day."
            )
        )
        self.table.setHorizontalHeaderLabels([words.tr(h) for h in HEADERS])
        self.other_button.setText(self.tr("Another backup file…"))
        self.password_label.setText(self.tr("Your password when the backup was written:"))
        self.preview_button.setText(self.tr("Show what it holds"))
        self.restore_button.setText(self.tr("Restore this backup…"))
        self._show_chosen()
        self._fill()
        if self.shown is not None:
            self._show_preview(self.shown)
        self.status.setText(self.message())

    def _say(self, text: Callable[[], str], ok: bool) -> None:
        self.message = text
        self.status.setStyleSheet(palette.GOOD_TEXT if ok else palette.ERROR_MESSAGE)
        self.status.setText(text())

    def _show_chosen(self) -> None:
        self.chosen_label.setText(
            self.tr("Backup: {path}").format(path=str(self.archive))
            if self.archive is not None
            else self.tr("Pick a backup above, or another backup file.")
        )

    # --- picking -----------------------------------------------------------------------
    def refresh(self) -> None:
        self.worker.call(backup_schedule.overview, on_done=self._got, on_error=self._failed)

    def _got(self, overview: Overview) -> None:
        if isValid(self):
            self.overview = overview
            self._fill()

    def _fill(self) -> None:
        if self.overview is None:
            return
        entries = [e for e in self.overview.entries if not e.removed]
        entries.sort(key=lambda e: (e.created_at, e.seq), reverse=True)
        self.table.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            cells = (
                words.when_text(entry.created_at),
                str(entry.path),
                f"{entry.calls:,}",
                words.state_text(entry),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, str(entry.path))
                self.table.setItem(row, column, item)
        fit_columns(self.table)

    def _picked_from_register(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        item = self.table.item(rows[0].row(), 0) if rows else None
        if item is not None:
            self._choose(Path(str(item.data(Qt.ItemDataRole.UserRole))))

    def _ask_file(self) -> str | None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Backup file"), "", self.tr("Backups (*.tar)")
        )
        return path or None

    def pick_other_file(self) -> None:
        picked = self.ask_file()
        if picked:
            self.table.clearSelection()
            self._choose(Path(picked))

    def _choose(self, archive: Path) -> None:
        self.archive = archive
        self.shown = None
        self.preview.setVisible(False)
        self.restore_button.setEnabled(False)
        self._show_chosen()
        self._say(lambda: "", True)
        self.password.setFocus()

    # --- the preview -------------------------------------------------------------------
    def show_preview(self) -> None:
        if self.archive is None:
            self._say(lambda: self.tr("Pick a backup first."), False)
            return
        if not self.password.text():
            self._say(
                lambda: self.tr("Type your password of the day the backup was written."), False
            )
            return
        self._busy(True)
        self._say(lambda: self.tr("Opening the backup beside the desk…"), True)
        self.worker.call(
            _preview_job,
            self.archive,
            self.password.text(),
            on_done=self._previewed,
            on_error=self._failed,
        )

    def _busy(self, on: bool) -> None:
        for widget in (self.preview_button, self.other_button, self.table, self.password):
            widget.setEnabled(not on)
        if on:
            self.restore_button.setEnabled(False)

    def _previewed(self, found: BackupPreview) -> None:
        if not isValid(self):
            return
        self._busy(False)
        self.shown = found
        self._show_preview(found)
        usable = found.same_desk and not found.problems
        self.restore_button.setEnabled(usable)
        self._say(
            (lambda: self.tr("Nothing was changed. Restore it if this is the backup you want."))
            if usable
            else (lambda: self.tr("This backup cannot be restored here; nothing was changed.")),
            usable,
        )

    def _show_preview(self, found: BackupPreview) -> None:
        summary = found.summary
        lines = [
            self.tr("Written {when} by version {software} (database version {schema}).").format(
                when=words.when_text(found.written_at) if found.written_at else "?",
                software=found.software or "?",
                schema=found.schema_version,
            )
        ]
        if summary.calls and summary.first_call and summary.last_call:
            lines.append(
                self.tr("{calls} calls: the first on {first}, the last on {last}.").format(
                    calls=f"{summary.calls:,}",
                    first=words.when_text(summary.first_call),
                    last=words.when_text(summary.last_call),
                )
            )
        else:
            lines.append(self.tr("No calls."))
        users = []
        for user in summary.users:
            roles = ", ".join(
                QCoreApplication.translate("roles", ROLE_LABELS[r]) for r in sorted(user.roles)
            )
            text = f"{user.name} ({roles})"
            users.append(text if user.active else self.tr("{user}, disabled").format(user=text))
        lines.append(
            self.tr("Users ({count}): {users}").format(count=len(users), users="; ".join(users))
        )
        lines.append(
            self.tr("Audit log: {count} entries, the last on {when}.").format(
                count=f"{summary.audit_entries:,}",
                when=words.when_text(summary.last_audit) if summary.last_audit else "?",
            )
        )
        lines.append(self.tr("SHA-256: {digest}").format(digest=found.sha256))
        if not found.same_desk:
            lines.append(self.tr("This is a backup of another desk: it is not restored here."))
        if found.problems:
            lines.append(
                self.tr("Its checks found problems: {problems}").format(
                    problems=said_text(joined(found.problems[:3]))
                )
            )
        bad = bool(found.problems) or not found.same_desk
        self.preview.setStyleSheet(palette.WIDE_BAD_BANNER if bad else palette.WIDE_INFO_BANNER)
        self.preview.setText("\n".join(lines))
        self.preview.setVisible(True)

    def _failed(self, exc: BaseException) -> None:
        if not isValid(self):
            return
        self._busy(False)
        self._say(lambda: error_text(exc, NOTHING_CHANGED), False)

    # --- restoring ---------------------------------------------------------------------
    def _confirm(self, text: str) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Restore this backup"),
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    def restore(self) -> None:
        found = self.shown
        if found is None or found.problems or not found.same_desk:
            return
        question = self.tr(
            "Replace the whole desk with the backup written {when}? Everything saved since "
            "then is replaced (it is kept aside, not deleted), and you will sign in again."
        ).format(when=words.when_text(found.written_at) if found.written_at else "?")
        if not self.confirm(question):
            return
        main = self.window()
        flush = getattr(main, "flush_pages", None)
        if callable(flush):
            flush()  # a draft on another page is saved before the desk is replaced
        self._busy(True)
        self._say(lambda: self.tr("Restoring: unpacking, opening and checking the backup…"), True)
        self.worker.run(
            restore_job,
            self.worker,
            found.archive,
            self.password.text(),
            found.sha256,
            on_done=self._restored,
            on_error=self._not_restored,
        )

    def _restored(self, aside: Path) -> None:
        self.password.clear()
        found = self.shown
        text = self.tr(
            "The desk was restored from {path} (written {when}). The files it replaced were "
            "moved to {aside}. Sign in again with your password of that day."
        ).format(
            path=str(found.archive) if found else "?",
            when=words.when_text(found.written_at) if found and found.written_at else "?",
            aside=str(aside),
        )
        self._say(lambda: text, True)
        self.after_restore(text)

    def _not_restored(self, exc: BaseException) -> None:
        if not isValid(self):
            return
        self.password.clear()
        self._busy(False)
        if self.worker.session is None:
            # The window's session was closed for the swap, which then failed.
            self._say(lambda: error_text(exc, NOTHING_CHANGED), False)
            self.after_restore(error_text(exc, NOTHING_CHANGED))
            return
        self._failed(exc)

    def _show_and_sign_out(self, text: str) -> None:
        box = QMessageBox()
        box.setIcon(QMessageBox.Icon.Information)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setWindowTitle(self.tr("Restore this backup"))
        box.setText(text)
        box.setModal(False)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        _kept.append(box)
        box.finished.connect(lambda _result: _kept.remove(box))
        box.show()
        sign_out: Any = getattr(self.window(), "sign_out", None)
        if callable(sign_out):
            sign_out()
