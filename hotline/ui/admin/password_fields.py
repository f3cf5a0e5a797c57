"""A new password typed twice, with the rules shown live as they are met."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from hotline import passwords
from hotline.i18n import QT_TRANSLATE_NOOP
from hotline.ui import palette
from hotline.ui.i18n import Retranslatable

CONTEXT = "PasswordFields"
# Each rule of hotline/passwords.py, said as what a good password does.
RULE_TEXTS = {
    passwords.TOO_SHORT: QT_TRANSLATE_NOOP(
        "PasswordFields", "At least 15 characters (a few words)"
    ),
    passwords.TOO_LONG: QT_TRANSLATE_NOOP("PasswordFields", "At most 256 characters"),
    passwords.COMMON: QT_TRANSLATE_NOOP("PasswordFields", "Not one of the commonest passwords"),
    passwords.PATTERN: QT_TRANSLATE_NOOP("PasswordFields", "Not a repeated or sequential pattern"),
    passwords.HAS_NAME: QT_TRANSLATE_NOOP("PasswordFields", "Not just the user name"),
}
SAME = QT_TRANSLATE_NOOP("PasswordFields", "Both entries are the same")
MET, UNMET = "✓", "✗"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class PasswordFields(Retranslatable, QWidget):
    """`acceptable` tells whether both entries are the same and meet every rule."""

    changed = Signal(bool)

    def __init__(
        self, user_name: str = "", parent: QWidget | None = None, form: QFormLayout | None = None
    ) -> None:
        """form: the dialog's own form, to take the two password rows (aligned with its
        other fields); without it the widget holds them itself."""
        super().__init__(parent)
        self.user_name = user_name
        self.new = QLineEdit(self)
        self.again = QLineEdit(self)
        for edit in (self.new, self.again):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.textChanged.connect(self._update)
        self.new_label = QLabel(self)
        self.again_label = QLabel(self)
        self.new_label.setBuddy(self.new)
        self.again_label.setBuddy(self.again)
        self.rule_labels: dict[str, QLabel] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        if form is None:
            form = QFormLayout()
            form.setContentsMargins(0, 0, 0, 0)
            layout.addLayout(form)
        form.addRow(self.new_label, self.new)
        form.addRow(self.again_label, self.again)
        for rule in (*RULE_TEXTS, SAME):
            label = QLabel(self)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)
            self.rule_labels[rule] = label
            layout.addWidget(label)
        self.retranslate()

    def set_user_name(self, name: str) -> None:
        self.user_name = name
        self._update()

    def password(self) -> str:
        return self.new.text()

    def clear(self) -> None:
        self.new.clear()
        self.again.clear()

    @property
    def acceptable(self) -> bool:
        text = self.new.text()
        return bool(text) and text == self.again.text() and not self._broken()

    def _broken(self) -> list[str]:
        return passwords.broken_rules(self.new.text(), self.user_name)

    def _update(self) -> None:
        broken = set(self._broken())
        typed = bool(self.new.text())
        for rule, label in self.rule_labels.items():
            met = (
                typed and self.new.text() == self.again.text()
                if rule == SAME
                else typed and rule not in broken
            )
            label.setText(f"{MET if met else UNMET} {_tr(RULE_TEXTS.get(rule, rule))}")
            label.setStyleSheet(palette.GOOD_TEXT if met else palette.HINT)
            label.setAccessibleName(label.text())
        self.changed.emit(self.acceptable)

    def retranslate(self) -> None:
        self.new_label.setText(self.tr("&New password:"))
        self.again_label.setText(self.tr("New password &again:"))
        self._update()
