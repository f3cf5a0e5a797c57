"""The sign-in window: user, password, interface language; key derivation runs
on the worker thread with a busy indicator; slow-down messages are shown."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMenuBar,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hotline.paths import DeskPaths
from hotline.permissions import ROLE_LABELS, Role
from hotline.ui import i18n, palette
from hotline.ui.about import HelpMenu
from hotline.ui.i18n import Retranslatable
from hotline.ui.problems import error_text
from hotline.ui.recovery_panel import RecoveryPanel
from hotline.ui.sign_in import (
    SignedIn,
    centre_offline_job,
    centre_unlock_job,
    offers_offline,
    unlock_job,
)
from hotline.ui.worker import DbWorker

if TYPE_CHECKING:
    from hotline.services.joined import Workstation


class LoginWindow(Retranslatable, QWidget):
    signed_in = Signal(object)  # SignedIn

    def __init__(
        self,
        worker: DbWorker,
        paths: DeskPaths,
        demo_users: list[tuple[str, str, Role]] | None = None,
        parent: QWidget | None = None,
        workstation: Workstation | None = None,
    ) -> None:
        super().__init__(parent)
        self.worker = worker
        self.paths = paths
        self.workstation = workstation  # joined to a centre: sign in there
        self.demo_users = demo_users or []
        self._message: Callable[[], str] | None = None
        self._offline = False  # the last sign-in tried was offline
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 24)
        menu_bar = QMenuBar(self)
        self.help_menu = HelpMenu(lambda: self.paths.root, self)
        menu_bar.addMenu(self.help_menu)
        layout.setMenuBar(menu_bar)
        self.title = QLabel(self)
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.title.setFont(font)
        layout.addWidget(self.title)
        self.subtitle = QLabel(self)
        self.subtitle.setWordWrap(True)
        layout.addWidget(self.subtitle)
        form = QFormLayout()
        self.form = form
        self.user = QLineEdit(self)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.language = QComboBox(self)
        for language in i18n.LANGUAGES:
            self.language.addItem(i18n.NATIVE_NAMES[language], language)
        self.language.setCurrentIndex(i18n.LANGUAGES.index(i18n.current()))
        self.language.currentIndexChanged.connect(self._language_changed)
        self.user_label, self.password_label, self.language_label = (
            QLabel(self),
            QLabel(self),
            QLabel(self),
        )
        form.addRow(self.user_label, self.user)
        form.addRow(self.password_label, self.password)
        form.addRow(self.language_label, self.language)
        for label, field in (
            (self.user_label, self.user),
            (self.password_label, self.password),
            (self.language_label, self.language),
        ):
            label.setBuddy(field)
        layout.addLayout(form)
        self.button = QPushButton(self)
        self.button.setDefault(True)
        self.button.setMinimumHeight(36)
        self.button.clicked.connect(self.submit)
        self.password.returnPressed.connect(self.submit)
        self.user.returnPressed.connect(self.password.setFocus)
        layout.addWidget(self.button)
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setMaximumHeight(8)
        self.busy.hide()
        layout.addWidget(self.busy)
        self.message = QLabel(self)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.message.setStyleSheet(palette.ERROR_MESSAGE)
        layout.addWidget(self.message)
        # The centre's server away at sign-in: signing in from this computer's copy.
        self.offline_button = QPushButton(self)
        self.offline_button.setMinimumHeight(36)
        self.offline_button.clicked.connect(self.submit_offline)
        self.offline_button.hide()
        layout.addWidget(self.offline_button)
        self.demo_box = QLabel(self)
        self.demo_box.setTextFormat(Qt.TextFormat.PlainText)
        self.demo_box.setWordWrap(True)
        self.demo_box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.demo_box.setStyleSheet(palette.WIDE_INFO_BANNER)
        self.demo_box.setVisible(bool(self.demo_users))
        layout.addWidget(self.demo_box)
        self.forgot = QPushButton(self)
        self.forgot.setFlat(True)
        self.forgot.setCheckable(True)
        self.forgot.toggled.connect(self._toggle_recovery)
        # Not on a centre yet: the recovery code opens the single-file desk only.
        self.forgot.setVisible(not self.demo_users and workstation is None)
        layout.addWidget(self.forgot, 0, Qt.AlignmentFlag.AlignLeft)
        self.recovery = RecoveryPanel(worker, paths, self)
        self.recovery.hide()
        self.recovery.signed_in.connect(self._done)
        self.recovery.busy.connect(self.busy.setVisible)
        layout.addWidget(self.recovery)
        layout.addStretch(1)
        self.retranslate()
        self.user.setFocus()

    def _toggle_recovery(self, on: bool) -> None:
        self.recovery.setVisible(on)
        if on:
            if not self.recovery.user.text():
                self.recovery.user.setText(self.user.text().strip())
            self.recovery.code.setFocus()

    def _language_changed(self, index: int) -> None:
        language = str(self.language.itemData(index))
        i18n.install(language)
        i18n.save_language(language)

    def set_busy(self, on: bool) -> None:
        self.busy.setVisible(on)
        for widget in (self.user, self.password, self.button, self.language, self.offline_button):
            widget.setEnabled(not on)

    def submit(self) -> None:
        self._submit(offline=False)

    def submit_offline(self) -> None:
        """Sign in from the workstation's copy of the centre's keys (the server away)."""
        self._submit(offline=True)

    def _submit(self, offline: bool) -> None:
        name, password = self.user.text().strip(), self.password.text()
        if not name:
            self._show(lambda: self.tr("Type your user name."))
            self.user.setFocus()
            return
        if not password:
            self._show(lambda: self.tr("Type your password."))
            self.password.setFocus()
            return
        self._show(None)
        self._offline = offline
        self.offline_button.setVisible(offline)
        self.set_busy(True)
        # On a joined workstation the centre's server (or its copy here), else the desk's folder.
        job: Callable[..., SignedIn] = unlock_job
        where: object = self.paths
        if self.workstation is not None:
            job = centre_offline_job if offline else centre_unlock_job
            where = self.workstation
        self.worker.run(
            job,
            self.worker,
            where,
            name,
            password,
            on_done=self._done,
            on_error=self._failed,
        )

    def _done(self, result: SignedIn) -> None:
        self.set_busy(False)
        self.password.clear()
        self.signed_in.emit(result)

    def _failed(self, exc: BaseException) -> None:
        self.set_busy(False)
        if self.workstation is not None and offers_offline(exc, self.workstation):
            self._show(
                lambda: (
                    error_text(exc)
                    + "\n"
                    + self.tr(
                        "You can sign in offline, with this computer's copy of the centre's "
                        "keys: the calls you save are kept here and sent when the server is back."
                    )
                )
            )
            self.offline_button.show()
            self.offline_button.setFocus()
            return
        # A wrong password offline: the offer stays, for the next try.
        self.offline_button.setVisible(self._offline)
        self._show(lambda: error_text(exc))
        self.password.selectAll()
        self.password.setFocus()

    def _show(self, message: Callable[[], str] | None) -> None:
        """Messages are kept as callables so that they follow a language switch."""
        self._message = message
        self.message.setText(message() if message else "")

    def retranslate(self) -> None:
        message = getattr(self, "_message", None)
        if message is not None:
            self.message.setText(message())
        title = self.tr("152 — Hotline desk")
        self.setWindowTitle(title + (" — " + self.tr("DEMO") if self.demo_users else ""))
        self.title.setText(title + (" — " + self.tr("DEMO") if self.demo_users else ""))
        if self.workstation is None:
            self.subtitle.setText(self.tr("Sign in to take calls. Everything stays encrypted."))
        else:
            where = f"{self.workstation.host}:{self.workstation.port}/{self.workstation.database}"
            self.subtitle.setText(
                self.tr(
                    "Sign in to the centre on {server}. Notes and identity details are "
                    "encrypted on this computer before they are sent."
                ).format(server=where)
            )
        self.user_label.setText(self.tr("User name"))
        self.password_label.setText(self.tr("Password"))
        self.language_label.setText(self.tr("Interface language"))
        self.user.setAccessibleName(self.tr("User name"))
        self.password.setAccessibleName(self.tr("Password"))
        self.language.setAccessibleName(self.tr("Interface language"))
        self.button.setText(self.tr("Sign in"))
        self.button.setAccessibleName(self.tr("Sign in"))
        self.offline_button.setText(self.tr("Sign in offline"))
        self.offline_button.setAccessibleName(self.tr("Sign in offline"))
        self.busy.setAccessibleName(self.tr("Opening the desk"))
        self.forgot.setText(self.tr("Password lost? Use the recovery code"))
        self.forgot.setAccessibleName(self.forgot.text())
        if self.demo_users:
            lines = [
                self.tr(
                    "DEMO desk with invented calls, deleted when the program closes. Demo users:"
                )
            ]
            lines += [
                f"  {name} / {password}  ({QCoreApplication.translate('roles', ROLE_LABELS[role])})"
                for name, password, role in self.demo_users
            ]
            self.demo_box.setText("\n".join(lines))
            self.demo_box.setAccessibleName(self.tr("Demo users and passwords"))
