"""The administrator's Users page: who may sign in, with which roles, when they last did.

Add a user, reset a password (new keys), disable, change roles. A role change
on a desk with a second administrator or a supervisor becomes a request that
person approves in their own session (the Approvals page), then is carried out.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hotline.i18n import QT_TRANSLATE_NOOP
from hotline.permissions import ROLE_LABELS, Role
from hotline.records import User
from hotline.services import people_admin
from hotline.services.people_admin import AddedPerson
from hotline.services.users import UserLine
from hotline.ui import page_parts as parts
from hotline.ui import palette
from hotline.ui.admin.password_dialog import AddUserDialog, ResetPasswordDialog
from hotline.ui.common import translate
from hotline.ui.i18n import Retranslatable
from hotline.ui.problems import NOTHING_CHANGED, error_text
from hotline.ui.supervisor.labels import when
from hotline.ui.worker import DbWorker

MUTED = QBrush(QColor(palette.MUTED_INK))
HEADERS = (
    QT_TRANSLATE_NOOP("UsersPage", "User"),
    QT_TRANSLATE_NOOP("UsersPage", "Roles"),
    QT_TRANSLATE_NOOP("UsersPage", "Last sign-in"),
    QT_TRANSLATE_NOOP("UsersPage", "State"),
)


def role_names(roles: frozenset[Role]) -> str:
    return ", ".join(translate("roles", ROLE_LABELS[r]) for r in Role if r in roles)


class RolesDialog(Retranslatable, QDialog):
    def __init__(self, user: User, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.user = user
        self.boxes: dict[Role, QCheckBox] = {}
        layout = QVBoxLayout(self)
        self.explain = QLabel(self)
        self.explain.setWordWrap(True)
        self.explain.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.explain)
        for role in Role:
            box = QCheckBox(self)
            box.setChecked(role in user.roles)
            box.toggled.connect(lambda _on: self._update())
            self.boxes[role] = box
            layout.addWidget(box)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(480)
        self.retranslate()
        self._update()

    def roles(self) -> frozenset[Role]:
        return frozenset(r for r, box in self.boxes.items() if box.isChecked())

    def _update(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.roles()) and self.roles() != self.user.roles)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Roles of %1").replace("%1", self.user.name))
        self.explain.setText(
            self.tr(
                "Where the desk has another administrator or a supervisor, the change is "
                "sent to them to approve in their own session (Approvals); you carry it out "
                "once they have."
            )
        )
        for role, box in self.boxes.items():
            box.setText(translate("roles", ROLE_LABELS[role]))


class UsersPage(Retranslatable, QWidget):
    def __init__(self, worker: DbWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.lines: list[UserLine] = []
        # a centre's session: the people are the centre's, on its server
        self.on_centre = worker.session is not None and people_admin.on_centre(worker.session)
        self.heading = QLabel(self)
        self.heading.setStyleSheet(palette.HEADING)
        self.table = parts.list_table(self, len(HEADERS), (200, 330, 190))
        self.add_button = QPushButton(self)
        self.reset_button = QPushButton(self)
        self.roles_button = QPushButton(self)
        self.disable_button = QPushButton(self)
        self.refresh_button = QPushButton(self)
        self.message = parts.message_label(self, shown=False)  # follows a language switch
        buttons = parts.row(
            self.add_button,
            self.reset_button,
            self.roles_button,
            self.disable_button,
            parts.STRETCH,
            self.refresh_button,
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        self.add_button.clicked.connect(self.add_user)
        self.reset_button.clicked.connect(self.reset_password)
        self.roles_button.clicked.connect(self.change_roles)
        self.disable_button.clicked.connect(self.disable)
        self.refresh_button.clicked.connect(self.refresh)
        self.table.itemSelectionChanged.connect(self._selected)
        self.dialog: QDialog | None = None
        self.confirm_box: QMessageBox | None = None
        self.retranslate()
        self._selected()
        self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()

    # --- data ------------------------------------------------------------------------
    def refresh(self) -> None:
        self.worker.call(people_admin.user_lines, on_done=self._show, on_error=self._failed)

    def _show(self, lines: list[UserLine]) -> None:
        chosen = self.selected_line()
        self.lines = lines
        self._fill()
        if chosen is not None:
            self.select(chosen.user.name)

    def _state(self, line: UserLine) -> str:
        if not line.signed:
            return self.tr("not trusted: their record on the server was changed outside the desk")
        if not line.user.active:
            return self.tr("disabled")
        if line.password_set_by_admin:
            return self.tr("active; has not yet changed the password an administrator set")
        return self.tr("active")

    def _fill(self) -> None:
        self.table.setRowCount(len(self.lines))
        for row, line in enumerate(self.lines):
            values = (
                line.user.name,
                role_names(line.user.roles) if line.user.active else "",
                self._last_sign_in(line),
                self._state(line),
            )
            for column, text in enumerate(values):
                item = QTableWidgetItem(text)
                if not line.user.active:
                    item.setForeground(MUTED)
                self.table.setItem(row, column, item)
        self._selected()

    def _last_sign_in(self, line: UserLine) -> str:
        if self.on_centre:
            return self.tr("not recorded on a centre")
        return when(line.last_sign_in) or self.tr("never")

    def selected_line(self) -> UserLine | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.lines):
            return None
        return self.lines[rows[0].row()]

    def select(self, name: str) -> None:
        for row, line in enumerate(self.lines):
            if line.user.name == name:
                self.table.selectRow(row)
                return

    def _selected(self) -> None:
        line = self.selected_line()
        active = line is not None and line.user.active and line.signed
        for button in (self.reset_button, self.roles_button, self.disable_button):
            button.setEnabled(active)

    # --- acts --------------------------------------------------------------------------
    def _say(self, text: parts.Said, good: bool = True) -> None:
        """Said again in the new language at a switch where `text` is a function."""
        self.message.say(text, palette.GOOD_BANNER if good else palette.BAD_BANNER)

    def _failed(self, exc: BaseException) -> None:
        self._say(lambda: error_text(exc, NOTHING_CHANGED), good=False)

    def add_user(self) -> None:
        dialog = AddUserDialog(self.worker, self)
        dialog.done_with.connect(self._added)
        self._open(dialog)

    def _added(self, name: str) -> None:
        added = self.dialog.outcome if isinstance(self.dialog, AddUserDialog) else None
        if isinstance(added, AddedPerson) and added.enrolment_code:
            person, code = added, added.enrolment_code
            self._say(
                lambda: (
                    self.tr(
                        "%1 was added to the centre. Give them their password in person. A "
                        "workstation that has not joined the centre yet joins it with this "
                        "one-time code (valid for %2 hours): %3"
                    )
                    .replace("%1", person.name)
                    .replace("%2", str(person.hours))
                    .replace("%3", code)
                )
            )
            self.refresh()
            return
        self._say(
            lambda: self.tr(
                "%1 was added. Give them their password in person; they change it from "
                "Desk ▸ Change my password."
            ).replace("%1", name)
        )
        self.refresh()

    def reset_password(self) -> None:
        line = self.selected_line()
        if line is None:
            return
        dialog = ResetPasswordDialog(self.worker, line.user.name, self)
        dialog.done_with.connect(self._reset_done)
        self._open(dialog)

    def _reset_done(self, name: str) -> None:
        self._say(lambda: self.tr("%1 has a new password and new keys.").replace("%1", name))
        self.refresh()

    def change_roles(self) -> None:
        line = self.selected_line()
        if line is None:
            return
        dialog = RolesDialog(line.user, self)
        dialog.accepted.connect(
            lambda: self.worker.call(
                people_admin.change_roles,
                line.user.name,
                dialog.roles(),
                on_done=lambda result: self._roles_done(line.user.name, result),
                on_error=self._failed,
            )
        )
        self._open(dialog)

    def _roles_done(self, name: str, result: tuple[str, int]) -> None:
        kind, number = result
        if kind == "waiting":
            self._say(
                lambda: self.tr(
                    "Request %1 for this change is still waiting for a second person's approval."
                ).replace("%1", str(number))
            )
        elif kind == "approved":
            self._say(
                lambda: (
                    self.tr("The roles of %1 were changed, as request %2 approved.")
                    .replace("%1", name)
                    .replace("%2", str(number))
                )
            )
        elif kind == "requested":
            self._say(
                lambda: self.tr(
                    "Request %1 was made: another administrator or a supervisor approves it "
                    "on their Approvals page, signed in as themselves. Then carry it out on "
                    "your Approvals page."
                ).replace("%1", str(number))
            )
        else:
            self._say(
                lambda: self.tr(
                    "The roles of %1 were changed (approved alone: the desk has one "
                    "administrator and no supervisor, and this was recorded)."
                ).replace("%1", name)
            )
        self.refresh()

    def disable(self) -> None:
        line = self.selected_line()
        if line is None:
            return
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setWindowTitle(self.tr("Disable %1").replace("%1", line.user.name))
        if self.on_centre:
            text = self.tr(
                "Disable %1? Their key slot is removed and their login on the centre's "
                "server can no longer connect: they can no longer sign in on any "
                "workstation. What they recorded stays."
            )
        else:
            text = self.tr(
                "Disable %1? Their key slot is removed: they can no longer sign in. What "
                "they recorded stays. If they may have kept a copy of the desk's files, "
                "rotate the database key afterwards."
            )
        box.setText(text.replace("%1", line.user.name))
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        name = line.user.name
        box.accepted.connect(lambda: self._disable(name))
        self.confirm_box = box
        box.open()

    def _disable(self, name: str) -> None:
        self.worker.call(
            people_admin.disable_user,
            name,
            on_done=lambda _u: self._disabled(name),
            on_error=self._failed,
        )

    def _disabled(self, name: str) -> None:
        self._say(lambda: self.tr("%1 was disabled.").replace("%1", name))
        self.refresh()

    def _open(self, dialog: QDialog) -> None:
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def retranslate(self) -> None:
        self.heading.setText(
            self.tr("Users of the centre") if self.on_centre else self.tr("Users of the desk")
        )
        self.table.setHorizontalHeaderLabels([self.tr(h) for h in HEADERS])
        self.add_button.setText(self.tr("Add a user…"))
        self.reset_button.setText(self.tr("Reset the password…"))
        self.roles_button.setText(self.tr("Change roles…"))
        self.disable_button.setText(self.tr("Disable…"))
        self.refresh_button.setText(self.tr("Refresh"))
        self._fill()
