"""One call in full beside the call log: the coded record, notes, entities across
calls, earlier calls of the same person, tasks, history, comments, who has seen
it, the review actions and the identity vault (read with a reason, audited,
shown until the pane closes or shows another call)."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from hotline.records import IdentityDetails
from hotline.services import calllog, review
from hotline.services.calllog import CallDetail
from hotline.ui import palette, vocabulary
from hotline.ui.i18n import Retranslatable
from hotline.ui.problems import NOTHING_CHANGED, error_text
from hotline.ui.supervisor import labels
from hotline.ui.supervisor.review_panel import ReviewPanel, field_name
from hotline.ui.worker import DbWorker


def plain(text: str = "", parent: QWidget | None = None, wrap: bool = True) -> QLabel:
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setText(text)
    return label


class DetailPane(Retranslatable, QWidget):
    changed = Signal()  # a review action changed the call
    openCall = Signal(object)  # a call id: 63 bits on a centre, no C int holds it
    entityClicked = Signal(str, str, str)  # kind, key, value as written
    closed = Signal()

    def __init__(self, worker: DbWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.detail: CallDetail | None = None
        self.call_id: int | None = None
        self.identity: list[IdentityDetails] = []

        self.title = plain()
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.title.setFont(font)
        self.status = plain()
        self.warning = plain()
        self.warning.setStyleSheet(palette.ALARM_TEXT)
        self.close_button = QPushButton(self)
        self.empty = plain()
        self.review = ReviewPanel(worker, self)
        self.record_box = QGroupBox(self)
        self.form = QFormLayout(self.record_box)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.notes_box = QGroupBox(self)
        self.notes = QPlainTextEdit(self.notes_box)
        self.notes.setReadOnly(True)
        self.notes.setMaximumHeight(110)
        QVBoxLayout(self.notes_box).addWidget(self.notes)
        self.entities_box = QGroupBox(self)
        self.entities_layout = QVBoxLayout(self.entities_box)
        self.linked_box = QGroupBox(self)
        self.linked = QListWidget(self.linked_box)
        self.linked.setMaximumHeight(110)
        QVBoxLayout(self.linked_box).addWidget(self.linked)
        self.tasks_box = QGroupBox(self)
        self.tasks = plain(parent=self.tasks_box)
        QVBoxLayout(self.tasks_box).addWidget(self.tasks)
        self.history_box = QGroupBox(self)
        self.history = plain(parent=self.history_box)
        QVBoxLayout(self.history_box).addWidget(self.history)
        self.comments_box = QGroupBox(self)
        self.comments = plain(parent=self.comments_box)
        QVBoxLayout(self.comments_box).addWidget(self.comments)
        self.seen_box = QGroupBox(self)
        self.seen = plain(parent=self.seen_box)
        QVBoxLayout(self.seen_box).addWidget(self.seen)
        self.vault_box = QGroupBox(self)
        self.vault_reason = QLineEdit(self.vault_box)
        self.vault_button = QPushButton(self.vault_box)
        self.vault_text = plain(parent=self.vault_box)
        vault = QVBoxLayout(self.vault_box)
        row = QHBoxLayout()
        row.addWidget(self.vault_reason, 1)
        row.addWidget(self.vault_button)
        vault.addLayout(row)
        vault.addWidget(self.vault_text)

        body = QWidget(self)
        inner = QVBoxLayout(body)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        inner.addLayout(top)
        for widget in (
            self.status,
            self.warning,
            self.empty,
            self.record_box,
            self.notes_box,
            self.entities_box,
            self.linked_box,
            self.tasks_box,
            self.history_box,
            self.comments_box,
            self.seen_box,
            self.vault_box,
        ):
            inner.addWidget(widget)
        inner.addStretch(1)
        self.scroller = QScrollArea(self)
        self.scroller.setWidgetResizable(True)
        self.scroller.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroller.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroller, 1)
        outer.addWidget(self.review)  # the actions stay in view while the record scrolls

        self.close_button.clicked.connect(self.close_call)
        self.vault_button.clicked.connect(self.read_identity)
        self.vault_reason.returnPressed.connect(self.read_identity)
        self.linked.itemActivated.connect(
            lambda item: self.openCall.emit(int(item.data(Qt.ItemDataRole.UserRole)))
        )
        self.review.done.connect(self._review_done)
        self.retranslate()
        self._show(None)

    # --- texts ---------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.close_button.setText(self.tr("Close"))
        self.empty.setText(self.tr("Choose a call in the list to see it here."))
        self.record_box.setTitle(self.tr("Coded record"))
        self.notes_box.setTitle(self.tr("Notes (reading them is recorded)"))
        self.entities_box.setTitle(self.tr("Mentioned in other calls"))
        self.linked_box.setTitle(self.tr("Other calls of the same person"))
        self.tasks_box.setTitle(self.tr("Tasks"))
        self.history_box.setTitle(self.tr("Corrections"))
        self.comments_box.setTitle(self.tr("Review comments"))
        self.seen_box.setTitle(self.tr("Who has seen this record"))
        self.vault_box.setTitle(self.tr("Identity details (vault)"))
        self.vault_reason.setPlaceholderText(self.tr("Reason for reading (required, recorded)"))
        self.vault_button.setText(self.tr("Read identity details"))
        if self.detail is not None:
            self._show(self.detail)

    # --- loading -----------------------------------------------------------------------------
    def show_call(self, call_id: int) -> None:
        """Open the call (the worker audits the reading of its notes)."""
        if call_id != self.call_id:
            self._forget_identity()
        self.call_id = call_id
        self.worker.call(calllog.open_call, call_id, on_done=self._opened, on_error=self._failed)

    def _opened(self, detail: CallDetail) -> None:
        if detail.record.id != self.call_id:
            return  # the supervisor moved on meanwhile
        self._show(detail)

    def _review_done(self) -> None:
        if self.call_id is not None:
            self.show_call(self.call_id)
        self.changed.emit()

    def close_call(self) -> None:
        self.call_id = None
        self._forget_identity()
        self._show(None)
        self.closed.emit()

    def hideEvent(self, event: QHideEvent) -> None:
        self._forget_identity()
        super().hideEvent(event)

    def _failed(self, exc: BaseException) -> None:
        self.status.setText(error_text(exc, NOTHING_CHANGED))

    # --- showing --------------------------------------------------------------------------------
    def _show(self, detail: CallDetail | None) -> None:
        self.detail = detail
        shown = detail is not None
        self.empty.setVisible(not shown)
        record_parts = (
            self.review,
            self.record_box,
            self.notes_box,
            self.entities_box,
            self.linked_box,
            self.tasks_box,
            self.history_box,
            self.comments_box,
            self.seen_box,
            self.vault_box,
        )
        for widget in (self.close_button, self.status, *record_parts):
            widget.setVisible(shown)
        self.review.set_detail(detail)
        if detail is None:
            self.title.setText(self.tr("No call chosen"))
            self.warning.hide()
            return
        record, row = detail.record, detail.row
        if row.seal is not None:  # the decision, and nothing else of the call
            self.title.setText(self.tr("Call {id}").format(id=record.id))
            self.status.setText(vocabulary.seal_text(row.seal))
            self.warning.hide()
            for widget in record_parts:
                widget.setVisible(False)
            return
        self.title.setText(
            self.tr("Call {id} · {when} · {operator}").format(
                id=record.id, when=labels.when(record.started_at), operator=row.operator
            )
        )
        status = [
            self.tr("Review: {state}").format(state=vocabulary.review_state(row.review_state))
        ]
        if row.review_state == "claimed" and row.claimed_by:
            status.append(self.tr("claimed by {name}").format(name=row.claimed_by))
        if row.entered_by:
            status.append(
                self.tr("entered by {name} on the operator's behalf").format(name=row.entered_by)
            )
        if row.pseudonym:
            status.append(self.tr("Pseudonym: {p}").format(p=row.pseudonym))
        self.status.setText(" · ".join(status))
        warnings = []
        if record.do_not_call_back:
            warnings.append(self.tr("Do not call back."))
        if detail.returned_comment and row.review_state == "returned":
            warnings.append(
                self.tr("Returned to the operator: {c}").format(c=detail.returned_comment)
            )
        self.warning.setText(" ".join(warnings))
        self.warning.setVisible(bool(warnings))
        self._fill_form(detail)
        self.notes.setPlainText(record.notes)
        self.notes_box.setVisible(bool(record.notes))
        self._fill_entities(detail)
        self._fill_linked(detail)
        self.tasks.setText(
            "\n".join(self._task_line(t) for t in detail.tasks) or self.tr("No tasks.")
        )
        self.history.setText(
            "\n".join(
                self.tr("{when} {user}: {field} {old} → {new} ({reason})").format(
                    when=labels.when(h.at),
                    user=h.user,
                    field=field_name(h.field),
                    old=self._value(h.field, h.old_value) or "—",
                    new=self._value(h.field, h.new_value) or "—",
                    reason=h.reason,
                )
                for h in detail.history
            )
            or self.tr("No corrections: the record is as the operator saved it.")
        )
        self.comments.setText(
            "\n".join(f"{labels.when(c.at)} {c.user}: {c.body}" for c in detail.comments)
            or self.tr("No comments.")
        )
        actions = {
            "call.notes_read": self.tr("read the notes"),
            "vault.read": self.tr("read the identity details"),
        }
        self.seen.setText(
            "\n".join(
                f"{labels.when(s.at)} {s.user}: {actions.get(s.action, s.action)}"
                for s in detail.seen_by
            )
            or self.tr("Nobody has read the notes or identity details yet.")
        )
        self.vault_box.setVisible(record.identity_held)
        self._show_identity()

    def _value(self, field: str, value: str | None) -> str:
        """A value from the history (ids, JSON lists, true/false) as a label."""
        if value is None:
            return ""
        if value in ("true", "false"):
            return self.tr("yes") if value == "true" else self.tr("no")
        list_id = labels.FIELD_LIST.get(field)
        if list_id is None:
            return value
        if value.startswith("["):
            import json

            return labels.codes(list_id, [str(v) for v in json.loads(value)])
        return labels.code(list_id, value)

    def _fill_form(self, detail: CallDetail) -> None:
        while self.form.rowCount():
            self.form.removeRow(0)
        r = detail.record
        code = labels.code
        yes = self.tr("yes")
        rows: list[tuple[str, str]] = []
        if r.no_content:
            rows.append((field_name("no_content"), code("no_content", r.no_content)))
        else:
            others = [t for t in r.topics if t != r.primary_topic]
            rows += [
                (field_name("primary_topic"), code("topic", r.primary_topic)),
                (self.tr("Other topics"), labels.codes("topic", others)),
                (field_name("outcomes"), labels.codes("outcome", r.outcomes)),
                (field_name("nature"), code("nature", r.nature)),
                (field_name("channel"), code("channel", r.channel)),
                (field_name("immediate_danger"), yes if r.immediate_danger else ""),
                (field_name("child_involved"), yes if r.child_involved else ""),
                (field_name("believed_child"), yes if r.believed_child else ""),
                (field_name("possible_victim"), yes if r.possible_victim else ""),
                (field_name("relative_involved"), yes if r.relative_involved else ""),
                (field_name("indicators"), labels.codes("indicator", r.indicators)),
                (field_name("exploitation"), code("exploitation", r.exploitation)),
                (field_name("labour_sector"), code("labour_sector", r.labour_sector)),
                (field_name("destination"), code("country", r.destination)),
                (field_name("consent"), code("consent", r.consent)),
                (field_name("heard_of"), code("heard_of", r.heard_of)),
                (field_name("interpreter_needed"), yes if r.interpreter_needed else ""),
                (
                    self.tr("Caller"),
                    ", ".join(
                        x
                        for x in (
                            code("relation", r.relation),
                            code("sex", r.caller_sex),
                            code("age_band", r.caller_age),
                            code("citizenship", r.caller_citizenship),
                            code("country", r.caller_country),
                        )
                        if x
                    ),
                ),
                (
                    self.tr("Person concerned"),
                    ", ".join(
                        x
                        for x in (
                            code("sex", r.concerned_sex),
                            code("age_band", r.concerned_age),
                            code("citizenship", r.concerned_citizenship),
                            code("country", r.concerned_country),
                        )
                        if x
                    ),
                ),
                (field_name("region"), code("region", r.region)),
                (field_name("call_language"), code("call_language", r.call_language)),
                (field_name("safe_to_talk"), code("safe_to_talk", r.safe_to_talk)),
            ]
            if r.callback_allowed is not None:
                rows.append(
                    (
                        self.tr("Call-back"),
                        (yes + (f" ({r.callback_times})" if r.callback_times else ""))
                        if r.callback_allowed
                        else self.tr("no"),
                    )
                )
        rows.append((self.tr("Duration"), labels.duration(r.duration_s)))
        for name, value in rows:
            if value:
                self.form.addRow(plain(name + ":", wrap=False), plain(value))
        # measured again once the new rows are shown: measured while the layout's queued
        # show was pending, a value of two lines kept the height of the row it replaced
        # and was cut at the bottom (issue 16)
        QTimer.singleShot(0, self.record_box, self.form.invalidate)

    def _fill_entities(self, detail: CallDetail) -> None:
        while self.entities_layout.count():
            item = self.entities_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        for link in detail.entities:
            kind = vocabulary.entity_kind(link.kind)
            if link.calls <= 1:
                text = self.tr("{kind} “{value}”: only in this call")
            elif link.regions <= 1:
                text = self.tr("{kind} “{value}”: in {calls} calls from one region")
            else:
                text = self.tr("{kind} “{value}”: in {calls} calls from {regions} regions")
            text = text.format(kind=kind, value=link.value, calls=link.calls, regions=link.regions)
            button = QPushButton(text, self.entities_box)
            button.setToolTip(self.tr("Show every call that mentions it"))
            button.setStyleSheet(palette.LINK_BUTTON)
            button.clicked.connect(
                lambda _c=False, k=link.kind, key=link.key, v=link.value: self.entityClicked.emit(
                    k, key, v
                )
            )
            self.entities_layout.addWidget(button)
        self.entities_box.setVisible(bool(detail.entities))

    def _fill_linked(self, detail: CallDetail) -> None:
        self.linked.clear()
        for row in detail.linked:
            if row.seal is not None:
                item = QListWidgetItem(vocabulary.seal_text(row.seal))
                item.setData(Qt.ItemDataRole.UserRole, row.id)
                self.linked.addItem(item)
                continue
            topic = (
                labels.code("no_content", row.no_content)
                if row.no_content
                else labels.code("topic", row.primary_topic)
            )
            text = f"{labels.when(row.started_at)} · {topic} · {vocabulary.review_state(row.review_state)}"
            item = QListWidgetItem(text)
            item.setToolTip(text)  # the whole line where the pane is narrow
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            self.linked.addItem(item)
        self.linked_box.setVisible(bool(detail.linked))

    def _task_line(self, task: object) -> str:
        from hotline.records import Task, utcnow

        assert isinstance(task, Task)
        kind = vocabulary.task_kind(task.kind)
        status = self.tr("done") if task.status == "done" else self.tr("open")
        due = self.tr("due {date}").format(date=labels.day(task.due_at)) if task.due_at else ""
        overdue = task.status == "open" and task.due_at is not None and task.due_at < utcnow()
        text = f"{kind} — {status} {due}".strip()
        if overdue:
            text += " — " + self.tr("OVERDUE")
        return text

    # --- the vault -------------------------------------------------------------------------------
    def read_identity(self) -> None:
        if self.call_id is None:
            return
        call_id = self.call_id
        self.worker.call(
            review.read_identity,
            call_id,
            self.vault_reason.text(),
            on_done=lambda details: self._identity(call_id, details),
            on_error=lambda exc: self.vault_text.setText(error_text(exc, NOTHING_CHANGED)),
        )

    def _identity(self, call_id: int, details: list[IdentityDetails]) -> None:
        if call_id != self.call_id:
            return
        self.identity = details
        self.vault_reason.clear()
        self._show_identity()
        self.show_call(call_id)  # the read is now in "who has seen this record"

    def _show_identity(self) -> None:
        if not self.identity:
            self.vault_text.setText(
                self.tr("Sealed. Reading is allowed to supervisors, with a reason.")
            )
            return
        lines = []
        for d in self.identity:
            for name, value in (
                (self.tr("Name"), d.name),
                (self.tr("Phone"), d.phone),
                (self.tr("Address"), d.address),
                (self.tr("Document"), d.document),
            ):
                if value:
                    lines.append(f"{name}: {value}")
        self.vault_text.setText("\n".join(lines) or self.tr("The vault entry is empty."))

    def _forget_identity(self) -> None:
        self.identity = []
        if hasattr(self, "vault_text"):
            self._show_identity()
