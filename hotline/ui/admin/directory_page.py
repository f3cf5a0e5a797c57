"""The referral directory, as administrators keep it: who the operator calls for
each outcome, with names, addresses, hours and what they offer in az, ru and en.

Stored in the desk's database, or on a centre's server on a centre's session
(services.directory, each change audited); the
operators' form reads it at the start of every call, so a number typed here is
beside the outcome in the next call. Edits not saved yet are kept per entry while
the administrator moves between entries: nothing typed is lost by a click.
"""

from __future__ import annotations

import itertools
from datetime import date, datetime

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from hotline import taxonomy
from hotline.i18n import QT_TRANSLATE_NOOP
from hotline.referrals import Referral
from hotline.services import centre_session, directory
from hotline.services.directory import EntryDraft
from hotline.ui import i18n, palette
from hotline.ui import page_parts as parts
from hotline.ui.common import CodeCombo, mark_problem
from hotline.ui.form_guard import FormGuard
from hotline.ui.i18n import Retranslatable
from hotline.ui.problems import NOTHING_CHANGED, error_text, problems_of
from hotline.ui.worker import DbWorker

NEW = ""  # the key of the entry being added
LABELLED = ("name", "address", "hours", "offers", "note")
FIELD_TITLES = {
    "name": QT_TRANSLATE_NOOP("DirectoryPage", "Name"),
    "address": QT_TRANSLATE_NOOP("DirectoryPage", "Address"),
    "hours": QT_TRANSLATE_NOOP("DirectoryPage", "Hours"),
    "offers": QT_TRANSLATE_NOOP("DirectoryPage", "What they offer"),
    "note": QT_TRANSLATE_NOOP("DirectoryPage", "Note"),
}
LANGUAGE_TITLES = {
    "az": QT_TRANSLATE_NOOP("DirectoryPage", "Azerbaijani"),
    "ru": QT_TRANSLATE_NOOP("DirectoryPage", "Russian"),
    "en": QT_TRANSLATE_NOOP("DirectoryPage", "English"),
}
DATE_FORMATS = ("%Y-%m-%d", "%d.%m.%Y")


def parse_day(text: str) -> date | None:
    """A typed day (2026-11-30 or 30.11.2026); None when empty; ValueError otherwise."""
    text = text.strip()
    if not text:
        return None
    for form in DATE_FORMATS:
        try:
            return datetime.strptime(text, form).date()
        except ValueError:
            continue
    raise ValueError(text)


class DirectoryPage(Retranslatable, QWidget):
    def __init__(self, worker: DbWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.on_centre = worker.session is not None and centre_session.on_centre(worker.session)
        self._said_saved: parts.Said = ""
        self.taxonomy = taxonomy.load()
        self.entries: list[Referral] = []
        self.current = NEW
        self.unsaved: dict[str, EntryDraft | str] = {}
        self._loading = False
        self._delete_armed = False

        self.title = QLabel(self)
        self.title.setStyleSheet(palette.HEADING)
        self.hint = QLabel(self)
        self.hint.setStyleSheet(palette.HINT)
        self.hint.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setMinimumWidth(300)
        self.list.setWordWrap(True)  # a long name or outcome wraps instead of hiding
        self.list.setSpacing(3)
        self.new_button = QPushButton(self)

        self.outcome = CodeCombo(self.taxonomy["outcome"], self, allow_empty=False)
        self.texts: dict[tuple[str, str], QLineEdit] = {}
        self.text_labels: dict[tuple[str, str], QLabel] = {}
        self.phone = QLineEdit(self)
        self.web = QLineEdit(self)
        self.checked = QLineEdit(self)
        self.today_button = QPushButton(self)
        self.outcome_label, self.phone_label = QLabel(self), QLabel(self)
        self.web_label, self.checked_label = QLabel(self), QLabel(self)
        self.save_button = QPushButton(self)
        self.delete_button = QPushButton(self)
        self.message = parts.message_label(self)
        for label in (self.title, self.hint):
            label.setTextFormat(Qt.TextFormat.PlainText)

        form_body = QWidget(self)
        form = QFormLayout(form_body)
        form.addRow(self.outcome_label, self.outcome)
        for field_name in LABELLED:
            for language in taxonomy.LANGUAGES:
                edit = QLineEdit(form_body)
                label = QLabel(form_body)
                label.setBuddy(edit)
                self.texts[field_name, language] = edit
                self.text_labels[field_name, language] = label
                form.addRow(label, edit)
            if field_name == "name":
                form.addRow(self.phone_label, self.phone)
                form.addRow(self.web_label, self.web)
        form.addRow(
            self.checked_label, parts.row(self.checked, self.today_button, grow=self.checked)
        )
        buddies: list[tuple[QLabel, QWidget]] = [
            (self.phone_label, self.phone),
            (self.web_label, self.web),
            (self.checked_label, self.checked),
            (self.outcome_label, self.outcome),
        ]
        for buddy_label, buddy in buddies:
            buddy_label.setBuddy(buddy)
        self.area = QScrollArea(self)
        self.area.setWidgetResizable(True)
        self.area.setFrameShape(QFrame.Shape.NoFrame)
        self.area.setWidget(form_body)

        buttons = parts.row(self.save_button, self.delete_button, parts.STRETCH)
        left = QVBoxLayout()
        left.addWidget(self.list, 1)
        left.addWidget(self.new_button)
        right = QVBoxLayout()
        right.addWidget(self.area, 1)
        right.addLayout(buttons)
        right.addWidget(self.message)
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.hint)
        layout.addLayout(columns, 1)

        self.guard = FormGuard(self.area)
        self.guard.watch(self.fields())
        # the keyboard order is the order shown: the list, then the editor top to bottom
        chain = [self.list, self.new_button, *self.fields(), self.save_button, self.delete_button]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)
        for widget in self.fields():
            if isinstance(widget, QLineEdit):
                widget.textEdited.connect(lambda _t: self._edited())
        self.outcome.valueChanged.connect(self._edited)
        self.list.currentRowChanged.connect(self._row_chosen)
        self.new_button.clicked.connect(self.new_entry)
        self.save_button.clicked.connect(self.save)
        self.delete_button.clicked.connect(self.delete)
        self.today_button.clicked.connect(self._checked_today)
        self.retranslate()
        self.refresh()

    def fields(self) -> list[QWidget]:
        """The editor's fields in the order shown (the keyboard order)."""
        out: list[QWidget] = [self.outcome]
        for field_name in LABELLED:
            out += [self.texts[field_name, lang] for lang in taxonomy.LANGUAGES]
            if field_name == "name":
                out += [self.phone, self.web]
        return [*out, self.checked, self.today_button]

    # --- data ---------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()

    def refresh(self) -> None:
        self.worker.call(directory.entries, on_done=self._got, on_error=self._failed)

    def _got(self, entries: tuple[Referral, ...]) -> None:
        self.entries = list(entries)
        self._fill_list()
        if self.current != NEW and self.current not in {e.id for e in self.entries}:
            self.current = NEW
        self._show(self.current)

    def _failed(self, exc: BaseException) -> None:
        self.message.say(lambda: error_text(exc, NOTHING_CHANGED), palette.ERROR_MESSAGE)

    def _fill_list(self) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for entry in self.entries:
            item = QListWidgetItem(self._item_text(entry))
            item.setData(Qt.ItemDataRole.UserRole, entry.id)
            self.list.addItem(item)
            if entry.id == self.current:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)

    def _item_text(self, entry: Referral) -> str:
        language = i18n.current()
        outcome = self.taxonomy.label("outcome", entry.outcome, language)
        phone = entry.phone or self.tr("no number")
        mark = " *" if entry.id in self.unsaved else ""  # edits not saved yet
        return f"{entry.text('name', language)}{mark}\n{outcome} · {phone}"

    # --- moving between entries -----------------------------------------------------
    def _row_chosen(self, row: int) -> None:
        if 0 <= row < len(self.entries):
            self._keep_unsaved()
            self.current = self.entries[row].id
            self._show(self.current)

    def new_entry(self) -> None:
        self._keep_unsaved()
        self.current = NEW
        self.list.blockSignals(True)
        self.list.clearSelection()
        self.list.setCurrentRow(-1)
        self.list.blockSignals(False)
        self._show(NEW)
        self.texts["name", "az"].setFocus()

    def _keep_unsaved(self) -> None:
        if self.current in self.unsaved:
            self.unsaved[self.current] = self.draft_or_text()
        for row, entry in enumerate(self.entries):
            item = self.list.item(row)
            if item is not None:
                item.setText(self._item_text(entry))

    def draft_or_text(self) -> EntryDraft | str:
        """The editor's content; the typed date as text when it is not a date yet."""
        try:
            return self.draft()
        except ValueError:
            return self.checked.text()

    def draft(self) -> EntryDraft:
        """What the editor holds (ValueError when the date is not one)."""

        def labels(field_name: str) -> dict[str, str]:
            return {lang: self.texts[field_name, lang].text() for lang in taxonomy.LANGUAGES}

        return EntryDraft(
            outcome=self.outcome.value(),
            name=labels("name"),
            phone=self.phone.text(),
            web=self.web.text(),
            address=labels("address"),
            note=labels("note"),
            hours=labels("hours"),
            offers=labels("offers"),
            checked=parse_day(self.checked.text()),
        )

    def _show(self, key: str) -> None:
        """Fill the editor: the unsaved edits of `key` when there are any, else the entry."""
        self._loading = True
        try:
            kept = self.unsaved.get(key)
            entry = next((e for e in self.entries if e.id == key), None)
            if isinstance(kept, EntryDraft):
                self._load_draft(kept)
            elif entry is not None:
                self._load_entry(entry)
            else:
                self._load_draft(EntryDraft(outcome=None, name={}))
            if isinstance(kept, str):  # a date typed that is not one yet
                self.checked.setText(kept)
        finally:
            self._loading = False
        self.delete_button.setEnabled(entry is not None)
        self._disarm()
        self._mark([])
        self.message.clear()

    def _load_entry(self, entry: Referral) -> None:
        self.outcome.set_value(entry.outcome)
        for (field_name, lang), edit in self.texts.items():
            value = getattr(entry, field_name)
            edit.setText(value.get(lang, "") if value else "")
        self.phone.setText(entry.phone or "")
        self.web.setText(entry.web or "")
        self.checked.setText(entry.checked or "")

    def _load_draft(self, draft: EntryDraft) -> None:
        self.outcome.set_value(draft.outcome)
        for (field_name, lang), edit in self.texts.items():
            value = getattr(draft, field_name)
            edit.setText((value or {}).get(lang, ""))
        self.phone.setText(draft.phone)
        self.web.setText(draft.web)
        self.checked.setText(draft.checked.isoformat() if draft.checked else "")

    def _edited(self) -> None:
        if not self._loading:
            self.unsaved[self.current] = self.draft_or_text()
            self._disarm()

    def _checked_today(self) -> None:
        self.checked.setText(date.today().isoformat())
        self._edited()

    # --- saving ---------------------------------------------------------------------------
    def save(self) -> None:
        try:
            draft = self.draft()
        except ValueError:
            self._mark(["checked"])
            self.message.say(
                lambda: self.tr("Type the date of the last check like 2026-11-30."),
                palette.ERROR_MESSAGE,
            )
            self.checked.setFocus()
            return
        key = self.current
        self.save_button.setEnabled(False)
        self.worker.call(
            directory.save_entry,
            draft,
            None if key == NEW else key,
            on_done=lambda entry: self._saved(key, entry),
            on_error=self._save_failed,
        )

    def _saved(self, key: str, entry: Referral) -> None:
        self.save_button.setEnabled(True)
        self.unsaved.pop(key, None)
        self.current = entry.id
        self._said_saved = lambda: self._saved_text(entry)
        self.message.say(self._said_saved, palette.GOOD_TEXT)
        self.worker.call(directory.entries, on_done=self._after_save, on_error=self._failed)

    def _saved_text(self, entry: Referral) -> str:
        """The entry's name in the language shown; on a centre the operators' open
        windows take it at once (hotline_shared), on a desk from their next call."""
        name = entry.text("name", i18n.current())
        if self.on_centre:
            return self.tr("Saved: %1. The operators see it now.").replace("%1", name)
        return self.tr("Saved: %1. Operators see it from their next call.").replace("%1", name)

    def _after_save(self, entries: tuple[Referral, ...]) -> None:
        self._got(entries)
        self.message.say(self._said_saved, palette.GOOD_TEXT)

    def _save_failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        self._mark([p.field for p in problems_of(exc)])
        self._failed(exc)  # everything typed stays in the editor

    def _mark(self, fields: list[str]) -> None:
        wanted: set[QWidget] = set()
        for field_name in fields:
            if field_name in LABELLED:
                wanted |= {self.texts[field_name, lang] for lang in taxonomy.LANGUAGES}
            elif field_name in ("phone", "web", "checked", "outcome"):
                wanted.add(getattr(self, field_name))
        for widget in self.fields():
            mark_problem(widget, widget in wanted)

    def delete(self) -> None:
        if self.current == NEW:
            return
        if not self._delete_armed:
            self._delete_armed = True
            self.delete_button.setText(self.tr("Press again to delete"))
            return
        key = self.current
        self.worker.call(
            directory.delete_entry,
            key,
            on_done=lambda _r: self._deleted(key),
            on_error=self._failed,
        )

    def _deleted(self, key: str) -> None:
        self.unsaved.pop(key, None)
        self.current = NEW
        self.refresh()
        self.message.say(lambda: self.tr("The entry was deleted."), palette.GOOD_TEXT)

    def _disarm(self) -> None:
        self._delete_armed = False
        self.delete_button.setText(self.tr("Delete this entry"))

    # --- text -------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.title.setText(self.tr("Referral directory"))
        hint = self.tr(
            "Who the operators call for each outcome. What you save here is shown beside"
            " the outcome from the operator's next call; every change is audited."
        )
        if self.on_centre:
            hint += " " + self.tr(
                "The directory is the centre's, kept on its server: the operators of every "
                "workstation of the centre see the same entries."
            )
        self.hint.setText(hint)
        self.list.setAccessibleName(self.tr("Directory entries"))
        self.new_button.setText(self.tr("New entry"))
        self.outcome_label.setText(self.tr("For the outcome"))
        self.outcome.setAccessibleName(self.tr("For the outcome"))
        for (field_name, lang), label in self.text_labels.items():
            text = (
                self.tr("%1 (%2)")
                .replace("%1", self.tr(FIELD_TITLES[field_name]))
                .replace("%2", self.tr(LANGUAGE_TITLES[lang]))
            )
            label.setText(text)
            self.texts[field_name, lang].setAccessibleName(text)
        self.phone_label.setText(self.tr("Phone"))
        self.phone.setAccessibleName(self.tr("Phone"))
        self.phone.setPlaceholderText("(+99412) 590-20-49")
        self.web_label.setText(self.tr("Web site"))
        self.web.setAccessibleName(self.tr("Web site"))
        self.checked_label.setText(self.tr("Last checked"))
        self.checked.setAccessibleName(self.tr("Last checked"))
        self.checked.setPlaceholderText(self.tr("2026-11-30 or 30.11.2026"))
        self.today_button.setText(self.tr("Checked today"))
        self.save_button.setText(self.tr("Save"))
        self._disarm()
        self._fill_list()
