"""The operator's page: the controller that ties the bar, the form and the worker.

Everything that touches the desk goes through the DbWorker; the GUI thread only
builds CallRecords (cheap, pure) and shows results.
"""

from __future__ import annotations

import functools
import time
from collections.abc import Callable
from datetime import timedelta

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTabBar,
    QVBoxLayout,
    QWidget,
)

from hotline.errors import InvalidInput
from hotline.records import CallRecord, Draft, IdentityDetails, utcnow
from hotline.services import calllog, calls, concerned, directory, known_entities, review
from hotline.services.session import Session
from hotline.taxonomy import load as load_taxonomy
from hotline.ui import i18n, palette
from hotline.ui.i18n import Retranslatable
from hotline.ui.operator.call_bar import CallBar
from hotline.ui.operator.call_form import CallForm
from hotline.ui.operator.entities import EntityRow
from hotline.ui.operator.my_tasks import MyTasks
from hotline.ui.operator.no_content_bar import NoContentBar
from hotline.ui.operator.recent_calls import CallerHistory, RecentCalls
from hotline.ui.operator.timer import format_elapsed
from hotline.ui.problems import core_text, error_text, not_saved_text, problems_of
from hotline.ui.worker import DbWorker
from hotline.validation import Problem, validate

AUTOSAVE_EVERY_MS = 3000
AUTOSAVE_DEBOUNCE_MS = 250
AUTOSAVE_MAX_WAIT_S = 1.0
UNDO_MS = 60_000  # the last one-key call can be undone for a minute (calls.UNDO_WINDOW)
GOOD = palette.GOOD_BANNER
BAD = palette.BAD_BANNER
INFO = palette.INFO_BANNER


def _autosave_job(
    session: Session,
    draft_id: int,
    record: CallRecord,
    elapsed: int,
    identity: IdentityDetails | None,
    sealed: bytes | None,
) -> bytes | None:
    """Runs on the worker: seal typed identity details, write the draft."""
    if identity is not None and not identity.is_empty():
        sealed = calls.seal_identity(session, identity, f"draft:{draft_id}")
    calls.autosave(session, draft_id, record, elapsed, sealed)
    return sealed


def _returning_job(session: Session, typed: str) -> tuple[Draft, list[calls.CallSummary], bool]:
    draft = calls.start_call(session, returning=typed)
    pseudonym = draft.record.caller_pseudonym or ""
    return (
        draft,
        calls.caller_history(session, pseudonym),
        calls.do_not_call_back(session, pseudonym),
    )


class OperatorPage(Retranslatable, QWidget):
    def __init__(self, worker: DbWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.taxonomy = load_taxonomy()
        self.draft: Draft | None = None
        self.base: CallRecord | None = None
        self.correcting: int | None = None
        self.sealed: bytes | None = None
        self.pending: list[Draft] = []
        self._dirty = False
        self._dirty_since = 0.0
        self._in_flight = False
        self._saving = False
        self.autosaves = 0
        self._message: Callable[[], str] | None = None
        self._autosave_error = False
        self._problems: list[Problem] = []  # of the last refused Save, while unfixed
        self._stray_key = False  # the message says typing went nowhere
        self._refused_pseudonym = ""  # the concerned pseudonym a Save refused
        self._undo: tuple[int, str] | None = None  # the last one-key call: id, kind

        layout = QVBoxLayout(self)
        self.bar = CallBar(self)
        layout.addWidget(self.bar)
        self.no_content = NoContentBar(self.taxonomy, self)
        layout.addWidget(self.no_content)
        self.undo_button = QPushButton(self)
        self.undo_button.hide()
        self.undo_button.clicked.connect(self.undo_no_content)
        undo_row = QHBoxLayout()
        undo_row.addWidget(self.undo_button)
        undo_row.addStretch(1)
        layout.addLayout(undo_row)
        self._undo_timer = QTimer(self)
        self._undo_timer.setSingleShot(True)
        self._undo_timer.setInterval(UNDO_MS)
        self._undo_timer.timeout.connect(self.undo_expired)
        self.banner = QWidget(self)
        banner_row = QHBoxLayout(self.banner)
        banner_row.setContentsMargins(0, 0, 0, 0)
        self.banner_text = QLabel(self.banner)
        self.banner_text.setTextFormat(Qt.TextFormat.PlainText)
        self.banner_text.setWordWrap(True)
        self.banner_text.setStyleSheet(INFO)
        self.resume_button = QPushButton(self.banner)
        self.drop_button = QPushButton(self.banner)
        banner_row.addWidget(self.banner_text, 1)
        banner_row.addWidget(self.resume_button)
        banner_row.addWidget(self.drop_button)
        self.banner.hide()
        layout.addWidget(self.banner)
        self.idle_hint = QLabel(self)
        self.idle_hint.setTextFormat(Qt.TextFormat.PlainText)
        self.idle_hint.setWordWrap(True)
        self.idle_hint.setStyleSheet(palette.IDLE_HINT)
        layout.addWidget(self.idle_hint)
        self.status = QLabel(self)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        self.status.hide()
        layout.addWidget(self.status)
        # A call a supervisor returned: their comment stays in sight while correcting.
        self.return_note = QLabel(self)
        self.return_note.setTextFormat(Qt.TextFormat.PlainText)
        self.return_note.setWordWrap(True)
        self.return_note.setStyleSheet(INFO)
        self.return_note.hide()
        layout.addWidget(self.return_note)
        self._return_comment = ""

        split = QSplitter(Qt.Orientation.Horizontal, self)
        self.form = CallForm(self.taxonomy, split)
        side = QWidget(split)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        self.history = CallerHistory(self.taxonomy, side)
        self.recent = RecentCalls(self.taxonomy, side)
        user = worker.session.user if worker.session is not None else None
        self.tasks = MyTasks(user.id if user else None, side)
        self.tasks.hide()
        side_layout.addWidget(self.tasks)
        side_layout.addWidget(self.history)
        side_layout.addWidget(self.recent, 1)
        split.addWidget(self.form)
        split.addWidget(side)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        split.setChildrenCollapsible(False)
        side.setMinimumWidth(240)
        split.setSizes([900, 300])
        layout.addWidget(split, 1)
        self.split = split

        self.bar.new_call.connect(self.new_call)
        self.bar.returning.connect(self.returning_call)
        self.bar.end_call.connect(self.end_call)
        self.bar.save.connect(self.save)
        self.bar.discard.connect(self.discard)
        self.no_content.chosen.connect(self.log_no_content)
        self.form.changed.connect(self._edited)
        self.form.identity.consent.toggled.connect(self._identity_consent_changed)
        self.form.guard.typed_nowhere.connect(self._typed_nowhere)
        self.form.safe.do_not_call_back.toggled.connect(self.bar.show_do_not_call_back)
        self.form.concerned.assign_pseudonym.connect(self._assign_concerned)
        self.form.concerned.pseudonym_typed.connect(self._find_concerned)
        self.form.entities.look_up.connect(self._count_entity)
        self.recent.correct.connect(self.start_correction)
        self.tasks.done.connect(self.close_task)
        self.resume_button.clicked.connect(self.resume_pending)
        self.drop_button.clicked.connect(self.drop_pending)

        self.new_shortcut = QShortcut(QKeySequence("Ctrl+N"), self)
        self.new_shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        self.new_shortcut.activated.connect(self.new_call)
        self.save_shortcut = QShortcut(QKeySequence.StandardKey.Save, self)
        self.save_shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        self.save_shortcut.activated.connect(self.save)
        self.undo_shortcut = QShortcut(QKeySequence.StandardKey.Undo, self)
        self.undo_shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        self.undo_shortcut.setEnabled(False)
        self.undo_shortcut.activated.connect(self.undo_no_content)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(AUTOSAVE_DEBOUNCE_MS)
        self._debounce.timeout.connect(self.autosave_now)
        self._periodic = QTimer(self)
        self._periodic.setInterval(AUTOSAVE_EVERY_MS)
        self._periodic.timeout.connect(self._tick)

        self._set_open(False)
        self.retranslate()
        self.worker.call(calls.pending_drafts, on_done=self._pending_found, on_error=self._failed)
        self.refresh_recent()

    # --- state ------------------------------------------------------------------
    @property
    def call_open(self) -> bool:
        return self.base is not None

    def _set_open(self, open_: bool) -> None:
        pseudonym = (self.base.caller_pseudonym or "") if self.base is not None else ""
        self.bar.set_open(open_, pseudonym)
        self.no_content.set_keys_enabled(not open_)
        self.form.setEnabled(open_)
        self.form.guard.active = open_
        self.undo_shortcut.setEnabled(not open_ and self._undo is not None)
        if open_:
            self.undo_expired()
        else:
            self.return_note.hide()
            self._return_comment = ""
            self._problems = []
            self.form.show_problems(())
        self.idle_hint.setVisible(not open_)
        if not open_:
            self.history.set_summaries([])

    def current_record(self) -> CallRecord:
        assert self.base is not None
        return self.form.record(self.base).with_changes(duration_s=self.bar.timer.elapsed())

    def _say(self, text: str | Callable[[], str], style: str = GOOD) -> None:
        """Show a message; a callable is called again when the language changes."""
        self._stray_key = False
        self._message = text if callable(text) else None
        self.status.setStyleSheet(style)
        shown = text() if callable(text) else text
        self.status.setText(shown)
        self.status.setVisible(bool(shown))

    def _failed(self, exc: BaseException) -> None:
        self._say(lambda: error_text(exc), BAD)

    # --- starting ---------------------------------------------------------------------
    def new_call(self) -> None:
        if self.call_open or self._saving:
            return
        self.bar.new_button.setEnabled(False)
        self.worker.call(calls.start_call, on_done=self._started, on_error=self._start_failed)

    def returning_call(self, typed: str) -> None:
        if self.call_open:
            return
        self.worker.call(
            _returning_job, typed, on_done=self._returning_started, on_error=self._start_failed
        )

    def _start_failed(self, exc: BaseException) -> None:
        self.bar.new_button.setEnabled(not self.call_open)
        if isinstance(exc, InvalidInput):
            self.bar.returning_edit.setFocus()
        self._failed(exc)

    def _returning_started(self, result: tuple[Draft, list[calls.CallSummary], bool]) -> None:
        draft, summaries, dncb = result
        self._started(draft)
        self.history.set_summaries(summaries)
        self.bar.show_do_not_call_back(dncb)
        if dncb:
            self.form.safe.do_not_call_back.setChecked(True)

    def refresh_directory(self) -> None:
        """The referral directory as administrators keep it, beside the outcomes."""
        self.worker.call(
            directory.by_outcome, on_done=self.form.outcomes.set_directory, on_error=self._failed
        )

    def _started(self, draft: Draft, elapsed: int = 0) -> None:
        self.refresh_directory()
        self.draft = draft
        self.base = draft.record
        self.correcting = None
        self.sealed = draft.sealed_identity
        self.form.load(draft.record)
        self.form.identity.set_held(draft.sealed_identity is not None)
        self._set_open(True)
        self.bar.timer.start(elapsed)
        self._periodic.start()
        self._say("")
        self.form.safe.safe_to_talk.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- pending drafts (after a crash) -------------------------------------------------
    def _pending_found(self, drafts: list[Draft]) -> None:
        self.pending = list(drafts)
        self._show_pending()

    def _show_pending(self) -> None:
        if not self.pending or self.call_open:
            self.banner.hide()
            return
        draft = self.pending[0]
        started = draft.started_at.astimezone().strftime("%d.%m %H:%M")
        self.banner_text.setText(
            self.tr(
                "An unfinished call from %1 (%2 on the timer) was kept after the program"
                " closed. Resume it to finish and save it."
            )
            .replace("%1", started)
            .replace("%2", format_elapsed(draft.elapsed_s))
        )
        self.banner.show()
        self.resume_button.setFocus()

    def resume_pending(self) -> None:
        if not self.pending or self.call_open:
            return
        draft = self.pending.pop(0)
        self.banner.hide()
        self._started(draft, elapsed=max(draft.elapsed_s, 1))
        pseudonym = draft.record.caller_pseudonym
        if pseudonym:
            self.worker.call(
                calls.do_not_call_back, pseudonym, on_done=self.bar.show_do_not_call_back
            )

    def drop_pending(self) -> None:
        if not self.pending:
            return
        draft = self.pending.pop(0)
        self.worker.call(calls.discard_draft, draft.id, on_error=self._failed)
        self._show_pending()

    # --- editing and autosave --------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        # typing on the window's tabs or its list of pages while a call is open is said too (issue 16)
        self.form.guard.watch(self.window().findChildren(QTabBar))
        lists = self.window().findChildren(QAbstractItemView)  # its list of pages
        self.form.guard.watch(w for w in lists if w.property("takes_no_text"))
        super().showEvent(event)

    def _typed_nowhere(self, widget: QWidget) -> None:
        """A key no field takes: say where the keyboard is instead of losing the typing."""
        name = widget.accessibleName() or getattr(widget, "text", lambda: "")()
        if not name:
            name = self.tr("the tabs of the window")

        def message() -> str:
            return self.tr(
                'Not typed into any field: the keyboard is on "%1", which takes no text.'
                " Move to a text field (Tab, or Alt+0 for the notes) and type again."
            ).replace("%1", name)

        self._say(message, INFO)
        self._stray_key = True

    def _recheck(self) -> None:
        """After a refused Save, every edit re-checks the form: the message and the
        tinted fields shrink as problems are fixed and go when none is left."""
        if not self._problems or self.base is None:
            return
        kept = [
            p
            for p in self._problems
            if p.field == "concerned_pseudonym"
            and self.form.concerned.pseudonym.text().strip() == self._refused_pseudonym
        ]
        self._problems = kept + validate(self.current_record(), self.taxonomy)
        self.form.show_problems(p.field for p in self._problems)
        if self._problems:
            self.status.setText(self._message() if self._message else "")
        else:
            self._say("")

    def _edited(self) -> None:
        """Every change autosaves: after a short pause, and at least once a second
        while the operator keeps typing."""
        if self._stray_key:
            self._say("")
        self._recheck()
        if self.draft is not None and not self._saving:
            now = time.monotonic()
            if not self._dirty:
                self._dirty_since = now
            self._dirty = True
            if now - self._dirty_since >= AUTOSAVE_MAX_WAIT_S:
                self.autosave_now()
            else:
                self._debounce.start()

    def _tick(self) -> None:
        if self.draft is not None:
            self._dirty = True
            self.autosave_now()

    def _identity_consent_changed(self, on: bool) -> None:
        """Consent withdrawn: the details sealed into the draft go too (the next
        autosave writes the draft without them; Save would refuse them)."""
        if not on and self.sealed is not None and not self.form.loading:
            self.sealed = None
            self.form.identity.set_held(False)

    def autosave_now(self) -> None:
        """Hand the draft to the worker; at most one autosave in flight at a time."""
        if self.draft is None or self._saving or not self._dirty:
            return
        if self._in_flight:
            self._debounce.start()
            return
        self._dirty = False
        self._dirty_since = time.monotonic()
        self._in_flight = True
        self.worker.call(
            _autosave_job,
            self.draft.id,
            self.current_record(),
            self.bar.timer.elapsed(),
            self.form.identity_details(),
            self.sealed,
            on_done=self._autosaved,
            on_error=self._autosave_failed,
        )

    def _autosaved(self, sealed: bytes | None) -> None:
        self._in_flight = False
        self.autosaves += 1
        if self._autosave_error:
            self._autosave_error = False
            self._say("")
        if sealed is not None:
            self.sealed = sealed
        if self._dirty:
            self._debounce.start()

    def _autosave_failed(self, exc: BaseException) -> None:
        self._in_flight = False
        self._dirty = True
        self._autosave_error = True
        self._failed(exc)

    def on_lock(self) -> None:
        """The screen locks: autosave now and take a copied pseudonym off the clipboard."""
        self.flush()
        self.bar.clear_clipboard()

    def flush(self) -> None:
        """Autosave at once (before a lock or sign-out)."""
        self._dirty = self.draft is not None
        self.autosave_now()

    # --- ending and saving -----------------------------------------------------------------
    def end_call(self) -> None:
        if self.call_open:
            self.bar.timer.stop()
            self._edited()

    def save(self) -> None:
        if not self.call_open or self._saving:
            return
        record = self.current_record()
        self._saving = True
        self._debounce.stop()
        if self.correcting is not None:
            self.worker.call(
                calls.correct_own_call,
                self.correcting,
                record,
                on_done=lambda _r: self._saved(None),
                on_error=self._save_failed,
            )
            return
        identity = self.form.identity_details()
        days = self.form.outcomes.follow_up_days()
        self.worker.call(
            calls.save_call,
            record,
            self.draft.id if self.draft else None,
            identity,
            None if identity is not None else self.sealed,
            None if days is None else utcnow() + timedelta(days=days),
            on_done=functools.partial(self._saved_and_listed, record),
            on_error=self._save_failed,
        )

    def _saved_and_listed(self, record: CallRecord, saved: calls.SavedCall) -> None:
        """The saved call goes at the top of the list at once and is painted there before
        the form is emptied (what the operator waits for, issue 16: emptying the form,
        its fields disabled and restyled, came first and the list was painted after the
        whole window); the list is read back from the desk right after."""
        self.recent.show_saved(record.with_changes(id=saved.call_id))
        self.recent.table.viewport().repaint()
        self._saved(saved)

    def _saved(self, saved: calls.SavedCall | None) -> None:
        self._saving = False
        held = self.form.identity_details() is not None or self.sealed is not None

        def message() -> str:
            if saved is None:
                text = self.tr("The correction was saved.")
            else:
                text = self.tr("Call saved.")
                if saved.minors_report:
                    text += " " + self.tr(
                        "Two open tasks created, due today: report to the Commission on Minors'"
                        " Affairs and to the guardianship and custody authority."
                    )
                if saved.follow_up_due is not None:
                    text += " " + self.tr("Follow-up task on your list, due %1.").replace(
                        "%1", saved.follow_up_due.astimezone().strftime("%d.%m")
                    )
            if held:
                text += " " + self.tr("Identity details held (sealed).")
            return text

        self._close_call()
        self._say(message, GOOD)
        self.refresh_recent()

    def _save_failed(self, exc: BaseException) -> None:
        self._saving = False
        problems = problems_of(exc)
        if not problems:
            self._failed(exc)
            return
        self._problems = list(problems)
        self._refused_pseudonym = self.form.concerned.pseudonym.text().strip()
        self._say(lambda: not_saved_text(self._problems), BAD)
        self.form.show_problems(p.field for p in problems)
        self.form.focus_field(problems[0].field)

    def discard(self) -> None:
        if not self.call_open:
            return
        correcting = self.correcting is not None
        if self.draft is not None:
            self.worker.call(calls.discard_draft, self.draft.id, on_error=self._failed)
        self._close_call()
        if correcting:
            self._say(
                lambda: self.tr("The correction was dropped; the saved call is unchanged."), INFO
            )
        else:
            self._say(lambda: self.tr("The call was discarded."), INFO)

    def _close_call(self) -> None:
        self.draft = None
        self.base = None
        self.correcting = None
        self.sealed = None
        self._dirty = False
        self._periodic.stop()
        self._debounce.stop()
        self.bar.timer.reset()
        self.form.clear()
        self._set_open(False)
        self.bar.new_button.setFocus()
        self._show_pending()

    # --- calls without content ----------------------------------------------------------
    def log_no_content(self, kind: str) -> None:
        if self._saving:
            return
        if self.call_open:
            self._end_as_no_content(kind)
            return
        self.worker.call(
            calls.log_no_content,
            kind,
            on_done=functools.partial(self._logged, kind),
            on_error=self._failed,
        )

    def _end_as_no_content(self, kind: str) -> None:
        """The call opened by reflex was silent (dropped, a wrong number...): end it as
        a call without content, unless something was already coded or written."""
        if self.draft is None or self.correcting is not None:
            return
        record = self.current_record()
        if record.topics or record.outcomes or record.notes.strip() or record.indicators:
            self._say(
                lambda: self.tr("This call already has content: save it, or discard it first."),
                INFO,
            )
            return
        self._saving = True
        self._debounce.stop()
        self.worker.call(
            calls.log_no_content,
            kind,
            record.started_at,
            self.bar.timer.stop(),
            self.draft.id,
            on_done=functools.partial(self._ended_as_no_content, kind),
            on_error=self._save_failed,
        )

    def _ended_as_no_content(self, kind: str, saved: calls.SavedCall | None = None) -> None:
        self._saving = False
        self._close_call()
        self._logged(kind, saved)

    def undo_no_content(self) -> None:
        """Take back the last one-key call (within a minute; the service checks too)."""
        if self._undo is None or self.call_open:
            return
        call_id, _kind = self._undo
        self.undo_expired()
        self.worker.call(
            calls.undo_no_content, call_id, on_done=self._undone, on_error=self._failed
        )

    def _undone(self, kind: str) -> None:
        self.no_content.uncount(kind)
        self._say(
            lambda: self.tr("Undone: %1 (not counted)").replace(
                "%1", self.taxonomy.label("no_content", kind, i18n.current())
            ),
            INFO,
        )

    def undo_expired(self) -> None:
        """The minute is over (or the undo was used, or a call opened)."""
        self._undo = None
        self._undo_timer.stop()
        self.undo_button.hide()
        self.undo_shortcut.setEnabled(False)

    def _logged(self, kind: str, saved: calls.SavedCall | None = None) -> None:
        self.no_content.count(kind)
        if saved is not None:
            self._undo = (saved.call_id, kind)
            self.undo_button.show()
            self.undo_shortcut.setEnabled(not self.call_open)
            self._undo_timer.start()
        self._say(
            lambda: self.tr("Logged: %1").replace(
                "%1", self.taxonomy.label("no_content", kind, i18n.current())
            ),
            GOOD,
        )

    # --- the person concerned ------------------------------------------------------------
    def _assign_concerned(self) -> None:
        self.worker.call(
            concerned.issue_pseudonym, on_done=self._concerned_assigned, on_error=self._failed
        )

    def _concerned_assigned(self, pseudonym: str) -> None:
        if not self.call_open:
            return
        self.form.concerned.set_pseudonym(pseudonym)
        self.form.concerned.show_note(
            lambda: self.tr("A new pseudonym from the desk: read it out to the caller.")
        )
        self._edited()

    def _find_concerned(self, typed: str) -> None:
        self.worker.call(
            concerned.find,
            typed,
            on_done=functools.partial(self._concerned_found, typed),
            on_error=self._failed,
        )

    def _concerned_found(self, typed: str, match: concerned.ConcernedMatch | None) -> None:
        section = self.form.concerned
        if not self.call_open or section.pseudonym.text().strip() != typed:
            return  # the operator has typed on since
        if match is None:
            section.show_note(lambda: core_text(concerned.NOT_ISSUED), refused=True)
            return
        section.set_pseudonym(match.pseudonym)
        calls_ = match.calls
        section.show_note(
            lambda: self.tr("A person the desk knows: %n earlier call(s).", "", calls_)
        )
        self._edited()

    def _count_entity(self, row: EntityRow) -> None:
        entity = row.entity()
        if entity is None:
            return
        self.worker.call(
            known_entities.reports,
            entity.kind,
            entity.value,
            on_done=lambda n: (
                row.show_reports(entity, n) if row in self.form.entities.rows else None
            ),
            on_error=self._failed,
        )

    # --- recent calls and corrections --------------------------------------------------------
    def refresh_recent(self) -> None:
        self.worker.call(calls.recent_calls, on_done=self.recent.set_records, on_error=self._failed)
        self.worker.call(review.own_open_tasks, on_done=self.tasks.set_tasks, on_error=self._failed)

    def close_task(self, task_id: int, note: str) -> None:
        self.worker.call(
            review.close_task, task_id, note, on_done=self._task_closed, on_error=self._failed
        )

    def _task_closed(self, _result: object = None) -> None:
        self.tasks.clear_note()
        self._say(lambda: self.tr("The task is recorded as done."), GOOD)
        self.refresh_recent()

    def start_correction(self, call_id: int) -> None:
        record = self.recent.record(call_id)
        if record is None or self.call_open:
            return
        self.base = record
        self.draft = None
        self.correcting = call_id
        self.form.load(record)
        self._set_open(True)
        self.bar.discard_button.setEnabled(True)
        self.bar.timer.reset()
        self._say(lambda: self.tr("Correcting a saved call; Save stores the correction."), INFO)
        self.form.safe.safe_to_talk.setFocus()
        self.form.entities.look_up_all()
        if record.review_state == "returned":
            self.worker.call(
                calllog.returned_comment, call_id, on_done=self._show_return, on_error=self._failed
            )

    def _show_return(self, comment: str) -> None:
        if self.correcting is None:
            return
        self._return_comment = comment
        self.return_note.setText(self._return_text())
        self.return_note.show()

    def _return_text(self) -> str:
        return self.tr("Returned by the supervisor: %1").replace("%1", self._return_comment)

    # --- text -------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.idle_hint.setText(
            self.tr(
                "No call is open. When the phone rings press Ctrl+N (or the green button)."
                " For a call without content (silent, dropped, wrong number...) press the"
                " letter shown on its button: one key logs it."
            )
        )
        self.idle_hint.setAccessibleName(self.tr("What to do next"))
        self.resume_button.setText(self.tr("Resume the unfinished call"))
        self.resume_button.setAccessibleName(self.resume_button.text())
        self.drop_button.setText(self.tr("Discard it"))
        self.drop_button.setAccessibleName(self.tr("Discard the unfinished call"))
        self.status.setAccessibleName(self.tr("Messages"))
        self.banner_text.setAccessibleName(self.tr("Unfinished call"))
        self._show_pending()
        if self._message is not None:
            self.status.setText(self._message())
        self.undo_button.setText(self.tr("Undo the last one-key call (Ctrl+Z)"))
        self.undo_button.setAccessibleName(self.undo_button.text())
        self.return_note.setAccessibleName(self.tr("The supervisor's comment"))
        if self._return_comment:
            self.return_note.setText(self._return_text())
