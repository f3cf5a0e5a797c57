"""The Backups page on a centre: pg_dump of the centre's database on its server, from
the window (services/centre_backup_view.py), and the backups the register of the
chosen folder holds.

The dump is taken with the server's superuser login (PostgreSQL's, typed here; the
workstation does not keep it) over the workstation's pinned TLS connection, for the
administrator signed in, whose password opens the centre's export key. Nothing of
the backup goes through this workstation's cache.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hotline.services import centre_backup_view
from hotline.services.backup_register import BackupEntry
from hotline.services.centre_backup import CentreBackup
from hotline.ui import page_parts as parts
from hotline.ui import palette
from hotline.ui.admin import backup_words as words
from hotline.ui.admin.backups_page import HEADERS, fit_columns
from hotline.ui.i18n import Retranslatable
from hotline.ui.problems import NOTHING_WRITTEN, error_text
from hotline.ui.worker import DbWorker

SUPERUSER = "postgres"  # PostgreSQL's own superuser, as the field starts


class CentreBackupsPage(Retranslatable, QWidget):
    def __init__(self, worker: DbWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.folder: Path | None = None
        self.entries: list[BackupEntry] = []
        self.done: CentreBackup | None = None
        # Where the folder is chosen; tests replace the dialog.
        self.ask_folder: Callable[[str], str | None] = self._ask_folder

        self.heading = QLabel(self)
        self.heading.setStyleSheet(palette.HEADING)
        self.hint = parts.message_label(self, palette.HINT)
        self.box = QGroupBox(self)
        self.folder_value = parts.message_label(self.box, selectable=True)
        self.choose_button = QPushButton(self.box)
        self.superuser = QLineEdit(SUPERUSER, self.box)
        self.superuser.setMaxLength(63)
        self.server_password = QLineEdit(self.box)
        self.server_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password = QLineEdit(self.box)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.folder_label = QLabel(self.box)
        self.superuser_label = QLabel(self.box)
        self.server_password_label = QLabel(self.box)
        self.password_label = QLabel(self.box)
        form = QFormLayout(self.box)
        form.addRow(
            self.folder_label,
            parts.row(self.folder_value, self.choose_button, grow=self.folder_value),
        )
        form.addRow(self.superuser_label, self.superuser)
        form.addRow(self.server_password_label, self.server_password)
        form.addRow(self.password_label, self.password)
        self.now_button = QPushButton(self)
        self.now_button.setStyleSheet(palette.SAVE_BUTTON)
        self.status = parts.message_label(self, shown=False)  # follows a language switch
        self.register_label = QLabel(self)
        self.register_label.setStyleSheet(palette.HEADING)
        self.table = QTableWidget(0, len(HEADERS), self)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.hint)
        layout.addWidget(self.box)
        layout.addLayout(parts.row(self.now_button, parts.STRETCH))
        layout.addWidget(self.status)
        layout.addWidget(self.register_label)
        layout.addWidget(self.table, 1)

        self.choose_button.clicked.connect(self.choose_folder)
        self.now_button.clicked.connect(self.back_up_now)
        for field in (self.superuser, self.server_password, self.password):
            field.textChanged.connect(lambda _t: self._update())
        self.retranslate()
        self._update()

    # --- the folder ------------------------------------------------------------------
    def _ask_folder(self, start: str) -> str | None:
        path = QFileDialog.getExistingDirectory(self, self.tr("Backup folder"), start)
        return path or None

    def choose_folder(self) -> None:
        picked = self.ask_folder(str(self.folder or Path.home()))
        if picked:
            self.set_folder(Path(picked))

    def set_folder(self, folder: Path) -> None:
        self.folder = folder
        self.folder_value.setText(str(folder))
        self._update()
        self.refresh()

    def refresh(self) -> None:
        if self.folder is not None:
            self.worker.call(
                centre_backup_view.written, self.folder, on_done=self._show, on_error=self._failed
            )

    def _show(self, entries: list[BackupEntry]) -> None:
        self.entries = entries
        self._fill()

    def _fill(self) -> None:
        self.table.setRowCount(len(self.entries))
        for row, entry in enumerate(self.entries):
            for column, text in enumerate(words.register_cells(entry)):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, entry.seq)
                if column == words.SHA_COLUMN:
                    item.setToolTip(entry.sha256)
                self.table.setItem(row, column, item)
        fit_columns(self.table)

    # --- the backup ------------------------------------------------------------------
    def _update(self) -> None:
        ready = (
            self.folder is not None
            and bool(self.superuser.text().strip())
            and bool(self.server_password.text())
            and bool(self.password.text())
        )
        self.now_button.setEnabled(ready)

    def back_up_now(self) -> None:
        if self.folder is None:
            return
        self.now_button.setEnabled(False)
        self._say(lambda: self.tr("Backing up the centre on its server…"), True)
        self.worker.call(
            centre_backup_view.back_up,
            self.folder,
            self.superuser.text(),
            self.server_password.text(),
            self.password.text(),
            on_done=self._written,
            on_error=self._failed,
        )

    def _written(self, done: CentreBackup) -> None:
        self.done = done
        self.server_password.clear()
        self.password.clear()
        self._say(
            lambda: self.tr(
                "Backup of the centre written: {path} ({calls} calls, {size}). The free text "
                "and identities are in it sealed, as on the server. Keep it away from the "
                "server."
            ).format(path=str(done.path), calls=done.calls, size=words.size_text(done.size)),
            True,
        )
        self.refresh()

    def _failed(self, exc: BaseException) -> None:
        self._say(lambda: error_text(exc, NOTHING_WRITTEN), False)
        self._update()

    def _say(self, text: parts.Said, good: bool) -> None:
        """Said again in the new language at a switch where `text` is a function."""
        self.status.say(text, palette.GOOD_BANNER if good else palette.BAD_BANNER)

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Backups of the centre"))
        self.hint.setText(
            self.tr(
                "A backup of a centre is PostgreSQL's pg_dump of its database on the server, "
                "taken with the server's superuser login for an administrator: the free text, "
                "the identities and the data keys are in it as the sealed bytes the server "
                "holds. Each one is recorded in a register beside the backup files. Restoring "
                "a centre is done on the server: hotline restore --server."
            )
        )
        self.box.setTitle(self.tr("Back up now"))
        self.folder_label.setText(self.tr("Folder:"))
        if self.folder is None:
            self.folder_value.setText(self.tr("none chosen yet"))
        self.choose_button.setText(self.tr("Choose…"))
        self.superuser_label.setText(self.tr("The server's superuser:"))
        self.server_password_label.setText(self.tr("Its password:"))
        self.password_label.setText(self.tr("Your password:"))
        self.now_button.setText(self.tr("Back up the centre now"))
        self.register_label.setText(self.tr("Backups in this folder (the register)"))
        self.table.setHorizontalHeaderLabels([words.tr(h) for h in HEADERS])
        self._fill()
