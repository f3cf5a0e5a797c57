"""First run: create the administrator, show the recovery code once and have one
group typed back, and say plainly whether the OS keychain binds the desk."""

from __future__ import annotations

import secrets

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from hotline import desk_time
from hotline.errors import InvalidInput
from hotline.paths import DeskPaths
from hotline.services import desk
from hotline.services.desk import InitResult
from hotline.ui import palette
from hotline.ui.i18n import Retranslatable
from hotline.ui.problems import error_text
from hotline.ui.worker import DbWorker


def _init_job(paths: DeskPaths, name: str, password: str, bind: bool, zone: str) -> InitResult:
    return desk.init_desk(paths, name, password, bind_device=bind, time_zone=zone)


def zone_names() -> list[str]:
    """The zone database's names, the desk's default first."""
    from zoneinfo import available_timezones

    names = sorted(n for n in available_timezones() if "/" in n and not n.startswith("Etc/"))
    return [desk_time.DEFAULT_ZONE, *(n for n in names if n != desk_time.DEFAULT_ZONE)]


class SetupWizard(Retranslatable, QWidget):
    """Emits `finished(admin_name)` once the code has been typed back."""

    finished = Signal(str)

    def __init__(
        self,
        worker: DbWorker,
        paths: DeskPaths,
        keychain: tuple[bool, str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.worker = worker
        self.paths = paths
        self.secure, self.backend = keychain or desk.keychain_available()
        self.result: InitResult | None = None
        self.check_group = 0
        self.setMinimumWidth(620)
        outer = QVBoxLayout(self)
        self.stack = QStackedWidget(self)
        outer.addWidget(self.stack)

        # page 1: the administrator and the keychain
        first = QWidget(self.stack)
        layout = QVBoxLayout(first)
        self.title = QLabel(first)
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.title.setFont(font)
        self.intro = QLabel(first)
        self.intro.setWordWrap(True)
        layout.addWidget(self.title)
        layout.addWidget(self.intro)
        form = QFormLayout()
        self.name = QLineEdit(first)
        self.password = QLineEdit(first)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit(first)
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.name_label, self.password_label, self.repeat_label = (
            QLabel(first),
            QLabel(first),
            QLabel(first),
        )
        form.addRow(self.name_label, self.name)
        form.addRow(self.password_label, self.password)
        form.addRow(self.repeat_label, self.repeat)
        # The zone the desk's months are counted in (exports, statistics, the call log).
        self.zone = QComboBox(first)
        self.zone.setEditable(True)
        self.zone.addItems(zone_names())
        self.zone.setCurrentText(desk_time.DEFAULT_ZONE)
        self.zone_label = QLabel(first)
        form.addRow(self.zone_label, self.zone)
        layout.addLayout(form)
        self.keychain = QLabel(first)
        self.keychain.setTextFormat(Qt.TextFormat.PlainText)
        self.keychain.setWordWrap(True)
        self.keychain.setStyleSheet(
            palette.WIDE_GOOD_BANNER if self.secure else palette.WIDE_BAD_BANNER
        )
        layout.addWidget(self.keychain)
        self.unbound = QCheckBox(first)
        self.unbound.setVisible(not self.secure)
        layout.addWidget(self.unbound)
        self.create_button = QPushButton(first)
        self.create_button.setMinimumHeight(36)
        self.create_button.clicked.connect(self.submit)
        layout.addWidget(self.create_button)
        self.busy = QProgressBar(first)
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setMaximumHeight(8)
        self.busy.hide()
        layout.addWidget(self.busy)
        self.message = QLabel(first)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.message.setStyleSheet(palette.ERROR_MESSAGE)
        layout.addWidget(self.message)
        layout.addStretch(1)
        self.stack.addWidget(first)

        # page 2: the recovery code
        second = QWidget(self.stack)
        layout2 = QVBoxLayout(second)
        self.code_title = QLabel(second)
        self.code_title.setFont(font)
        self.code_intro = QLabel(second)
        self.code_intro.setWordWrap(True)
        self.code = QLabel(second)
        self.code.setTextFormat(Qt.TextFormat.PlainText)
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        mono = QFont("DejaVu Sans Mono")
        mono.setPointSizeF(font.pointSizeF())
        self.code.setFont(mono)
        self.code.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code.setStyleSheet(palette.CODE_BOX)
        self.check_label = QLabel(second)
        self.check_label.setWordWrap(True)
        self.check_edit = QLineEdit(second)
        self.check_edit.textChanged.connect(self._check_typed)
        self.check_edit.returnPressed.connect(self._check_entered)
        self.check_message = QLabel(second)  # a wrong group says so
        self.check_message.setTextFormat(Qt.TextFormat.PlainText)
        self.check_message.setWordWrap(True)
        self.check_message.setStyleSheet(palette.ERROR_MESSAGE)
        self.written = QCheckBox(second)
        self.written.toggled.connect(self._check_typed)
        self.done = QPushButton(second)
        self.done.setEnabled(False)
        self.done.setMinimumHeight(36)
        self.done.clicked.connect(self._finish)
        self.bound_note = QLabel(second)
        self.bound_note.setWordWrap(True)
        self.bound_note.setTextFormat(Qt.TextFormat.PlainText)
        for widget in (
            self.code_title,
            self.code_intro,
            self.code,
            self.bound_note,
            self.written,
            self.check_label,
            self.check_edit,
            self.check_message,
            self.done,
        ):
            layout2.addWidget(widget)
        layout2.addStretch(1)
        self.stack.addWidget(second)
        # Enter goes on from any field of the first page; Tab follows the page
        for edit in (self.name, self.password, self.repeat):
            edit.returnPressed.connect(self.submit)
        for first_, second_ in (
            (self.name, self.password),
            (self.password, self.repeat),
            (self.repeat, self.zone),
            (self.zone, self.unbound),
            (self.unbound, self.create_button),
            (self.written, self.check_edit),
            (self.check_edit, self.done),
        ):
            QWidget.setTabOrder(first_, second_)
        self.retranslate()

    def submit(self) -> None:
        name = self.name.text().strip()
        if not name:
            self.message.setText(self.tr("Type the administrator's user name."))
            self.name.setFocus()
            return
        if self.password.text() != self.repeat.text():
            self.message.setText(self.tr("The two passwords differ."))
            self.repeat.setFocus()
            return
        if not self.secure and not self.unbound.isChecked():
            self.message.setText(
                self.tr(
                    'No secure keychain here: tick "set up without binding to this machine"'
                    " to go on."
                )
            )
            self.unbound.setFocus()
            return
        self.message.clear()
        self.busy.show()
        self.create_button.setEnabled(False)
        self.worker.run(
            _init_job,
            self.paths,
            name,
            self.password.text(),
            self.secure,
            self.zone.currentText(),
            on_done=self._created,
            on_error=self._failed,
        )

    def _failed(self, exc: BaseException) -> None:
        self.busy.hide()
        self.create_button.setEnabled(True)
        self.message.setText(error_text(exc))
        # the focus goes back to the field at fault (a weak password: the password)
        field = exc.params.get("field") if isinstance(exc, InvalidInput) else None
        if field == "time_zone":
            self.zone.setFocus()
            edit = self.zone.lineEdit()
            if edit is not None:
                edit.selectAll()
            return
        target = self.name if field in ("name", "user") else self.password
        target.setFocus()
        target.selectAll()

    def _created(self, result: InitResult) -> None:
        self.busy.hide()
        self.result = result
        self.password.clear()
        self.repeat.clear()
        groups = result.recovery_code.split("-")
        self.check_group = secrets.randbelow(len(groups))
        self.code.setText("  ".join(groups[:4]) + "\n" + "  ".join(groups[4:]))
        self.stack.setCurrentIndex(1)
        self.retranslate()
        self.written.setFocus()

    def _typed_group(self) -> tuple[str, str]:
        assert self.result is not None
        expected = self.result.recovery_code.split("-")[self.check_group]
        return self.check_edit.text().strip().upper().replace("O", "0"), expected

    def _check_typed(self) -> None:
        if self.result is None:
            return
        typed, expected = self._typed_group()
        self.done.setEnabled(self.written.isChecked() and typed == expected)
        if len(typed) >= len(expected) and typed != expected:
            self.check_message.setText(self._wrong_group())
        else:
            self.check_message.clear()

    def _wrong_group(self) -> str:
        return self.tr(
            "That is not group %1 of the code: look again at what you wrote down."
        ).replace("%1", str(self.check_group + 1))

    def _check_entered(self) -> None:
        """Enter on the check field: finish, or say what is missing and stay there."""
        if self.result is None:
            return
        typed, expected = self._typed_group()
        if typed != expected:
            self.check_message.setText(self._wrong_group())
            self.check_edit.selectAll()
        elif not self.written.isChecked():
            self.check_message.setText(self.tr("Tick that you have written the code down."))
            self.written.setFocus()
        else:
            self._finish()

    def _finish(self) -> None:
        name = self.name.text().strip()
        self.code.clear()
        self.result = None
        self.finished.emit(name)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Set up the desk"))
        self.title.setText(self.tr("Set up the desk"))
        self.intro.setText(
            self.tr(
                "There is no desk in this folder yet. Create the administrator account;"
                " the password needs at least 15 characters (a few words are easiest)."
            )
        )
        self.name_label.setText(self.tr("Administrator's user name"))
        self.password_label.setText(self.tr("Password"))
        self.repeat_label.setText(self.tr("Password again"))
        self.name.setAccessibleName(self.name_label.text())
        self.password.setAccessibleName(self.tr("Password"))
        self.repeat.setAccessibleName(self.tr("Password again"))
        self.zone_label.setText(self.tr("Time zone of the desk's months"))
        self.zone.setAccessibleName(self.zone_label.text())
        zone_edit = self.zone.lineEdit()
        if zone_edit is not None:  # the editable box's own field is what a screen reader meets
            zone_edit.setAccessibleName(self.zone_label.text())
        self.zone.setToolTip(
            self.tr(
                "Calls are put in months, quarters and years by this zone's clock"
                " (exports, statistics, the call log). It cannot be changed later."
            )
        )
        if self.secure:
            self.keychain.setText(
                self.tr(
                    "The OS keychain works here: the desk will be bound to this machine, so a"
                    " copy of its files cannot be attacked elsewhere. Keep the recovery code:"
                    " it opens the desk on another machine."
                )
            )
        else:
            self.keychain.setText(
                self.tr(
                    "No secure OS keychain is available here (%1). The desk can only be set up"
                    " WITHOUT binding it to this machine: then a copy of its files can be"
                    " attacked elsewhere by guessing passwords. Use long passwords."
                ).replace("%1", self.backend)
            )
        self.unbound.setText(self.tr("Set up without binding to this machine"))
        self.unbound.setAccessibleName(self.unbound.text())
        self.create_button.setText(self.tr("Create the desk"))
        self.create_button.setAccessibleName(self.create_button.text())
        self.busy.setAccessibleName(self.tr("Creating the desk"))
        self.code_title.setText(self.tr("Your recovery code"))
        self.code_intro.setText(
            self.tr(
                "Write this code on paper now and keep it locked away. It is shown only once."
                " It opens the desk if every password is lost."
            )
        )
        self.code.setAccessibleName(self.tr("Recovery code"))
        bound = self.result.bound_to_device if self.result else self.secure
        self.bound_note.setText(
            self.tr("The desk is bound to this machine's keychain.")
            if bound
            else self.tr("The desk is NOT bound to this machine (no secure keychain).")
        )
        self.written.setText(self.tr("I have written it down"))
        self.written.setAccessibleName(self.written.text())
        self.check_label.setText(
            self.tr("To check, type group number %1 of the code:").replace(
                "%1", str(self.check_group + 1)
            )
        )
        self.check_edit.setAccessibleName(self.check_label.text())
        self.done.setText(self.tr("Continue to sign in"))
        self.done.setAccessibleName(self.done.text())
