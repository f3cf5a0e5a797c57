"""Dialogs that set a password: one's own (Desk menu), a reset by an administrator, a
new user. Each runs its service on the worker and says what went wrong inside the
dialog, keeping what was typed."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from hotline.permissions import ROLE_LABELS, Role
from hotline.services import people_admin
from hotline.ui import palette
from hotline.ui.admin.password_fields import PasswordFields
from hotline.ui.common import translate
from hotline.ui.i18n import Retranslatable
from hotline.ui.problems import NOTHING_CHANGED, error_text
from hotline.ui.worker import DbWorker


class _PasswordDialog(Retranslatable, QDialog):
    """The shared frame: fields above, the password twice with its rules, a message."""

    done_with = Signal(str)  # the user name acted on, once the service succeeded

    def __init__(self, worker: DbWorker, user_name: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.setMinimumWidth(520)
        self.form = QFormLayout()
        self.fields = PasswordFields(user_name, self, form=self.form)
        self.message = QLabel(self)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.message.setVisible(False)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.fields)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.fields.changed.connect(lambda _ok: self._update())
        self.busy = False
        self.outcome: object = None  # what the service returned, once it succeeded

    @property
    def ok_button(self) -> Any:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def ready(self) -> bool:
        return self.fields.acceptable

    def _update(self) -> None:
        self.ok_button.setEnabled(self.ready() and not self.busy)

    def job(self) -> tuple[Callable[..., Any], tuple[Any, ...]]:
        raise NotImplementedError

    def _submit(self) -> None:
        if not self.ready() or self.busy:
            return
        fn, args = self.job()
        self.busy = True
        self._update()
        self.worker.call(fn, *args, on_done=self._succeeded, on_error=self._failed)

    def _succeeded(self, result: object) -> None:
        self.busy = False
        self.outcome = result
        self.fields.clear()
        self.done_with.emit(self.fields.user_name)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.busy = False
        self.message.setText(error_text(exc, NOTHING_CHANGED))
        self.message.setStyleSheet(palette.ERROR_MESSAGE)
        self.message.setVisible(True)
        self._update()


class OwnPasswordDialog(_PasswordDialog):
    """Every user, from the Desk menu: the old password, the new one twice."""

    def __init__(self, worker: DbWorker, user_name: str, parent: QWidget | None = None) -> None:
        super().__init__(worker, user_name, parent)
        self.old = QLineEdit(self)
        self.old.setEchoMode(QLineEdit.EchoMode.Password)
        self.old.textChanged.connect(lambda _t: self._update())
        self.old_label = QLabel(self)
        self.old_label.setBuddy(self.old)
        self.form.insertRow(0, self.old_label, self.old)
        self.setTabOrder(self.old, self.fields.new)
        self.setTabOrder(self.fields.new, self.fields.again)
        self.retranslate()
        self._update()
        self.old.setFocus()

    def ready(self) -> bool:
        return bool(self.old.text()) and super().ready()

    def job(self) -> tuple[Callable[..., Any], tuple[Any, ...]]:
        return people_admin.change_own_password, (self.old.text(), self.fields.password())

    def _succeeded(self, _result: object) -> None:
        self.old.clear()
        super()._succeeded(_result)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Change my password"))
        self.old_label.setText(self.tr("&Current password:"))


class ResetPasswordDialog(_PasswordDialog):
    """An administrator gives a user a new password (and so new keys)."""

    def __init__(self, worker: DbWorker, user_name: str, parent: QWidget | None = None) -> None:
        super().__init__(worker, user_name, parent)
        self.explain = QLabel(self)
        self.explain.setWordWrap(True)
        self.explain.setTextFormat(Qt.TextFormat.PlainText)
        self.form.insertRow(0, self.explain)
        self.retranslate()
        self._update()
        self.fields.new.setFocus()

    def job(self) -> tuple[Callable[..., Any], tuple[Any, ...]]:
        return people_admin.reset_password, (self.fields.user_name, self.fields.password())

    def retranslate(self) -> None:
        self.setWindowTitle(
            self.tr("Reset the password of %1").replace("%1", self.fields.user_name)
        )
        self.explain.setText(
            self.tr(
                "%1 gets a new password and new keys; the old password stops working at once. "
                "Give it to them in person and ask them to change it at their first sign-in "
                "(Desk ▸ Change my password)."
            ).replace("%1", self.fields.user_name)
        )


class AddUserDialog(_PasswordDialog):
    """A new user: a name, their roles, a first password they change later."""

    def __init__(self, worker: DbWorker, parent: QWidget | None = None) -> None:
        super().__init__(worker, "", parent)
        self.name = QLineEdit(self)
        self.name.setMaxLength(32)
        self.name.textChanged.connect(self._name_changed)
        self.name_label = QLabel(self)
        self.name_label.setBuddy(self.name)
        self.form.insertRow(0, self.name_label, self.name)
        self.role_boxes: dict[Role, QCheckBox] = {}
        self.roles_label = QLabel(self)
        roles_row = QVBoxLayout()
        for role in Role:
            box = QCheckBox(self)
            box.toggled.connect(lambda _on: self._update())
            self.role_boxes[role] = box
            roles_row.addWidget(box)
        self.role_boxes[Role.OPERATOR].setChecked(True)
        self.form.insertRow(1, self.roles_label, roles_row)
        self.setTabOrder(self.name, self.role_boxes[Role.OPERATOR])
        self.retranslate()
        self._update()
        self.name.setFocus()

    def _name_changed(self, text: str) -> None:
        self.fields.set_user_name(text.strip())

    def roles(self) -> frozenset[Role]:
        return frozenset(r for r, box in self.role_boxes.items() if box.isChecked())

    def ready(self) -> bool:
        return bool(self.name.text().strip()) and bool(self.roles()) and super().ready()

    def job(self) -> tuple[Callable[..., Any], tuple[Any, ...]]:
        return people_admin.add_user, (
            self.name.text().strip(),
            self.roles(),
            self.fields.password(),
        )

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Add a user"))
        self.name_label.setText(self.tr("User &name:"))
        self.roles_label.setText(self.tr("Roles:"))
        for role, box in self.role_boxes.items():
            box.setText(translate("roles", ROLE_LABELS[role]))
